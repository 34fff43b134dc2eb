"""Engine speed: a full 3-hour session of every bundled protocol, replayed from its journal.

For each bundled protocol a session is played on a fake clock for three hours (a note every 20 s, every
phase and turn walked, an agreement and scores), written to a real journal file, then read back and
folded into state. Prints the slowest replay. The bar: well under a second.

    python scripts/bench_replay.py
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from intervision.protocol.library import bundled_dir
from intervision.protocol.loader import load_protocol
from intervision.session.clock import FakeClock
from intervision.session.engine import OwnerRequired, SessionEngine
from intervision.session.state import fold
from intervision.store.journal import Journal, read_journal

MEMBERS = ["Anna", "Bram", "Cor", "Dirk", "Eva", "Fleur"]
SECONDS = 3 * 3600


def play(protocol_path: Path, journal_path: Path) -> int:
    protocol = load_protocol(protocol_path)
    clock = FakeClock()
    journal = Journal(journal_path)
    engine = SessionEngine.start(
        protocol, members=MEMBERS, facilitator="Fenna", clock=clock, sink=journal.append
    )
    if engine.state.owner_needed(0) is not None:
        engine.choose_owner(1, MEMBERS[1], "Casus")
    engine.agree_rules()
    steps = sum(max(len(engine.state.participants(r)), 1) for r in engine.state.agenda.phases)
    per_step = SECONDS / steps
    count = 0
    while not engine.state.ended:
        t = 0.0
        while t < per_step:
            engine.note(f"Een notitie over de casus, nummer {count}, met wat tekst erbij.")
            clock.advance(20)
            t += 20
            count += 1
        if engine.state.note_kind == "note" and count % 7 == 0:
            engine.agree("Anna", "bel de teamleider", "volgende week")
        try:
            engine.next()
        except OwnerRequired as needed:
            engine.choose_owner(needed.case, MEMBERS[needed.case % len(MEMBERS)], "Casus")
            engine.next()
    journal.close()
    return engine.state.seq


def main() -> None:
    worst = (0.0, "", 0)
    with tempfile.TemporaryDirectory() as tmp:
        for path in sorted(bundled_dir().glob("*/*.yaml")):
            journal_path = Path(tmp) / f"{path.parent.name}-{path.stem}.jsonl"
            events = play(path, journal_path)
            start = time.perf_counter()
            state = fold(read_journal(journal_path).events)
            took = time.perf_counter() - start
            assert state.ended
            if took > worst[0]:
                worst = (took, f"{path.parent.name}/{path.name}", events)
    took, name, events = worst
    print(f"slowest replay: {name}, {events} events in {took * 1000:.1f} ms (bar: well under 1 s)")


if __name__ == "__main__":
    main()
