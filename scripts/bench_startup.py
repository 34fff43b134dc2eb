"""Start-up of commands that open no session, against a minimal Typer app of the same Typer version.

Runs each pair alternately (ours, then the baseline) so that machine noise hits both alike, and prints the
median wall time of each and the median ratio, then the same for the CPU time the processes used (steadier
on a loaded machine). The quality bar: every ratio at most 1.3.

Both run as installed: with compiled bytecode (pip compiles an installed package). A
``PYTHONDONTWRITEBYTECODE=1`` in the environment would make our modules compile from source on every start
while Typer's come precompiled from site-packages, which is not what a user's start-up costs; the
bytecode goes to a temporary ``PYTHONPYCACHEPREFIX`` and the untimed first run of each command writes it.

    python scripts/bench_startup.py [--runs 21]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BASELINE = '''
import typer

app = typer.Typer(rich_markup_mode=None, add_completion=False)
protocols = typer.Typer()
app.add_typer(protocols, name="protocols")


def version(value: bool) -> None:
    if value:
        print("baseline 1.0")
        raise typer.Exit()


@app.callback()
def main(version: bool = typer.Option(False, "--version", callback=version, is_eager=True)) -> None:
    """A minimal app."""


@protocols.command("list")
def list_(json: bool = False) -> None:
    print("one line")


@app.command("plan")
def plan(protocol: str, members: int = typer.Option(..., "--members")) -> None:
    print("one line")


app()
'''

CASES = [
    ("--help", ["--help"], ["--help"]),
    ("--version", ["--version"], ["--version"]),
    ("protocols list", ["protocols", "list"], ["protocols", "list"]),
    (
        "plan",
        ["plan", "incidentmethode", "--members", "6"],
        ["plan", "incidentmethode", "--members", "6"],
    ),
]


def timed(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall time and CPU time (user + system) of one run, in seconds."""
    start = time.perf_counter()
    process = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, _, usage = os.wait4(process.pid, 0)
    return time.perf_counter() - start, usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=21)
    args = parser.parse_args()
    # The installed console script, as a user starts it (``python -m`` adds runpy's ~30 ms).
    script = Path(sys.executable).parent / "intervision"
    ours = [str(script)] if script.exists() else [sys.executable, "-m", "intervision"]
    with tempfile.TemporaryDirectory() as tmp:
        baseline_file = Path(tmp) / "baseline.py"
        baseline_file.write_text(BASELINE, encoding="utf-8")
        env = {
            **{k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"},
            "PYTHONPYCACHEPREFIX": str(Path(tmp) / "pycache"),
            "INTERVISION_HOME": str(Path(tmp) / "home"),
            "INTERVISION_LANG": "en",
        }
        for _, our_args, base_args in CASES:  # bytecode, file system cache, our protocol cache
            timed([*ours, *our_args], env)
            timed([sys.executable, str(baseline_file), *base_args], env)
        rows = []
        for name, our_args, base_args in CASES:
            runs = []
            for _ in range(args.runs):
                a = timed([*ours, *our_args], env)
                b = timed([sys.executable, str(baseline_file), *base_args], env)
                runs.append((a, b))
            rows.append((name, runs))
        worst = {}
        for label, which in (("wall", 0), ("CPU", 1)):
            print(f"{'command':<16}{'intervision':>13}{'baseline':>11}{label + ' ratio':>12}")
            worst[label] = 0.0
            for name, runs in rows:
                mine = [a[which] for a, _ in runs]
                base = [b[which] for _, b in runs]
                ratio = statistics.median(a[which] / b[which] for a, b in runs)
                worst[label] = max(worst[label], ratio)
                print(
                    f"{name:<16}{statistics.median(mine) * 1000:>10.0f} ms"
                    f"{statistics.median(base) * 1000:>8.0f} ms{ratio:>12.2f}"
                )
        print(f"worst median ratio: {worst['wall']:.2f} wall, {worst['CPU']:.2f} CPU (bar: 1.30)")


if __name__ == "__main__":
    main()
