"""The clock rows: written in place once a second on a VT100 terminal, redrawn elsewhere; the ticker's beat."""

from __future__ import annotations

import io
import re

import pytest
from prompt_toolkit.output.plain_text import PlainTextOutput

from intervision.ui.live_clock import RESTORE_CURSOR, SAVE_CURSOR, Ticker, speaks_vt100
from intervision.ui.live_input import Entry, LineReader
from intervision.ui.live_signals import TimeSignals
from tests.ui.helpers import alongside, live_rig, reader_for, terminal, vt100, wait_until


def test_only_vt100_terminals_get_rows_written_by_hand() -> None:
    assert speaks_vt100(vt100(io.StringIO()))
    assert not speaks_vt100(PlainTextOutput(io.StringIO()))


def test_the_clock_rows_are_written_in_place() -> None:
    buffer = io.StringIO()
    with terminal(vt100(buffer)) as pipe:
        pipe.send_text("note\r")
        assert reader_for(live_rig()).read() == Entry(line="note")
    written = buffer.getvalue()
    assert "Check in" in written  # the block, drawn by prompt_toolkit
    start = written.index(SAVE_CURSOR)
    end = written.index(RESTORE_CURSOR, start)
    rows = written[start:end]
    # from the input line up past the key hint and the two clock rows, to the start of the first
    assert rows.startswith(SAVE_CURSOR + "\x1b[3A\r")
    text = re.sub(r"\x1b\[[0-9;]*[A-Za-z]", "", rows)
    assert "▶ Now: Anna [1/4]  1:00 left" in text
    assert "phase 4:00 left · session 35:00 left · on schedule" in text
    assert "1:00 left" not in written[:start]  # prompt_toolkit itself leaves those rows blank


def test_the_clock_keeps_running_while_the_facilitator_types() -> None:
    r = live_rig()
    buffer = io.StringIO()
    with terminal(vt100(buffer)) as pipe:
        pipe.send_text("typing a no")

        def steps() -> None:
            wait_until(lambda: "1:00 left" in buffer.getvalue())
            r.advance(2.6)  # the fake clock moves on: 57.4 s left, shown as 0:58
            wait_until(lambda: "0:58 left" in buffer.getvalue())
            pipe.send_text("te\r")

        check = alongside(pipe, steps)
        entry = reader_for(r).read()
        check()
    assert entry == Entry(line="typing a note")


def test_without_vt100_escapes_prompt_toolkit_redraws_the_clock() -> None:
    r = live_rig()
    buffer = io.StringIO()
    with terminal(PlainTextOutput(buffer)) as pipe:

        def steps() -> None:
            wait_until(lambda: "▶ Now: Anna [1/4]  1:00 left" in buffer.getvalue())
            drawn = len(buffer.getvalue())
            r.advance(2.6)
            # prompt_toolkit redraws only the characters that changed: 1:00 → 0:58, 4:00 → 3:58, …
            wait_until(lambda: "58" in buffer.getvalue()[drawn:])
            pipe.send_text("\r")

        check = alongside(pipe, steps)
        reader_for(r).read()
        check()
    assert SAVE_CURSOR not in buffer.getvalue()


def test_a_bell_rings_in_the_terminal_when_time_runs_out() -> None:
    r = live_rig()
    r.advance(59.9)
    buffer = io.StringIO()
    reader = LineReader(r.engine, TimeSignals(bell=True), warn_seconds=60)
    with terminal(vt100(buffer)) as pipe:

        def steps() -> None:
            wait_until(lambda: "0:01 left" in buffer.getvalue())
            r.advance(0.2)
            wait_until(lambda: "\a" in buffer.getvalue())
            wait_until(lambda: "0:00 over time" in buffer.getvalue())
            pipe.send_text("\r")

        check = alongside(pipe, steps)
        reader.read()
        check()
    assert buffer.getvalue().count("\a") == 1


def test_a_rehearsal_ticks_at_most_five_times_a_second() -> None:
    r = live_rig()
    ticker = Ticker(r.engine, lambda: None)
    r.advance(0.5)
    assert ticker.wait() == pytest.approx(0.502)
    ticker.speed = 30
    assert ticker.wait() == pytest.approx(0.2)
