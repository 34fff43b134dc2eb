"""Session state as a fold over events. Nothing here reads a clock: time comes from event stamps."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import cast

from intervision.errors import IntervisionError
from intervision.protocol.model import Pattern, Protocol
from intervision.protocol.plan import Agenda, PlannedPhase, Section, plan
from intervision.session.attendance import Attendance
from intervision.session.events import (
    AgreementData,
    ContinuedData,
    DraftData,
    EndedData,
    Event,
    ExtendedData,
    Kind,
    MovedData,
    NoteData,
    NoteRemovedData,
    OwnerChosenData,
    ReviewedData,
    ScoreData,
    StartedData,
)
from intervision.session.review import Reviewed
from intervision.session.values import NOTE_KIND, EndReason, NoteKind, SessionStatus


@dataclass
class Note:
    seq: int
    t: float
    phase: str  # agenda key: phase id, with '#case' for per-case phases
    kind: str  # a NoteKind value (compares equal to it), or an unknown kind kept from the journal
    speaker: str | None
    text: str
    removed: bool = False


@dataclass
class Agreement:
    seq: int
    phase: str
    who: str
    what: str
    by: str | None


@dataclass
class Score:
    seq: int
    phase: str
    member: str
    value: float  # 1 to 10 in half points
    dimension: str | None = None  # a Dimension id


@dataclass(frozen=True)
class Dimension:
    """One thing the evaluation scores (usefulness, safety), as the session was started with it."""

    id: str
    title: str
    question: str | None = None


@dataclass
class PhaseRecord:
    active: float = 0.0  # seconds the phase ran (pauses excluded)
    extra: float = 0.0  # seconds added with /extend
    visits: int = 0
    skipped: bool = False
    first_entered: float | None = None


@dataclass
class SessionState:
    protocol: Protocol
    agenda: Agenda
    members: list[str]
    facilitator: str
    rehearsal: float | None = None
    dimensions: list[Dimension] = field(default_factory=list)
    means_only: bool = False  # the minutes and copies show the score means, not each member's
    attendance: Attendance | None = None  # a group's session: present, absent, guests
    started_wall: str = ""
    seq: int = 0
    last_t: float = 0.0
    begun: bool = False  # ground rules agreed, the first phase's clock runs
    begun_at: float = 0.0  # session time when that happened: the plan counts from here
    ended: bool = False
    end_reason: EndReason | None = None
    ended_wall: str = ""  # the wall-clock time of the end event
    paused: bool = False
    paused_total: float = 0.0
    phase_index: int = 0
    turn_index: int = 0
    rounds_started: int = 0
    turn_orders: dict[str, list[str]] = field(default_factory=dict)
    owners: dict[int, str] = field(default_factory=dict)
    case_titles: dict[int, str] = field(default_factory=dict)
    # A case brought by someone else than proposed: case → (whom the rotation proposed, why).
    owner_swaps: dict[int, tuple[str, str | None]] = field(default_factory=dict)
    phases: dict[str, PhaseRecord] = field(default_factory=dict)
    turn_time: dict[str, float] = field(default_factory=dict)  # "key/index" → seconds
    turn_extra: dict[str, float] = field(default_factory=dict)
    speaking: dict[str, float] = field(default_factory=dict)
    notes: list[Note] = field(default_factory=list)
    agreements: list[Agreement] = field(default_factory=list)
    scores: list[Score] = field(default_factory=list)
    reviews: list[Reviewed] = field(default_factory=list)
    gaps: list[tuple[float, float]] = field(
        default_factory=list
    )  # (session t, wall seconds not running)
    interruptions: int = 0
    interrupted: bool = False  # the last stop was an interruption not yet continued
    draft: str = ""  # the line being typed when the journal last heard of it ("" none)
    draft_seq: int = 0  # the event that journaled it

    # --- where are we ---------------------------------------------------------------------------

    @property
    def current(self) -> PlannedPhase:
        return self.agenda.phases[self.phase_index]

    @property
    def case(self) -> int | None:
        return self.current.case

    @property
    def owner(self) -> str | None:
        case = self.case
        if case is None:
            return self.owners.get(max(self.owners)) if self.owners else None
        return self.owners.get(case)

    def participants(self, row: PlannedPhase) -> list[str]:
        owner = self.owners.get(row.case) if row.case is not None else None
        if row.section is Section.PER_CASE and row.phase.speakers.leaves_out_owner and owner:
            return [m for m in self.members if m != owner]
        return list(self.members)

    @property
    def turn_order(self) -> list[str]:
        return self.turn_orders.get(self.current.key, [])

    def speaker_of(self, row: PlannedPhase, turn: int) -> str | None:
        order = self.turn_orders.get(row.key, [])
        if row.phase.speakers.takes_turns and order:
            return order[min(turn, len(order) - 1)]
        if row.phase.speakers is Pattern.OWNER:
            return self.owners.get(row.case) if row.case is not None else None
        if row.phase.speakers is Pattern.FACILITATOR:
            return self.facilitator
        return None

    @property
    def speaker(self) -> str | None:
        return self.speaker_of(self.current, self.turn_index)

    @property
    def turn_key(self) -> str:
        return f"{self.current.key}/{self.turn_index}"

    def record(self, key: str) -> PhaseRecord:
        return self.phases.setdefault(key, PhaseRecord())

    @property
    def note_kind(self) -> NoteKind:
        return NOTE_KIND[self.current.phase.note_kind]

    @property
    def status(self) -> SessionStatus:
        early = self.end_reason is EndReason.ENDED_EARLY
        return SessionStatus.of(ended=self.ended, interrupted=self.interrupted, early=early)

    def is_last_step(self) -> bool:
        last_turn = max(len(self.turn_order), 1) - 1
        return self.phase_index == len(self.agenda.phases) - 1 and self.turn_index >= last_turn

    def owner_needed(self, phase_index: int) -> int | None:
        """The case whose owner must be chosen before ``phase_index`` can start, if any."""
        if phase_index >= len(self.agenda.phases):
            return None
        case = self.agenda.phases[phase_index].case
        return case if case is not None and case not in self.owners else None


# --- the fold ---------------------------------------------------------------------------------


def initial_state(started: Event) -> SessionState:
    data = cast(StartedData, started.data)
    protocol = Protocol.model_validate(data["protocol"])
    agenda = plan(
        protocol, len(data["members"]), cases=data["cases"], minutes=data.get("target_minutes")
    )
    return SessionState(
        protocol=protocol,
        agenda=agenda,
        members=list(data["members"]),
        facilitator=data["facilitator"],
        rehearsal=data.get("rehearsal"),
        dimensions=[
            Dimension(d["id"], d.get("title") or d["id"], d.get("question"))
            for d in data.get("dimensions", [])
        ],
        means_only=data.get("means_only", False),
        attendance=Attendance.from_started(data, list(data["members"])),
        started_wall=started.wall,
    )


class JournalDamaged(IntervisionError, ValueError):
    """The journal cannot be read back into a session (hand-edited or damaged beyond a torn line)."""

    def __init__(self) -> None:
        super().__init__("journal.damaged")


def fold(events: list[Event], *, skipped: list[int] | None = None) -> SessionState:
    """The state after ``events``. An event that cannot be applied (a damaged line) is left out and its
    number added to ``skipped``; without a readable start there is no session at all."""
    if not events or events[0].kind is not Kind.STARTED:
        raise JournalDamaged
    try:
        state = initial_state(events[0])
    except (
        KeyError,
        ValueError,
        TypeError,
        AttributeError,
    ):  # pydantic's ValidationError is a ValueError
        raise JournalDamaged from None
    for event in events:
        try:
            apply(state, event)
        except (KeyError, ValueError, TypeError, AttributeError, IndexError):
            if skipped is not None:
                skipped.append(event.seq)
    return state


def _accrue(state: SessionState, t: float) -> None:
    dt = t - state.last_t
    if dt > 0 and state.begun and not state.ended:
        if state.paused:
            state.paused_total += dt
        else:
            state.record(state.current.key).active += dt
            state.turn_time[state.turn_key] = state.turn_time.get(state.turn_key, 0.0) + dt
            speaker = state.speaker
            if speaker:
                state.speaking[speaker] = state.speaking.get(speaker, 0.0) + dt
    state.last_t = max(state.last_t, t)


def _enter(state: SessionState, index: int, turn: int, t: float) -> None:
    changed = index != state.phase_index
    state.phase_index, state.turn_index = index, turn
    row = state.current
    record = state.record(row.key)
    if changed or not record.visits:  # the next speaker in the same phase is no new visit
        record.visits += 1
    if record.first_entered is None:
        record.first_entered = t
    if row.phase.speakers.takes_turns and row.key not in state.turn_orders:
        people = state.participants(row)
        start = state.rounds_started % len(people) if people else 0
        state.turn_orders[row.key] = people[start:] + people[:start]
        state.rounds_started += 1
    order = state.turn_orders.get(row.key)
    if order:
        state.turn_index = min(turn if turn >= 0 else len(order) - 1, len(order) - 1)
    else:
        state.turn_index = 0


def _reorder_for_new_owner(state: SessionState, case: int, old: str | None, new: str) -> None:
    """A round of this case that already has its order: the new owner leaves it, the old one joins at
    the end; whoever is speaking keeps the turn."""
    for row in state.agenda.phases:
        order = state.turn_orders.get(row.key)
        if row.case != case or not order or not row.phase.speakers.leaves_out_owner:
            continue
        current = row.key == state.current.key
        speaking = order[state.turn_index] if current else None
        order = [m for m in order if m != new]
        if old and old != new and old not in order:
            order.append(old)
        state.turn_orders[row.key] = order
        if current:
            state.turn_index = (
                order.index(speaking)
                if speaking in order
                else min(state.turn_index, len(order) - 1)
            )


def valid_score(value: float) -> bool:
    """1 to 10, in half points: 7 and 7.5, not 7.3."""
    return 1 <= value <= 10 and float(value * 2).is_integer()


def _score(value: float) -> float:
    if not valid_score(value):
        raise ValueError("a score is from 1 to 10 in half points")
    return value


# Each handler reads the payload its kind names; ``Event.from_dict`` has checked its fields' types,
# what is left to refuse here is what only the state can tell (a phase the agenda does not have).


def _started(state: SessionState, event: Event) -> None:
    data = cast(StartedData, event.data)
    for case, owner in (data.get("owners") or {}).items():
        state.owners[int(case)] = owner


def _rules_agreed(state: SessionState, event: Event) -> None:
    if not state.begun:
        state.begun = True
        state.begun_at = event.t
        _enter(state, 0, 0, event.t)


def _owner_chosen(state: SessionState, event: Event) -> None:
    data = cast(OwnerChosenData, event.data)
    case, member = data["case"], data["member"]
    _reorder_for_new_owner(state, case, state.owners.get(case), member)
    state.owners[case] = member
    proposed = data.get("proposed")
    if proposed:
        state.owner_swaps[case] = (proposed, data.get("reason"))
    else:
        state.owner_swaps.pop(case, None)
    title = data.get("title")
    if title:
        state.case_titles[case] = title


def _note(state: SessionState, event: Event) -> None:
    data = cast(NoteData, event.data)
    state.notes.append(
        Note(
            event.seq,
            event.t,
            data["phase"],
            data["note_kind"],
            data.get("speaker"),
            data["text"],
        )
    )


def _note_removed(state: SessionState, event: Event) -> None:
    """Any record taken back: a note, an agreement or a score."""
    seq = cast(NoteRemovedData, event.data)["note"]
    for note in state.notes:
        if note.seq == seq:
            note.removed = True
    state.agreements = [a for a in state.agreements if a.seq != seq]
    state.scores = [c for c in state.scores if c.seq != seq]
    state.reviews = [r for r in state.reviews if r.seq != seq]


def _moved(state: SessionState, event: Event) -> None:
    data = cast(MovedData, event.data)
    if data.get("skipped"):
        state.record(state.current.key).skipped = True
    phase = data["phase"]
    if not 0 <= phase < len(state.agenda.phases):
        raise ValueError("no such phase")
    _enter(state, phase, data["turn"], event.t)


def _paused(state: SessionState, event: Event) -> None:
    state.paused = True


def _resumed(state: SessionState, event: Event) -> None:
    state.paused = False


def _extended(state: SessionState, event: Event) -> None:
    seconds = cast(ExtendedData, event.data)["minutes"] * 60
    state.record(state.current.key).extra += seconds
    state.turn_extra[state.turn_key] = state.turn_extra.get(state.turn_key, 0.0) + seconds


def _agreement(state: SessionState, event: Event) -> None:
    data = cast(AgreementData, event.data)
    state.agreements.append(
        Agreement(event.seq, data["phase"], data["who"], data["what"], data.get("by"))
    )


def _scored(state: SessionState, event: Event) -> None:
    data = cast(ScoreData, event.data)
    state.scores.append(
        Score(
            event.seq,
            data["phase"],
            data["member"],
            _score(data["value"]),
            data.get("dimension"),
        )
    )


def _reviewed(state: SessionState, event: Event) -> None:
    data = cast(ReviewedData, event.data)
    state.reviews = [r for r in state.reviews if r.ref != data["ref"]]  # the last word counts
    state.reviews.append(
        Reviewed(
            event.seq,
            data["ref"],
            data["who"],
            data["what"],
            data.get("by"),
            data.get("made", ""),
            data["outcome"],
            data.get("note"),
            data.get("new_by"),
        )
    )


def _interrupted(state: SessionState, event: Event) -> None:
    state.interruptions += 1
    state.interrupted = True
    state.draft = ""  # an orderly stop has dealt with the line being typed (kept as a note)


def _continued(state: SessionState, event: Event) -> None:
    state.interrupted = False
    state.gaps.append((event.t, cast(ContinuedData, event.data).get("gap_seconds", 0.0)))


def _ended(state: SessionState, event: Event) -> None:
    state.ended = True
    state.end_reason = cast(EndedData, event.data).get("reason", EndReason.FINISHED)
    state.ended_wall = event.wall


def _draft(state: SessionState, event: Event) -> None:
    state.draft, state.draft_seq = cast(DraftData, event.data)["text"], event.seq


def _nothing(state: SessionState, event: Event) -> None:
    """A heartbeat: its stamp alone moves the clocks on."""


_APPLY: dict[Kind, Callable[[SessionState, Event], None]] = {
    Kind.STARTED: _started,
    Kind.RULES_AGREED: _rules_agreed,
    Kind.OWNER_CHOSEN: _owner_chosen,
    Kind.NOTE: _note,
    Kind.NOTE_REMOVED: _note_removed,
    Kind.MOVED: _moved,
    Kind.PAUSED: _paused,
    Kind.RESUMED: _resumed,
    Kind.EXTENDED: _extended,
    Kind.AGREEMENT: _agreement,
    Kind.SCORE: _scored,
    Kind.REVIEWED: _reviewed,
    Kind.INTERRUPTED: _interrupted,
    Kind.CONTINUED: _continued,
    Kind.TICK: _nothing,
    Kind.DRAFT: _draft,
    Kind.ENDED: _ended,
}


def apply(state: SessionState, event: Event) -> None:
    _accrue(state, event.t)
    state.seq = max(state.seq, event.seq)  # new events follow the highest number, in any order
    _APPLY[event.kind](state, event)
