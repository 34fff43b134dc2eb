"""Messages of the strict YAML reader, for every file people write by hand: protocols, the group file."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "yaml.err.unreadable": {
        "nl": "kan het bestand niet lezen ({reason}); controleer of het bestaat en of je het mag openen",
        "en": "cannot read the file ({reason})",
    },
    "yaml.err.not_utf8": {
        "nl": "dit is geen UTF-8-tekst (misschien geen tekstbestand?); sla het in je teksteditor op als UTF-8",
        "en": "this is not UTF-8 text (a binary file?); save it as UTF-8 in your text editor",
    },
    "yaml.err.control_char": {
        "nl": "onleesbaar teken {code} (misschien geen tekstbestand?); haal het teken weg of sla het bestand opnieuw op als platte tekst",
        "en": "unreadable character {code} (binary content?); remove it or save the file again as text",
    },
    "yaml.err.syntax": {
        "nl": "hier klopt de YAML niet: {problem}",
        "en": "the YAML is not well-formed here: {problem}",
    },
    "yaml.err.tab": {
        "nl": "gebruik spaties om in te springen, geen tab",
        "en": "a tab cannot be used for indentation; use spaces",
    },
    "yaml.err.alias": {
        "nl": "verwijzingen (*naam) zijn niet toegestaan; schrijf de tekst voluit",
        "en": "aliases (*name) are not allowed; write the text out in full",
    },
    "yaml.err.anchor": {
        "nl": "ankers (&naam) zijn niet toegestaan; haal '&…' weg en schrijf de tekst voluit",
        "en": "anchors (&name) are not allowed; remove the '&…' and write the text out in full",
    },
    "yaml.err.merge": {
        "nl": "samenvoegsleutels (<<) zijn niet toegestaan; schrijf de sleutels voluit",
        "en": "merge keys (<<) are not allowed; write the keys out in full",
    },
    "yaml.err.depth": {
        "nl": "de inhoud springt te vaak in (meer dan {depth} niveaus); zo diep hoeft het nooit, controleer de inspringing",
        "en": "the content is nested too deeply (more than {depth} levels); check the indentation",
    },
    "yaml.err.key_unhashable": {
        "nl": "een sleutel moet een gewoon woord zijn, geen lijst of blok",
        "en": "a key must be a plain word, not a list or a block",
    },
    "yaml.err.duplicate_key": {
        "nl": "de sleutel '{key}' staat er twee keer (eerst op regel {first}); laat er één staan",
        "en": "the key '{key}' appears twice (first on line {first}); keep one",
    },
    "yaml.err.tag": {
        "nl": "de markering '{tag}' is niet toegestaan; haal die weg",
        "en": "the tag '{tag}' is not allowed; remove it",
    },
    "yaml.syntax.colon": {
        "nl": "hier staat een dubbele punt die er niet kan staan; zet tekst met ': ' erin tussen aanhalingstekens",
        "en": "a colon where none can be; put text that contains ': ' between quotes",
    },
    "yaml.syntax.no_colon": {
        "nl": "hier wordt 'sleutel: waarde' verwacht; ontbreekt er een dubbele punt?",
        "en": "a 'key: value' line is expected here; is a colon missing?",
    },
    "yaml.syntax.indent": {
        "nl": "de inspringing klopt niet; regels op hetzelfde niveau moeten precies even ver inspringen",
        "en": "the indentation is off; lines on the same level must be indented exactly as far",
    },
    "yaml.syntax.unclosed_quote": {
        "nl": "het bestand houdt op midden in iets; staat er ergens een aanhalingsteken of haakje open?",
        "en": "the file ends in the middle of something; is a quote or bracket left open?",
    },
    "yaml.syntax.bad_start": {
        "nl": "deze waarde begint met een teken dat YAML niet toestaat (zoals @ of `); zet de waarde tussen aanhalingstekens",
        "en": "this value starts with a character YAML does not allow (such as @ or `); put it between quotes",
    },
    "yaml.syntax.undefined_alias": {
        "nl": "verwijzingen (*naam) zijn niet toegestaan; zet tekst die met * begint tussen aanhalingstekens",
        "en": "aliases (*name) are not allowed; a * at the start of text must go between quotes",
    },
    "yaml.syntax.escape": {
        "nl": "een backslash (\\) tussen dubbele aanhalingstekens begint een speciaal teken; gebruik enkele aanhalingstekens (') of schrijf \\\\",
        "en": "a backslash (\\) between double quotes starts a special character; use single quotes (') or write \\\\",
    },
    "yaml.syntax.after_quote": {
        "nl": "na het afsluitende aanhalingsteken staat nog tekst; zet de hele tekst tussen de aanhalingstekens",
        "en": "there is more text after the closing quote; put the whole text between the quotes",
    },
    "yaml.syntax.expected_key": {
        "nl": "hier hoort een nieuwe regel 'sleutel: waarde'; klopt de inspringing, en staat er geen tekst meer na een afsluitend aanhalingsteken?",
        "en": "a new 'key: value' line belongs here; is the indentation right, and is there no text left after a closing quote?",
    },
    "yaml.syntax.two_documents": {
        "nl": "het bestand bevat meer dan één document (---); één document per bestand",
        "en": "the file holds more than one document (---); one document per file",
    },
    "yaml.err.missing": {
        "nl": "de sleutel '{key}' ontbreekt; voeg '{key}:' toe",
        "en": "the key '{key}' is missing; add '{key}:'",
    },
    "yaml.err.unknown_key": {
        "nl": "onbekende sleutel '{key}'; mogelijk zijn hier: {allowed}",
        "en": "unknown key '{key}'; allowed here: {allowed}",
    },
    "yaml.err.unknown_key_hint": {
        "nl": "onbekende sleutel '{key}'; bedoel je '{suggestion}'?",
        "en": "unknown key '{key}'; did you mean '{suggestion}'?",
    },
    "yaml.err.choice": {
        "nl": "{got} kan hier niet; kies uit: {choices}",
        "en": "{got} is not possible here; choose one of: {choices}",
    },
    "yaml.err.choice_hint": {
        "nl": "{got} kan hier niet; bedoel je '{suggestion}'? (kies uit: {choices})",
        "en": "{got} is not possible here; did you mean '{suggestion}'? (choose one of: {choices})",
    },
    "yaml.err.text": {
        "nl": "hier hoort tekst, maar er staat {got}",
        "en": "text is expected here, got {got}",
    },
    "yaml.err.text_bool": {
        "nl": "hier hoort tekst, maar YAML leest {got} als ja/nee; zet het tussen aanhalingstekens",
        "en": "text is expected here, but YAML reads {got} as yes/no; put it between quotes",
    },
    "yaml.err.empty_text": {"nl": "mag niet leeg zijn", "en": "must not be empty"},
    "yaml.err.text_too_long": {
        "nl": "is te lang (hoogstens {limit} tekens)",
        "en": "is too long (at most {limit} characters)",
    },
    "yaml.err.slug": {
        "nl": "{got} is geen geldige id; gebruik kleine letters, cijfers en streepjes (bijvoorbeeld 'mijn-methode')",
        "en": "{got} is not a valid id; use lowercase letters, digits and dashes (for example 'my-method')",
    },
    "yaml.err.number": {
        "nl": "hier hoort een aantal minuten (een getal met een punt, zoals 10 of 7.5), maar er staat {got}",
        "en": "a number of minutes is expected here (a number such as 10 or 7.5), got {got}",
    },
    "yaml.err.clock_time": {
        "nl": "{got} lijkt een tijd; schrijf minuten als getal, bijvoorbeeld 1.5 voor anderhalve minuut",
        "en": "{got} looks like a clock time; write minutes as a number, for example 1.5 for a minute and a half",
    },
    "yaml.err.whole_number": {
        "nl": "hier hoort een heel getal, maar er staat {got}",
        "en": "a whole number is expected here, got {got}",
    },
    "yaml.err.bool": {
        "nl": "hier hoort true of false, maar er staat {got}",
        "en": "true or false is expected here, got {got}",
    },
    "yaml.err.list": {
        "nl": "hier hoort een lijst (regels die beginnen met '- '), maar er staat {got}",
        "en": "a list is expected here (lines starting with '- '), got {got}",
    },
    "yaml.err.mapping": {
        "nl": "hier horen regels 'sleutel: waarde', maar er staat {got}",
        "en": "'key: value' lines are expected here, got {got}",
    },
    "yaml.err.empty_list": {
        "nl": "de lijst mag niet leeg zijn; zet er minstens één regel met '- ' onder",
        "en": "the list must not be empty; put at least one line starting with '- ' under it",
    },
    "yaml.err.greater_than": {
        "nl": "moet groter zijn dan {limit}, maar is {got}",
        "en": "must be greater than {limit}, got {got}",
    },
    "yaml.err.at_least": {
        "nl": "moet minstens {limit} zijn, maar is {got}",
        "en": "must be at least {limit}, got {got}",
    },
    "yaml.err.at_most": {
        "nl": "mag hoogstens {limit} zijn, maar is {got}",
        "en": "must be at most {limit}, got {got}",
    },
    "yaml.err.less_than": {
        "nl": "moet kleiner zijn dan {limit}, maar is {got}",
        "en": "must be less than {limit}, got {got}",
    },
    "yaml.err.other": {"nl": "ongeldige waarde ({problem})", "en": "invalid value ({problem})"},
    "yaml.got.nothing": {"nl": "niets", "en": "nothing"},
    "yaml.got.mapping": {
        "nl": "een blok 'sleutel: waarde'-regels",
        "en": "a block of 'key: value' lines",
    },
    "yaml.got.list": {"nl": "een lijst", "en": "a list"},
}
