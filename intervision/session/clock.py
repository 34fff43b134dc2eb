"""Clocks are injected: real (monotonic), fake (advanced by hand in tests), scaled (rehearsal)."""

from __future__ import annotations

import time
from typing import Protocol


class Clock(Protocol):
    def now(self) -> float:
        """Seconds on a clock that never goes backwards."""
        ...


class MonotonicClock:
    def now(self) -> float:
        return time.monotonic()


class FakeClock:
    def __init__(self, start: float = 0.0) -> None:
        self.time = start

    def now(self) -> float:
        return self.time

    def advance(self, seconds: float) -> None:
        self.time += seconds


class ScaledClock:
    """Runs ``speed`` times faster than ``base``: a rehearsal walks a 90-minute method in minutes."""

    def __init__(self, base: Clock, speed: float) -> None:
        self.base, self.speed = base, speed
        self.origin = base.now()

    def now(self) -> float:
        return self.origin + (self.base.now() - self.origin) * self.speed


class SessionClock:
    """Session time: seconds since the session started, continuing where a journal left off.

    Time during which the tool was not running (a crash, a power cut) is not counted: on resume the
    session clock goes on from the last recorded moment, as if that time had been a pause.
    """

    def __init__(self, base: Clock, offset: float = 0.0) -> None:
        self.base = base
        self.origin = base.now()
        self.offset = offset

    def now(self) -> float:
        return self.offset + (self.base.now() - self.origin)
