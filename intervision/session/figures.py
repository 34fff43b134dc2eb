"""One session's numbers, computed once from the folded state: what every renderer formats.

Time per phase and per speaker (the phase still running counted up to ``now``), overtime of phases
and of speakers against their own slices, speaking shares, score means, pauses and gaps, and the
session's status. A plain frozen dataclass tree of numbers, names and agenda keys: the Markdown
minutes format it today, the HTML, JSON and PDF exports and the series summaries read the same tree.
Seconds are floats as folded; rounding is the renderer's business.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TypeVar

from intervision.protocol.plan import PlannedPhase
from intervision.session.snapshot import running_seconds
from intervision.session.state import Score, SessionState
from intervision.session.values import EndReason, SessionStatus

T = TypeVar("T")


@dataclass(frozen=True)
class SpeakerOver:
    """A speaker who went over their own slice in a phase, and by how many seconds."""

    name: str
    seconds: float


@dataclass(frozen=True)
class PhaseFigures:
    key: str  # the agenda key: phase id, with '#case' for per-case phases
    planned: float  # seconds in the agenda
    extra: float  # seconds added (negative: taken off) with /extend
    active: float  # seconds it ran, pauses left out
    visits: int  # 0: never reached
    skipped: bool
    running: bool  # the phase the session is in now (not ended)
    overtime: float  # whole seconds over planned + extra; 0 when within
    speakers_over: tuple[SpeakerOver, ...]

    @property
    def reached(self) -> bool:
        return self.visits > 0

    @property
    def allowed(self) -> float:
        return self.planned + self.extra


@dataclass(frozen=True)
class SpeakerFigures:
    name: str
    seconds: float  # speaking time in the whole session
    share: float  # of all speaking time, 0..1
    over: float  # seconds over their own slices, summed over the phases


@dataclass(frozen=True)
class MemberScores:
    name: str
    values: tuple[float, ...]  # in the order given, half points allowed
    mean: float


@dataclass(frozen=True)
class DimensionScores:
    """The scores of one dimension (usefulness, safety); ``id`` None for scores given without one."""

    id: str | None
    title: str | None
    members: tuple[MemberScores, ...]
    count: int
    mean: float | None  # the mean of the members' means: one member, one voice


@dataclass(frozen=True)
class ScoreFigures:
    members: tuple[MemberScores, ...]  # members in session order, then anyone else by name
    count: int
    mean: float | None  # the mean of the members' means; None without scores
    dimensions: tuple[DimensionScores, ...] = ()  # per dimension, where the session has them


@dataclass(frozen=True)
class Gap:
    at: float  # session seconds where the session went on again
    seconds: float  # wall-clock seconds it stood still


@dataclass(frozen=True)
class Figures:
    status: SessionStatus
    end_reason: EndReason | None
    started: datetime | None  # wall-clock time with its offset, from the journal
    ended: datetime | None  # the moment of the end event; None while not ended
    planned: float  # seconds of the agenda
    actual: float  # seconds the phases ran
    paused: float
    elapsed: float  # session seconds up to the last event (or ``now``)
    phases: tuple[PhaseFigures, ...]  # in agenda order
    speakers: tuple[SpeakerFigures, ...]  # every member (also at 0), then others who spoke
    scores: ScoreFigures
    gaps: tuple[Gap, ...]
    interruptions: int
    at: float | None  # the ``now`` these figures were taken at; None: as journaled

    @property
    def ended_early(self) -> bool:
        return self.status is SessionStatus.ENDED_EARLY

    def phase(self, key: str) -> PhaseFigures | None:
        return next((p for p in self.phases if p.key == key), None)


def figures(state: SessionState, now: float | None = None) -> Figures:
    """The numbers of ``state``; with ``now`` (session seconds) a running phase counts up to then."""
    live = running_seconds(state, now) if now is not None else 0.0
    current = state.current.key
    speaking = dict(state.speaking)
    if live and state.speaker:
        speaking[state.speaker] = speaking.get(state.speaker, 0.0) + live
    paused = state.paused_total
    elapsed = state.last_t
    if now is not None and not state.ended:
        if state.begun and state.paused:
            paused += max(0.0, now - state.last_t)
        elapsed = max(elapsed, now)
    phases = tuple(
        _phase(state, row, live if row.key == current else 0.0, now) for row in state.agenda.phases
    )
    return Figures(
        status=state.status,
        end_reason=state.end_reason,
        started=_wall(state.started_wall),
        ended=_wall(state.ended_wall) if state.ended else None,
        planned=state.agenda.total * 60,
        actual=sum(r.active for r in state.phases.values()) + live,
        paused=paused,
        elapsed=elapsed,
        phases=phases,
        speakers=_speakers(state, speaking, phases),
        scores=_scores(state),
        gaps=tuple(Gap(at, seconds) for at, seconds in state.gaps),
        interruptions=state.interruptions,
        at=now,
    )


def _phase(state: SessionState, row: PlannedPhase, live: float, now: float | None) -> PhaseFigures:
    record = state.phases.get(row.key)
    active = (record.active if record else 0.0) + live
    extra = record.extra if record else 0.0
    planned = row.minutes * 60
    return PhaseFigures(
        key=row.key,
        planned=planned,
        extra=extra,
        active=active,
        visits=record.visits if record else 0,
        skipped=bool(record and record.skipped),
        running=state.begun and not state.ended and state.current.key == row.key,
        overtime=max(0, round(active) - round(planned + extra)),
        speakers_over=_turn_overtime(state, row, now),
    )


def _turn_overtime(
    state: SessionState, row: PlannedPhase, now: float | None
) -> tuple[SpeakerOver, ...]:
    """Seconds each speaker went over their own slice in this phase (only those who did)."""
    if row.slice_minutes is None:
        return ()
    over: dict[str, float] = {}
    for index, person in enumerate(state.turn_orders.get(row.key, [])):
        key = f"{row.key}/{index}"
        allowed = row.slice_minutes * 60 + state.turn_extra.get(key, 0.0)
        used = state.turn_time.get(key, 0.0)
        if now is not None and key == state.turn_key:
            used += running_seconds(state, now)  # the turn still going on
        extra = used - allowed
        if round(extra) > 0:
            over[person] = over.get(person, 0.0) + extra
    return tuple(SpeakerOver(name, seconds) for name, seconds in over.items())


def _speakers(
    state: SessionState, speaking: dict[str, float], phases: tuple[PhaseFigures, ...]
) -> tuple[SpeakerFigures, ...]:
    seconds = {member: 0.0 for member in state.members}
    for person, value in speaking.items():
        seconds[person] = seconds.get(person, 0.0) + value
    total = sum(seconds.values())
    late: dict[str, float] = {}
    for phase in phases:
        for item in phase.speakers_over:
            late[item.name] = late.get(item.name, 0.0) + item.seconds
    return tuple(
        SpeakerFigures(name, value, value / total if total else 0.0, late.get(name, 0.0))
        for name, value in _ordered(seconds, state.members)
    )


def _members(state: SessionState, scores: list[Score]) -> tuple[MemberScores, ...]:
    by_member: dict[str, list[float]] = {}
    for score in scores:
        by_member.setdefault(score.member, []).append(score.value)
    return tuple(
        MemberScores(name, tuple(given), sum(given) / len(given))
        for name, given in _ordered(by_member, state.members)
    )


def mean_of_means(members: tuple[MemberScores, ...]) -> float | None:
    """The group's mean: each member's own mean counts once, however many scores they gave."""
    return sum(m.mean for m in members) / len(members) if members else None


def _scores(state: SessionState) -> ScoreFigures:
    members = _members(state, state.scores)
    dimensions: list[DimensionScores] = []
    if state.dimensions:
        known = {d.id for d in state.dimensions}
        groups: list[tuple[str | None, str | None]] = [(d.id, d.title) for d in state.dimensions]
        if any(s.dimension not in known for s in state.scores):
            groups.append((None, None))
        for ident, title in groups:
            given = [
                s for s in state.scores if (s.dimension if s.dimension in known else None) == ident
            ]
            rows = _members(state, given)
            dimensions.append(DimensionScores(ident, title, rows, len(given), mean_of_means(rows)))
    return ScoreFigures(
        members=members,
        count=len(state.scores),
        mean=mean_of_means(members),
        dimensions=tuple(dimensions),
    )


def _ordered(values: dict[str, T], members: list[str]) -> list[tuple[str, T]]:
    """Members in their session order first, then anyone else (the facilitator) by name."""
    rank = {member: i for i, member in enumerate(members)}
    return sorted(values.items(), key=lambda item: (rank.get(item[0], len(rank)), item[0]))


def _wall(wall: str) -> datetime | None:
    try:
        return datetime.fromisoformat(wall.replace("Z", "+00:00"))
    except ValueError:
        return None
