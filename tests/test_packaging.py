"""A non-editable install carries the bundled methods, the schema and the templates inside the package."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_the_wheel_holds_the_library_and_works_on_its_own(tmp_path: Path) -> None:
    build = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "-q",
            "-w",
            str(tmp_path / "dist"),
            str(ROOT),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert build.returncode == 0, build.stderr
    wheel = next((tmp_path / "dist").glob("intervision-*.whl"))
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        archive.extractall(tmp_path / "site")
    bundled = sorted(p.relative_to(ROOT).as_posix() for p in (ROOT / "protocols").glob("*/*.yaml"))
    assert bundled, "the checkout has no bundled protocols"
    for name in bundled:
        assert f"intervision/{name}" in names
    assert "intervision/protocols/protocol.schema.json" in names
    assert "intervision/protocol/templates/new.nl.yaml" in names
    assert "intervision/docs/protocols.md" in names  # where a new protocol file's header points
    assert "intervision/docs/group.md" in names  # where a new group file's header points
    assert "intervision/group/templates/group.nl.yaml" in names
    assert "intervision/render/minutes.schema.json" in names  # intervision export schema
    assert "intervision/docs/export.md" in names
    for guide in ("protocols", "group", "export"):  # the Dutch guides, shown in Dutch
        assert f"intervision/docs/{guide}.nl.md" in names

    # Run from the unpacked wheel, away from the checkout, so nothing can come from the source tree.
    env = {
        **os.environ,
        "PYTHONPATH": str(tmp_path / "site"),
        "INTERVISION_HOME": str(tmp_path / "home"),
    }
    listed = subprocess.run(
        [sys.executable, "-m", "intervision", "protocols", "list", "--json", "--all"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        timeout=60,
    )
    assert listed.returncode == 0, listed.stderr
    rows = json.loads(listed.stdout)
    assert len(rows) == len(bundled)
    assert all(row["valid"] for row in rows)
    assert all(Path(row["path"]).is_relative_to(tmp_path / "site") for row in rows)


def test_the_licence_file_matches_the_declared_licence() -> None:
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert 'license = "MIT"' in pyproject
    assert 'license-files = ["LICENSE"]' in pyproject
    assert (ROOT / "LICENSE").read_text(encoding="utf-8").startswith("MIT License\n")


def test_the_python_classifiers_span_what_requires_python_and_ci_claim() -> None:
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert 'requires-python = ">=3.10"' in pyproject
    claimed = {f"3.{minor}" for minor in range(10, 14)}
    listed = {
        line.split("::")[-1].strip().rstrip('",')
        for line in pyproject.splitlines()
        if "Programming Language :: Python :: 3." in line
    }
    assert listed == claimed
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "for series in 3.10 3.13" in ci
