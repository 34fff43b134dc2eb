"""Hand-edited or damaged journals: bad lines are left out and reported, never a traceback."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from intervision.session.state import JournalDamaged, fold
from intervision.store.journal import JOURNAL, read_journal
from intervision.store.sessions import scan
from intervision.ui.run import read_session, render_stored
from tests.session.helpers import rig


def write_session(folder: Path, extra: list[str]) -> None:
    r = rig()
    r.engine.note("first note")
    r.advance(30)
    r.engine.next()
    lines = [json.dumps(e.to_dict()) for e in r.events]
    folder.mkdir()
    (folder / JOURNAL).write_text("\n".join([*lines, *extra]) + "\n", encoding="utf-8")


@pytest.mark.parametrize(
    "line",
    [
        "[1, 2]",
        '"just text"',
        '{"seq": 90, "t": 40, "kind": "note", "phase": "check-in"}',  # no text
        '{"seq": 91, "t": 41, "kind": "moved", "phase": "x", "turn": 0}',  # not a number
        '{"seq": 92, "t": 42, "kind": "owner-chosen", "case": 1}',  # no member
        '{"seq": 93, "kind": "paused"}',  # no time
        '{"seq": 94, "t": 44, "kind": "no-such-kind"}',
        "{not json",
        '{"seq": 95, "t": 45, "kind": "moved", "phase": 999, "turn": 0}',  # no such phase
        '{"seq": 96, "t": 46, "kind": "note", "phase": "x", "note_kind": "note", "speaker": 123, "text": "x"}',
        '{"seq": 97, "t": 47, "kind": "agreement", "phase": "x", "who": "A", "what": "B", "by": 5}',
        '{"seq": 98, "t": Infinity, "kind": "paused"}',
        '{"seq": 98, "t": 48, "kind": "score", "phase": "x", "member": "Anna", "value": 1e400}',
        '{"seq": 98, "t": 48, "kind": "extended", "minutes": 1e400}',
    ],
)
def test_a_damaged_line_is_left_out_and_reported(tmp_path: Path, line: str) -> None:
    folder = tmp_path / "s"
    write_session(folder, [line, '{"seq": 99, "t": 50, "wall": "", "kind": "paused"}'])
    out = io.StringIO()
    events, _ = read_session(folder, out)
    assert "could not be read" in out.getvalue() or "unreadable" in out.getvalue()
    state = fold(events)
    assert [n.text for n in state.notes] == ["first note"]
    assert state.paused  # the good line after the damaged one still counts
    assert "first note" in render_stored(folder, io.StringIO())
    found = scan(folder)
    assert found is not None and found.protocol == "demo"


@pytest.mark.parametrize(
    "first",
    [
        "",
        "[]",
        '{"seq": 1, "t": 0, "kind": "started"}',
        '{"seq": 1, "t": 0, "kind": "note", "text": "x"}',
    ],
)
def test_a_journal_without_a_readable_start_is_refused_in_words(tmp_path: Path, first: str) -> None:
    folder = tmp_path / "s"
    folder.mkdir()
    (folder / JOURNAL).write_text(first + "\n", encoding="utf-8")
    with pytest.raises(JournalDamaged) as refused:
        read_session(folder, io.StringIO())
    assert "journal is damaged" in str(refused.value)
    assert scan(folder) is None


def test_a_started_event_with_a_broken_protocol_is_refused_in_words(tmp_path: Path) -> None:
    folder = tmp_path / "s"
    write_session(folder, [])
    lines = (folder / JOURNAL).read_text(encoding="utf-8").splitlines()
    first = json.loads(lines[0])
    first["protocol"]["opening"] = "not a list"
    (folder / JOURNAL).write_text(
        "\n".join([json.dumps(first), *lines[1:]]) + "\n", encoding="utf-8"
    )
    with pytest.raises(JournalDamaged):
        fold(read_journal(folder / JOURNAL).events)


def test_resume_accepts_a_wall_time_without_an_offset(tmp_path: Path) -> None:
    from intervision.store.recording import seconds_since

    assert seconds_since("2026-11-23T18:04:06") >= 0
    assert seconds_since("not a time") == 0.0
