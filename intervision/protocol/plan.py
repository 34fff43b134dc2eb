"""The timed agenda for a group: minutes per phase, per-member slices, fitting into a time budget.

Decisions (documented in docs/protocols.md):
- ``members`` counts everyone present except the facilitator, the case owner included.
- In per-case phases whose pattern leaves the owner out (round, q-and-a, open, silent-owner) the people
  taking part are the members minus the owner; everywhere else they are all members.
- A phase may shrink to ``min_minutes`` (default half its planned time) and grow to ``max_minutes``
  (default double) when the session is fitted into ``--minutes``; a per-member phase's time is held
  within its bounds from the start (1 minute each for 4 people with a minimum of 5 plans 5).
- A round with nobody in it (a round of members when only the owner is there) is not planned.
- Whole minutes left over after fitting go to identical phases of different cases in turn, so the
  cases differ by at most a minute.
- ``run`` and ``plan`` take the same numbers of members (``MIN_MEMBERS`` to ``MAX_MEMBERS``) and cases.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import Enum

from intervision.errors import UsageError
from intervision.protocol.limits import MAX_CASES, MAX_MEMBERS, MIN_MEMBERS
from intervision.protocol.model import Phase, Protocol

FIT_TOLERANCE = 0.01  # minutes


class Section(str, Enum):
    OPENING = "opening"
    PER_CASE = "per_case"
    CLOSING = "closing"


@dataclass(frozen=True)
class PlannedPhase:
    phase: Phase
    section: Section
    case: int | None  # 1-based case number for per-case phases
    minutes: float
    base_minutes: float
    min_minutes: float
    max_minutes: float
    participants: int
    start: float  # minutes after the session start

    @property
    def key(self) -> str:
        """Unique within an agenda: the phase id, with the case number for per-case phases."""
        return self.phase.id if self.case is None else f"{self.phase.id}#{self.case}"

    @property
    def turns(self) -> int:
        """How many speaking turns the phase is divided into (0: no turns)."""
        return self.participants if self.phase.speakers.takes_turns else 0

    @property
    def slice_minutes(self) -> float | None:
        return self.minutes / self.turns if self.turns else None

    @property
    def at_minimum(self) -> bool:
        return self.minutes <= self.min_minutes + 1e-9


@dataclass(frozen=True)
class Agenda:
    protocol: Protocol
    members: int
    cases: int
    phases: tuple[PlannedPhase, ...]
    target: float | None
    base_total: float

    @property
    def total(self) -> float:
        return sum(p.minutes for p in self.phases)

    @property
    def shortfall(self) -> float:
        """Minutes the session runs over ``target`` even with every phase at its minimum (0 if it fits)."""
        return max(0.0, self.total - self.target) if self.target is not None else 0.0

    @property
    def surplus(self) -> float:
        """Minutes left unused with every phase at its maximum (0 if it fits)."""
        return max(0.0, self.target - self.total) if self.target is not None else 0.0

    @property
    def fits(self) -> bool:
        """True without a target, or when the phases add up to it."""
        return self.shortfall < FIT_TOLERANCE and self.surplus < FIT_TOLERANCE


def participants(protocol_phase: Phase, section: Section, members: int) -> int:
    if section is Section.PER_CASE and protocol_phase.speakers.leaves_out_owner:
        return members - 1
    return members


def plan(
    protocol: Protocol, members: int, *, cases: int | None = None, minutes: float | None = None
) -> Agenda:
    if not MIN_MEMBERS <= members <= MAX_MEMBERS:
        raise UsageError("plan.bad_members", n=members, min=MIN_MEMBERS, max=MAX_MEMBERS)
    n_cases = protocol.cases if cases is None else cases
    if not 1 <= n_cases <= MAX_CASES:
        raise UsageError("plan.bad_cases", n=n_cases, max=MAX_CASES)
    if minutes is not None and minutes <= 0:
        raise UsageError("plan.bad_minutes", n=minutes)
    rows = _planned_rows(protocol, members, n_cases)

    base: list[float] = []
    bounds: list[tuple[float, float]] = []
    counts: list[int] = []
    for phase, section, _ in rows:
        count = participants(phase, section, members)
        if phase.minutes_per_member is not None:
            planned = phase.minutes_per_member * count
            # The protocol's bounds hold for the phase, however many people there are.
            if phase.min_minutes is not None:
                planned = max(planned, float(phase.min_minutes))
            if phase.max_minutes is not None:
                planned = min(planned, float(phase.max_minutes))
        else:
            planned = float(phase.minutes or 0)
        counts.append(count)
        base.append(planned)
        low = phase.min_minutes if phase.min_minutes is not None else planned / 2
        high = phase.max_minutes if phase.max_minutes is not None else planned * 2
        bounds.append((min(low, planned), max(high, planned)))

    # Identical phases of different cases share a rank, so that left-over minutes alternate between them.
    ranks = [
        (list(Section).index(section), _position(protocol, phase, section), case or 0)
        for phase, section, case in rows
    ]
    scaled = base if minutes is None else _fit(base, bounds, minutes, ranks)
    out: list[PlannedPhase] = []
    start = 0.0
    for (phase, section, case), value, b, (low, high), count in zip(
        rows, scaled, base, bounds, counts, strict=True
    ):
        out.append(PlannedPhase(phase, section, case, value, b, low, high, count, start))
        start += value
    return Agenda(protocol, members, n_cases, tuple(out), minutes, sum(base))


def _planned_rows(
    protocol: Protocol, members: int, n_cases: int
) -> list[tuple[Phase, Section, int | None]]:
    """Every phase in session order, without rounds that nobody would speak in."""
    rows: list[tuple[Phase, Section, int | None]] = [
        (p, Section.OPENING, None) for p in protocol.opening
    ]
    for number in range(1, n_cases + 1):
        rows += [(p, Section.PER_CASE, number) for p in protocol.per_case]
    rows += [(p, Section.CLOSING, None) for p in protocol.closing]
    return [
        r for r in rows if not (r[0].speakers.takes_turns and participants(r[0], r[1], members) < 1)
    ]


def _position(protocol: Protocol, phase: Phase, section: Section) -> int:
    phases = {
        Section.OPENING: protocol.opening,
        Section.PER_CASE: protocol.per_case,
        Section.CLOSING: protocol.closing,
    }[section]
    return next(i for i, p in enumerate(phases) if p is phase)


Rank = tuple[int, int, int]  # section, place in the section, case


def _fit(
    base: list[float], bounds: list[tuple[float, float]], target: float, ranks: list[Rank]
) -> list[float]:
    """Scale every phase by one factor, clamped to its bounds, so the total meets ``target``."""

    def total(factor: float) -> float:
        return sum(_clamp(b * factor, lo, hi) for b, (lo, hi) in zip(base, bounds, strict=True))

    low, high = 0.0, 1.0
    while total(high) < target and high < 1e6:
        high *= 2
    for _ in range(200):
        mid = (low + high) / 2
        if total(mid) < target:
            low = mid
        else:
            high = mid
    values = [_clamp(b * high, lo, hi) for b, (lo, hi) in zip(base, bounds, strict=True)]
    goal = _clamp(target, sum(lo for lo, _ in bounds), sum(hi for _, hi in bounds))
    return _round_minutes(values, bounds, goal, ranks)


def _round_minutes(
    values: list[float], bounds: list[tuple[float, float]], goal: float, ranks: list[Rank]
) -> list[float]:
    """Whole minutes where the bounds allow, adding up to ``goal`` (largest remainder first)."""
    # Rounding down never takes a phase below its minimum, which may itself be a fraction (7.5).
    result = [max(math.floor(v + 1e-9), lo) for v, (lo, _) in zip(values, bounds, strict=True)]
    missing = goal - sum(result)
    # Largest remainder first; equal remainders by phase, then case: 'diagnose' of case 1, of case 2, …
    order = sorted(
        range(len(values)),
        key=lambda i: (-round(values[i] - result[i], 6), ranks[i][0], ranks[i][1], ranks[i][2]),
    )
    for i in order:
        if missing < 1 - 1e-9:
            break
        if result[i] + 1 <= bounds[i][1] + 1e-9:
            result[i] += 1
            missing -= 1
    # A fraction that whole minutes cannot make up (a fixed 7.5, a target of 37.5) goes where it fits,
    # first to a phase held at a fractional minimum, which it may make whole again.
    for i in sorted(order, key=lambda i: result[i] == math.floor(result[i])):
        if missing <= 1e-9:
            break
        step = min(missing, bounds[i][1] - result[i])
        if step > 0:
            result[i] += step
            missing -= step
    return [float(r) for r in result]


def _clamp(value: float, low: float, high: float) -> float:
    return max(low, min(high, value))
