"""The proof of issue 10 §2: a series of 100 sessions full of names, exported pseudonymised in every
format for every audience by the installed program, holds no roster, guest, facilitator or deny-list
name in any file's bytes (a PDF's text read back with pdftotext)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.render.named_series import NAMES, WORDS, write_series
from tests.render.tools import tool

pytestmark = pytest.mark.slow

BIN = Path(sys.executable).parent / "intervision"
COUNT = 100


@pytest.fixture(scope="module")
def group(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_series(tmp_path_factory.mktemp("reeks"), COUNT)


def run(group: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "INTERVISION_LANG": "nl"}
    return subprocess.run(
        [str(BIN), "export", *args], cwd=group, env=env, capture_output=True, text=True, timeout=600
    )


def names_in(text: str) -> list[str]:
    """Every listed name, or any word of one, standing as a word in ``text`` (any case)."""
    return [w for w in WORDS if re.search(rf"(?<!\w){re.escape(w)}(?!\w)", text, re.IGNORECASE)]


def test_the_unpseudonymised_series_is_full_of_names(group: Path) -> None:
    """The control: without --pseudonymise every name is there, so the check below can fail."""
    result = run(group, "--all", "--format", "json")
    assert result.returncode == 0, result.stderr
    assert set(names_in(result.stdout)) >= set(NAMES)


@pytest.mark.parametrize("audience", ["group", "owner", "members"])
@pytest.mark.parametrize("fmt", ["md", "html", "json", "pdf"])
def test_no_name_in_any_format(group: Path, tmp_path: Path, fmt: str, audience: str) -> None:
    target = tmp_path / f"reeks.{fmt}"
    result = run(
        group, "--all", "--format", fmt, "--for", audience, "--pseudonymise", "-o", str(target)
    )
    assert result.returncode == 0, result.stderr
    data = target.read_bytes()
    if fmt == "pdf":
        pdftotext = tool("pdftotext", "poppler-utils")
        text = subprocess.run(
            [pdftotext, "-raw", str(target), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert text.count("Deelnemer") > COUNT  # the text was read, labels and all
    else:
        text = data.decode("utf-8")
    assert names_in(text) == []
    for name in NAMES:
        assert name.encode() not in data
    sessions = 0 if fmt == "pdf" else text.count("2025-")
    assert fmt == "pdf" or sessions >= COUNT  # every session is in it


def test_one_file_per_session_has_no_name_either(group: Path, tmp_path: Path) -> None:
    out = tmp_path / "uit"
    out.mkdir()
    result = run(
        group, "--all", "--format", "html", "--for", "members", "--pseudonymise", "-o", str(out)
    )
    assert result.returncode == 0, result.stderr
    files = sorted(out.iterdir())
    assert len(files) == COUNT
    labels = set()
    for path in files:
        text = path.read_text(encoding="utf-8")
        assert names_in(text) == [], path.name
        labels |= set(re.findall(r"Deelnemer [A-Z]", text))
    # one label per person across the series: six members, the facilitator and the guest
    assert len(labels) == 8
