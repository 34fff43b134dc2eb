"""The installed program's live screen in a real terminal (tmux, 80×24), driven by keys, as a facilitator would.

A short rehearsal of the incident method: a note, an overtime with its bell, a pause in the middle of a
note, a stray Ctrl-B and a confirmed one, Ctrl-C in the middle of a sentence, resume, and the end with the
minutes. Every wait polls the screen with a deadline; nothing sleeps for a fixed long time.
"""

from __future__ import annotations

import contextlib
import json
import shlex
import shutil
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

BIN = Path(sys.executable).parent / "intervision"
RUN = (
    "run incidentmethode --members Anna,Bram,Cor,Dirk --facilitator Fenna "
    "--owner Bram --case 'Lastige ouder' --rehearse 60"
)

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("tmux") is None, reason="needs tmux"),
]


class Tmux:
    """One session on a private tmux server (its own socket, no user configuration)."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.base = ["tmux", "-L", name, "-f", "/dev/null"]

    def run(self, *args: str) -> str:
        done = subprocess.run([*self.base, *args], capture_output=True, text=True, check=True)
        return done.stdout

    def keys(self, *keys: str, literal: bool = False) -> None:
        flags = ["-l"] if literal else []
        self.run("send-keys", "-t", self.name, *flags, *keys)

    def type(self, text: str) -> None:
        self.keys(text, literal=True)

    def screen(self) -> str:
        return self._capture()

    def history(self) -> str:
        """The whole scrollback, wrapped lines joined."""
        return self._capture("-S", "-", "-J")

    def _capture(self, *flags: str) -> str:
        return self.run("capture-pane", "-p", "-t", self.name, *flags)

    def bell(self) -> bool:
        return self.run("display", "-p", "-t", self.name, "#{window_bell_flag}").strip() == "1"

    def wait(
        self, probe: str | Callable[[str], bool], timeout: float = 10.0, *, whole: bool = False
    ) -> str:
        """Poll the screen (or the whole scrollback) until ``probe`` holds; returns what was seen."""
        check = (lambda seen: probe in seen) if isinstance(probe, str) else probe
        deadline = time.monotonic() + timeout
        while True:
            seen = self.history() if whole else self.screen()
            if check(seen):
                return seen
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out waiting for {probe!r}; the screen shows:\n{seen}")
            time.sleep(0.03)


@contextlib.contextmanager
def private_tmux(
    prefix: str, env: dict[str, str], *, size: tuple[int, int] = (80, 24)
) -> Iterator[Tmux]:
    """A bash in a private tmux server of its own (no user configuration), killed afterwards."""
    session = Tmux(f"{prefix}-{uuid.uuid4().hex[:8]}")
    command = ["new-session", "-d", "-s", session.name, "-x", str(size[0]), "-y", str(size[1])]
    shell = {"PS1": "$ ", "TERM": "xterm-256color", "HISTFILE": "/dev/null", **env}
    for key, value in shell.items():
        command += ["-e", f"{key}={value}"]
    session.run(*command, "bash --norc --noprofile")
    socket = Path(session.run("display", "-p", "#{socket_path}").strip())
    try:
        yield session
    finally:
        # Our private server only; the user's own tmux sessions are never touched.
        subprocess.run([*session.base, "kill-server"], capture_output=True)
        socket.unlink(missing_ok=True)


@pytest.fixture
def tmux(tmp_path: Path) -> Iterator[Tmux]:
    env = {"INTERVISION_HOME": str(tmp_path / "home"), "INTERVISION_LANG": "en"}
    with private_tmux("intervision-test", env) as session:
        yield session


def journal(home: Path) -> list[dict[str, Any]]:
    (folder,) = [path for path in (home / "sessions").iterdir() if path.is_dir()]
    return [json.loads(line) for line in (folder / "journal.jsonl").read_text().splitlines()]


def now_line(screen: str) -> str:
    """The row with the speaker and their clock ('' between two prompts)."""
    return next((line for line in screen.splitlines() if line.startswith("▶ Now:")), "")


def test_a_rehearsal_in_a_real_terminal(tmux: Tmux, tmp_path: Path) -> None:
    home = tmp_path / "home"
    hook = tmp_path / "signals.txt"
    on_end = shlex.quote(f"sh -c 'echo $INTERVISION_EVENT >> {hook}'")
    tmux.type(f"{BIN} {RUN} --on-phase-end {on_end}; echo EXIT=$?")
    tmux.keys("Enter")

    tmux.wait("Are the ground rules agreed?")
    assert not tmux.bell()
    tmux.keys("Enter")
    screen = tmux.wait("▶ Now: Anna [1/4]")
    for expected in (
        "━━ Phase 1/8 · Inventory of incidents ━━",
        "Goal: Everyone briefly sketches",
        "Who:  everyone in turn, the case owner too",
        "next: Bram",
        "session ",
        "Enter next · text = case pitch · Ctrl-P pause · Ctrl-B back · /help",
    ):
        assert expected in screen

    # A note, and the clock keeps counting while the next one is typed.
    tmux.type("Anna: a parent who shouts")
    tmux.keys("Enter")
    tmux.wait("+ case pitch — Anna")
    tmux.type("typing while the clock")
    before = now_line(tmux.wait("› typing while the clock"))
    tmux.wait(lambda seen: now_line(seen) not in ("", before))
    # 1.5 minutes per pitch at 60× speed: overtime after 1.5 s, said in words, with a bell and the hook.
    screen = tmux.wait(lambda seen: "over time" in now_line(seen))
    assert "› typing while the clock" in screen
    tmux.wait(lambda _: hook.exists() and "turn-end" in hook.read_text())
    assert tmux.bell()

    # Pause in the middle of the note: the text stays, the clock stands still, '(paused)' in words.
    tmux.keys("C-p")
    screen = tmux.wait("(paused)")
    assert "PAUSED — Ctrl-P or /pause starts the clock again" in screen
    assert "› typing while the clock" in screen
    paused = now_line(screen)
    time.sleep(1.2)  # 72 rehearsal seconds: a running clock would have moved
    assert now_line(tmux.wait("(paused)")) == paused
    tmux.keys("C-p")
    tmux.wait("The clock runs again.")
    tmux.type(" runs")
    tmux.keys("Enter")
    tmux.wait(lambda seen: seen.count("+ case pitch — Anna") == 2)

    # To Bram; a stray Ctrl-B only asks, the next key cancels; a second Ctrl-B goes back.
    tmux.keys("Enter")
    tmux.wait("▶ Now: Bram [2/4]")
    tmux.keys("C-b")
    tmux.wait("Back to Anna? Ctrl-B again = yes · any other key = no")
    tmux.type("x")
    screen = tmux.wait("Enter next · text = case pitch")
    assert "▶ Now: Bram [2/4]" in screen
    tmux.keys("BSpace", "C-b")
    tmux.wait("Back to Anna?")
    tmux.keys("C-b")
    tmux.wait("▶ Now: Anna [1/4]")

    # On to the case (Bram, given on the command line), then Ctrl-C in the middle of a sentence.
    for speaker in ("Bram [2/4]", "Cor [3/4]", "Dirk [4/4]"):
        tmux.keys("Enter")
        tmux.wait(f"▶ Now: {speaker}")
    tmux.keys("Enter")
    tmux.wait("Phase 2/8 · Choice of incident")
    tmux.keys("Enter")
    tmux.wait("▶ Now: Bram (case owner)")
    tmux.type("How do I stay calm")
    tmux.keys("C-c")
    screen = tmux.wait("EXIT=130")
    assert "The unfinished line was saved as a note." in screen
    assert "Everything is saved. To continue: intervision resume" in screen

    # Resume: the same phase and speaker; then end the session and read the minutes.
    tmux.type(f"{BIN} resume; echo EXIT=$?")
    tmux.keys("Enter")
    screen = tmux.wait("▶ Now: Bram (case owner)")
    assert "Phase 3/8 · Case: Lastige ouder · Question and incident explained" in screen
    tmux.type("/end")
    tmux.keys("Enter")
    tmux.wait("End the session now and write the minutes?")
    tmux.type("y")
    tmux.keys("Enter")
    screen = tmux.wait("EXIT=0")
    assert "End the session now and write the minutes? yes" in tmux.history()
    assert "Session ended. Minutes:" in screen

    events = journal(home)
    kinds = [event["kind"] for event in events]
    assert kinds.count("paused") == 1
    assert kinds.count("interrupted") == 1
    assert "continued" in kinds
    assert kinds[-1] == "ended"
    moves = [(e["phase"], e["turn"]) for e in events if e["kind"] == "moved"]
    assert moves[:3] == [(0, 1), (0, 0), (0, 1)]  # to Bram, back to Anna, to Bram again
    notes = [(e["speaker"], e["text"]) for e in events if e["kind"] == "note"]
    assert notes == [
        ("Anna", "a parent who shouts"),
        ("Anna", "typing while the clock runs"),
        ("Bram", "How do I stay calm"),
    ]
    (folder,) = [path for path in (home / "sessions").iterdir() if path.is_dir()]
    minutes = (folder / "minutes.md").read_text(encoding="utf-8")
    for text in (
        "a parent who shouts",
        "typing while the clock runs",
        "How do I stay calm",
        "Lastige ouder",
    ):
        assert text in minutes
    assert "rehearsal" in minutes
    for display in ("\x1b", "\a", "▶", "over time", "(paused)", "Ctrl-P"):
        assert display not in minutes  # nothing of the screen ends up in the minutes
