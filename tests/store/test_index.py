"""The summary index: built from the journals, reused while they are unchanged, rebuilt when not."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path
from typing import Any

import pytest

from intervision.session.clock import FakeClock
from intervision.session.engine import SessionEngine
from intervision.store.index import INDEX, SessionIndex, index_files
from intervision.store.journal import JOURNAL, Journal
from tests.session.helpers import demo_protocol


def record(sessions: Path, name: str, wall: str, owner: str = "Bram") -> Path:
    folder = sessions / name
    folder.mkdir(parents=True)
    journal = Journal(folder / JOURNAL)
    clock = FakeClock()
    engine = SessionEngine.start(
        demo_protocol(),
        members=["Anna", "Bram", "Cor", "Dirk"],
        facilitator="Fenna",
        clock=clock,
        sink=journal.append,
        wall=lambda: wall,
    )
    engine.agree_rules()
    clock.advance(300)
    engine.choose_owner(1, owner, "Een casus")
    engine.agree("Anna", "call the team lead", "Friday")
    clock.advance(60)
    engine.score("Cor", 8)
    journal.close()
    return folder


def test_built_reused_and_rebuilt_when_a_journal_changes(tmp_path: Path) -> None:
    sessions = tmp_path / "sessions"
    record(sessions, "b", "2026-02-01T10:00:00+01:00")
    first = record(sessions, "a", "2026-01-01T10:00:00+01:00", owner="Anna")
    index = SessionIndex(sessions)
    found = index.load()
    assert [s.id for s in found] == ["a", "b"]  # by start, not by folder name
    assert (index.report.rebuilt, index.report.reused) == (2, 0)
    assert found[0].owners == [[1, "Anna"]]
    assert found[0].agreements[0][1:] == ["Anna", "call the team lead", "Friday"]
    assert found[0].dimensions == [[None, None, 1, 8.0]]  # the figures' count and mean
    assert found[0].speaking["Anna"] == 360  # still the check-in's first turn at the score
    assert stat.S_IMODE(os.stat(sessions / INDEX).st_mode) == 0o600

    again = SessionIndex(sessions)
    assert again.load() == found
    assert (again.report.rebuilt, again.report.reused) == (0, 2)

    with open(first / JOURNAL, "a", encoding="utf-8") as out:
        out.write('{"seq":99,"t":400,"wall":"","kind":"ended","reason":"finished"}\n')
    third = SessionIndex(sessions)
    changed = {s.id: s for s in third.load()}
    assert (third.report.rebuilt, third.report.reused) == (1, 1)
    assert changed["a"].ended and not changed["b"].ended


def body(sessions: Path) -> dict[str, Any]:
    head, _, rest = (sessions / INDEX).read_bytes().partition(b"\n")
    assert set(json.loads(head)) == {"stamp", "hash"}
    return json.loads(rest)  # type: ignore[no-any-return]


def test_damaged_or_foreign_index_is_rebuilt_and_gone_folders_dropped(tmp_path: Path) -> None:
    sessions = tmp_path / "sessions"
    record(sessions, "a", "2026-01-01T10:00:00+01:00")
    b = record(sessions, "b", "2026-02-01T10:00:00+01:00")
    first = SessionIndex(sessions)
    first.load()
    again = SessionIndex(sessions)
    again.load()
    assert again.trusted  # the body's hash is right: entries are taken as written
    # An entry changed by hand: the hash no longer fits, every entry is checked, the bad one rebuilt.
    head = (sessions / INDEX).read_bytes().partition(b"\n")[0]
    data = body(sessions)
    data["a"]["summary"]["owners"] = [["nonsense"]]
    (sessions / INDEX).write_bytes(head + b"\n" + json.dumps(data).encode())
    index = SessionIndex(sessions)
    assert [s.owners for s in index.load()] == [[[1, "Bram"]], [[1, "Bram"]]]
    assert not index.trusted
    assert (index.report.rebuilt, index.report.reused) == (1, 1)
    (sessions / INDEX).write_text("{not json")
    (b / JOURNAL).unlink()
    index = SessionIndex(sessions)
    assert [s.id for s in index.load()] == ["a"]
    assert index.report.rebuilt == 1
    assert set(body(sessions)) == {"a"}


def test_a_folder_without_a_session_is_remembered_as_none(tmp_path: Path) -> None:
    sessions = tmp_path / "sessions"
    (sessions / "junk").mkdir(parents=True)
    (sessions / "junk" / JOURNAL).write_text("not a journal\n")
    index = SessionIndex(sessions)
    assert index.load() == []
    again = SessionIndex(sessions)
    assert again.load() == []
    assert (again.report.rebuilt, again.report.reused) == (0, 1)


def test_the_summary_carries_the_end_and_the_net_time_of_the_figures(tmp_path: Path) -> None:
    """The attendance report reads these: the end as journaled and the figures' actual seconds
    (pauses left out), so it computes no time of its own."""
    from tests.group.recorded import Plan
    from tests.group.recorded import record as record_series

    sessions = tmp_path / "sessions"
    folder = record_series(sessions, Plan("2026-03-03", ["Anna", "Bram"], owner="Anna"))
    (summary,) = SessionIndex(sessions).load()
    assert summary.ended_wall == "2026-03-03T19:16:00+01:00"  # 1 + 2 + 10 + 1 + 2 minutes
    assert summary.net_seconds == 16 * 60
    # read back from the saved index, the same
    (again,) = SessionIndex(sessions).load()
    assert (again.ended_wall, again.net_seconds) == (summary.ended_wall, summary.net_seconds)
    assert folder.name == summary.id


def test_an_index_of_the_previous_format_is_rebuilt(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Summaries written before ended_wall and net_seconds existed are not trusted: rebuilt."""
    from intervision.store import index

    sessions = tmp_path / "sessions"
    record(sessions, "2026-01-05-demo", "2026-01-05T19:00:00+01:00")
    with monkeypatch.context() as old:
        old.setattr(index, "_STAMP", f"{index.__version__}:{index.FORMAT - 1}")
        SessionIndex(sessions).load()
    again = SessionIndex(sessions)
    again.load()
    assert (again.report.rebuilt, again.report.reused) == (1, 0)


def test_the_session_being_recorded_is_skipped_unread_and_unsaved(tmp_path: Path) -> None:
    sessions = tmp_path / "sessions"
    record(sessions, "a", "2026-01-01T10:00:00+01:00")
    SessionIndex(sessions).load()
    before = (sessions / INDEX).read_bytes()
    record(sessions, "now", "2026-02-01T10:00:00+01:00")
    index = SessionIndex(sessions)
    assert [s.id for s in index.load(skip="now")] == ["a"]
    assert (index.report.rebuilt, (sessions / INDEX).read_bytes()) == (0, before)
    assert [s.id for s in SessionIndex(sessions).load()] == ["a", "now"]


def reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the index files parsed from now on."""
    from intervision.store import index

    seen: list[str] = []
    real = index._read_file

    def spy(path: Path) -> tuple[dict[str, Any], bool]:
        seen.append(path.name)
        return real(path)

    monkeypatch.setattr(index, "_read_file", spy)
    return seen


def test_each_part_file_is_read_only_when_a_field_of_it_is_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``sessions list`` and the rotation parse .index.json alone; the agreements, then the
    figures, are parsed when first used, once, and give what the journal gives."""
    sessions = tmp_path / "sessions"
    record(sessions, "a", "2026-01-01T10:00:00+01:00")
    record(sessions, "b", "2026-02-01T10:00:00+01:00", owner="Anna")
    built = SessionIndex(sessions).load()
    expected = [s.to_dict() for s in built]
    assert all(
        stat.S_IMODE(os.stat(p).st_mode) == 0o600 and p.is_file() for p in index_files(sessions)
    )
    seen = reads(monkeypatch)
    found = SessionIndex(sessions).load()
    assert [(s.id, s.owners, s.members, s.facilitator) for s in found] == [
        ("a", [[1, "Bram"]], ["Anna", "Bram", "Cor", "Dirk"], "Fenna"),
        ("b", [[1, "Anna"]], ["Anna", "Bram", "Cor", "Dirk"], "Fenna"),
    ]
    assert seen == [INDEX]
    assert found[1].agreements[0][1:] == ["Anna", "call the team lead", "Friday"]
    assert found[0].reviews == [] and found[0].pitches == []
    assert seen == [INDEX, ".index.agreements.json"]
    assert found[0].dimensions == [[None, None, 1, 8.0]]
    assert seen == [INDEX, ".index.agreements.json", ".index.figures.json"]
    assert [s.to_dict() for s in found] == expected
    assert seen == [INDEX, ".index.agreements.json", ".index.figures.json"]  # read once


def test_a_damaged_or_missing_part_file_is_rebuilt_from_the_journals(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sessions = tmp_path / "sessions"
    record(sessions, "a", "2026-01-01T10:00:00+01:00")
    record(sessions, "b", "2026-02-01T10:00:00+01:00")
    expected = [s.to_dict() for s in SessionIndex(sessions).load()]
    agreements = sessions / ".index.agreements.json"
    head, _, rest = agreements.read_bytes().partition(b"\n")
    data = json.loads(rest)
    data["a"]["summary"]["agreements"] = [["not", "four"]]
    agreements.write_bytes(head + b"\n" + json.dumps(data).encode())  # the hash no longer fits
    (sessions / ".index.figures.json").write_text("{not json")
    found = SessionIndex(sessions).load()
    assert [s.to_dict() for s in found] == expected
    # repaired on disk: the next reader takes every entry as written, no journal read
    from intervision.store import index

    def no_journal(folder: Path) -> None:
        raise AssertionError(f"journal read: {folder}")

    monkeypatch.setattr(index, "read_summary", no_journal)
    assert [s.to_dict() for s in SessionIndex(sessions).load()] == expected


def test_a_part_entry_of_an_older_journal_is_not_used(tmp_path: Path) -> None:
    """Each part entry carries its journal's stamp: one left from before a change (a write of
    .index.json that did not follow its part file) is taken from the journal again."""
    sessions = tmp_path / "sessions"
    record(sessions, "a", "2026-01-01T10:00:00+01:00")
    SessionIndex(sessions).load()
    agreements = sessions / ".index.agreements.json"
    head, _, rest = agreements.read_bytes().partition(b"\n")
    data = json.loads(rest)
    data["a"]["journal"][0] -= 1  # another size
    data["a"]["summary"]["agreements"] = []
    agreements.write_bytes(head + b"\n" + json.dumps(data).encode())
    (found,) = SessionIndex(sessions).load()
    assert found.agreements[0][1:] == ["Anna", "call the team lead", "Friday"]


def test_a_summary_renamed_by_the_group_file_carries_its_part_fields(tmp_path: Path) -> None:
    from intervision.group.history import History

    sessions = tmp_path / "sessions"
    record(sessions, "a", "2026-01-01T10:00:00+01:00")
    SessionIndex(sessions).load()
    (renamed,) = History.of(SessionIndex(sessions).load(), aliases={"anna": "Anne"}).sessions
    assert renamed.agreements[0][1] == "Anne"
    assert renamed.dimensions == [[None, None, 1, 8.0]]
    assert "Anne" in renamed.speaking and "Anna" not in renamed.speaking
