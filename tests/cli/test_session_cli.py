"""``sessions list``, ``minutes`` and ``resume`` on damaged journals, loose modes and full disks."""

from __future__ import annotations

import errno
import json
import os
import stat
from pathlib import Path
from typing import Any

import pytest

from intervision.session.events import Event
from intervision.store import files, journal
from intervision.store.journal import JOURNAL
from tests.cli.conftest import Invoke
from tests.session.helpers import rig


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def a_session(home: Path, name: str, *, drop_first: bool = False) -> Path:
    """A stored session with the notes 'one', 'two' (taken back) and 'three' and an agreement."""
    r = rig()
    r.engine.note("one")
    r.engine.note("two")
    r.engine.undo()
    r.engine.note("three")
    r.engine.agree("Bram", "call the parent", "Friday")
    r.engine.interrupt()
    return write(home, name, r.events[1:] if drop_first else r.events)


def write(home: Path, name: str, events: list[Event]) -> Path:
    folder = home / "sessions" / name
    folder.mkdir(parents=True, mode=0o700)
    text = "".join(json.dumps(e.to_dict()) + "\n" for e in events)
    (folder / JOURNAL).write_text(text, encoding="utf-8")
    os.chmod(folder / JOURNAL, 0o600)
    return folder


NO_START = "its first line (the start of the session: method and members) is missing"


def test_a_session_without_its_first_line_is_listed_as_damaged(cli: Invoke, home: Path) -> None:
    a_session(home, "2026-11-23-demo")
    a_session(home, "2026-11-24-demo", drop_first=True)
    listed = json.loads(cli("sessions", "list", "--json").stdout)
    assert [(r["id"], r["status"]) for r in listed] == [
        ("2026-11-23-demo", "interrupted"),
        ("2026-11-24-demo", "damaged"),
    ]
    assert listed[1]["problem"] == NO_START
    assert listed[1]["protocol"] == "demo"  # from the folder's name
    table = cli("sessions", "list").stdout
    assert "damaged" in table
    assert (
        f"Note: the session 2026-11-24-demo is damaged: {NO_START}. "
        "'intervision minutes 2026-11-24-demo' recovers what can be saved"
    ) in table
    dutch = cli("--lang", "nl", "sessions", "list").stdout
    assert "beschadigd" in dutch and "de eerste regel" in dutch


def test_minutes_of_a_damaged_session_recover_every_note_beside_the_minutes(
    cli: Invoke, home: Path
) -> None:
    folder = a_session(home, "2026-11-24-demo", drop_first=True)
    (folder / "minutes.md").write_text("minutes written before the damage\n")
    result = cli("minutes", "2026-11-24-demo")
    assert result.exit_code == 0, result.output
    recovered = (folder / "minutes.recovered.md").read_text(encoding="utf-8")
    assert "one" in recovered and "three" in recovered and "call the parent" in recovered
    assert "two" not in recovered  # taken back with /undo
    assert NO_START in recovered
    assert (folder / "minutes.md").read_text() == "minutes written before the damage\n"
    assert f"What could be saved is in {folder / 'minutes.recovered.md'}" in result.stdout
    assert f"the journal of 2026-11-24-demo is damaged: {NO_START}" in result.stderr
    assert mode(folder / "minutes.recovered.md") == 0o600


def test_minutes_of_a_start_whose_method_is_broken_recover_too(cli: Invoke, home: Path) -> None:
    folder = a_session(home, "2026-11-24-demo")
    lines = (folder / JOURNAL).read_text(encoding="utf-8").splitlines()
    first = json.loads(lines[0])
    first["protocol"]["opening"] = "not a list"
    (folder / JOURNAL).write_text("\n".join([json.dumps(first), *lines[1:]]) + "\n")
    result = cli("minutes", "2026-11-24-demo", "--stdout")
    assert result.exit_code == 0, result.output
    assert "three" in result.stdout and "journal is damaged" in result.stdout
    listed = json.loads(cli("sessions", "list", "--json").stdout)
    assert [(r["status"], r["problem"]) for r in listed] == [
        ("damaged", "the method in its first line (the start of the session) is damaged")
    ]
    dutch = cli("--lang", "nl", "minutes", "2026-11-24-demo", "--stdout").stdout
    assert "Teruggehaalde notities" in dutch and "three" in dutch


def test_resume_names_a_damaged_session_instead_of_passing_it_over(cli: Invoke, home: Path) -> None:
    a_session(home, "2026-11-23-demo")
    a_session(home, "2026-11-24-demo", drop_first=True)
    for args in (("resume", "2026-11-24-demo"), ("resume",)):
        result = cli(*args)
        assert result.exit_code == 1
        assert result.stderr.strip() == (
            f"the session 2026-11-24-demo is damaged and cannot be continued: {NO_START}. "
            "'intervision minutes 2026-11-24-demo' recovers what can be saved"
        )


def test_resume_makes_a_loosened_session_folder_private_again(cli: Invoke, home: Path) -> None:
    folder = a_session(home, "2026-11-23-demo")
    os.chmod(folder, 0o777)
    os.chmod(folder / JOURNAL, 0o666)
    result = cli("resume", "2026-11-23-demo")
    assert result.exit_code == 0, result.output
    assert "Note: this session's folder could be read or written by others" in result.stdout
    assert (mode(folder), mode(folder / JOURNAL)) == (0o700, 0o600)
    assert all(mode(p) & 0o077 == 0 for p in folder.iterdir())


def test_minutes_keep_a_copy_edited_by_hand_and_say_so(cli: Invoke, home: Path) -> None:
    folder = a_session(home, "2026-11-23-demo")
    assert cli("minutes", "2026-11-23-demo").exit_code == 0
    minutes = folder / "minutes.md"
    minutes.write_text(minutes.read_text() + "\nAdded by the facilitator.\n")
    result = cli("minutes", "2026-11-23-demo")
    assert result.exit_code == 0, result.output
    kept = folder / "minutes.edited.md"
    assert (
        f"minutes.md was changed after intervision wrote it (edited by hand?); that version is kept as {kept}"
    ) in result.stdout
    assert kept.read_text().endswith("Added by the facilitator.\n")
    assert "Added by the facilitator." not in minutes.read_text()
    again = cli("minutes", "2026-11-23-demo")
    assert "kept as" not in again.stdout
    assert sorted(p.name for p in folder.glob("minutes*")) == ["minutes.edited.md", "minutes.md"]


class FullDisk:
    """``os`` as one module sees it on a full disk."""

    def __getattr__(self, name: str) -> Any:
        return getattr(os, name)

    def write(self, fd: int, data: bytes) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    def fsync(self, fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")


def test_a_failed_minutes_write_names_minutes_md_and_how_to_write_it_again(
    cli: Invoke, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = a_session(home, "2026-11-23-demo")
    monkeypatch.setattr(files, "os", FullDisk())
    result = cli("minutes", "2026-11-23-demo")
    assert result.exit_code == 1
    assert result.stderr.strip() == (
        f"cannot write {folder / 'minutes.md'} (No space left on device); the session itself is "
        "safe in its journal. Free some space or fix it, then write the minutes again with: "
        f"intervision minutes {folder}"
    )
    assert not list(folder.glob("*minutes*"))


@pytest.mark.usefixtures("small_library")
def test_a_start_on_a_full_disk_leaves_no_session_folder_and_names_the_file(
    cli: Invoke, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(journal, "os", FullDisk())
    result = cli("run", "incidentmethode", "--members", "Anna,Bram,Cor", "--facilitator", "Fenna")
    assert result.exit_code == 1
    assert list((home / "sessions").iterdir()) == []
    message = result.stderr.strip()
    assert message.startswith("cannot write ") and "No space left on device" in message
    path = message.removeprefix("cannot write ").split(":")[0]
    assert Path(path).name == JOURNAL and Path(path).parent.parent == home / "sessions"


class FullFile:
    """A file whose writes reach a full disk: flushing (and so closing) fails with ENOSPC."""

    def __init__(self, real: Any) -> None:
        self.real = real

    def __getattr__(self, name: str) -> Any:
        return getattr(self.real, name)

    def flush(self) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    def close(self) -> None:
        self.real.close()
        raise OSError(errno.ENOSPC, "No space left on device")


@pytest.mark.usefixtures("small_library")
def test_a_lock_file_the_full_disk_refuses_is_named_and_leaves_no_folder(
    cli: Invoke, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import builtins

    from intervision.store import sessions

    real_open = builtins.open
    monkeypatch.setattr(
        sessions, "open", lambda *a, **k: FullFile(real_open(*a, **k)), raising=False
    )
    result = cli("run", "incidentmethode", "--members", "Anna,Bram,Cor", "--facilitator", "Fenna")
    assert result.exit_code == 1
    assert list((home / "sessions").iterdir()) == []
    assert result.stderr.startswith("cannot write ")
    assert f"/{sessions.LOCK}: No space left on device" in result.stderr


@pytest.fixture
def open_umask() -> Any:
    old = os.umask(0)
    try:
        yield
    finally:
        os.umask(old)


@pytest.mark.usefixtures("open_umask")
def test_nothing_the_tool_creates_is_writable_by_others_under_umask_000(
    cli: Invoke, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    group = tmp_path / "group"
    group.mkdir(mode=0o755)
    (group / "intervision-group.yaml").write_text("name: test\n")
    monkeypatch.chdir(group)
    data = tmp_path / "fresh" / "data"
    monkeypatch.setenv("INTERVISION_HOME", str(data))  # the cache goes under it, not yet there
    assert cli("protocols", "new", "onze-methode").exit_code == 0
    assert cli("plan", "onze-methode", "--members", "4").exit_code == 0
    created = {
        "protocols/": mode(group / "protocols"),
        "protocols/en/": mode(group / "protocols" / "en"),
        "the new file": mode(group / "protocols" / "en" / "onze-methode.yaml"),
        "the schema": mode(group / "protocols" / "protocol.schema.json"),
        "the data folder": mode(data),
        "the cache folder": mode(data / ".cache"),
        "the cache": mode(data / ".cache" / "protocols.jsonl"),
    }
    assert created == {
        "protocols/": 0o700,  # owner-only like the rest of a group folder (and as init makes it)
        "protocols/en/": 0o700,
        "the new file": 0o600,
        "the schema": 0o600,
        "the data folder": 0o700,
        "the cache folder": 0o700,
        "the cache": 0o600,
    }


@pytest.mark.usefixtures("open_umask")
def test_a_new_workspace_and_its_sessions_are_private_under_umask_000(
    cli: Invoke, tmp_path: Path
) -> None:
    from intervision.store.sessions import create_folder
    from intervision.store.workspace import locate

    workspace = locate(tmp_path / "new" / "workspace")
    folder = create_folder(workspace.sessions_dir, "demo")
    assert [mode(p) for p in (tmp_path / "new", workspace.root, folder.parent, folder)] == [
        0o700
    ] * 4


def test_sessions_list_and_minutes_answer_in_the_group_and_session_language(
    cli: Invoke, tmp_path: Path
) -> None:
    """No --lang: the group file's language for the list, the session's own for its minutes."""
    group = tmp_path / "groep"
    group.mkdir()
    (group / "intervision-group.yaml").write_text("name: Noord\nlanguage: nl\nmembers: [Anna]\n")
    a_session(group, "2026-11-23-demo")  # an English session (the demo method is English)
    listed = cli("sessions", "list", "--workspace", str(group)).stdout
    assert "onderbroken" in listed and "interrupted" not in listed
    assert "met Anna, Bram, Cor, Dirk" in listed
    written = cli("minutes", "2026-11-23-demo", "--workspace", str(group)).stdout
    assert "Minutes written:" in written and "Verslag" not in written
    assert cli("--lang", "nl", "sessions", "list", "--workspace", str(group)).exit_code == 0
    forced = cli("--lang", "en", "sessions", "list", "--workspace", str(group)).stdout
    assert "interrupted" in forced


@pytest.mark.usefixtures("small_library")
def test_minutes_that_cannot_be_written_at_the_end_say_how_to_write_them_again(
    cli: Invoke, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from typer.testing import CliRunner

    from intervision.cli.app import build_app

    class MinutesDiskFull(FullDisk):
        """Only the minutes' temporary file finds the disk full; the journal still works."""

        def fsync(self, fd: int) -> None:
            if ".minutes.md." in os.readlink(f"/proc/self/fd/{fd}"):
                super().fsync(fd)
            os.fsync(fd)

    monkeypatch.setattr(files, "os", MinutesDiskFull())
    result = CliRunner().invoke(
        build_app(),
        ["run", "incidentmethode", "--members", "Anna,Bram,Cor", "--facilitator", "Fenna"],
        input="\nAnna: a pitch\n/end\ny\n",
    )
    assert result.exit_code == 1
    (folder,) = (p for p in (home / "sessions").iterdir() if p.is_dir())
    assert result.stderr.strip() == (
        f"cannot write {folder / 'minutes.md'} (No space left on device); the session itself is "
        "safe in its journal. Free some space or fix it, then write the minutes again with: "
        f"intervision minutes {folder}"
    )
    kinds = [json.loads(line)["kind"] for line in (folder / JOURNAL).read_text().splitlines()]
    assert kinds[-1] == "ended" and "note" in kinds
    monkeypatch.undo()
    assert cli("minutes", str(folder)).exit_code == 0  # and so it is, once there is room
    assert "a pitch" in (folder / "minutes.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("stdout", [False, True])
def test_minutes_make_a_loosened_session_owner_only_again_and_say_so(
    cli: Invoke, home: Path, stdout: bool
) -> None:
    folder = a_session(home, "2026-11-23-demo")
    os.chmod(folder, 0o755)
    os.chmod(folder / JOURNAL, 0o644)
    result = cli("minutes", "2026-11-23-demo", *(["--stdout"] if stdout else []))
    assert result.exit_code == 0, result.output
    assert (mode(folder), mode(folder / JOURNAL)) == (0o700, 0o600)
    note = "Note: this session's folder could be read or written by others; it is yours alone again"
    # with --stdout the minutes alone go to stdout, the note to stderr
    assert note in (result.stderr if stdout else result.stdout)
    assert note not in (result.stdout if stdout else result.stderr)
    again = cli("minutes", "2026-11-23-demo")
    assert note not in again.output
