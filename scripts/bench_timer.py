"""Timer drift: what the screen shows against the true time left, after an hour (simulated) or a minute (real).

The engine never adds up sleeps: time left is recomputed from clock readings, so late wake-ups (render work,
a busy machine) must not accumulate. This drives a ticking loop that oversleeps on every tick and compares
the phase's time left with the exact value at the end.

    python scripts/bench_timer.py             # one simulated hour, fake clock, 3 600 jittered ticks
    python scripts/bench_timer.py --real 60   # one real minute on the monotonic clock
"""

from __future__ import annotations

import argparse
import random
import time

from intervision.protocol.model import Protocol
from intervision.session.clock import FakeClock, MonotonicClock
from intervision.session.engine import SessionEngine

PROTOCOL = {
    "id": "drift",
    "language": "en",
    "title": "Drift",
    "summary": "One long phase.",
    "basis": "suggested",
    "sources": [{"title": "bench"}],
    "group": {"min": 2, "max": 8, "ideal": 4},
    "opening": [
        {"id": "long", "title": "Long", "goal": "Run.", "speakers": "plenary", "minutes": 120}
    ],
}


def engine_on(clock: FakeClock | MonotonicClock) -> SessionEngine:
    protocol = Protocol.model_validate(PROTOCOL)
    events: list[object] = []
    engine = SessionEngine.start(
        protocol,
        members=["Anna", "Bram", "Cor"],
        facilitator="Fenna",
        clock=clock,
        sink=events.append,
    )
    engine.agree_rules()
    return engine


def simulated_hour(seed: int) -> float:
    rng = random.Random(seed)
    clock = FakeClock(1000.0)
    engine = engine_on(clock)
    start = clock.now()
    for k in range(1, 3601):
        target = start + k  # wake on the second boundary, as the screen does
        clock.time = max(clock.time, target) + rng.uniform(0.0, 0.030)  # late by up to 30 ms
        if k % 36 == 0:
            engine.note(f"note {k}")  # events in between, as in a real session
        engine.snapshot()
    exact = 120 * 60 - (clock.now() - start)
    return abs(engine.snapshot().phase_left - exact)


def real_run(seconds: float) -> float:
    clock = MonotonicClock()
    engine = engine_on(clock)
    start = time.monotonic()
    k = 0
    while time.monotonic() - start < seconds:
        k += 1
        time.sleep(max(0.0, start + k - time.monotonic()))
        engine.snapshot()
    shown = engine.snapshot().phase_left
    exact = 120 * 60 - (time.monotonic() - start)
    return abs(shown - exact)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--real", type=float, default=0.0, help="also run this many real seconds")
    args = parser.parse_args()
    worst = max(simulated_hour(seed) for seed in range(5))
    print(
        f"simulated hour (3 600 late ticks, 5 runs): worst drift {worst * 1000:.3f} ms (bar: 50 ms)"
    )
    if args.real:
        drift = real_run(args.real)
        print(
            f"real {args.real:g} s on the monotonic clock: drift {drift * 1000:.3f} ms (bar: 50 ms)"
        )


if __name__ == "__main__":
    main()
