"""What a screen needs at a given moment, computed from state and the session clock."""

from __future__ import annotations

from dataclasses import dataclass

from intervision.protocol.model import Capture, OwnerPosition, Pattern
from intervision.protocol.plan import Section
from intervision.session.state import SessionState
from intervision.session.values import NoteKind


@dataclass(frozen=True)
class Snapshot:
    now: float
    phase_number: int  # 1-based
    phase_count: int
    section: Section
    case: int | None
    case_count: int
    case_title: str | None
    owner: str | None
    title: str
    goal: str
    tip: str | None
    pattern: Pattern
    owner_position: OwnerPosition
    not_allowed: tuple[str, ...]
    note_kind: NoteKind
    captures: tuple[Capture, ...]  # what a plain line is in this phase (the footer says it)
    questions_per_member: int | None
    speaker: str | None
    next_speaker: str | None
    next_title: str | None  # the next phase, when this is its last turn
    turn_number: int  # 1-based; 0 when the phase has no turns
    turn_count: int
    turn_left: float | None  # seconds; negative = overtime
    phase_left: float
    phase_allowed: float
    session_left: float
    behind: float  # seconds behind the plan; negative = ahead
    paused: bool
    begun: bool
    ended: bool

    @property
    def phase_overtime(self) -> bool:
        return self.phase_left < 0

    @property
    def turn_overtime(self) -> bool:
        return self.turn_left is not None and self.turn_left < 0


def running_seconds(state: SessionState, now: float) -> float:
    """Seconds since the last event that count as running time of the current phase."""
    if not state.begun or state.ended or state.paused:
        return 0.0
    return max(0.0, now - state.last_t)


def take(state: SessionState, now: float) -> Snapshot:
    row = state.current
    phase = row.phase
    record = state.record(row.key) if row.key in state.phases else None
    live = running_seconds(state, now)
    active = (record.active if record else 0.0) + live
    allowed = row.minutes * 60 + (record.extra if record else 0.0)
    order = state.turn_order
    turn_left: float | None = None
    if order and row.slice_minutes is not None:
        key = state.turn_key
        turn_allowed = row.slice_minutes * 60 + state.turn_extra.get(key, 0.0)
        turn_left = turn_allowed - (state.turn_time.get(key, 0.0) + live)
    last_turn = state.turn_index >= len(order) - 1
    next_speaker = order[state.turn_index + 1] if order and not last_turn else None
    phases = state.agenda.phases
    following = phases[state.phase_index + 1] if state.phase_index + 1 < len(phases) else None
    if next_speaker is None and following is not None:
        next_speaker = _first_speaker(state, state.phase_index + 1)
    elapsed = now - state.begun_at if state.begun else 0.0
    planned_here = row.start * 60 + min(active, row.minutes * 60)
    case = row.case
    return Snapshot(
        now=now,
        phase_number=state.phase_index + 1,
        phase_count=len(state.agenda.phases),
        section=row.section,
        case=case,
        case_count=state.agenda.cases,
        case_title=state.case_titles.get(case) if case is not None else None,
        owner=state.owners.get(case) if case is not None else None,
        title=phase.title,
        goal=phase.goal,
        tip=phase.tip,
        pattern=phase.speakers,
        owner_position=phase.owner_position,
        not_allowed=tuple(phase.not_allowed),
        note_kind=state.note_kind,
        captures=tuple(phase.captures),
        questions_per_member=phase.questions_per_member,
        speaker=state.speaker,
        next_speaker=next_speaker,
        next_title=following.phase.title
        if following is not None and (last_turn or not order)
        else None,
        turn_number=state.turn_index + 1 if order else 0,
        turn_count=len(order),
        turn_left=turn_left,
        phase_left=allowed - active,
        phase_allowed=allowed,
        session_left=state.agenda.total * 60 - elapsed,
        behind=elapsed - planned_here,
        paused=state.paused,
        begun=state.begun,
        ended=state.ended,
    )


def _first_speaker(state: SessionState, index: int) -> str | None:
    row = state.agenda.phases[index]
    if row.phase.speakers.takes_turns:
        order = state.turn_orders.get(row.key)
        if order:
            return order[0]
        people = state.participants(row)
        return people[state.rounds_started % len(people)] if people else None
    return state.speaker_of(row, 0)
