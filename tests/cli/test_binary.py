"""A few runs of the installed ``intervision`` program itself."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from intervision import __version__
from tests.conftest import write_tree


def program() -> str:
    beside = Path(sys.executable).parent / "intervision"
    found = str(beside) if beside.is_file() else shutil.which("intervision")
    assert found, "the intervision program is not installed (pip install -e .)"
    return found


def run(*args: str, home: Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "INTERVISION_HOME": str(home), "INTERVISION_LANG": "en", "COLUMNS": "200"}
    return subprocess.run(
        [program(), *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd,
        timeout=30,
        check=False,
    )


def test_version(home: Path) -> None:
    result = run("--version", home=home, cwd=Path.cwd())
    assert result.returncode == 0
    assert result.stdout.strip() == f"intervision {__version__}"


def test_list_json(home: Path) -> None:
    result = run("protocols", "list", "--json", home=home, cwd=Path.cwd())
    assert result.returncode == 0
    rows = json.loads(result.stdout)
    assert any(row["id"] == "incidentmethode" for row in rows)
    assert result.stderr == ""


def test_a_broken_protocol_exits_2_with_one_line_per_problem(home: Path) -> None:
    text = "id: Broken\nlanguage: de\ntitle: true\nsummary: s\nbasis: x\n"
    write_tree(Path.cwd(), {"broken.yaml": text})
    result = run("protocols", "validate", "broken.yaml", home=home, cwd=Path.cwd())
    assert result.returncode == 2
    lines = result.stderr.splitlines()
    problems = [line for line in lines if line.startswith("broken.yaml:")]
    assert [line.split(": ", 1)[0] for line in problems] == [
        "broken.yaml:1:1",  # the missing keys
        "broken.yaml:1:1",
        "broken.yaml:1:5",
        "broken.yaml:2:11",
        "broken.yaml:3:8",
        "broken.yaml:5:8",
    ]
    assert lines[-1] == "Problems in 1 of 1 protocol."
    assert len(lines) == len(problems) + 1
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    "args",
    [
        ("plan", "broken.yaml", "-n", "4"),
        ("protocols", "show", "broken.yaml"),
    ],
)
def test_a_hostile_file_is_an_error_not_a_traceback(home: Path, args: tuple[str, ...]) -> None:
    write_tree(Path.cwd(), {"broken.yaml": b"\x00\xff" * 100})
    result = run(*args, home=home, cwd=Path.cwd())
    assert result.returncode == 2
    assert result.stderr.startswith("broken.yaml:1:2: this is not UTF-8 text")
    assert "Traceback" not in result.stderr
