"""Sessions recorded through the real engine into a workspace's journals, for series tests."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from intervision.protocol.model import Protocol
from intervision.session.clock import FakeClock
from intervision.session.engine import OwnerRequired, SessionEngine
from intervision.session.events import Event, Kind
from intervision.session.review import Outcome
from intervision.store.journal import JOURNAL, Journal
from intervision.store.sessions import create_folder
from tests.builders import make_protocol, phase


def series_protocol() -> Protocol:
    return make_protocol(
        id="reeks",
        opening=[
            phase("review", "plenary", minutes=10, captures=["notes"]),
            phase("pitches", "round-all", minutes_per_member=1, captures=["pitches"]),
        ],
        per_case=[phase("case", "owner", minutes=10, captures=["notes"])],
        closing=[
            phase("agreements", "plenary", minutes=5, captures=["agreements"]),
            phase("evaluation", "round-all", minutes_per_member=1, captures=["scores"]),
        ],
    )


@dataclass
class Plan:
    day: str
    members: list[str]
    owner: str
    facilitator: str = "Fenna"
    proposed: str | None = None
    reason: str | None = None
    absent: list[str] = field(default_factory=list)
    guests: list[str] = field(default_factory=list)
    pitches: dict[str, str] = field(default_factory=dict)
    agreements: list[tuple[str, str, str | None]] = field(default_factory=list)
    # (ref, outcome, new date)
    reviews: list[tuple[str, Outcome, str | None]] = field(default_factory=list)
    scores: dict[str, int] = field(default_factory=dict)
    case_minutes: float = 10
    learning: list[tuple[str, str]] = field(default_factory=list)  # (speaker, learning point)


def record(sessions: Path, plan: Plan, protocol: Protocol | None = None) -> Path:
    from datetime import date

    folder = create_folder(
        sessions, (protocol or series_protocol()).id, date.fromisoformat(plan.day)
    )
    journal = Journal(folder / JOURNAL)

    def sink(event: Event) -> None:
        if event.kind is Kind.STARTED:  # who was away and who came as a guest, as run records them
            event.data["absent"] = list(plan.absent)  # type: ignore[typeddict-unknown-key]
            event.data["guests"] = list(plan.guests)  # type: ignore[typeddict-unknown-key]
        journal.append(event)

    clock = FakeClock()
    engine = SessionEngine.start(
        protocol or series_protocol(),
        members=plan.members,
        facilitator=plan.facilitator,
        clock=clock,
        sink=sink,
        wall=lambda: f"{plan.day}T19:{min(int(clock.now() // 60), 59):02d}:00+01:00",
    )
    engine.agree_rules()
    for ref, outcome, new_by in plan.reviews:
        engine.review(ref, outcome, who="?", what="?", new_by=new_by)
    state = engine.state
    while not state.ended:
        row = state.current
        if row.phase.id == "pitches" and state.speaker in plan.pitches:
            engine.note(plan.pitches[state.speaker])
        if row.phase.id == "agreements":
            for who, what, by in plan.agreements:
                engine.agree(who, what, by)
            for who, point in plan.learning:
                engine.note(point, speaker=who, kind="learning-point")
        if row.phase.id == "evaluation" and state.speaker in plan.scores:
            engine.score(state.speaker, plan.scores[state.speaker])
        clock.advance(plan.case_minutes * 60 if row.phase.id == "case" else 60)
        try:
            engine.next()
        except OwnerRequired as needed:
            engine.choose_owner(needed.case, plan.owner, proposed=plan.proposed, reason=plan.reason)
            engine.next()
    journal.close()
    return folder
