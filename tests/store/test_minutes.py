"""minutes.md on disk: an edit by hand is kept beside it, never overwritten without a word."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path
from typing import Any

import pytest

from intervision.store import files
from intervision.store.minutes import MinutesNotWritten, edited, write_minutes


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    path = tmp_path / "2026-11-23-demo"
    path.mkdir(mode=0o700)
    return path


def test_minutes_the_tool_wrote_are_replaced_quietly(folder: Path) -> None:
    first = write_minutes(folder, "one\n")
    assert (first.path, first.kept) == (folder / "minutes.md", None)
    assert not edited(first.path)
    second = write_minutes(folder, "two\n")
    assert second.kept is None
    assert first.path.read_text() == "two\n"
    assert sorted(p.name for p in folder.iterdir()) == [".minutes.md.sha256", "minutes.md"]


def test_an_edit_by_hand_is_kept_beside_the_new_minutes(folder: Path) -> None:
    path = write_minutes(folder, "as written\n").path
    path.write_text("as written\nand a line the facilitator added\n")
    assert edited(path)
    written = write_minutes(folder, "rendered again\n")
    assert written.kept == folder / "minutes.edited.md"
    assert written.kept.read_text() == "as written\nand a line the facilitator added\n"
    assert stat.S_IMODE(written.kept.stat().st_mode) == 0o600
    assert path.read_text() == "rendered again\n"
    assert write_minutes(folder, "rendered again\n").kept is None  # nothing new to keep

    path.write_text("edited a second time\n")
    again = write_minutes(folder, "rendered a third time\n")
    assert again.kept == folder / "minutes.edited-2.md"
    assert (folder / "minutes.edited.md").read_text().endswith("facilitator added\n")


def test_minutes_without_a_remembered_hash_are_kept_too(folder: Path) -> None:
    (folder / "minutes.md").write_text("written by an older version, or edited\n")
    written = write_minutes(folder, "new\n")
    assert written.kept is not None
    assert written.kept.read_text() == "written by an older version, or edited\n"


def test_the_same_text_needs_no_copy(folder: Path) -> None:
    (folder / "minutes.md").write_text("same\n")
    assert write_minutes(folder, "same\n").kept is None


class FullDisk:
    def __getattr__(self, name: str) -> Any:
        return getattr(os, name)

    def fsync(self, fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")


def test_a_failed_write_names_minutes_md_and_says_how_to_write_it_again(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_minutes(folder, "as written\n").path
    path.write_text("edited\n")
    monkeypatch.setattr(files, "os", FullDisk())
    with pytest.raises(MinutesNotWritten) as caught:
        write_minutes(folder, "new\n")
    message = str(caught.value)
    assert message == (
        f"cannot write {path} (No space left on device); the session itself is safe in its journal. "
        f"Free some space or fix it, then write the minutes again with: intervision minutes {folder}"
    )
    assert ".tmp" not in message
    assert path.read_text() == "edited\n"  # the edit is still there
