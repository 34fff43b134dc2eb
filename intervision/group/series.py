"""The series as one session being run or one command sees it: read from the index when first needed.

``run`` shows its first screen before anything here is read; the history is loaded only when a
proposal or a review asks for it, and then once.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from intervision.group.agreements import Item, to_review
from intervision.group.history import History, key
from intervision.group.rotation import (
    Pitch,
    Proposal,
    newcomers,
    open_pitches,
    propose_owners,
    standings,
)

if TYPE_CHECKING:
    from intervision.group.groupfile import GroupFile
    from intervision.group.trends import Trends


def aliases_of(group: GroupFile | None) -> dict[str, str]:
    """Every former name of a member → the name used now (from the group file)."""
    if group is None:
        return {}
    return {old: m.name for m in group.members for old in m.formerly}


def joined_of(group: GroupFile | None) -> dict[str, str | None]:
    if group is None:
        return {}
    return {m.name: m.joined.isoformat() if m.joined else None for m in group.members}


class Series:
    def __init__(
        self,
        sessions_dir: Path,
        *,
        group_file: Path | None = None,
        skip: str | None = None,
        since: str | None = None,
    ) -> None:
        self.sessions_dir, self.group_file, self.skip, self.since = (
            sessions_dir,
            group_file,
            skip,
            since,
        )

    @cached_property
    def group(self) -> GroupFile | None:
        if self.group_file is None or not self.group_file.is_file():
            return None
        from intervision.group.load import load_group

        return load_group(self.group_file)

    @cached_property
    def history(self) -> History:
        from intervision.store.index import SessionIndex

        return History.of(
            SessionIndex(self.sessions_dir).load(skip=self.skip),
            aliases=aliases_of(self.group),
            skip=self.skip,
            since=self.since,
        )

    def canonical(self, names: Sequence[str]) -> list[str]:
        """Names as the group file calls them now (a former name finds its member)."""
        table = {key(old): new for old, new in aliases_of(self.group).items()}
        return [table.get(key(n), n) for n in names] if table else list(names)

    def owner(
        self, present: Sequence[str], *, facilitator: str | None, taken: Sequence[str] = ()
    ) -> Proposal:
        present = self.canonical(present)
        table = standings(self.history, present)
        new = newcomers(self.history, present, joined_of(self.group), table)
        proposals = propose_owners(
            self.history,
            present,
            facilitator=facilitator,
            new=new,
            taken=self.canonical(taken),
            table=table,
        )
        return proposals[0]

    def pitches(self, present: Sequence[str]) -> list[Pitch]:
        """Cases pitched before and not chosen, of the members present."""
        waiting = open_pitches(self.history)
        return [waiting[key(p)] for p in self.canonical(present) if key(p) in waiting]

    def trends(self) -> Trends:
        """The series' figures, with the group file telling who was expected when."""
        from datetime import date

        from intervision.group.agreements import tally
        from intervision.group.roster import Roster
        from intervision.group.trends import compute

        group = self.group
        roster = Roster.of(group) if group is not None else None

        days: dict[str, date | None] = {}

        def expected(name: str, day: str) -> bool | None:
            member = roster.find(name) if roster is not None else None
            if member is None:
                return None
            if day not in days:
                try:
                    days[day] = date.fromisoformat(day)
                except ValueError:
                    days[day] = None
            when = days[day]
            return member.active_on(when) if when is not None else None

        return compute(self.history, tally(self.history), expected if roster else None)

    def to_review(self, present: Sequence[str]) -> list[Item]:
        return to_review(self.history, self.canonical(present))
