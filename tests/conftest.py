"""Shared test set-up: every test gets its own data folder and current folder, in English."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path

import pytest

from intervision import i18n


def write_tree(root: Path, files: Mapping[str, str | bytes]) -> Path:
    """Write ``{"relative/path": text or bytes}`` under ``root``; returns ``root``."""
    for relative, content in files.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    return root


@pytest.fixture(autouse=True)
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """INTERVISION_HOME in a fresh folder, English, and a current folder without a group file."""
    data = tmp_path / "home"
    data.mkdir()
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.setenv("INTERVISION_HOME", str(data))
    monkeypatch.setenv("INTERVISION_LANG", "en")
    monkeypatch.chdir(work)
    i18n.set_language("en")
    yield data
    i18n.set_language("en")
