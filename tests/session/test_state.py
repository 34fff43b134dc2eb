"""The state is a fold over events: time comes from the stamps, and a replay gives the live state."""

from __future__ import annotations

import json

import pytest

from intervision.session.clock import FakeClock, ScaledClock, SessionClock
from intervision.session.events import Event, Kind
from intervision.session.state import fold
from tests.session.helpers import WALL, replayed, rig


def test_a_journal_starts_with_started() -> None:
    with pytest.raises(ValueError):
        fold([])
    with pytest.raises(ValueError):
        fold(rig().events[1:])


def test_replay_gives_the_live_state() -> None:
    r = rig()
    r.advance(10.0001)
    r.engine.note("a")
    r.advance(0.1)
    r.engine.pause()
    r.advance(0.2)
    r.engine.next()
    r.engine.extend(1.5)
    r.engine.choose_owner(1, "Bram", "Title")
    r.go_to("case#1")
    r.advance(1 / 3)
    r.engine.note("b", speaker="Cor")
    r.engine.undo()
    r.engine.score("Dirk", 9)
    r.engine.agree("Bram", "try it", "Monday")
    r.engine.interrupt()
    assert replayed(r.events) == r.state


def test_live_stamps_are_what_the_journal_keeps() -> None:
    r = rig()
    r.advance(0.1)
    r.advance(0.2)
    event = r.engine.note("x")
    assert event.t == 0.3
    assert json.loads(json.dumps(event.to_dict()))["t"] == event.t


def test_time_is_folded_per_phase_turn_and_speaker() -> None:
    r = rig()
    r.advance(30)
    r.engine.next()
    r.advance(45)
    r.engine.pause()
    r.advance(100)
    r.engine.resume_clock()
    r.advance(5)
    r.engine.next()
    state = r.state
    assert state.phases["check-in"].active == 80
    assert state.turn_time == {"check-in/0": 30, "check-in/1": 50}
    assert state.speaking == {"Anna": 30, "Bram": 50}
    assert state.paused_total == 100
    assert state.last_t == 180


def test_speaking_time_goes_to_the_owner_in_an_owner_phase_and_nobody_in_a_plenary() -> None:
    r = rig()
    r.go_to("case#1")
    r.advance(60)
    r.go_to("questions#1")
    r.advance(60)
    r.go_to("advice#1")
    assert r.state.speaking == {"Bram": 60}


def test_the_first_entry_into_a_phase_is_remembered() -> None:
    r = rig()
    r.advance(10)
    r.go_to("case#1")
    r.advance(10)
    r.engine.back()
    r.advance(10)
    r.engine.next()
    record = r.state.phases["case#1"]
    assert (record.first_entered, record.visits) == (10, 2)
    assert r.state.phases["check-in"].visits == 2
    assert r.state.phases["check-in"].active == 20


def test_owners_may_come_with_the_started_event() -> None:
    r = rig(begin=False)
    started = r.events[0]
    data = {**started.data, "owners": {"1": "Cor"}}
    state = fold([Event(1, 0.0, Kind.STARTED, data, WALL)])
    assert state.owners == {1: "Cor"}
    assert state.owner == "Cor"  # outside a case: the most recent case's owner


def test_participants_and_the_speaker_of_a_phase() -> None:
    r = rig()
    r.engine.choose_owner(1, "Bram")
    rows = {row.key: row for row in r.state.agenda.phases}
    assert r.state.participants(rows["advice#1"]) == ["Anna", "Cor", "Dirk"]
    assert r.state.participants(rows["advice#2"]) == ["Anna", "Bram", "Cor", "Dirk"]  # no owner yet
    assert r.state.speaker_of(rows["case#1"], 0) == "Bram"
    assert r.state.speaker_of(rows["agreements"], 0) is None


def test_owner_needed() -> None:
    r = rig()
    assert r.state.owner_needed(0) is None
    assert r.state.owner_needed(1) == 1
    assert r.state.owner_needed(99) is None
    r.engine.choose_owner(1, "Bram")
    assert r.state.owner_needed(1) is None
    assert r.state.owner_needed(4) == 2


def test_is_last_step() -> None:
    r = rig()
    r.go_to("evaluation")
    assert not r.state.is_last_step()
    for _ in range(3):
        r.engine.next()
    assert r.state.is_last_step()


# --- clocks ------------------------------------------------------------------------------------


def test_the_session_clock_goes_on_from_an_offset() -> None:
    base = FakeClock(500)
    clock = SessionClock(base, offset=42)
    assert clock.now() == 42
    base.advance(8)
    assert clock.now() == 50


def test_a_scaled_clock_runs_faster() -> None:
    base = FakeClock(100)
    clock = ScaledClock(base, 30)
    assert clock.now() == 100
    base.advance(2)
    assert clock.now() == 160
