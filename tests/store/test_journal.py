"""The journal: one fsynced JSON line per event, readable after a crash at any byte."""

from __future__ import annotations

import errno
import json
import os
import stat
from pathlib import Path

import pytest

from intervision.errors import IntervisionError
from intervision.session.events import Event, Kind
from intervision.session.state import fold
from intervision.store.journal import JOURNAL, Journal, read_journal
from tests.session.helpers import rig


def line(event: Event) -> bytes:
    return json.dumps(event.to_dict(), ensure_ascii=False, separators=(",", ":")).encode() + b"\n"


@pytest.fixture
def events() -> list[Event]:
    r = rig()
    r.advance(61.5)
    r.engine.note('Ünïcode ✓ and a "quote"\nover two lines')
    r.engine.next()
    r.engine.score("Cor", 8)
    return r.events


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / JOURNAL


def write(path: Path, events: list[Event]) -> None:
    journal = Journal(path)
    try:
        for event in events:
            journal.append(event)
    finally:
        journal.close()


def test_append_and_read_back(path: Path, events: list[Event]) -> None:
    write(path, events)
    replay = read_journal(path)
    assert replay.events == events
    assert (replay.torn_tail, replay.bad_lines) == (b"", [])
    assert fold(replay.events) == fold(events)


def test_one_line_per_event(path: Path, events: list[Event]) -> None:
    write(path, events)
    lines = path.read_bytes().split(b"\n")
    assert lines[-1] == b""
    assert len(lines) - 1 == len(events)
    assert "Ünïcode ✓".encode() in path.read_bytes()


def test_the_journal_is_owner_only(path: Path, events: list[Event]) -> None:
    write(path, events)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_appending_after_reopening(path: Path, events: list[Event]) -> None:
    write(path, events[:2])
    write(path, events[2:])
    assert read_journal(path).events == events


def test_close_twice(path: Path) -> None:
    journal = Journal(path)
    journal.close()
    journal.close()


def test_a_missing_journal_is_an_intervision_error(path: Path) -> None:
    with pytest.raises(IntervisionError) as caught:
        read_journal(path)
    assert caught.value.key == "journal.unreadable"


# --- crashes ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("cut", [1, 10, -2], ids=["first-byte", "middle", "all-but-the-brace"])
def test_a_torn_last_line_is_reported_not_fatal(path: Path, events: list[Event], cut: int) -> None:
    last = line(events[-1])
    torn = last[:cut]
    path.write_bytes(b"".join(line(e) for e in events[:-1]) + torn)
    replay = read_journal(path)
    assert replay.events == events[:-1]
    assert replay.torn_tail == torn
    assert replay.bad_lines == []


def test_a_torn_multibyte_character_is_a_torn_line(path: Path, events: list[Event]) -> None:
    note = line(events[2])
    cut = note.index("✓".encode()) + 1
    path.write_bytes(b"".join(line(e) for e in events[:2]) + note[:cut])
    replay = read_journal(path)
    assert replay.events == events[:2]
    assert replay.torn_tail == note[:cut]


def test_opening_cuts_a_torn_tail_off_and_keeps_a_copy(path: Path, events: list[Event]) -> None:
    torn = line(events[-1])[:15]
    path.write_bytes(b"".join(line(e) for e in events[:-1]) + torn)
    write(path, events[-1:])
    replay = read_journal(path)
    assert replay.events == events
    assert (replay.torn_tail, replay.bad_lines) == (b"", [])
    copy = path.with_name(JOURNAL + ".torn")
    assert copy.read_bytes() == torn + b"\n"
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600


def test_a_complete_last_line_without_its_newline_is_kept(path: Path, events: list[Event]) -> None:
    path.write_bytes(b"".join(line(e) for e in events).rstrip(b"\n"))
    assert read_journal(path).events == events
    assert read_journal(path).torn_tail == b""
    write(path, [])
    assert path.read_bytes().endswith(b"}\n")
    assert not path.with_name(JOURNAL + ".torn").exists()
    assert read_journal(path).events == events


def test_bad_lines_in_the_middle_are_reported(path: Path, events: list[Event]) -> None:
    good = [line(e) for e in events]
    path.write_bytes(
        good[0] + b"{not json\n" + good[1] + b'{"seq": 3}\n' + b"\n" + b"".join(good[2:])
    )
    replay = read_journal(path)
    assert replay.events == events
    assert replay.bad_lines == [2, 4]
    assert replay.torn_tail == b""


def test_a_full_disk_leaves_no_half_line(
    path: Path, events: list[Event], monkeypatch: pytest.MonkeyPatch
) -> None:
    journal = Journal(path)
    journal.append(events[0])
    real_write = os.write
    calls = []

    def filling_up(fd: int, data: bytes) -> int:
        calls.append(len(data))
        if len(calls) == 1:
            return real_write(fd, data[: len(data) // 2])
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "write", filling_up)
    with pytest.raises(OSError) as caught:
        journal.append(events[1])
    assert (caught.value.errno, caught.value.filename) == (errno.ENOSPC, str(path))
    assert len(calls) == 2
    assert path.read_bytes() == line(events[0])
    monkeypatch.undo()
    journal.append(events[1])  # the disk has room again: the line starts clean
    journal.close()
    assert read_journal(path).events == events[:2]


def test_an_engine_writing_to_a_full_disk_keeps_its_state(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    journal = Journal(path)
    r = rig()
    r.engine.sink = journal.append
    r.engine.note("saved")

    def full(fd: int, data: bytes) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "write", full)
    with pytest.raises(OSError):
        r.engine.note("not saved")
    monkeypatch.undo()
    r.engine.note("saved again")
    journal.close()
    kept = [e for e in read_journal(path).events if e.kind is Kind.NOTE]
    assert [e.data["text"] for e in kept] == ["saved", "saved again"]
    assert [n.text for n in r.state.notes] == ["saved", "saved again"]


def test_a_stop_signal_during_the_fsync_keeps_the_whole_line(
    path: Path, events: list[Event], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ctrl-C, SIGTERM or SIGHUP just as a note is synced: the note was written whole, so it stays."""
    journal = Journal(path)
    journal.append(events[0])

    def stopped(fd: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", stopped)
    with pytest.raises(KeyboardInterrupt):
        journal.append(events[1])
    monkeypatch.undo()
    journal.close()
    assert path.read_bytes() == line(events[0]) + line(events[1])


@pytest.mark.parametrize(
    "failure", [KeyboardInterrupt(), OSError(errno.EIO, "Input/output error")], ids=["stop", "eio"]
)
def test_a_line_not_written_whole_or_not_synced_is_taken_back(
    path: Path, events: list[Event], monkeypatch: pytest.MonkeyPatch, failure: BaseException
) -> None:
    journal = Journal(path)
    journal.append(events[0])
    real_write = os.write

    def half_then_fail(fd: int, data: bytes) -> int:
        if isinstance(failure, OSError):
            return real_write(fd, data)  # written whole; the fsync fails below
        real_write(fd, data[: len(data) // 2])
        raise failure

    def sync(fd: int) -> None:
        raise failure

    monkeypatch.setattr(os, "write", half_then_fail)
    monkeypatch.setattr(os, "fsync", sync)
    with pytest.raises(type(failure)):
        journal.append(events[1])
    monkeypatch.undo()
    journal.close()
    assert path.read_bytes() == line(events[0])
