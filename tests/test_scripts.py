"""The benchmark scripts keep working (their figures are what the README reports)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

SCRIPTS = Path(__file__).resolve().parent.parent / "scripts"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("script", "expected"),
    [
        (["bench_replay.py"], "slowest replay:"),
        (["bench_timer.py"], "simulated hour"),
        (["bench_startup.py", "--runs", "1"], "worst median ratio"),
        (["bench_live.py", "--seconds", "3", "--runs", "1"], "peak memory"),
        (["bench_series.py", "--sessions", "12", "--runs", "1"], "slowest command"),
    ],
    ids=["replay", "timer", "startup", "live", "series"],
)
def test_a_benchmark_script_runs_and_reports(script: list[str], expected: str) -> None:
    done = subprocess.run(
        [sys.executable, str(SCRIPTS / script[0]), *script[1:]],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert expected in done.stdout
    assert "(bar:" in done.stdout
