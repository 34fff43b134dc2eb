"""Session folders (``sessions/<date>-<protocol>[-n]/``), their lock, and what is stored in them."""

from __future__ import annotations

import contextlib
import json
import os
import re
import stat
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, cast

from intervision.errors import IntervisionError, UsageError
from intervision.i18n import t
from intervision.session.events import Event, Kind, PayloadError, StartedData
from intervision.session.values import SessionStatus
from intervision.store.files import name
from intervision.store.journal import JOURNAL, field_problem
from intervision.store.minutes import MINUTES as MINUTES
from intervision.store.workspace import ensure_private_dir

if TYPE_CHECKING:
    from intervision.store.index import Summary

LOCK = "session.lock"


def create_folder(sessions_dir: Path, protocol_id: str, today: date | None = None) -> Path:
    ensure_private_dir(sessions_dir)
    stem = f"{(today or date.today()).isoformat()}-{protocol_id}"
    for n in range(1, 1000):
        folder = sessions_dir / (stem if n == 1 else f"{stem}-{n}")
        try:
            folder.mkdir(mode=0o700)
        except FileExistsError:
            continue
        os.chmod(folder, 0o700)
        return folder
    raise IntervisionError("store.too_many_sessions", folder=sessions_dir)


def make_private(folder: Path) -> bool:
    """Make a session folder owner-only again (0700, its files 0600) when it was opened up, for
    example by a copy or a sync tool; True when a mode had to change."""
    if os.name != "posix":
        return False
    changed = False
    files = [p for p in folder.iterdir() if p.is_file() and not p.is_symlink()]
    for path in [folder, *files]:
        mode = stat.S_IMODE(path.lstat().st_mode)
        if mode & 0o077:
            os.chmod(path, mode & 0o700)  # the owner keeps what they had; nobody else has anything
            changed = True
    return changed


class SessionLock:
    """An exclusive lock on a session folder; the kernel releases it when the process dies."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / LOCK
        self.handle: IO[str] | None = None

    def acquire(self) -> None:
        handle = open(os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600), "r+", encoding="utf-8")  # noqa: SIM115 - held while the session runs
        try:
            _lock(handle)
        except OSError:
            other = handle.read().strip() or "?"
            handle.close()
            raise IntervisionError(
                "store.locked", folder=self.path.parent.name, pid=other
            ) from None
        try:
            handle.seek(0)
            handle.truncate()
            handle.write(str(os.getpid()))
            handle.flush()
        except OSError as error:  # a full disk: say which file
            with contextlib.suppress(OSError):  # closing flushes the same write again
                handle.close()
            raise name(error, self.path) from None
        self.handle = handle

    def release(self) -> None:
        if self.handle is not None:
            self.handle.close()
            self.handle = None

    def held_elsewhere(self) -> bool:
        """True when another process holds the lock (used for the 'running' status)."""
        if not self.path.exists():
            return False
        with open(self.path, encoding="utf-8") as handle:
            try:
                _lock(handle)
            except OSError:
                return True
            _unlock(handle)
            return False


def _lock(handle: IO[str]) -> None:
    if os.name == "posix":
        import fcntl

        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    else:  # pragma: no cover - Windows
        import msvcrt

        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]


def _unlock(handle: IO[str]) -> None:
    if os.name == "posix":
        import fcntl

        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
    else:  # pragma: no cover - Windows
        import msvcrt

        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)  # type: ignore[attr-defined]


@dataclass(frozen=True)
class StoredSession:
    folder: Path
    date: str
    protocol: str
    title: str
    language: str
    members: list[str]
    facilitator: str
    owners: dict[int, str]
    status: SessionStatus
    rehearsal: bool
    last_wall: str
    problem: str = ""  # for a damaged session: what is wrong, in words
    started: str = ""  # wall time of the start, ISO 8601 (with its offset when the journal has one)
    titles: dict[int, str] = field(default_factory=dict)  # case number → title, where one was given

    @property
    def damaged(self) -> bool:
        return self.status is SessionStatus.DAMAGED

    def to_dict(self) -> dict[str, Any]:
        data = {
            "id": self.folder.name,
            "date": self.date,
            "protocol": self.protocol,
            "title": self.title,
            "language": self.language,
            "members": self.members,
            "facilitator": self.facilitator,
            "owners": [self.owners[c] for c in sorted(self.owners)],
            "status": self.status.value,
            "rehearsal": self.rehearsal,
            "started": self.started,
            "case_titles": [self.titles[c] for c in sorted(self.titles)],
            "path": str(self.folder),
        }
        if self.problem:
            data["problem"] = self.problem
        return data


# The kinds this quick read needs, as they appear in a journal line: a cheap test before parsing.
_WANTED = tuple(f'"{kind.value}"'.encode() for kind in (Kind.OWNER_CHOSEN, Kind.ENDED))


def scan(folder: Path, *, check_lock: bool = True) -> StoredSession | None:
    """A quick read of one session folder: the first event, owners and how it ended.

    Only the lines that matter are parsed (the first, owner choices, the end), so that rotation over
    thousands of stored sessions stays fast. A damaged line is passed over; a folder whose journal has
    no usable start is a damaged session (``problem`` says why), and a folder without a journal is none.
    """
    try:
        raw = (folder / JOURNAL).read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        return _damaged(folder, [], t("store.problem.unreadable", reason=exc.strerror or exc))
    lines = [line for line in raw.split(b"\n") if line.strip()]
    first, problem = _start(lines)
    if first is None:
        return _damaged(folder, lines, problem)
    data: dict[str, Any] = dict(first.data)
    owners = {int(c): m for c, m in (data.get("owners") or {}).items()}
    owners.update(_owner_choices(lines))
    ended = any(
        (event := _json_object(line)) is not None and event.get("kind") == Kind.ENDED.value
        for line in lines
        if b'"ended"' in line
    )
    last = _json_object(lines[-1]) or {}
    protocol = data["protocol"]
    # Not ended and nobody holds the lock: whatever stopped it (a /quit, a kill), it is interrupted.
    held = not ended and check_lock and SessionLock(folder).held_elsewhere()
    return StoredSession(
        folder=folder,
        date=first.wall[:10],
        protocol=str(protocol.get("id", "?")),
        title=str(protocol.get("title", "?")),
        language=str(protocol.get("language", "?")),
        members=list(data["members"]),
        facilitator=data["facilitator"],
        owners=owners,
        status=SessionStatus.of(ended=ended, interrupted=not held),
        rehearsal=bool(data.get("rehearsal")),
        last_wall=str(last.get("wall", first.wall)),
        started=first.wall,
    )


def _start(lines: list[bytes]) -> tuple[Event | None, str]:
    """The session's start (normally the first line; a sync conflict may have moved it), or what is
    wrong with it."""
    if not lines:
        return None, t("store.problem.empty")
    first = _json_object(lines[0])
    if first is None or first.get("kind") != Kind.STARTED.value:
        moved = (_json_object(line) for line in lines[1:] if b'"started"' in line)
        found = next((e for e in moved if e is not None and e.get("kind") == "started"), None)
        if found is None:
            key = "store.problem.unreadable_start" if first is None else "store.problem.no_start"
            return None, t(key)
        first = found
    try:
        event = Event.from_dict(first)
        protocol: dict[str, Any] = cast(StartedData, event.data)["protocol"]
        if not isinstance(protocol.get("id"), str):
            raise PayloadError(Kind.STARTED, "protocol", dict)
    except PayloadError as wrong:
        return None, t("store.problem.wrong_start", what=field_problem(wrong))
    except (ValueError, KeyError, TypeError):
        return None, t("store.problem.unreadable_start")
    return event, ""


def _owner_choices(lines: list[bytes]) -> dict[int, str]:
    owners: dict[int, str] = {}
    for line in lines:
        if b'"owner-chosen"' not in line:
            continue
        raw = _json_object(line)
        if raw is None or raw.get("kind") != Kind.OWNER_CHOSEN.value:
            continue
        try:
            data: dict[str, Any] = dict(Event.from_dict(raw).data)
        except (ValueError, KeyError, TypeError):
            continue
        owners[data["case"]] = data["member"]
    return owners


_FOLDER_NAME = re.compile(r"(\d{4}-\d{2}-\d{2})-(.+)")


def _damaged(folder: Path, lines: list[bytes], problem: str) -> StoredSession:
    """What the folder's name and the readable lines still tell of a session without a usable start."""
    named = _FOLDER_NAME.fullmatch(folder.name)
    day, protocol = (named.group(1), _folder_order(named.group(2))[0]) if named else ("?", "?")
    last = next((e for e in map(_json_object, reversed(lines)) if e is not None), {})
    return StoredSession(
        folder=folder,
        date=day,
        protocol=protocol,
        title="?",
        language="?",
        members=[],
        facilitator="",
        owners=_owner_choices(lines),
        status=SessionStatus.DAMAGED,
        rehearsal=False,
        last_wall=str(last.get("wall", "")),
        problem=problem,
    )


def _json_object(line: bytes) -> dict[str, Any] | None:
    try:
        value = json.loads(line)
    except ValueError:
        return None
    return value if isinstance(value, dict) else None


def _folder_order(name: str) -> tuple[str, int]:
    """'2026-11-23-incidentmethode-10' after '-9': the counter is a number, not text."""
    stem, _, number = name.rpartition("-")
    return (stem, int(number)) if number.isdigit() and stem[-1:].isalpha() else (name, 1)


def stored(sessions_dir: Path, *, check_lock: bool = True) -> list[StoredSession]:
    """Every session in the folder, in the order they started; read from the summary index, which
    reads a journal again only when it changed."""
    from intervision.store.index import SessionIndex

    index = SessionIndex(sessions_dir)
    rows = [from_summary(sessions_dir / s.id, s, check_lock=check_lock) for s in index.load()]
    return rows + [damaged(sessions_dir / name) for name in sorted(index.without_summary)]


def damaged(folder: Path) -> StoredSession:
    """A folder the index holds no summary of (its journal has no usable start): a damaged session
    that says what is wrong, so that none vanishes without a word."""
    found = scan(folder, check_lock=False)
    if found is None or not found.damaged:  # a start whose method does not validate
        try:
            raw = (folder / JOURNAL).read_bytes()
        except OSError:
            raw = b""
        lines = [line for line in raw.split(b"\n") if line.strip()]
        return _damaged(folder, lines, t("store.problem.bad_method"))
    return found


def from_summary(folder: Path, summary: Summary, *, check_lock: bool = True) -> StoredSession:
    # Only an unfinished session can be running: the lock is tried for those alone.
    held = not summary.ended and check_lock and SessionLock(folder).held_elsewhere()
    return StoredSession(
        folder=folder,
        date=summary.date,
        protocol=summary.protocol,
        title=summary.title,
        language=summary.language,
        members=list(summary.members),
        facilitator=summary.facilitator,
        owners={int(c): str(m) for c, m in summary.owners},
        status=SessionStatus.of(ended=summary.ended, interrupted=not held),
        rehearsal=summary.rehearsal,
        last_wall=summary.last_wall,
        started=summary.started,
        titles=dict(summary.titles),
    )


def find(sessions_dir: Path, ref: str | None, *, latest: bool = False) -> StoredSession:
    """A session by folder name or path; without one, the most recent unfinished session (or, with
    ``latest``, the most recent of all)."""
    if ref:
        candidate = Path(ref).expanduser()
        folder = candidate if candidate.is_dir() else sessions_dir / ref
        found = scan(folder) if folder.is_dir() else None
        if found is None:
            raise UsageError("store.no_such_session", ref=ref)
    else:
        candidates = [s for s in stored(sessions_dir) if latest or not s.status.ended]
        if not candidates:
            raise UsageError("store.no_sessions" if latest else "store.nothing_to_resume")
        found = max(candidates, key=lambda s: (s.last_wall, _folder_order(s.folder.name)))
    if found.damaged and not latest:  # to resume: a damaged session is named, never passed over
        raise IntervisionError("store.damaged", folder=found.folder.name, problem=found.problem)
    return found
