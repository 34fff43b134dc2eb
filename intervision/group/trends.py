"""Figures over the series: attendance, turns, speaking time against a fair share, agreements, score
trends per dimension and the phases that run over. Computed once here; ``stats``, the minutes and every
export format them, none computes them again."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from intervision.group.agreements import Item, counts
from intervision.group.history import History, attendees, key

OFTEN = 3  # a method used at least this often gets planning advice
OVER_SECONDS = 60  # a phase "runs over" when it took at least this much longer than planned


@dataclass
class MemberFigures:
    name: str
    attended: int = 0
    expected: int = 0  # sessions since the member's first appearance (present or absent)
    owner_turns: int = 0
    facilitated: int = 0
    speaking_seconds: float = 0.0
    fair_seconds: float = 0.0  # what equal turns in the sessions attended would have given
    done: int = 0
    open: int = 0

    @property
    def facilitator_only(self) -> bool:
        """Never a member of a session, only its facilitator: no attendance to show."""
        return self.expected == 0 and self.attended == 0 and self.facilitated > 0

    def to_dict(self, total: float) -> dict[str, object]:
        return {
            "name": self.name,
            "role": "facilitator" if self.facilitator_only else "member",
            "attended": self.attended,
            "of": self.expected,
            "owner_turns": self.owner_turns,
            "facilitator_turns": self.facilitated,
            "speaking_seconds": round(self.speaking_seconds),
            "speaking_share": round(self.speaking_seconds / total, 3) if total else None,
            "fair_share": round(self.fair_seconds / total, 3) if total else None,
            "agreements_done": self.done,
            "agreements_open": self.open,
        }


@dataclass
class DimensionTrend:
    dimension: str  # "" for scores without a (known) dimension
    title: str = ""  # the dimension's title in its session's language (the last one seen)
    means: list[float | None] = field(default_factory=list)  # one per session, None: not scored
    scored: list[int] = field(default_factory=list)  # how many scored, per session

    @property
    def values(self) -> list[float]:
        return [m for m in self.means if m is not None]

    @property
    def mean(self) -> float | None:
        values = self.values
        return round(sum(values) / len(values), 2) if values else None

    @property
    def last(self) -> float | None:
        return self.values[-1] if self.values else None

    @property
    def previous(self) -> float | None:
        values = self.values
        return values[-2] if len(values) > 1 else None

    def to_dict(self) -> dict[str, object]:
        return {
            "dimension": self.dimension,
            "title": self.title or None,
            "mean": self.mean,
            "last": self.last,
            "previous": self.previous,
            "means": self.means,
            "scored": self.scored,
        }


@dataclass
class PhaseTrend:
    protocol: str
    phase: str
    title: str
    runs: int = 0
    over: int = 0  # runs that went over by at least OVER_SECONDS
    over_seconds: float = 0.0  # summed over the runs that went over

    @property
    def mean_over(self) -> float:
        return self.over_seconds / self.over if self.over else 0.0

    @property
    def advice(self) -> bool:
        """Worth planning for: it ran over in at least half of its runs."""
        return self.runs >= OFTEN and self.over * 2 >= self.runs

    def to_dict(self) -> dict[str, object]:
        return {
            "protocol": self.protocol,
            "phase": self.phase,
            "title": self.title,
            "runs": self.runs,
            "over": self.over,
            "mean_over_minutes": round(self.mean_over / 60, 1),
            "advice": self.advice,
        }


@dataclass
class Trends:
    sessions: int
    members: list[MemberFigures]
    dimensions: list[DimensionTrend]
    phases: list[PhaseTrend]
    speaking_total: float

    def to_dict(self) -> dict[str, object]:
        return {
            "sessions": self.sessions,
            "members": [m.to_dict(self.speaking_total) for m in self.members],
            "scores": [d.to_dict() for d in self.dimensions],
            "phases": [p.to_dict() for p in self.phases],
        }


def compute(
    history: History,
    agreements: Sequence[Item] | dict[str, dict[str, int]] = (),
    expected: Callable[[str, str], bool | None] | None = None,
) -> Trends:
    """``agreements``: the ledger, or its ``tally`` (per member done / open); ``expected(name, day)``:
    whether the group file expected the member that day (None: it does not know them); without it a
    member counts as expected from their first session on.

    One pass over the sessions with local lookups only: with 10 000 sessions this loop is most of
    what ``stats`` costs after reading the index."""
    members: dict[str, MemberFigures] = {}
    first_seen: dict[str, int] = {}
    phases: dict[tuple[str, str], PhaseTrend] = {}
    uses: dict[str, int] = {}
    per_session: list[dict[str, tuple[float, int]]] = []
    titles: dict[str, str] = {}
    speaking_total = 0.0
    attended_at: dict[str, set[int]] = {}

    def member(name: str, k: str | None = None, *, taking_part: bool = True) -> MemberFigures:
        """``taking_part``: present or absent as a member (from then on expected); the facilitator
        and other speakers get a row without being expected."""
        k = k or key(name)
        found = members.get(k)
        if found is None:
            found = members[k] = MemberFigures(name)
            attended_at[k] = set()
        if taking_part and k not in first_seen:
            first_seen[k] = position
        return found

    position = 0
    for position, session in enumerate(history.sessions):
        present = attendees(session)
        here: dict[str, MemberFigures] = {}
        for name in present:
            k = key(name)
            record = members.get(k) or member(name, k)
            record.attended += 1
            here[k] = record
            attended_at[k].add(position)
        for name in session.absent:
            member(name)
        turned: set[str] = set()
        for _case, name in session.owners:
            if key(name) not in turned:
                turned.add(key(name))
                member(name).owner_turns += 1
        if session.facilitator:
            member(session.facilitator, taking_part=False).facilitated += 1
        # the figures' seconds of everyone who spoke (the facilitator too), as the minutes share them
        total = members_total = 0.0
        chair = key(session.facilitator) if session.facilitator else None
        for name, seconds in session.speaking.items():
            k = key(name)
            record_or_none = here.get(k)
            if record_or_none is None and k == chair:
                record_or_none = members.get(k) or member(name, k, taking_part=False)
            elif record_or_none is not None:
                members_total += seconds
            if record_or_none is not None:  # a guest counts in the whole, without a row
                record_or_none.speaking_seconds += seconds
            total += seconds
        speaking_total += total
        if here:
            fair = members_total / len(present)  # equal turns among the members present
            for record in here.values():
                record.fair_seconds += fair
        means: dict[str, tuple[float, int]] = {}
        for ident, title, scored, mean in session.dimensions:
            if mean is not None:
                means[ident or ""] = (round(mean, 2), scored)
                if title:
                    titles[ident or ""] = title
        per_session.append(means)
        protocol = session.protocol
        uses[protocol] = uses.get(protocol, 0) + 1
        for phase_id, planned, active, title in session.phases:
            slot = (protocol, phase_id)
            trend = phases.get(slot)
            if trend is None:
                trend = phases[slot] = PhaseTrend(protocol, phase_id, title or phase_id)
            elif title and trend.title == phase_id:
                trend.title = title
            trend.runs += 1
            over = active - planned
            if over >= OVER_SECONDS:
                trend.over += 1
                trend.over_seconds += over
    count = len(history.sessions)
    for name, start in first_seen.items():
        members[name].expected = count - start
    if expected is not None:
        days = [s.date for s in history.sessions]
        for name, record in members.items():
            known = [expected(record.name, day) for day in days]
            if any(k is not None for k in known):
                went = attended_at[name]
                record.expected = sum(1 for i, k in enumerate(known) if k or i in went)
    tallied = agreements if isinstance(agreements, dict) else counts(agreements)
    for name, row in tallied.items():
        if name in members:
            members[name].done, members[name].open = row["done"], row["open"]
    dimensions = sorted({d for means in per_session for d in means})
    trends = [
        DimensionTrend(
            d,
            titles.get(d, ""),
            [means[d][0] if d in means else None for means in per_session],
            [means[d][1] if d in means else 0 for means in per_session],
        )
        for d in dimensions
    ]
    often = [p for p in phases.values() if uses.get(p.protocol, 0) >= OFTEN]
    return Trends(count, list(members.values()), trends, often, speaking_total)


BARS = "▁▂▃▄▅▆▇█"


def sparkline(values: Sequence[float | None], low: float = 1.0, high: float = 10.0) -> str:
    """One character per session, a gap where there was no score; a fixed scale (1–10) keeps the
    lines of different dimensions and periods comparable."""
    out = []
    for value in values:
        if value is None:
            out.append(" ")
            continue
        part = (min(max(value, low), high) - low) / (high - low)
        out.append(BARS[min(int(part * len(BARS)), len(BARS) - 1)])
    return "".join(out)
