"""The group file is read like a protocol: strict YAML, every problem at file:line:col, in words."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from intervision.errors import GroupFileError
from intervision.group.load import check_group_text, load_group
from intervision.i18n import set_language

NAME = "intervision-group.yaml"

GOOD = """\
# yaml-language-server: $schema=intervision-group.schema.json
name: Noord   # a comment
language: en
protocol: incidentmethode
minutes: 120
facilitator_rota: [Anna, Bram]
members:
  - Anna
  - name: Bram
    joined: 2026-03-01
  - name: Cees
    left: 2026-06-01
    formerly: [Kees]
scores: [nut, veiligheid]
deny_list: [De Horst, Jeugdzorg Noord]
"""


def test_a_full_group_file() -> None:
    group, problems = check_group_text(GOOD, NAME)
    assert problems == []
    assert group is not None
    assert (group.name, group.language, group.protocol, group.minutes) == (
        "Noord",
        "en",
        "incidentmethode",
        120,
    )
    assert [m.name for m in group.members] == ["Anna", "Bram", "Cees"]
    assert group.members[1].joined == date(2026, 3, 1)
    assert group.members[2].left == date(2026, 6, 1)
    assert group.members[2].aliases == ("Cees", "Kees")
    assert group.facilitator_rota == ["Anna", "Bram"]
    assert group.scores == ["nut", "veiligheid"]
    assert group.deny_list == ["De Horst", "Jeugdzorg Noord"]


def test_defaults_of_a_minimal_file() -> None:
    group, problems = check_group_text("name: G\nmembers: [Anna, Bram]\n", NAME)
    assert problems == [] and group is not None
    assert group.language == "nl" and group.protocol is None and group.minutes is None
    assert group.facilitator is None and group.deny_list == []


@pytest.mark.parametrize(
    ("text", "line", "column", "where", "key", "fields"),
    [
        pytest.param(
            "name: G\nmembers: [Anna]\nmembres: [Bram]\n",
            3,
            1,
            "membres",
            "yaml.err.unknown_key_hint",
            {"suggestion": "members"},
            id="unknown-key-did-you-mean",
        ),
        pytest.param(
            "name: G\nmembers:\n  - name: Anna\n    joind: 2026-01-01\n",
            4,
            5,
            "members[0].joind",
            "yaml.err.unknown_key_hint",
            {"suggestion": "joined"},
            id="unknown-member-key",
        ),
        pytest.param(
            "name: G\nmembers:\n  - Anna\n  - name: Bram\n    joined: 2026-13-01\n",
            5,
            13,
            "members[1].joined",
            "group.err.date",
            {},
            id="month-13",
        ),
        pytest.param(
            "name: G\nmembers:\n  - name: Bram\n    left: 1 maart\n",
            4,
            11,
            "members[0].left",
            "group.err.date",
            {},
            id="date-in-words",
        ),
        pytest.param(
            "name: G\nmembers:\n  - Anna\n  - Bram\n  - anna\n",
            5,
            5,
            "members[2].name",
            "group.err.duplicate_member",
            {"name": "anna", "first": "1"},
            id="duplicate-member",
        ),
        pytest.param(
            "name: G\nmembers:\n  - Anna\n  - name: Bram\n    formerly: [Anna]\n",
            5,
            16,
            "members[1].formerly[0]",
            "group.err.duplicate_member",
            {"name": "Anna", "first": "1"},
            id="former-name-of-another",
        ),
        pytest.param(
            "name: G\nmembers:\n  - name: Bram\n    joined: 2026-05-01\n    left: 2026-04-01\n",
            3,
            5,
            "members[0]",
            "group.err.left_before_joined",
            {},
            id="left-before-joined",
        ),
        pytest.param(
            "name: G\nmembers: [Anna, 'Bram: x']\n",
            2,
            17,
            "members[1].name",
            "group.err.name_chars",
            {},
            id="colon-in-name",
        ),
        pytest.param(
            "name: G\nfacilitator: Fenna\nfacilitator_rota: [Anna]\nmembers: [Anna]\n",
            2,
            14,
            "facilitator",
            "group.err.facilitator_both",
            {},
            id="facilitator-both",
        ),
        pytest.param(
            "name: G\nfacilitator_rota: [Anna, Fenna]\nmembers: [Anna]\n",
            2,
            26,
            "facilitator_rota[1]",
            "group.err.rota_not_member",
            {"name": "Fenna"},
            id="rota-outsider",
        ),
        pytest.param(
            "name: G\nlanguage: de\nmembers: [Anna]\n",
            2,
            11,
            "language",
            "yaml.err.choice",
            {},
            id="language",
        ),
        pytest.param(
            "name: G\nmembers: [Anna]\nscores: [nut, veiligheid, nut]\n",
            3,
            27,
            "scores[2]",
            "group.err.duplicate_score",
            {"id": "nut"},
            id="duplicate-score",
        ),
        pytest.param(
            "name: G\nminutes: 1:30\nmembers: [Anna]\n",
            2,
            10,
            "minutes",
            "group.err.clock_time",
            {},
            id="minutes-as-clock-time",
        ),
        pytest.param(
            "name: G\nlanguage: nederlands\nmembers: [Anna]\n",
            2,
            11,
            "language",
            "group.err.language_spelled",
            {"suggestion": "nl"},
            id="language-spelled-out",
        ),
        pytest.param(
            "name: G\nlanguage: English\nmembers: [Anna]\n",
            2,
            11,
            "language",
            "group.err.language_spelled",
            {"suggestion": "en"},
            id="language-spelled-english",
        ),
        pytest.param(
            "name: G\nlanguage: nl_NL\nmembers: [Anna]\n",
            2,
            11,
            "language",
            "group.err.language_spelled",
            {"suggestion": "nl"},
            id="language-as-locale",
        ),
        pytest.param(
            "name: G\nmembers: [Anna]\nname: H\n",
            3,
            1,
            "",
            "yaml.err.duplicate_key",
            {"key": "name", "first": "1"},
            id="duplicate-key",
        ),
        pytest.param("members: [Anna]\n", 1, 1, "", "yaml.err.missing", {}, id="no-name"),
        pytest.param("", 1, 1, "", "group.err.empty", {}, id="empty"),
        pytest.param("- Anna\n", 1, 1, "", "group.err.top_not_mapping", {}, id="a-list"),
    ],
)
def test_problems_point_into_the_file(
    text: str, line: int, column: int, where: str, key: str, fields: dict[str, str]
) -> None:
    group, problems = check_group_text(text, NAME)
    assert group is None
    assert len(problems) == 1, [p.render() for p in problems]
    problem = problems[0]
    assert (problem.line, problem.column, problem.where, problem.key) == (line, column, where, key)
    assert fields.items() <= dict(problem.fields).items()
    assert problem.render().startswith(f"{NAME}:{line}:{column}: ")


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_load_group_raises_one_line_per_problem(tmp_path: Path, lang: str) -> None:
    set_language(lang)
    path = tmp_path / NAME
    path.write_text("name: G\nmembers:\n  - Anna\n  - name: Bram\n    joined: gisteren\n")
    with pytest.raises(GroupFileError) as caught:
        load_group(path, display=NAME)
    (line,) = caught.value.messages()
    expected = {"nl": "jaar-maand-dag", "en": "year-month-day"}[lang]
    assert line.startswith(f"{NAME}:5:13: members[1].joined: ") and expected in line
    assert caught.value.exit_code == 2


@pytest.mark.parametrize(
    ("lang", "words"),
    [("nl", ["anderhalf uur", "90"]), ("en", ["an hour and a half", "90"])],
)
def test_a_session_length_written_as_a_clock_time_gets_the_group_hint(
    lang: str, words: list[str]
) -> None:
    set_language(lang)
    _, problems = check_group_text("name: G\nminutes: 1:30\nmembers: [Anna]\n", NAME)
    (line,) = [p.render() for p in problems]
    assert all(word in line for word in words), line
    assert "1.5" not in line  # the protocol's hint (a minute and a half) is not meant here
