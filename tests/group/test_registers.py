"""Register profiles: which meetings count and the hours each member can show, checked by hand."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from pydantic import ValidationError

from intervision.group.registers import (
    BUILTIN,
    Meeting,
    RegisterProfile,
    judge,
    profiles,
    totals,
)


def meeting(day: str, minutes: int, present: str, start: str = "13:30") -> Meeting:
    begin = datetime.fromisoformat(f"{day}T{start}")
    return Meeting(
        session=f"{day}-x",
        start=begin,
        end=begin + timedelta(minutes=minutes + 10),
        net_minutes=minutes,
        facilitator="Fenna",
        present=tuple(present.split(",")),
    )


def profile(**rules: object) -> RegisterProfile:
    return RegisterProfile.model_validate(
        {"id": "test", "title": "Test", "source": "here", "checked": "2026-12-01", **rules}
    )


def test_every_builtin_names_its_source_and_date() -> None:
    assert {p.id for p in BUILTIN} >= {"vit", "skj", "schematherapie", "nip-neurofeedback"}
    for p in BUILTIN:
        assert p.source and p.checked == "2026-12-01"


def test_a_groups_own_profile_replaces_a_builtin_with_its_id() -> None:
    own = profile(id="vit", min_members=5)
    assert profiles([own])["vit"].min_members == 5
    assert profiles()["vit"].min_members == 4


def test_a_profile_refuses_unknown_rules() -> None:
    with pytest.raises(ValidationError):
        profile(min_members=3, quorum=4)


def test_why_a_meeting_does_not_count() -> None:
    rules = profile(min_members=4, max_members=5, min_minutes=90)
    assert judge(meeting("2026-01-10", 120, "A,B,C,D"), rules).counts
    too_few = judge(meeting("2026-01-10", 120, "A,B,C"), rules)
    assert too_few.reasons == (("report.why.too_few", {"n": 3, "min": 4}),)
    both = judge(meeting("2026-01-10", 89, "A,B,C,D,E,F"), rules)
    assert [key for key, _ in both.reasons] == ["report.why.too_many", "report.why.too_short"]
    assert both.reasons[1][1] == {"minutes": 89, "min": 90}
    assert judge(meeting("2026-01-10", 10, "A"), None).counts


def test_hours_per_member_with_carry_over_by_hand() -> None:
    # VIT-like: 15 h a year, up to 5 h surplus carries over, at least 4 present.
    rules = profile(min_members=4, hours_per_year=15, carry_over_hours=5)
    series = [
        # 2025: Anna at 7 meetings of 3 h = 21 h (6 h surplus, 5 carry over); Bram at 4 = 12 h.
        *[meeting(f"2025-{m:02d}-05", 180, "Anna,Bram,Cees,Dirk") for m in (1, 2, 3, 4)],
        *[meeting(f"2025-{m:02d}-05", 180, "Anna,Cees,Dirk,Eva") for m in (5, 6, 7)],
        # does not count: three present
        meeting("2025-09-05", 180, "Anna,Bram,Cees"),
        # 2026: Anna at 4 meetings of 2.5 h = 10 h, plus 5 carried = 15: not short.
        *[meeting(f"2026-{m:02d}-05", 150, "Anna,Bram,Cees,Dirk") for m in (1, 2, 3, 4)],
    ]
    verdicts = [judge(m, rules) for m in series]
    anna, bram = totals(verdicts, ["Anna", "Bram"], rules)
    assert (anna.meetings, anna.counted, anna.hours) == (12, 11, 31.0)
    assert [(y.year, y.meetings, y.hours, y.carried_in, y.short_hours) for y in anna.years] == [
        (2025, 7, 21.0, 0.0, 0.0),
        (2026, 4, 10.0, 5.0, 0.0),
    ]
    assert (bram.meetings, bram.counted, bram.hours) == (9, 8, 22.0)
    assert [(y.year, y.hours, y.carried_in, y.short_hours) for y in bram.years] == [
        (2025, 12.0, 0.0, 3.0),
        (2026, 10.0, 0.0, 5.0),
    ]


def test_a_day_cap_and_a_five_year_need() -> None:
    rules = profile(max_hours_per_day=4, hours_per_five_years=10, meetings_per_year=3)
    series = [
        meeting("2026-02-01", 180, "Anna", start="09:00"),
        meeting("2026-02-01", 180, "Anna", start="14:00"),
    ]
    (anna,) = totals([judge(m, rules) for m in series], ["Anna"], rules)
    assert anna.hours == 4.0
    assert anna.short_five_years == 6.0
    assert anna.years[0].short_meetings == 1


def test_a_member_never_present_has_nothing() -> None:
    (cees,) = totals([judge(meeting("2026-01-01", 60, "Anna"), None)], ["Cees"], None)
    assert (cees.meetings, cees.hours, cees.years) == (0, 0.0, [])
