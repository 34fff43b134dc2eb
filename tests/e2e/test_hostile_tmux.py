"""A hostile case title, member name and pasted note in a real terminal (tmux): shown, never obeyed.

Raw, these would set the window title (OSC 2), clear the screen and move the cursor (CSI); the live
screen shows their words and stays intact, and the pane keeps the title it had.
"""

from __future__ import annotations

import json
import shlex
import shutil
from pathlib import Path

import pytest

from tests.e2e.test_live_tmux import BIN, Tmux, tmux  # noqa: F401  (tmux is the fixture)

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("tmux") is None, reason="needs tmux"),
]

TITLE = "kept-title"
OSC = "\x1b]2;PWNED\x07"


def pane_title(session: Tmux) -> str:
    return session.run("display", "-p", "-t", session.name, "#{pane_title}").strip()


def test_the_terminal_obeys_nothing_a_person_typed(tmux: Tmux, tmp_path: Path) -> None:  # noqa: F811
    # First prove that the pane obeys an OSC title, so the check at the end means something.
    tmux.run("select-pane", "-t", tmux.name, "-T", TITLE)
    tmux.type("printf '\\033]2;obeyed\\007'; echo OK")
    tmux.keys("Enter")
    tmux.wait(lambda _: pane_title(tmux) == "obeyed")
    tmux.run("select-pane", "-t", tmux.name, "-T", TITLE)
    tmux.type("clear")
    tmux.keys("Enter")

    script = tmp_path / "go.sh"
    case = f"{OSC}Lastige \x1b[2J\x1b[Houder\u202e"
    members = "Anna,Bram,Cor,Dirk\x1b[2J\x1b[H\x9b2J"  # (a ";" would split the name)
    script.write_text(
        f"exec {BIN} run incidentmethode --rehearse 2 --owner Bram"
        f" --members {shlex.quote(members)} --facilitator {shlex.quote('Fen' + OSC + 'na')}"
        f" --case {shlex.quote(case)}\n",
        encoding="utf-8",
    )
    tmux.type(f"bash {script}; echo EXIT=$?")
    tmux.keys("Enter")
    tmux.wait("Are the ground rules agreed?")
    tmux.keys("Enter")
    screen = tmux.wait("▶ Now: Anna [1/4]")
    assert "next: Bram" in screen

    # A pasted line with escape sequences (bracketed paste, as a terminal pastes), then /undo says it back.
    tmux.run("set-buffer", "-b", "hostile", f"{OSC}a pasted \x1b[2Jnote")
    tmux.run("paste-buffer", "-p", "-b", "hostile", "-t", tmux.name)
    tmux.keys("Enter")
    tmux.wait("+ case pitch — Anna")
    tmux.type("/undo")
    tmux.keys("Enter")
    tmux.wait("a pasted note", whole=True)

    for _ in range(3):  # Bram, Cor, Dirk: the hostile name shows as its letters
        tmux.keys("Enter")
    screen = tmux.wait("▶ Now: Dirk")
    assert "━━ Phase 1/8 · Inventory of incidents ━━" in screen
    assert "Enter next · text = case pitch" in screen
    tmux.keys("Enter")  # to the choice of the incident
    tmux.wait("Phase 2/8")
    tmux.keys("Enter")  # to the case: its title in the heading
    # '\x1b[H' was a cursor move: gone, with its H. The screen is whole: heading, clocks, key hint.
    tmux.wait(lambda seen: "━━ Phase 3/8 · Case: Lastige ouder" in seen and "Ctrl-P pause" in seen)
    # Nothing cleared the screen: what came before is still in the scrollback, in order.
    history = tmux.history()
    assert history.index("Taken back: a pasted note") < history.index("→ Dirk [4/4]")

    assert pane_title(tmux) == TITLE
    # Only the input line itself shows the pasted bytes, made visible by prompt_toolkit ('^[').
    shown = [line for line in tmux.history().splitlines() if "PWNED" in line or "^[" in line]
    assert shown == ["› ^[]2;PWNED^Ga pasted ^[[2Jnote"]

    tmux.type("/quit")
    tmux.keys("Enter")
    tmux.wait("EXIT=0", whole=True)
    (folder,) = (tmp_path / "home" / "sessions").iterdir()
    lines = (folder / "journal.jsonl").read_text(encoding="utf-8").splitlines()
    assert case in strings([json.loads(line) for line in lines])  # the record keeps what was typed


def strings(value: object) -> list[str]:
    """Every string anywhere inside a JSON value."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for item in value.values() for s in strings(item)]
    if isinstance(value, list):
        return [s for item in value for s in strings(item)]
    return []


def test_term_dumb_gets_the_plain_mode_with_its_prompts(tmux: Tmux, tmp_path: Path) -> None:  # noqa: F811
    log = tmp_path / "pane.log"
    tmux.run("pipe-pane", "-t", tmux.name, "-o", f"cat >> {shlex.quote(str(log))}")
    tmux.type(
        f"TERM=dumb {BIN} run incidentmethode --members Anna,Bram,Cor --facilitator Fenna"
        " --owner Bram --case Casus --rehearse 2; echo EXIT=$?"
    )
    tmux.keys("Enter")
    tmux.wait("Are the ground rules agreed?")
    tmux.wait(lambda seen: seen.rstrip().endswith("?"))  # the answer prompt is shown
    tmux.keys("Enter")
    screen = tmux.wait("== Phase 1/8 · Inventory of incidents ==")
    assert "▶ Now:" not in screen  # no live screen
    tmux.wait(lambda seen: seen.rstrip().endswith(">"))
    tmux.type("/quit")
    tmux.keys("Enter")
    tmux.wait("EXIT=0")
    written = log.read_bytes()
    session = written[written.index(b"Are the ground rules") : written.index(b"EXIT=0")]
    assert b"\x1b[" not in session.replace(b"\x1b[?2004h", b"").replace(b"\x1b[?2004l", b"")
