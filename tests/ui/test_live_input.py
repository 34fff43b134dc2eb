"""The live input line, driven with prompt_toolkit's pipe input: keys, the kept text, going back."""

from __future__ import annotations

import io
import os
import signal
from typing import Any

import pytest
from prompt_toolkit.application import Application

from intervision.errors import Stopped
from intervision.ui.live_input import Entry, Key
from intervision.ui.stopping import _deferrals, signals_stop
from tests.session.helpers import Rig
from tests.ui.helpers import alongside, live_rig, reader_for, terminal, vt100, wait_until

CTRL_B, CTRL_C, CTRL_P, F5, F6 = "\x02", "\x03", "\x10", "\x1b[15~", "\x1b[17~"


def read(r: Rig, keys: str, keep: str = "") -> Entry:
    with terminal() as pipe:
        pipe.send_text(keys)
        return reader_for(r).read(keep)


@pytest.mark.parametrize(
    ("keys", "entry"),
    [
        ("what did you do then?\r", Entry(line="what did you do then?")),
        ("\r", Entry(line="")),
        ("/extend 5\r", Entry(line="/extend 5")),
        (f"half a sen{CTRL_P}", Entry(key=Key.PAUSE, keep="half a sen")),
        (f"half{F5}", Entry(key=Key.PAUSE, keep="half")),
    ],
)
def test_keys(keys: str, entry: Entry) -> None:
    assert read(live_rig(), keys) == entry


def test_the_kept_text_comes_back_with_the_cursor_at_its_end() -> None:
    assert read(live_rig(), " fence\r", keep="half a sen") == Entry(line="half a sen fence")


def test_going_back_takes_two_presses() -> None:
    r = live_rig()
    r.engine.next()
    assert read(r, f"abc{CTRL_B}{CTRL_B}") == Entry(key=Key.BACK, keep="abc")
    assert read(r, f"{F6}{F6}") == Entry(key=Key.BACK)


def test_any_other_key_after_the_first_press_cancels_going_back() -> None:
    r = live_rig()
    r.engine.next()
    assert read(r, f"{CTRL_B}x{CTRL_B}y\r") == Entry(line="xy")


def test_at_the_start_there_is_nothing_to_confirm() -> None:
    # The controller says that there is no going further back.
    assert read(live_rig(), CTRL_B) == Entry(key=Key.BACK)


def test_ctrl_c_leaves_and_remembers_the_unfinished_line() -> None:
    reader = reader_for(live_rig())
    with terminal() as pipe:
        pipe.send_text(f"she left the{CTRL_C}")
        with pytest.raises(KeyboardInterrupt):
            reader.read()
    assert reader.unsent == "she left the"


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP])
def test_a_stop_signal_ends_the_line_and_remembers_it(signum: signal.Signals) -> None:
    reader = reader_for(live_rig())
    buffer = io.StringIO()
    with terminal(vt100(buffer)) as pipe, signals_stop():

        def steps() -> None:
            pipe.send_text("she left the ro")
            wait_until(lambda: "she left the ro" in buffer.getvalue())
            os.kill(os.getpid(), signum)

        check = alongside(pipe, steps)
        with pytest.raises(Stopped) as stopped:
            reader.read()
        check()
    assert stopped.value.signum == signum
    assert reader.unsent == "she left the ro"


def test_a_signal_as_the_line_is_sent_still_stops_and_the_line_is_not_lost(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    real_exit = Application.exit

    def exit_then_signal(app: Application[Any], **how: Any) -> None:
        real_exit(app, **how)
        if "result" in how:  # Enter: the signal comes right after it, before the line has ended
            _deferrals[-1](signal.SIGTERM)

    monkeypatch.setattr(Application, "exit", exit_then_signal)
    reader = reader_for(live_rig())
    with terminal() as pipe, signals_stop():
        pipe.send_text("the whole line\r")
        with pytest.raises(Stopped):
            reader.read()
    assert reader.unsent == "the whole line"  # kept as a note by the caller


def test_the_first_press_of_back_asks_in_the_hint_row() -> None:
    r = live_rig()
    r.engine.next()
    buffer = io.StringIO()
    with terminal(vt100(buffer)) as pipe:

        def steps() -> None:
            pipe.send_text(CTRL_B)
            wait_until(lambda: "Back to Anna? Ctrl-B again = yes" in buffer.getvalue())
            pipe.send_text("\r")

        check = alongside(pipe, steps)
        entry = reader_for(r).read()
        check()
    assert entry == Entry(line="")
