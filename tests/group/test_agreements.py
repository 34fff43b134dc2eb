"""Agreements stay open until reviewed as done or dropped; they wait for an absent member."""

from __future__ import annotations

import pytest

from intervision.group.agreements import Outcome, ledger, parse_outcome, select, to_review
from intervision.group.history import History
from tests.group.helpers import summary

ABCD = ["Anna", "Bram", "Cor", "Dirk"]


def agreement(seq: int, who: str, what: str, by: str | None = None) -> list[object]:
    return [seq, who, what, by]


def review(ref: str, outcome: str, by: str | None = None, note: str | None = None) -> list[object]:
    return [ref, outcome, note, by]


FIRST = summary(
    "2026-09-12",
    ABCD,
    owner="Anna",
    id="s1",
    agreements=[
        agreement(40, "Anna", "call the team lead", "Friday"),
        agreement(41, "Cor", "read the protocol"),
        agreement(42, "de groep", "start on time"),
    ],
)


def test_open_until_done_or_dropped_and_absence_keeps_them() -> None:
    second = summary(
        "2026-10-10",
        ["Anna", "Bram", "Dirk"],  # Cor away
        id="s2",
        absent=["Cor"],
        reviews=[review("s1#40", "partly", note="half way"), review("s1#42", "done")],
    )
    items = {i.ref: i for i in ledger(History.of([FIRST, second]))}
    assert items["s1#40"].status == "open"
    assert items["s1#42"].status == "done"
    assert items["s1#42"].group
    assert items["s1#41"].status == "open"  # Cor's waits for Cor
    assert not items["s1#41"].reviews
    third = summary(
        "2026-11-07", ABCD, id="s3", reviews=[review("s1#40", "done"), review("s1#41", "dropped")]
    )
    items = {i.ref: i for i in ledger(History.of([FIRST, second, third]))}
    assert [items[r].status for r in ("s1#40", "s1#41", "s1#42")] == ["done", "dropped", "done"]
    assert [r.outcome for r in items["s1#40"].reviews] == [Outcome.PARTLY, Outcome.DONE]


def test_review_order_previous_owner_first_absent_left_out_group_last() -> None:
    history = History.of([FIRST])
    walk = to_review(history, ["Dirk", "Cor", "Anna"])
    assert [i.who for i in walk] == ["Anna", "Cor", "de groep"]
    walk = to_review(history, ["Dirk", "Anna"])  # Cor away: his agreement is not asked about
    assert [i.who for i in walk] == ["Anna", "de groep"]


def test_renewal_moves_the_date_and_twice_is_marked() -> None:
    sessions = [FIRST]
    for n, by in enumerate(["next month", "after summer"], start=2):
        sessions.append(
            summary(f"2026-1{n - 2}-01", ABCD, id=f"s{n}", reviews=[review("s1#40", "renewed", by)])
        )
    item = next(i for i in ledger(History.of(sessions)) if i.ref == "s1#40")
    assert item.by == "after summer"
    assert item.is_open and item.renewed_twice
    data = item.to_dict()
    assert {k: data[k] for k in ("who", "what", "when", "session", "status")} == {
        "who": "Anna",
        "what": "call the team lead",
        "when": "after summer",
        "session": "s1",
        "status": "open",
    }


def test_select_by_member_and_all() -> None:
    items = ledger(History.of([FIRST]))
    assert [i.what for i in select(items, member="cor")] == ["read the protocol"]
    assert len(select(items, open_only=False)) == 3


@pytest.mark.parametrize(
    ("word", "lang", "outcome"),
    [
        ("d", "en", Outcome.DONE),
        ("d", "nl", Outcome.PARTLY),
        ("g", "nl", Outcome.DONE),
        ("gedaan", "en", Outcome.DONE),
        ("Partly", "nl", Outcome.PARTLY),
        ("deels", "en", Outcome.PARTLY),
        ("niet", "nl", Outcome.NOT_DONE),
        ("not done", "en", Outcome.NOT_DONE),
        ("vervalt", "en", Outcome.DROPPED),
        ("x", "nl", Outcome.DROPPED),
        ("verlengd", "nl", Outcome.RENEWED),
        ("v", "nl", Outcome.RENEWED),
        ("r", "en", Outcome.RENEWED),
        ("r", "nl", None),
        ("misschien", "nl", None),
    ],
)
def test_outcome_words(word: str, lang: str, outcome: Outcome | None) -> None:
    assert parse_outcome(word, lang) is outcome
