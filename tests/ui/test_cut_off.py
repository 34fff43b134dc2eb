"""A line whose question is cut off is kept as typed; a line that fails to save comes back whole."""

from __future__ import annotations

import io
from collections.abc import Sequence

import pytest

from intervision.session.values import NoteKind
from intervision.ui.controller import Controller
from intervision.ui.plain import PlainScreen
from intervision.ui.prompts import Dismissed
from tests.session.helpers import demo_protocol, rig
from tests.ui.test_room import MEMBERS, _agreements_first, play


def kept(r: object) -> list[tuple[str, NoteKind]]:
    return [(n.text, n.kind) for n in r.state.notes if not n.removed]  # type: ignore[attr-defined]


def test_a_command_at_the_who_question_keeps_the_agreement_line_as_a_loose_note() -> None:
    _, r, out = play(["", "call the team lead", "", "/end"], _agreements_first())
    assert "Pick a number or type a name." in out
    assert "'–'" not in out  # an empty Enter is nothing to refuse
    assert "the line is kept as typed, as a loose note: call the team lead" in out
    assert kept(r) == [("call the team lead", NoteKind.ASIDE)]
    assert r.state.agreements == []


def test_the_end_of_input_at_the_who_question_keeps_the_line() -> None:
    _, r, out = play(["", "7,5"], _agreements_first())
    assert kept(r) == [("7,5", NoteKind.ASIDE)]
    assert "loose note: 7,5" in out


def test_a_command_at_the_did_you_mean_question_keeps_the_line_as_typed() -> None:
    _, r, out = play(["", "Anan: were you alone?", "/foo"])
    assert kept(r) == [("Anan: were you alone?", NoteKind.ASIDE)]
    assert "Unknown command" in out or "/foo" in out  # the command still ran


class Cut:
    """Prompts whose every question is cut off the way a test says."""

    def __init__(self, error: BaseException) -> None:
        self.error = error

    def ask(self, question: str, *, default: str | None = None) -> str:
        raise self.error

    def choose(self, question: str, choices: Sequence[str], *, default: str | None = None) -> str:
        raise self.error

    def confirm(self, question: str, *, default: bool = True) -> bool:
        raise self.error

    def read_command(self) -> str:
        raise AssertionError("not read here")


def controller(error: BaseException) -> tuple[Controller, object, io.StringIO]:
    r = rig(_agreements_first(), members=MEMBERS)
    out = io.StringIO()
    return Controller(r.engine, Cut(error), PlainScreen(out), lambda c, t: "Cor"), r, out


def test_ctrl_c_at_the_who_question_keeps_the_line_then_stops() -> None:
    c, r, _ = controller(KeyboardInterrupt())
    with pytest.raises(KeyboardInterrupt):
        c.handle_line("call the team lead")
    assert kept(r) == [("call the team lead", NoteKind.ASIDE)]


def test_escape_at_the_who_question_gives_the_whole_line_back() -> None:
    c, r, out = controller(Dismissed())
    c.handle_line("call the team lead")
    assert kept(r) == []
    assert c.take_back() == "call the team lead"
    assert "not saved: call the team lead" in out.getvalue()


def test_a_line_that_fails_to_save_comes_back_whole_with_its_name() -> None:
    r = rig(demo_protocol(cases=1), members=MEMBERS)
    out = io.StringIO()
    c = Controller(r.engine, Cut(AssertionError()), PlainScreen(out), lambda c, t: "Cor")

    def full(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    r.engine.note = full  # type: ignore[method-assign]
    c.handle_line("Cor: I was alone")
    shown = out.getvalue()
    assert "No space left on device" in shown
    assert "copy it: Cor: I was alone" in shown
    assert c.take_back() == "Cor: I was alone"


def test_ctrl_c_at_the_live_who_list_keeps_the_line() -> None:
    """The live list (questionary, pipe-fed): Ctrl-C at 'whose agreement?' keeps the line, then stops."""
    from prompt_toolkit.application import create_app_session
    from prompt_toolkit.input import create_pipe_input
    from prompt_toolkit.output import DummyOutput

    from intervision.ui.live_prompts import QuestionaryPrompts

    r = rig(_agreements_first(), members=MEMBERS)
    out = io.StringIO()
    c = Controller(r.engine, QuestionaryPrompts(), PlainScreen(out), lambda c, t: "Cor")
    with create_pipe_input() as pipe, create_app_session(input=pipe, output=DummyOutput()):
        pipe.send_text("\x03")
        with pytest.raises(KeyboardInterrupt):
            c.handle_line("call the team lead")
    assert kept(r) == [("call the team lead", NoteKind.ASIDE)]
    assert "loose note: call the team lead" in out.getvalue()
