"""Run the Typer app in-process, the way ``intervision.cli.main`` does."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from intervision import i18n
from intervision.cli import _language_flag, hoist_language
from intervision.cli.app import build_app
from intervision.protocol.library import bundled_dir

Invoke = Callable[..., Result]


@pytest.fixture
def cli() -> Invoke:
    runner = CliRunner()

    def invoke(*args: str) -> Result:
        # main() picks the language before building the app, so help texts come out in it.
        i18n.set_language(i18n.resolve(_language_flag(list(args))))
        return runner.invoke(
            build_app(), hoist_language(list(args)), env={"COLUMNS": "200"}, prog_name="intervision"
        )

    return invoke


@pytest.fixture
def small_library(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A bundled library of one method in both languages: reading all of them is slow."""
    folder = tmp_path / "bundled"
    for lang in ("nl", "en"):
        (folder / lang).mkdir(parents=True)
        shutil.copy(bundled_dir() / lang / "incidentmethode.yaml", folder / lang)
    monkeypatch.setattr("intervision.protocol.library.bundled_dir", lambda: folder)
    return folder
