"""A summary of every stored session, cached in three files: what the group layer reads instead of journals.

The journal stays the truth. ``sessions/.index.json`` holds one summary per session folder together with
the journal's size and modification time and the tool's version; an entry is used only while those are
unchanged, otherwise that one journal is read and folded again. A missing, damaged or foreign index is
rebuilt. A few files rather than a file per session: with 10 000 sessions a single read and one JSON
parse is several times cheaper than 10 000 opens (measured with ``scripts/bench_series.py``).

Split by who reads what (``PARTS``): ``.index.json`` holds what ``sessions list`` and the rotation need;
the agreements, reviews and pitches (``next``, ``agreements``) and the figures (score means, speaking times,
phases: ``stats``) each sit in a file of their own, with the journal's stamp per entry, read only when a
summary's field from it is first used. A command parses only the files it needs.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

from intervision import __version__
from intervision.errors import IntervisionError
from intervision.store.journal import JOURNAL

if TYPE_CHECKING:
    from intervision.session.events import Event
    from intervision.session.figures import ScoreFigures
    from intervision.session.state import SessionState
    from intervision.session.values import SessionStatus


INDEX = ".index.json"
FORMAT = 8  # 8: the figures' score means per dimension instead of the raw scores
LAYOUT = 2  # 2: .index.json and the part files of PARTS (1: every field in .index.json)
_STAMP = f"{__version__}:{FORMAT}:{LAYOUT}"


@dataclass(slots=True)
class Summary:
    """One stored session, as far as the series needs it.

    Lists rather than small dicts, in memory as in the file: with 10 000 sessions the index is read by
    one JSON parse and ``Summary(**raw)``, with nothing converted on the way (measured in
    ``scripts/bench_series.py``). Treat it as read-only.
    """

    id: str  # the folder name
    started: str  # wall time of the start, ISO (with offset when the journal has one)
    protocol: str
    title: str
    language: str
    rehearsal: bool
    ended: bool
    last_wall: str
    members: list[str]  # taking part, in the order of the session (guests included)
    facilitator: str
    absent: list[str] = field(default_factory=list)
    guests: list[str] = field(default_factory=list)
    owners: list[list[Any]] = field(default_factory=list)  # [case, member], by case
    titles: list[list[Any]] = field(default_factory=list)  # [case, title]
    swaps: list[list[Any]] = field(default_factory=list)  # [case, member, proposed, reason]
    pitches: list[list[Any]] = field(default_factory=list)  # [speaker, text]
    agreements: list[list[Any]] = field(default_factory=list)  # [seq, who, what, by]
    reviews: list[list[Any]] = field(default_factory=list)  # [ref, outcome, note, new by]
    # [id, title, count, mean] per score dimension, as the figures (and so the minutes) give them;
    # id None: scores without a (known) dimension. Computed once in session/figures.py.
    dimensions: list[list[Any]] = field(default_factory=list)
    speaking: dict[str, float] = field(default_factory=dict)  # seconds per speaker
    # [phase id, planned s, active s, title]; the title only where it ran a minute or more over
    phases: list[list[Any]] = field(default_factory=list)
    start_ts: float | None = None  # the start as a UTC timestamp, worked out once when built
    ended_wall: str = ""  # wall time of the end event, ISO; "" while not ended
    net_seconds: float = 0.0  # seconds the phases ran, pauses left out (the figures' actual)
    # where the fields of PARTS are read from when first used (None: they are all set)
    _parts: _Parts | None = field(default=None, repr=False, compare=False)

    if not TYPE_CHECKING:

        def __getattr__(self, name: str) -> Any:
            """Only for a field of a part file not read yet (a slot left unset): read it now."""
            part = _PART_OF.get(name)
            parts = object.__getattribute__(self, "_parts")
            if part is None or parts is None:
                raise AttributeError(name)
            parts.fill(self, part)
            return object.__getattribute__(self, name)

    @property
    def date(self) -> str:
        return self.started[:10]

    @property
    def status(self) -> SessionStatus:
        """finished / interrupted; 'running' needs the lock and is decided by the store."""
        from intervision.session.values import SessionStatus

        return SessionStatus.of(ended=self.ended, interrupted=True)

    def owner_names(self) -> list[str]:
        return [str(member) for _, member in self.owners]

    def start_key(self) -> tuple[float, tuple[str, int]]:
        """The real start time (a time without offset is local time), then the folder's number."""
        ts = self.start_ts if self.start_ts is not None else start_seconds(self.started)
        return (ts, folder_order(self.id))

    def to_dict(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in FIELDS}

    @classmethod
    def from_dict(cls, raw: dict[str, Any], *, checked: bool = True) -> Summary:
        """A summary read back from the index; ValueError/TypeError when it is not one (then its
        journal is read again). ``checked=False`` when the whole file's hash was right: the file is
        then as we wrote it, and only the field names are checked (by the constructor)."""
        summary = cls(**raw)
        if checked:
            _check(summary, FIELDS)
        return summary


def _check(summary: Summary, names: tuple[str, ...]) -> None:
    """ValueError when the given fields are not what summarise() writes."""
    for name, width in _ROWS:
        if name not in names:
            continue
        rows = getattr(summary, name)
        if type(rows) is not list or any(type(r) is not list or len(r) != width for r in rows):
            raise ValueError(f"{name}: not rows of {width}")
    if "members" in names and type(summary.members) is not list:
        raise ValueError("not a summary")
    if "speaking" in names and type(summary.speaking) is not dict:
        raise ValueError("not a summary")
    if "net_seconds" in names and (
        type(summary.net_seconds) not in (int, float) or type(summary.ended_wall) is not str
    ):
        raise ValueError("not a summary")


_ROWS: tuple[tuple[str, int], ...] = (
    ("owners", 2),
    ("titles", 2),
    ("swaps", 4),
    ("pitches", 2),
    ("agreements", 4),
    ("reviews", 4),
    ("dimensions", 4),
    ("phases", 4),
)


# The fields kept out of .index.json, by the file they are in; every other field is in .index.json.
PARTS: dict[str, tuple[str, ...]] = {
    ".index.agreements.json": ("pitches", "agreements", "reviews"),
    ".index.figures.json": ("dimensions", "speaking", "phases"),
}
_PART_OF = {name: part for part, names in PARTS.items() for name in names}
FIELDS = tuple(f for f in Summary.__slots__ if f != "_parts")
CORE = tuple(f for f in FIELDS if f not in _PART_OF)


def index_files(sessions_dir: Path) -> list[Path]:
    """Every file of the index (for the benchmark and for tests)."""
    return [sessions_dir / INDEX, *(sessions_dir / part for part in PARTS)]


def folder_order(name: str) -> tuple[str, int]:
    """'2026-11-23-incidentmethode-10' after '-9': the counter is a number, not text."""
    stem, _, number = name.rpartition("-")
    return (stem, int(number)) if number.isdigit() and stem[-1:].isalpha() else (name, 1)


def start_seconds(wall: str) -> float:
    try:
        moment = datetime.fromisoformat(wall)
    except ValueError:
        return 0.0
    if moment.tzinfo is None:
        moment = moment.astimezone()  # local time
    return moment.astimezone(timezone.utc).timestamp()


def summarise(folder_name: str, state: SessionState, events: list[Event]) -> Summary:
    """The summary of one folded session. What the state does not keep (absences, swaps) is taken
    from the events themselves."""
    from intervision.session.events import Kind
    from intervision.session.figures import figures

    start = events[0].data
    numbers = figures(state)  # the same figures the minutes show: computed once
    rows = {row.key: row.phase for row in state.agenda.phases}
    phases = []
    for p in numbers.phases:
        if not p.reached or (p.skipped and p.active < 1):
            continue
        title = rows[p.key].title if p.active - p.planned >= 60 else None
        phases.append([rows[p.key].id, round(p.planned, 1), round(p.active, 1), title])
    swaps: list[list[Any]] = []
    for event in events:
        data: Any = event.data
        if event.kind is Kind.OWNER_CHOSEN and data.get("proposed"):
            swaps.append([data["case"], data["member"], data["proposed"], data.get("reason")])
    return Summary(
        id=folder_name,
        started=state.started_wall,
        protocol=state.protocol.id,
        title=state.protocol.title,
        language=state.protocol.language,
        rehearsal=state.rehearsal is not None,
        ended=state.ended,
        last_wall=events[-1].wall or state.started_wall,
        members=list(state.members),
        facilitator=state.facilitator,
        absent=_names(start.get("absent")),
        guests=_names(start.get("guests")),
        owners=[[c, state.owners[c]] for c in sorted(state.owners)],
        titles=[[c, state.case_titles[c]] for c in sorted(state.case_titles)],
        swaps=swaps,
        pitches=_pitches(state),
        agreements=[[a.seq, a.who, a.what, a.by] for a in state.agreements],
        reviews=[[r.ref, r.outcome.value, r.note, r.new_by] for r in state.reviews],
        dimensions=_dimensions(numbers.scores),
        speaking={s.name: round(s.seconds, 1) for s in numbers.speakers if s.seconds},
        phases=phases,
        start_ts=start_seconds(state.started_wall),
        ended_wall=state.ended_wall if state.ended else "",
        net_seconds=round(numbers.actual, 1),
    )


PITCH_CHARS = 200


def _dimensions(scores: ScoreFigures) -> list[list[Any]]:
    """The figures' mean per dimension; a session without dimensions gives one row (id None)."""
    if scores.dimensions:
        return [[d.id, d.title, d.count, d.mean] for d in scores.dimensions if d.count]
    return [[None, None, scores.count, scores.mean]] if scores.count else []


def _pitches(state: SessionState) -> list[list[Any]]:
    """What the series remembers of the pitches: each member's last one, if their case was not
    chosen (a chosen case is no longer waiting), cut at PITCH_CHARS — enough for a reminder."""
    from intervision.session.values import NoteKind

    owners = set(state.owners.values())
    last: dict[str, str] = {}
    for note in state.notes:
        if note.kind == NoteKind.PITCH and note.speaker and not note.removed:
            last[note.speaker] = note.text
    return [
        [who, text if len(text) <= PITCH_CHARS else text[: PITCH_CHARS - 1] + "…"]
        for who, text in last.items()
        if who not in owners
    ]


def _names(value: Any) -> list[str]:
    if isinstance(value, list):
        return [str(v) for v in value if isinstance(v, str)]
    return []


def read_summary(folder: Path) -> Summary | None:
    """Read and fold one journal; None when the folder holds no readable session."""
    from intervision.session.events import Kind
    from intervision.session.state import fold
    from intervision.store.journal import read_journal

    try:
        replay = read_journal(folder / JOURNAL)
        if not replay.events or replay.events[0].kind is not Kind.STARTED:
            return None
        state = fold(replay.events)
    except IntervisionError:  # unreadable or damaged beyond a line: no session
        return None
    return summarise(folder.name, state, replay.events)


def _stamp(journal: str) -> list[int] | None:
    try:
        info = os.stat(journal)
    except OSError:
        return None
    return [info.st_size, info.st_mtime_ns]


def _digest(body: bytes) -> str:
    import hashlib

    return hashlib.blake2b(body, digest_size=16).hexdigest()


@dataclass
class BuildReport:
    """How much of the index had to be rebuilt on this read (for the benchmark and for tests)."""

    reused: int = 0
    rebuilt: int = 0
    seconds: float = 0.0


def _read_file(path: Path) -> tuple[dict[str, Any], bool]:
    """A file of the index: a header line (format, version, the body's hash), then the body. A body
    whose hash is right is as we wrote it (atomically): trusted; otherwise each entry is checked."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        head, _, body = path.read_bytes().partition(b"\n")
        header = json.loads(head)
        if header.get("stamp") != _STAMP:
            return {}, False
        loaded = _parse(body)
        if isinstance(loaded, dict):
            return loaded, header.get("hash") == _digest(body)
    return {}, False


def _parse(body: bytes) -> Any:
    """One JSON parse without the cycle collector: a parse of 10 000 summaries makes a million
    containers, and each collection on the way walks all made so far (half the time at 10 000
    sessions, measured with ``scripts/bench_series.py``). JSON makes no cycles: nothing is missed.
    What was parsed is then frozen out of later collections, which would walk it again."""
    import gc

    enabled = gc.isenabled()
    gc.disable()
    try:
        return json.loads(body)
    finally:
        if enabled:
            gc.freeze()
            gc.enable()


def _write_file(path: Path, entries: dict[str, Any]) -> None:
    from intervision.store.files import write_atomic

    body = json.dumps(entries, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    head = json.dumps({"stamp": _STAMP, "hash": _digest(body)}).encode("utf-8")
    with contextlib.suppress(OSError):  # an index that cannot be written is only slower
        write_atomic(path, head + b"\n" + body)


class _Parts:
    """The part files of one load: each read (and checked, and repaired) when a summary first needs
    a field of it. ``stamps``: each summary's journal stamp, as .index.json has it."""

    def __init__(self, sessions_dir: Path, stamps: dict[str, list[int]]) -> None:
        self.sessions_dir = sessions_dir
        self.stamps = stamps
        self.read: dict[str, dict[str, Any]] = {}
        self.rebuilt = 0

    def fill(self, summary: Summary, part: str) -> None:
        entries = self.entries(part)
        for name, value in entries[summary.id]["summary"].items():
            object.__setattr__(summary, name, value)

    def entries(self, part: str) -> dict[str, Any]:
        """The part's entries, one for every summary; an entry missing, stale or damaged is taken
        from its journal again, and then the file is saved."""
        found = self.read.get(part)
        if found is not None:
            return found
        names = PARTS[part]
        cached, trusted = _read_file(self.sessions_dir / part)
        fresh: dict[str, Any] = {}
        changed = False
        for folder, stamp in self.stamps.items():
            entry = cached.get(folder)
            if not _part_entry_ok(entry, stamp, names, checked=not trusted):
                full = read_summary(self.sessions_dir / folder)
                self.rebuilt += 1
                changed = True
                values = (
                    {n: getattr(full, n) for n in names}
                    if full is not None
                    else {n: _default(n) for n in names}
                )
                entry = {"journal": stamp, "summary": values}
            fresh[folder] = entry
        if changed:
            _write_file(self.sessions_dir / part, fresh)
        self.read[part] = fresh
        return fresh

    def keep(self, folder: str, summary: Summary, stamp: list[int]) -> None:
        """A summary built from its journal by this load: its part entries as they are."""
        self.stamps[folder] = stamp
        for part, names in PARTS.items():
            self.read.setdefault(part, {})[folder] = {
                "journal": stamp,
                "summary": {n: getattr(summary, n) for n in names},
            }


def _default(name: str) -> Any:
    """The empty value of a part's field (a folder without a readable session has no summary)."""
    return {} if name == "speaking" else []


def _part_entry_ok(entry: Any, stamp: list[int], names: tuple[str, ...], *, checked: bool) -> bool:
    if not isinstance(entry, dict) or entry.get("journal") != stamp:
        return False
    values = entry.get("summary")
    if not isinstance(values, dict) or set(values) != set(names):
        return False
    if not checked:
        return True
    probe = Summary.__new__(Summary)
    try:
        for name, value in values.items():
            object.__setattr__(probe, name, value)
        _check(probe, names)
    except (TypeError, ValueError, AttributeError):
        return False
    return True


class SessionIndex:
    """The summaries of a sessions folder, brought up to date on ``load``."""

    def __init__(self, sessions_dir: Path) -> None:
        self.sessions_dir = sessions_dir
        self.path = sessions_dir / INDEX
        self.report = BuildReport()
        self.without_summary: list[str] = []  # folders with a journal but no readable session
        self.trusted = False

    def _read(self) -> dict[str, Any]:
        cached, self.trusted = _read_file(self.path)
        return cached

    def load(
        self, progress: Callable[[int], None] | None = None, *, skip: str | None = None
    ) -> list[Summary]:
        """Every stored session's summary, oldest start first; stale entries are rebuilt and saved.
        The fields of the part files are read when first used (``_Parts``).

        ``skip``: a folder being recorded right now (by the caller): not read and not saved, so that
        starting a session does not rewrite the whole index for a journal that changes anyway."""
        import time

        began = time.perf_counter()
        if not self.sessions_dir.is_dir():
            return []
        cached = self._read()
        fresh: dict[str, Any] = {}
        out: list[Summary] = []
        changed = False
        stamps: dict[str, list[int]] = {}
        parts = _Parts(self.sessions_dir, stamps)
        built: list[tuple[str, Summary, list[int]]] = []
        with os.scandir(self.sessions_dir) as entries:
            folders = [e.name for e in entries if e.is_dir() and not e.name.startswith(".")]
        root = str(self.sessions_dir)
        for name in folders:
            if name == skip:
                if name in cached:
                    fresh[name] = cached[
                        name
                    ]  # its part entries are dropped: rebuilt when it is read
                continue
            stamp = _stamp(os.path.join(root, name, JOURNAL))
            if stamp is None:
                continue
            entry = cached.get(name)
            summary = _cached_summary(entry, stamp, checked=not self.trusted)
            if summary is not None or (isinstance(entry, dict) and _empty(entry, stamp)):
                self.report.reused += 1
                fresh[name] = entry
                if summary is not None:
                    stamps[name] = stamp
                    for field_name in _PART_OF:
                        object.__delattr__(summary, field_name)
                    object.__setattr__(summary, "_parts", parts)
            else:
                summary = read_summary(self.sessions_dir / name)
                self.report.rebuilt += 1
                if progress is not None:
                    progress(self.report.rebuilt)
                changed = True
                fresh[name] = {
                    "journal": stamp,
                    "summary": _core(summary) if summary is not None else None,
                }
                if summary is not None:
                    built.append((name, summary, stamp))
            if summary is not None:
                out.append(summary)
            else:
                self.without_summary.append(name)
        if changed or len(fresh) != len(cached):
            for part in PARTS:  # the part files first: .index.json never names entries they lack
                parts.entries(part)
            for name, summary, stamp in built:
                parts.keep(name, summary, stamp)
            for part in PARTS:
                _write_file(self.sessions_dir / part, parts.read[part])
            _write_file(self.path, fresh)
        out.sort(key=Summary.start_key)
        self.report.seconds = time.perf_counter() - began
        return out


def _core(summary: Summary) -> dict[str, Any]:
    return {name: getattr(summary, name) for name in CORE}


def _cached_summary(entry: Any, stamp: list[int], *, checked: bool) -> Summary | None:
    if not isinstance(entry, dict) or entry.get("journal") != stamp:
        return None
    raw = entry.get("summary")
    if not isinstance(raw, dict) or any(name in raw for name in _PART_OF):
        return None
    try:
        summary = Summary(**raw)
        if checked:
            _check(summary, CORE)
        return summary
    except (KeyError, TypeError, ValueError, AttributeError):
        return None  # validated on read: a damaged entry is rebuilt from its journal


def _empty(entry: dict[str, Any], stamp: list[int]) -> bool:
    """A folder known to hold no readable session, unchanged since."""
    return entry.get("journal") == stamp and entry.get("summary") is None


def summaries(sessions_dir: Path) -> list[Summary]:
    return SessionIndex(sessions_dir).load()
