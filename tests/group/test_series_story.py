"""A group over eight sessions, recorded through the real engine: absences, a newcomer, a member who
leaves, a rename, a swap and a guest. Before every session the proposal and the agreements to look
back on are checked; at the end the commands agree with them."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from intervision.cli.app import build_app
from intervision.group.series import Series
from intervision.session.review import Outcome
from tests.group.recorded import Plan, record

GROUP_FILE = """\
name: De Dinsdaggroep
facilitator: Fenna
members:
  - name: Anna
  - BRAM
  - Cor
  - Dirk
  - name: Eva
    joined: 2026-03-01
"""


def write_group(root: Path, *, renamed: bool = False, anna_left: bool = False) -> Path:
    text = GROUP_FILE
    if renamed:
        text = text.replace("  - BRAM\n", "  - name: Bram Smit\n    formerly: [Bram]\n")
    else:
        text = text.replace("BRAM", "Bram")
    if anna_left:
        text = text.replace("  - name: Anna\n", "  - name: Anna\n    left: 2026-05-20\n")
    path = root / "intervision-group.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_eight_sessions(tmp_path: Path) -> None:
    group_file = write_group(tmp_path)
    sessions = tmp_path / "sessions"
    refs: dict[str, str] = {}

    def before(
        present: list[str], owner: str, reason: str, review: list[str], pitches: list[str] = ()
    ) -> Series:
        series = Series(sessions, group_file=group_file)
        proposal = series.owner(present, facilitator="Fenna")
        assert (proposal.name, proposal.reason.key) == (owner, reason)
        assert [f"{i.who}: {i.what}" for i in series.to_review(present)] == review
        assert [p.text for p in series.pitches(present)] == list(pitches)
        for item in series.to_review(present):
            refs[item.what] = item.ref
        return series

    # 1. Everyone, an empty history: the first on the list.
    before(["Anna", "Bram", "Cor", "Dirk"], "Anna", "rotation.owner_first", [])
    record(
        sessions,
        Plan(
            "2026-01-12",
            ["Anna", "Bram", "Cor", "Dirk"],
            owner="Anna",
            pitches={"Bram": "a parent who shouts", "Anna": "my team"},
            agreements=[
                ("Anna", "call the team lead", "Friday"),
                ("Cor", "read the article", None),
            ],
            scores={"Anna": 8, "Bram": 7, "Cor": 9, "Dirk": 6},
        ),
    )
    # 2. Dirk away. Bram and Cor have had no turn; Bram is first on the list and his pitch waits.
    before(
        ["Anna", "Bram", "Cor"],
        "Bram",
        "rotation.owner_never",
        ["Anna: call the team lead", "Cor: read the article"],
        ["a parent who shouts"],
    )
    record(
        sessions,
        Plan(
            "2026-02-09",
            ["Anna", "Bram", "Cor"],
            owner="Bram",
            absent=["Dirk"],
            reviews=[
                (refs["call the team lead"], Outcome.DONE, None),
                (refs["read the article"], Outcome.RENEWED, "March"),
            ],
            agreements=[("Bram", "ask the school", "next time")],
        ),
    )
    # 3. Eva is new (joined 2026-03-01): not at her first session. Cor and Dirk 0 turns; Cor came
    #    more often, so he has waited longest — but Dirk takes the turn instead (a swap).
    before(
        ["Anna", "Bram", "Cor", "Dirk", "Eva"],
        "Cor",
        "rotation.owner_never",
        ["Bram: ask the school", "Cor: read the article"],
    )
    record(
        sessions,
        Plan(
            "2026-03-09",
            ["Anna", "Bram", "Cor", "Dirk", "Eva"],
            owner="Dirk",
            proposed="Cor",
            reason="Dirk ruilt met Cor",
            reviews=[
                (refs["read the article"], Outcome.RENEWED, "April"),
                (refs["ask the school"], Outcome.PARTLY, None),
            ],
        ),
    )
    # 4. A guest (Gerda) takes part but is no candidate. Cor 0 of 3, Eva 0 of 1: Cor waited longest.
    before(
        ["Anna", "Bram", "Cor", "Dirk", "Eva"],
        "Cor",
        "rotation.owner_never",
        ["Bram: ask the school", "Cor: read the article"],
    )
    record(
        sessions,
        Plan(
            "2026-04-06",
            ["Anna", "Bram", "Cor", "Dirk", "Eva", "Gerda"],
            owner="Cor",
            guests=["Gerda"],
            reviews=[(refs["read the article"], Outcome.DONE, None)],
            scores={"Cor": 9, "Eva": 8, "Gerda": 10},
        ),
    )
    # 5. Bram is now called Bram Smit: his old turn and agreement are his. Eva: no turn in 2.
    write_group(tmp_path, renamed=True)
    before(
        ["Anna", "Bram Smit", "Cor", "Dirk", "Eva"],
        "Eva",
        "rotation.owner_never",
        ["Bram Smit: ask the school"],
    )
    record(
        sessions,
        Plan(
            "2026-05-04",
            ["Anna", "Bram Smit", "Cor", "Dirk", "Eva"],
            owner="Eva",
            agreements=[("Dirk", "write it down", "June")],
        ),
    )
    # 6. Anna has left. Bram Smit and Cor 1 of 5; Bram's turn was longer ago.
    write_group(tmp_path, renamed=True, anna_left=True)
    before(
        ["Bram Smit", "Cor", "Dirk", "Eva"],
        "Bram Smit",
        "rotation.owner_waited",
        ["Bram Smit: ask the school", "Dirk: write it down"],
    )
    record(
        sessions,
        Plan("2026-06-01", ["Bram Smit", "Cor", "Dirk", "Eva"], owner="Bram Smit"),
    )
    # 7. Dirk away: his agreement waits for him. Cor 1 of 6 is the lowest share.
    before(
        ["Bram Smit", "Cor", "Eva"], "Cor", "rotation.owner_fewest", ["Bram Smit: ask the school"]
    )
    record(
        sessions,
        Plan(
            "2026-06-29",
            ["Bram Smit", "Cor", "Eva"],
            owner="Cor",
            absent=["Dirk"],
            reviews=[(refs["ask the school"], Outcome.DROPPED, None)],
        ),
    )
    # 8. Dirk back; Dirk and Eva 1 of 5, Dirk's turn (the swap) longer ago. His agreement is back.
    before(
        ["Bram Smit", "Cor", "Dirk", "Eva"],
        "Dirk",
        "rotation.owner_waited",
        ["Dirk: write it down"],
    )
    record(sessions, Plan("2026-07-27", ["Bram Smit", "Cor", "Dirk", "Eva"], owner="Dirk"))

    runner = CliRunner()
    app = build_app()
    args = ["--workspace", str(tmp_path), "--json"]
    nxt = json.loads(runner.invoke(app, ["next", *args]).output)
    # The group file expects Bram Smit, Cor, Dirk and Eva today. Eva 1 of 6 is the lowest share.
    assert nxt["facilitator"] == "Fenna"
    table = {m["name"]: m for m in nxt["members"]}
    assert {n: (m["attended"], m["owner_turns"]) for n, m in table.items()} == {
        "Bram Smit": (8, 2),
        "Cor": (8, 2),
        "Dirk": (6, 2),
        "Eva": (6, 1),
    }
    assert nxt["owner"] == "Eva"
    assert table["Dirk"]["last_owner"] == "2026-07-27"

    items = json.loads(runner.invoke(app, ["agreements", "--all", *args]).output)
    status = {i["what"]: (i["who"], i["status"], i["when"], i["renewals"]) for i in items}
    assert status == {
        "call the team lead": ("Anna", "done", "Friday", 0),
        "read the article": ("Cor", "done", "April", 2),
        "ask the school": ("Bram Smit", "dropped", "next time", 0),
        "write it down": ("Dirk", "open", "June", 0),
    }
    opened = json.loads(runner.invoke(app, ["agreements", *args]).output)
    assert [i["what"] for i in opened] == ["write it down"]
    mine = json.loads(runner.invoke(app, ["agreements", "--all", "--member", "cor", *args]).output)
    assert [i["what"] for i in mine] == ["read the article"]

    stats = json.loads(runner.invoke(app, ["stats", *args]).output)
    rows = {m["name"]: m for m in stats["members"]}
    assert stats["sessions"] == 8
    assert "Gerda" not in rows and "Bram" not in rows
    assert (rows["Anna"]["attended"], rows["Anna"]["of"]) == (5, 5)  # she left after the fifth
    assert (rows["Dirk"]["attended"], rows["Dirk"]["of"]) == (6, 8)
    assert (rows["Cor"]["owner_turns"], rows["Fenna"]["facilitator_turns"]) == (2, 8)
    assert (rows["Eva"]["attended"], rows["Eva"]["of"]) == (6, 6)
    score = stats["scores"][0]
    # A guest's score is part of the session's mean, as in the minutes.
    assert score["means"] == [7.5, None, None, 9.0, None, None, None, None]
    assert score["scored"] == [4, 0, 0, 3, 0, 0, 0, 0]
