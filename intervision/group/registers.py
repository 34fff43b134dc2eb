"""Register profiles: what a professional register accepts as proof of intervision, and what counts.

Many members must show their intervision hours to a register (SKJ, VIT, NIP, …). Each register has its
own rules — members per meeting, the shortest meeting that counts, hours per year or per five years,
carry-over — and they change, so every built-in profile names its source and the day it was checked, and
a group can define its own in the group file (``registers:``). The facts behind the built-in ones are in
the team's reference notes (``shared/reference/registers.md``).

Pure: meetings in, a verdict per meeting and totals per member out. Only time in the meeting counts (net
minutes, pauses left out), never preparation or writing up.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from intervision.group.history import key
from intervision.protocol.model import SLUG

Hours = Annotated[float, Field(gt=0, le=10_000)]
Count = Annotated[int, Field(ge=1, le=200)]

CHECKED = "2026-12-01"
REFERENCE = (
    "the registers' public pages"  # noted in shared/reference/registers.md; shown via the catalog
)


class RegisterProfile(BaseModel):
    """The rules of one register. Every limit is optional: a register that sets none just lists hours."""

    model_config = ConfigDict(strict=True, extra="forbid", frozen=True, hide_input_in_errors=True)

    id: Annotated[str, Field(pattern=SLUG, max_length=60)] = Field(
        description="Short name used with --profile, e.g. vit."
    )
    title: Annotated[str, Field(min_length=1, max_length=120)] = Field(
        description="The register's name as members know it."
    )
    source: Annotated[str, Field(min_length=1, max_length=300)] = Field(
        description="Where the rules come from (a web page or a document)."
    )
    checked: Annotated[str, Field(pattern=r"^\d{4}-\d{2}-\d{2}$")] = Field(
        description="The day the rules were last checked against the source (2026-12-01)."
    )
    min_members: Count | None = Field(
        default=None, description="The fewest people present for a meeting to count."
    )
    max_members: Count | None = Field(
        default=None, description="The most people present for a meeting to count."
    )
    min_minutes: Annotated[int, Field(ge=1, le=1440)] | None = Field(
        default=None, description="The shortest meeting that counts, in net minutes."
    )
    max_hours_per_day: Hours | None = Field(
        default=None, description="At most this many hours count on one day."
    )
    hours_per_year: Hours | None = Field(
        default=None, description="Hours needed per calendar year."
    )
    meetings_per_year: Count | None = Field(
        default=None, description="Meetings needed per calendar year."
    )
    hours_per_five_years: Hours | None = Field(
        default=None, description="Hours needed per five years."
    )
    carry_over_hours: Hours | None = Field(
        default=None, description="Surplus hours of one year that count for the next, at most."
    )
    proof: Annotated[str, Field(max_length=300)] = Field(
        default="", description="What the register asks as proof, in one line."
    )


def _builtin(**fields: object) -> RegisterProfile:
    return RegisterProfile.model_validate(
        {"source": REFERENCE, "checked": CHECKED, **fields}, strict=False
    )


BUILTIN: tuple[RegisterProfile, ...] = (
    _builtin(
        id="vit",
        title="VIT (therapeuten)",
        min_members=4,
        hours_per_year=15,
        carry_over_hours=5,
        proof="a form per meeting: date, names and the initials of every participant",
    ),
    _builtin(
        id="skj",
        title="SKJ (Stichting Kwaliteitsregister Jeugd)",
        min_minutes=60,
        hours_per_five_years=60,
        proof="a reflection statement signed by a registered supervisor, or a reflection per series",
    ),
    _builtin(
        id="register-vaktherapie",
        title="Register Vaktherapie",
        min_members=3,
        max_members=8,
        min_minutes=60,
        proof="an entry in the online register; 1 hour is 1 point",
    ),
    _builtin(
        id="schematherapie",
        title="Vereniging voor Schematherapie",
        meetings_per_year=8,
        hours_per_year=12,
        proof="an attendance list with initials per meeting; tick marks are rejected",
    ),
    _builtin(
        id="nip-neurofeedback",
        title="NIP, neurofeedbackpsycholoog",
        min_members=2,
        max_members=8,
        min_minutes=90,
        meetings_per_year=4,
        proof="at least 20 hours (the rules name no period); 3-5 pages: meeting dates, "
        "co-participants, a short summary of topics and goals",
    ),
    _builtin(
        id="fgzpt",
        title="FGzPt / CRT",
        hours_per_five_years=50,
        proof="a form per meeting: a joint part and a personal part per member",
    ),
    _builtin(
        id="nip-arbeid",
        title="NIP, arbeids- en gezondheidspsycholoog",
        hours_per_five_years=40,
        proof="a report of the meetings attended",
    ),
    _builtin(
        id="nvo",
        title="NVO (orthopedagogen)",
        hours_per_five_years=40,
        proof="a digital file (PE-online); intervision and supervision together",
    ),
    _builtin(
        id="nrgd",
        title="NRGD (gerechtelijk deskundigen)",
        proof="attendance lists with date, start and end time, names and signatures",
    ),
    _builtin(
        id="nhg",
        title="NHG / KNMG (huisartsen)",
        min_members=3,
        meetings_per_year=2,
        hours_per_five_years=10,
        proof="a year plan; a report and the attendance list after every meeting",
    ),
    _builtin(
        id="kngf",
        title="KNGF (fysiotherapeuten)",
        min_members=5,
        max_members=8,
        min_minutes=120,
        meetings_per_year=3,
        proof="a SMART development plan after each meeting",
    ),
    _builtin(
        id="nwp",
        title="NWP",
        min_members=4,
        meetings_per_year=3,
        proof="a signed attendance list",
    ),
    _builtin(
        id="mfn",
        title="MfN (mediators)",
        min_members=5,
        min_minutes=120,
        meetings_per_year=3,
        proof="proof of participation",
    ),
    _builtin(
        id="nova",
        title="NOvA (advocaten)",
        min_members=3,
        max_hours_per_day=4,
        proof="proof of participation; every participant brings in a dilemma",
    ),
)


def profiles(own: Iterable[RegisterProfile] = ()) -> dict[str, RegisterProfile]:
    """Built-in profiles, with the group's own added (an own profile with a built-in id replaces it)."""
    found = {profile.id: profile for profile in BUILTIN}
    found.update((profile.id, profile) for profile in own)
    return found


@dataclass(frozen=True)
class Meeting:
    """One stored session as a register sees it."""

    session: str
    start: datetime
    end: datetime
    net_minutes: int  # whole minutes, rounded once when built: what is shown is what is judged
    facilitator: str | None
    present: tuple[str, ...]
    absent: tuple[str, ...] = ()
    method: str = ""
    topic: str = ""
    guests: tuple[str, ...] = ()  # there too, but not members: they sign, and count for no rule

    @property
    def day(self) -> date:
        return self.start.date()


@dataclass(frozen=True)
class Verdict:
    """Whether a meeting counts for a profile; ``reasons`` are catalog keys with their fields."""

    meeting: Meeting
    reasons: tuple[tuple[str, dict[str, object]], ...] = ()

    @property
    def counts(self) -> bool:
        return not self.reasons


def judge(meeting: Meeting, profile: RegisterProfile | None) -> Verdict:
    if profile is None:
        return Verdict(meeting)
    reasons: list[tuple[str, dict[str, object]]] = []
    people = len(meeting.present)
    if profile.min_members is not None and people < profile.min_members:
        reasons.append(("report.why.too_few", {"n": people, "min": profile.min_members}))
    if profile.max_members is not None and people > profile.max_members:
        reasons.append(("report.why.too_many", {"n": people, "max": profile.max_members}))
    if profile.min_minutes is not None and meeting.net_minutes < profile.min_minutes:
        reasons.append(
            (
                "report.why.too_short",
                {"minutes": meeting.net_minutes, "min": profile.min_minutes},
            )
        )
    return Verdict(meeting, tuple(reasons))


@dataclass(frozen=True)
class YearTotal:
    year: int
    meetings: int
    hours: float
    carried_in: float = 0.0
    short_hours: float = 0.0  # what is missing for hours_per_year, after carry-over
    short_meetings: int = 0


@dataclass
class MemberTotal:
    """What one member can show: meetings attended and hours that count, per year and in all."""

    name: str
    meetings: int = 0
    counted: int = 0
    hours: float = 0.0
    years: list[YearTotal] = field(default_factory=list)
    short_five_years: float = 0.0


def totals(
    verdicts: Sequence[Verdict], members: Sequence[str], profile: RegisterProfile | None
) -> list[MemberTotal]:
    """Per member, in roster order: meetings attended, those that count, and hours that count."""
    out = []
    for name in members:
        total = MemberTotal(name)
        per_year: dict[int, tuple[int, float]] = {}
        per_day: dict[date, float] = {}
        for verdict in verdicts:
            meeting = verdict.meeting
            if key(name) not in {key(p) for p in meeting.present}:
                continue
            total.meetings += 1
            if not verdict.counts:
                continue
            total.counted += 1
            hours = meeting.net_minutes / 60
            if profile is not None and profile.max_hours_per_day is not None:
                room = profile.max_hours_per_day - per_day.get(meeting.day, 0.0)
                hours = max(0.0, min(hours, room))
            per_day[meeting.day] = per_day.get(meeting.day, 0.0) + hours
            total.hours += hours
            count, sum_hours = per_year.get(meeting.day.year, (0, 0.0))
            per_year[meeting.day.year] = (count + 1, sum_hours + hours)
        total.years = _years(per_year, profile)
        if profile is not None and profile.hours_per_five_years is not None:
            total.short_five_years = max(0.0, profile.hours_per_five_years - total.hours)
        out.append(total)
    return out


def _years(
    per_year: dict[int, tuple[int, float]], profile: RegisterProfile | None
) -> list[YearTotal]:
    if not per_year:
        return []
    years = []
    carried = 0.0
    for year in range(min(per_year), max(per_year) + 1):
        meetings, hours = per_year.get(year, (0, 0.0))
        need = profile.hours_per_year if profile else None
        short = max(0.0, need - hours - carried) if need is not None else 0.0
        need_meetings = profile.meetings_per_year if profile else None
        short_meetings = max(0, need_meetings - meetings) if need_meetings is not None else 0
        years.append(YearTotal(year, meetings, hours, carried, short, short_meetings))
        if need is not None and profile is not None and profile.carry_over_hours is not None:
            carried = min(profile.carry_over_hours, max(0.0, hours + carried - need))
        else:
            carried = 0.0
    return years
