"""Plan arithmetic: per-member scaling, cases, start offsets and fitting into a time budget."""

from __future__ import annotations

import math
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from intervision.errors import UsageError
from intervision.protocol.model import Pattern
from intervision.protocol.plan import Agenda, Section, participants, plan
from tests.builders import make_protocol, phase


def minutes_of(agenda: Agenda) -> list[float]:
    return [row.minutes for row in agenda.phases]


def sample() -> Any:
    """Opening round, three per-case phases (fixed, q-and-a, round), closing round."""
    return make_protocol(
        opening=[phase("check-in", "round-all", minutes_per_member=1)],
        per_case=[
            phase("case", "owner", minutes=5),
            phase("questions", "q-and-a", minutes_per_member=2),
            phase("advice", "round", minutes_per_member=2),
        ],
        closing=[phase("evaluation", "round-all", minutes_per_member=1)],
    )


@pytest.mark.parametrize(
    ("pattern", "section", "members", "expected"),
    [
        (Pattern.ROUND, Section.PER_CASE, 6, 5),
        (Pattern.Q_AND_A, Section.PER_CASE, 6, 5),
        (Pattern.OPEN, Section.PER_CASE, 6, 5),
        (Pattern.SILENT_OWNER, Section.PER_CASE, 6, 5),
        (Pattern.ROUND_ALL, Section.PER_CASE, 6, 6),
        (Pattern.OWNER, Section.PER_CASE, 6, 6),
        (Pattern.PLENARY, Section.PER_CASE, 6, 6),
        (Pattern.WRITE, Section.PER_CASE, 6, 6),
        (Pattern.ROUND, Section.OPENING, 6, 6),
        (Pattern.ROUND, Section.CLOSING, 6, 6),
        (Pattern.ROUND_ALL, Section.OPENING, 6, 6),
        (Pattern.ROUND, Section.PER_CASE, 1, 0),  # nobody: such a round is not planned
    ],
)
def test_the_owner_is_left_out_only_in_per_case_member_phases(
    pattern: Pattern, section: Section, members: int, expected: int
) -> None:
    one = make_protocol(per_case=[phase("p", pattern.value, minutes_per_member=1)]).per_case[0]
    assert participants(one, section, members) == expected


@pytest.mark.parametrize(
    ("members", "expected"),
    [
        # check-in 1×n, case 5, questions 2×(n-1), advice 2×(n-1), evaluation 1×n
        (3, [3, 5, 4, 4, 3]),
        (6, [6, 5, 10, 10, 6]),
        (10, [10, 5, 18, 18, 10]),
    ],
)
def test_minutes_per_member_scale_with_the_people_taking_part(
    members: int, expected: list[float]
) -> None:
    agenda = plan(sample(), members)
    assert minutes_of(agenda) == expected
    assert agenda.total == sum(expected)
    assert agenda.base_total == sum(expected)


def test_rounds_are_cut_into_equal_slices() -> None:
    rows = {row.key: row for row in plan(sample(), 6).phases}
    assert (rows["check-in"].turns, rows["check-in"].slice_minutes) == (6, 1)
    assert (rows["advice#1"].turns, rows["advice#1"].slice_minutes) == (5, 2)
    assert (rows["questions#1"].turns, rows["questions#1"].slice_minutes) == (0, None)
    assert (rows["case#1"].turns, rows["case#1"].slice_minutes) == (0, None)


def test_per_case_phases_repeat_for_every_case_with_its_number() -> None:
    agenda = plan(sample(), 5, cases=3)
    assert [row.key for row in agenda.phases] == [
        "check-in",
        "case#1", "questions#1", "advice#1",
        "case#2", "questions#2", "advice#2",
        "case#3", "questions#3", "advice#3",
        "evaluation",
    ]  # fmt: skip
    assert [row.case for row in agenda.phases] == [None, 1, 1, 1, 2, 2, 2, 3, 3, 3, None]
    assert [row.section for row in agenda.phases][:2] == [Section.OPENING, Section.PER_CASE]
    assert agenda.phases[-1].section is Section.CLOSING
    assert agenda.cases == 3


def test_the_protocol_says_how_many_cases_unless_told() -> None:
    two = make_protocol(per_case=[phase("case")], cases=2)
    assert plan(two, 4).cases == 2
    assert len(plan(two, 4).phases) == 2
    assert len(plan(two, 4, cases=1).phases) == 1


@pytest.mark.parametrize(("members", "cases"), [(1, 1), (51, 1), (4, 0), (4, 13)])
def test_run_and_plan_share_the_limits(members: int, cases: int) -> None:
    with pytest.raises(UsageError) as caught:
        plan(sample(), members, cases=cases)
    assert caught.value.key in ("plan.bad_members", "plan.bad_cases")


def test_a_per_member_phase_keeps_its_bounds() -> None:
    """1 minute each with a minimum of 5: four people get 5 minutes, and fitting says so."""
    check_in = phase("check-in", "round-all", minutes_per_member=1, min_minutes=5, max_minutes=10)
    protocol = make_protocol(opening=[check_in], per_case=[phase("case", minutes=20)])
    row = plan(protocol, 4).phases[0]
    assert (row.base_minutes, row.minutes, row.min_minutes) == (5, 5, 5)
    assert plan(protocol, 12).phases[0].minutes == 10
    stretched = plan(protocol, 4, minutes=40).phases[0]
    assert stretched.minutes > 5 and not stretched.at_minimum


def test_a_round_with_nobody_in_it_is_not_planned() -> None:
    from intervision.protocol.plan import _planned_rows

    protocol = make_protocol(
        per_case=[phase("case", minutes=5), phase("advice", "round", minutes=5)]
    )
    assert [p.id for p, _, _ in _planned_rows(protocol, 1, 1)] == ["case"]
    assert [p.id for p, _, _ in _planned_rows(protocol, 2, 1)] == ["case", "advice"]


def test_left_over_minutes_are_shared_between_cases() -> None:
    protocol = make_protocol(
        per_case=[phase("a", minutes=10), phase("b", minutes=10), phase("c", minutes=10)], cases=2
    )
    agenda = plan(protocol, 4, minutes=63)  # 3 minutes over 60: not all to case 1
    per_case = [sum(r.minutes for r in agenda.phases if r.case == c) for c in (1, 2)]
    assert sum(per_case) == 63 and abs(per_case[0] - per_case[1]) <= 1


def test_start_offsets_add_up() -> None:
    agenda = plan(sample(), 6, cases=2)
    starts = [row.start for row in agenda.phases]
    assert starts[0] == 0
    for before, row in zip(agenda.phases, agenda.phases[1:], strict=False):
        assert row.start == pytest.approx(before.start + before.minutes)
    last = agenda.phases[-1]
    assert last.start + last.minutes == pytest.approx(agenda.total)


@pytest.mark.parametrize("target", [19, 20, 25, 30, 37, 37.5, 45, 60, 73.5, 74])
def test_a_feasible_target_is_met_exactly_within_bounds(target: float) -> None:
    base = plan(sample(), 6)
    agenda = plan(sample(), 6, minutes=target)
    assert agenda.total == pytest.approx(target)
    assert agenda.shortfall == pytest.approx(0)
    assert agenda.surplus == pytest.approx(0)
    for row, planned in zip(agenda.phases, base.phases, strict=True):
        assert row.min_minutes - 1e-9 <= row.minutes <= row.max_minutes + 1e-9
        if target < base.total:
            assert row.minutes <= planned.minutes + 1 + 1e-9
        else:
            assert row.minutes >= planned.minutes - 1 - 1e-9


def test_fitted_phases_keep_whole_minutes_where_they_can() -> None:
    agenda = plan(sample(), 6, minutes=45)
    assert all(row.minutes == int(row.minutes) for row in agenda.phases)
    assert sum(minutes_of(agenda)) == 45


def test_a_shorter_session_scales_every_flexible_phase_down() -> None:
    base = plan(sample(), 6)
    fitted = plan(sample(), 6, minutes=base.total / 2 + 2)
    assert all(
        row.minutes < planned.minutes
        for row, planned in zip(fitted.phases, base.phases, strict=True)
    )
    assert fitted.base_total == base.total


def test_default_bounds_are_half_and_double_the_planned_time() -> None:
    rows = plan(sample(), 6).phases
    assert [(row.min_minutes, row.max_minutes) for row in rows] == [
        (3, 12), (2.5, 10), (5, 20), (5, 20), (3, 12)
    ]  # fmt: skip


def test_explicit_bounds_win_over_the_defaults() -> None:
    protocol = make_protocol(per_case=[phase("case", minutes=10, min_minutes=8, max_minutes=11)])
    row = plan(protocol, 4).phases[0]
    assert (row.min_minutes, row.max_minutes) == (8, 11)
    assert minutes_of(plan(protocol, 4, minutes=100)) == [11]
    assert minutes_of(plan(protocol, 4, minutes=1)) == [8]


def test_too_little_time_reports_the_shortfall_with_every_phase_at_its_minimum() -> None:
    agenda = plan(sample(), 6, minutes=10)
    minimum = sum(row.min_minutes for row in agenda.phases)
    assert minimum == 18.5
    assert agenda.total == pytest.approx(minimum)
    assert agenda.shortfall == pytest.approx(minimum - 10)
    assert agenda.surplus == 0
    assert all(row.at_minimum for row in agenda.phases)


def test_too_much_time_reports_the_surplus_with_every_phase_at_its_maximum() -> None:
    agenda = plan(sample(), 6, minutes=200)
    maximum = sum(row.max_minutes for row in agenda.phases)
    assert maximum == 74
    assert agenda.total == pytest.approx(maximum)
    assert agenda.surplus == pytest.approx(200 - maximum)
    assert agenda.shortfall == 0
    assert not any(row.at_minimum for row in agenda.phases)


def test_a_fixed_half_minute_does_not_lose_the_target() -> None:
    protocol = make_protocol(
        per_case=[
            phase("fixed", minutes=7.5, min_minutes=7.5, max_minutes=7.5),
            phase("flexible", minutes=3),
        ]
    )
    for target in (10, 11, 12, 13):
        agenda = plan(protocol, 4, minutes=target)
        assert agenda.total == pytest.approx(target)
        assert agenda.phases[0].minutes == 7.5


def test_without_a_target_nothing_is_over_or_under() -> None:
    agenda = plan(sample(), 6)
    assert agenda.target is None
    assert (agenda.shortfall, agenda.surplus) == (0, 0)


@pytest.mark.parametrize(
    ("kwargs", "key"),
    [
        ({"members": 0}, "plan.bad_members"),
        ({"members": -2}, "plan.bad_members"),
        ({"members": 4, "cases": -1}, "plan.bad_cases"),
        ({"members": 4, "minutes": 0}, "plan.bad_minutes"),
        ({"members": 4, "minutes": -30}, "plan.bad_minutes"),
    ],
)
def test_bad_input_is_a_usage_error(kwargs: dict[str, Any], key: str) -> None:
    with pytest.raises(UsageError) as caught:
        plan(sample(), **kwargs)
    assert caught.value.key == key
    assert caught.value.exit_code == 2
    assert str(caught.value)


def test_no_cases_without_opening_or_closing_is_refused() -> None:
    with pytest.raises(UsageError) as caught:
        plan(make_protocol(per_case=[phase("case")]), 4, cases=0)
    assert caught.value.key == "plan.bad_cases"


PATTERNS = [p.value for p in Pattern]


@st.composite
def phases(draw: st.DrawFn) -> list[dict[str, Any]]:
    count = draw(st.integers(1, 6))
    out = []
    for index in range(count):
        pattern = draw(st.sampled_from(PATTERNS))
        if draw(st.booleans()):
            timing: dict[str, Any] = {
                "minutes_per_member": draw(st.sampled_from([0.5, 1, 1.5, 2, 3]))
            }
        else:
            minutes = draw(st.sampled_from([1, 2.5, 5, 7.5, 10, 15, 20]))
            timing = {"minutes": minutes}
            if draw(st.booleans()):
                timing["min_minutes"] = minutes
        out.append(phase(f"p{index}", pattern, **timing))
    return out


@settings(
    max_examples=150,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    per_case=phases(),
    members=st.integers(2, 12),
    cases=st.integers(1, 3),
    share=st.floats(0, 1),
)
def test_any_feasible_target_is_met_within_the_bounds(
    per_case: list[dict[str, Any]], members: int, cases: int, share: float
) -> None:
    protocol = make_protocol(per_case=per_case)
    base = plan(protocol, members, cases=cases)
    low = sum(row.min_minutes for row in base.phases)
    high = sum(row.max_minutes for row in base.phases)
    target = math.ceil(low) + share * (math.floor(high) - math.ceil(low))
    if target <= 0:
        target = low
    agenda = plan(protocol, members, cases=cases, minutes=target)
    assert agenda.total == pytest.approx(target, abs=1e-6)
    for row in agenda.phases:
        assert row.min_minutes - 1e-9 <= row.minutes <= row.max_minutes + 1e-9
