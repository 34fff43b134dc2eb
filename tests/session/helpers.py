"""A small protocol and an engine on a fake clock, recording every event it emits."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from intervision.protocol.model import Protocol
from intervision.session.clock import FakeClock
from intervision.session.engine import SessionEngine
from intervision.session.events import Event
from intervision.session.state import SessionState, fold
from tests.builders import make_protocol, phase

MEMBERS = ["Anna", "Bram", "Cor", "Dirk"]
FACILITATOR = "Fenna"
WALL = "2024-03-05T14:00:00+01:00"


def demo_protocol(**fields: Any) -> Protocol:
    """Every speaking pattern the engine treats differently, with two cases.

    With four members the agenda is (minutes): check-in 4 (4 turns), case#1 5, questions#1 10,
    advice#1 6 (3 turns), case#2 5, questions#2 10, advice#2 6 (3 turns), learning 4 (4 turns),
    agreements 5, evaluation 4 (4 turns) — 59 minutes in all.
    """
    data: dict[str, Any] = {
        "cases": 2,
        "opening": [phase("check-in", "round-all", minutes_per_member=1, captures=[])],
        "per_case": [
            phase("case", "owner", minutes=5, captures=["notes"]),
            phase("questions", "q-and-a", minutes=10, captures=["questions"]),
            phase("advice", "round", minutes_per_member=2, captures=["advice"]),
        ],
        "closing": [
            phase("learning", "round-all", minutes_per_member=1, captures=["learning-points"]),
            phase("agreements", "plenary", minutes=5, captures=["agreements"]),
            phase("evaluation", "round-all", minutes_per_member=1, captures=["scores", "notes"]),
        ],
    }
    data.update(fields)
    return make_protocol(**data)


@dataclass
class Rig:
    """An engine, its fake clock and the events it handed to its sink."""

    engine: SessionEngine
    clock: FakeClock
    events: list[Event] = field(default_factory=list)

    @property
    def state(self) -> SessionState:
        return self.engine.state

    def advance(self, seconds: float) -> None:
        self.clock.advance(seconds)

    def go_to(self, key: str, owners: tuple[str, ...] = ("Bram", "Cor")) -> None:
        """Move on with ``next`` until the phase ``key`` starts, choosing owners as needed."""
        for _ in range(100):
            if self.state.current.key == key and self.state.turn_index == 0:
                return
            needed = self.state.owner_needed(self.state.phase_index + 1)
            if needed is not None and self.state.turn_index >= len(self.state.turn_order) - 1:
                self.engine.choose_owner(needed, owners[needed - 1])
            self.engine.next()
        raise AssertionError(f"never reached {key}")

    def kinds(self) -> list[str]:
        return [event.kind.value for event in self.events]


def rig(
    protocol: Protocol | None = None,
    *,
    members: list[str] | None = None,
    begin: bool = True,
    **options: Any,
) -> Rig:
    clock = FakeClock(
        1000.0
    )  # not zero: session time must not depend on where the base clock starts
    events: list[Event] = []
    engine = SessionEngine.start(
        protocol or demo_protocol(),
        members=MEMBERS if members is None else members,
        facilitator=FACILITATOR,
        clock=clock,
        sink=events.append,
        wall=lambda: WALL,
        **options,
    )
    if begin:
        engine.agree_rules()
    return Rig(engine, clock, events)


def through_json(event: Event) -> Event:
    """An event as the journal stores and reads it back."""
    return Event.from_dict(json.loads(json.dumps(event.to_dict(), ensure_ascii=False)))


def replayed(events: list[Event]) -> SessionState:
    return fold([through_json(event) for event in events])
