"""``intervision init``, ``members …`` and ``group …`` through Typer's test runner."""

from __future__ import annotations

import json
import stat
from datetime import date
from pathlib import Path

import pytest

from intervision.group.load import load_group
from intervision.group.schema import schema
from tests.cli.conftest import Invoke

GROUP = "intervision-group.yaml"

HAND_WRITTEN = """\
# Our group. Written by hand; keep these comments!
name: Noord   # since 2024
language: en

members:   # the people
  # the founders
  - Anna        # chairs the coffee
  - name: Bram  # joined later
    joined: 2026-03-01
  - name: "Cees"
    formerly:
      - Kees    # spelled with a K at first

  # newcomers below
facilitator_rota: [Anna, Bram]   # taking turns
deny_list: [De Horst]
"""


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_init_makes_a_private_group_folder(cli: Invoke, tmp_path: Path) -> None:
    folder = tmp_path / "noord"
    result = cli(
        "init",
        str(folder),
        "--name",
        "Noord",
        "--members",
        "Anna, Bram,Cees",
        "--facilitator",
        "Fenna",
        "--lang",
        "nl",
        "--protocol",
        "incidentmethode",
        "--minutes",
        "120",
    )
    assert result.exit_code == 0, result.output
    assert "3 deelnemers" in result.stdout
    group = load_group(folder / GROUP)
    assert [m.name for m in group.members] == ["Anna", "Bram", "Cees"]
    assert (group.language, group.protocol, group.minutes, group.facilitator) == (
        "nl",
        "incidentmethode",
        120,
        "Fenna",
    )
    text = (folder / GROUP).read_text(encoding="utf-8")
    assert text.startswith("# yaml-language-server: $schema=intervision-group.schema.json\n")
    assert "# deny_list:" in text and "# facilitator_rota:" in text  # documented, commented out
    assert " Uitleg van elke sleutel: intervision docs group\n" in text
    assert json.loads((folder / "intervision-group.schema.json").read_text()) == schema()
    for sub in ("", "protocols", "sessions"):
        assert mode(folder / sub) == 0o700
    for name in (GROUP, "intervision-group.schema.json"):
        assert mode(folder / name) == 0o600


def test_init_refuses_to_overwrite(cli: Invoke, tmp_path: Path) -> None:
    (tmp_path / GROUP).write_text("name: Mine\nmembers: [Anna]\n")
    result = cli("init", str(tmp_path), "--name", "X", "--members", "Bram")
    assert result.exit_code == 2
    assert "never overwrites" in result.stderr
    assert (tmp_path / GROUP).read_text() == "name: Mine\nmembers: [Anna]\n"


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (("--members", "Anna"), "--name"),
        (("--name", "X"), "--members"),
        (("--name", "X", "--members", "Anna,anna"), "already taken by member 1"),
        (("--name", "X", "--members", "Anna", "--protocol", "incidentmetode"), "incidentmethode"),
    ],
)
def test_init_refusals_in_one_line(
    cli: Invoke, tmp_path: Path, args: tuple[str, ...], fragment: str
) -> None:
    result = cli("init", str(tmp_path / "g"), *args)
    assert result.exit_code == 2
    assert fragment in result.stderr and "Traceback" not in result.output
    assert not (tmp_path / "g" / GROUP).exists()


def test_init_in_dutch_and_english(cli: Invoke, tmp_path: Path) -> None:
    nl = cli("--lang", "nl", "init", str(tmp_path / "a"), "--name", "A", "--members", "X")
    en = cli("--lang", "en", "init", str(tmp_path / "b"), "--name", "B", "--members", "X")
    assert "Groep gemaakt" in nl.stdout and "Group created" in en.stdout
    assert "De leden." in (tmp_path / "a" / GROUP).read_text(encoding="utf-8")
    assert "The members." in (tmp_path / "b" / GROUP).read_text(encoding="utf-8")


@pytest.fixture
def group(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "noord"
    (folder / "sessions" / "deep").mkdir(parents=True)
    (folder / GROUP).write_text(HAND_WRITTEN, encoding="utf-8")
    monkeypatch.chdir(folder / "sessions" / "deep")  # found upwards, as git finds a repository
    return folder


def comment_lines(text: str) -> list[str]:
    return [line.split("#", 1)[1] for line in text.splitlines() if "#" in line]


def test_members_commands_keep_every_comment(cli: Invoke, group: Path) -> None:
    steps = [
        ("members", "add", "Dirk"),
        ("members", "add", "Eva", "--date", "2026-09-01"),
        ("members", "leave", "bram", "--date", "2026-10-01"),
        ("members", "rename", "Anna", "Anne"),
        ("members", "rename", "Cees", "Cornelis"),
    ]
    for args in steps:
        result = cli(*args)
        assert result.exit_code == 0, (args, result.output)
    text = (group / GROUP).read_text(encoding="utf-8")
    assert comment_lines(text) == comment_lines(HAND_WRITTEN)
    assert mode(group / GROUP) == 0o600
    loaded = load_group(group / GROUP)
    members = {m.name: m for m in loaded.members}
    assert list(members) == ["Anne", "Bram", "Cornelis", "Dirk", "Eva"]
    assert members["Anne"].formerly == ["Anna"]
    assert members["Bram"].left == date(2026, 10, 1)
    assert members["Cornelis"].formerly == ["Kees", "Cees"]
    assert members["Eva"].joined == date(2026, 9, 1)
    assert loaded.facilitator_rota == ["Anne", "Bram"]  # the rota follows the rename
    assert loaded.deny_list == ["De Horst"]
    # The untouched lines are still there, byte for byte.
    for line in ("name: Noord   # since 2024", "    joined: 2026-03-01", "deny_list: [De Horst]"):
        assert line in text.splitlines()


def test_members_list_shows_who_is_expected(cli: Invoke, group: Path) -> None:
    cli("members", "leave", "Anna", "--date", "2026-05-01")
    result = cli("members", "list", "--date", "2026-02-01")
    assert result.exit_code == 0
    rows = {line.split()[0]: line for line in result.stdout.splitlines()[2:-1]}
    assert "yes" in rows["Anna"] and "from 2026-03-01" not in rows["Anna"]
    assert "from 2026-03-01" in rows["Bram"]
    assert "Kees" in rows["Cees"]
    assert result.stdout.splitlines()[-1] == "Expected on 2026-02-01: 2 members."
    later = cli("--lang", "nl", "members", "list", "--date", "2026-06-01")
    assert (
        "vertrokken 2026-05-01" in later.stdout
        and "Verwacht op 2026-06-01: 2 deelnemers." in later.stdout
    )


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (("members", "add", "kees"), "already a member of the group (Cees)"),
        (("members", "leave", "Fenna"), "not a member"),
        (("members", "leave", "Anna", "--date", "1 mei"), "year-month-day"),
        (("members", "rename", "Anna", "Bram"), "already belongs to Bram"),
        (("members", "rename", "Anna", "Anna: B"), "cannot be a name"),
    ],
)
def test_members_refusals_change_nothing(
    cli: Invoke, group: Path, args: tuple[str, ...], fragment: str
) -> None:
    result = cli(*args)
    assert result.exit_code in (1, 2)
    assert fragment in result.stderr and "Traceback" not in result.output
    assert (group / GROUP).read_text(encoding="utf-8") == HAND_WRITTEN


def test_a_broken_group_file_is_reported_with_its_line(cli: Invoke, group: Path) -> None:
    (group / GROUP).write_text(HAND_WRITTEN.replace("joined:", "joind:"), encoding="utf-8")
    for args in (("members", "list"), ("members", "add", "Dirk"), ("group", "check")):
        result = cli(*args)
        assert result.exit_code == 2
        line = result.stderr.strip()
        assert line.endswith(
            f"{GROUP}:9:5: members[1].joind: unknown key 'joind'; did you mean 'joined'?"
        ), line


def test_members_outside_a_group(cli: Invoke) -> None:
    result = cli("members", "list")
    assert result.exit_code == 2
    assert "intervision init" in result.stderr


def test_flow_style_members_are_edited_in_place(cli: Invoke, group: Path) -> None:
    (group / GROUP).write_text("name: G  # x\nmembers: [Anna, Bram]  # y\n", encoding="utf-8")
    assert cli("members", "add", "Cees").exit_code == 0
    assert cli("members", "leave", "Anna", "--date", "2026-01-01").exit_code == 0
    text = (group / GROUP).read_text(encoding="utf-8")
    assert text == "name: G  # x\nmembers: [{name: Anna, left: 2026-01-01}, Bram, Cees]  # y\n"


def test_group_check_and_schema(cli: Invoke, group: Path) -> None:
    ok = cli("group", "check")
    assert ok.exit_code == 0 and "ok (Noord)" in ok.stdout
    printed = cli("group", "schema")
    assert json.loads(printed.stdout) == schema()


def test_a_method_made_in_a_new_group_folder_is_as_private_as_the_folder(
    cli: Invoke, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "noord"
    assert cli("init", str(folder), "--name", "Noord", "--members", "Anna,Bram").exit_code == 0
    monkeypatch.chdir(folder)
    made = cli("protocols", "new", "onze-methode", "--lang", "nl")
    assert made.exit_code == 0, made.output
    protocols = folder / "protocols"
    assert [mode(protocols), mode(protocols / "nl")] == [0o700, 0o700]
    assert mode(protocols / "nl" / "onze-methode.yaml") == 0o600
    assert mode(protocols / "protocol.schema.json") == 0o600
