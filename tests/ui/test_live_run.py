"""run_live as a whole, in-process: pipe input, a dummy terminal, a fake clock and a recording console."""

from __future__ import annotations

import io
import signal

import pytest
from prompt_toolkit.application import create_app_session
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output import DummyOutput
from rich.console import Console

from intervision.errors import Stopped
from intervision.session.events import Kind
from intervision.ui.controller import Outcome
from intervision.ui.live import run_live
from intervision.ui.run import LiveSettings
from tests.session.helpers import Rig
from tests.ui.helpers import live_rig

CTRL_B, CTRL_C, CTRL_P = "\x02", "\x03", "\x10"


def drive(
    r: Rig, keys: str, *, input_fails: bool = False, gone: bool = False
) -> tuple[Outcome | type[KeyboardInterrupt] | Stopped, str]:
    """Run the live screen on ``keys``; ``input_fails``: then the input closes (a closed window when
    the terminal is ``gone``, else an ordinary end of input)."""
    out = io.StringIO()
    console = Console(
        file=out, width=80, color_system=None, highlight=False, markup=False, emoji=False
    )
    with create_pipe_input() as pipe, create_app_session(input=pipe, output=DummyOutput()):
        pipe.send_text(keys)
        if input_fails:
            pipe.close()
        try:
            outcome: Outcome | type[KeyboardInterrupt] | Stopped = run_live(
                r.engine,
                lambda case, taken: "Cor",
                LiveSettings(bell=False),
                console=console,
                gone=lambda: gone,
            )
        except Stopped as stopped:
            outcome = stopped
        except KeyboardInterrupt:
            outcome = KeyboardInterrupt
    return outcome, out.getvalue()


def notes(r: Rig) -> list[tuple[str | None, str]]:
    return [(n.speaker, n.text) for n in r.state.notes if not n.removed]


SCRIPT = "".join(
    [
        "\r",  # the ground rules are agreed
        "Anna: feeling fine\r",
        f"half a sen{CTRL_P}",  # pause in the middle of a note ...
        f"tence{CTRL_P}\r",  # ... the text is still there; resume, then save it
        "\r",  # Bram
        f"{CTRL_B}x\x7f",  # a stray Ctrl-B, cancelled by the next key
        f"{CTRL_B}{CTRL_B}",  # back to Anna, confirmed
        "\r\r\r",  # Bram, Cor, Dirk
        "\r",  # the case: who brings it? The proposal (Cor) ...
        "\r",  # ... is taken
        "Angry parent\r",
        "the story\r",
        "/help\r",
        "/back\r",  # a typed /back asks ...
        "nee\r",  # ... and no is no
        "/end\r",
        "j\r",  # a Dutch yes is a yes
    ]
)


def test_a_short_session() -> None:
    r = live_rig(begin=False)
    outcome, shown = drive(r, SCRIPT)
    assert outcome is Outcome.ENDED
    assert notes(r) == [("Anna", "feeling fine"), ("Anna", "half a sentence"), ("Cor", "the story")]
    kinds = [event.kind for event in r.events]
    assert kinds.count(Kind.PAUSED) == 1
    assert kinds.count(Kind.RESUMED) == 1
    moves = [(e.data["phase"], e.data["turn"]) for e in r.events if e.kind is Kind.MOVED]
    assert moves == [(0, 1), (0, 0), (0, 1), (0, 2), (0, 3), (1, 0)]
    assert r.state.owners == {1: "Cor"}
    assert r.state.case_titles == {1: "Angry parent"}
    assert r.state.ended
    for expected in (
        "Demo — ground rules:",
        "Phase 1/6 · Check in ──",
        "→ Anna [1/4]",
        "  + loose note — Anna",  # the check-in captures nothing: kept, not passed off
        "Paused: the speaker's and the phase's clocks stand still;",
        "The clock runs again.",
        "Cor brings case 1.",
        "Phase 2/6 · Case: Angry parent · Case ──",
        "Keys:",
        "Ctrl-P or F5",
    ):
        assert expected in shown
    assert "\x1b" not in shown  # the console was told: no colour, no terminal


def test_quit_leaves_the_session_open() -> None:
    r = live_rig()
    outcome, _ = drive(r, "a note\r/quit\r")
    assert outcome is Outcome.QUIT
    assert not r.state.ended
    assert notes(r) == [("Anna", "a note")]


def test_ctrl_c_keeps_the_unfinished_line_and_leaves() -> None:
    r = live_rig()
    outcome, shown = drive(r, f"a note\rshe left the ro{CTRL_C}")
    assert outcome is KeyboardInterrupt
    assert notes(r) == [("Anna", "a note"), ("Anna", "she left the ro")]
    assert "The unfinished line was saved as a note." in shown
    assert not r.state.ended


@pytest.mark.parametrize("line", ["", "/pause", "   "])
def test_ctrl_c_never_runs_an_unfinished_command(line: str) -> None:
    r = live_rig()
    outcome, shown = drive(r, f"{line}{CTRL_C}")
    assert outcome is KeyboardInterrupt
    assert notes(r) == []
    assert not r.state.paused
    assert "unfinished" not in shown


def test_ctrl_c_in_a_question_leaves_too() -> None:
    r = live_rig()
    for _ in range(3):
        r.engine.next()
    outcome, _ = drive(r, f"\r{CTRL_C}")  # the owner question is open when Ctrl-C comes
    assert outcome is KeyboardInterrupt
    assert r.state.owners == {}


def test_the_terminal_failing_first_is_a_hang_up_and_keeps_the_unfinished_line() -> None:
    r = live_rig()
    outcome, _ = drive(r, "a note\rshe left the ro", input_fails=True, gone=True)
    assert isinstance(outcome, Stopped)
    assert outcome.signum == signal.SIGHUP
    assert notes(r) == [("Anna", "a note"), ("Anna", "she left the ro")]
    assert not r.state.ended


def test_a_hang_up_while_a_question_is_open_is_a_hang_up_too() -> None:
    r = live_rig()
    for _ in range(3):
        r.engine.next()
    outcome, _ = drive(r, "\r", input_fails=True, gone=True)  # the owner question is open
    assert isinstance(outcome, Stopped)
    assert outcome.signum == signal.SIGHUP


def test_an_end_of_input_with_the_terminal_still_there_quits_as_before() -> None:
    r = live_rig()
    outcome, _ = drive(r, "a note\r", input_fails=True, gone=False)
    assert outcome is Outcome.QUIT
    assert notes(r) == [("Anna", "a note")]


def test_a_line_typed_when_the_session_crashed_is_back_in_the_input_line() -> None:
    r = live_rig()
    r.engine.note("a note")
    r.engine.draft("she left the ro")  # journaled on a pause in typing; then the laptop died
    outcome, shown = drive(r, "om\r/quit\r")
    assert outcome is Outcome.QUIT
    assert "The line you were typing when the session stopped is back" in shown
    assert notes(r) == [("Anna", "a note"), ("Anna", "she left the room")]
    assert r.state.draft == ""  # entered: a later resume does not bring it back again
    assert [e.data for e in r.events if e.kind is Kind.DRAFT][-1] == {"text": ""}


def test_a_draft_entered_before_the_crash_is_not_brought_back() -> None:
    r = live_rig()
    r.engine.draft("she left the room")
    r.engine.note("she left the room")  # the crash came before the draft was cleared
    outcome, shown = drive(r, "/quit\r")
    assert outcome is Outcome.QUIT
    assert "is back" not in shown
    assert notes(r) == [("Anna", "she left the room")]
    assert r.state.draft == ""


class TickingClock:
    """A fake clock that moves on a little every time it is read."""

    def __init__(self, start: float, step: float) -> None:
        self.time, self.step = start, step

    def now(self) -> float:
        self.time += self.step
        return self.time


def test_a_failing_phase_end_command_is_shown_once_and_the_session_goes_on() -> None:
    r = live_rig()
    r.advance(59)
    r.engine.clock.base = TickingClock(r.clock.now(), 0.05)
    out = io.StringIO()
    console = Console(file=out, width=200, color_system=None)
    settings = LiveSettings(bell=False, on_phase_end="no-such-program-for-intervision --now")
    with create_pipe_input() as pipe, create_app_session(input=pipe, output=DummyOutput()):
        pipe.send_text("one\rtwo\rthree\rfour\rfive\rsix\r/quit\r")
        outcome = run_live(r.engine, lambda case, taken: None, settings, console=console)
    assert outcome is Outcome.QUIT
    assert len(notes(r)) == 6
    assert out.getvalue().count("the command for the end of a time box failed") == 1
