"""Speed at scale: the series commands over many stored sessions.

Generates a workspace of realistic sessions through the real engine (the bundled base session, 5-6 of
a group of 7 present, notes, pitches, agreements, reviews, scores and a heartbeat every 30 s: about 250
events each), written as the journal writes them, then measures:

- the floor of the old way: reading each journal's first line in a bare loop;
- the first build of the summary index (and its rate), then the floor of the new way: reading the
  same summaries in a bare loop (one JSON file, every summary touched);
- in the process: the history plus the owner proposal, the agreements ledger and the trends, each
  against that floor;
- as a user runs them (fresh processes, median of ``--runs``): ``sessions list``, ``next``,
  ``agreements``, ``stats`` and ``run`` up to its first screen and up to the owner proposal; each
  against a bare-loop process over the same summaries.

    python scripts/bench_series.py [--sessions 10000] [--runs 3] [--workspace DIR]

The bars (issue 9 §5): every command under 1 s with 10 000 sessions, and within 1.5 x the bare loop.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from intervision.protocol.library import bundled_dir
from intervision.protocol.loader import load_protocol
from intervision.session.clock import FakeClock
from intervision.session.engine import OwnerRequired, SessionEngine
from intervision.session.events import Event
from intervision.session.review import Outcome
from intervision.store.index import INDEX, PARTS, SessionIndex, index_files
from intervision.store.journal import JOURNAL, Journal

GROUP = ["Anna", "Bram", "Cees", "Dirk", "Eva", "Fatima", "Gert"]
BIN = Path(sys.executable).parent / "intervision"
CPU = (
    True  # processes are timed by the CPU they use: on a shared machine wall time is mostly waiting
)
ENV = {**os.environ, "INTERVISION_LANG": "en", "NO_COLOR": "1"}
BAR_SECONDS = 1.0
BAR_RATIO = 1.5


def encode(event: Event) -> bytes:
    """One journal line, as ``Journal.append`` writes it (checked against a real journal below)."""
    line = json.dumps(event.to_dict(), ensure_ascii=False, separators=(",", ":")) + "\n"
    return line.encode("utf-8", "replace")


def play(
    n: int,
    rng: random.Random,
    sink: list[Event],
    day: date,
    carried: list[tuple[str, str]],
    folder: str,
) -> None:
    """One session; ``carried`` holds the open agreements (ref, who): reviewed when their member is
    there (most get done or dropped), and this session's new ones are added."""
    protocol = PROTOCOL
    present = [m for m in GROUP if m != GROUP[n % len(GROUP)]]  # one away each time
    if rng.random() < 0.3:
        present.remove(rng.choice(present))
    clock = FakeClock()
    wall = f"{day.isoformat()}T19:00:00+01:00"
    engine = SessionEngine.start(
        protocol,
        members=present,
        facilitator="Fenna",
        clock=clock,
        sink=sink.append,
        wall=lambda: wall,
    )
    engine.agree_rules()
    state = engine.state
    owner = present[n % len(present)]
    notes = 0
    while not state.ended:
        row = state.current
        if row.phase.id == "review" and state.turn_index == 0:
            for ref, who in list(carried):
                if who not in present:
                    continue  # waits for them
                outcome = rng.choice([Outcome.DONE] * 5 + [Outcome.DROPPED, Outcome.PARTLY])
                engine.review(ref, outcome, who=who, what="bel de teamleider")
                if outcome.closes:
                    carried.remove((ref, who))
        if row.phase.id == "pitches":
            engine.note(f"Casus over een lastig gesprek met een ouder, nummer {n}.")
        elif row.phase.id == "agreements":
            for who in rng.sample(present, 3):
                engine.agree(who, "bel de teamleider over het rooster", "vrijdag")
                carried.append((f"{folder}#{state.seq}", who))
        elif row.phase.id == "evaluation" and state.speaker:
            engine.score(state.speaker, rng.randint(5, 10))
        for _ in range(rng.randint(0, 3) if notes < 60 and row.phase.id != "pitches" else 0):
            engine.note("Een notitie over de casus, met wat tekst erbij om het echt te maken.")
            notes += 1
        # a heartbeat every 30 s of it
        for _ in range(rng.randint(1, 4)):
            clock.advance(30)
            engine.heartbeat()
        try:
            engine.next()
        except OwnerRequired as needed:
            engine.choose_owner(needed.case, owner, "Een casus")
            engine.next()


PROTOCOL = load_protocol(bundled_dir() / "nl" / "begeleide-intervisie.yaml")


def generate(root: Path, count: int) -> tuple[float, int]:
    sessions = root / "sessions"
    sessions.mkdir(parents=True, exist_ok=True)
    rng = random.Random(9)
    start = date(2026, 11, 30) - timedelta(days=count)
    began = time.perf_counter()
    events_total = 0
    carried: list[tuple[str, str]] = []
    for n in range(count):
        day = start + timedelta(days=n)
        folder = sessions / f"{day.isoformat()}-begeleide-intervisie"
        folder.mkdir(mode=0o700)
        events: list[Event] = []
        play(n, rng, events, day, carried, folder.name)
        events_total += len(events)
        data = b"".join(encode(e) for e in events)
        if n == 0:  # the real journal writes the same bytes
            journal = Journal(folder / "check.jsonl")
            for event in events:
                journal.append(event)
            journal.close()
            assert (folder / "check.jsonl").read_bytes() == data, "journal encoding differs"
            (folder / "check.jsonl").unlink()
        fd = os.open(folder / JOURNAL, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as out:
            out.write(data)
    return time.perf_counter() - began, events_total // max(count, 1)


FIRST_LINES = """
import json, os
n = 0
for name in os.listdir(root):
    path = os.path.join(root, name, "journal.jsonl")
    if os.path.isfile(path):
        with open(path, "rb") as f:
            n += len(json.loads(f.readline())["members"])
"""

# The floor: what any command over the series must do at least — see that each journal is unchanged,
# parse the index files it needs (``files``), and visit every value of every summary in them once
# (each row of each list, each key).
BARE_SUMMARIES = """
import json, os
for name in os.listdir(root):
    os.stat(os.path.join(root, name, "journal.jsonl")) if not name.startswith(".") else None
n = 0
for file in files:
    with open(os.path.join(root, file), "rb") as f:
        head, _, body = f.read().partition(b"\\n")
    data = json.loads(body)
    for entry in data.values():
        for value in (entry["summary"] or {}).values():
            if type(value) is list:
                for row in value:
                    n += 1
            elif type(value) is dict:
                for k in value:
                    n += 1
"""
ALL_FILES = [INDEX, *PARTS]
AGREEMENTS = next(part for part, names in PARTS.items() if "agreements" in names)


def timed(fn: object) -> float:
    """CPU seconds: on a shared machine wall time is mostly waiting for a core."""
    began = time.process_time()
    fn()  # type: ignore[operator]
    return time.process_time() - began


def median_run(
    args: list[str], runs: int, stdin: str = "", sessions: Path | None = None, expect: str = ""
) -> float:
    """Median CPU time (or wall time); a session a run leaves behind is removed again."""
    times = []
    for _ in range(runs):
        before = set(os.listdir(sessions)) if sessions else set()
        began = time.perf_counter()
        cpu = resource.getrusage(resource.RUSAGE_CHILDREN)
        done = subprocess.run(
            args, input=stdin, capture_output=True, text=True, check=False, env=ENV
        )
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        wall = time.perf_counter() - began
        used = after.ru_utime - cpu.ru_utime + after.ru_stime - cpu.ru_stime
        times.append(used if CPU else wall)
        if done.returncode not in (0, 1):
            raise SystemExit(f"{' '.join(args)} failed: {done.stderr.strip()[-300:]}")
        if expect not in done.stdout:
            raise SystemExit(f"{' '.join(args)} did not get to {expect!r}: {done.stdout[-300:]}")
        if sessions is not None:
            gone = [n for n in set(os.listdir(sessions)) - before if (sessions / n).is_dir()]
            for name in gone:
                shutil.rmtree(sessions / name)
            if gone:
                SessionIndex(sessions).load()  # the index forgets them again, outside the timing
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sessions", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument(
        "--workspace", type=Path, help="keep (or reuse) the generated workspace here"
    )
    parser.add_argument(
        "--reuse-index", action="store_true", help="keep the workspace's index (no first build)"
    )
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        root = args.workspace or Path(tmp)
        sessions = root / "sessions"
        if not sessions.is_dir():
            took, per = generate(root, args.sessions)
            print(f"generated {args.sessions} sessions (~{per} events each) in {took:.1f} s")
        if not args.reuse_index:
            for path in index_files(sessions):
                path.unlink(missing_ok=True)
        count = sum(1 for p in sessions.iterdir() if p.is_dir())

        floor_lines = timed(lambda: exec(FIRST_LINES, {"root": str(sessions)}))
        index = SessionIndex(sessions)
        build = timed(index.load)
        rebuilt = index.report.rebuilt
        print(
            f"build of the summary index: {build:.1f} s, {rebuilt} of {count} sessions read "
            f"({rebuilt / build:.0f} sessions/s); floor of reading each journal's first line: "
            f"{floor_lines:.2f} s"
        )
        floor = min(
            timed(lambda: exec(BARE_SUMMARIES, {"root": str(sessions), "files": ALL_FILES}))
            for _ in range(3)
        )

        from intervision.group.agreements import ledger
        from intervision.group.series import Series

        def proposal() -> None:
            Series(sessions).owner(GROUP, facilitator="Fenna")

        def agreements() -> None:  # the command's default: the open ones
            ledger(Series(sessions).history, open_only=True)

        def stats() -> None:
            Series(sessions).trends()

        print(
            "in the process, CPU seconds, best of 3, against a bare loop over the same summaries "
            f"({floor * 1000:.0f} ms):"
        )
        for name, fn in (
            ("owner proposal", proposal),
            ("agreements", agreements),
            ("stats", stats),
        ):
            took = min(timed(fn) for _ in range(3))
            print(
                f"  {name:<15} {took * 1000:5.0f} ms  ratio {took / floor:4.2f}  (bar: {BAR_RATIO})"
            )

        env_workspace = ["--workspace", str(root)]
        waiting = len(Series(sessions).to_review(GROUP))
        bare: dict[tuple[str, ...], float] = {}

        def bare_loop(files: tuple[str, ...]) -> float:
            """A bare-loop process over the summaries in these index files (measured once)."""
            if files not in bare:
                code = "import sys; root = sys.argv[1]; files = sys.argv[2:]" + BARE_SUMMARIES
                bare[files] = median_run(
                    [sys.executable, "-c", code, str(sessions), *files], args.runs
                )
            return bare[files]

        run = [
            str(BIN),
            "run",
            "begeleide-intervisie",
            "--members",
            ",".join(GROUP),
            "--facilitator",
            "Fenna",
        ]
        # The index files each command reads (store/index.py PARTS; tests/store/test_index.py checks it).
        core, series = (INDEX,), (INDEX, AGREEMENTS)
        commands = [
            ("sessions list", [str(BIN), "sessions", "list", *env_workspace], "", "", core),
            ("next", [str(BIN), "next", *env_workspace], "", "Case owner:", series),
            ("agreements", [str(BIN), "agreements", *env_workspace], "", "", series),
            ("stats", [str(BIN), "stats", *env_workspace], "", "Per member", tuple(ALL_FILES)),
            ("run, first screen", [*run, *env_workspace], "", "ground rules:", ()),
            # Rules, check-in, the review walk (Enter leaves each open), the review round, the pitches
            # and the choice: then the owner prompt with the proposal, where the input ends.
            (
                "run, owner proposal",
                [*run, *env_workspace],
                "\n" * (1 + 3 * len(GROUP) + waiting + 1),
                "(Enter picks",
                series,
            ),
        ]
        print(
            f"fresh processes, CPU seconds, median of {args.runs}, against a bare-loop process over "
            "the summaries in the index files the command reads:"
        )
        worst = 0.0
        app = median_run([str(BIN), "--help"], args.runs)
        print(f"  (the app's own start-up, intervision --help: {app * 1000:.0f} ms)")
        for name, command, stdin, expect, files in commands:
            took = median_run(command, args.runs, stdin, sessions, expect)
            worst = max(worst, took)
            ratio = (
                f"ratio {took / bare_loop(files):4.2f} against {bare_loop(files) * 1000:4.0f} ms"
            )
            print(
                f"  {name:<20} {took * 1000:5.0f} ms, {(took - app) * 1000:4.0f} ms after start-up, "
                f"{ratio if files else 'reads no index file'} "
                f"(bars: under {BAR_SECONDS:.0f} s, ratio {BAR_RATIO})"
            )
        print(f"slowest command: {worst:.2f} s (bar: {BAR_SECONDS:.0f} s)")


if __name__ == "__main__":
    main()
