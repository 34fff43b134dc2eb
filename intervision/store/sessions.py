"""Session folders (``sessions/<date>-<protocol>[-n]/``), their lock, and what is stored in them."""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from intervision.errors import IntervisionError, UsageError
from intervision.session.events import Kind
from intervision.session.values import SessionStatus
from intervision.store.journal import JOURNAL
from intervision.store.workspace import ensure_private_dir

if TYPE_CHECKING:
    from intervision.store.index import Summary

LOCK = "session.lock"
MINUTES = "minutes.md"


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
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
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

    def to_dict(self) -> dict[str, Any]:
        return {
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
            "path": str(self.folder),
        }


# The kinds this quick read needs, as they appear in a journal line: a cheap test before parsing.
_WANTED = tuple(f'"{kind.value}"'.encode() for kind in (Kind.OWNER_CHOSEN, Kind.ENDED))


def scan(folder: Path, *, check_lock: bool = True) -> StoredSession | None:
    """A quick read of one session folder: the first event, owners and how it ended.

    Only the lines that matter are parsed (the first, owner choices, the end), so that rotation over
    thousands of stored sessions stays fast. A damaged line is passed over; without a readable first
    line the folder is no session.
    """
    try:
        raw = (folder / JOURNAL).read_bytes()
    except OSError:
        return None
    lines = [line for line in raw.split(b"\n") if line.strip()]
    if not lines:
        return None
    first = _json_object(lines[0])
    if first is None or first.get("kind") != Kind.STARTED.value:
        return None
    owners: dict[int, str] = {}
    ended = False
    with contextlib.suppress(AttributeError, TypeError, ValueError):
        owners.update({int(c): str(m) for c, m in (first.get("owners") or {}).items()})
    for line in lines[1:]:
        if not any(word in line for word in _WANTED):
            continue
        event = _json_object(line)
        if event is None:
            continue
        if event.get("kind") == Kind.OWNER_CHOSEN.value:
            try:
                owners[int(event["case"])] = str(event["member"])
            except (KeyError, TypeError, ValueError):
                continue
        elif event.get("kind") == Kind.ENDED.value:
            ended = True
    last = _json_object(lines[-1]) or {}
    protocol = first.get("protocol")
    if not isinstance(protocol, dict) or "id" not in protocol:
        return None
    # Not ended and nobody holds the lock: whatever stopped it (a /quit, a kill), it is interrupted.
    held = not ended and check_lock and SessionLock(folder).held_elsewhere()
    status = SessionStatus.of(ended=ended, interrupted=not held)
    members = first.get("members")
    return StoredSession(
        folder=folder,
        date=str(first.get("wall", ""))[:10],
        protocol=str(protocol.get("id", "?")),
        title=str(protocol.get("title", "?")),
        language=str(protocol.get("language", "?")),
        members=[str(m) for m in members] if isinstance(members, list) else [],
        facilitator=str(first.get("facilitator", "")),
        owners=owners,
        status=status,
        rehearsal=bool(first.get("rehearsal")),
        last_wall=str(last.get("wall", first.get("wall", ""))),
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

    return [
        from_summary(sessions_dir / s.id, s, check_lock=check_lock)
        for s in SessionIndex(sessions_dir).load()
    ]


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
        owners=dict(summary.owners),
        status=SessionStatus.of(ended=summary.ended, interrupted=not held),
        rehearsal=summary.rehearsal,
        last_wall=summary.last_wall,
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
        return found
    candidates = [
        s for s in stored(sessions_dir) if latest or s.status is not SessionStatus.FINISHED
    ]
    if not candidates:
        raise UsageError("store.no_sessions" if latest else "store.nothing_to_resume")
    return max(candidates, key=lambda s: (s.last_wall, _folder_order(s.folder.name)))
