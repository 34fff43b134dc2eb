"""The attendance report's words and rows, in the report's language: what every format shows.

Built once from the report's numbers, so md, csv, html and pdf (``render/attendance.py``) show the
same cells; nothing here computes a figure, it only says them (hours with a decimal comma in Dutch).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from intervision.group.register_report import AttendanceReport
from intervision.group.registers import BUILTIN, Meeting, MemberTotal, RegisterProfile, Verdict
from intervision.i18n import t


def hours(value: float, lang: str) -> str:
    """Hours with at most two decimals, a decimal comma in Dutch: ``12,5``, ``1,83``, ``15``."""
    text = f"{round(value, 2):.2f}".rstrip("0").rstrip(".")
    return text.replace(".", ",") if lang == "nl" else text


@dataclass(frozen=True)
class Rows:
    """The report's words in its language, and each meeting's cells, worked out once."""

    report: AttendanceReport

    def t(self, key: str, **fields: object) -> str:
        return t(key, lang=self.report.lang, **fields)

    def names(self, names: Sequence[str]) -> str:
        return ", ".join(names) if names else self.t("report.none")

    def title(self) -> str:
        r = self.report
        if r.member is not None:
            return self.t("report.title_member", member=r.member, group=r.group)
        return self.t("report.title", group=r.group)

    def period(self) -> str:
        first, last = self.report.first, self.report.last
        if first and last:
            return self.t("report.period_both", first=first.isoformat(), last=last.isoformat())
        if first:
            return self.t("report.period_from", first=first.isoformat())
        if last:
            return self.t("report.period_to", last=last.isoformat())
        return self.t("report.period_open")

    def facts(self) -> list[tuple[str, str]]:
        out = [(self.t("report.period"), self.period())]
        profile = self.report.profile
        if profile is not None:
            out.append(
                (
                    self.t("report.register"),
                    self.t(
                        "report.register_source",
                        title=profile.title,
                        source=source(profile, self.report.lang),
                        checked=profile.checked,
                    ),
                )
            )
            out.append((self.t("report.rules"), "; ".join(self.rules(profile))))
        return out

    def rules(self, profile: RegisterProfile) -> list[str]:
        return rules(profile, self.report.lang)

    def meeting_header(self) -> list[str]:
        keys = [
            "date",
            "start",
            "end",
            "net",
            "facilitator",
            "present",
            "absent",
            "method",
            "topic",
        ]
        head = [self.t(f"report.col.{k}") for k in keys]
        if self.report.profile is not None:
            head.append(self.t("report.col.counts"))
        return head

    def meeting_row(self, verdict: Verdict) -> list[str]:
        m = verdict.meeting
        row = [
            m.day.isoformat(),
            m.start.strftime("%H:%M"),
            m.end.strftime("%H:%M"),
            str(m.net_minutes),
            m.facilitator or "",
            self.present(m),
            ", ".join(m.absent),
            m.method,
            m.topic,
        ]
        if self.report.profile is not None:
            row.append(self.t("report.yes") if verdict.counts else self.t("report.no"))
        return row

    def present(self, meeting: Meeting) -> str:
        """The members present, then any guests: 'Anna, Bram; gast: Eva'."""
        text = self.names(meeting.present)
        if meeting.guests:
            text += "; " + self.t("report.guests", names=", ".join(meeting.guests))
        return text

    def why(self, verdict: Verdict) -> str:
        return "; ".join(t(k, lang=self.report.lang, **f) for k, f in verdict.reasons)

    def warnings(self) -> list[str]:
        profile = self.report.profile
        if profile is None:
            return []
        return [
            self.t(
                "report.warning",
                day=v.meeting.day.isoformat(),
                session=v.meeting.session,
                profile=profile.title,
                why=self.why(v),
            )
            for v in self.report.not_counting
        ]

    def member_header(self) -> list[str]:
        keys = ["name", "attended"]
        if self.report.profile is not None:
            keys.append("counted")
        keys.append("hours")
        return [self.t(f"report.col.{k}") for k in keys]

    def member_row(self, total: MemberTotal) -> list[str]:
        row = [total.name, str(total.meetings)]
        if self.report.profile is not None:
            row.append(str(total.counted))
        row.append(hours(total.hours, self.report.lang))
        return row

    def year_header(self) -> list[str]:
        profile = self.report.profile
        keys = ["name", "year", "counted", "hours"]
        if profile is not None and profile.carry_over_hours is not None:
            keys.append("carried")
        if profile is not None and profile.hours_per_year is not None:
            keys += ["need", "short"]
        if profile is not None and profile.meetings_per_year is not None:
            keys.append("short_meetings")
        return [self.t(f"report.col.{k}") for k in keys]

    def year_rows(self) -> list[list[str]]:
        profile, lang = self.report.profile, self.report.lang
        rows = []
        for total in self.report.totals:
            for year in total.years:
                row = [total.name, str(year.year), str(year.meetings), hours(year.hours, lang)]
                if profile is not None and profile.carry_over_hours is not None:
                    row.append(hours(year.carried_in, lang))
                if profile is not None and profile.hours_per_year is not None:
                    row += [hours(profile.hours_per_year, lang), hours(year.short_hours, lang)]
                if profile is not None and profile.meetings_per_year is not None:
                    row.append(str(year.short_meetings))
                rows.append(row)
        return rows

    def per_year_shown(self) -> bool:
        profile = self.report.profile
        return profile is not None and (
            profile.hours_per_year is not None or profile.meetings_per_year is not None
        )

    def five_years(self) -> list[str]:
        profile, lang = self.report.profile, self.report.lang
        if profile is None or profile.hours_per_five_years is None:
            return []
        out = []
        for total in self.report.totals:
            fields = {
                "name": total.name,
                "hours": hours(total.hours, lang),
                "need": hours(profile.hours_per_five_years, lang),
                "short": hours(total.short_five_years, lang),
            }
            key = "report.five_years" if total.short_five_years > 0 else "report.five_years_met"
            out.append(self.t(key, **fields))
        return out

    def signers(self, meeting: Meeting) -> list[tuple[str, str]]:
        """Who signs for a meeting: the members present, the guests, then the facilitator if not
        among them."""
        out = [(name, self.t("report.status.present")) for name in meeting.present]
        out += [(name, self.t("report.status.guest")) for name in meeting.guests]
        if meeting.facilitator and meeting.facilitator not in meeting.present:
            out.append((meeting.facilitator, self.t("report.status.facilitator")))
        return out

    def meeting_heading(self, meeting: Meeting) -> str:
        return (
            f"{meeting.day.isoformat()} {meeting.start.strftime('%H:%M')}–"
            f"{meeting.end.strftime('%H:%M')} · {meeting.method}"
        )

    def personal_header(self) -> list[str]:
        return [
            self.t("report.col.date"),
            self.t("report.col.start"),
            self.t("report.col.end"),
            self.t("report.col.initials"),
            self.t("report.col.initials_facilitator"),
        ]

    def personal_rows(self) -> list[list[str]]:
        return [
            [m.day.isoformat(), m.start.strftime("%H:%M"), m.end.strftime("%H:%M"), "", ""]
            for m in self.report.meetings
        ]

    def made(self) -> list[str]:
        made = self.report.made
        return [self.t("report.made", day=made.isoformat())] if made else []


def source(profile: RegisterProfile, lang: str) -> str:
    """Where the rules come from, in the report's language for a built-in profile."""
    return t("report.source_builtin", lang=lang) if profile in BUILTIN else profile.source


def rules(profile: RegisterProfile, lang: str) -> list[str]:
    """A profile's rules in words, for the report's head and ``intervision report profiles``."""
    out = []
    for name in (
        "min_members",
        "max_members",
        "min_minutes",
        "max_hours_per_day",
        "hours_per_year",
        "meetings_per_year",
        "hours_per_five_years",
        "carry_over_hours",
    ):
        value = getattr(profile, name)
        if value is not None:
            shown = hours(value, lang) if isinstance(value, float) else value
            out.append(t(f"report.rule.{name}", lang=lang, n=shown))
    proof = t(f"report.proof.{profile.id}", lang=lang) if profile in BUILTIN else profile.proof
    if proof:
        out.append(t("report.rule.proof", lang=lang, proof=proof))
    return out or [t("report.rule.none", lang=lang)]
