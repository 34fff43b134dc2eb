"""The review phase walks the open agreements of earlier sessions, one key or word each."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from intervision import i18n
from intervision.cli.app import build_app
from intervision.session.review import Outcome
from intervision.store.journal import JOURNAL
from intervision.ui.review_walk import day_text, parse_answer
from tests.group.recorded import Plan, record


@pytest.mark.parametrize(
    ("answer", "lang", "parsed"),
    [
        ("d", "en", (Outcome.DONE, None, None)),
        ("d", "nl", (Outcome.PARTLY, None, None)),
        ("gedaan | belde maandag", "nl", (Outcome.DONE, "belde maandag", None)),
        ("not done because of the flu", "en", (Outcome.NOT_DONE, "done because of the flu", None)),
        ("v 1 maart | half af", "nl", (Outcome.RENEWED, "half af", "1 maart")),
        ("renewed", "en", (Outcome.RENEWED, None, None)),
        ("maybe", "en", None),
    ],
)
def test_answers(answer: str, lang: str, parsed: object) -> None:
    assert parse_answer(answer, lang) == parsed


def test_day_text() -> None:
    assert day_text("2026-09-12", "en") == "12 Sept"
    assert day_text("2026-03-01", "nl") == "1 mrt"
    assert day_text("not a date") == "not a date"


MEMBERS = ["Anna", "Bram", "Cor", "Dirk"]


def test_plain_run_walks_the_last_owner_first_and_records_the_outcomes(tmp_path: Path) -> None:
    sessions = tmp_path / "sessions"
    record(
        sessions,
        Plan(
            "2026-09-12",
            MEMBERS,
            owner="Cor",
            agreements=[
                ("Anna", "call the team lead", "Friday"),
                ("Cor", "read the article", None),
                ("Bram", "ask the school", None),
            ],
        ),
    )
    # Rules, four check-in turns, then the walk: Cor's first (last owner), then Anna, Bram (in the
    # order present); Bram's stays open (Enter). Then stop.
    script = [
        "",
        "",
        "",
        "",
        "",
        "x | not needed any more",
        "maybe",
        "r next month | half",
        "",
        "/quit",
    ]
    i18n.set_language("en")
    result = CliRunner().invoke(
        build_app(),
        [
            "run",
            "begeleide-intervisie",
            "--lang",
            "en",
            "--members",
            ",".join(MEMBERS),
            "--facilitator",
            "Fenna",
            "--workspace",
            str(tmp_path),
        ],
        input="\n".join(script) + "\n",
    )
    assert result.exit_code == 0, result.output
    out = result.output
    assert "Review: open agreements (3)" in out
    first, second, third = (
        out.index("12 Sept · Cor: read the article?"),
        out.index("12 Sept · Anna: call the team lead · by Friday?"),
        out.index("12 Sept · Bram: ask the school?"),
    )
    assert first < second < third
    assert "'maybe' is not an answer here" in out
    assert "Recorded: Cor — dropped." in out
    assert "Stays open for next time." in out

    folder = next(f for f in sessions.iterdir() if f.is_dir() and "begeleide" in f.name)
    events = [json.loads(line) for line in (folder / JOURNAL).read_text().splitlines()]
    reviews = [
        (e["who"], e["outcome"], e.get("note"), e.get("new_by"))
        for e in events
        if e["kind"] == "reviewed"
    ]
    assert reviews == [
        ("Cor", "dropped", "not needed any more", None),
        ("Anna", "renewed", "half", "next month"),
    ]
    items = json.loads(
        CliRunner()
        .invoke(build_app(), ["agreements", "--all", "--json", "--workspace", str(tmp_path)])
        .output
    )
    assert {i["what"]: (i["status"], i["when"]) for i in items} == {
        "call the team lead": ("open", "next month"),
        "read the article": ("dropped", None),
        "ask the school": ("open", None),
    }

    # Resumed in the review phase: only what was not reviewed yet is asked again.
    again = CliRunner().invoke(
        build_app(),
        ["resume", folder.name, "--lang", "en", "--workspace", str(tmp_path)],
        input="done\n/quit\n",
    )
    assert again.exit_code == 0, again.output
    assert "Review: open agreements (1)" in again.output
    assert "Recorded: Bram — done." in again.output

    minutes = (
        CliRunner()
        .invoke(build_app(), ["minutes", folder.name, "--stdout", "--workspace", str(tmp_path)])
        .output
    )
    assert "## Review of earlier agreements" in minutes
    assert "| Anna | call the team lead | 2026-09-12 | renewed to next month | half |" in minutes
    assert "| Cor | read the article | 2026-09-12 | dropped | not needed any more |" in minutes
