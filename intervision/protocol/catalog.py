"""Summaries of every protocol the tool can find, and validation of many files at once."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from intervision.errors import Problem, ProtocolError
from intervision.i18n import LANGUAGES, count, t
from intervision.protocol.cache import ProtocolCache
from intervision.protocol.library import SUFFIXES, Entry, Origin, discover, display_path

if TYPE_CHECKING:
    from intervision.protocol.model import Protocol


@dataclass(frozen=True)
class Summary:
    id: str
    language: str | None
    title: str | None
    minutes: float | None
    origin: str
    path: Path
    basis: str | None

    @property
    def valid(self) -> bool:
        return self.title is not None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "language": self.language,
            "title": self.title,
            "minutes": self.minutes,
            "origin": self.origin,
            "basis": self.basis,
            "path": str(self.path),
            "valid": self.valid,
        }


def typical_minutes(protocol: Protocol) -> float:
    from intervision.protocol.plan import plan

    return plan(protocol, protocol.group.ideal).total


def check_entry(entry: Entry, cache: ProtocolCache) -> Protocol:
    """Read and validate a library entry in full; a valid one goes into the cache."""
    from intervision.protocol.loader import check_file

    protocol, problems = check_file(entry.path, display=display_path(entry.path))
    problems += _placement_problems(entry, protocol)
    if protocol is None or problems:
        raise ProtocolError(problems)
    cache.put(
        entry.path, protocol.model_dump(mode="json", exclude_none=True), typical_minutes(protocol)
    )
    return protocol


def summaries(group_dir: Path | None) -> list[Summary]:
    cache = ProtocolCache()
    rows = []
    for entry in discover(group_dir):
        hit = cache.get(entry.path)
        if hit is None:
            try:
                check_entry(entry, cache)
            except ProtocolError:
                rows.append(
                    Summary(
                        entry.id, entry.language, None, None, entry.origin.value, entry.path, None
                    )
                )
                continue
            hit = cache.get(entry.path)
        assert hit is not None
        data = hit["protocol"]
        rows.append(
            Summary(
                data["id"],
                data["language"],
                data["title"],
                hit["minutes"],
                entry.origin.value,
                entry.path,
                data["basis"],
            )
        )
    cache.save()
    return sorted(rows, key=lambda r: (r.id, r.language or "", r.origin))


def _placement_problems(entry: Entry, protocol: Protocol | None) -> list[Problem]:
    """A library file's name must be its id, and its folder its language."""
    if protocol is None or entry.origin is Origin.PATH:
        return []
    name = display_path(entry.path)
    problems = []
    if protocol.id != entry.path.stem:
        problems.append(
            Problem(
                name,
                1,
                1,
                "id",
                "protocol.id_mismatch",
                (("declared", protocol.id), ("stem", entry.path.stem)),
            )
        )
    if entry.language is not None and protocol.language != entry.language:
        problems.append(
            Problem(
                name,
                1,
                1,
                "language",
                "protocol.language_mismatch",
                (("declared", protocol.language), ("folder", entry.language)),
            )
        )
    return problems


def _entry_for_path(path: Path) -> Entry:
    """A file given by path is held to the library's rules when it lies in a library folder."""
    folder = path.resolve().parent.name
    if folder in LANGUAGES:
        return Entry(path.stem, folder, path, Origin.GROUP)
    if folder == "protocols":
        return Entry(path.stem, None, path, Origin.GROUP)
    return Entry(path.stem, None, path, Origin.PATH)


def _expand(paths: list[Path]) -> list[Path]:
    """A folder stands for the protocol files in it and in its language folders."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.suffix in SUFFIXES and p.is_file())
            files += [p for p in found if p.parent == path or p.parent.name in LANGUAGES]
        else:
            files.append(path)
    return files


def validate_paths(paths: list[Path], group_dir: Path | None) -> bool:
    """Print every problem of every file (stderr) and a line per valid file; True when all are valid."""
    entries = [_entry_for_path(p) for p in _expand(paths)] if paths else discover(group_dir)
    bad = 0
    for entry in entries:
        name = display_path(entry.path)
        if not entry.path.is_file():
            print(t("protocol.path_missing", path=name), file=sys.stderr)
            bad += 1
            continue
        from intervision.protocol.loader import check_file

        protocol, problems = check_file(entry.path, display=name)
        problems += _placement_problems(entry, protocol)
        if problems:
            bad += 1
            for line in ProtocolError(problems).messages():
                print(line, file=sys.stderr)
        else:
            print(t("validate.ok", path=name))
    if bad:
        print(
            t("validate.summary_bad", bad=bad, protocols=count(len(entries), "protocol")),
            file=sys.stderr,
        )
    else:
        print(t("validate.summary_ok", protocols=count(len(entries), "protocol")))
    return bad == 0
