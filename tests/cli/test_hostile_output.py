"""Hostile text from people and files, through every command that prints it: shown, never obeyed.

The payloads (``tests/hostile.py``) sit in a group's own protocol file, in names, the case title,
notes and commands typed during a session, and in ids and paths given on the command line. Whatever
reaches stdout or stderr keeps the words and loses every byte that steers a terminal; the files keep
the text as typed.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from intervision import i18n
from intervision.cli.app import build_app
from tests.builders import phase, protocol_dict, to_yaml
from tests.cli.conftest import Invoke
from tests.conftest import write_tree
from tests.hostile import PAYLOADS, assert_clean, steering

OSC = "\x1b]0;PWNED\x07"  # sets the window title
PAYLOAD = "".join(payload for _, payload, _ in PAYLOADS)


def hostile_protocol() -> str:
    """A group's own protocol with a payload in every text the commands show."""
    data = protocol_dict(
        id="demo",
        title=f"{OSC}Eigen \x1b[2Jmethode\u202e",
        summary=f"{PAYLOAD} summary",
        ground_rules=[f"{OSC}rule \x9b2Jone"],
        sources=[{"title": f"{OSC}Book", "author": "Au\x1b[31mthor", "url": f"https://x.nl/{OSC}"}],
        opening=[
            phase(
                "check-in",
                "round-all",
                minutes_per_member=1,
                title=f"{OSC}Check\x9b2J in",
                tip=f"{OSC}tip \x1b[5mblink",
                not_allowed=[f"{OSC}advice"],
            )
        ],
        per_case=[phase("case", "owner", title=f"Case {OSC}told", captures=["notes"])],
    )
    return to_yaml(data)


@pytest.fixture
def group(tmp_path: Path) -> Path:
    return write_tree(tmp_path / "group", {"protocols/en/demo.yaml": hostile_protocol()})


def clean_run(cli: Invoke, *args: str) -> tuple[str, str]:
    result = cli(*args)
    assert result.exit_code == 0, result.output
    if "--json" in args:  # the data as the files have it, with no raw control characters
        assert steering(result.stdout) == []
    else:
        assert_clean(result.stdout)
    assert_clean(result.stderr)
    return result.stdout, result.stderr


def test_protocols_list_show_and_plan(cli: Invoke, group: Path) -> None:
    out, _ = clean_run(cli, "protocols", "list", "--workspace", str(group))
    assert "Eigen methode" in out
    out, _ = clean_run(cli, "protocols", "show", "demo", "--workspace", str(group))
    for words in (
        "Eigen methode",
        "Check in",
        "rule one",
        "Author, Book — https://x.nl/",
        "advice",
        "Anna",
    ):
        assert words in out
    out, _ = clean_run(cli, "plan", "demo", "-n", "4", "--workspace", str(group))
    assert "Check in" in out and "Case told" in out


def test_json_keeps_the_data_and_shows_no_raw_controls(cli: Invoke, group: Path) -> None:
    out, _ = clean_run(cli, "plan", "demo", "-n", "4", "--json", "--workspace", str(group))
    titles = [row["title"] for row in json.loads(out)["phases"]]
    assert titles[0] == f"{OSC}Check\x9b2J in"  # the data as the file has it
    out, _ = clean_run(cli, "protocols", "list", "--json", "--workspace", str(group))
    assert f"{OSC}Eigen \x1b[2Jmethode\u202e" in [row["title"] for row in json.loads(out)]


def test_validate_quotes_the_file_without_obeying_it(cli: Invoke, tmp_path: Path) -> None:
    bad = hostile_protocol().replace("minutes_per_member: 1", f'minutes_per_member: "{OSC}"')
    path = (
        write_tree(tmp_path, {f"x{OSC}.yaml": bad.replace("\x1b", "\\e").replace("\x07", "\\a")})
        / f"x{OSC}.yaml"
    )
    result = cli("protocols", "validate", str(path))
    assert result.exit_code == 2
    assert "minutes_per_member" in result.stderr
    assert steering(result.output) == []  # the value is quoted with visible escapes


@pytest.mark.parametrize(
    "args",
    [
        ("protocols", "show", f"{OSC}demo\x1b[2J"),
        ("plan", f"{OSC}x", "-n", "3"),
        ("plan", "incidentmethode", "-n", "3", "--start", f"{OSC}13:30"),
        ("--lang", f"{OSC}nl", "protocols", "list"),
        ("run", "--lang", f"{OSC}nl"),
        ("minutes", f"{OSC}2026-01-01"),
        ("protocols", "new", "--workspace", "w", f"{OSC}Bad Id"),
        ("protocols", "validate", f"/nowhere/{OSC}.yaml"),
        (f"{OSC}x",),  # an unknown command, said again in our words
        ("protocols", f"{OSC}lijst"),
        ("plan", "incidentmethode", "--members", f"{OSC}6"),
        ("plan", "incidentmethode", "-n", "3", f"--bogus{OSC}"),
        ("protocols", "list", f"{OSC}extra"),
        ("--lang", "nl", f"{OSC}x"),
    ],
)
def test_error_lines_quote_ids_and_paths_without_obeying_them(
    cli: Invoke, args: tuple[str, ...]
) -> None:
    result = cli(*args)
    assert result.exit_code != 0
    assert result.output.strip()
    assert steering(result.output) == []
    # The payload is gone, or (Click's own quoting of a word it could not parse) shown as escapes.
    assert "PWNED" not in result.output or "\\x1b]0;PWNED\\x07" in result.output


def run_session(group: Path, lines: list[str], *extra: str) -> str:
    i18n.set_language("en")
    result = CliRunner().invoke(
        build_app(),
        ["run", "demo", "--workspace", str(group), *extra],
        input="".join(line + "\n" for line in lines),
        env={"COLUMNS": "80"},
    )
    assert result.exit_code == 0, result.output
    return result.output


def test_a_plain_session_shows_names_titles_and_notes_without_obeying_them(group: Path) -> None:
    # (no OSC in the list: its ';' would split the name in two)
    members = "\x1b[2JAnna,Bram,Cor\u202e,[bold red]Dirk[/],Eva\x9b2J"
    lines = [
        "",  # the ground rules are agreed
        f"{OSC}note \x1b[31mone",
        "/undo",  # says the note again
        f"{OSC}note \x1b[31mone",
        f"/{OSC}bogus",
        f"/agree {OSC}",
        *[""] * 3,  # the rest of the check-in
        "/status",
        "/end",
        "y",
    ]
    output = run_session(
        group,
        lines,
        *("--members", members, "--facilitator", f"Fen{OSC}na"),
        *("--owner", "Bram", "--case", f"{OSC}Case \x1b[1mtitle\nsecond line"),
    )
    assert_clean(output)
    for words in ("Eigen methode", "rule one", "Check in", "tip blink", "note one", "bogus"):
        assert words in output
    assert "[bold red]Dirk[/]" in output  # brackets are text, never markup
    journal = next((group / "sessions").glob("*/journal.jsonl")).read_text(encoding="utf-8")
    assert json.dumps(f"{OSC}note \x1b[31mone")[1:-1] in journal  # the record keeps what was typed


def test_sessions_list_and_minutes(group: Path, cli: Invoke) -> None:
    run_session(
        group,
        ["", f"{OSC}note", "/end", "y"],
        *("--members", "\x1b[2JAnna,Bram\x9b2J,Cor", "--owner", "Cor", "--facilitator", "Fenna"),
    )
    out, _ = clean_run(cli, "sessions", "list", "--workspace", str(group))
    assert "Anna, Bram, Cor" in out
    out, _ = clean_run(cli, "sessions", "list", "--json", "--workspace", str(group))
    assert json.loads(out)[0]["members"][0] == "\x1b[2JAnna"
    out, _ = clean_run(cli, "minutes", "--stdout", "--workspace", str(group))
    assert "Anna" in out


def test_group_commands(cli: Invoke, tmp_path: Path) -> None:
    folder = tmp_path / "groep"
    result = cli(
        "init",
        str(folder),
        *("--name", f"{OSC}Groep \x1b[2Jnoord", "--members", "Anna,Bram\u202e,Cor"),
        *("--facilitator", "Fenna"),
    )
    assert result.exit_code == 0, result.output
    assert_clean(result.output)
    for args in (["members", "list"], ["group", "check"], ["next"], ["stats"], ["agreements"]):
        out, _ = clean_run(cli, *args, "--workspace", str(folder))
        if args[0] in ("members", "group"):
            assert "Groep noord" in out
