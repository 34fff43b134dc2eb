"""``intervision plan``: the agenda as a table or JSON, fitted, with clock times."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from intervision.cli.plan import parse_clock
from intervision.cli.views import minutes_text
from intervision.errors import UsageError
from intervision.protocol.library import bundled_dir
from intervision.protocol.loader import load_protocol
from intervision.protocol.plan import plan
from tests.builders import phase, protocol_dict, to_yaml
from tests.cli.conftest import Invoke
from tests.conftest import write_tree

INCIDENT = load_protocol(bundled_dir() / "en" / "incidentmethode.yaml")
INCIDENT_NL = load_protocol(bundled_dir() / "nl" / "incidentmethode.yaml")


def plan_json(cli: Invoke, *args: str) -> tuple[int, dict[str, Any]]:
    result = cli("plan", *args, "--json")
    return result.exit_code, json.loads(result.stdout)


def test_plan_json_has_every_phase_and_the_total(cli: Invoke) -> None:
    code, data = plan_json(cli, "incidentmethode", "--members", "6")
    assert code == 0
    expected = plan(INCIDENT, 6)
    assert [p["id"] for p in data["phases"]] == [row.phase.id for row in expected.phases]
    assert [p["title"] for p in data["phases"]] == [row.phase.title for row in expected.phases]
    assert [p["minutes"] for p in data["phases"]] == [row.minutes for row in expected.phases]
    assert data["total_minutes"] == pytest.approx(sum(p["minutes"] for p in data["phases"]))
    assert (data["members"], data["cases"], data["fits"]) == (6, 1, True)


def test_plan_fitted_with_two_cases_and_a_start(cli: Invoke) -> None:
    code, data = plan_json(
        cli, "incidentmethode", "-n", "6", "--minutes", "90", "--cases", "2", "--start", "13:30"
    )
    assert code == 0
    assert data["total_minutes"] == pytest.approx(90)
    assert data["target_minutes"] == 90
    per_case = [p for p in data["phases"] if p["section"] == "per_case"]
    assert {p["case"] for p in per_case} == {1, 2}
    assert len(per_case) == 2 * len(INCIDENT.per_case)
    assert data["phases"][0]["start"] == "13:30"
    last = data["phases"][-1]
    assert last["start_offset"] + last["minutes"] == pytest.approx(90)


def test_plan_table_shows_clock_times_and_the_fit(cli: Invoke) -> None:
    result = cli(
        "plan", "incidentmethode", "-n", "6", "-m", "90", "--cases", "2", "--start", "13:30"
    )
    assert result.exit_code == 0
    out = result.stdout
    assert f"{INCIDENT.title} — 6 members, 2 cases" in out
    assert "Case 1" in out
    assert "Case 2" in out
    assert "Total: 90 minutes (13:30–15:00)" in out
    assert "Fitted into 90 minutes" in out


def test_plan_in_dutch(cli: Invoke) -> None:
    result = cli("--lang", "nl", "plan", "incidentmethode", "-n", "6")
    assert result.exit_code == 0
    assert f"{INCIDENT_NL.title} — 6 deelnemers, 1 casus" in result.stdout
    assert "Totaal:" in result.stdout


def test_an_impossible_fit_exits_1_and_says_by_how_much(cli: Invoke) -> None:
    shortest = sum(row.min_minutes for row in plan(INCIDENT, 6).phases)
    over = shortest - 30
    assert over > 1
    result = cli("plan", "incidentmethode", "-n", "6", "-m", "30")
    assert result.exit_code == 1
    said = " ".join(result.stdout.split())
    assert "Does not fit into 30 minutes: even with every phase at its minimum it runs" in said
    assert f"runs {minutes_text(round(over, 1))} minutes over." in said
    code, data = plan_json(cli, "incidentmethode", "-n", "6", "-m", "30")
    assert code == 1
    assert data["fits"] is False
    assert data["over_minutes"] == pytest.approx(over)


def test_too_much_time_exits_1_and_says_how_much_is_left(cli: Invoke) -> None:
    longest = sum(row.max_minutes for row in plan(INCIDENT, 6).phases)
    result = cli("plan", "incidentmethode", "-n", "6", "-m", "600")
    assert result.exit_code == 1
    said = " ".join(result.stdout.split())
    assert f"you have {minutes_text(round(600 - longest, 1))} minutes to spare" in said


def test_a_group_outside_the_method_range_gets_a_note(cli: Invoke) -> None:
    result = cli("plan", "incidentmethode", "-n", "12")
    assert result.exit_code == 0
    group = INCIDENT.group
    assert group.max < 12
    said = " ".join(result.stdout.split())
    assert f"this method is meant for {group.min}–{group.max} members; you are 12" in said


def test_plan_a_file_by_path(cli: Invoke) -> None:
    data = protocol_dict(per_case=[phase("round", "round", minutes_per_member=2)])
    write_tree(Path.cwd(), {"mine.yaml": to_yaml(data)})
    code, out = plan_json(cli, "mine.yaml", "-n", "5")
    assert code == 0
    assert out["phases"][0]["minutes"] == 8
    assert out["phases"][0]["turns"] == 4
    assert out["phases"][0]["minutes_per_turn"] == 2


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (("incidentmethod", "-n", "6"), "did you mean 'incidentmethode'?"),
        (("incidentmethode", "-n", "6", "--start", "25:00"), "'25:00' is not a clock time"),
        (("nowhere.yaml", "-n", "6"), "nowhere.yaml: no such file"),
        (("incidentmethode", "-n", "0"), "--members"),
        (("incidentmethode",), "--members"),
        (("incidentmethode", "-n", "6", "--cases", "-1"), "--cases"),
    ],
)
def test_bad_usage_exits_2(cli: Invoke, args: tuple[str, ...], fragment: str) -> None:
    result = cli("plan", *args)
    assert result.exit_code == 2
    assert fragment in result.stderr
    assert "Traceback" not in result.output


def test_a_broken_protocol_file_exits_2_with_its_problems(cli: Invoke) -> None:
    write_tree(Path.cwd(), {"broken.yaml": "id: broken\nlanguage: en\ntitle: true\n"})
    result = cli("plan", "broken.yaml", "-n", "4")
    assert result.exit_code == 2
    assert "broken.yaml:3:8: title: text is expected here, but YAML reads true as yes/no" in (
        result.stderr
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [("13:30", 810), ("9:05", 545), ("09.05", 545), (" 0:00 ", 0), ("23:59", 1439)],
)
def test_parse_clock(text: str, expected: int) -> None:
    assert parse_clock(text) == expected


@pytest.mark.parametrize("text", ["24:00", "13:60", "1330", "13:3", "noon", ""])
def test_parse_clock_refuses_what_is_not_a_time(text: str) -> None:
    with pytest.raises(UsageError) as caught:
        parse_clock(text)
    assert caught.value.key == "plan.bad_start"


@pytest.mark.usefixtures("small_library")
def test_plan_survives_a_hand_edited_cache(cli: Invoke) -> None:
    """A wrong ``speakers`` value in the cache crashed ``plan``: the entry is dropped instead."""
    from intervision.protocol.cache import cache_path

    before = cli("plan", "incidentmethode", "--members", "5")
    assert before.exit_code == 0
    text = cache_path().read_text(encoding="utf-8")
    assert '"speakers":"round"' in text
    cache_path().write_text(text.replace('"speakers":"round"', '"speakers":"everybody"'))
    result = cli("plan", "incidentmethode", "--members", "5")
    assert result.exit_code == 0, result.output
    assert result.stdout == before.stdout
