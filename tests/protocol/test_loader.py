"""Loading a protocol file: every kind of problem, with its file, line and column."""

from __future__ import annotations

import os
import random
import time
from pathlib import Path

import pytest

from intervision.errors import Problem, ProtocolError
from intervision.i18n import set_language
from intervision.protocol.loader import check_bytes, check_file, check_text, load_protocol
from tests.conftest import write_tree

NAME = "protocols/en/demo.yaml"

# Line numbers below refer to this text; keep it in step with the tables.
BASE = """\
id: demo
language: en
title: Demo method
summary: A short method to test the loader.
basis: composed
sources:
  - title: A book
    year: 2001
group:
  min: 3
  max: 8
  ideal: 5
cases: 1
ground_rules:
  - One speaker at a time.
per_case:
  - id: case
    title: The case
    goal: Hear the case.
    speakers: owner
    minutes: 5
  - id: advice
    title: Advice
    goal: Give advice.
    speakers: round
    minutes_per_member: 2
    min_minutes: 4
    max_minutes: 20
"""


def edit(old: str, new: str, text: str = BASE) -> str:
    assert text.count(old) == 1, f"{old!r} must occur exactly once"
    return text.replace(old, new)


def rendered(text: str) -> list[str]:
    protocol, problems = check_text(text, NAME)
    assert protocol is None
    assert problems, "a broken file must report at least one problem"
    return [problem.render() for problem in problems]


def assert_reported(lines: list[str], line: int, column: int, where: str, fragment: str) -> None:
    prefix = f"{NAME}:{line}:{column}: " + (f"{where}: " if where else "")
    hits = [text for text in lines if text.startswith(prefix) and fragment in text]
    assert hits, f"no {prefix!r} line with {fragment!r} in:\n" + "\n".join(lines)


def test_the_base_text_is_valid() -> None:
    protocol, problems = check_text(BASE, NAME)
    assert problems == []
    assert protocol is not None
    assert [p.id for p in protocol.per_case] == ["case", "advice"]


# (old, new, line, column, where, fragment) — one kind of problem per row.
ROWS = [
    pytest.param(
        "title: Demo method",
        "titel: Demo method",
        3,
        1,
        "titel",
        "unknown key 'titel'; did you mean 'title'?",
        id="unknown-key-hint",
    ),
    pytest.param(
        "    minutes: 5\n",
        "    minutes: 5\n    minuts: 3\n",
        22,
        5,
        "per_case[0].minuts",
        "did you mean 'minutes'?",
        id="unknown-nested-key-hint",
    ),
    pytest.param(
        "    year: 2001",
        "    yeer: 2001",
        8,
        5,
        "sources[0].yeer",
        "did you mean 'year'?",
        id="unknown-source-key-hint",
    ),
    pytest.param(
        "cases: 1",
        "colour: blue",
        13,
        1,
        "colour",
        "unknown key 'colour'; allowed here: id, language, title",
        id="unknown-key-no-hint",
    ),
    pytest.param(
        "cases: 1",
        "10: Check-in",
        13,
        1,
        "10",
        "unknown key '10'; allowed here: id, language",
        id="number-as-key",
    ),
    pytest.param(
        "  ideal: 5",
        "  ideal: 5\n  true: 4",
        13,
        3,
        "group.true",
        "unknown key 'true'; allowed here: min, max, ideal",
        id="bool-as-key",
    ),
    pytest.param("cases: 1", "~: nothing", 13, 1, "~", "unknown key '~'", id="null-as-key"),
    pytest.param(
        "summary: A short method to test the loader.\n",
        "",
        1,
        1,
        "",
        "the key 'summary' is missing; add 'summary:'",
        id="missing-key",
    ),
    pytest.param(
        "    goal: Hear the case.\n",
        "",
        17,
        5,
        "per_case[0]",
        "the key 'goal' is missing",
        id="missing-nested-key",
    ),
    pytest.param(
        "title: Demo method", "title: 5", 3, 8, "title", "text is expected here, got 5", id="text"
    ),
    pytest.param(
        "title: Demo method", 'title: ""', 3, 8, "title", "must not be empty", id="empty-text"
    ),
    pytest.param(
        "id: demo", "id: " + "a" * 61, 1, 5, "id", "too long (at most 60 characters)", id="too-long"
    ),
    pytest.param(
        "    minutes: 5\n",
        "    minutes: ten\n",
        21,
        14,
        "per_case[0].minutes",
        "a number of minutes is expected here",
        id="number",
    ),
    pytest.param(
        "  min: 3",
        "  min: 3.5",
        10,
        8,
        "group.min",
        "a whole number is expected here, got 3.5",
        id="whole-number",
    ),
    pytest.param(
        "cases: 1",
        "cases: true",
        13,
        8,
        "cases",
        "a whole number is expected here, got true",
        id="whole-number-not-bool",
    ),
    pytest.param(
        "ground_rules:\n  - One speaker at a time.",
        "ground_rules: One speaker at a time.",
        14,
        15,
        "ground_rules",
        "a list is expected here",
        id="list",
    ),
    pytest.param(
        "group:\n  min: 3\n  max: 8\n  ideal: 5",
        "group: 5",
        9,
        8,
        "group",
        "'key: value' lines are expected here, got 5",
        id="mapping",
    ),
    pytest.param(
        "speakers: round\n",
        "speakers: rounds\n",
        25,
        15,
        "per_case[1].speakers",
        "'rounds' is not possible here; did you mean 'round'?",
        id="choice-hint",
    ),
    pytest.param(
        "basis: composed",
        "basis: xyz",
        5,
        8,
        "basis",
        "choose one of: published, composed, suggested",
        id="choice",
    ),
    pytest.param(
        "language: en", "language: de", 2, 11, "language", "choose one of: nl, en", id="language"
    ),
    pytest.param(
        "    minutes: 5\n",
        "    minutes: 1:30\n",
        21,
        14,
        "per_case[0].minutes",
        "'1:30' looks like a clock time",
        id="clock-time",
    ),
    pytest.param(
        "title: Demo method",
        "title: true",
        3,
        8,
        "title",
        "YAML reads true as yes/no; put it between quotes",
        id="text-bool",
    ),
    pytest.param(
        "summary: A short method to test the loader.\n",
        "summary: A short method to test the loader.\ntitle: Again\n",
        5,
        1,
        "",
        "the key 'title' appears twice (first on line 3)",
        id="duplicate-key",
    ),
    pytest.param(
        "title: Demo method",
        "title: &t Demo method",
        3,
        8,
        "",
        "anchors (&name) are not allowed",
        id="anchor",
    ),
    pytest.param(
        "summary: A short method to test the loader.",
        "summary: *t",
        4,
        10,
        "",
        "aliases (*name) are not allowed",
        id="alias",
    ),
    pytest.param(
        "group:\n  min: 3",
        "group:\n  <<: {min: 3}",
        10,
        3,
        "",
        "merge keys (<<) are not allowed",
        id="merge-key",
    ),
    pytest.param(
        "title: Demo method",
        'title: !!python/object/apply:os.system ["echo hi"]',
        3,
        8,
        "",
        "the tag '!!python/object/apply:os.system' is not allowed",
        id="object-tag",
    ),
    pytest.param(
        "  min: 3", "\tmin: 3", 10, 1, "", "a tab cannot be used for indentation", id="tab"
    ),
    pytest.param(
        "title: Demo method",
        "title: Demo: method",
        3,
        12,
        "",
        "put text that contains ': ' between quotes",
        id="syntax-colon",
    ),
    pytest.param(
        "summary: A short method to test the loader.",
        "summary: 'A short method",
        # the scanner only notices at the end of the file
        29,
        1,
        "",
        "is a quote or bracket left open?",
        id="syntax-unclosed-quote",
    ),
    pytest.param(
        "title: Demo method",
        "title: @demo",
        3,
        8,
        "",
        "put it between quotes",
        id="syntax-bad-start",
    ),
    pytest.param(
        "    max_minutes: 20",
        "    max_minutes: [20",
        29,
        1,
        "",
        "is a quote or bracket left open?",
        id="syntax-unclosed-bracket",
    ),
    pytest.param(
        "cases: 1",
        "cases: 1\n---\ncases: 2",
        14,
        1,
        "",
        "more than one document",
        id="two-documents",
    ),
    pytest.param(
        "    minutes: 5\n",
        "    minutes: 5\n    minutes_per_member: 1\n",
        17,
        5,
        "per_case[0]",
        "give 'minutes' or 'minutes_per_member', not both",
        id="minutes-both",
    ),
    pytest.param(
        "    minutes: 5\n",
        "",
        17,
        5,
        "per_case[0]",
        "the phase has no time",
        id="minutes-neither",
    ),
    pytest.param(
        "    min_minutes: 4",
        "    min_minutes: 30",
        22,
        5,
        "per_case[1]",
        "'min_minutes' is greater than 'max_minutes'",
        id="bounds-order",
    ),
    pytest.param(
        "    minutes: 5\n",
        "    minutes: 5\n    min_minutes: 6\n",
        17,
        5,
        "per_case[0]",
        "'minutes' lies outside 'min_minutes' and 'max_minutes'",
        id="minutes-outside-bounds",
    ),
    pytest.param(
        "  - id: advice",
        "  - id: case",
        22,
        9,
        "",
        "the phase id 'case' is used twice",
        id="duplicate-phase-id",
    ),
    pytest.param(
        BASE[BASE.index("per_case:") :], "", 1, 1, "", "the protocol has no phases", id="no-phases"
    ),
    pytest.param("  ideal: 5", "  ideal: 9", 10, 3, "group", "min ≤ ideal ≤ max", id="group-order"),
    pytest.param(
        "    minutes: 5\n",
        "    minutes: -5\n",
        21,
        14,
        "per_case[0].minutes",
        "must be greater than 0",
        id="negative-minutes",
    ),
    pytest.param(
        "    year: 2001",
        "    year: 1800",
        8,
        11,
        "sources[0].year",
        "must be at least 1900",
        id="at-least",
    ),
    pytest.param(
        "id: demo", "id: Demo Method", 1, 5, "id", "'Demo Method' is not a valid id", id="slug"
    ),
    pytest.param(
        "sources:\n  - title: A book\n    year: 2001",
        "sources: []",
        6,
        10,
        "sources",
        "the list must not be empty",
        id="empty-sources",
    ),
]


@pytest.mark.parametrize(("old", "new", "line", "column", "where", "fragment"), ROWS)
def test_each_problem_is_reported_at_its_line_and_column(
    old: str, new: str, line: int, column: int, where: str, fragment: str
) -> None:
    assert_reported(rendered(edit(old, new)), line, column, where, fragment)


@pytest.mark.parametrize(
    ("old", "new", "line", "column", "fragment"),
    [
        (
            "title: Demo method",
            "titel: Demo method",
            3,
            1,
            "onbekende sleutel 'titel'; bedoel je 'title'?",
        ),
        (
            "summary: A short method to test the loader.\n",
            "summary: A short method to test the loader.\ntitle: Again\n",
            5,
            1,
            "de sleutel 'title' staat er twee keer (eerst op regel 3)",
        ),
        ("    minutes: 5\n", "    minutes: 1:30\n", 21, 14, "'1:30' lijkt een tijd"),
        ("basis: composed\n", "", 1, 1, "de sleutel 'basis' ontbreekt"),
        ("  - id: advice", "  - id: case", 22, 9, "de fase-id 'case' komt twee keer voor"),
    ],
)
def test_problems_are_told_in_dutch_too(
    old: str, new: str, line: int, column: int, fragment: str
) -> None:
    set_language("nl")
    lines = rendered(edit(old, new))
    assert any(
        text.startswith(f"{NAME}:{line}:{column}: ") and fragment in text for text in lines
    ), lines


@pytest.mark.parametrize(
    ("old", "new", "attribute", "expected"),
    [
        ("title: Demo method", "title: no", "title", "no"),
        ("title: Demo method", "title: yes", "title", "yes"),
        ("title: Demo method", "title: 'true'", "title", "true"),
        ("cases: 1", "cases: 010", "cases", 10),
    ],
)
def test_yaml_1_1_surprises_stay_what_they_look_like(
    old: str, new: str, attribute: str, expected: object
) -> None:
    protocol, problems = check_text(edit(old, new), NAME)
    assert problems == []
    assert getattr(protocol, attribute) == expected


def test_minutes_written_with_a_leading_zero_are_decimal() -> None:
    protocol, problems = check_text(edit("    minutes: 5\n", "    minutes: 010\n"), NAME)
    assert problems == []
    assert protocol is not None
    assert protocol.per_case[0].minutes == 10


def test_all_problems_of_a_file_are_reported_at_once() -> None:
    text = edit("title: Demo method", "title: 5")
    text = edit("    minutes: 5\n", "    minutes: -5\n", text)
    text = edit("speakers: round\n", "speakers: rounds\n", text)
    lines = rendered(text)
    assert [line.split(": ", 1)[0] for line in lines] == [
        f"{NAME}:3:8",
        f"{NAME}:21:14",
        f"{NAME}:25:15",
    ]


def test_problems_at_the_same_place_come_in_a_stable_order() -> None:
    _, problems = check_text("id: demo\n", NAME)
    missing = [dict(p.fields)["key"] for p in problems if p.key == "yaml.err.missing"]
    assert missing == sorted(["language", "title", "summary", "basis", "sources", "group"])


def test_an_object_tag_runs_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []

    def fake_system(command: str) -> int:
        calls.append(command)
        return 0

    monkeypatch.setattr(os, "system", fake_system)
    marker = tmp_path / "pwned"
    text = edit("title: Demo method", f'title: !!python/object/apply:os.system ["touch {marker}"]')
    lines = rendered(text)
    assert len(lines) == 1
    assert "tag" in lines[0]
    assert calls == []
    assert not marker.exists()


def test_load_protocol_raises_one_error_holding_every_problem(tmp_path: Path) -> None:
    text = edit("title: Demo method", "title: 5")
    text = edit("basis: composed", "basis: xyz", text)
    write_tree(tmp_path, {"demo.yaml": text})
    with pytest.raises(ProtocolError) as caught:
        load_protocol(tmp_path / "demo.yaml", display="shown.yaml")
    assert caught.value.exit_code == 2
    messages = caught.value.messages()
    assert len(messages) == 2
    assert all(message.startswith("shown.yaml:") for message in messages)


def test_a_folder_is_reported_as_unreadable(tmp_path: Path) -> None:
    (tmp_path / "folder.yaml").mkdir()
    protocol, problems = check_file(tmp_path / "folder.yaml", display="folder.yaml")
    assert protocol is None
    assert [p.key for p in problems] == ["yaml.err.unreadable"]
    assert problems[0].render().startswith("folder.yaml:1:1: cannot read the file")


def test_a_missing_file_is_reported_as_unreadable(tmp_path: Path) -> None:
    _, problems = check_file(tmp_path / "nowhere.yaml")
    assert [p.key for p in problems] == ["yaml.err.unreadable"]


def _nested_block(depth: int) -> bytes:
    return b"- " * depth + b"x\n"


# (name, content, message key, fragment); every one must be a Problem, fast.
HOSTILE = [
    pytest.param(
        b'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
        + b"".join(
            f"{chr(98 + i)}: &{chr(98 + i)} [{','.join([f'*{chr(97 + i)}'] * 9)}]\n".encode()
            for i in range(8)
        ),
        "yaml.err.anchor",
        id="alias-bomb",
    ),
    pytest.param(b'!!python/object/apply:os.system ["echo hi"]\n', "yaml.err.tag", id="object-tag"),
    pytest.param(
        b"id: !!python/object/new:subprocess.Popen [[echo, hi]]\n", "yaml.err.tag", id="new-tag"
    ),
    pytest.param(b"title: " + b"x" * 5_000_000 + b"\n", "protocol.err.too_large", id="5-mb"),
    pytest.param(b"[" * 5000 + b"]" * 5000 + b"\n", "yaml.err.depth", id="deep-flow-list"),
    pytest.param(b"{a: " * 5000 + b"1" + b"}" * 5000 + b"\n", "yaml.err.depth", id="deep-flow-map"),
    pytest.param(_nested_block(5000), "yaml.err.depth", id="deep-block"),
    pytest.param(
        random.Random(7).randbytes(4000) + b"\x00\xff", "yaml.err.not_utf8", id="binary-garbage"
    ),
    pytest.param(b"id: demo\x00\n", "yaml.err.control_char", id="nul-in-text"),
    pytest.param(b"", "protocol.err.empty", id="empty"),
    pytest.param(b"\n   \n", "protocol.err.empty", id="blank"),
    pytest.param(b"# a comment\n# and another\n", "protocol.err.empty", id="only-comments"),
    pytest.param(b"- id: demo\n- title: Demo\n", "protocol.err.top_not_mapping", id="list"),
    pytest.param(b"just some words\n", "protocol.err.top_not_mapping", id="scalar"),
    pytest.param(b"id: demo\ntitle: caf\xe9\n", "yaml.err.not_utf8", id="invalid-utf8"),
    pytest.param(b"id: demo\n---\nid: other\n", "yaml.err.syntax", id="two-documents"),
    pytest.param(b"id: [demo\n", "yaml.err.syntax", id="unclosed-bracket"),
    pytest.param(b"? [a, b]\n: c\n", "yaml.err.key_unhashable", id="list-as-key"),
]


@pytest.mark.parametrize(("content", "key"), HOSTILE)
def test_hostile_files_give_a_clear_error_quickly(tmp_path: Path, content: bytes, key: str) -> None:
    path = tmp_path / "hostile.yaml"
    path.write_bytes(content)
    started = time.perf_counter()
    with pytest.raises(ProtocolError) as caught:
        load_protocol(path, display="hostile.yaml")
    elapsed = time.perf_counter() - started
    assert elapsed < 2
    problems = caught.value.problems
    assert all(isinstance(p, Problem) for p in problems)
    assert [p.key for p in problems] == [key]
    message = problems[0].render()
    assert message.startswith("hostile.yaml:")
    assert "Traceback" not in message


@pytest.mark.parametrize(("content", "key"), HOSTILE)
def test_hostile_bytes_give_the_same_error_without_a_file(content: bytes, key: str) -> None:
    started = time.perf_counter()
    protocol, problems = check_bytes(content, "hostile.yaml")
    assert time.perf_counter() - started < 2
    assert protocol is None
    assert [p.key for p in problems] == [key]


@pytest.mark.parametrize(
    ("content", "line", "column"),
    [
        (b"id: demo\ntitle: caf\xe9\n", 2, 11),
        (b"id: demo\x00\n", 1, 9),
        (b"id: demo\n---\nid: other\n", 2, 1),
        (b"id: demo\nlanguage: en\n- x\n", 3, 1),
    ],
)
def test_file_level_problems_point_at_the_spot(content: bytes, line: int, column: int) -> None:
    _, problems = check_bytes(content, "f.yaml")
    assert len(problems) == 1
    assert (problems[0].line, problems[0].column) == (line, column)


def test_a_byte_order_mark_is_accepted() -> None:
    protocol, problems = check_bytes(b"\xef\xbb\xbf" + BASE.encode(), NAME)
    assert problems == []
    assert protocol is not None
