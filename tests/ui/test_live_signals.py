"""The bell and the user's command: once per crossing of zero, never blocking, never fatal."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import pytest

from intervision.ui.live_signals import (
    PHASE_END,
    TURN_END,
    TimeSignals,
    launch,
    seconds_to_next_change,
)
from tests.session.helpers import Rig
from tests.ui.helpers import at_gossip, live_rig


class Recorder:
    def __init__(self) -> None:
        self.rings = 0
        self.launched: list[tuple[list[str], dict[str, str]]] = []

    def ring(self) -> None:
        self.rings += 1

    def launch(self, argv: list[str], env: dict[str, str]) -> object:
        self.launched.append((argv, env))
        return None


def watch(r: Rig, signals: TimeSignals, recorder: Recorder, step: float, times: int) -> list[str]:
    ended: list[str] = []
    for _ in range(times):
        r.advance(step)
        ended += signals.check(r.engine.snapshot(), recorder.ring)
    return ended


def test_the_end_of_each_turn_rings_once() -> None:
    r = live_rig()  # check-in: four turns of one minute
    recorder = Recorder()
    signals = TimeSignals(bell=True, command="notify 'time is up'", launch=recorder.launch)
    assert watch(r, signals, recorder, 1.0, 75) == [TURN_END]
    assert recorder.rings == 1
    argv, env = recorder.launched[0]
    assert argv == ["notify", "time is up"]
    assert env == {
        "INTERVISION_EVENT": TURN_END,
        "INTERVISION_PHASE": "Check in",
        "INTERVISION_SPEAKER": "Anna",
    }


def test_a_new_speaker_is_not_a_crossing_and_extend_gives_a_new_one() -> None:
    r = live_rig()
    recorder = Recorder()
    signals = TimeSignals(bell=True, launch=recorder.launch)
    watch(r, signals, recorder, 1.0, 70)  # Anna over time
    r.engine.next()  # Bram: 60 s left
    r.engine.back()  # Anna again, still over time: no bell
    assert watch(r, signals, recorder, 1.0, 3) == []
    r.engine.extend(1)
    assert watch(r, signals, recorder, 1.0, 60) == [TURN_END]
    assert recorder.rings == 2
    assert recorder.launched == []  # no command given


def test_the_last_turn_and_the_phase_end_together_ring_once() -> None:
    r = live_rig()
    for _ in range(3):
        r.advance(60)
        r.engine.next()
    recorder = Recorder()
    signals = TimeSignals(bell=True, command="beep", launch=recorder.launch)
    assert watch(r, signals, recorder, 59.0, 1) == []  # Dirk, the last of the round
    assert watch(r, signals, recorder, 0.5, 4) == [TURN_END, PHASE_END]
    assert recorder.rings == 1
    assert recorder.launched[0][1]["INTERVISION_EVENT"] == PHASE_END


def test_a_phase_without_turns_rings_at_its_end() -> None:
    r = at_gossip(live_rig())
    recorder = Recorder()
    signals = TimeSignals(bell=False, command="beep", launch=recorder.launch)
    assert watch(r, signals, recorder, 10.0, 40) == [PHASE_END]
    assert recorder.rings == 0  # --no-bell
    assert len(recorder.launched) == 1


def test_no_bell_while_paused() -> None:
    r = live_rig()
    recorder = Recorder()
    signals = TimeSignals(bell=True)
    watch(r, signals, recorder, 1.0, 59)
    r.engine.pause()
    assert watch(r, signals, recorder, 1.0, 5) == []
    r.engine.resume_clock()
    assert watch(r, signals, recorder, 1.0, 2) == [TURN_END]


@pytest.mark.parametrize("command", ["no-such-program-xyz --flag", "unbalanced 'quote"])
def test_a_failing_command_is_reported_once_and_the_session_goes_on(command: str) -> None:
    r = live_rig()
    recorder = Recorder()
    signals = TimeSignals(bell=True, command=command)
    assert watch(r, signals, recorder, 1.0, 61) == [TURN_END]
    assert recorder.rings == 1
    failure = signals.take_failure()
    assert failure
    assert signals.take_failure() is None
    r.engine.next()
    assert watch(r, signals, recorder, 1.0, 61) == [TURN_END]
    assert signals.take_failure() is None  # not tried again


def test_the_command_runs_without_being_waited_for(tmp_path: Path) -> None:
    marker = tmp_path / "rang.txt"
    code = "import os, pathlib, time; time.sleep(0.3); pathlib.Path(os.environ['OUT']).write_text(os.environ['INTERVISION_EVENT'])"
    started = time.monotonic()
    process = launch(
        [sys.executable, "-c", code], {"OUT": str(marker), "INTERVISION_EVENT": PHASE_END}
    )
    assert time.monotonic() - started < 0.25
    assert hasattr(process, "wait")
    process.wait(timeout=10)
    assert marker.read_text() == PHASE_END


@pytest.mark.parametrize(("advance", "expected"), [(0.25, 0.75), (1.0, 1.0), (30.6, 0.4)])
def test_the_phase_clock_sets_the_beat(advance: float, expected: float) -> None:
    r = live_rig()  # a 4-minute check-in: the phase clock shows 4:00 until 3:59.0 is reached
    r.advance(advance)
    assert seconds_to_next_change(r.engine.snapshot()) == pytest.approx(expected)


def test_the_turn_reaching_zero_wakes_the_ticker_on_time() -> None:
    r = live_rig()
    r.advance(30.5)
    r.engine.next()  # Bram starts half-way through a second of the phase clock
    r.advance(59.8)  # Bram: 0.2 s to zero; the phase clock changes only in 0.7 s
    assert seconds_to_next_change(r.engine.snapshot()) == pytest.approx(0.2)


def test_paused_follows_the_session_clock() -> None:
    r = live_rig()
    r.advance(10.3)
    r.engine.pause()
    r.advance(0.5)
    snap = r.engine.snapshot()
    assert snap.paused
    # session_left = 35 min - 10.8 s = 2089.2: the session clock changes in 0.2 s
    assert seconds_to_next_change(snap) == pytest.approx(0.2)
