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
    # validation
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
    "protocol.err.duplicate_dimension": {
        "nl": "de score '{id}' komt twee keer voor (als id of als titel); geef elke score een eigen id en titel",
        "en": "the score '{id}' is used twice (as id or title); give every score its own id and title",
    },
    "protocol.err.duplicate_phase_id": {
        "nl": "de fase-id '{id}' komt twee keer voor; geef elke fase een eigen id",
        "en": "the phase id '{id}' is used twice; give every phase its own id",
    },
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
