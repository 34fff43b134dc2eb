"""Messages of exports and reports: audiences, pseudonyms, the attendance report for registers."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # why a meeting does not count for a register profile
    "report.why.too_few": {
        "nl": "te weinig aanwezigen ({n}; minstens {min})",
        "en": "too few present ({n}; at least {min})",
    },
    "report.why.too_many": {
        "nl": "te veel aanwezigen ({n}; hoogstens {max})",
        "en": "too many present ({n}; at most {max})",
    },
    "report.why.too_short": {
        "nl": "te kort ({minutes} min netto; minstens {min})",
        "en": "too short ({minutes} min net; at least {min})",
    },
    # pseudonyms
    "report.pseudo.member": {"nl": "Deelnemer {letter}", "en": "Member {letter}"},
    "report.pseudo.other": {"nl": "Naam {number}", "en": "Name {number}"},
    "report.pseudo.someone": {"nl": "een deelnemer", "en": "a member"},
}
