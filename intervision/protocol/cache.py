"""A cache of validated protocols, so that listing and planning do not parse and validate every time.

An entry is used only while the file's path, size and modification time and the tool's version are
unchanged; invalid files are never cached, so their errors always show. A broken cache is rebuilt.
"""

from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path
from typing import Any

from intervision import __version__

FORMAT = 1


def cache_path() -> Path:
    home = os.environ.get("INTERVISION_HOME")
    if home:
        return Path(home).expanduser() / ".cache" / "protocols.json"
    import platformdirs

    return Path(platformdirs.user_cache_dir("intervision", appauthor=False)) / "protocols.json"


def _stamp(file: Path) -> str | None:
    try:
        info = file.stat()
    except OSError:
        return None
    return f"{info.st_size}:{info.st_mtime_ns}:{__version__}:{FORMAT}"


class ProtocolCache:
    def __init__(self, path: Path | None = None) -> None:
        self.path = path or cache_path()
        self.entries: dict[str, dict[str, Any]] = {}
        self.dirty = False
        with contextlib.suppress(OSError, ValueError):
            loaded = json.loads(self.path.read_text(encoding="utf-8"))
            if isinstance(loaded, dict):
                self.entries = loaded

    def get(self, file: Path) -> dict[str, Any] | None:
        entry = self.entries.get(str(file.resolve()))
        if entry is not None and entry.get("stamp") == _stamp(file):
            return entry
        return None

    def put(self, file: Path, protocol: dict[str, Any], minutes: float) -> None:
        stamp = _stamp(file)
        if stamp is None:
            return
        self.entries[str(file.resolve())] = {
            "stamp": stamp,
            "protocol": protocol,
            "minutes": minutes,
        }
        self.dirty = True

    def save(self) -> None:
        if not self.dirty:
            return
        from intervision.store.files import write_atomic

        with contextlib.suppress(OSError):  # a cache that cannot be written is only slower
            self.path.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(self.path, json.dumps(self.entries, ensure_ascii=False).encode("utf-8"))
            self.dirty = False
