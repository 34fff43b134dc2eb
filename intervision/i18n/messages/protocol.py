"""Messages about protocol files: loading, validation, the library."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "protocol.invalid": {
        "nl": "Er zitten fouten in het protocol.",
        "en": "The protocol is not valid.",
    },
    # file-level
    "protocol.err.too_large": {
        "nl": "het bestand is {mb} MB; een protocol is hoogstens 1 MB. Is dit wel het goede bestand?",
        "en": "the file is {mb} MB; a protocol is at most 1 MB. Is this the right file?",
    },
    "protocol.err.unreadable": {
        "nl": "kan het bestand niet lezen ({reason}); controleer of het bestaat en of je het mag openen",
        "en": "cannot read the file ({reason})",
    },
    "protocol.err.not_utf8": {
        "nl": "dit is geen UTF-8-tekst (misschien geen tekstbestand?); sla het in je teksteditor op als UTF-8",
        "en": "this is not UTF-8 text (a binary file?); save it as UTF-8 in your text editor",
    },
    "protocol.err.control_char": {
        "nl": "onleesbaar teken {code} (misschien geen tekstbestand?); haal het teken weg of sla het bestand opnieuw op als platte tekst",
        "en": "unreadable character {code} (binary content?); remove it or save the file again as text",
    },
    "protocol.err.empty": {
        "nl": "het bestand is leeg; begin met 'id:', 'language:' en 'title:' "
        "(of maak een startbestand met 'intervision protocols new')",
        "en": "the file is empty; start with 'id:', 'language:' and 'title:' "
        "(or make a starting file with 'intervision protocols new')",
    },
    "protocol.err.top_not_mapping": {
        "nl": "een protocol bestaat uit regels 'sleutel: waarde' (id:, title:, opening: …), maar dit bestand bevat {got}",
        "en": "a protocol is made of 'key: value' lines (id:, title:, opening: …), but this file holds {got}",
    },
    # YAML structure
    "protocol.err.syntax": {
        "nl": "hier klopt de YAML niet: {problem}",
        "en": "the YAML is not well-formed here: {problem}",
    },
    "protocol.err.tab": {
        "nl": "gebruik spaties om in te springen, geen tab",
        "en": "a tab cannot be used for indentation; use spaces",
    },
    "protocol.err.alias": {
        "nl": "verwijzingen (*naam) zijn niet toegestaan in een protocol; schrijf de tekst voluit",
        "en": "aliases (*name) are not allowed in a protocol; write the text out in full",
    },
    "protocol.err.anchor": {
        "nl": "ankers (&naam) zijn niet toegestaan in een protocol; haal '&…' weg en schrijf de tekst voluit",
        "en": "anchors (&name) are not allowed in a protocol; remove the '&…' and write the text out in full",
    },
    "protocol.err.merge": {
        "nl": "samenvoegsleutels (<<) zijn niet toegestaan; schrijf de sleutels voluit",
        "en": "merge keys (<<) are not allowed; write the keys out in full",
    },
    "protocol.err.depth": {
        "nl": "de inhoud springt te vaak in (meer dan {depth} niveaus); een protocol heeft er maar een paar nodig, controleer de inspringing",
        "en": "the content is nested too deeply (more than {depth} levels); a protocol needs only a few",
    },
    "protocol.err.key_unhashable": {
        "nl": "een sleutel moet een gewoon woord zijn, geen lijst of blok",
        "en": "a key must be a plain word, not a list or a block",
    },
    "protocol.err.duplicate_key": {
        "nl": "de sleutel '{key}' staat er twee keer (eerst op regel {first}); laat er één staan",
        "en": "the key '{key}' appears twice (first on line {first}); keep one",
    },
    "protocol.err.tag": {
        "nl": "de markering '{tag}' is niet toegestaan in een protocol; haal die weg",
        "en": "the tag '{tag}' is not allowed in a protocol; remove it",
    },
    "protocol.syntax.colon": {
        "nl": "hier staat een dubbele punt die er niet kan staan; zet tekst met ': ' erin tussen aanhalingstekens",
        "en": "a colon where none can be; put text that contains ': ' between quotes",
    },
    "protocol.syntax.no_colon": {
        "nl": "hier wordt 'sleutel: waarde' verwacht; ontbreekt er een dubbele punt?",
        "en": "a 'key: value' line is expected here; is a colon missing?",
    },
    "protocol.syntax.indent": {
        "nl": "de inspringing klopt niet; regels op hetzelfde niveau moeten precies even ver inspringen",
        "en": "the indentation is off; lines on the same level must be indented exactly as far",
    },
    "protocol.syntax.unclosed_quote": {
        "nl": "het bestand houdt op midden in iets; staat er ergens een aanhalingsteken of haakje open?",
        "en": "the file ends in the middle of something; is a quote or bracket left open?",
    },
    "protocol.syntax.bad_start": {
        "nl": "deze waarde begint met een teken dat YAML niet toestaat (zoals @ of `); zet de waarde tussen aanhalingstekens",
        "en": "this value starts with a character YAML does not allow (such as @ or `); put it between quotes",
    },
    "protocol.syntax.undefined_alias": {
        "nl": "verwijzingen (*naam) zijn niet toegestaan; zet tekst die met * begint tussen aanhalingstekens",
        "en": "aliases (*name) are not allowed; a * at the start of text must go between quotes",
    },
    "protocol.syntax.escape": {
        "nl": "een backslash (\\) tussen dubbele aanhalingstekens begint een speciaal teken; gebruik enkele aanhalingstekens (') of schrijf \\\\",
        "en": "a backslash (\\) between double quotes starts a special character; use single quotes (') or write \\\\",
    },
    "protocol.syntax.after_quote": {
        "nl": "na het afsluitende aanhalingsteken staat nog tekst; zet de hele tekst tussen de aanhalingstekens",
        "en": "there is more text after the closing quote; put the whole text between the quotes",
    },
    "protocol.syntax.expected_key": {
        "nl": "hier hoort een nieuwe regel 'sleutel: waarde'; klopt de inspringing, en staat er geen tekst meer na een afsluitend aanhalingsteken?",
        "en": "a new 'key: value' line belongs here; is the indentation right, and is there no text left after a closing quote?",
    },
    "protocol.syntax.two_documents": {
        "nl": "het bestand bevat meer dan één document (---); zet elk protocol in een eigen bestand",
        "en": "the file holds more than one document (---); one protocol per file",
    },
    # validation
    "protocol.err.missing": {
        "nl": "de sleutel '{key}' ontbreekt; voeg '{key}:' toe",
        "en": "the key '{key}' is missing; add '{key}:'",
    },
    "protocol.err.unknown_key": {
        "nl": "onbekende sleutel '{key}'; mogelijk zijn hier: {allowed}",
        "en": "unknown key '{key}'; allowed here: {allowed}",
    },
    "protocol.err.unknown_key_hint": {
        "nl": "onbekende sleutel '{key}'; bedoel je '{suggestion}'?",
        "en": "unknown key '{key}'; did you mean '{suggestion}'?",
    },
    "protocol.err.choice": {
        "nl": "{got} kan hier niet; kies uit: {choices}",
        "en": "{got} is not possible here; choose one of: {choices}",
    },
    "protocol.err.choice_hint": {
        "nl": "{got} kan hier niet; bedoel je '{suggestion}'? (kies uit: {choices})",
        "en": "{got} is not possible here; did you mean '{suggestion}'? (choose one of: {choices})",
    },
    "protocol.err.text": {
        "nl": "hier hoort tekst, maar er staat {got}",
        "en": "text is expected here, got {got}",
    },
    "protocol.err.text_bool": {
        "nl": "hier hoort tekst, maar YAML leest {got} als ja/nee; zet het tussen aanhalingstekens",
        "en": "text is expected here, but YAML reads {got} as yes/no; put it between quotes",
    },
    "protocol.err.empty_text": {"nl": "mag niet leeg zijn", "en": "must not be empty"},
    "protocol.err.text_too_long": {
        "nl": "is te lang (hoogstens {limit} tekens)",
        "en": "is too long (at most {limit} characters)",
    },
    "protocol.err.slug": {
        "nl": "{got} is geen geldige id; gebruik kleine letters, cijfers en streepjes (bijvoorbeeld 'mijn-methode')",
        "en": "{got} is not a valid id; use lowercase letters, digits and dashes (for example 'my-method')",
    },
    "protocol.err.number": {
        "nl": "hier hoort een aantal minuten (een getal met een punt, zoals 10 of 7.5), maar er staat {got}",
        "en": "a number of minutes is expected here (a number such as 10 or 7.5), got {got}",
    },
    "protocol.err.clock_time": {
        "nl": "{got} lijkt een tijd; schrijf minuten als getal, bijvoorbeeld 1.5 voor anderhalve minuut",
        "en": "{got} looks like a clock time; write minutes as a number, for example 1.5 for a minute and a half",
    },
    "protocol.err.whole_number": {
        "nl": "hier hoort een heel getal, maar er staat {got}",
        "en": "a whole number is expected here, got {got}",
    },
    "protocol.err.bool": {
        "nl": "hier hoort true of false, maar er staat {got}",
        "en": "true or false is expected here, got {got}",
    },
    "protocol.err.list": {
        "nl": "hier hoort een lijst (regels die beginnen met '- '), maar er staat {got}",
        "en": "a list is expected here (lines starting with '- '), got {got}",
    },
    "protocol.err.mapping": {
        "nl": "hier horen regels 'sleutel: waarde', maar er staat {got}",
        "en": "'key: value' lines are expected here, got {got}",
    },
    "protocol.err.empty_list": {
        "nl": "de lijst mag niet leeg zijn; zet er minstens één regel met '- ' onder",
        "en": "the list must not be empty; put at least one line starting with '- ' under it",
    },
    "protocol.err.greater_than": {
        "nl": "moet groter zijn dan {limit}, maar is {got}",
        "en": "must be greater than {limit}, got {got}",
    },
    "protocol.err.at_least": {
        "nl": "moet minstens {limit} zijn, maar is {got}",
        "en": "must be at least {limit}, got {got}",
    },
    "protocol.err.at_most": {
        "nl": "mag hoogstens {limit} zijn, maar is {got}",
        "en": "must be at most {limit}, got {got}",
    },
    "protocol.err.less_than": {
        "nl": "moet kleiner zijn dan {limit}, maar is {got}",
        "en": "must be less than {limit}, got {got}",
    },
    "protocol.err.group_order": {
        "nl": "de groepsgrootte klopt niet; zorg dat min ≤ ideal ≤ max",
        "en": "the group size does not add up: min ≤ ideal ≤ max",
    },
    "protocol.err.minutes_both": {
        "nl": "geef 'minutes' óf 'minutes_per_member', niet allebei",
        "en": "give 'minutes' or 'minutes_per_member', not both",
    },
    "protocol.err.minutes_missing": {
        "nl": "de fase heeft geen tijd; voeg 'minutes: 10' toe (of 'minutes_per_member: 2' voor een ronde)",
        "en": "the phase has no time; add 'minutes: 10' (or 'minutes_per_member: 2' for a round)",
    },
    "protocol.err.bounds_order": {
        "nl": "'min_minutes' is groter dan 'max_minutes'; draai ze om",
        "en": "'min_minutes' is greater than 'max_minutes'; swap them",
    },
    "protocol.err.minutes_outside_bounds": {
        "nl": "'minutes' ligt buiten 'min_minutes' en 'max_minutes'; pas een van de drie aan",
        "en": "'minutes' lies outside 'min_minutes' and 'max_minutes'; change one of the three",
    },
    "protocol.err.no_phases": {
        "nl": "het protocol heeft geen fasen; voeg er minstens één toe onder 'opening:', 'per_case:' of 'closing:'",
        "en": "the protocol has no phases; add at least one under 'opening:', 'per_case:' or 'closing:'",
    },
    "protocol.err.duplicate_phase_id": {
        "nl": "de fase-id '{id}' komt twee keer voor; geef elke fase een eigen id",
        "en": "the phase id '{id}' is used twice; give every phase its own id",
    },
    "protocol.err.other": {"nl": "ongeldige waarde ({problem})", "en": "invalid value ({problem})"},
    "protocol.got.nothing": {"nl": "niets", "en": "nothing"},
    "protocol.got.mapping": {
        "nl": "een blok 'sleutel: waarde'-regels",
        "en": "a block of 'key: value' lines",
    },
    "protocol.got.list": {"nl": "een lijst", "en": "a list"},
    # library
    "protocol.not_found": {
        "nl": "geen protocol '{id}' gevonden; 'intervision protocols list' toont welke er zijn",
        "en": "no protocol '{id}' found; 'intervision protocols list' shows what there is",
    },
    "protocol.not_found_hint": {
        "nl": "geen protocol '{id}' gevonden; bedoel je '{suggestion}'?",
        "en": "no protocol '{id}' found; did you mean '{suggestion}'?",
    },
    "protocol.path_missing": {
        "nl": "{path}: dit bestand bestaat niet; controleer de naam en de map",
        "en": "{path}: no such file",
    },
    "protocol.language_mismatch": {
        "nl": "het bestand zegt 'language: {declared}', maar staat in de map '{folder}'; verplaats het of pas 'language:' aan",
        "en": "the file says 'language: {declared}' but lies in the folder '{folder}'; move it or change 'language:'",
    },
    "protocol.id_mismatch": {
        "nl": "het bestand zegt 'id: {declared}', maar heet '{stem}.yaml'; maak die twee gelijk",
        "en": "the file says 'id: {declared}' but is named '{stem}.yaml'; make them the same",
    },
}
