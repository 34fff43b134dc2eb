"""A cache of validated protocols, so that listing and planning do not parse and validate every time.

An entry is used only while the file's path, size and modification time and the tool's version are
unchanged; invalid files are never cached, so their errors always show. The cache must never become
a way around validation: every entry carries a hash of exactly what the validator produced, and an
entry that does not match it (damaged, or edited by hand) is dropped, so the file is read and checked
again. A cache file that another user could have written is not read at all. A broken cache is rebuilt.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import math
import os
import stat
from pathlib import Path
from typing import Any

from intervision import __version__

FORMAT = 2


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


def _digest(stamp: str, minutes: float, data: str) -> str:
    return hashlib.sha256(f"{stamp}\n{minutes!r}\n{data}".encode()).hexdigest()


def _ours(path: Path) -> bool:
    """Only a cache file that nobody else could have written is read."""
    if os.name != "posix":
        return True
    info = path.stat()
    return info.st_uid == os.getuid() and not stat.S_IMODE(info.st_mode) & 0o022


class ProtocolCache:
    def __init__(self, path: Path | None = None) -> None:
        self.path = path or cache_path()
        self.entries: dict[str, Any] = {}
        self.dirty = False
        with contextlib.suppress(OSError, ValueError):
            if _ours(self.path):
                loaded = json.loads(self.path.read_text(encoding="utf-8"))
                if isinstance(loaded, dict):
                    self.entries = loaded

    def get(self, file: Path) -> dict[str, Any] | None:
        """``{"protocol": ..., "minutes": ...}`` as validated, or None: read and check the file."""
        key = str(file.resolve())
        entry = self.entries.get(key)
        if entry is None:
            return None
        stamp = _stamp(file)
        if not isinstance(entry, dict) or stamp is None or entry.get("stamp") != stamp:
            self.drop(file)  # out of date, or not an entry at all
            return None
        data, minutes = entry.get("data"), entry.get("minutes")
        protocol = None
        if (
            isinstance(data, str)
            and isinstance(minutes, float)
            and math.isfinite(minutes)
            and entry.get("digest") == _digest(stamp, minutes, data)
        ):
            with contextlib.suppress(ValueError):
                protocol = json.loads(data)
        if not isinstance(protocol, dict):
            self.drop(file)
            return None
        return {"protocol": protocol, "minutes": minutes}

    def drop(self, file: Path) -> None:
        """Forget the entry of ``file`` (damaged, edited, or not what this version can build on)."""
        if self.entries.pop(str(file.resolve()), None) is not None:
            self.dirty = True

    def put(self, file: Path, protocol: dict[str, Any], minutes: float) -> None:
        stamp = _stamp(file)
        if stamp is None:
            return
        data = json.dumps(protocol, ensure_ascii=False, separators=(",", ":"))
        minutes = float(minutes)
        self.entries[str(file.resolve())] = {
            "stamp": stamp,
            "minutes": minutes,
            "data": data,
            "digest": _digest(stamp, minutes, data),
        }
        self.dirty = True

    def save(self) -> None:
        if not self.dirty:
            return
        from intervision.store.files import PRIVATE_DIR, make_dirs, write_atomic

        with contextlib.suppress(OSError):  # a cache that cannot be written is only slower
            make_dirs(self.path.parent, PRIVATE_DIR)
            write_atomic(self.path, json.dumps(self.entries, ensure_ascii=False).encode("utf-8"))
            self.dirty = False
