"""One session's numbers, from the folded state, the same for every renderer."""

from __future__ import annotations

import dataclasses

import pytest

from intervision.session.figures import Figures, SpeakerOver, figures
from intervision.session.values import EndReason, SessionStatus
from tests.session.helpers import demo_protocol, replayed, rig


def test_time_per_phase_and_speaker_with_overtime_and_shares() -> None:
    r = rig()
    r.advance(90)  # Anna: 30 s over her minute in check-in
    r.engine.next()
    r.advance(30)
    r.engine.extend(1)
    r.engine.pause()
    r.advance(100)
    r.engine.resume_clock()
    r.engine.next()
    r.advance(60)
    r.engine.next()
    r.advance(60)  # Dirk speaks, but nothing is journaled after it: not counted without ``now``
    numbers = figures(r.state)
    check_in = numbers.phase("check-in")
    assert check_in is not None
    assert (check_in.planned, check_in.extra, check_in.active) == (240, 60, 180)
    assert check_in.overtime == 0 and check_in.reached and not check_in.skipped
    assert check_in.speakers_over == (SpeakerOver("Anna", 30),)
    assert check_in.running  # still the current phase (Dirk speaks)
    assert numbers.paused == 100 and numbers.actual == 180
    shares = {s.name: (s.seconds, s.share, s.over) for s in numbers.speakers}
    assert shares == {
        "Anna": (90, 0.5, 30),
        "Bram": (30, 30 / 180, 0),
        "Cor": (60, 60 / 180, 0),
        "Dirk": (0, 0, 0),
    }
    assert numbers.status is SessionStatus.RUNNING and numbers.end_reason is None
    assert numbers.phase("case#1") is not None and not numbers.phase("case#1").reached  # type: ignore[union-attr]


def test_now_counts_the_running_phase_and_turn() -> None:
    r = rig()
    r.advance(50)
    without, at = figures(r.state), figures(r.state, now=r.engine.clock.now() + 20)
    assert without.phase("check-in").active == 0  # type: ignore[union-attr]
    assert at.phase("check-in").active == 70  # type: ignore[union-attr]
    assert at.speakers[0].name == "Anna" and at.speakers[0].seconds == 70
    assert at.phase("check-in").speakers_over == (SpeakerOver("Anna", 10),)  # type: ignore[union-attr]
    assert at.elapsed == 70 and at.at == 70


def test_phase_overtime_and_a_skipped_phase() -> None:
    r = rig()
    r.go_to("case#1")
    r.advance(5 * 60 + 42)
    r.engine.next()
    r.engine.skip()
    case = figures(r.state).phase("case#1")
    assert case is not None and case.overtime == 42 and not case.skipped
    questions = figures(r.state).phase("questions#1")
    assert questions is not None and questions.skipped and questions.active == 0


def test_score_means_per_member_and_for_the_group() -> None:
    r = rig()
    r.engine.score("Cor", 7)
    r.engine.score("Anna", 8)
    r.engine.score("Cor", 9)
    r.engine.score("Fenna", 6)
    scores = figures(r.state).scores
    assert [(m.name, m.values, m.mean) for m in scores.members] == [
        ("Anna", (8,), 8),
        ("Cor", (7, 9), 8),
        ("Fenna", (6,), 6),  # the facilitator after the members
    ]
    # The mean of the members' means: Cor's two scores count as one voice, (8 + 8 + 6) / 3.
    assert scores.count == 4
    assert scores.mean == pytest.approx(22 / 3)
    assert figures(rig().state).scores.mean is None


def test_scores_per_dimension_with_half_points() -> None:
    protocol = demo_protocol(
        score_dimensions=[
            {"id": "usefulness", "title": "nut"},
            {"id": "safety", "title": "veiligheid"},
        ]
    )
    r = rig(protocol)
    r.engine.score("Anna", 7.5, "usefulness")
    r.engine.score("Anna", 9, "safety")
    r.engine.score("Bram", 6, "usefulness")
    r.engine.score("Bram", 5)  # given without a dimension: its own group, not silently 'nut'
    found = figures(r.state).scores
    rows = [(d.id, d.title, d.count, d.mean) for d in found.dimensions]
    assert rows == [
        ("usefulness", "nut", 2, 6.75),
        ("safety", "veiligheid", 1, 9),
        (None, None, 1, 5),
    ]
    assert [(m.name, m.values) for m in found.dimensions[0].members] == [
        ("Anna", (7.5,)),
        ("Bram", (6,)),
    ]


@pytest.mark.parametrize(
    ("end", "status", "reason"),
    [
        ("end", SessionStatus.ENDED_EARLY, EndReason.ENDED_EARLY),
        ("interrupt", SessionStatus.INTERRUPTED, None),
    ],
)
def test_status_and_walls(end: str, status: SessionStatus, reason: EndReason | None) -> None:
    r = rig()
    getattr(r.engine, end)()
    numbers = figures(r.state)
    assert numbers.status is status and numbers.end_reason is reason
    assert numbers.started is not None and numbers.started.utcoffset() is not None
    assert (numbers.ended is not None) == (end == "end") == numbers.ended_early
    assert numbers.status.ended == (end == "end")


def test_figures_are_a_plain_frozen_tree_and_the_same_after_a_replay() -> None:
    r = rig()
    r.advance(75)
    r.engine.next()
    r.engine.score("Bram", 5)
    numbers = figures(r.state)
    assert figures(replayed(r.events)) == numbers
    with pytest.raises(dataclasses.FrozenInstanceError):
        numbers.paused = 1  # type: ignore[misc]
    tree = dataclasses.asdict(numbers)
    assert tree["phases"][0]["key"] == "check-in" and tree["scores"]["count"] == 1
    assert isinstance(numbers, Figures)
