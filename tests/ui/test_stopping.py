"""Stop signals and a terminal that went away: the exception they become, and outputs that fail no more."""

from __future__ import annotations

import io
import os
import pty
import signal

import pytest

from intervision.errors import Stopped, exit_code_of
from intervision.ui.stopping import (
    deferred,
    quiet_dead_outputs,
    saving,
    signals_stop,
    terminal_gone,
)


@pytest.mark.parametrize(("signum", "code"), [(signal.SIGTERM, 143), (signal.SIGHUP, 129)])
def test_a_stop_signal_is_raised_as_stopped_with_the_shells_exit_code(
    signum: signal.Signals, code: int
) -> None:
    with pytest.raises(Stopped) as stopped, signals_stop():
        os.kill(os.getpid(), signum)
        pytest.fail("the handler runs as soon as os.kill returns")
    assert stopped.value.signum == signum
    assert isinstance(stopped.value, KeyboardInterrupt)  # saved by every Ctrl-C handler on the way
    assert exit_code_of(stopped.value) == code
    assert exit_code_of(KeyboardInterrupt()) == 130


def test_the_handlers_before_come_back() -> None:
    before = signal.getsignal(signal.SIGTERM)
    with signals_stop():
        assert signal.getsignal(signal.SIGTERM) is not before
    assert signal.getsignal(signal.SIGTERM) is before


def test_a_deferral_takes_the_signal_over_or_leaves_it() -> None:
    taken: list[int] = []
    with signals_stop(), deferred(lambda signum: taken.append(signum) is None):
        os.kill(os.getpid(), signal.SIGTERM)
    assert taken == [signal.SIGTERM]
    with pytest.raises(Stopped), signals_stop(), deferred(lambda signum: False):
        os.kill(os.getpid(), signal.SIGTERM)
        pytest.fail("not taken over: raised")


def test_a_hung_up_terminal_is_told_apart_from_a_living_one() -> None:
    master, slave = pty.openpty()
    with os.fdopen(slave, "w") as terminal:
        assert not terminal_gone(terminal)
        os.close(master)  # the window closes
        assert terminal_gone(terminal)


def test_an_output_whose_reader_went_away_goes_to_the_null_device() -> None:
    read, write = os.pipe()
    stream = io.TextIOWrapper(io.BufferedWriter(io.FileIO(write, "w")))
    stream.write("the last words")  # still in the buffer, as at the end of a run
    os.close(read)  # `| tee log` stopped by the same Ctrl-C
    quiet_dead_outputs(stream)
    assert os.path.samestat(os.fstat(write), os.stat(os.devnull))
    stream.write("more")
    stream.close()  # flushes without an error: Python's exit would not fail with 120


def test_a_living_output_is_left_alone() -> None:
    read, write = os.pipe()
    stream = io.TextIOWrapper(io.BufferedWriter(io.FileIO(write, "w")))
    stream.write("kept")
    quiet_dead_outputs(stream)
    stream.close()
    with os.fdopen(read) as reader:
        assert reader.read() == "kept"


def test_while_a_stop_is_saved_more_signals_are_let_go() -> None:
    interrupt = signal.getsignal(signal.SIGINT)
    with signals_stop():
        saving()
        os.kill(os.getpid(), signal.SIGHUP)  # the SIGHUP after the input failed: not raised
        assert signal.getsignal(signal.SIGINT) is signal.SIG_IGN  # nor a second Ctrl-C
    assert signal.getsignal(signal.SIGINT) is interrupt
    saving()  # outside a session: changes nothing
    assert signal.getsignal(signal.SIGINT) is interrupt
    with pytest.raises(Stopped), signals_stop():
        os.kill(os.getpid(), signal.SIGHUP)  # the next session stops again
        pytest.fail("raised")
