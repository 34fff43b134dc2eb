"""Find protocols: the bundled library, the group's own folder, or a path.

The group's files override bundled ones with the same id and language. A file's id is its name
(``protocols/nl/incidentmethode.yaml`` is ``incidentmethode``); its language is its folder (``nl``/``en``)
or, for a file lying directly in ``protocols/``, what the file itself says.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from intervision.errors import UsageError
from intervision.i18n import LANGUAGES

if TYPE_CHECKING:
    from intervision.protocol.cache import ProtocolCache
    from intervision.protocol.model import Protocol

SUFFIXES = (".yaml", ".yml")


class Origin(str, Enum):
    BUNDLED = "bundled"
    GROUP = "group"
    PATH = "path"


@dataclass(frozen=True)
class Entry:
    id: str
    language: str | None
    path: Path
    origin: Origin

    def load(self, cache: ProtocolCache | None = None) -> Protocol:
        """The validated protocol: from the cache when the file is unchanged, else read and checked."""
        from intervision.protocol.cache import ProtocolCache
        from intervision.protocol.model import trusted

        cache = cache or ProtocolCache()
        hit = cache.get(self.path)
        if hit is not None:
            try:
                return trusted(hit["protocol"])
            except (KeyError, ValueError, TypeError, AttributeError):  # not what this version wrote
                cache.drop(self.path)
        from intervision.protocol.catalog import check_entry

        protocol = check_entry(self, cache)
        cache.save()
        return protocol


def bundled_dir() -> Path:
    installed = Path(__file__).resolve().parent.parent / "protocols"
    if installed.is_dir():
        return installed
    return Path(__file__).resolve().parents[2] / "protocols"  # running from a checkout


def display_path(path: Path) -> str:
    """A short path for messages: relative to the current folder when inside it."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def _scan(folder: Path, origin: Origin) -> list[Entry]:
    if not folder.is_dir():
        return []
    entries: list[Entry] = []
    for path in sorted(folder.iterdir()):
        if path.is_dir() and path.name in LANGUAGES:
            entries += [
                Entry(p.stem, path.name, p, origin)
                for p in sorted(path.iterdir())
                if p.suffix in SUFFIXES
            ]
        elif path.is_file() and path.suffix in SUFFIXES and not path.name.startswith("."):
            entries.append(Entry(path.stem, None, path, origin))
    return entries


def discover(group_dir: Path | None) -> list[Entry]:
    """Every protocol the tool can find, group files first; a group file hides the bundled twin."""
    group = _scan(group_dir, Origin.GROUP) if group_dir else []
    taken = {(e.id, e.language) for e in group}
    bundled = [e for e in _scan(bundled_dir(), Origin.BUNDLED) if (e.id, e.language) not in taken]
    return group + bundled


def looks_like_path(ref: str) -> bool:
    return ref.endswith(SUFFIXES) or "/" in ref or "\\" in ref


def resolve(ref: str, language: str, group_dir: Path | None) -> Entry:
    """The entry for an id (preferring ``language``, then the group's own) or a path."""
    if looks_like_path(ref):
        path = Path(ref).expanduser()
        if not path.is_file():
            raise UsageError("protocol.path_missing", path=ref)
        return Entry(path.stem, None, path, Origin.PATH)
    entries = discover(group_dir)
    matches = [e for e in entries if e.id == ref]

    def rank(entry: Entry) -> tuple[int, int]:
        lang_rank = 0 if entry.language == language else (1 if entry.language is None else 2)
        return (lang_rank, 0 if entry.origin is Origin.GROUP else 1)

    if matches:
        return sorted(matches, key=rank)[0]
    ids = sorted({e.id for e in entries})
    close = difflib.get_close_matches(ref, ids, n=1, cutoff=0.5)
    if close:
        raise UsageError("protocol.not_found_hint", id=ref, suggestion=close[0])
    raise UsageError("protocol.not_found", id=ref)
