"""Durable, owner-only files: atomic writes and fsynced appends."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700


def make_dirs(path: Path, mode: int) -> Path:
    """Create ``path`` and every missing parent with ``mode`` (never wider, whatever the umask).

    ``Path.mkdir(parents=True, mode=...)`` gives the parents 0777 minus the umask: under ``umask 000``
    folders anyone may write to.
    """
    missing = []
    for folder in (path, *path.parents):
        if folder.is_dir():
            break
        missing.append(folder)
    for folder in reversed(missing):
        try:
            folder.mkdir(mode=mode)  # the umask can only take bits away from ``mode``
        except FileExistsError:
            if not folder.is_dir():
                raise
    return path


def create_new(path: Path, data: bytes, mode: int = PRIVATE_FILE) -> None:
    """Write a file that must not exist yet (``FileExistsError`` if it does), with ``mode`` at most."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(path)
        raise


def create_private(path: Path, data: bytes, *, under: Path | None = None) -> bool:
    """Write the new file ``path`` owner-only, every folder made on the way 0700 (``under``, a
    workspace, too), whatever the umask; False, and nothing written, when ``path`` exists."""
    if under is not None:
        make_dirs(under, PRIVATE_DIR)
    make_dirs(path.parent, PRIVATE_DIR)
    try:
        create_new(path, data)
    except FileExistsError:
        return False
    return True


def fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError as error:
        raise name(error, folder) from None
    finally:
        os.close(fd)


def name(error: OSError, path: Path) -> OSError:
    """Let ``error`` name the file the user knows (a write or fsync error names none; a failed
    rename names our temporary file)."""
    error.filename, error.filename2 = str(path), None
    return error


def write_atomic(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` in one step; the result is owner-only (mkstemp makes 0600)."""
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as error:
        raise name(error, path) from None
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except BaseException as error:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        if isinstance(error, OSError):
            raise name(error, path) from None
        raise
    fsync_dir(path.parent)


def open_append(path: Path) -> int:
    """A file descriptor for appending, creating the file owner-only."""
    return os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, PRIVATE_FILE)
