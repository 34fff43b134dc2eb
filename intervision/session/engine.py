"""The session engine: commands in, events out. Pure apart from the injected clock, wall time and sink.

Every command is checked first, then its event is handed to the sink (the journal: written and fsynced)
and only then applied to the state, so what the screen shows has always been saved.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from intervision.errors import IntervisionError, UsageError
from intervision.protocol.limits import MAX_MEMBERS, MIN_MEMBERS
from intervision.protocol.model import Protocol, ScoreDimension
from intervision.session.attendance import Attendance
from intervision.session.clock import Clock, SessionClock
from intervision.session.events import (
    AgreementData,
    ContinuedData,
    DraftData,
    EndedData,
    Event,
    ExtendedData,
    Kind,
    MovedData,
    NoData,
    NoteData,
    NoteRemovedData,
    OwnerChosenData,
    Payload,
    ReviewedData,
    ScoreData,
    StartedData,
)
from intervision.session.review import Outcome
from intervision.session.snapshot import Snapshot, take
from intervision.session.state import SessionState, apply, fold, initial_state, valid_score
from intervision.session.values import EndReason, NoteKind

Sink = Callable[[Event], None]
WallClock = Callable[[], str]

MAX_NOTE_CHARS = 200_000
MAX_EXTEND_MINUTES = 120
HEARTBEAT_SECONDS = 30.0


def wall_now() -> str:
    return datetime.now().astimezone().isoformat(timespec="seconds")


class OwnerRequired(IntervisionError):
    """The next phase belongs to a case whose owner has not been chosen yet."""

    def __init__(self, case: int) -> None:
        super().__init__("session.owner_required", case=case)
        self.case = case


class SessionEngine:
    def __init__(
        self, state: SessionState, clock: SessionClock, sink: Sink, wall: WallClock = wall_now
    ) -> None:
        self.state, self.clock, self.sink, self.wall = state, clock, sink, wall

    # --- creating and resuming ---------------------------------------------------------------

    @classmethod
    def start(
        cls,
        protocol: Protocol,
        *,
        members: list[str],
        facilitator: str,
        clock: Clock,
        sink: Sink,
        cases: int | None = None,
        minutes: float | None = None,
        rehearsal: float | None = None,
        wall: WallClock = wall_now,
        attendance: Attendance | None = None,
        dimensions: Sequence[ScoreDimension] | None = None,
        means_only: bool = False,
    ) -> SessionEngine:
        """``attendance``: for a group's session, who was expected but absent and who is a guest
        (the guests are among ``members``: they take part). ``dimensions``: what the evaluation
        scores one by one; the protocol's own when not given (a group file may give its own)."""
        names = [m.strip() for m in members if m.strip()]
        if len(names) < MIN_MEMBERS:
            raise UsageError("session.too_few_members")
        if len(names) > MAX_MEMBERS:
            raise UsageError("session.too_many_members", n=len(names), max=MAX_MEMBERS)
        if len({n.casefold() for n in names}) != len(names):
            raise UsageError("session.duplicate_member")
        if not facilitator.strip():
            raise UsageError("session.no_facilitator")
        data = StartedData(
            protocol=protocol.model_dump(mode="json", exclude_none=True),
            members=names,
            facilitator=facilitator.strip(),
            cases=protocol.cases if cases is None else cases,
            target_minutes=minutes,
            rehearsal=rehearsal,
        )
        chosen = protocol.score_dimensions if dimensions is None else dimensions
        if chosen:
            data["dimensions"] = [
                {"id": d.id, "title": d.title, **({"question": d.question} if d.question else {})}
                for d in chosen
            ]
        if means_only:
            data["means_only"] = True
        if attendance is not None:
            data["absent"] = [a.name for a in attendance.absent]
            data["absent_reasons"] = {a.name: a.reason for a in attendance.absent if a.reason}
            data["guests"] = list(attendance.guests)
            if attendance.group:
                data["group"] = attendance.group
        event = Event(1, 0.0, Kind.STARTED, data, wall())
        state = initial_state(event)  # validates the agenda before anything is written
        sink(event)
        apply(state, event)
        return cls(state, SessionClock(clock), sink, wall)

    @classmethod
    def resume(
        cls,
        events: list[Event],
        *,
        clock: Clock,
        sink: Sink,
        wall: WallClock = wall_now,
        gap_seconds: float = 0.0,
    ) -> SessionEngine:
        return cls.continue_from(
            fold(events), clock=clock, sink=sink, wall=wall, gap_seconds=gap_seconds
        )

    @classmethod
    def continue_from(
        cls,
        state: SessionState,
        *,
        clock: Clock,
        sink: Sink,
        wall: WallClock = wall_now,
        gap_seconds: float = 0.0,
    ) -> SessionEngine:
        """Go on with a session whose journal was folded into ``state``; the downtime is journaled."""
        if state.ended:
            raise IntervisionError("session.already_ended")
        engine = cls(state, SessionClock(clock, offset=state.last_t), sink, wall)
        engine._emit(Kind.CONTINUED, ContinuedData(gap_seconds=round(max(gap_seconds, 0.0), 1)))
        return engine

    # --- reading ---------------------------------------------------------------------------------

    def snapshot(self) -> Snapshot:
        return take(self.state, self.clock.now())

    # --- commands --------------------------------------------------------------------------------

    def agree_rules(self) -> None:
        """The group agreed the ground rules: the first phase begins (its owner chosen first, if it has one)."""
        if not self.state.begun:
            case = self.state.owner_needed(0)
            if case is not None:
                raise OwnerRequired(case)
            self._emit(Kind.RULES_AGREED, NoData())

    def choose_owner(
        self,
        case: int,
        member: str,
        title: str | None = None,
        *,
        proposed: str | None = None,
        reason: str | None = None,
    ) -> None:
        """``proposed``: whom the rotation proposed; when that was someone else, it is recorded with
        the optional ``reason`` (a swap), and the turn counts as ``member``'s."""
        name = self._member(member)
        if not 1 <= case <= max(self.state.agenda.cases, 1):
            raise UsageError("session.bad_case", case=case)
        others = {c: m for c, m in self.state.owners.items() if c != case}
        if name in others.values() and len(self.state.members) > self.state.agenda.cases:
            raise UsageError("session.owner_twice", member=name)
        data = OwnerChosenData(case=case, member=name, title=(title or "").strip() or None)
        if proposed and proposed.casefold() != name.casefold():
            data["proposed"] = proposed
            data["reason"] = (reason or "").strip() or None
        self._emit(Kind.OWNER_CHOSEN, data)

    def note(
        self, text: str, *, speaker: str | None = None, kind: NoteKind | str | None = None
    ) -> Event:
        self._running()
        body = text.strip()
        if not body:
            raise UsageError("session.empty_note")
        if len(body) > MAX_NOTE_CHARS:
            raise UsageError("session.note_too_long", limit=MAX_NOTE_CHARS)
        who = self._member(speaker) if speaker else self.state.speaker
        try:
            note_kind = NoteKind(kind) if kind else self.state.note_kind
        except ValueError:
            raise UsageError("session.bad_note_kind", kind=kind) from None
        return self._emit(
            Kind.NOTE,
            NoteData(phase=self.state.current.key, note_kind=note_kind, speaker=who, text=body),
        )

    def undo(self) -> str:
        """Take back the last thing written down (a note, an agreement or a score); its words come back."""
        self._running()
        state = self.state
        items: list[tuple[int, str]] = [(n.seq, n.text) for n in state.notes if not n.removed]
        items += [(a.seq, f"{a.who}: {a.what}") for a in state.agreements]
        items += [(c.seq, f"{c.member}: {c.value}") for c in state.scores]
        items += [(r.seq, f"{r.who}: {r.what}") for r in state.reviews]
        if not items:
            raise UsageError("session.nothing_to_undo")
        seq, text = max(items)
        self._emit(Kind.NOTE_REMOVED, NoteRemovedData(note=seq))
        return text

    def next(self) -> None:
        """Next speaker, or the next phase after the last turn, or the end after the last phase."""
        self._running()
        state = self.state
        if state.turn_index < len(state.turn_order) - 1:
            self._move(state.phase_index, state.turn_index + 1)
        elif state.phase_index + 1 >= len(state.agenda.phases):
            self.end(EndReason.FINISHED)
        else:
            self._move(state.phase_index + 1, 0)

    def back(self) -> None:
        self._running()
        state = self.state
        if state.turn_index > 0:
            self._move(state.phase_index, state.turn_index - 1)
        elif state.phase_index > 0:
            self._move(state.phase_index - 1, -1)
        else:
            raise UsageError("session.at_start")

    def skip(self) -> None:
        self._running()
        state = self.state
        if state.phase_index + 1 >= len(state.agenda.phases):
            self.end(EndReason.FINISHED)
        else:
            self._move(state.phase_index + 1, 0, skipped=True)

    def pause(self) -> None:
        self._running()
        if self.state.paused:
            raise UsageError("session.already_paused")
        self._emit(Kind.PAUSED, NoData())

    def resume_clock(self) -> None:
        self._running()
        if not self.state.paused:
            raise UsageError("session.not_paused")
        self._emit(Kind.RESUMED, NoData())

    def toggle_pause(self) -> bool:
        """Pause or resume; True when the session is now paused."""
        if self.state.paused:
            self.resume_clock()
        else:
            self.pause()
        return self.state.paused

    def extend(self, minutes: float) -> None:
        self._running()
        if not 0 < abs(minutes) <= MAX_EXTEND_MINUTES:  # also refuses NaN
            raise UsageError("session.bad_extend", limit=MAX_EXTEND_MINUTES)
        self._emit(Kind.EXTENDED, ExtendedData(minutes=minutes))

    def agree(self, who: str, what: str, by: str | None = None) -> None:
        self._running()
        if not who.strip() or not what.strip():
            raise UsageError("session.bad_agreement")
        self._emit(
            Kind.AGREEMENT,
            AgreementData(
                phase=self.state.current.key,
                who=who.strip(),
                what=what.strip(),
                by=(by or "").strip() or None,
            ),
        )

    def score(self, member: str, value: float, dimension: str | None = None) -> None:
        self._running()
        name = self._member(member)
        if not valid_score(value):
            shown = int(value) if value == int(value) else value
            raise UsageError("session.bad_score", value=shown)
        data = ScoreData(
            phase=self.state.current.key,
            member=name,
            value=int(value) if value == int(value) else value,
        )
        if dimension is not None:
            known = {d.id for d in self.state.dimensions}
            if dimension not in known:
                raise UsageError(
                    "session.bad_dimension",
                    dimension=dimension,
                    known=", ".join(sorted(known)) or "–",
                )
            data["dimension"] = dimension
        self._emit(Kind.SCORE, data)

    def review(
        self,
        ref: str,
        outcome: Outcome,
        *,
        who: str,
        what: str,
        by: str | None = None,
        made: str = "",
        note: str | None = None,
        new_by: str | None = None,
    ) -> Event:
        """Record how an agreement of an earlier session went; a renewal needs its new date."""
        self._running()
        new_by = (new_by or "").strip() or None
        if outcome is Outcome.RENEWED and not new_by:
            raise UsageError("session.renew_needs_date")
        return self._emit(
            Kind.REVIEWED,
            ReviewedData(
                phase=self.state.current.key,
                ref=ref,
                who=who,
                what=what,
                outcome=outcome,
                by=by,
                made=made,
                note=(note or "").strip() or None,
                new_by=new_by if outcome is Outcome.RENEWED else None,
            ),
        )

    def end(self, reason: EndReason = EndReason.ENDED_EARLY) -> None:
        """End the session. ``/end`` on the very last step ends nothing early: it is finished."""
        if self.state.ended:
            return
        if reason is EndReason.ENDED_EARLY and self.state.begun and self.state.is_last_step():
            reason = EndReason.FINISHED
        self._emit(Kind.ENDED, EndedData(reason=EndReason(reason)))

    def heartbeat(self, every: float = HEARTBEAT_SECONDS) -> None:
        """While the clock runs, journal the time now and then, so that after a crash or a power cut
        the session resumes with at most ``every`` seconds lost instead of all time since the last note."""
        state = self.state
        if (
            state.begun
            and not state.ended
            and not state.paused
            and self.clock.now() - state.last_t >= every
        ):
            self._emit(Kind.TICK, NoData())

    def draft(self, text: str) -> None:
        """Journal the line being typed (the live screen does, on a pause in typing), so that a crash
        or a power cut keeps it; "" once it was sent or erased. Nothing is written when nothing changed."""
        text = text[:MAX_NOTE_CHARS]
        state = self.state
        if state.begun and not state.ended and text != state.draft:
            self._emit(Kind.DRAFT, DraftData(text=text))

    def interrupt(self) -> None:
        if not self.state.ended:
            self._emit(Kind.INTERRUPTED, NoData())

    # --- helpers ---------------------------------------------------------------------------------

    def member_named(self, name: str) -> str | None:
        wanted = name.strip().casefold()
        for person in [*self.state.members, self.state.facilitator]:
            if person.casefold() == wanted:
                return person
        return None

    def _member(self, name: str) -> str:
        found = self.member_named(name)
        if found is None:
            raise UsageError(
                "session.unknown_member", name=name, members=", ".join(self.state.members)
            )
        return found

    def _running(self) -> None:
        if self.state.ended:
            raise UsageError("session.already_ended")
        if not self.state.begun:
            self.agree_rules()

    def _move(self, phase: int, turn: int, *, skipped: bool = False) -> None:
        case = self.state.owner_needed(phase) if phase != self.state.phase_index else None
        if case is not None:
            raise OwnerRequired(case)
        if self.state.paused:
            self._emit(Kind.RESUMED, NoData())
        data = MovedData(phase=phase, turn=turn)
        if skipped:
            data["skipped"] = True
        self._emit(Kind.MOVED, data)

    def _emit(self, kind: Kind, data: Payload) -> Event:
        # Stamped as the journal stores it (to the millisecond), so a replay folds to the same state.
        event = Event(self.state.seq + 1, round(self.clock.now(), 3), kind, data, self.wall())
        self.sink(event)
        apply(self.state, event)
        return event
