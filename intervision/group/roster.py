"""Who belongs to the group when: expected members on a date, absentees, guests, renames.

The one place for these rules, so that ``run``, the ``members`` commands and the series reports (history,
rotation, attendance) agree. Names compare without regard to case; a former name (``formerly``) still
finds its member, so old sessions under that name stay theirs. Pure: edits return a new roster.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from pydantic import ValidationError

from intervision.errors import UsageError
from intervision.group.groupfile import GroupFile, Member
from intervision.session.attendance import Absence, Attendance

__all__ = ["Absence", "Attendance", "Roster", "parse_absent"]


class Roster:
    """The members of a group, in the order of the group file."""

    def __init__(self, members: Iterable[Member]) -> None:
        self.members: tuple[Member, ...] = tuple(members)
        self._by_alias: dict[str, Member] = {}
        for member in self.members:
            for alias in member.aliases:
                self._by_alias.setdefault(alias.casefold(), member)

    @classmethod
    def of(cls, group: GroupFile) -> Roster:
        return cls(group.members)

    def find(self, name: str) -> Member | None:
        """The member called ``name`` now or formerly (any case), or None."""
        return self._by_alias.get(name.strip().casefold())

    def canonical(self, name: str) -> str | None:
        """The current name of whoever is or was called ``name``; None for someone not in the group."""
        member = self.find(name)
        return member.name if member else None

    def expected_on(self, day: date) -> list[Member]:
        """The members expected at a session on ``day`` (joined, and not yet left)."""
        return [m for m in self.members if m.active_on(day)]

    def attendance(
        self,
        day: date,
        absent: Sequence[Absence] = (),
        guests: Sequence[str] = (),
        group: str | None = None,
    ) -> Attendance:
        """Everyone expected on ``day`` is present except ``absent``; ``guests`` join this session only.

        Refused: an absentee who is not expected that day, a guest who is a member (then they are
        simply present), and a name given twice.
        """
        expected = self.expected_on(day)
        expected_names = {m.name for m in expected}
        away: dict[str, Absence] = {}
        for absence in absent:
            member = self.find(absence.name)
            if member is None or member.name not in expected_names:
                raise UsageError(
                    "group.not_expected",
                    name=absence.name,
                    members=", ".join(m.name for m in expected),
                )
            if member.name in away:
                raise UsageError("group.named_twice", name=member.name)
            reason = (absence.reason or "").strip() or None
            away[member.name] = Absence(member.name, reason)
        visitors: list[str] = []
        for guest in guests:
            name = guest.strip()
            member = self.find(name)
            if member is not None:
                raise UsageError("group.guest_is_member", name=name, member=member.name)
            if name.casefold() in {v.casefold() for v in visitors}:
                raise UsageError("group.named_twice", name=name)
            if name:
                visitors.append(name)
        present = tuple(m.name for m in expected if m.name not in away)
        ordered_away = tuple(away[m.name] for m in expected if m.name in away)
        return Attendance(present, ordered_away, tuple(visitors), group)

    # --- edits: each returns a new roster ---------------------------------------------------

    def add(self, name: str, joined: date | None = None) -> Roster:
        clean = name.strip()
        member = self.find(clean)
        if member is not None:
            if member.left is not None:
                raise UsageError("group.add_left", name=member.name, left=member.left.isoformat())
            raise UsageError("group.already_member", name=clean, member=member.name)
        return Roster([*self.members, _member(name=clean, joined=joined)])

    def leave(self, name: str, day: date) -> Roster:
        member = self._known(name)
        if member.left is not None:
            raise UsageError("group.already_left", name=member.name, left=member.left.isoformat())
        if member.joined is not None and day < member.joined:
            raise UsageError(
                "group.leave_before_join", name=member.name, joined=member.joined.isoformat()
            )
        return self._replace(member, _member(**{**member.model_dump(), "left": day}))

    def rename(self, old: str, new: str) -> Roster:
        member = self._known(old)
        clean = new.strip()
        other = self.find(clean)
        if other is not None and other is not member:
            raise UsageError("group.name_taken", name=clean, member=other.name)
        if clean == member.name:
            raise UsageError("group.same_name", name=clean)
        formerly = [f for f in member.formerly if f.casefold() != clean.casefold()]
        if member.name.casefold() != clean.casefold():
            formerly.append(member.name)
        changed = _member(**{**member.model_dump(), "name": clean, "formerly": formerly})
        return self._replace(member, changed)

    def _known(self, name: str) -> Member:
        member = self.find(name)
        if member is None:
            raise UsageError(
                "group.unknown_member", name=name, members=", ".join(m.name for m in self.members)
            )
        return member

    def _replace(self, old: Member, new: Member) -> Roster:
        return Roster(new if m is old else m for m in self.members)


def _member(**fields: object) -> Member:
    """A member built by an edit, checked like one read from the file."""
    try:
        return Member.model_validate(fields)
    except ValidationError:
        raise UsageError("group.bad_name", name=fields.get("name")) from None


def parse_absent(text: str) -> list[Absence]:
    """``"Cees: ziek, Dirk"``: names separated by commas (or semicolons), each with an optional
    reason after a colon (so a reason holds no comma)."""
    found = []
    for part in text.replace(";", ",").split(","):
        name, _, reason = part.partition(":")
        if name.strip():
            found.append(Absence(name.strip(), reason.strip() or None))
        elif reason.strip():
            raise UsageError("group.absent_no_name", text=part.strip())
    return found
