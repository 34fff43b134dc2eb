"""Who was there: the members present, the absent ones (with a reason) and guests.

Decided by the group's roster (``group/roster.py``); carried in a session's start event, so that the
minutes and the series read it from the journal.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Absence:
    """A member who is expected but not there, with the reason if one was given."""

    name: str
    reason: str | None = None


@dataclass(frozen=True)
class Attendance:
    """Who is there on the day: the members present, the absent ones and the guests."""

    present: tuple[str, ...]
    absent: tuple[Absence, ...] = ()
    guests: tuple[str, ...] = ()
    group: str | None = None

    @property
    def taking_part(self) -> list[str]:
        """Everyone in the session's rounds: present members, then guests."""
        return [*self.present, *self.guests]

    @classmethod
    def from_started(cls, data: Mapping[str, Any], members: list[str]) -> Attendance | None:
        """The attendance a start event recorded; None for a session outside a group."""
        if "absent" not in data and "guests" not in data:
            return None
        guests = tuple(data.get("guests") or ())
        reasons: Mapping[str, str] = data.get("absent_reasons") or {}
        return cls(
            present=tuple(m for m in members if m not in guests),
            absent=tuple(Absence(n, reasons.get(n)) for n in data.get("absent") or ()),
            guests=guests,
            group=data.get("group"),
        )
