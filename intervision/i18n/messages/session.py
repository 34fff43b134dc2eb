"""Messages of the session core: engine refusals, journal, resume, sessions list."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "session.owner_required": {
        "nl": "kies eerst de casusinbrenger voor casus {case}",
        "en": "choose the case owner for case {case} first",
    },
    "session.too_few_members": {
        "nl": "een sessie heeft minstens twee deelnemers nodig",
        "en": "a session needs at least two members",
    },
    "session.duplicate_member": {
        "nl": "een naam staat twee keer in de lijst van deelnemers; maak de namen verschillend (bijvoorbeeld 'Anna B.')",
        "en": "a name appears twice among the members; make the names different (for example 'Anna B.')",
    },
    "session.no_facilitator": {"nl": "wie is de begeleider? Geef een naam", "en": "who is the facilitator? Give a name"},
    "session.already_ended": {"nl": "deze sessie is al afgesloten", "en": "this session has already ended"},
    "session.bad_case": {"nl": "er is geen casus {case} in deze sessie", "en": "there is no case {case} in this session"},
    "session.owner_twice": {
        "nl": "{member} brengt in deze sessie al een casus in; kies iemand anders",
        "en": "{member} already brings a case in this session; choose someone else",
    },
    "session.empty_note": {"nl": "een lege notitie wordt niet bewaard", "en": "an empty note is not saved"},
    "session.note_too_long": {
        "nl": "de notitie is te lang (hoogstens {limit} tekens)",
        "en": "the note is too long (at most {limit} characters)",
    },
    "session.bad_note_kind": {"nl": "onbekende soort notitie '{kind}'", "en": "unknown kind of note '{kind}'"},
    "session.nothing_to_undo": {"nl": "er is geen notitie om terug te nemen", "en": "there is no note to take back"},
    "session.at_start": {"nl": "dit is het begin van de sessie; verder terug kan niet", "en": "this is the start of the session; there is no going further back"},
    "session.already_paused": {"nl": "de sessie staat al op pauze", "en": "the session is already paused"},
    "session.not_paused": {"nl": "de sessie staat niet op pauze", "en": "the session is not paused"},
    "session.bad_extend": {
        "nl": "geef een aantal minuten, bijvoorbeeld /extend 5 (hoogstens {limit}; negatief om in te korten)",
        "en": "give a number of minutes, for example /extend 5 (at most {limit}; negative to shorten)",
    },
    "session.bad_agreement": {
        "nl": "een afspraak heeft een wie en een wat nodig",
        "en": "an agreement needs a who and a what",
    },
    "session.bad_score": {"nl": "een cijfer is een heel getal van 1 tot en met 10, niet {value}", "en": "a score is a whole number from 1 to 10, not {value}"},
    "session.unknown_member": {
        "nl": "'{name}' is geen deelnemer van deze sessie ({members})",
        "en": "'{name}' is not a member of this session ({members})",
    },
}
