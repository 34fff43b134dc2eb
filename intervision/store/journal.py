"""The journal: one JSON line per event, written and fsynced before the session moves on."""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

from intervision.errors import IntervisionError
from intervision.session.events import Event
from intervision.store.files import fsync_dir, open_append

JOURNAL = "journal.jsonl"


@dataclass(frozen=True)
class Replay:
    events: list[Event]
    torn_tail: bytes  # an incomplete last line (a write cut off by a crash), b"" if none
    bad_lines: list[int]  # 1-based numbers of lines that could not be read


def read_journal(path: Path) -> Replay:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise IntervisionError(
            "journal.unreadable", path=path, reason=exc.strerror or exc
        ) from None
    *lines, tail = raw.split(b"\n")
    events: list[Event] = []
    bad: list[int] = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            events.append(Event.from_dict(json.loads(line)))
        except (ValueError, KeyError, TypeError, AttributeError):
            bad.append(number)
    torn = tail
    if tail.strip():
        # A last line without its newline may still be complete JSON (written, newline lost).
        try:
            events.append(Event.from_dict(json.loads(tail)))
            torn = b""
        except (ValueError, KeyError, TypeError, AttributeError):
            torn = tail
    return Replay(events, torn if torn.strip() else b"", bad)


class Journal:
    """Appends events to ``journal.jsonl``; every ``append`` is on disk when it returns."""

    def __init__(self, path: Path) -> None:
        self.path = path
        existed = path.exists()
        self._repair_tail()
        self.fd = open_append(path)
        if not existed:
            fsync_dir(path.parent)

    def _repair_tail(self) -> None:
        """Cut a torn last line off (keeping a copy beside the journal) so new lines start clean."""
        if not self.path.exists():
            return
        data = self.path.read_bytes()
        if not data or data.endswith(b"\n"):
            return
        cut = data.rfind(b"\n") + 1
        tail = data[cut:]
        try:
            json.loads(tail)
            keep = data + b"\n"  # complete record whose newline was lost
        except ValueError:
            keep = data[:cut]
            torn = self.path.with_name(self.path.name + ".torn")
            fd = open_append(torn)
            try:
                os.write(fd, tail + b"\n")
            finally:
                os.close(fd)
        with open(self.path, "r+b") as out:
            out.seek(0)
            out.write(keep)
            out.truncate(len(keep))
            out.flush()
            os.fsync(out.fileno())

    def append(self, event: Event) -> None:
        line = json.dumps(event.to_dict(), ensure_ascii=False, separators=(",", ":")) + "\n"
        data = line.encode("utf-8", "replace")  # a lone surrogate (bad bytes on stdin) becomes '?'
        start = os.lseek(self.fd, 0, os.SEEK_END)
        written = 0
        try:
            while written < len(data):
                written += os.write(self.fd, data[written:])
            os.fsync(self.fd)
        except BaseException as error:
            # A half-written line (disk full, Ctrl-C mid-write) would glue the next event onto it.
            # A whole line stays when a stop signal comes during its fsync: the kernel has it, and
            # taking it back would lose what the facilitator saw saved.
            if written < len(data) or not isinstance(error, KeyboardInterrupt):
                with contextlib.suppress(OSError):
                    os.ftruncate(self.fd, start)
            raise

    def close(self) -> None:
        if self.fd >= 0:
            os.close(self.fd)
            self.fd = -1
