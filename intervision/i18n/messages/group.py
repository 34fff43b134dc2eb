"""Texts of the group file, the roster and the commands init, members and group."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # --- the group file -----------------------------------------------------------------------
    "group.invalid": {
        "nl": "Er zitten fouten in het groepsbestand.",
        "en": "The group file is not valid.",
    },
    "group.err.too_large": {
        "nl": "het bestand is {mb} MB; een groepsbestand is hoogstens 1 MB. Is dit wel het goede bestand?",
        "en": "the file is {mb} MB; a group file is at most 1 MB. Is this the right file?",
    },
    "group.err.empty": {
        "nl": "het bestand is leeg; begin met 'name:' en 'members:' "
        "(of maak een nieuwe groep met 'intervision init')",
        "en": "the file is empty; start with 'name:' and 'members:' "
        "(or make a new group with 'intervision init')",
    },
    "group.err.top_not_mapping": {
        "nl": "een groepsbestand bestaat uit regels 'sleutel: waarde' (name:, members: …), "
        "maar dit bestand bevat {got}",
        "en": "a group file is made of 'key: value' lines (name:, members: …), but this file holds {got}",
    },
    "group.err.date": {
        "nl": "schrijf een datum als jaar-maand-dag, bijvoorbeeld 2026-03-01",
        "en": "write a date as year-month-day, for example 2026-03-01",
    },
    "group.err.name_empty": {"nl": "de naam is leeg", "en": "the name is empty"},
    "group.err.name_chars": {
        "nl": "een naam mag geen , ; : of | bevatten en niet met / beginnen",
        "en": "a name cannot hold , ; : or | nor start with /",
    },
    "group.err.left_before_joined": {
        "nl": "'left' ligt vóór 'joined'; controleer de twee datums",
        "en": "'left' is before 'joined'; check the two dates",
    },
    "group.err.duplicate_member": {
        "nl": "'{name}' staat al bij lid {first}; elke naam (ook een oude) hoort bij één lid",
        "en": "'{name}' is already taken by member {first}; every name (also a former one) "
        "belongs to one member",
    },
    "group.err.facilitator_both": {
        "nl": "geef 'facilitator' (één vaste begeleider) óf 'facilitator_rota' (om de beurt), "
        "niet allebei",
        "en": "give 'facilitator' (one fixed facilitator) or 'facilitator_rota' (taking turns), "
        "not both",
    },
    "group.err.rota_not_member": {
        "nl": "'{name}' staat in 'facilitator_rota' maar niet bij 'members'",
        "en": "'{name}' is in 'facilitator_rota' but not under 'members'",
    },
    # --- the roster rules ---------------------------------------------------------------------
    "group.not_expected": {
        "nl": "'{name}' wordt vandaag niet verwacht; verwacht zijn: {members}",
        "en": "'{name}' is not expected today; expected are: {members}",
    },
    "group.named_twice": {
        "nl": "'{name}' staat er twee keer in; noem iedereen één keer",
        "en": "'{name}' is given twice; name everyone once",
    },
    "group.guest_is_member": {
        "nl": "'{name}' is lid van de groep ({member}), geen gast; leden zijn er vanzelf bij",
        "en": "'{name}' is a member of the group ({member}), not a guest; members take part anyway",
    },
    "group.already_member": {
        "nl": "'{name}' is al lid van de groep ({member})",
        "en": "'{name}' is already a member of the group ({member})",
    },
    "group.add_left": {
        "nl": "{name} is op {left} vertrokken; wie terugkomt: haal de regel 'left: {left}' "
        "bij {name} weg in intervision-group.yaml",
        "en": "{name} left on {left}; to welcome them back, remove the line 'left: {left}' "
        "under {name} in intervision-group.yaml",
    },
    "group.already_left": {
        "nl": "{name} is al op {left} vertrokken",
        "en": "{name} already left on {left}",
    },
    "group.leave_before_join": {
        "nl": "{name} kwam pas op {joined} bij de groep; kies een latere datum",
        "en": "{name} only joined on {joined}; choose a later date",
    },
    "group.name_taken": {
        "nl": "de naam '{name}' is al van {member}; kies een andere naam",
        "en": "the name '{name}' already belongs to {member}; choose another name",
    },
    "group.same_name": {
        "nl": "'{name}' heet al zo; er valt niets te veranderen",
        "en": "'{name}' already has that name; nothing to change",
    },
    "group.unknown_member": {
        "nl": "'{name}' is geen lid van de groep; leden: {members}",
        "en": "'{name}' is not a member of the group; members: {members}",
    },
    "group.bad_name": {
        "nl": "'{name}' kan geen naam zijn: gebruik geen , ; : of | en begin niet met /",
        "en": "'{name}' cannot be a name: use no , ; : or | and do not start with /",
    },
}
