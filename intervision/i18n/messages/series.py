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
        "nl": "{name} heeft in {attended} sessies nog geen casus ingebracht",
        "en": "{name} has not brought a case in {attended} sessions",
    },
    "rotation.owner_fewest": {
        "nl": "{name} bracht {turns} keer een casus in, in {attended} sessies: het minst vaak (laatst {last})",
        "en": "{name} brought a case {turns} times in {attended} sessions: the least often (last {last})",
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
        "nl": "{name} begeleidde {turns} van de {attended} sessies waarbij hij of zij was: het minst vaak (laatst {last})",
        "en": "{name} facilitated {turns} of the {attended} sessions they were at: the least often (last {last})",
    },
    "rotation.nobody": {
        "nl": "niemand om voor te stellen (wie er is, begeleidt of is voor het eerst)",
        "en": "nobody to propose (everyone present facilitates or is here for the first time)",
    },
}
