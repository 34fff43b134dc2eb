"""``minutes.md`` on disk: an edit by hand is never overwritten, a failed write says how to retry.

Facilitators open the minutes in an editor and fix a name or add a line. So every write remembers a
hash of what the tool wrote (``.minutes.md.sha256`` beside it); when the file no longer matches, the
next write first keeps that version as ``minutes.edited.md`` (``-2``, ``-3`` … when taken) and says so.
Without a remembered hash (minutes of an older version) the tool cannot tell, and keeps a copy too.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from intervision.errors import IntervisionError
from intervision.store.files import PRIVATE_FILE, fsync_dir, write_atomic

MINUTES = "minutes.md"
RECOVERED = "minutes.recovered.md"  # what a damaged journal still holds; never over minutes.md


@dataclass(frozen=True)
class Written:
    path: Path
    kept: Path | None = None  # the edited version, kept beside it


class MinutesNotWritten(IntervisionError):
    """The minutes could not be written; the journal still holds everything."""

    def __init__(self, path: Path, error: OSError) -> None:
        super().__init__(
            "store.minutes_not_written",
            path=path,
            reason=error.strerror or error,
            folder=path.parent,
        )


def _stamp(path: Path) -> Path:
    return path.with_name(f".{path.name}.sha256")


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def edited(path: Path) -> bool:
    """True when ``path`` exists and is not what the tool last wrote there."""
    try:
        current = path.read_bytes()
    except FileNotFoundError:
        return False
    try:
        remembered = _stamp(path).read_text(encoding="ascii").strip()
    except (OSError, ValueError):
        return True
    return remembered != _digest(current)


def write_minutes(folder: Path, text: str, name: str = MINUTES) -> Written:
    path = folder / name
    data = text.encode("utf-8")
    try:
        kept = None
        if edited(path):
            current = path.read_bytes()
            if current != data:
                kept = _keep(path, current)
        write_atomic(path, data)
        write_atomic(_stamp(path), _digest(data).encode("ascii") + b"\n")
    except OSError as error:
        raise MinutesNotWritten(path, error) from None
    return Written(path, kept)


def _keep(path: Path, data: bytes) -> Path:
    """A copy of the edited minutes under a free name beside them, on disk before anything else."""
    for n in range(1, 1000):
        copy = path.with_name(f"{path.stem}.edited{'' if n == 1 else f'-{n}'}{path.suffix}")
        try:
            fd = os.open(copy, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
        except FileExistsError:
            continue
        try:
            written = 0
            while written < len(data):
                written += os.write(fd, data[written:])
            os.fsync(fd)
        except OSError:
            os.close(fd)
            os.unlink(copy)  # a half copy must not look like the whole edit
            raise
        os.close(fd)
        fsync_dir(path.parent)
        return copy
    raise FileExistsError(path)
