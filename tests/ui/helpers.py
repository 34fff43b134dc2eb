"""A method with every kind of screen the live mode draws, on a fake clock; a pipe-fed terminal."""

from __future__ import annotations

import io
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from prompt_toolkit.application import create_app_session
from prompt_toolkit.data_structures import Size
from prompt_toolkit.input import PipeInput, create_pipe_input
from prompt_toolkit.output import DummyOutput, Output
from prompt_toolkit.output.vt100 import Vt100_Output

from intervision.protocol.model import Protocol
from intervision.ui.live_input import LineReader
from intervision.ui.live_signals import TimeSignals
from tests.builders import make_protocol, phase
from tests.session.helpers import Rig, rig

# With four members (Anna, Bram, Cor, Dirk) and Bram as owner, in minutes: check-in 4 (4 turns of 1),
# case 5, questions 10, gossip 6 (no turns: the members talk, Bram is silent), advice 6 (3 turns of 2:
# Cor, Dirk, Anna), evaluation 4.
# 35 minutes in all.


def live_protocol() -> Protocol:
    return make_protocol(
        cases=1,
        opening=[phase("check-in", "round-all", minutes_per_member=1, captures=[])],
        per_case=[
            phase(
                "case",
                "owner",
                minutes=5,
                tip="Write the question down word for word; ask the owner to read it aloud.",
            ),
            phase(
                "questions",
                "q-and-a",
                minutes=10,
                captures=["questions"],
                not_allowed=["advice", "hidden advice"],
            ),
            phase("gossip", "silent-owner", minutes_per_member=2, captures=["advice"]),
            phase("advice", "round", minutes_per_member=2, captures=["advice"]),
        ],
        closing=[phase("evaluation", "round-all", minutes_per_member=1, captures=["scores"])],
    )


def live_rig(*, begin: bool = True) -> Rig:
    return rig(live_protocol(), begin=begin)


def at_gossip(r: Rig) -> Rig:
    """Through check-in and the case at a realistic pace, into the first turn of the gossip round."""
    r.engine.choose_owner(1, "Bram", "Angry parent")
    for _ in range(4):
        r.advance(60)
        r.engine.next()
    r.advance(300)
    r.engine.next()
    r.advance(600)
    r.engine.next()
    assert r.state.current.key == "gossip#1"
    return r


@contextmanager
def terminal(output: Output | None = None) -> Iterator[PipeInput]:
    with (
        create_pipe_input() as pipe,
        create_app_session(input=pipe, output=output or DummyOutput()),
    ):
        yield pipe


def vt100(buffer: io.StringIO, rows: int = 24, columns: int = 80) -> Vt100_Output:
    return Vt100_Output(buffer, lambda: Size(rows=rows, columns=columns), term="xterm")


def reader_for(r: Rig) -> LineReader:
    return LineReader(r.engine, TimeSignals(bell=False), warn_seconds=60)


def alongside(pipe: PipeInput, steps: Callable[[], None]) -> Callable[[], None]:
    """Run ``steps`` in a thread while the prompt runs in this one; returns a check for the end of the test.

    If a step fails, the prompt is ended with a line that is not a note (so the test never hangs), and the
    check raises the step's error.
    """
    errors: list[BaseException] = []

    def run() -> None:
        try:
            steps()
        except BaseException as error:  # handed back to the test
            errors.append(error)
            pipe.send_text("\x15/failed\r")

    thread = threading.Thread(target=run, daemon=True)
    thread.start()

    def check() -> None:
        thread.join(timeout=5)
        if errors:
            raise errors[0]

    return check


def wait_until(probe: Callable[[], bool], timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while not probe():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.02)
