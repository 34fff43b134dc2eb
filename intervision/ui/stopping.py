"""Stopping a session from outside: SIGTERM, SIGHUP (the terminal window closed, the SSH connection
dropped) or the terminal's input failing, whichever comes first. Each is saved exactly like Ctrl-C.

A signal raises ``Stopped`` where the program is, except while the live input line runs: then the line
is asked to end (from the event loop, never in the middle of its drawing), so that the text being typed
is known and kept. After a hang-up the terminal cannot be written to any more; what is still said goes
to the null device instead of failing, so the exit code stays the one the shell expects (129, not 1 or
Python's 120 for a failed flush at exit).
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
from collections.abc import Callable, Iterator
from types import FrameType
from typing import TextIO

from intervision.errors import Stopped

# Takes a signal over (returns True) or leaves it to be raised where the program is (False).
Deferral = Callable[[int], bool]

_deferrals: list[Deferral] = []
# [inside signals_stop, a stop is being saved (more stop signals are let go)]
_state = [False, False]


def stop_signals() -> list[signal.Signals]:
    return [signal.SIGTERM] + ([signal.SIGHUP] if hasattr(signal, "SIGHUP") else [])


def _handler(signum: int, frame: FrameType | None) -> None:
    if _state[1]:
        return
    for take in reversed(_deferrals):
        if take(signum):
            return
    raise Stopped(signum)


@contextlib.contextmanager
def signals_stop() -> Iterator[None]:
    """SIGTERM and SIGHUP raise ``Stopped`` (a KeyboardInterrupt) while the session runs."""
    interrupt = signal.getsignal(signal.SIGINT)
    previous = {signum: signal.signal(signum, _handler) for signum in stop_signals()}
    _state[:] = [True, False]
    try:
        yield
    finally:
        _state[:] = [False, False]
        for signum, old in previous.items():
            signal.signal(signum, old)
        signal.signal(signal.SIGINT, interrupt)


def saving() -> None:
    """The first stop is being saved: from now on a second Ctrl-C, or the SIGHUP that follows the input
    failing when the window closes, cannot break off the saving of the line being typed."""
    if not _state[0]:
        return  # not in a session (a test driving one part): the handlers are not ours to change
    _state[1] = True
    with contextlib.suppress(ValueError):  # only the main thread may change handlers
        signal.signal(signal.SIGINT, signal.SIG_IGN)


@contextlib.contextmanager
def deferred(take: Deferral) -> Iterator[None]:
    """While inside, a stop signal is first offered to ``take``."""
    _deferrals.append(take)
    try:
        yield
    finally:
        _deferrals.remove(take)


def hangup() -> Stopped:
    """The terminal went away without (or before) its SIGHUP: the same stop as the signal."""
    return Stopped(getattr(signal, "SIGHUP", 1))


def terminal_gone(stream: TextIO | None = None) -> bool:
    """True when the terminal has hung up: it no longer answers as a terminal (its window was closed)."""
    try:
        import termios
    except ImportError:  # Windows: no hang-up to tell apart from an ordinary end of input
        return False
    try:
        termios.tcgetattr((stream or sys.stdin).fileno())
    except (termios.error, OSError, ValueError):
        return True
    return False


def quiet_dead_outputs(*streams: TextIO) -> None:
    """Point every output that can no longer be written (a closed terminal; a pipe whose reader was
    stopped by the same Ctrl-C, as in ``| tee log``) at the null device."""
    for stream in streams or (sys.stdout, sys.stderr):
        try:
            fd = stream.fileno()
        except (OSError, ValueError):
            continue  # not a real file (a test's capture): nothing to fail at exit
        try:
            stream.flush()
            os.write(fd, b"")  # a hung-up terminal refuses even nothing (EIO); a pipe takes it
        except (OSError, ValueError):
            with contextlib.suppress(OSError):
                null = os.open(os.devnull, os.O_WRONLY)
                os.dup2(null, fd)
                os.close(null)


def say(stream: TextIO, text: str) -> None:
    """Write a last message if the stream still takes it; the record is on disk either way."""
    with contextlib.suppress(OSError, ValueError):
        stream.write(text + "\n")
        stream.flush()
