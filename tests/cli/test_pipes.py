"""The installed program to a pipe: ``| head`` ends with 0 and rows are never cut at 80 columns."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from tests.cli.test_binary import program


def piped(args: list[str], home: Path, reader: list[str]) -> tuple[int, str, str]:
    """Run ``intervision ARGS | READER`` (no shell); the program's exit code, what the reader
    printed, and the program's stderr."""
    env = {**os.environ, "INTERVISION_HOME": str(home), "INTERVISION_LANG": "en"}
    env.pop("COLUMNS", None)
    with subprocess.Popen(
        [program(), *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env
    ) as ours:
        assert ours.stdout is not None and ours.stderr is not None
        done = subprocess.run(
            reader, stdin=ours.stdout, capture_output=True, text=True, check=False
        )
        ours.stdout.close()
        error = ours.stderr.read().decode()
        return ours.wait(timeout=30), done.stdout, error


@pytest.mark.parametrize(
    "args",
    [
        ["protocols", "show", "incidentmethode"],
        ["protocols", "list"],
        ["plan", "incidentmethode", "--members", "6"],
        ["protocols", "schema"],
    ],
)
def test_head_closing_the_pipe_is_not_a_failure(args: list[str], home: Path) -> None:
    code, shown, error = piped(args, home, ["head", "-c", "1"])
    assert code == 0
    assert len(shown) == 1
    assert error == ""


def test_piped_lines_are_whole(home: Path) -> None:
    code, shown, _ = piped(["protocols", "show", "incidentmethode"], home, ["cat"])
    assert code == 0
    lines = shown.splitlines()
    assert max(len(line) for line in lines) > 80  # a source line, whole
    assert not any(line.endswith(" ") for line in lines)
    assert any(line.startswith("  • ") and "https://" in line for line in lines)
