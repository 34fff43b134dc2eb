"""Inside a group folder every command speaks the group's language, unless told otherwise."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from intervision.cli import _language
from intervision.store.workspace import GROUP_FILE, group_language


def group(tmp_path: Path, line: str) -> Path:
    (tmp_path / GROUP_FILE).write_text(f"name: Noord\n{line}\nmembers: [Anna, Bram]\n", "utf-8")
    below = tmp_path / "sessions" / "x"
    below.mkdir(parents=True)
    return below


@pytest.mark.parametrize(
    ("line", "found"),
    [
        ("language: nl", "nl"),
        ("language: 'en'   # comment", "en"),
        ('language: "nl"', "nl"),
        ("language: nederlands", "nl"),  # refused by the file, but it says which language
        ("language: Dutch", "nl"),
        ("language: nl_NL", "nl"),
        ("language: engels", "en"),
        ("language: klingon", None),
        ("# language: nl", None),
        ("  language: nl", None),
    ],
)
def test_the_language_line_is_read_without_parsing(tmp_path: Path, line: str, found: str) -> None:
    assert group_language(group(tmp_path, line)) == found


def test_order_flag_group_variable_locale(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(group(tmp_path, "language: nl"))
    monkeypatch.delenv("INTERVISION_LANG", raising=False)
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    assert _language(None) == "nl"
    assert _language("en") == "en"
    monkeypatch.setenv("INTERVISION_LANG", "en")
    assert _language(None) == "nl"  # the group's language, as run has it
    monkeypatch.chdir(tmp_path.parent)
    assert _language(None) == "en"
    monkeypatch.setenv("INTERVISION_LANG", "nl")
    assert _language(None) == "nl"


def test_a_dutch_group_gets_dutch_help_and_plans(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("INTERVISION_LANG", "LANGUAGE")}
    env |= {"LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "INTERVISION_HOME": str(tmp_path / "home")}
    where = group(tmp_path, "language: nl")
    run = [sys.executable, "-m", "intervision"]
    plan = subprocess.run(
        [*run, "plan", "begeleide-intervisie", "--members", "4"],
        cwd=where,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert plan.returncode == 0, plan.stderr
    assert "Totaal" in plan.stdout and "Total:" not in plan.stdout
    helped = subprocess.run(
        [*run, "--help"], cwd=where, env=env, capture_output=True, text=True, check=False
    )
    assert "Opdrachten" in helped.stdout


@pytest.mark.parametrize("spelled", ["nederlands", "dutch", "nl_NL"])
def test_a_language_spelled_out_is_refused_in_that_language(tmp_path: Path, spelled: str) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("INTERVISION_LANG", "LANGUAGE")}
    env |= {"LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "INTERVISION_HOME": str(tmp_path / "home")}
    where = group(tmp_path, f"language: {spelled}")
    run = [sys.executable, "-m", "intervision"]
    checked = subprocess.run(
        [*run, "next"], cwd=where, env=env, capture_output=True, text=True, check=False
    )
    assert checked.returncode == 2
    assert f"language: '{spelled}' kan hier niet; schrijf 'nl'" in checked.stderr, checked.stderr
    assert "Traceback" not in checked.stderr
    # what needs no group file keeps working with a broken one
    for args in (
        ["protocols", "list"],
        ["plan", "begeleide-intervisie", "--members", "4", "--minutes", "90"],
        ["docs", "group"],
        ["--help"],
    ):
        done = subprocess.run(
            [*run, *args], cwd=where, env=env, capture_output=True, text=True, check=False
        )
        assert done.returncode == 0, (args, done.stderr)
