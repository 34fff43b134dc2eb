"""Real runs of the installed program, fed a script on stdin: plain mode, crash-safe, resumable."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import stat
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import pytest

from intervision.cli.session import normalise_rehearse

BIN = Path(sys.executable).parent / "intervision"
GROUP = ["--members", "Anna,Bram,Cor,Dirk", "--facilitator", "Fenna"]
RUN = ["run", "incidentmethode", *GROUP, "--owner", "Bram", "--case", "Lastige ouder"]
T = TypeVar("T")

# The incident method with four members and Bram as owner: pitches (4 turns), choice, case (Bram),
# questions, diagnosis (3 turns), solutions (3 turns), owner's choice (Bram), wrap-up (4 turns).
SCRIPT = [
    "",  # ground rules agreed
    "Anna: pitch about a parent who shouts",
    "",
    "Bram: pitch about a colleague",
    "",
    "",
    "",
    "We choose the case of Bram",  # choice
    "",
    "How do I stay calm with an angry parent?",  # case: Bram's core question
    "",
    "Cor: what did the parent say exactly?",  # questions
    "Dirk: when did it start?",
    "",
    "The parent feels unheard",  # diagnosis
    "",
    "",
    "",
    "Call the parent back within a day",  # solutions
    "",
    "",
    "",
    "I will call the parent on Friday",  # owner's choice
    "/agree Bram: call the parent | Friday",
    "",
    "8",  # wrap-up: a score for the first speaker
    "Learned to ask before advising",
    "",
    "",
    "",
    "",
]
NOTES = [
    "pitch about a parent who shouts",
    "pitch about a colleague",
    "We choose the case of Bram",
    "How do I stay calm with an angry parent?",
    "what did the parent say exactly?",
    "when did it start?",
    "The parent feels unheard",
    "Call the parent back within a day",
    "I will call the parent on Friday",
    "Learned to ask before advising",
]


def lines(script: list[str]) -> str:
    return "".join(line + "\n" for line in script)


def intervision(
    args: list[str], stdin_text: str = "", *, tmp: Path, timeout: float = 30
) -> subprocess.CompletedProcess[str]:
    """Run the installed program with ``stdin_text`` in a file as its standard input."""
    script = tmp / f"stdin-{time.monotonic_ns()}.txt"
    script.write_text(stdin_text, encoding="utf-8")
    with script.open(encoding="utf-8") as stdin:
        return subprocess.run(
            [str(BIN), *args],
            stdin=stdin,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )


def spawn(args: list[str]) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [str(BIN), *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        bufsize=1,
    )


@pytest.fixture
def processes() -> Iterator[list[subprocess.Popen[str]]]:
    """Started processes; any still running at the end of a test are killed."""
    started: list[subprocess.Popen[str]] = []
    yield started
    for process in started:
        if process.poll() is None:
            process.kill()
        process.wait(timeout=10)
        for stream in (process.stdin, process.stdout, process.stderr):
            if stream is not None:
                with contextlib.suppress(BrokenPipeError):
                    stream.close()


def wait_for(probe: Callable[[], T | None], timeout: float = 15.0) -> T:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = probe()
        if found:
            return found
        time.sleep(0.02)
    raise AssertionError("timed out waiting")


def journal(folder: Path) -> list[dict[str, Any]]:
    path = folder / "journal.jsonl"
    if not path.exists():
        return []
    events = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        with contextlib.suppress(ValueError):  # a line being written right now
            events.append(json.loads(raw))
    return events


def the_session(home: Path) -> Path | None:
    sessions = home / "sessions"
    folders = [f for f in sessions.iterdir() if f.is_dir()] if sessions.is_dir() else []
    return folders[0] if len(folders) == 1 else None


def kinds(folder: Path) -> list[str]:
    return [event["kind"] for event in journal(folder)]


def noted(folder: Path) -> list[str]:
    return [event["text"] for event in journal(folder) if event["kind"] == "note"]


def listed(tmp: Path) -> list[dict[str, Any]]:
    result = intervision(["sessions", "list", "--json"], tmp=tmp)
    assert result.returncode == 0, result.stderr
    rows: list[dict[str, Any]] = json.loads(result.stdout)
    return rows


def assert_plain(result: subprocess.CompletedProcess[str]) -> None:
    assert "\x1b" not in result.stdout
    assert "\x1b" not in result.stderr
    assert "Traceback" not in result.stderr


# --- a whole session ---------------------------------------------------------------------------------


@pytest.mark.slow
def test_a_scripted_run_writes_the_minutes(home: Path, tmp_path: Path) -> None:
    result = intervision(RUN, lines(SCRIPT), tmp=tmp_path)
    assert result.returncode == 0, result.stderr
    assert_plain(result)
    assert result.stderr == ""
    folder = the_session(home)
    assert folder is not None
    assert folder.name.endswith("-incidentmethode")
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    events = journal(folder)
    assert events[-1]["kind"] == "ended"
    assert events[-1]["reason"] == "finished"
    assert noted(folder) == NOTES
    assert [e["value"] for e in events if e["kind"] == "score"] == [8]
    assert [e["who"] for e in events if e["kind"] == "agreement"] == ["Bram"]
    assert stat.S_IMODE((folder / "journal.jsonl").stat().st_mode) == 0o600
    minutes = folder / "minutes.md"
    assert f"Session ended. Minutes: {minutes}" in result.stdout
    assert stat.S_IMODE(minutes.stat().st_mode) == 0o600
    text = minutes.read_text(encoding="utf-8")
    for note in NOTES:
        assert note in text
    assert "Lastige ouder" in text
    assert "call the parent" in text

    rows = listed(tmp_path)
    assert [(r["id"], r["status"], r["owners"], r["rehearsal"]) for r in rows] == [
        (folder.name, "finished", ["Bram"], False)
    ]
    again = intervision(["resume", folder.name], tmp=tmp_path)
    assert again.returncode == 2
    assert "has already ended" in again.stderr


@pytest.mark.slow
def test_end_of_input_part_way_and_resume(home: Path, tmp_path: Path) -> None:
    first = intervision(RUN, lines(SCRIPT[:13]), tmp=tmp_path)
    assert first.returncode == 0, first.stderr
    assert_plain(first)
    folder = the_session(home)
    assert folder is not None
    assert f"intervision resume {folder}" in first.stdout
    assert kinds(folder)[-1] == "interrupted"
    assert not (folder / "minutes.md").exists()
    assert [r["status"] for r in listed(tmp_path)] == ["interrupted"]

    second = intervision(["resume"], lines(SCRIPT[13:]), tmp=tmp_path)
    assert second.returncode == 0, second.stderr
    assert_plain(second)
    assert f"Continuing the session in {folder}" in second.stdout
    assert "continued" in kinds(folder)
    assert noted(folder) == NOTES
    text = (folder / "minutes.md").read_text(encoding="utf-8")
    assert all(note in text for note in NOTES)
    assert [r["status"] for r in listed(tmp_path)] == ["finished"]


def test_input_that_ends_before_the_session_begins(home: Path, tmp_path: Path) -> None:
    result = intervision(["run", "incidentmethode"], "Anna,Bram\n", tmp=tmp_path)
    assert result.returncode == 2
    assert (
        result.stderr.strip() == "the input ended before the session could begin; nothing was saved"
    )
    assert not (home / "sessions").exists()


@pytest.mark.parametrize(
    ("flags", "message"),
    [
        (["--owner", "Zed"], "'Zed' is not a member of this session (Anna, Bram, Cor, Dirk)"),
        (["--owner", "Bram", "--members", "Anna,anna"], "a name appears twice among the members"),
    ],
    ids=["unknown-owner", "duplicate-member"],
)
def test_a_refused_start_leaves_no_session_behind(
    home: Path, tmp_path: Path, flags: list[str], message: str
) -> None:
    result = intervision(["run", "incidentmethode", *GROUP, *flags], "\n", tmp=tmp_path)
    assert result.returncode == 2
    assert_plain(result)
    assert result.stderr.startswith(message)
    assert result.stderr.count("\n") == 1
    assert "Session saved" not in result.stdout
    sessions = home / "sessions"
    assert not sessions.exists() or list(sessions.iterdir()) == []


def test_protocol_members_and_facilitator_may_be_asked(home: Path, tmp_path: Path) -> None:
    answers = ["incidentmethode", "Anna", "Anna, Bram; Cor", "", "Fenna", ""]
    result = intervision(["run"], lines(answers), tmp=tmp_path)
    assert result.returncode == 0, result.stderr
    folder = the_session(home)
    assert folder is not None
    started = journal(folder)[0]
    assert (started["members"], started["facilitator"]) == (["Anna", "Bram", "Cor"], "Fenna")
    assert kinds(folder)[-2:] == ["rules-agreed", "interrupted"]


def test_resume_after_a_torn_last_line(home: Path, tmp_path: Path) -> None:
    first = intervision(RUN, lines(SCRIPT[:4]), tmp=tmp_path)
    assert first.returncode == 0, first.stderr
    folder = the_session(home)
    assert folder is not None
    path = folder / "journal.jsonl"
    with path.open("ab") as journal_file:
        journal_file.write(b'{"seq":99,"t":1.0,"kind":"no')  # the power went mid-line
    result = intervision(["resume"], lines(SCRIPT[4:]), tmp=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "the journal's last line was half written" in result.stdout
    assert (folder / "journal.jsonl.torn").read_bytes() == b'{"seq":99,"t":1.0,"kind":"no\n'
    assert noted(folder) == NOTES
    assert kinds(folder)[-1] == "ended"


@pytest.mark.slow
def test_the_owner_proposed_is_who_has_waited_longest(home: Path, tmp_path: Path) -> None:
    assert intervision(RUN, lines(SCRIPT), tmp=tmp_path).returncode == 0  # Bram was owner
    rehearsal = ["run", "incidentmethode", "--rehearse", *GROUP, "--owner", "Anna"]
    assert intervision(rehearsal, "\n", tmp=tmp_path).returncode == 0  # a rehearsal does not count
    # Four turns of pitches and the choice; then Enter takes the proposal, and Enter the title it
    # offers: the case Anna pitched last time and that was not chosen then.
    script = ["", "", "", "", "", "", "", ""]
    result = intervision(["run", "incidentmethode", *GROUP], lines(script), tmp=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "(Enter picks Anna)" in result.stdout
    newest = max((home / "sessions").iterdir(), key=lambda folder: folder.name)
    chosen = [e for e in journal(newest) if e["kind"] == "owner-chosen"]
    assert [(e["case"], e["member"], e["title"]) for e in chosen] == [
        (1, "Anna", "pitch about a parent who shouts")
    ]
    assert "Anna had a case on" in result.stdout and "still current?" in result.stdout


# --- interrupted for real ------------------------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize(
    ("signum", "code"),
    [(signal.SIGINT, 130), (signal.SIGTERM, 143), (signal.SIGHUP, 129)],
    ids=["ctrl-c", "sigterm", "sighup"],
)
def test_ctrl_c_saves_and_says_how_to_resume(
    home: Path,
    tmp_path: Path,
    processes: list[subprocess.Popen[str]],
    signum: signal.Signals,
    code: int,
) -> None:
    process = spawn(RUN)
    processes.append(process)
    assert process.stdin is not None
    process.stdin.write(lines(SCRIPT[:4]))
    process.stdin.flush()
    folder = wait_for(lambda: the_session(home))
    wait_for(lambda: len(noted(folder)) == 2)
    process.send_signal(signum)
    out, err = process.communicate(timeout=15)
    assert process.returncode == code  # the shell's convention: 128 + the signal's number
    assert "Traceback" not in err
    # On stderr, where it is seen also when stdout goes to a pipe or a file.
    assert f"Everything is saved. To continue: intervision resume {folder}" in err
    assert "Everything is saved" not in out
    assert kinds(folder)[-1] == "interrupted"

    rest = intervision(["resume", folder.name], lines(SCRIPT[4:]), tmp=tmp_path)
    assert rest.returncode == 0, rest.stderr
    assert noted(folder) == NOTES
    assert (folder / "minutes.md").exists()


@pytest.mark.slow
def test_sigkill_part_way_loses_nothing_that_was_sent_a_second_earlier(
    home: Path, tmp_path: Path, processes: list[subprocess.Popen[str]]
) -> None:
    process = spawn(RUN)
    processes.append(process)
    assert process.stdin is not None
    sent: list[tuple[float, str]] = []
    cut = 20
    for line in SCRIPT[:cut]:
        process.stdin.write(line + "\n")
        process.stdin.flush()
        sent.append((time.monotonic(), line))
        time.sleep(0.1)
    killed_at = time.monotonic()
    process.send_signal(signal.SIGKILL)
    process.communicate(timeout=15)
    assert process.returncode == -signal.SIGKILL
    folder = the_session(home)
    assert folder is not None
    assert "ended" not in kinds(folder)

    # The rest of the script, and enough empty lines to finish even if a last line or two never arrived.
    rest = intervision(["resume"], lines(SCRIPT[cut:] + [""] * 8), tmp=tmp_path)
    assert rest.returncode == 0, rest.stderr
    assert_plain(rest)
    assert kinds(folder)[-1] == "ended"
    early = [line.split(": ", 1)[-1] for at, line in sent if line and killed_at - at > 1.0]
    assert len(early) >= 4
    text = (folder / "minutes.md").read_text(encoding="utf-8")
    for note in early:
        assert note in text


@pytest.mark.slow
def test_a_line_typed_on_the_live_screen_before_a_crash_is_kept_by_a_plain_resume(
    home: Path, tmp_path: Path
) -> None:
    assert intervision(RUN, lines(SCRIPT[:2]), tmp=tmp_path).returncode == 0
    folder = the_session(home)
    assert folder is not None
    last = journal(folder)[-1]
    # Resumed on the live screen, a line half typed and journaled on a pause, then the laptop died.
    crash = [
        {**last, "seq": last["seq"] + 1, "kind": "continued", "gap_seconds": 5.0},
        {"seq": last["seq"] + 2, "t": last["t"] + 3, "wall": last["wall"], "kind": "draft"}
        | {"text": "Bram: a colleague who"},
    ]
    with (folder / "journal.jsonl").open("a", encoding="utf-8") as out:
        out.writelines(json.dumps(event) + "\n" for event in crash)
    result = intervision(["resume"], lines(SCRIPT[2:]), tmp=tmp_path)
    assert result.returncode == 0, result.stderr
    said = (
        "The line being typed when the session stopped was saved as a note: Bram: a colleague who"
    )
    assert said in result.stdout
    notes = [(e["speaker"], e["text"]) for e in journal(folder) if e["kind"] == "note"]
    assert notes.count(("Bram", "a colleague who")) == 1
    assert kinds(folder)[-1] == "ended"
    assert "a colleague who" in (folder / "minutes.md").read_text(encoding="utf-8")


@pytest.mark.slow
def test_a_session_open_elsewhere_is_refused(
    home: Path, tmp_path: Path, processes: list[subprocess.Popen[str]]
) -> None:
    process = spawn(RUN)
    processes.append(process)
    assert process.stdin is not None
    process.stdin.write("\n")
    process.stdin.flush()
    folder = wait_for(lambda: the_session(home))
    wait_for(lambda: "rules-agreed" in kinds(folder))
    assert [r["status"] for r in listed(tmp_path)] == ["running"]

    refused = intervision(["resume", folder.name], "\n", tmp=tmp_path)
    assert refused.returncode == 1
    assert_plain(refused)
    message = refused.stderr.strip()
    assert "\n" not in message
    assert message == (
        f"the session {folder.name} is already open in another window (process {process.pid}); close that first"
    )

    process.stdin.close()  # the input ends: the first process saves and stops
    process.wait(timeout=15)
    assert process.returncode == 0
    assert [r["status"] for r in listed(tmp_path)] == ["interrupted"]


# --- rehearsal -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["run", "--rehearse"], ["run", "--rehearse=30"]),
        (["run", "--rehearse", "--members", "A,B"], ["run", "--rehearse=30", "--members", "A,B"]),
        (["run", "--rehearse", "incidentmethode"], ["run", "--rehearse=30", "incidentmethode"]),
        (["run", "--rehearse", "60"], ["run", "--rehearse", "60"]),
        (["run", "--rehearse", "7.5"], ["run", "--rehearse", "7.5"]),
        (["run", "--rehearse=45"], ["run", "--rehearse=45"]),
        (["run", "x"], ["run", "x"]),
        ([], []),
    ],
)
def test_normalise_rehearse(argv: list[str], expected: list[str]) -> None:
    assert normalise_rehearse(argv) == expected


@pytest.mark.parametrize(("flag", "speed"), [(["--rehearse"], 30.0), (["--rehearse", "60"], 60.0)])
def test_rehearse_marks_the_session(
    home: Path, tmp_path: Path, flag: list[str], speed: float
) -> None:
    result = intervision(["run", "incidentmethode", *flag, *GROUP], "\nnote\n", tmp=tmp_path)
    assert result.returncode == 0, result.stderr
    folder = the_session(home)
    assert folder is not None
    started = journal(folder)[0]
    assert started["kind"] == "started"
    assert started["rehearsal"] == speed
    assert [r["rehearsal"] for r in listed(tmp_path)] == [True]


def test_no_escape_codes_even_when_the_terminal_says_it_has_colours(
    home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TERM", "xterm-256color")
    monkeypatch.setenv("FORCE_COLOR", "1")
    monkeypatch.delenv("NO_COLOR", raising=False)
    result = intervision(RUN, lines([*SCRIPT[:6], "/status", "/help", "/bogus"]), tmp=tmp_path)
    assert result.returncode == 0, result.stderr
    assert_plain(result)


@pytest.fixture(autouse=True)
def _plain_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PYTHONUNBUFFERED", "1")
    monkeypatch.delenv("INTERVISION_WORKSPACE", raising=False)
    assert os.environ["INTERVISION_LANG"] == "en"


@pytest.mark.slow
def test_resume_goes_on_in_the_sessions_language(tmp_path: Path) -> None:
    home = tmp_path / "home"
    env = {**os.environ, "INTERVISION_HOME": str(home), "INTERVISION_LANG": "en"}
    binary = str(Path(sys.executable).parent / "intervision")
    started = subprocess.run(
        [
            binary,
            "--lang",
            "nl",
            "run",
            "incidentmethode",
            "--members",
            "Anna,Bram,Cor",
            "--facilitator",
            "F",
        ],
        input="\nEen notitie\n",
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert started.returncode == 0, started.stderr
    assert "Later verder: intervision resume" in started.stdout
    resumed = subprocess.run(
        [binary, "resume"], input="", capture_output=True, text=True, env=env, timeout=60
    )
    assert resumed.returncode == 0, resumed.stderr
    assert "Verder met de sessie" in resumed.stdout
    forced = subprocess.run(
        [binary, "resume", "--lang", "en"],
        input="",
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert "Continuing the session" in forced.stdout


@pytest.mark.slow
def test_quit_at_the_ground_rules_leaves_no_session_behind(tmp_path: Path) -> None:
    home = tmp_path / "home"
    env = {**os.environ, "INTERVISION_HOME": str(home), "INTERVISION_LANG": "en"}
    binary = str(Path(sys.executable).parent / "intervision")
    done = subprocess.run(
        [binary, "run", "incidentmethode", "--members", "Anna,Bram,Cor", "--facilitator", "F"],
        input="/quit\n",
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert "stopped before the session began; nothing was saved" in done.stdout
    assert not any((home / "sessions").iterdir())
