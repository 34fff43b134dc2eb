"""Reviewing an earlier agreement and choosing another owner than proposed: both land in the journal."""

from __future__ import annotations

import pytest

from intervision.errors import UsageError
from intervision.session.review import Outcome
from tests.session.helpers import replayed, rig


def test_review_is_recorded_replayed_and_undone() -> None:
    r = rig()
    r.engine.review(
        "s1#40",
        Outcome.PARTLY,
        who="Anna",
        what="call",
        by="Friday",
        made="2026-09-12",
        note="half",
    )
    r.engine.review("s1#41", Outcome.DONE, who="Cor", what="read")
    r.engine.review(
        "s1#40", Outcome.DONE, who="Anna", what="call"
    )  # corrected: the last word counts
    state = replayed(r.events)
    assert [(x.ref, x.outcome) for x in state.reviews] == [
        ("s1#41", Outcome.DONE),
        ("s1#40", Outcome.DONE),
    ]
    assert r.engine.undo() == "Anna: call"
    assert [x.ref for x in replayed(r.events).reviews] == ["s1#41"]


def test_renewal_needs_a_new_date_and_keeps_it() -> None:
    r = rig()
    with pytest.raises(UsageError) as refused:
        r.engine.review("s1#40", Outcome.RENEWED, who="Anna", what="call")
    assert refused.value.key == "session.renew_needs_date"
    r.engine.review("s1#40", Outcome.RENEWED, who="Anna", what="call", new_by="1 March")
    assert replayed(r.events).reviews[0].new_by == "1 March"
    r.engine.review("s1#41", Outcome.DONE, who="Cor", what="read", new_by="ignored")
    assert replayed(r.events).reviews[1].new_by is None


def test_swap_records_whom_the_rotation_proposed() -> None:
    r = rig(begin=False)
    r.engine.choose_owner(1, "Anna", "x", proposed="Bram", reason="Anna ruilt met Bram")
    r.engine.choose_owner(2, "Cor", "y", proposed="cor")  # the proposal taken: nothing extra
    first, second = (e.data for e in r.events if e.kind.value == "owner-chosen")
    assert first.get("proposed") == "Bram" and first.get("reason") == "Anna ruilt met Bram"
    assert "proposed" not in second
    assert replayed(r.events).owners == {1: "Anna", 2: "Cor"}
