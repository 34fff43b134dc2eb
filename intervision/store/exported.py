"""Writing an export's files: owner-only, atomic, and never over an existing file unless asked.

An export holds what was said in confidence, so every file is 0600 whatever the umask (an atomic
write through ``files.write_atomic``: a crash leaves the old file or the new one, never half). Every
target is checked before the first is written, so a refusal leaves nothing behind.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from intervision.errors import IntervisionError
from intervision.store.files import PRIVATE_DIR, make_dirs, write_atomic


@dataclass(frozen=True)
class WrittenFile:
    path: Path
    replaced: bool


def write_all(files: list[tuple[Path, bytes]], *, force: bool = False) -> list[WrittenFile]:
    """Write each ``(path, data)``; with an existing target and no ``force`` nothing is written."""
    existing = {path for path, _ in files if path.exists()}
    if existing and not force:
        first = next(path for path, _ in files if path in existing)
        raise IntervisionError("export.exists", path=str(first))
    written = []
    for path, data in files:
        make_dirs(path.parent, PRIVATE_DIR)
        write_atomic(path, data)
        written.append(WrittenFile(path, path in existing))
    return written
