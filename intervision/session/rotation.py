"""Fair case-owner rotation across a series of sessions."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class PastSession:
    order: str  # sortable: the date, then the folder name
    owners: tuple[str, ...]


def propose_owner(
    present: Sequence[str], history: Sequence[PastSession], exclude: Sequence[str] = ()
) -> str | None:
    """The member present who has been owner least often: never before first; ties go to the one whose
    turn was longest ago, then to roster order."""
    excluded = {name.casefold() for name in exclude}
    candidates = [m for m in present if m.casefold() not in excluded]
    if not candidates:
        return None
    count = {m.casefold(): 0 for m in candidates}
    last: dict[str, str] = {}
    for past in sorted(history, key=lambda s: s.order):
        for owner in past.owners:
            key = owner.casefold()
            if key in count:
                count[key] += 1
                last[key] = past.order
    roster = {m.casefold(): i for i, m in enumerate(candidates)}
    return min(
        candidates,
        key=lambda m: (count[m.casefold()], last.get(m.casefold(), ""), roster[m.casefold()]),
    )
