"""What the screen says when it proposes a case owner: the reason in one line, and the cases pitched
before that still wait ("Cees had a case on 12 Sept about …; still current?")."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from intervision.i18n import count, t
from intervision.terminal import safe
from intervision.ui.controller import Proposal

if TYPE_CHECKING:
    from intervision.group.rotation import Reason
    from intervision.group.series import Series


def reason_text(reason: Reason) -> str:
    """A proposal's reason in words: turns and sessions as counted words."""
    fields: dict[str, str] = {k: safe(str(v)) for k, v in reason.fields.items()}
    raw = reason.fields
    if "turns" in raw:
        fields["times"] = count(int(str(raw["turns"])), "time")
    if "attended" in raw:
        fields["sessions"] = count(int(str(raw["attended"])), "session")
    return t(reason.key, **fields)


def owner_advice(
    series: Series, present: Sequence[str], *, facilitator: str | None, taken: Sequence[str]
) -> Proposal | None:
    """Whom the rotation proposes and why, with the cases pitched before that still wait."""
    from intervision.ui.review_walk import day_text

    proposal = series.owner(present, facilitator=facilitator, taken=taken)
    if proposal.name is None:
        return None
    waiting = [p for p in series.pitches(present) if p.member not in taken]
    return Proposal(
        proposal.name,
        reason_text(proposal.reason),
        {p.member: p.text for p in waiting},
        tuple(
            t(
                "rotation.pitch_waiting",
                name=safe(p.member),
                date=day_text(p.date),
                text=safe(p.text),
            )
            for p in waiting
        ),
    )
