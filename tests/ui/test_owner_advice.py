"""The owner prompt says why it proposes whom, reminds of cases pitched before, and records a swap."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from intervision import i18n
from intervision.cli.app import build_app
from intervision.store.journal import JOURNAL
from tests.group.recorded import Plan, record

MEMBERS = ["Anna", "Bram", "Cor", "Dirk"]


def test_reason_reminder_and_a_swap_in_a_plain_run(tmp_path: Path) -> None:
    sessions = tmp_path / "sessions"
    record(
        sessions,
        Plan("2026-09-12", MEMBERS, owner="Anna", pitches={"Cor": "a parent who shouts"}),
    )
    # Rules, check-in (4), the review round (4), pitches (4), the choice; then Cor instead of the
    # proposed Bram, whose title defaults to the case he pitched last time.
    script = ["", *[""] * 4, *[""] * 4, *[""] * 4, "", "Cor", "", "/quit"]
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
    assert "Bram has not brought a case in 1 session" in result.output
    assert "Cor had a case on 12 Sept about: a parent who shouts — still current?" in result.output
    folder = next(f for f in sessions.iterdir() if f.is_dir() and "begeleide" in f.name)
    events = [json.loads(line) for line in (folder / JOURNAL).read_text().splitlines()]
    (chosen,) = [e for e in events if e["kind"] == "owner-chosen"]
    assert (chosen["member"], chosen["title"], chosen["proposed"]) == (
        "Cor",
        "a parent who shouts",
        "Bram",
    )
    assert chosen.get("reason") is None  # a script is never asked for one
    nxt = json.loads(
        CliRunner().invoke(build_app(), ["next", "--json", "--workspace", str(tmp_path)]).output
    )
    # Cor's turn counts as his: Bram and Dirk are left with none.
    assert {m["name"]: m["owner_turns"] for m in nxt["members"]}["Cor"] == 1
    assert nxt["owner"] == "Bram"
