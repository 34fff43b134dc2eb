"""A recording owns folder, lock and journal: it cleans up what never began and resumes what did."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from intervision.errors import IntervisionError, UsageError
from intervision.session.clock import FakeClock
from intervision.session.engine import SessionEngine, Sink
from intervision.session.events import Kind
from intervision.store import recording
from intervision.store.journal import JOURNAL, read_journal
from intervision.store.sessions import MINUTES, SessionLock
from tests.session.helpers import FACILITATOR, MEMBERS, demo_protocol, rig


def starter(owner: str | None = None) -> tuple[list[int], object]:
    calls: list[int] = []

    def begin(sink: Sink) -> SessionEngine:
        calls.append(1)
        engine = SessionEngine.start(
            demo_protocol(), members=MEMBERS, facilitator=FACILITATOR, clock=FakeClock(), sink=sink
        )
        if owner:
            engine.choose_owner(1, owner)
        return engine

    return calls, begin


def test_a_new_session_is_locked_journaled_and_kept_once_begun(tmp_path: Path) -> None:
    calls, begin = starter()
    with recording.new(tmp_path, "demo", begin) as record:  # type: ignore[arg-type]
        assert SessionLock(record.folder).held_elsewhere()
        record.engine.agree_rules()
        record.engine.note("kept")
        path = record.write_minutes("# minutes\n").path
    assert calls == [1, 1]  # a dry run, then the real one
    assert not SessionLock(record.folder).held_elsewhere()
    kinds = [e.kind for e in read_journal(record.folder / JOURNAL).events]
    assert kinds == [Kind.STARTED, Kind.RULES_AGREED, Kind.NOTE]
    assert path == record.folder / MINUTES and path.read_text(encoding="utf-8") == "# minutes\n"
    assert oct(path.stat().st_mode & 0o777) == "0o600"


def test_a_session_that_never_began_leaves_no_folder(tmp_path: Path) -> None:
    _, begin = starter()
    with recording.new(tmp_path, "demo", begin) as record:  # type: ignore[arg-type]
        pass
    assert not record.folder.exists()


def test_a_refusal_before_the_start_leaves_no_folder(tmp_path: Path) -> None:
    _, begin = starter(owner="Nobody")
    with (
        pytest.raises(UsageError),
        recording.new(tmp_path / "sessions", "demo", begin),  # type: ignore[arg-type]
    ):
        pass
    assert not (tmp_path / "sessions").exists()


def test_a_resumed_session_goes_on_and_reports_what_it_left_out(tmp_path: Path) -> None:
    _, begin = starter()
    with recording.new(tmp_path, "demo", begin) as record:  # type: ignore[arg-type]
        record.engine.agree_rules()
        record.engine.note("before")
        record.engine.interrupt()
    with (record.folder / JOURNAL).open("a", encoding="utf-8") as journal:
        journal.write("{not json\n")
    heard: list[recording.Reading] = []
    with recording.resumed(record.folder, heard.append) as again:
        assert SessionLock(record.folder).held_elsewhere()
        again.engine.note("after")
    assert heard[0].bad_lines == [5] and not heard[0].torn_tail
    reading = recording.read(record.folder)
    assert [n.text for n in reading.state.notes] == ["before", "after"]
    assert Kind.CONTINUED in [e.kind for e in reading.events]


def test_a_finished_session_is_not_resumed_and_stays_unlocked(tmp_path: Path) -> None:
    _, begin = starter()
    with recording.new(tmp_path, "demo", begin) as record:  # type: ignore[arg-type]
        record.engine.agree_rules()
        record.engine.end()
    with pytest.raises(IntervisionError), recording.resumed(record.folder, lambda r: None):
        pass
    assert not SessionLock(record.folder).held_elsewhere()


def test_a_session_resumed_months_later_reads_back_whole(tmp_path: Path) -> None:
    """200 days between two sittings: the 'continued' line must stay readable."""
    folder = tmp_path / "2026-01-05-demo"
    folder.mkdir()
    r = rig()
    r.engine.wall = lambda: "2025-06-01T10:00:00+02:00"  # the last sitting, half a year ago
    r.engine.note("before the summer")
    r.engine.interrupt()
    (folder / JOURNAL).write_text("".join(json.dumps(e.to_dict()) + "\n" for e in r.events))
    with recording.resumed(folder, lambda reading: None) as record:
        record.engine.note("after the summer")
    reading = recording.read(folder)
    assert reading.bad_lines == [] and reading.notices == []
    assert not reading.state.interrupted
    assert [n.text for n in reading.state.notes] == ["before the summer", "after the summer"]
