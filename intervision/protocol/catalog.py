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

    name = display_path(entry.path)
    protocol, problems = check_file(entry.path, display=name)
    problems += _placement_problems(entry, name, protocol)
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


def _declared(path: Path, name: str) -> dict[str, tuple[str, int, int]]:
    """The top-level ``id`` and ``language`` as written, with their line and column, even when the
    rest of the file is wrong (a file that does not parse has nothing to compare)."""
    import yaml

    from intervision.yamlfile import strict

    try:
        node = strict.compose(path.read_text(encoding="utf-8-sig"), name)
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return {}
    if not isinstance(node, yaml.MappingNode):
        return {}
    found = {}
    for key, value in node.value:
        if key.value in ("id", "language") and isinstance(value, yaml.ScalarNode):
            mark = value.start_mark
            found[key.value] = (str(value.value), mark.line + 1, mark.column + 1)
    return found


def _placement_problems(entry: Entry, name: str, protocol: Protocol | None) -> list[Problem]:
    """A library file's name must be its id, and its folder its language: said at those lines."""
    if entry.origin is Origin.PATH:
        return []
    if (
        protocol is not None
        and protocol.id == entry.path.stem
        and entry.language in (None, protocol.language)
    ):
        return []  # the usual case: no second read of the file
    declared = _declared(entry.path, name)
    problems = []
    if "id" in declared and declared["id"][0] != entry.path.stem:
        value, line, column = declared["id"]
        fields = (("declared", value), ("stem", entry.path.stem))
        problems.append(Problem(name, line, column, "id", "protocol.id_mismatch", fields))
    if entry.language is not None and "language" in declared:
        value, line, column = declared["language"]
        if value != entry.language:
            fields = (("declared", value), ("folder", entry.language))
            key = "protocol.language_mismatch"
            problems.append(Problem(name, line, column, "language", key, fields))
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
    """Print every problem of every file (stderr), then how many are fine; True when all are valid.

    Files named on the command line get a line each when they are fine; the whole library only a count,
    so that one broken file is not lost among thirty that are fine."""
    from intervision.protocol.loader import check_file

    entries = [_entry_for_path(p) for p in _expand(paths)] if paths else discover(group_dir)
    bad = 0
    fine: list[str] = []
    for entry in entries:
        name = display_path(entry.path)
        if not entry.path.is_file():
            print(t("protocol.path_missing", path=name), file=sys.stderr)
            bad += 1
            continue
        protocol, problems = check_file(entry.path, display=name)
        problems = sorted(
            set(problems + _placement_problems(entry, name, protocol)),
            key=lambda p: (p.line, p.column, p.where, p.key, p.fields),
        )
        if problems:
            bad += 1
            for line in ProtocolError(problems).messages():
                print(line, file=sys.stderr)
        else:
            fine.append(name)
    if paths:
        for name in fine:
            print(t("validate.ok", path=name))
    if bad:
        if fine:  # on stderr too, so that it comes after the problems whatever the buffering
            print(
                t("validate.summary_fine", protocols=count(len(fine), "protocol")), file=sys.stderr
            )
        print(
            t("validate.summary_bad", bad=bad, protocols=count(len(entries), "protocol")),
            file=sys.stderr,
        )
    else:
        print(t("validate.summary_ok", protocols=count(len(entries), "protocol")))
    return bad == 0
