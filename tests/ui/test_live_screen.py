"""What the live mode prints above the input line, on an injected rich console."""

from __future__ import annotations

import io

import pytest
from rich.console import Console

from intervision import i18n
from intervision.ui.commands import HELP_ORDER
from intervision.ui.live_screen import LiveScreen, make_console, rich_text
from tests.ui.helpers import at_gossip, live_rig


def console(width: int = 80, *, color: bool = False) -> tuple[Console, io.StringIO]:
    out = io.StringIO()
    return Console(
        file=out,
        width=width,
        force_terminal=color,
        color_system="standard" if color else None,
        highlight=False,
        markup=False,
        emoji=False,
    ), out


def test_a_new_phase_gets_a_rule_and_each_speaker_a_line() -> None:
    r = live_rig()
    terminal, out = console()
    screen = LiveScreen(terminal)
    screen.status(r.engine.snapshot(), full=False)
    screen.status(r.engine.snapshot(), full=False)  # nothing changed: nothing printed
    r.engine.next()
    screen.status(r.engine.snapshot(), full=False)
    lines = out.getvalue().splitlines()
    assert lines[0].startswith("Phase 1/6 · Check in ───")
    assert len(lines[0]) == 80
    assert lines[1:] == ["→ Anna [1/4]", "→ Bram [2/4]"]


def test_status_shows_everything() -> None:
    r = at_gossip(live_rig())
    r.advance(30)
    terminal, out = console()
    LiveScreen(terminal).status(r.engine.snapshot(), full=True)
    assert out.getvalue().splitlines() == [
        "━━ Phase 4/6 · Case: Angry parent · Gossip ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━",
        "Goal: Why gossip.",
        "Who:  the members talk about the case; Bram (case owner) is silent and listens",
        "▶ Now: members talk, owner silent  5:30 left                 next: Advice (Cor)",
        "  session 15:30 left · on schedule",
    ]


def test_long_lines_hang_under_their_text() -> None:
    terminal, out = console(40)
    screen = LiveScreen(terminal)
    screen.say("  • What is said here stays in the group; we do not pass it on.")
    screen.say("  /quit     stop now; everything is saved, continue later")
    screen.error("the note is too long (at most 200000 characters)")
    assert out.getvalue().splitlines() == [
        "  • What is said here stays in the",
        "    group; we do not pass it on.",
        "  /quit     stop now; everything is",
        "            saved, continue later",
        "! the note is too long (at most 200000",
        "  characters)",
    ]


def test_user_text_is_never_markup() -> None:
    terminal, out = console()
    LiveScreen(terminal).say("  + note — [bold]Bram[/bold] :smile:")
    assert out.getvalue() == "  + note — [bold]Bram[/bold] :smile:\n"


def test_colours_follow_the_styles_and_no_color_drops_them() -> None:
    terminal, out = console(color=True)
    terminal.print(rich_text([("class:clock.over", " 0:15 over time ")]))
    assert "\x1b[" in out.getvalue()
    assert " 0:15 over time " in out.getvalue()
    assert make_console({"NO_COLOR": "1"}).no_color is True
    assert make_console({}).no_color is False


def test_key_help_names_the_direct_keys() -> None:
    terminal, out = console(100)
    LiveScreen(terminal).key_help()
    text = out.getvalue()
    for key in ("Ctrl-P", "F5", "Ctrl-B", "F6", "Ctrl-C"):
        assert key in text


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_help_fits_an_80_by_24_screen(lang: str) -> None:
    from intervision.ui.controller import Controller
    from intervision.ui.prompts import LinePrompts

    i18n.set_language(lang)
    terminal, out = console(80)
    screen = LiveScreen(terminal)
    r = live_rig()
    controller = Controller(r.engine, LinePrompts(io.StringIO(""), io.StringIO()), screen, print)
    controller.show_help()
    screen.key_help()
    rows = out.getvalue().splitlines()
    assert len(rows) <= 23  # with the input line below: nothing scrolls away
    assert all(len(row) <= 79 for row in rows)
    assert len(rows) == 2 + len(HELP_ORDER) + 1 + 4  # no message wrapped onto a second row
