"""The journal: one JSON line per event, written and fsynced before the session moves on."""

from __future__ import annotations

import contextlib
import itertools
import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from intervision.errors import IntervisionError
from intervision.i18n import t
from intervision.session.events import Event, PayloadError
from intervision.store.files import fsync_dir, name, open_append

JOURNAL = "journal.jsonl"


@dataclass(frozen=True)
class Replay:
    """The events of a journal in the order of their numbers, and what had to be repaired on the way."""

    events: list[Event]
    torn_tail: bytes  # an incomplete last line (a write cut off by a crash), b"" if none
    bad_lines: list[int]  # 1-based numbers of lines that could not be read
    wrong: dict[int, PayloadError] = field(default_factory=dict)  # lines refused for a wrong value
    repeated: dict[int, int] = field(default_factory=dict)  # a repeated line → the line it repeats
    shared: dict[int, list[int]] = field(default_factory=dict)  # a number two different lines carry
    reordered: bool = False  # lines were out of order (a sync conflict) and were sorted

    def notices(self) -> list[str]:
        """One line for the user per repair, so that nothing is left out without a word."""
        out = [t("run.torn_line")] if self.torn_tail else []
        for number in self.bad_lines:
            wrong = self.wrong.get(number)
            if wrong is None:
                out.append(t("run.bad_line", number=number))
            else:
                out.append(t("journal.wrong_value", number=number, what=field_problem(wrong)))
        out += [t("journal.repeated_line", number=n, first=f) for n, f in self.repeated.items()]
        out += [
            t("journal.shared_number", seq=seq, lines=", ".join(map(str, numbers)))
            for seq, numbers in self.shared.items()
        ]
        if self.reordered:
            out.append(t("journal.reordered"))
        return out


# What a field should hold, in words: by its name where the name says more than its type.
_BY_NAME = {"members": "names", "protocol": "protocol", "owners": "owners", "value": "score"}
_BY_TYPE = {str: "text", int: "whole", float: "number", bool: "flag"}


def field_problem(error: PayloadError) -> str:
    """'members' should be a list of names — what a refused value should have been, in words."""
    import typing

    if error.hint is None:
        expected = "missing"
    else:
        options = [h for h in typing.get_args(error.hint) if h is not type(None)] or [error.hint]
        expected = _BY_NAME.get(error.field) or _BY_TYPE.get(options[0], "other")
    return t("journal.field_problem", field=error.field, expected=t(f"journal.expect.{expected}"))


def _event(line: bytes) -> Event:
    return Event.from_dict(json.loads(line))


_UNREADABLE = (ValueError, KeyError, TypeError, AttributeError)


def read_journal(path: Path) -> Replay:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise IntervisionError(
            "journal.unreadable", path=path, reason=exc.strerror or exc
        ) from None
    *lines, tail = raw.split(b"\n")
    read: list[tuple[int, Event]] = []
    bad: list[int] = []
    wrong: dict[int, PayloadError] = {}

    def take(number: int, line: bytes) -> bool:
        """False when the line is no JSON event at all."""
        try:
            read.append((number, _event(line)))
        except PayloadError as error:
            bad.append(number)
            wrong[number] = error
        except _UNREADABLE:
            return False
        return True

    for number, line in enumerate(lines, start=1):
        if line.strip() and not take(number, line):
            bad.append(number)
    # A last line without its newline may still be complete JSON (written, newline lost).
    torn = b"" if not tail.strip() or take(len(lines) + 1, tail) else tail
    events, repeated, shared, reordered = _in_order(read)
    return Replay(events, torn, bad, wrong, repeated, shared, reordered)


def _in_order(
    read: list[tuple[int, Event]],
) -> tuple[list[Event], dict[int, int], dict[int, list[int]], bool]:
    """Events sorted by number (a sync conflict may reorder lines), exact repeats left out.

    Two different lines with the same number (two copies of a journal that both went on) are both
    kept, in the order of the file; new events continue after the highest number either way.
    """
    first_of: dict[int, list[tuple[int, Event]]] = {}
    repeated: dict[int, int] = {}
    kept: list[tuple[int, Event]] = []
    for number, event in read:
        same = first_of.setdefault(event.seq, [])
        twin = next((n for n, e in same if e == event), None)
        if twin is not None:
            repeated[number] = twin
            continue
        same.append((number, event))
        kept.append((number, event))
    shared = {seq: [n for n, _ in same] for seq, same in first_of.items() if len(same) > 1}
    seqs = [event.seq for _, event in kept]
    reordered = any(a > b for a, b in itertools.pairwise(seqs))
    events = [event for _, event in sorted(kept, key=lambda pair: pair[1].seq)]
    return events, repeated, shared, reordered


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
            if isinstance(error, OSError):
                name(error, self.path)
            raise

    def close(self) -> None:
        if self.fd >= 0:
            os.close(self.fd)
            self.fd = -1
