"""The attendance report for registers, as a model: the group's history in a period, judged by a profile.

Pure: the summaries of the history (``store/index.py``), the group file and the choices of the command
in; a :class:`AttendanceReport` out, which ``render/attendance.py`` formats as md, csv, html or pdf.
Every number comes from the summaries (net minutes are the figures' ``actual``: the time the phases
ran, pauses left out, the same number the minutes show), none is computed twice.

The topic of a meeting is whose case it was ("casus van Anna", beside the method), never
the case title: a title is typed free text and may name a client, and a register's list travels
outside the group. The method and the case owner are facts the group already shares.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from intervision.errors import UsageError
from intervision.group.groupfile import GroupFile
from intervision.group.history import History, attendees, key, owners
from intervision.group.registers import (
    Meeting,
    MemberTotal,
    RegisterProfile,
    Verdict,
    judge,
    profiles,
    totals,
)
from intervision.i18n import t
from intervision.store.index import Summary


@dataclass(frozen=True)
class LearningPoint:
    day: date
    session: str
    text: str


@dataclass(frozen=True)
class AttendanceReport:
    """What the report shows; ``member`` set: one member's personal sheet."""

    group: str
    lang: str
    first: date | None  # the period asked (--from / --to), None: open
    last: date | None
    profile: RegisterProfile | None
    members: tuple[str, ...]  # the people in the per-member part, roster order first
    verdicts: tuple[Verdict, ...]  # one per meeting, oldest first
    totals: tuple[MemberTotal, ...]
    member: str | None = None
    learning: tuple[LearningPoint, ...] | None = None  # None: not asked
    made: date | None = None  # the day the report was made, printed at its foot

    @property
    def meetings(self) -> tuple[Meeting, ...]:
        return tuple(v.meeting for v in self.verdicts)

    @property
    def not_counting(self) -> tuple[Verdict, ...]:
        return tuple(v for v in self.verdicts if not v.counts)


def _moment(wall: str) -> datetime:
    return datetime.fromisoformat(wall.replace("Z", "+00:00"))


def meeting_of(summary: Summary, lang: str) -> Meeting:
    """One summary as a register sees it: present without guests, the end as journaled."""
    start = _moment(summary.started)
    end = _moment(summary.ended_wall or summary.last_wall or summary.started)
    cases = owners(summary)
    topic = t("report.topic", lang=lang, owners=", ".join(cases)) if cases else ""
    return Meeting(
        session=summary.id,
        start=start,
        end=end,
        net_minutes=round(summary.net_seconds / 60),  # once: the report shows and judges this
        facilitator=summary.facilitator or None,
        present=tuple(attendees(summary)),
        absent=tuple(summary.absent),
        method=summary.title,
        topic=topic,
        guests=tuple(summary.guests),
    )


def choose_profile(name: str | None, group: GroupFile | None) -> RegisterProfile | None:
    """The profile named with --profile (built-in or the group's own); a wrong name suggests one."""
    if name is None:
        return None
    known = profiles(group.registers if group else ())
    wanted = name.strip().casefold()
    if wanted in known:
        return known[wanted]
    close = difflib.get_close_matches(wanted, list(known), n=1, cutoff=0.5)
    if close:
        raise UsageError("report.unknown_profile_hint", name=name, suggestion=close[0])
    raise UsageError("report.unknown_profile", name=name, known=", ".join(sorted(known)))


def _people(group: GroupFile | None, meetings: Sequence[Meeting]) -> list[str]:
    """The roster (members who were expected in the period or came), then anyone else who came."""
    seen = {key(name) for m in meetings for name in m.present}
    out: list[str] = []
    if group is not None:
        days = [m.day for m in meetings]
        for member in group.members:
            if key(member.name) in seen or any(member.active_on(d) for d in days):
                out.append(member.name)
    known = {key(n) for n in out}
    for meeting in meetings:
        for name in meeting.present:
            if key(name) not in known:
                known.add(key(name))
                out.append(name)
    return out


def choose_member(name: str, people: Sequence[str]) -> str:
    """The member named with --member, as the roster writes the name; a wrong name suggests one."""
    table = {key(p): p for p in people}
    if key(name) in table:
        return table[key(name)]
    close = difflib.get_close_matches(key(name), list(table), n=1, cutoff=0.6)
    if close:
        raise UsageError("report.unknown_member_hint", name=name, suggestion=table[close[0]])
    raise UsageError("report.unknown_member", name=name, known=", ".join(people) or "-")


def learning_from(sessions_dir: Path) -> Callable[[str], list[tuple[str, str]]]:
    """A session's learning points (speaker, text), read from its journal when a sheet asks."""

    def read(folder: str) -> list[tuple[str, str]]:
        from intervision.store import recording

        state = recording.read(sessions_dir / folder).state
        return [
            (n.speaker or "", n.text)
            for n in state.notes
            if n.kind == "learning-point" and not n.removed
        ]

    return read


def build(
    history: History,
    *,
    group: GroupFile | None,
    group_name: str,
    lang: str,
    first: date | None = None,
    last: date | None = None,
    profile: RegisterProfile | None = None,
    member: str | None = None,
    learning_of: Callable[[str], list[tuple[str, str]]] | None = None,
    made: date | None = None,
) -> AttendanceReport:
    """The report of the sessions in the period (a session that was stopped before its end still
    counts its net minutes; a rehearsal never counts: the history leaves those out).

    ``learning_of`` (with ``member``): a session's learning points as (speaker, text), read from its
    journal only for this personal sheet, so the index stays small.
    """
    if first is not None and last is not None and last < first:
        raise UsageError("report.period_reversed", first=first.isoformat(), last=last.isoformat())
    chosen = [
        s
        for s in history.sessions
        if (first is None or s.date >= first.isoformat())
        and (last is None or s.date <= last.isoformat())
    ]
    meetings = [meeting_of(s, lang) for s in chosen]
    people = _people(group, meetings)
    who = choose_member(member, people) if member is not None else None
    if who is not None:
        people = [who]
        mine = [i for i, m in enumerate(meetings) if key(who) in {key(p) for p in m.present}]
        chosen = [chosen[i] for i in mine]
        meetings = [meetings[i] for i in mine]
    verdicts = [judge(m, profile) for m in meetings]
    points = None
    if learning_of is not None and who is not None:
        names = {key(who)}  # and their former names: a journal keeps the name of its day
        for one in group.members if group else ():
            if key(one.name) == key(who):
                names.update(key(old) for old in one.formerly)
        points = tuple(
            LearningPoint(_moment(s.started).date(), s.id, text)
            for s in chosen
            for speaker, text in learning_of(s.id)
            if key(speaker) in names
        )
    return AttendanceReport(
        group=group_name,
        lang=lang,
        first=first,
        last=last,
        profile=profile,
        members=tuple(people),
        verdicts=tuple(verdicts),
        totals=tuple(totals(verdicts, people, profile)),
        member=who,
        learning=points,
        made=made,
    )
