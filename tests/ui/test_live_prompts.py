"""Questions in the live mode (questionary), driven with pipe input: answers, defaults, and Ctrl-C."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from prompt_toolkit.application import Application, create_app_session
from prompt_toolkit.input import PipeInput, create_pipe_input
from prompt_toolkit.output import DummyOutput

from intervision.ui.live_prompts import QuestionaryPrompts
from intervision.ui.prompts import Cancelled, Dismissed

DOWN, CTRL_C, ESCAPE = "\x1b[B", "\x03", "\x1b"


@contextmanager
def keys(text: str) -> Iterator[PipeInput]:
    with create_pipe_input() as pipe, create_app_session(input=pipe, output=DummyOutput()):
        pipe.send_text(text)
        yield pipe


def test_ask_takes_the_typed_answer_or_the_default() -> None:
    prompts = QuestionaryPrompts()
    with keys("Angry parent\r"):
        assert prompts.ask("Title of the case") == "Angry parent"
    with keys("\r"):
        assert prompts.ask("Title of the case", default="Old title") == "Old title"


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Boze vader\r", "Boze vader"),  # typing replaces the suggestion, never appends to it
        ("\r", "Een ouder die boos werd"),  # Enter takes it
        ("\t tijdens huisbezoek\r", "Een ouder die boos werd tijdens huisbezoek"),  # Tab edits it
        ("  \r", "Een ouder die boos werd"),
    ],
)
def test_a_suggested_answer_is_replaced_by_what_is_typed(typed: str, expected: str) -> None:
    with keys(typed):
        answer = QuestionaryPrompts().ask("Title of the case", default="Een ouder die boos werd")
    assert answer == expected


def test_choose_starts_at_the_proposal() -> None:
    prompts = QuestionaryPrompts()
    members = ["Anna", "Bram", "Cor"]
    with keys("\r"):
        assert prompts.choose("Who brings case 1?", members, default="Bram") == "Bram"
    with keys(DOWN + "\r"):
        assert prompts.choose("Who brings case 1?", members, default="Bram") == "Cor"
    with keys("\r"):
        assert prompts.choose("Who brings case 1?", members, default="Zed") == "Anna"


@pytest.mark.parametrize(
    ("typed", "default", "expected"),
    [
        ("y\r", False, True),
        ("j\r", False, True),
        ("ja\r", False, True),
        ("yes\r", False, True),
        ("n\r", True, False),
        ("nee\r", True, False),
        ("no\r", True, False),
        ("\r", False, False),
        ("\r", True, True),
        ("misschien\rj\r", False, True),  # not an answer: asked again
    ],
)
def test_confirm_takes_dutch_and_english_words(typed: str, default: bool, expected: bool) -> None:
    with keys(typed):
        assert QuestionaryPrompts().confirm("Go back?", default=default) is expected


def test_a_command_at_a_yes_no_question_is_no_answer() -> None:
    with keys("/quit\r"), pytest.raises(Cancelled) as raised:
        QuestionaryPrompts().confirm("End the session?", default=False)
    assert raised.value.text == "/quit"


@pytest.mark.parametrize("ask", ["text", "select", "confirm"])
def test_escape_leaves_a_question_unanswered(ask: str) -> None:
    prompts = QuestionaryPrompts()
    with keys(ESCAPE), pytest.raises(Dismissed):
        if ask == "text":
            prompts.ask("Title")
        elif ask == "select":
            prompts.choose("Who?", ["Anna", "Bram"])
        else:
            prompts.confirm("Sure?")


@pytest.mark.parametrize("ask", ["text", "select", "confirm"])
def test_ctrl_c_always_reaches_the_caller(ask: str) -> None:
    prompts = QuestionaryPrompts()
    with keys(CTRL_C), pytest.raises(KeyboardInterrupt):
        if ask == "text":
            prompts.ask("Title")
        elif ask == "select":
            prompts.choose("Who?", ["Anna", "Bram"])
        else:
            prompts.confirm("Sure?")


def test_every_question_is_attached_and_read_command_uses_the_line_reader() -> None:
    attached: list[Application[Any]] = []
    prompts = QuestionaryPrompts(attached.append, lambda: "a line")
    with keys("x\r"):
        prompts.ask("Title")
    assert len(attached) == 1
    assert attached[0].terminal_size_polling_interval is None
    assert prompts.read_command() == "a line"


def test_the_clock_line_stays_in_sight_while_a_question_is_open() -> None:
    calls: list[int] = []

    def toolbar() -> str:
        calls.append(1)
        return " Now: Anna · phase 4:00 left"

    prompts = QuestionaryPrompts(toolbar=toolbar)
    with keys("call the parent\r"):
        assert prompts.ask("Agreement: what?") == "call the parent"
    with keys("j\r"):
        assert prompts.confirm("End the session now?", default=False) is True
    assert len(calls) >= 2  # drawn by both questions


def test_a_hostile_name_is_shown_cleaned_and_chosen_as_recorded() -> None:
    import io

    from tests.ui.helpers import vt100

    hostile = "\x1b]0;PWNED\x07Bram\u202e"
    buffer = io.StringIO()
    prompts = QuestionaryPrompts()
    with create_pipe_input() as pipe, create_app_session(input=pipe, output=vt100(buffer)):
        pipe.send_text(DOWN + "\r")
        chosen = prompts.choose(f"Who brings case 1 \x1b[2J({hostile})?", ["Anna", hostile])
    assert chosen == hostile  # the name as the session knows it
    shown = buffer.getvalue()
    assert "Bram" in shown
    assert "PWNED" not in shown and "\x1b]0;" not in shown and "\u202e" not in shown
    assert "\x1b[2J" not in shown
