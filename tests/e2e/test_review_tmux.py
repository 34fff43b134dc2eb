"""The review round on the live screen in a real terminal (tmux on a private socket): the open
agreements of the last session are walked one at a time, each answered with one key or word."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.e2e.test_live_tmux import BIN, Tmux, tmux  # noqa: F401 - the fixture
from tests.group.recorded import Plan, record

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("tmux") is None, reason="needs tmux"),
]

MEMBERS = ["Anna", "Bram", "Cor", "Dirk"]


def test_the_review_round_in_a_real_terminal(tmux: Tmux, tmp_path: Path) -> None:  # noqa: F811
    home = tmp_path / "home"
    record(
        home / "sessions",
        Plan(
            "2026-09-12",
            MEMBERS,
            owner="Cor",
            agreements=[
                ("Anna", "call the team lead", "Friday"),
                ("Cor", "read the article", None),
            ],
        ),
    )
    tmux.type(
        f"{BIN} run begeleide-intervisie --members {','.join(MEMBERS)} --facilitator Fenna "
        "--rehearse 60; echo EXIT=$?"
    )
    tmux.keys("Enter")
    tmux.wait("Are the ground rules agreed?")
    tmux.keys("Enter")
    tmux.wait("▶ Now: Anna [1/4]")
    for _ in range(4):  # through the check-in
        tmux.keys("Enter")
    # Cor was the case owner last time: his agreement comes first.
    screen = tmux.wait("12 Sept · Cor: read the article?", whole=True)
    assert "Review: open agreements (2)" in screen
    tmux.type("maybe")
    tmux.keys("Enter")
    tmux.wait("'maybe' is not an answer here", whole=True)
    tmux.type("x | not needed any more")
    tmux.keys("Enter")
    tmux.wait("12 Sept · Anna: call the team lead · by Friday?", whole=True)
    tmux.type("r")
    tmux.keys("Enter")
    tmux.wait("New date for this agreement?", whole=True)
    tmux.type("next month")
    tmux.keys("Enter")
    tmux.wait("Recorded: Anna — renewed.", whole=True)
    # Then the phase's own round, with the walk's time on its clock.
    screen = tmux.wait("▶ Now: Bram [1/4]")
    assert "Phase 2/14 · Review of last session's agreements" in screen
    tmux.keys("C-c")
    tmux.wait("EXIT=130")

    folder = next(f for f in (home / "sessions").iterdir() if "begeleide" in f.name)
    events = [json.loads(line) for line in (folder / "journal.jsonl").read_text().splitlines()]
    reviews = [
        (e["who"], e["outcome"], e["note"], e["new_by"]) for e in events if e["kind"] == "reviewed"
    ]
    assert reviews == [
        ("Cor", "dropped", "not needed any more", None),
        ("Anna", "renewed", None, "next month"),
    ]
