"""``intervision run`` inside a group folder, scripted through plain mode: the roster of the day is
who is expected, the facilitator names only the absent and the guests, the group gives the defaults."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner, Result

from intervision import i18n
from intervision.cli import _language_flag
from intervision.cli.app import build_app
from intervision.store.journal import JOURNAL

TOMORROW = (date.today() + timedelta(days=1)).isoformat()
YESTERDAY = (date.today() - timedelta(days=1)).isoformat()

GROUP = f"""\
name: Noord
language: en
protocol: incidentmethode
minutes: 90
facilitator: Fenna
members:
  - Anna
  - name: Bram
    formerly: [Bram V.]
  - Cees
  - name: Dirk
    joined: {TOMORROW}
  - name: Els
    left: {YESTERDAY}
"""


@pytest.fixture
def group(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "noord"
    folder.mkdir()
    (folder / "intervision-group.yaml").write_text(GROUP, encoding="utf-8")
    monkeypatch.chdir(folder)
    return folder


def run(*args: str, stdin: str) -> Result:
    i18n.set_language(i18n.resolve(_language_flag(list(args))))
    return CliRunner().invoke(build_app(), ["run", *args], input=stdin, prog_name="intervision")


def started(folder: Path) -> dict[str, Any]:
    (journal,) = folder.glob(f"sessions/*/{JOURNAL}")
    first: dict[str, Any] = json.loads(journal.read_text(encoding="utf-8").splitlines()[0])
    return first


def minutes(folder: Path) -> str:
    (path,) = folder.glob("sessions/*/minutes.md")
    return path.read_text(encoding="utf-8")


END = "\n/end\ny\n"  # agree to the ground rules, end, confirm


def test_asked_who_is_absent_and_who_joins(group: Path) -> None:
    script = "Zed\ncees: ill, with fever: high\ncees: ill\nEva, Anna\nEva\n" + END
    result = run("--rehearse", "600", stdin=script)
    assert result.exit_code == 0, result.output
    out = result.output
    assert "Expected by the group: Anna, Bram, Cees" in out  # Dirk not yet, Els no longer
    assert "'Zed' is not expected today" in out  # asked again
    assert "'with fever' is not expected today" in out  # a reason holds no comma
    assert "'Anna' is a member of the group (Anna), not a guest" in out  # asked again
    data = started(group)
    assert data["members"] == ["Anna", "Bram", "Eva"]
    assert data["absent"] == ["Cees"] and data["absent_reasons"] == {"Cees": "ill"}
    assert data["guests"] == ["Eva"] and data["group"] == "Noord"
    # The defaults of the group: method, minutes, facilitator; the language of the minutes.
    assert data["protocol"]["id"] == "incidentmethode" and data["protocol"]["language"] == "en"
    assert data["target_minutes"] == 90 and data["facilitator"] == "Fenna"
    text = minutes(group)
    assert "- **Present:** Anna, Bram\n" in text
    assert "- **Guests:** Eva\n" in text
    assert "- **Absent:** Cees (ill)\n" in text
    assert "absent:\n- name: Cees\n  reason: ill\n" in text and "guests:\n- Eva\n" in text


def test_from_the_command_line_nothing_is_asked(group: Path) -> None:
    result = run(
        "--absent", "Bram V.: on holiday; Cees", "--guest", "Eva", "--rehearse", "600", stdin=END
    )
    assert result.exit_code == 0, result.output
    assert "Who is absent" not in result.output
    data = started(group)
    assert data["members"] == ["Anna", "Eva"]
    assert data["absent"] == ["Bram", "Cees"]  # a former name finds the member
    assert data["absent_reasons"] == {"Bram": "on holiday"}
    assert "- **Absent:** Bram (on holiday), Cees\n" in minutes(group)


def test_everyone_present_and_no_guests(group: Path) -> None:
    result = run("--lang", "nl", "--rehearse", "600", stdin="\n\n" + END.replace("y\n", "j\n"))
    assert result.exit_code == 0, result.output
    assert "Verwacht volgens de groep: Anna, Bram, Cees" in result.output
    data = started(group)
    assert data["members"] == ["Anna", "Bram", "Cees"] and data["absent"] == []
    text = minutes(group)
    assert "- **Afwezig:** niemand\n" in text and "Gasten" not in text


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (("--absent", "Els"), "'Els' is not expected today"),  # she left
        (("--absent", "Dirk"), "'Dirk' is not expected today"),  # not yet joined
        (("--guest", "bram"), "is a member of the group (Bram), not a guest"),
        (("--absent", ": ill"), "put the name before the colon"),
        (("--absent", "Anna, Bram"), "at least two"),  # only Cees would be left
        (("--members", "Anna,Bram", "--absent", "Cees"), "belong to a group"),
    ],
)
def test_refusals_leave_no_session(group: Path, args: tuple[str, ...], fragment: str) -> None:
    result = run(*args, "--rehearse", "600", stdin=END)
    assert result.exit_code == 2, result.output
    assert fragment in result.output
    assert not list(group.glob("sessions/*"))


def test_explicit_members_in_a_group_are_taken_as_they_are(group: Path) -> None:
    result = run("--members", "Xia,Yuri", "--rehearse", "600", stdin=END)
    assert result.exit_code == 0, result.output
    data = started(group)
    assert data["members"] == ["Xia", "Yuri"] and "absent" not in data


def test_outside_a_group_absent_is_refused(tmp_path: Path) -> None:
    result = run(
        "incidentmethode", "--members", "A,B", "--facilitator", "F", "--guest", "Eva", stdin=END
    )
    assert result.exit_code == 2
    assert "belong to a group" in result.output


def test_a_broken_group_file_stops_run_with_its_line(group: Path) -> None:
    (group / "intervision-group.yaml").write_text(GROUP.replace("minutes: 90", "minutes: lang"))
    result = run("--rehearse", "600", stdin=END)
    assert result.exit_code == 2
    assert "intervision-group.yaml:4:10: minutes: " in result.output
    assert not (group / "sessions").exists() or not list(group.glob("sessions/*"))


def test_absent_empty_says_everyone_is_here(group: Path) -> None:
    result = run("--absent", "", "--rehearse", "600", stdin=END)
    assert result.exit_code == 0, result.output
    assert "Who is absent" not in result.output
    assert started(group)["members"] == ["Anna", "Bram", "Cees"]


def test_a_rota_proposes_whose_turn_it_is_and_they_lead_rather_than_take_part(group: Path) -> None:
    text = GROUP.replace("facilitator: Fenna", "facilitator_rota: [Anna, Bram]")
    (group / "intervision-group.yaml").write_text(text, encoding="utf-8")
    first = run(stdin="\n\n\n" + END)  # nobody absent, no guests, Enter; a real session (not
    # a rehearsal), since only those count for the rotation
    assert first.exit_code == 0, first.output
    assert "Who facilitates (name)? [Anna]" in first.output
    data = started(group)
    assert data["facilitator"] == "Anna" and data["members"] == ["Bram", "Cees"]
    assert "- **Present:** Bram, Cees\n" in minutes(group)

    second = run(stdin="\n\n\n" + END)
    assert second.exit_code == 0, second.output
    assert "Who facilitates (name)? [Bram]" in second.output  # Anna had her turn


def test_resume_keeps_who_was_absent_and_the_guests(group: Path) -> None:
    first = run("--absent", "Cees: ill", "--guest", "Eva", "--rehearse", "600", stdin="\n/quit\n")
    assert first.exit_code == 0, first.output
    assert not list(group.glob("sessions/*/minutes.md"))
    i18n.set_language("en")
    resumed = CliRunner().invoke(
        build_app(), ["resume"], input="/end\ny\n", prog_name="intervision"
    )
    assert resumed.exit_code == 0, resumed.output
    text = minutes(group)
    assert "- **Present:** Anna, Bram\n" in text and "- **Guests:** Eva\n" in text
    assert "- **Absent:** Cees (ill)\n" in text


def test_the_groups_own_score_questions_are_scored(group: Path) -> None:
    text = GROUP.replace("members:", "scores: [nut, veiligheid]\nmembers:")
    (group / "intervision-group.yaml").write_text(text, encoding="utf-8")
    result = run("--absent", "", "--rehearse", "600", stdin="\n/score veiligheid 8 Anna\n/end\ny\n")
    assert result.exit_code == 0, result.output
    data = started(group)
    assert [d["id"] for d in data["dimensions"]] == ["nut", "veiligheid"]
    (journal,) = group.glob(f"sessions/*/{JOURNAL}")
    events = [json.loads(line) for line in journal.read_text(encoding="utf-8").splitlines()]
    scores = [e for e in events if e["kind"] == "score"]
    assert [(e["member"], e["value"], e.get("dimension")) for e in scores] == [
        ("Anna", 8, "veiligheid")
    ]


def test_a_group_that_shows_means_only_keeps_member_scores_out_of_the_minutes(
    group: Path,
) -> None:
    text = GROUP.replace("members:", "scores: [nut]\nscores_shown: means\nmembers:")
    (group / "intervision-group.yaml").write_text(text, encoding="utf-8")
    result = run("--absent", "", "--rehearse", "600", stdin="\n/score nut 8 Anna\n/end\ny\n")
    assert result.exit_code == 0, result.output
    assert started(group)["means_only"] is True
    (minutes,) = group.glob("sessions/*/minutes.md")
    evaluation = minutes.read_text(encoding="utf-8").split("## Evaluation")[1].split("\n## ")[0]
    assert "| Anna |" not in evaluation
    assert "Group mean: 8 (1 score" in evaluation
