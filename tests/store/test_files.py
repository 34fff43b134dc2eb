"""Durable files: modes that never open up under a loose umask, and errors that name the file."""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from intervision.store import files
from intervision.store.files import create_new, create_private, make_dirs, write_atomic


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def open_umask() -> Iterator[None]:
    """The real code under ``umask 000``: anything not given an explicit mode comes out 0777/0666."""
    old = os.umask(0)
    try:
        yield
    finally:
        os.umask(old)


@pytest.mark.usefixtures("open_umask")
@pytest.mark.parametrize("wanted", [0o700, 0o755])
def test_make_dirs_gives_every_new_folder_the_mode(tmp_path: Path, wanted: int) -> None:
    make_dirs(tmp_path / "a" / "b" / "c", wanted)
    assert [mode(tmp_path / p) for p in ("a", "a/b", "a/b/c")] == [wanted] * 3


def test_make_dirs_leaves_existing_folders_alone(tmp_path: Path) -> None:
    (tmp_path / "mine").mkdir()
    os.chmod(tmp_path / "mine", 0o750)
    make_dirs(tmp_path / "mine" / "new", 0o700)
    assert (mode(tmp_path / "mine"), mode(tmp_path / "mine" / "new")) == (0o750, 0o700)


@pytest.mark.usefixtures("open_umask")
def test_create_new_is_owner_only_and_never_overwrites(tmp_path: Path) -> None:
    path = tmp_path / "x.yaml"
    create_new(path, b"one")
    assert mode(path) == 0o600
    with pytest.raises(FileExistsError):
        create_new(path, b"two")
    assert path.read_bytes() == b"one"


@pytest.mark.usefixtures("open_umask")
def test_write_atomic_is_owner_only(tmp_path: Path) -> None:
    write_atomic(tmp_path / "m.md", b"x")
    assert mode(tmp_path / "m.md") == 0o600


class FullDisk:
    """The ``os`` module as a full disk shows it to one module: fsync fails with ENOSPC."""

    def __getattr__(self, name: str) -> Any:
        return getattr(os, name)

    def fsync(self, fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")


def test_a_failed_atomic_write_names_the_file_not_its_temporary_copy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "s").mkdir()
    path = tmp_path / "s" / "minutes.md"
    path.write_bytes(b"old")
    monkeypatch.setattr(files, "os", FullDisk())
    with pytest.raises(OSError) as caught:
        write_atomic(path, b"new")
    assert (caught.value.errno, caught.value.filename) == (errno.ENOSPC, str(path))
    assert path.read_bytes() == b"old"
    assert sorted(p.name for p in path.parent.iterdir()) == ["minutes.md"]  # no temporary file left


def test_a_failed_folder_sync_names_the_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(files, "os", FullDisk())
    with pytest.raises(OSError) as caught:
        files.fsync_dir(tmp_path)
    assert caught.value.filename == str(tmp_path)


@pytest.mark.usefixtures("open_umask")
def test_create_private_makes_owner_only_folders_and_never_overwrites(tmp_path: Path) -> None:
    root = tmp_path / "group"
    path = root / "protocols" / "nl" / "x.yaml"
    assert create_private(path, b"one", under=root)
    assert [mode(p) for p in (root, root / "protocols", path.parent, path)] == [0o700] * 3 + [0o600]
    assert not create_private(path, b"two")
    assert path.read_bytes() == b"one"
