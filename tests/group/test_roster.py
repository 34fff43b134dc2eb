"""The roster rules: who is expected on a date, absentees, guests, renames, leaving."""

from __future__ import annotations

from datetime import date

import pytest

from intervision.errors import UsageError
from intervision.group.groupfile import GroupFile
from intervision.group.roster import Absence, Attendance, Roster


def roster() -> Roster:
    return Roster.of(
        GroupFile.model_validate(
            {
                "name": "Noord",
                "members": [
                    "Anna",
                    {"name": "Bram", "joined": "2026-03-01"},
                    {"name": "Cees", "left": "2026-06-01", "formerly": ["Kees"]},
                    "Dirk",
                ],
            }
        )
    )


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2026, 2, 28), ["Anna", "Cees", "Dirk"]),  # Bram not yet
        (date(2026, 3, 1), ["Anna", "Bram", "Cees", "Dirk"]),  # joined counts from that day
        (date(2026, 5, 31), ["Anna", "Bram", "Cees", "Dirk"]),
        (date(2026, 6, 1), ["Anna", "Bram", "Dirk"]),  # left: no longer expected that day
    ],
)
def test_expected_on_a_date(day: date, expected: list[str]) -> None:
    assert [m.name for m in roster().expected_on(day)] == expected


def test_a_former_name_finds_the_member_in_any_case() -> None:
    r = roster()
    assert r.canonical("kees") == "Cees"
    assert r.canonical(" CEES ") == "Cees"
    assert r.canonical("Fenna") is None


def test_attendance_everyone_expected_but_the_absent_plus_guests() -> None:
    seen = roster().attendance(
        date(2026, 4, 1), [Absence("bram", " ziek "), Absence("Kees")], ["Eva"]
    )
    assert seen == Attendance(
        present=("Anna", "Dirk"),
        absent=(Absence("Bram", "ziek"), Absence("Cees", None)),
        guests=("Eva",),
    )
    assert seen.taking_part == ["Anna", "Dirk", "Eva"]


@pytest.mark.parametrize(
    ("absent", "guests", "key"),
    [
        ([Absence("Fenna")], [], "group.not_expected"),
        ([Absence("Cees")], [], "group.not_expected"),  # left before 2026-07-01
        ([Absence("Anna"), Absence("anna")], [], "group.named_twice"),
        ([], ["Kees"], "group.guest_is_member"),
        ([], ["Eva", "eva"], "group.named_twice"),
    ],
)
def test_attendance_refusals(absent: list[Absence], guests: list[str], key: str) -> None:
    with pytest.raises(UsageError) as caught:
        roster().attendance(date(2026, 7, 1), absent, guests)
    assert caught.value.key == key


def test_rename_keeps_the_old_name_as_former() -> None:
    renamed = roster().rename("anna", "Anne")
    member = renamed.find("Anna")
    assert member is not None and member.name == "Anne" and member.formerly == ["Anna"]
    assert renamed.canonical("anna") == "Anne"
    # Renaming back takes the name out of 'formerly' again and keeps the other one.
    back = renamed.rename("Anne", "Anna").find("Anna")
    assert back is not None and back.formerly == ["Anne"]


def test_a_change_of_case_only_is_no_former_name() -> None:
    member = roster().rename("Dirk", "DIRK").find("dirk")
    assert member is not None and member.name == "DIRK" and member.formerly == []


@pytest.mark.parametrize(
    ("old", "new", "key"),
    [
        ("Anna", "Kees", "group.name_taken"),
        ("Anna", "Anna", "group.same_name"),
        ("Fenna", "Fen", "group.unknown_member"),
        ("Anna", "Anna: x", "group.bad_name"),
    ],
)
def test_rename_refusals(old: str, new: str, key: str) -> None:
    with pytest.raises(UsageError) as caught:
        roster().rename(old, new)
    assert caught.value.key == key


def test_leave_and_add() -> None:
    r = roster().leave("Dirk", date(2026, 9, 1)).add("Eva", date(2026, 9, 1))
    assert [m.name for m in r.expected_on(date(2026, 9, 1))] == ["Anna", "Bram", "Eva"]
    assert r.canonical("Dirk") == "Dirk"  # history kept
    with pytest.raises(UsageError) as caught:
        r.leave("Dirk", date(2026, 10, 1))
    assert caught.value.key == "group.already_left"
    with pytest.raises(UsageError) as caught:
        r.add("dirk")
    assert caught.value.key == "group.add_left"
    with pytest.raises(UsageError) as caught:
        r.add("EVA")
    assert caught.value.key == "group.already_member"
    with pytest.raises(UsageError) as caught:
        r.leave("Bram", date(2026, 2, 1))
    assert caught.value.key == "group.leave_before_join"
