"""The live screen stopped from outside, in a real terminal (tmux): the window closed with a line half
typed, SIGHUP sent to the process, the terminal's input failing before any SIGHUP, and Ctrl-C with stdout
piped into ``tee``. Each time the journal ends with ``interrupted``, the half-typed line is a note, the
exit code is the shell's, and ``resume`` goes on.

A closed window cannot show an exit code, so the program is started by a small wrapper that writes it to a
file (and, for the pipe, feeds stdout to ``tee``); the wrapper takes no other part.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import textwrap
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from intervision.ui.live_draft import MAX_SECONDS
from tests.e2e.test_live_tmux import BIN, Tmux

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("tmux") is None, reason="needs tmux"),
]

RUN = "run incidentmethode --members Anna,Bram,Cor,Dirk --facilitator Fenna --owner Bram"

WRAPPER = textwrap.dedent(
    """
    import os, signal, subprocess, sys
    out, tee, hup, *command = sys.argv[1:]
    signal.signal(signal.SIGHUP, lambda *_: None)  # the wrapper outlives the window to write the code
    signal.signal(signal.SIGINT, lambda *_: None)  # (a handler, unlike SIG_IGN, is not inherited)

    def child():
        if hup == "blocked":  # no SIGHUP can reach the program: only its input can tell it
            signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGHUP})

    program = subprocess.Popen(
        command, stdout=subprocess.PIPE if tee != "-" else None, preexec_fn=child
    )
    if tee != "-":
        subprocess.Popen(["tee", tee], stdin=program.stdout)
        program.stdout.close()


    def tell(path, text):
        with open(path + ".part", "w") as file:
            file.write(text)
        os.replace(path + ".part", path)

    tell(out + ".pid", str(program.pid))  # for the test that sends SIGHUP itself
    tell(out, str(program.wait()))
    """
)


class Windows:
    """Terminal windows, each a session on its own private tmux server."""

    def __init__(self, home: Path) -> None:
        self.home = home
        self.opened: list[Tmux] = []

    def open(self) -> Tmux:
        window = Tmux(f"intervision-stop-{uuid.uuid4().hex[:8]}")
        env = {
            "INTERVISION_HOME": str(self.home),
            "INTERVISION_LANG": "en",
            "PS1": "$ ",
            "TERM": "xterm-256color",
            "HISTFILE": "/dev/null",
        }
        command = ["new-session", "-d", "-s", window.name, "-x", "80", "-y", "24"]
        for key, value in env.items():
            command += ["-e", f"{key}={value}"]
        window.run(*command, "bash --norc --noprofile")
        self.opened.append(window)
        return window

    def close(self, window: Tmux) -> None:
        """As when the facilitator closes the terminal window: the pane and its shell are gone."""
        window.run("kill-pane", "-t", window.name)


@pytest.fixture
def windows(tmp_path: Path) -> Iterator[Windows]:
    found = Windows(tmp_path / "home")
    yield found
    for window in found.opened:  # our private servers only
        subprocess.run([*window.base, "kill-server"], capture_output=True)


def journal(home: Path) -> list[dict[str, Any]]:
    (folder,) = [path for path in (home / "sessions").iterdir() if path.is_dir()]
    return [json.loads(line) for line in (folder / "journal.jsonl").read_text().splitlines()]


def wait_file(path: Path, timeout: float = 15.0) -> str:
    deadline = time.monotonic() + timeout
    while not path.exists():
        assert time.monotonic() < deadline, f"no {path.name}"
        time.sleep(0.03)
    return path.read_text()


def start(window: Tmux, tmp_path: Path, *, tee: str = "-", hup: str = "open") -> Path:
    """The program in ``window`` through the wrapper, at the first speaker; returns the exit code file."""
    wrapper = tmp_path / "wrapper.py"
    wrapper.write_text(WRAPPER)
    code = tmp_path / f"exit-{uuid.uuid4().hex[:6]}"
    python = Path(BIN).parent / "python"
    window.type(f"{python} {wrapper} {code} {tee} {hup} {BIN} {RUN}")
    window.keys("Enter")
    window.wait("Are the ground rules agreed?")
    window.keys("Enter")
    window.wait("▶ Now: Anna [1/4]")
    return code


def half_type(window: Tmux, text: str) -> None:
    window.type(text)
    window.wait(f"› {text}")


def notes(events: list[dict[str, Any]]) -> list[tuple[str, str]]:
    return [(e["speaker"], e["text"]) for e in events if e["kind"] == "note"]


def resumes(windows: Windows, check: Callable[[Tmux], None] | None = None) -> list[str]:
    """``intervision resume`` in a new window: the same speaker; then /quit. Returns the event kinds."""
    window = windows.open()
    window.type(f"{BIN} resume; echo EXIT=$?")
    window.keys("Enter")
    window.wait("▶ Now: Anna [1/4]")
    if check:
        check(window)
    window.keys("C-u")
    window.type("/quit")
    window.keys("Enter")
    window.wait("EXIT=0")
    return [e["kind"] for e in journal(windows.home)]


def test_closing_the_window_keeps_the_half_typed_line(windows: Windows, tmp_path: Path) -> None:
    window = windows.open()
    code = start(window, tmp_path)
    half_type(window, "she asked me twice whe")
    windows.close(window)  # the shell gets SIGHUP and passes it on; the terminal is gone as well
    assert wait_file(code) == "129"
    events = journal(windows.home)
    assert events[-1]["kind"] == "interrupted"
    assert notes(events) == [("Anna", "she asked me twice whe")]

    def not_back(window: Tmux) -> None:  # kept as a note: not put back in the line as well
        assert "is back" not in window.history()
        assert "› she asked" not in window.screen()

    assert resumes(windows, not_back)[-2:] == ["continued", "interrupted"]
    assert notes(journal(windows.home)) == [("Anna", "she asked me twice whe")]  # not twice


def test_sighup_to_the_process_saves_like_ctrl_c(windows: Windows, tmp_path: Path) -> None:
    window = windows.open()
    code = start(window, tmp_path)
    half_type(window, "Bram: a colleague who")
    os.kill(int(wait_file(code.with_suffix(".pid"))), signal.SIGHUP)  # the terminal stays open
    assert wait_file(code) == "129"
    screen = window.wait("Everything is saved. To continue: intervision resume")
    assert "The unfinished line was saved as a note." in screen
    assert "Traceback" not in window.history()
    events = journal(windows.home)
    assert events[-1]["kind"] == "interrupted"
    assert notes(events) == [("Bram", "a colleague who")]
    assert resumes(windows)[-2:] == ["continued", "interrupted"]


def test_the_input_failing_before_any_sighup(windows: Windows, tmp_path: Path) -> None:
    window = windows.open()
    code = start(window, tmp_path, hup="blocked")  # SIGHUP blocked: it can never arrive
    half_type(window, "the parent kept shout")
    windows.close(window)
    assert wait_file(code) == "129"
    events = journal(windows.home)
    assert events[-1]["kind"] == "interrupted"
    assert notes(events) == [("Anna", "the parent kept shout")]
    assert "continued" in resumes(windows)


def test_ctrl_c_with_stdout_piped_into_tee(windows: Windows, tmp_path: Path) -> None:
    window = windows.open()
    log = tmp_path / "log.txt"
    wrapper = tmp_path / "wrapper.py"
    wrapper.write_text(WRAPPER)
    code = tmp_path / "exit-piped"
    window.type(f"{Path(BIN).parent / 'python'} {wrapper} {code} {log} open {BIN} {RUN}")
    window.keys("Enter")
    window.wait("Are the ground rules agreed?")  # plain mode: stdout is a pipe
    window.keys("Enter")
    window.type("Anna: a note in the log")
    window.keys("Enter")
    window.wait("+ case pitch — Anna")
    window.keys("C-c")  # reaches tee as well, which stops: stdout's reader is gone
    assert wait_file(code) == "130"
    screen = window.wait("Everything is saved. To continue: intervision resume")  # on stderr
    assert "Traceback" not in screen and "Broken pipe" not in screen
    assert "+ case pitch — Anna" in log.read_text()  # stdout reached the log until the stop
    events = journal(windows.home)
    assert events[-1]["kind"] == "interrupted"
    assert notes(events) == [("Anna", "a note in the log")]


def test_kill_9_keeps_the_line_typed_a_few_seconds_before(windows: Windows, tmp_path: Path) -> None:
    window = windows.open()
    code = start(window, tmp_path)
    half_type(window, "she left the ro")
    typed = time.monotonic()
    time.sleep(max(0.0, typed + MAX_SECONDS - time.monotonic()))  # the README's bound, no more
    os.kill(int(wait_file(code.with_suffix(".pid"))), signal.SIGKILL)
    assert wait_file(code) == str(-signal.SIGKILL)
    events = journal(windows.home)
    assert events[-1]["kind"] == "draft" and events[-1]["text"] == "she left the ro"
    assert "interrupted" not in [e["kind"] for e in events]

    def finish_the_line(window: Tmux) -> None:
        screen = window.wait("› she left the ro")
        assert "The line you were typing when the session stopped is back" in window.history()
        assert "› she left the ro" in screen
        window.type("om")
        window.keys("Enter")
        window.wait("+ case pitch — Anna")

    kinds = resumes(windows, finish_the_line)
    assert kinds[-1] == "interrupted"
    after = journal(windows.home)
    assert notes(after) == [("Anna", "she left the room")]  # once, and finished
    assert [e["text"] for e in after if e["kind"] == "draft"][-1] == ""


def test_closing_the_window_with_stdout_piped_is_a_hang_up_too(
    windows: Windows, tmp_path: Path
) -> None:
    """Plain mode (stdout into tee), the input typed in the window; SIGHUP blocked so that only the
    input's end can tell: the window's closing is still a hang-up, not an ordinary end of input."""
    window = windows.open()
    wrapper = tmp_path / "wrapper.py"
    wrapper.write_text(WRAPPER)
    code = tmp_path / "exit-piped-closed"
    python = Path(BIN).parent / "python"
    window.type(f"{python} {wrapper} {code} {tmp_path / 'log.txt'} blocked {BIN} {RUN}")
    window.keys("Enter")
    window.wait("Are the ground rules agreed?")
    window.keys("Enter")
    window.type("Anna: a note before the window closed")
    window.keys("Enter")
    window.wait("+ case pitch — Anna")
    windows.close(window)
    assert wait_file(code) == "129"
    events = journal(windows.home)
    assert events[-1]["kind"] == "interrupted"
    assert notes(events) == [("Anna", "a note before the window closed")]
