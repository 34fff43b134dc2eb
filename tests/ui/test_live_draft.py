"""The line being typed, journaled on a pause in typing; and what a resume brings back of it."""

from __future__ import annotations

import io
import time

import pytest

from intervision.session.events import Kind
from intervision.ui.live_draft import MAX_SECONDS, PAUSE_SECONDS, DraftKeeper, due, recovered
from intervision.ui.live_input import Entry, LineReader
from intervision.ui.live_signals import TimeSignals
from tests.session.helpers import Rig
from tests.ui.helpers import alongside, live_rig, terminal, vt100, wait_until


@pytest.mark.parametrize(
    ("now", "first", "when"),
    [
        (10.0, 10.0, 10.0 + PAUSE_SECONDS),  # the first key: saved after a pause
        (11.5, 10.0, 12.5),  # typing on: each key moves the save on ...
        (12.8, 10.0, 10.0 + MAX_SECONDS),  # ... but not past the longest wait
    ],
)
def test_when_a_line_is_saved(now: float, first: float, when: float) -> None:
    assert due(now, first, PAUSE_SECONDS, MAX_SECONDS) == pytest.approx(when)


def drafts(r: Rig) -> list[str]:
    return [str(e.data["text"]) for e in r.events if e.kind is Kind.DRAFT]  # type: ignore[typeddict-item]


def quick_reader(r: Rig, pause: float = 0.05, most: float = 0.3) -> LineReader:
    keeper = DraftKeeper(r.engine, pause=pause, most=most)
    return LineReader(r.engine, TimeSignals(bell=False), warn_seconds=60, drafts=keeper)


def test_a_pause_in_typing_journals_the_line() -> None:
    r = live_rig()
    reader = quick_reader(r)
    buffer = io.StringIO()
    with terminal(vt100(buffer)) as pipe:

        def steps() -> None:
            pipe.send_text("she left the ro")
            wait_until(lambda: drafts(r) == ["she left the ro"])
            pipe.send_text("om\r")

        check = alongside(pipe, steps)
        entry = reader.read()
        check()
    assert entry == Entry(line="she left the room")
    assert r.state.draft == "she left the ro"  # the caller clears it once the line is handled


def test_typing_on_without_a_pause_is_journaled_all_the_same() -> None:
    r = live_rig()
    reader = quick_reader(r, pause=10.0, most=0.2)  # no pause is ever long enough
    with terminal() as pipe:

        def steps() -> None:
            for letter in "typing on and on":
                pipe.send_text(letter)
                time.sleep(0.04)
            wait_until(lambda: bool(drafts(r)))
            pipe.send_text("\r")

        check = alongside(pipe, steps)
        reader.read()
        check()
    saved = drafts(r)
    assert saved and all("typing on and on".startswith(text) for text in saved)
    assert len(saved) >= 2  # saved while the typing went on, not only at the end


def test_nothing_is_journaled_while_nothing_changes() -> None:
    r = live_rig()
    reader = quick_reader(r)
    with terminal() as pipe:

        def steps() -> None:
            time.sleep(0.3)  # six pauses long, nothing typed
            pipe.send_text("\r")

        check = alongside(pipe, steps)
        reader.read()
        check()
    assert drafts(r) == []


def test_a_kept_line_is_journaled_in_the_next_prompt() -> None:
    r = live_rig()
    reader = quick_reader(r)
    with terminal() as pipe:
        pipe.send_text("\x10")  # Ctrl-P at once: no pause in typing yet
        entry = reader.read(keep="half a sen")
    assert entry.keep == "half a sen"
    with terminal() as pipe:

        def steps() -> None:
            wait_until(lambda: drafts(r) == ["half a sen"])
            pipe.send_text("tence\r")

        check = alongside(pipe, steps)
        reader.read(keep=entry.keep)
        check()


@pytest.mark.parametrize(
    ("draft", "notes", "back"),
    [
        ("", [], ""),
        ("   ", [], ""),
        ("she left the ro", [], "she left the ro"),
        (
            "she left the room",
            ["she left the room"],
            "",
        ),  # entered; the crash came before the clearing
        ("Bram: a colleague", ["a colleague"], ""),
        ("she left the room", ["something else"], "she left the room"),
        ("/exte", [], "/exte"),  # a command is put back, never run
    ],
)
def test_what_a_resume_brings_back(draft: str, notes: list[str], back: str) -> None:
    r = live_rig()
    r.engine.note("written before the draft")
    r.engine.draft(draft)
    for text in notes:
        r.engine.note(text)
    assert recovered(r.state, r.state.members) == back


def test_a_note_written_before_the_draft_does_not_count_as_entering_it() -> None:
    r = live_rig()
    r.engine.note("the same words")
    r.engine.draft("the same words")  # typed again, not yet entered
    assert recovered(r.state, r.state.members) == "the same words"
