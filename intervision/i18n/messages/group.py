"""Texts of the group file, the roster and the commands init, members and group."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
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
