"""Figures for the live screen, measured on the installed program in a real terminal (tmux).

    .venv/bin/python scripts/bench_live.py [--seconds 60] [--size 80x24] [--runs 5]

1. Time to the first screen: from starting ``intervision run`` in a tmux window until the ground rules and
   the question to agree on them are on screen (best and median of --runs starts, after one untimed
   start), and the CPU time the process had used by then (steadier than wall time on a loaded machine).
2. CPU while a countdown runs and nothing is typed: CPU seconds (user + system) of the intervision process
   over --seconds of an idle live screen, given per minute of countdown.
3. Peak memory: the process's peak resident set size (VmHWM) at the end of that run.

Needs tmux and psutil. Every run uses a fresh INTERVISION_HOME in a temporary folder. The program runs as
installed, with compiled bytecode: a ``PYTHONDONTWRITEBYTECODE`` in the environment is dropped for it (else
every intervision module compiles from source on each start, ~50-80 ms CPU that no user pays), and the
bytecode goes to a temporary ``PYTHONPYCACHEPREFIX``, written by the untimed start.
"""

from __future__ import annotations

import argparse
import os
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

BIN = Path(sys.executable).parent / "intervision"
GROUP = "--members Anna,Bram,Cor,Dirk,Eva,Fleur --facilitator Fenna --owner Bram --case Demo"
RULES = "ground rules:"
FIRST_SCREEN = "Are the ground rules agreed?"
LIVE_SCREEN = "▶ Now:"


SOCKET = (
    f"intervision-bench-{os.getpid()}"  # a private tmux server: the user's sessions are left alone
)
TMUX = ["tmux", "-L", SOCKET, "-f", "/dev/null"]
PYCACHE = tempfile.mkdtemp(prefix="intervision-bench-pycache-")  # removed at the end of main()


def tmux(*args: str) -> str:
    return subprocess.run([*TMUX, *args], capture_output=True, text=True, check=True).stdout


def stop(session: str) -> None:
    subprocess.run([*TMUX, "kill-session", "-t", session], capture_output=True)


def screen(session: str) -> str:
    return tmux("capture-pane", "-p", "-t", session)


def wait_for(session: str, text: str, timeout: float = 10.0) -> float:
    """Poll the screen until ``text`` shows; returns the moment (perf_counter) it was first seen."""
    deadline = time.perf_counter() + timeout
    while time.perf_counter() < deadline:
        if text in screen(session):
            return time.perf_counter()
        time.sleep(0.005)
    raise SystemExit(f"timed out waiting for {text!r}; the screen shows:\n{screen(session)}")


def start(session: str, home: str, size: str, protocol: str) -> float:
    columns, rows = size.split("x")
    command = (
        f"env -u PYTHONDONTWRITEBYTECODE PYTHONPYCACHEPREFIX={shlex.quote(PYCACHE)} "
        f"INTERVISION_HOME={shlex.quote(home)} INTERVISION_LANG=en "
        f"{shlex.quote(str(BIN))} run {protocol} {GROUP}; sleep 30"
    )
    started = time.perf_counter()
    tmux("new-session", "-d", "-s", session, "-x", columns, "-y", rows, command)
    return started


def the_process(session: str) -> psutil.Process:
    pane = psutil.Process(int(tmux("display", "-p", "-t", session, "#{pane_pid}").strip()))
    for process in [pane, *pane.children(recursive=True)]:
        if any("intervision" in part for part in process.cmdline()[:2]):
            return process
    raise SystemExit("the intervision process was not found")


def peak_rss_mb(process: psutil.Process) -> float:
    status = Path(f"/proc/{process.pid}/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return process.memory_info().rss / 2**20


def cpu_seconds(process: psutil.Process) -> float:
    times = process.cpu_times()
    return times.user + times.system


def first_screen(
    runs: int, size: str, protocol: str
) -> tuple[list[float], list[float], list[float]]:
    """Seconds until the ground rules show, until the question to agree on them is drawn, and the CPU
    seconds the process had used by then. The first start (bytecode written) is not counted."""
    rules, ready, cpu = [], [], []
    for run in range(runs + 1):
        session = f"bench-first-{os.getpid()}-{run}"
        with tempfile.TemporaryDirectory() as home:
            try:
                started = start(session, home, size, protocol)
                shown_rules = wait_for(session, RULES) - started
                shown = wait_for(session, FIRST_SCREEN) - started
                used = cpu_seconds(the_process(session))
            finally:
                stop(session)
        if run:
            rules.append(shown_rules)
            ready.append(shown)
            cpu.append(used)
    return rules, ready, cpu


def idle_countdown(seconds: float, size: str, protocol: str) -> tuple[float, float, float, str]:
    session = f"bench-idle-{os.getpid()}"
    with tempfile.TemporaryDirectory() as home:
        try:
            start(session, home, size, protocol)
            wait_for(session, FIRST_SCREEN)
            tmux("send-keys", "-t", session, "Enter")
            wait_for(session, LIVE_SCREEN)
            process = the_process(session)
            time.sleep(2.0)  # let the first redraws and the CPR answer settle
            before, wall = cpu_seconds(process), time.perf_counter()
            time.sleep(seconds)
            used, elapsed = cpu_seconds(process) - before, time.perf_counter() - wall
            shown = screen(session)
            return used * 60 / elapsed, used, peak_rss_mb(process), shown
        finally:
            stop(session)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60.0, help="length of the idle countdown")
    parser.add_argument("--size", default="80x24", help="terminal size, COLUMNSxROWS")
    parser.add_argument("--runs", type=int, default=5, help="starts for the first-screen time")
    parser.add_argument("--protocol", default="begeleide-intervisie")
    args = parser.parse_args()
    try:
        report(args)
    finally:
        subprocess.run([*TMUX, "kill-server"], capture_output=True)
        # tmux leaves its socket file behind; it lives in $TMUX_TMPDIR (or /tmp)/tmux-UID/.
        folder = Path(os.environ.get("TMUX_TMPDIR", "/tmp")) / f"tmux-{os.getuid()}"
        (folder / SOCKET).unlink(missing_ok=True)
        shutil.rmtree(PYCACHE, ignore_errors=True)


def report(args: argparse.Namespace) -> None:

    rules, starts, cpu = first_screen(args.runs, args.size, args.protocol)
    per_minute, used, peak, shown = idle_countdown(args.seconds, args.size, args.protocol)
    print(f"terminal: tmux {args.size}; program: {BIN}")
    print(
        f"first screen (ground rules and the question drawn, input ready): best {min(starts):.3f} s, "
        f"median {statistics.median(starts):.3f} s over {len(starts)} starts (bar: 0.5 s)"
    )
    print(
        f"  of which the ground rules alone: best {min(rules):.3f} s, "
        f"median {statistics.median(rules):.3f} s"
    )
    print(f"  CPU used by then: best {min(cpu):.3f} s, median {statistics.median(cpu):.3f} s")
    print(
        f"idle countdown: {used:.3f} s CPU in {args.seconds:.0f} s = {per_minute:.3f} s CPU per minute "
        f"(bar: 0.1 s; termdown: about 1.1 s)"
    )
    print(f"peak memory (VmHWM): {peak:.1f} MB (bar: 60 MB)")
    print("screen at the end of the countdown:")
    print(shown.rstrip())


if __name__ == "__main__":
    main()
