"""Signals at the end of a time box: a bell and the user's own command, once per crossing of zero."""

from __future__ import annotations

import math
import os
import shlex
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass, field

from intervision.session.snapshot import Snapshot

TURN_END, PHASE_END = "turn-end", "phase-end"

Ring = Callable[[], None]
Launch = Callable[[list[str], dict[str, str]], object]


def ring_stdout() -> None:
    sys.stdout.write("\a")
    sys.stdout.flush()


def launch(argv: list[str], env: dict[str, str]) -> object:
    """Start the user's command and never wait for it: a slow or hanging command cannot stop the clock."""
    return subprocess.Popen(
        argv,
        env={**os.environ, **env},
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,  # Ctrl-C in the session does not reach the user's player or notifier
    )


@dataclass
class TimeSignals:
    """Watches the clocks of the current speaker and phase; rings when one of them crosses zero.

    Going to another speaker or phase, or /extend, is not a crossing; counting down through zero again
    after an extension is.
    """

    bell: bool = True
    command: str | None = None
    launch: Launch = launch
    failure: str | None = None  # the first failure of the command, for the screen to show once
    _position: tuple[int, int] | None = field(default=None, repr=False)
    _turn: float | None = field(default=None, repr=False)
    _phase: float | None = field(default=None, repr=False)

    def check(self, snap: Snapshot, ring: Ring = ring_stdout) -> list[str]:
        """Compare with the previous look; ring and run the command for what ran out. Returns what ran out."""
        position = (snap.phase_number, snap.turn_number)
        ended: list[str] = []
        if position == self._position and snap.begun and not snap.paused and not snap.ended:
            if _crossed(self._turn, snap.turn_left):
                ended.append(TURN_END)
            if _crossed(self._phase, snap.phase_left):
                ended.append(PHASE_END)
        self._position, self._turn, self._phase = position, snap.turn_left, snap.phase_left
        if ended:
            self._signal(PHASE_END if PHASE_END in ended else TURN_END, snap, ring)
        return ended

    def _signal(self, event: str, snap: Snapshot, ring: Ring) -> None:
        if self.bell:
            ring()
        if not self.command:
            return
        env = {
            "INTERVISION_EVENT": event,
            "INTERVISION_PHASE": snap.title,
            "INTERVISION_SPEAKER": snap.speaker or "",
        }
        try:
            self.launch(shlex.split(self.command), env)
        except (OSError, ValueError, subprocess.SubprocessError) as error:
            if self.failure is None:
                self.failure = str(error) or type(error).__name__

    def take_failure(self) -> str | None:
        failure, self.failure = self.failure, None
        if failure is not None:
            self.command = None  # say it once; do not try again every time box
        return failure


def _crossed(before: float | None, now: float | None) -> bool:
    return before is not None and now is not None and before > 0 >= now


def seconds_to_next_change(snap: Snapshot) -> float:
    """Session seconds until a shown clock changes (or a time box reaches zero), from the phase clock.

    The phase clock shows whole seconds (rounded up before zero, down after it), so it changes when its
    value crosses a whole number; the other clocks are read at the same moment, once a second.
    """
    value = snap.session_left if snap.paused or not snap.begun else snap.phase_left
    wait = value - math.floor(value)
    if wait <= 1e-3:
        wait += 1.0
    turn = snap.turn_left
    if turn is not None and not snap.paused and 0 < turn < wait:
        wait = turn
    return wait
