"""Fair turns: fewest turns for the sessions attended, then the longest wait; never absent, never the
facilitator, never a newcomer at their first session."""

from __future__ import annotations

from intervision.group.history import History
from intervision.group.rotation import (
    newcomers,
    open_pitches,
    propose_facilitator,
    propose_owners,
    standings,
)
from tests.group.helpers import summary

ABCD = ["Anna", "Bram", "Cor", "Dirk"]


def owner(history: History, present: list[str], **kw: object) -> str | None:
    return propose_owners(history, present, **kw)[0].name  # type: ignore[arg-type]


def test_empty_history_roster_order_not_the_facilitator() -> None:
    assert owner(History(()), ABCD) == "Anna"
    assert owner(History(()), ABCD, facilitator="Anna") == "Bram"


def test_turns_count_against_sessions_attended() -> None:
    # Anna: 1 turn in the 1 session she came to; Dirk: 1 turn in 3. Dirk's share is lower.
    history = History.of(
        [
            summary("2026-01-10", ["Anna", "Bram", "Cor"], owner="Anna"),
            summary("2026-02-10", ["Bram", "Cor", "Dirk"], owner="Cor"),
            summary("2026-03-10", ["Bram", "Cor", "Dirk"], owner="Bram"),
            summary("2026-04-10", ["Bram", "Cor", "Dirk"], owner="Dirk"),
        ]
    )
    table = standings(history)
    assert (table["anna"].attended, table["anna"].owner_turns) == (1, 1)
    assert (table["dirk"].attended, table["dirk"].owner_turns) == (3, 1)
    proposal = propose_owners(history, ["Anna", "Dirk"])[0]
    assert proposal.name == "Dirk"
    assert proposal.reason.key == "rotation.owner_fewest"
    # Bram and Cor 1 in 4, Cor's turn longer ago; then Dirk 1 in 3, Anna 1 in 1.
    proposal = propose_owners(history, ABCD)[0]
    assert proposal.name == "Cor"
    assert proposal.reason.key == "rotation.owner_waited"
    assert proposal.reason.fields["others"] == "Bram"
    assert [r.name for r in proposal.table] == ["Cor", "Bram", "Dirk", "Anna"]


def test_equal_share_the_one_who_waited_longest() -> None:
    history = History.of(
        [
            summary("2026-01-10", ABCD, owner="Bram"),
            summary("2026-02-10", ABCD, owner="Anna"),
            summary("2026-03-10", ABCD, owner="Dirk"),
            summary("2026-04-10", ABCD, owner="Cor"),
        ]
    )
    proposal = propose_owners(history, ABCD)[0]
    assert proposal.name == "Bram"
    assert proposal.reason.key == "rotation.owner_waited"
    assert proposal.reason.fields["last"] == "2026-01-10"


def test_order_is_the_real_start_time_not_the_folder_name() -> None:
    # The folder names sort the other way round; a start with an offset is compared in UTC.
    history = History.of(
        [
            summary("2026-01-10", ABCD, owner="Anna", id="b", started="2026-01-10T14:00:00+01:00"),
            summary("2026-01-10", ABCD, owner="Bram", id="a", started="2026-01-10T14:30:00+00:00"),
        ]
    )
    assert [s.id for s in history.sessions] == ["b", "a"]
    assert owner(history, ["Anna", "Bram"]) == "Anna"


def test_absent_member_is_never_proposed_and_newcomer_waits_a_session() -> None:
    history = History.of([summary("2026-01-10", ABCD, owner="Anna")])
    present = ["Anna", "Bram", "Eva"]  # Cor and Dirk away, Eva new
    new = newcomers(history, present)
    assert new == {"eva"}
    assert owner(history, present, new=new) == "Bram"
    # a founding member who missed the first session is no newcomer when the group file says so
    assert newcomers(history, present, {"Eva": "2026-01-01"}) == set()
    assert newcomers(history, present, {"Eva": "2026-01-20"}) == {"eva"}


def test_several_cases_take_distinct_owners_and_taken_ones_are_skipped() -> None:
    history = History.of([summary("2026-01-10", ABCD, owner="Anna")])
    names = [p.name for p in propose_owners(history, ABCD, cases=2)]
    assert names == ["Bram", "Cor"]
    assert owner(history, ABCD, taken=["Bram"]) == "Cor"


def test_nobody_left() -> None:
    proposal = propose_owners(History(()), ["Anna"], facilitator="Anna")[0]
    assert proposal.name is None
    assert proposal.reason.key == "rotation.nobody"


def test_rehearsals_do_not_count() -> None:
    history = History.of([summary("2026-01-10", ABCD, owner="Anna", rehearsal=True)])
    assert len(history) == 0


def test_rename_counts_for_the_new_name() -> None:
    history = History.of(
        [summary("2026-01-10", ["Anna", "Bram"], owner="Bram")], aliases={"bram": "Bram Smit"}
    )
    assert owner(history, ["Bram Smit", "Anna"]) == "Anna"
    assert standings(history)["bram smit"].owner_turns == 1


def test_guest_takes_no_turn_count() -> None:
    history = History.of([summary("2026-01-10", ["Anna", "Gast"], owner="Anna", guests=["Gast"])])
    assert "gast" not in standings(history)


def test_facilitator_rota() -> None:
    history = History.of(
        [
            summary("2026-01-10", ABCD, facilitator="Fenna"),
            summary("2026-02-10", ABCD, facilitator="Anna"),
        ]
    )
    proposal = propose_facilitator(history, [*ABCD, "Fenna", "Gert"], ["Fenna", "Anna", "Gert"])
    assert proposal.name == "Gert"
    assert proposal.reason.key == "rotation.facilitator_never"
    proposal = propose_facilitator(history, [*ABCD, "Fenna"], ["Fenna", "Anna", "Gert"])
    # Gert away; Anna facilitated 1 of the 2 sessions she was at, Fenna 1 of 1
    assert proposal.name == "Anna"
    assert proposal.reason.key == "rotation.facilitator_fewest"


def test_pitches_not_chosen_wait_until_their_turn() -> None:
    pitched = [["Cor", "a difficult parent"], ["Anna", "x"]]
    history = History.of([summary("2026-01-10", ABCD, owner="Anna", pitches=pitched)])
    waiting = open_pitches(history)
    assert list(waiting) == ["cor"]
    assert waiting["cor"].text == "a difficult parent"
    later = History.of([*history.sessions, summary("2026-02-10", ABCD, owner="Cor")])
    assert open_pitches(later) == {}
