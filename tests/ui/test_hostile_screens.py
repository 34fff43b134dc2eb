"""Every hostile payload as a member name, case title, phase text and message, on the plain screen,
the live status block (prompt_toolkit's fragments) and the rich lines of the live mode."""

from __future__ import annotations

import io

import pytest
from rich.console import Console

from intervision.ui.live_screen import LiveScreen, make_console
from intervision.ui.live_view import back_question, block, live_rows, to_text
from intervision.ui.plain import PlainScreen
from tests.builders import make_protocol, phase
from tests.hostile import PAYLOADS, assert_clean
from tests.session.helpers import Rig, rig

CASES = [(payload, words) for _, payload, words in PAYLOADS]
IDS = [name for name, _, _ in PAYLOADS]


def hostile_rig(payload: str) -> Rig:
    protocol = make_protocol(
        cases=1,
        title=f"{payload} method",
        opening=[
            phase(
                "check-in",
                "round-all",
                minutes_per_member=1,
                title=f"{payload} check-in",
                goal=f"{payload} goal",
                tip=f"{payload} tip",
                not_allowed=[f"{payload} advice"],
            )
        ],
        per_case=[phase("gossip", "silent-owner", minutes_per_member=2, title=f"{payload} gossip")],
    )
    r = rig(protocol, members=[f"{payload} one", "Bram", "Cor"])
    r.engine.choose_owner(1, "Bram", f"{payload} case")
    return r


def snapshots(r: Rig) -> list[object]:
    shots = [r.engine.snapshot()]
    for _ in range(4):  # into the per-case phase, where the case title and owner show
        r.engine.next()
        shots.append(r.engine.snapshot())
    return shots


@pytest.mark.parametrize(("payload", "words"), CASES, ids=IDS)
def test_plain_screen(payload: str, words: str) -> None:
    r = hostile_rig(payload)
    out = io.StringIO()
    screen = PlainScreen(out)
    for snap in snapshots(r):
        screen.status(snap, full=True)  # type: ignore[arg-type]
    screen.say(f"noted: {payload}")
    screen.error(f"unknown command '/{payload}'")
    shown = out.getvalue()
    assert_clean(shown)
    assert f"{words} check-in" in shown or words in shown
    assert shown.count(words) >= 4


@pytest.mark.parametrize(("payload", "words"), CASES, ids=IDS)
def test_live_status_block(payload: str, words: str) -> None:
    r = hostile_rig(payload)
    for snap in snapshots(r):
        shown = block(snap, width=100, rows=40)  # type: ignore[arg-type]
        rows = live_rows(snap, width=100, warn_seconds=60)  # type: ignore[arg-type]
        text = to_text(shown.top + rows + shown.bottom + [back_question(payload)])
        assert_clean(text)
        assert all("\n" not in part for line in shown.top + rows for _, part in line)
        assert words.split("\n")[0] in text


@pytest.mark.parametrize(("payload", "words"), CASES, ids=IDS)
def test_live_screen_lines(payload: str, words: str) -> None:
    r = hostile_rig(payload)
    out = io.StringIO()
    console = Console(file=out, width=100, color_system=None, highlight=False, markup=False)
    screen = LiveScreen(console)
    for snap in snapshots(r):
        screen.status(snap, full=False)  # type: ignore[arg-type]
        screen.status(snap, full=True)  # type: ignore[arg-type]
    screen.say(f"noted: {payload}")
    screen.error(f"unknown command '/{payload}'")
    shown = out.getvalue()
    assert_clean(shown)
    assert shown.count(words.split("\n")[0]) >= 4


def test_rich_markup_in_a_name_is_text() -> None:
    r = hostile_rig("[bold red]Otto[/]")
    out = io.StringIO()
    console = make_console({})
    console.file = out
    screen = LiveScreen(console)
    for snap in snapshots(r):
        screen.status(snap, full=False)  # type: ignore[arg-type]
    screen.say("[bold red]Otto[/] noted")
    assert out.getvalue().count("[bold red]Otto[/]") >= 3  # markup would have hidden the brackets
