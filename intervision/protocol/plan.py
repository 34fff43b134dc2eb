"""The timed agenda for a group: minutes per phase, per-member slices, fitting into a time budget.

Decisions (documented in docs/protocols.md):
- ``members`` counts everyone present except the facilitator, the case owner included.
- In per-case phases whose pattern leaves the owner out (round, q-and-a, open, silent-owner) the people
  taking part are the members minus the owner; everywhere else they are all members.
- A phase may shrink to ``min_minutes`` (default half its planned time) and grow to ``max_minutes``
  (default double) when the session is fitted into ``--minutes``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import Enum

from intervision.errors import UsageError
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
        return max(members - 1, 1)
    return members


def plan(
    protocol: Protocol, members: int, *, cases: int | None = None, minutes: float | None = None
) -> Agenda:
    if members < 1:
        raise UsageError("plan.bad_members", n=members)
    n_cases = protocol.cases if cases is None else cases
    if n_cases < 0 or (n_cases == 0 and not (protocol.opening or protocol.closing)):
        raise UsageError("plan.bad_cases", n=n_cases)
    if minutes is not None and minutes <= 0:
        raise UsageError("plan.bad_minutes", n=minutes)
    rows: list[tuple[Phase, Section, int | None]] = [
        (p, Section.OPENING, None) for p in protocol.opening
    ]
    for number in range(1, n_cases + 1):
        rows += [(p, Section.PER_CASE, number) for p in protocol.per_case]
    rows += [(p, Section.CLOSING, None) for p in protocol.closing]

    base: list[float] = []
    bounds: list[tuple[float, float]] = []
    counts: list[int] = []
    for phase, section, _ in rows:
        count = participants(phase, section, members)
        if phase.minutes_per_member is not None:
            planned = phase.minutes_per_member * count
        else:
            planned = float(phase.minutes or 0)
        counts.append(count)
        base.append(planned)
        low = phase.min_minutes if phase.min_minutes is not None else planned / 2
        high = phase.max_minutes if phase.max_minutes is not None else planned * 2
        bounds.append((min(low, planned), max(high, planned)))

    scaled = base if minutes is None else _fit(base, bounds, minutes)
    out: list[PlannedPhase] = []
    start = 0.0
    for (phase, section, case), value, b, (low, high), count in zip(
        rows, scaled, base, bounds, counts, strict=True
    ):
        out.append(PlannedPhase(phase, section, case, value, b, low, high, count, start))
        start += value
    return Agenda(protocol, members, n_cases, tuple(out), minutes, sum(base))


def _fit(base: list[float], bounds: list[tuple[float, float]], target: float) -> list[float]:
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
    return _round_minutes(values, bounds, goal)


def _round_minutes(
    values: list[float], bounds: list[tuple[float, float]], goal: float
) -> list[float]:
    """Whole minutes where the bounds allow, adding up to ``goal`` (largest remainder first)."""
    # Rounding down never takes a phase below its minimum, which may itself be a fraction (7.5).
    result = [max(math.floor(v + 1e-9), lo) for v, (lo, _) in zip(values, bounds, strict=True)]
    missing = goal - sum(result)
    order = sorted(range(len(values)), key=lambda i: values[i] - result[i], reverse=True)
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
