"""The attendance report's model for a recorded series: meetings, warnings and sums checked by hand."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from intervision.errors import UsageError
from intervision.group.groupfile import GroupFile
from intervision.group.load import load_group
from intervision.group.register_report import (
    AttendanceReport,
    build,
    choose_profile,
    learning_from,
)
from intervision.group.series import Series
from intervision.i18n import t
from tests.group.register_series import write_register_series


@pytest.fixture(scope="module")
def root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_register_series(tmp_path_factory.mktemp("reeks") / "groep")


@pytest.fixture(scope="module")
def group(root: Path) -> GroupFile:
    return load_group(root / "intervision-group.yaml")


def report(root: Path, group: GroupFile, **choices: object) -> AttendanceReport:
    series = Series(root / "sessions", group_file=root / "intervision-group.yaml")
    profile = choices.pop("profile", None)
    return build(
        series.history,
        group=group,
        group_name=group.name,
        lang="en",
        profile=choose_profile(profile, group) if isinstance(profile, str) else None,
        **choices,  # type: ignore[arg-type]
    )


def test_each_meeting_as_recorded(root: Path, group: GroupFile) -> None:
    r = report(root, group)
    rows = [
        (
            m.day.isoformat(),
            m.start.strftime("%H:%M"),
            m.end.strftime("%H:%M"),
            round(m.net_minutes),
        )
        for m in r.meetings
    ]
    assert rows == [
        ("2026-03-03", "19:00", "19:50", 50),
        ("2026-04-07", "19:00", "19:48", 48),
        ("2026-05-05", "19:00", "19:20", 20),
        ("2026-06-02", "19:00", "19:55", 55),
        ("2027-02-02", "19:00", "19:40", 40),
    ]
    second = r.meetings[1]
    assert second.present == ("Anna", "Bram", "Cor") and second.absent == ("Dirk",)
    assert second.facilitator == "Fenna"
    assert (second.method, second.topic) == ("Demo", "case of Bram")  # never a case title


def test_without_a_profile_every_meeting_counts(root: Path, group: GroupFile) -> None:
    r = report(root, group)
    assert not r.not_counting
    anna = r.totals[0]
    assert (anna.name, anna.meetings, anna.counted) == ("Anna", 5, 5)
    assert anna.hours == pytest.approx((50 + 48 + 20 + 55 + 40) / 60)
    dirk = r.totals[3]
    assert (dirk.meetings, dirk.hours) == (4, pytest.approx((50 + 20 + 55 + 40) / 60))


def test_the_groups_own_profile_warns_and_sums_per_year_with_carry_over(
    root: Path, group: GroupFile
) -> None:
    r = report(root, group, profile="eigen")
    assert [(v.meeting.day.isoformat(), v.reasons) for v in r.not_counting] == [
        ("2026-04-07", (("report.why.too_few", {"n": 3, "min": 4}),)),
        ("2026-05-05", (("report.why.too_short", {"minutes": 20, "min": 30}),)),
    ]
    anna = r.totals[0]
    assert (anna.meetings, anna.counted) == (5, 3)
    assert anna.hours == pytest.approx((50 + 55 + 40) / 60)
    y2026, y2027 = anna.years
    # 2026: 105 min = 1.75 h against 1 h: nothing short, 0.75 h surplus of which 0.5 carries over
    assert (y2026.year, y2026.meetings, y2026.hours) == (2026, 2, pytest.approx(1.75))
    assert (y2026.carried_in, y2026.short_hours, y2026.short_meetings) == (0, 0, 1)
    # 2027: 40 min = 0.67 h, plus the 0.5 carried in: 1.17 h, nothing short; 3 meetings needed
    assert (y2027.hours, y2027.carried_in) == (pytest.approx(40 / 60), pytest.approx(0.5))
    assert (y2027.short_hours, y2027.short_meetings) == (0, 2)
    # five years: 3 h needed, 145 min = 2.42 h
    assert anna.short_five_years == pytest.approx(3 - 145 / 60)


def test_without_carry_over_the_second_year_falls_short(root: Path, group: GroupFile) -> None:
    own = group.registers[0].model_copy(update={"carry_over_hours": None})
    series = Series(root / "sessions", group_file=root / "intervision-group.yaml")
    r = build(series.history, group=group, group_name="x", lang="en", profile=own)
    assert r.totals[0].years[1].short_hours == pytest.approx(1 - 40 / 60)


def test_a_period_keeps_its_meetings_only(root: Path, group: GroupFile) -> None:
    r = report(root, group, first=date(2026, 4, 7), last=date(2026, 6, 1))
    assert [m.day.isoformat() for m in r.meetings] == ["2026-04-07", "2026-05-05"]
    with pytest.raises(UsageError) as reversed_:
        report(root, group, first=date(2026, 6, 1), last=date(2026, 4, 7))
    assert reversed_.value.key == "report.period_reversed"


def test_a_personal_sheet_has_the_members_meetings_and_learning_points_when_asked(
    root: Path, group: GroupFile
) -> None:
    r = report(root, group, member="dirk", profile="eigen")
    assert r.member == "Dirk" and r.members == ("Dirk",)
    assert [m.day.isoformat() for m in r.meetings] == [
        "2026-03-03",
        "2026-05-05",
        "2026-06-02",
        "2027-02-02",
    ]
    assert r.learning is None
    assert [(t.name, t.counted) for t in r.totals] == [("Dirk", 3)]
    asked = report(root, group, member="Dirk", learning_of=learning_from(root / "sessions"))
    assert asked.learning is not None
    assert [(p.day.isoformat(), p.text) for p in asked.learning] == [
        ("2026-05-05", "first ask what the client wants")
    ]  # only Dirk's own


def test_unknown_profile_and_member_suggest_the_nearest(root: Path, group: GroupFile) -> None:
    with pytest.raises(UsageError) as profile:
        choose_profile("vitt", group)
    assert t(profile.value.key, lang="en", **profile.value.fields) == (
        "Unknown register profile 'vitt'; did you mean 'vit'?"
    )
    with pytest.raises(UsageError) as nothing_near:
        choose_profile("zzzzzz", group)
    assert "eigen" in t(nothing_near.value.key, lang="en", **nothing_near.value.fields)
    with pytest.raises(UsageError) as member:
        report(root, group, member="Anne")
    assert t(member.value.key, lang="nl", **member.value.fields) == (
        "'Anne' was er in deze periode niet bij; bedoel je 'Anna'?"
    )


def test_a_guest_is_listed_and_signs_but_counts_for_no_rule(tmp_path: Path) -> None:
    from intervision.group.history import History
    from intervision.group.registers import RegisterProfile
    from intervision.render.attendance import to_markdown
    from intervision.store.index import SessionIndex
    from tests.group.recorded import Plan, record

    sessions = tmp_path / "sessions"
    record(sessions, Plan("2026-03-03", ["Anna", "Bram", "Eva"], owner="Anna", guests=["Eva"]))
    history = History.of(SessionIndex(sessions).load())
    four = RegisterProfile.model_validate(
        {"id": "vier", "title": "Vier", "source": "s", "checked": "2026-12-01", "min_members": 3}
    )
    r = build(history, group=None, group_name="G", lang="nl", profile=four)
    (meeting,) = r.meetings
    assert (meeting.present, meeting.guests) == (("Anna", "Bram"), ("Eva",))
    assert r.verdicts[0].reasons == (("report.why.too_few", {"n": 2, "min": 3}),)
    assert r.members == ("Anna", "Bram")
    text = to_markdown(r)
    assert "| Anna, Bram; gast: Eva |" in text and "| Eva | gast | |" in text


def test_an_unfinished_session_ends_at_its_last_event_and_a_rehearsal_never_counts() -> None:
    from intervision.group.history import History
    from intervision.group.register_report import meeting_of
    from tests.group.helpers import summary

    stopped = summary("2026-03-03", ["Anna", "Bram"], owner="Anna", ended=False, net_seconds=4500.0)
    meeting = meeting_of(stopped, "en")
    assert (meeting.start.strftime("%H:%M"), meeting.end.strftime("%H:%M")) == ("14:00", "16:00")
    assert meeting.net_minutes == 75
    finished = summary(
        "2026-03-10", ["Anna"], ended_wall="2026-03-10T15:30:00+01:00", net_seconds=5400.0
    )
    assert meeting_of(finished, "en").end.strftime("%H:%M") == "15:30"
    rehearsal = summary("2026-03-17", ["Anna"], rehearsal=True)
    history = History.of([stopped, finished, rehearsal])
    r = build(history, group=None, group_name="G", lang="en")
    assert [m.session for m in r.meetings] == ["2026-03-03-demo", "2026-03-10-demo"]


def test_net_minutes_are_rounded_once_and_judged_as_shown() -> None:
    """The review's case: 89.6 net minutes show as 90 and so count against a 90-minute rule."""
    from intervision.group.register_report import meeting_of
    from intervision.group.registers import RegisterProfile, judge
    from tests.group.helpers import summary

    found = meeting_of(summary("2026-03-03", ["A", "B", "C", "D"], net_seconds=89.6 * 60), "nl")
    assert found.net_minutes == 90
    rules = RegisterProfile.model_validate(
        {"id": "t", "title": "T", "source": "hier", "checked": "2026-12-01", "min_minutes": 90}
    )
    assert judge(found, rules).counts
    short = meeting_of(summary("2026-03-03", ["A", "B", "C", "D"], net_seconds=89.4 * 60), "nl")
    assert judge(short, rules).reasons == (("report.why.too_short", {"minutes": 89, "min": 90}),)
