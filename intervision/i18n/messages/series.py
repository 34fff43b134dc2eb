"""Messages of the group over time: proposals, agreements reviewed, trends."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "session.renew_needs_date": {
        "nl": "een verlengde afspraak heeft een nieuwe datum nodig, bijvoorbeeld: verlengd | 1 maart",
        "en": "a renewed agreement needs a new date, for example: renewed | 1 March",
    },
    "rotation.owner_first": {
        "nl": "{name}: nog geen eerdere sessies, de eerste op de lijst",
        "en": "{name}: no earlier sessions, first on the list",
    },
    "rotation.owner_never": {
        "nl": "{name} was {attended} keer aanwezig en heeft nog geen casus ingebracht",
        "en": "{name} has not brought a case yet (sessions present: {attended})",
    },
    "rotation.owner_fewest": {
        "nl": "{name} bracht {turns} keer een casus in en was {attended} keer aanwezig: het minst vaak (laatst {last})",
        "en": "{name} brought a case the least often (cases: {turns}, sessions present: {attended}; last {last})",
    },
    "rotation.owner_waited": {
        "nl": "{name} bracht even vaak een casus in als {others}, maar wacht het langst (laatst {last})",
        "en": "{name} brought a case as often as {others} but has waited longest (last {last})",
    },
    "rotation.facilitator_never": {
        "nl": "{name} heeft nog geen sessie begeleid",
        "en": "{name} has not facilitated a session yet",
    },
    "rotation.facilitator_fewest": {
        "nl": "{name} begeleidde {turns} keer en was {attended} keer aanwezig: het minst vaak (laatst {last})",
        "en": "{name} facilitated the least often (times: {turns}, sessions present: {attended}; last {last})",
    },
    "rotation.nobody": {
        "nl": "niemand om voor te stellen (wie er is, begeleidt of is voor het eerst)",
        "en": "nobody to propose (everyone present facilitates or is here for the first time)",
    },
}
