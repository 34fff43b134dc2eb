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
        # whole numbers too large for a float (math.isfinite, float() and int() overflow on them)
        '{"seq": 98, "t": 48, "kind": "extended", "minutes": 1' + "0" * 400 + "}",
        '{"seq": 98, "t": 1' + "0" * 400 + ', "kind": "paused"}',
        '{"seq": 1e400, "t": 48, "kind": "paused"}',
    ],
)
def test_a_damaged_line_is_left_out_and_reported(tmp_path: Path, line: str) -> None:
    folder = tmp_path / "s"
    write_session(folder, [line, '{"seq": 99, "t": 50, "wall": "", "kind": "paused"}'])
    out = io.StringIO()
    events, _ = read_session(folder, out)
    assert "skipped" in out.getvalue()
    state = fold(events)
    assert [n.text for n in state.notes] == ["first note"]
    assert state.paused  # the good line after the damaged one still counts
    assert "first note" in render_stored(folder, io.StringIO())
    found = scan(folder)
    assert found is not None and found.protocol == "demo"


@pytest.mark.parametrize(
    ("first", "problem"),
    [
        ("", "the journal is empty"),
        ("[]", "its first line (the start of the session: method and members) cannot be read"),
        (
            "{not json",
            "its first line (the start of the session: method and members) cannot be read",
        ),
        (
            '{"seq": 1, "t": 0, "kind": "started"}',
            "in its first line (the start of the session): 'cases' is missing",
        ),
        (
            '{"seq": 1, "t": 0, "kind": "note", "text": "x"}',
            "its first line (the start of the session: method and members) is missing",
        ),
    ],
)
def test_a_journal_without_a_readable_start_is_a_damaged_session_that_says_why(
    tmp_path: Path, first: str, problem: str
) -> None:
    folder = tmp_path / "2026-11-23-incidentmethode-2"
    folder.mkdir()
    (folder / JOURNAL).write_text(first + "\n", encoding="utf-8")
    with pytest.raises(JournalDamaged) as refused:
        read_session(folder, io.StringIO())
    assert "journal is damaged" in str(refused.value)
    found = scan(folder)
    assert found is not None
    assert (found.status, found.problem) == ("damaged", problem)
    assert (found.date, found.protocol) == ("2026-11-23", "incidentmethode")


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


# --- sync conflicts: repeated and reordered lines --------------------------------------------------


def _two_notes(folder: Path) -> list[str]:
    """A journal ending in the notes 'A' and 'B'; returns its lines."""
    r = rig()
    r.engine.note("A")
    r.engine.note("B")
    lines = [json.dumps(e.to_dict()) for e in r.events]
    folder.mkdir()
    return lines


def _resume_note_undo(folder: Path, lines: list[str]) -> tuple[list[str], str, str]:
    """Write ``lines``, resume, type 'C', undo; the notes left, what undo took back, the notices."""
    from intervision.session.clock import FakeClock
    from intervision.session.engine import SessionEngine

    (folder / JOURNAL).write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = io.StringIO()
    _, state = read_session(folder, out)
    engine = SessionEngine.continue_from(state, clock=FakeClock(0.0), sink=lambda e: None)
    engine.note("C")
    taken = engine.undo()
    return [n.text for n in engine.state.notes if not n.removed], taken, out.getvalue()


def test_a_repeated_line_counts_once_and_undo_takes_back_the_newest_note(tmp_path: Path) -> None:
    folder = tmp_path / "s"
    lines = _two_notes(folder)
    a_line = next(line for line in lines if '"text": "A"' in line)
    left, taken, notices = _resume_note_undo(folder, [*lines, a_line])  # A again, at the end
    assert (left, taken) == (["A", "B"], "C")
    assert f"line {len(lines) + 1} of the journal repeats line {lines.index(a_line) + 1}" in notices


def test_reordered_lines_are_read_in_number_order_and_undo_takes_back_the_newest(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "s"
    lines = _two_notes(folder)
    swapped = [*lines[:-2], lines[-1], lines[-2]]  # B before A: the last line is not the highest
    left, taken, notices = _resume_note_undo(folder, swapped)
    assert (left, taken) == (["A", "B"], "C")
    assert "out of order" in notices


def test_new_events_continue_after_the_highest_number_whatever_the_order() -> None:
    r = rig()
    r.engine.note("A")
    r.engine.note("B")
    events = [*r.events[:-2], r.events[-1], r.events[-2]]
    assert fold(events).seq == max(e.seq for e in r.events)


def test_two_different_lines_with_one_number_are_both_kept_and_reported(tmp_path: Path) -> None:
    folder = tmp_path / "s"
    lines = _two_notes(folder)
    other = json.loads(lines[-1])
    other["text"] = "B from the other laptop"
    (folder / JOURNAL).write_text("\n".join([*lines, json.dumps(other)]) + "\n", encoding="utf-8")
    out = io.StringIO()
    _, state = read_session(folder, out)
    assert [n.text for n in state.notes] == ["A", "B", "B from the other laptop"]
    assert f"lines {len(lines)}, {len(lines) + 1} of the journal carry the same number" in (
        out.getvalue()
    )


# --- values of the wrong type ---------------------------------------------------------------------


def _with_first(folder: Path, **changes: object) -> None:
    write_session(folder, [])
    lines = (folder / JOURNAL).read_text(encoding="utf-8").splitlines()
    first = {**json.loads(lines[0]), **changes}
    (folder / JOURNAL).write_text(
        "\n".join([json.dumps(first), *lines[1:]]) + "\n", encoding="utf-8"
    )


def test_members_as_one_text_are_refused_not_spelt_out(tmp_path: Path) -> None:
    folder = tmp_path / "2026-11-23-demo"
    _with_first(folder, members="Anna")
    with pytest.raises(JournalDamaged):
        read_session(folder, io.StringIO())
    found = scan(folder)
    assert found is not None and found.damaged
    assert found.problem == (
        "in its first line (the start of the session): 'members' should be a list of names"
    )


@pytest.mark.parametrize(
    ("line", "said"),
    [
        ('"text": null', "'text' should be text"),
        ('"text": ["a", "b"]', "'text' should be text"),
        ('"speaker": 7', "'speaker' should be text"),
    ],
)
def test_a_note_of_the_wrong_type_is_skipped_with_what_is_wrong(
    tmp_path: Path, line: str, said: str
) -> None:
    folder = tmp_path / "s"
    fields = {"text": '"x"', "speaker": '"Anna"'}
    name = line.split(":")[0].strip('"')
    fields[name] = line.split(": ", 1)[1]
    bad = (
        '{"seq": 90, "t": 40, "kind": "note", "phase": "check-in", "note_kind": "note", '
        f'"speaker": {fields["speaker"]}, "text": {fields["text"]}}}'
    )
    write_session(folder, [bad])
    out = io.StringIO()
    _, state = read_session(folder, out)
    assert [n.text for n in state.notes] == ["first note"]  # no note "None"
    assert "None" not in render_stored(folder, io.StringIO())
    number = len((folder / JOURNAL).read_text(encoding="utf-8").splitlines())
    assert out.getvalue() == f"Note: line {number} of the journal is skipped: {said}\n"


def test_wrong_types_are_said_in_dutch_too(tmp_path: Path) -> None:
    from intervision import i18n

    folder = tmp_path / "s"
    _with_first(folder, members="Anna")
    i18n.set_language("nl")
    found = scan(folder)
    assert found is not None
    assert "'members' moet een lijst met namen zijn" in found.problem


@pytest.mark.parametrize(
    ("line", "said"),
    [
        (
            '{"seq": 90, "t": 40, "kind": "moved", "phase": "1", "turn": 0}',
            "'phase' should be a whole number",
        ),
        (
            '{"seq": 90, "t": 40, "kind": "moved", "phase": 1, "turn": 0, "skipped": "yes"}',
            "'skipped' should be true or false",
        ),
        (
            '{"seq": 90, "t": 40, "kind": "extended", "minutes": "5"}',
            "'minutes' should be a number",
        ),
        (
            '{"seq": 90, "t": 40, "kind": "score", "phase": "x", "member": "A", "value": "7,5"}',
            "'value' should be a score from 1 to 10, in half points",
        ),
        ('{"seq": 90, "t": 40, "kind": "note-removed"}', "'note' is missing"),
        (
            '{"seq": 90, "t": 40, "kind": "ended", "reason": "tired"}',
            "'reason' holds a value that does not fit here",
        ),
    ],
)
def test_every_wrong_value_is_named_in_words(tmp_path: Path, line: str, said: str) -> None:
    folder = tmp_path / "s"
    write_session(folder, [line])
    out = io.StringIO()
    read_session(folder, out)
    number = len((folder / JOURNAL).read_text(encoding="utf-8").splitlines())
    assert out.getvalue() == f"Note: line {number} of the journal is skipped: {said}\n"
