"""Start-up of commands that open no session, against a minimal Typer app of the same Typer version.

Runs each pair alternately (ours, then the baseline) so that machine noise hits both alike, and prints the
median wall time of each and the median ratio. The quality bar: every ratio at most 1.3.

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


def timed(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - start


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
        env = {**os.environ, "INTERVISION_HOME": str(Path(tmp) / "home"), "INTERVISION_LANG": "en"}
        for _, our_args, _ in CASES:  # warm the file system cache (and our protocol cache) once
            timed([*ours, *our_args], env)
        print(f"{'command':<16}{'intervision':>13}{'baseline':>11}{'ratio':>8}")
        worst = 0.0
        for name, our_args, base_args in CASES:
            mine, base, ratios = [], [], []
            for _ in range(args.runs):
                a = timed([*ours, *our_args], env)
                b = timed([sys.executable, str(baseline_file), *base_args], env)
                mine.append(a)
                base.append(b)
                ratios.append(a / b)
            ratio = statistics.median(ratios)
            worst = max(worst, ratio)
            print(
                f"{name:<16}{statistics.median(mine) * 1000:>10.0f} ms"
                f"{statistics.median(base) * 1000:>8.0f} ms{ratio:>8.2f}"
            )
        print(f"worst median ratio: {worst:.2f} (bar: 1.30)")


if __name__ == "__main__":
    main()
