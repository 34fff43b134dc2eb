"""Session folders: names, permissions, the lock, and reading what is stored in them."""

from __future__ import annotations

import json
import os
import signal
import stat
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest

from intervision.errors import IntervisionError, UsageError
from intervision.session.events import Event
from intervision.store.journal import JOURNAL
from intervision.store.sessions import LOCK, SessionLock, create_folder, find, scan, stored
from tests.session.helpers import rig

DAY = date(2024, 3, 5)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_folders_are_named_by_date_and_protocol_and_numbered(tmp_path: Path) -> None:
    sessions = tmp_path / "sessions"
    names = [create_folder(sessions, "incidentmethode", DAY).name for _ in range(3)]
    assert names == [
        "2024-03-05-incidentmethode",
        "2024-03-05-incidentmethode-2",
        "2024-03-05-incidentmethode-3",
    ]
    assert create_folder(sessions, "balintmethode", DAY).name == "2024-03-05-balintmethode"


def test_folders_are_owner_only(tmp_path: Path) -> None:
    old = os.umask(0)
    try:
        folder = create_folder(tmp_path / "data" / "sessions", "x", DAY)
    finally:
        os.umask(old)
    assert mode(folder) == 0o700
    assert mode(folder.parent) == 0o700


def test_a_numbered_folder_fills_no_gap(tmp_path: Path) -> None:
    create_folder(tmp_path, "x", DAY)
    (tmp_path / "2024-03-05-x-2").mkdir()
    assert create_folder(tmp_path, "x", DAY).name == "2024-03-05-x-3"


# --- the lock --------------------------------------------------------------------------------------


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return create_folder(tmp_path / "sessions", "demo", DAY)


def test_a_second_lock_on_the_same_folder_is_refused(folder: Path) -> None:
    first = SessionLock(folder)
    first.acquire()
    try:
        assert (folder / LOCK).read_text() == str(os.getpid())
        assert mode(folder / LOCK) == 0o600
        with pytest.raises(IntervisionError) as caught:
            SessionLock(folder).acquire()
        error = caught.value
        assert error.key == "store.locked"
        assert error.exit_code == 1
        assert not isinstance(error, UsageError)
        assert str(error) == (
            f"the session {folder.name} is already open in another window (process {os.getpid()}); close that first"
        )
    finally:
        first.release()
    again = SessionLock(folder)
    again.acquire()  # free again once released
    again.release()
    first.release()  # twice is harmless


def test_no_lock_file_means_nobody_holds_it(folder: Path) -> None:
    assert not SessionLock(folder).held_elsewhere()


HOLDER = """
import sys, time
from pathlib import Path
from intervision.store.sessions import SessionLock
lock = SessionLock(Path(sys.argv[1]))
lock.acquire()
print("locked", flush=True)
time.sleep(60)
"""


@pytest.fixture
def holder(folder: Path) -> Iterator[subprocess.Popen[str]]:
    process = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(folder)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert process.stdout is not None
        assert process.stdout.readline() == "locked\n"
        yield process
    finally:
        if process.poll() is None:
            process.kill()
        process.wait(timeout=10)
        if process.stdout:
            process.stdout.close()


def wait_until(condition: Callable[[], bool], timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.02)
    raise AssertionError("timed out")


def test_a_lock_held_by_another_process_is_seen_and_freed_when_it_dies(
    folder: Path, holder: subprocess.Popen[str]
) -> None:
    lock = SessionLock(folder)
    assert lock.held_elsewhere()
    with pytest.raises(IntervisionError) as caught:
        lock.acquire()
    assert caught.value.fields["pid"] == str(holder.pid)
    os.kill(holder.pid, signal.SIGKILL)
    holder.wait(timeout=10)
    wait_until(lambda: not lock.held_elsewhere())
    lock.acquire()  # the kernel let go of a killed process's lock
    lock.release()


# --- what is stored ----------------------------------------------------------------------------------


def journal_of(folder: Path, events: list[Event]) -> None:
    lines = [json.dumps(e.to_dict(), ensure_ascii=False) + "\n" for e in events]
    (folder / JOURNAL).write_text("".join(lines), encoding="utf-8")


def test_scan_reads_a_session(folder: Path) -> None:
    r = rig(rehearsal=30.0)
    r.engine.choose_owner(1, "Bram", "Title")
    r.engine.choose_owner(2, "Cor")
    journal_of(folder, r.events)
    found = scan(folder)
    assert found is not None
    assert (found.protocol, found.title, found.language) == ("demo", "Demo", "en")
    assert found.date == "2024-03-05"
    assert found.members == ["Anna", "Bram", "Cor", "Dirk"]
    assert found.facilitator == "Fenna"
    assert found.owners == {1: "Bram", 2: "Cor"}
    assert found.status == "interrupted"
    assert found.rehearsal
    assert found.to_dict() == {
        "id": folder.name,
        "date": "2024-03-05",
        "protocol": "demo",
        "title": "Demo",
        "language": "en",
        "members": ["Anna", "Bram", "Cor", "Dirk"],
        "facilitator": "Fenna",
        "owners": ["Bram", "Cor"],
        "status": "interrupted",
        "rehearsal": True,
        "started": r.events[0].wall,
        "case_titles": [],  # a quick scan reads no titles; the summary index does
        "path": str(folder),
    }


def test_scan_sees_a_finished_and_a_running_session(
    folder: Path, holder: subprocess.Popen[str]
) -> None:
    r = rig()
    journal_of(folder, r.events)
    assert scan(folder).status == "running"  # type: ignore[union-attr]
    r.engine.end()
    journal_of(folder, r.events)
    assert scan(folder).status == "finished"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "content",
    [b"", b'{"seq":1,"t":0,"kind":"note"}\n', b"not json at all\n"],
    ids=["empty", "no-started-event", "garbage"],
)
def test_scan_lists_a_journal_without_a_start_as_damaged(folder: Path, content: bytes) -> None:
    (folder / JOURNAL).write_bytes(content)
    found = scan(folder)
    assert found is not None and found.damaged and found.problem
    assert (found.date, found.protocol) == ("2024-03-05", "demo")


def test_scan_without_a_journal(folder: Path) -> None:
    assert scan(folder) is None


def test_stored_and_find(tmp_path: Path) -> None:
    sessions = tmp_path / "sessions"
    assert stored(sessions) == []
    folders = [create_folder(sessions, "demo", DAY) for _ in range(3)]
    (sessions / "stray-file.txt").write_text("x")
    finished, unfinished, _empty = folders
    r = rig()
    r.engine.end()
    journal_of(finished, r.events)
    journal_of(unfinished, rig().events)
    assert [s.folder for s in stored(sessions)] == [finished, unfinished]
    assert find(sessions, None).folder == unfinished
    assert find(sessions, finished.name).folder == finished
    assert find(sessions, str(finished)).folder == finished
    with pytest.raises(UsageError) as caught:
        find(sessions, "2024-01-01-nothing")
    assert caught.value.key == "store.no_such_session"


def test_find_without_anything_to_resume(tmp_path: Path) -> None:
    with pytest.raises(UsageError) as caught:
        find(tmp_path / "sessions", None)
    assert caught.value.key == "store.nothing_to_resume"


def test_folders_of_one_day_are_listed_in_number_order(tmp_path: Path) -> None:
    r = rig()
    lines = "\n".join(json.dumps(e.to_dict()) for e in r.events) + "\n"
    names = ["2026-11-23-demo", *[f"2026-11-23-demo-{n}" for n in (2, 10, 9, 11)]]
    for name in names:
        (tmp_path / name).mkdir()
        (tmp_path / name / JOURNAL).write_text(lines, encoding="utf-8")
    order = [s.folder.name for s in stored(tmp_path)]
    assert order == ["2026-11-23-demo", *[f"2026-11-23-demo-{n}" for n in (2, 9, 10, 11)]]
