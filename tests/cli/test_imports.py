"""Start-up stays light: common commands never import the heavy modules."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

HEAVY = ("questionary", "prompt_toolkit", "markdown_it", "jsonschema", "reportlab")

SCRIPT = """
import contextlib, io, sys
{prelude}
sys.argv = ["intervision", *{args!r}]
from intervision.cli import main
code = None
with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
    try:
        main()
    except SystemExit as exit:
        code = exit.code
heavy = sorted({{name.split(".")[0] for name in sys.modules}} & set({heavy!r}))
print(code, ",".join(heavy))
"""


def heavy_imports(args: list[str], home: Path, prelude: str = "") -> str:
    env = {**os.environ, "INTERVISION_HOME": str(home), "INTERVISION_LANG": "en"}
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT.format(args=args, heavy=HEAVY, prelude=prelude)],
        capture_output=True,
        text=True,
        env=env,
        timeout=30,
        check=False,
    )
    assert result.stderr == ""
    code, heavy = result.stdout.split(" ")
    assert code in ("0", "None")
    return heavy.strip()


@pytest.mark.parametrize(
    "args",
    [
        ["--help"],
        ["export", "--help"],
        ["--version"],
        ["protocols", "list"],
        ["plan", "incidentmethode", "--members", "6"],
        ["plan", "incidentmethode", "--members", "6", "--minutes", "60", "--json"],
    ],
    ids=" ".join,
)
def test_common_commands_do_not_import_heavy_modules(home: Path, args: list[str]) -> None:
    heavy = heavy_imports(args, home)
    assert heavy == "", f"{' '.join(args)} imported {heavy}"


def test_the_check_itself_sees_a_heavy_import(home: Path) -> None:
    assert heavy_imports(["--version"], home, prelude="import jsonschema") == "jsonschema"


GROUP_FILE_MODULES = (
    "intervision.group.folder",
    "intervision.group.groupfile",
    "intervision.group.edit",
)

RUN_SCRIPT = """
import contextlib, io, sys
sys.stdin = io.StringIO("")  # the plain mode; the input ends at the ground rules
sys.argv = ["intervision", *{args!r}]
from intervision.cli import main
code = None
with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
    try:
        main()
    except SystemExit as exit:
        code = exit.code
print(code, ",".join(sorted(set({names!r}) & set(sys.modules))))
"""


@pytest.mark.parametrize("group", [False, True], ids=["no group folder", "a group folder"])
def test_run_loads_the_group_file_modules_only_for_a_group(tmp_path: Path, group: bool) -> None:
    """Start-up of the first screen: a plain run does not pay for the group file's pydantic models."""
    home = tmp_path / "workspace"
    home.mkdir()
    if group:
        (home / "intervision-group.yaml").write_text(
            "name: Team\nlanguage: en\nmembers: [Anna, Bram, Cor]\n", encoding="utf-8"
        )
    args = ["run", "incidentmethode", "--members", "Anna,Bram,Cor"]
    args += ["--facilitator", "Fenna", "--owner", "Bram", "--workspace", str(home)]
    env = {**os.environ, "INTERVISION_HOME": str(home), "INTERVISION_LANG": "en"}
    result = subprocess.run(
        [sys.executable, "-c", RUN_SCRIPT.format(args=args, names=GROUP_FILE_MODULES)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert result.stderr == ""
    code, loaded = result.stdout.split(" ")
    assert code == "0"
    expected = ",".join(sorted(GROUP_FILE_MODULES)) if group else ""
    assert loaded.strip() == expected
