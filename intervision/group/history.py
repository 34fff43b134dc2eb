"""The history of a group: its stored sessions (no rehearsals) in the order they really started."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from intervision.store.index import Summary

_KEYS: dict[str, str] = {}


def key(name: str) -> str:
    """Names are compared without regard to case or surrounding spaces (remembered: over a long
    series the same few names are compared hundreds of thousands of times)."""
    found = _KEYS.get(name)
    if found is None:
        found = _KEYS[name] = name.strip().casefold()
    return found


@dataclass(frozen=True)
class History:
    sessions: tuple[Summary, ...]

    @classmethod
    def of(
        cls,
        summaries: Iterable[Summary],
        *,
        aliases: Mapping[str, str] | None = None,
        since: str | None = None,
        skip: str | None = None,
    ) -> History:
        """``aliases`` maps an old spelling of a name (any case) to the name used now (a rename);
        ``since`` keeps sessions from that date (YYYY-MM-DD) on; ``skip`` leaves one folder out."""
        kept = [
            s
            for s in summaries
            if not s.rehearsal and s.id != skip and (since is None or s.date >= since)
        ]
        kept.sort(key=Summary.start_key)
        if aliases:
            table = {key(old): new for old, new in aliases.items()}
            kept = [_renamed(s, table) for s in kept]
        return cls(tuple(kept))

    def __len__(self) -> int:
        return len(self.sessions)

    @property
    def last(self) -> Summary | None:
        return self.sessions[-1] if self.sessions else None


def attendees(session: Summary) -> list[str]:
    """The members present, without guests (a guest takes no turn and is not counted)."""
    if not session.guests:
        return session.members
    guests = {key(g) for g in session.guests}
    return [m for m in session.members if key(m) not in guests]


def owners(session: Summary) -> list[str]:
    return session.owner_names()


def _renamed(session: Summary, table: Mapping[str, str]) -> Summary:
    def one(name: str) -> str:
        return table.get(key(name), name)

    def many(names: list[str]) -> list[str]:
        return [one(n) for n in names]

    return dataclasses.replace(
        session,
        members=many(session.members),
        facilitator=one(session.facilitator),
        absent=many(session.absent),
        guests=many(session.guests),
        owners=[[c, one(m)] for c, m in session.owners],
        pitches=[[one(who), text] for who, text in session.pitches],
        agreements=[[seq, one(who), what, by] for seq, who, what, by in session.agreements],
        speaking={one(k): v for k, v in session.speaking.items()},
    )
