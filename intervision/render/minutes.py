"""The minutes of a session as Markdown with YAML front matter, in the session's language.

Pure: state in, text out. Every piece of user text goes through ``escape``, every fixed text through
the message catalog. ``now`` (session seconds) adds the time of the phase that is still running.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import yaml

from intervision.i18n import normalise, t
from intervision.protocol.plan import PlannedPhase, Section
from intervision.render.escape import block, inline, single_line
from intervision.render.units import clock, decimal, number, span
from intervision.session.snapshot import running_seconds
from intervision.session.state import Note, SessionState
from intervision.session.values import EndReason, NoteKind, SessionStatus


@dataclass(frozen=True)
class _Times:
    """Seconds per phase, per speaker and in pause, with the running phase counted up to ``now``."""

    active: dict[str, float]
    speaking: dict[str, float]
    paused: float
    elapsed: float

    @classmethod
    def of(cls, state: SessionState, now: float | None) -> _Times:
        active = {key: record.active for key, record in state.phases.items()}
        speaking = dict(state.speaking)
        paused = state.paused_total
        elapsed = state.last_t
        if now is not None and not state.ended:
            live = running_seconds(state, now)
            key = state.current.key
            active[key] = active.get(key, 0.0) + live
            if state.speaker and live:
                speaking[state.speaker] = speaking.get(state.speaker, 0.0) + live
            if state.begun and state.paused:
                paused += max(0.0, now - state.last_t)
            elapsed = max(elapsed, now)
        return cls(active, speaking, paused, elapsed)


def render_minutes(
    state: SessionState, *, lang: str, now: float | None = None, title: str | None = None
) -> str:
    """The minutes of ``state`` in ``lang`` (nl or en); ``title`` replaces the default title."""
    return _Minutes(state, normalise(lang) or "en", _Times.of(state, now), now).render(title)


class _Minutes:
    def __init__(self, state: SessionState, lang: str, times: _Times, now: float | None) -> None:
        self.state, self.lang, self.times, self.now = state, lang, times, now
        self.rows = {row.key: row for row in state.agenda.phases}
        self.live = [n for n in state.notes if not n.removed]

    def t(self, key: str, /, **fields: object) -> str:
        return t(key, lang=self.lang, **fields)

    # --- the whole document ------------------------------------------------------------------

    def render(self, title: str | None) -> str:
        started = _started(self.state.started_wall)
        day = started.date().isoformat() if started else ""
        shown = single_line(title or "") or (
            self.t("minutes.title_dated", date=day) if day else self.t("minutes.title")
        )
        meta = yaml.safe_dump(
            self.front_matter(shown, started), allow_unicode=True, sort_keys=False
        )
        blocks = [
            f"---\n{meta}---",
            f"# {inline(shown)}",
            *self.header(day, started),
            *self.agenda(),
            *self.collected(),
            *self.agreements(),
            *self.evaluation(),
            *self.speaking(),
            *self.time(),
        ]
        return "\n\n".join(blocks) + "\n"

    def front_matter(self, shown: str, started: datetime | None) -> dict[str, Any]:
        state = self.state
        meta: dict[str, Any] = {"title": shown}
        if started:
            meta["date"] = started.date()
            meta["time"] = started.strftime("%H:%M")
        meta |= {
            "lang": self.lang,
            "protocol": state.protocol.id,
            "protocol_title": single_line(state.protocol.title),
            "facilitator": single_line(state.facilitator),
            "members": [single_line(m) for m in state.members],
            "cases": [self.case_meta(case) for case in range(1, state.agenda.cases + 1)],
            "planned_minutes": number(state.agenda.total),
            "actual_minutes": number(sum(self.times.active.values()) / 60),
            "pause_minutes": number(self.times.paused / 60),
            "rehearsal": state.rehearsal is not None,
            "confidential": True,
            "status": self.status,
        }
        return meta

    def case_meta(self, case: int) -> dict[str, Any]:
        owner = self.state.owners.get(case)
        entry: dict[str, Any] = {"case": case, "owner": single_line(owner) if owner else None}
        title = single_line(self.state.case_titles.get(case, ""))
        if title:
            entry["title"] = title
        return entry

    @property
    def status(self) -> str:
        return self.state.status.value

    def header(self, day: str, started: datetime | None) -> list[str]:
        state = self.state
        facts = []
        if started:
            facts.append((self.t("minutes.label.date"), f"{day}, {started.strftime('%H:%M')}"))
        facts += [
            (self.t("minutes.label.method"), inline(state.protocol.title)),
            (self.t("minutes.label.facilitator"), inline(state.facilitator)),
            (self.t("minutes.label.present"), ", ".join(inline(m) for m in state.members)),
        ]
        out = ["\n".join(f"- **{label}:** {value}" for label, value in facts)]
        out.append(f"*{self.t('minutes.confidential')}*")
        if state.rehearsal is not None:
            out.append(
                f"*{self.t('minutes.rehearsal', speed=decimal(state.rehearsal, self.lang))}*"
            )
        if state.ended and state.end_reason is not EndReason.FINISHED:
            out.append(f"**{self.t('minutes.ended_early')}**")
        elif state.status is SessionStatus.INTERRUPTED:
            out.append(f"**{self.t('minutes.interrupted')}**")
        elif not state.ended and self.now is not None:
            elapsed = span(self.times.elapsed, self.lang)
            out.append(f"**{self.t('minutes.unfinished_at', elapsed=elapsed)}**")
        elif not state.ended:
            out.append(f"**{self.t('minutes.unfinished')}**")
        return out

    # --- phases and their notes --------------------------------------------------------------

    def agenda(self) -> list[str]:
        out: list[str] = []
        group: tuple[Section, int | None] | None = None
        for row in self.state.agenda.phases:
            if (row.section, row.case) != group:
                group = (row.section, row.case)
                out.append(f"## {self.group_heading(row)}")
            out.append(f"### {inline(row.phase.title)}")
            out.append(self.phase_line(row))
            notes = [n for n in self.live if n.phase == row.key]
            if notes:
                out.append("\n".join(self.note_item(n) for n in notes))
        return out

    def group_heading(self, row: PlannedPhase) -> str:
        if row.section is Section.OPENING:
            return self.t("minutes.section.opening")
        if row.section is Section.CLOSING:
            return self.t("minutes.section.closing")
        case = row.case or 1
        many = self.state.agenda.cases > 1
        text = self.t("minutes.section.case_n", n=case) if many else self.t("minutes.section.case")
        title = inline(self.state.case_titles.get(case, ""))
        if title:
            text += f": {title}"
        owner = inline(self.state.owners.get(case, ""))
        if owner:
            text += f" ({self.t('minutes.case_owner', owner=owner)})"
        return text

    def phase_line(self, row: PlannedPhase) -> str:
        state = self.state
        record = state.phases.get(row.key)
        active = self.times.active.get(row.key, 0.0)
        running = state.begun and not state.ended and state.current.key == row.key
        planned = self.t("minutes.phase.planned", minutes=span(row.minutes * 60, self.lang))
        parts: list[str] = []
        if record is None or record.visits == 0:
            return _sentence([self.t("minutes.phase.not_reached"), planned])
        if running:
            parts.append(
                self.t("minutes.phase.stopped" if state.interrupted else "minutes.phase.running")
            )
        if record.skipped:
            parts.append(self.t("minutes.phase.skipped"))
        parts.append(planned)
        if not record.skipped or active >= 0.5:
            key = "minutes.phase.so_far" if running else "minutes.phase.actual"
            parts.append(self.t(key, minutes=span(active, self.lang)))
        if round(record.extra) > 0:
            parts.append(self.t("minutes.phase.extended", minutes=span(record.extra, self.lang)))
        elif round(record.extra) < 0:
            parts.append(self.t("minutes.phase.shortened", minutes=span(-record.extra, self.lang)))
        over = round(active) - round(row.minutes * 60 + record.extra)
        if over > 0:
            parts.append(f"**{self.t('minutes.phase.overtime', minutes=span(over, self.lang))}**")
        late = [
            f"{inline(who)} {clock(seconds)}" for who, seconds in self.turn_overtime(row).items()
        ]
        if late:
            parts.append(self.t("minutes.phase.speakers_over", speakers=", ".join(late)))
        return _sentence(parts)

    def turn_overtime(self, row: PlannedPhase) -> dict[str, float]:
        """Seconds each speaker went over their own slice in this phase (only those who did)."""
        state = self.state
        order = state.turn_orders.get(row.key, [])
        if row.slice_minutes is None:
            return {}
        over: dict[str, float] = {}
        for index, person in enumerate(order):
            key = f"{row.key}/{index}"
            allowed = row.slice_minutes * 60 + state.turn_extra.get(key, 0.0)
            used = state.turn_time.get(key, 0.0)
            if self.now is not None and key == state.turn_key:
                used += running_seconds(state, self.now)  # the turn still going on
            extra = used - allowed
            if round(extra) > 0:
                over[person] = over.get(person, 0.0) + extra
        return over

    def note_item(self, note: Note) -> str:
        kind = self.kind_word(note.kind)
        if note.speaker and inline(note.speaker):
            return f"- **{inline(note.speaker)}** ({kind}): {block(note.text, indent='  ')}"
        return f"- *{kind[:1].upper()}{kind[1:]}*: {block(note.text, indent='  ')}"

    def kind_word(self, kind: str) -> str:
        key = f"minutes.kind.{kind}"
        try:
            return self.t(key)
        except KeyError:
            return inline(kind)

    # --- collected sections --------------------------------------------------------------------

    def collected(self) -> list[str]:
        core = [n for n in self.live if n.kind == NoteKind.CORE_QUESTION]
        learning = [n for n in self.live if n.kind == NoteKind.LEARNING_POINT]
        other = [n for n in self.live if n.phase not in self.rows]
        heading = "minutes.core_questions" if len(core) > 1 else "minutes.core_question"
        out = [f"## {self.t(heading)}"]
        out.append("\n".join(self.core_item(n) for n in core) or self.t("minutes.no_core_question"))
        out.append(f"## {self.t('minutes.learning_points')}")
        out.append(
            "\n".join(self.person_item(n) for n in learning) or self.t("minutes.no_learning_points")
        )
        if other:
            out.append(f"## {self.t('minutes.other_notes')}")
            out.append("\n".join(self.note_item(n) for n in other))
        return out

    def core_item(self, note: Note) -> str:
        row = self.rows.get(note.phase)
        if row is None or row.case is None or self.state.agenda.cases < 2:
            return self.person_item(note)
        label = self.t("minutes.section.case_n", n=row.case)
        who = f", {inline(note.speaker)}" if note.speaker else ""
        return f"- **{label}{who}:** {block(note.text, indent='  ')}"

    def person_item(self, note: Note) -> str:
        who = f"**{inline(note.speaker)}:** " if note.speaker and inline(note.speaker) else ""
        return f"- {who}{block(note.text, indent='  ')}"

    def agreements(self) -> list[str]:
        out = [f"## {self.t('minutes.agreements')}"]
        if not self.state.agreements:
            return [*out, self.t("minutes.no_agreements")]
        rows = [
            (inline(a.who), inline(a.what), inline(a.by or "") or "–")
            for a in self.state.agreements
        ]
        header = (self.t("minutes.col.who"), self.t("minutes.col.what"), self.t("minutes.col.by"))
        return [*out, _table(header, rows)]

    def evaluation(self) -> list[str]:
        out = [f"## {self.t('minutes.evaluation')}"]
        scores = self.state.scores
        if not scores:
            return [*out, self.t("minutes.no_scores")]
        by_member: dict[str, list[int]] = {}
        for score in scores:
            by_member.setdefault(score.member, []).append(score.value)
        rows = [
            (inline(member), " / ".join(map(str, values)), decimal(_mean(values), self.lang))
            for member, values in _ordered(by_member, self.state.members)
        ]
        header = (
            self.t("minutes.col.member"),
            self.t("minutes.col.scores"),
            self.t("minutes.col.mean"),
        )
        mean = decimal(_mean([s.value for s in scores]), self.lang)
        key = "minutes.group_mean_one" if len(scores) == 1 else "minutes.group_mean"
        return [*out, _table(header, rows), self.t(key, mean=mean, n=len(scores))]

    def speaking(self) -> list[str]:
        seconds = {member: 0.0 for member in self.state.members}
        for person, value in self.times.speaking.items():
            seconds[person] = seconds.get(person, 0.0) + value
        total = sum(seconds.values())
        late: dict[str, float] = {}
        for row in self.state.agenda.phases:
            for person, value in self.turn_overtime(row).items():
                late[person] = late.get(person, 0.0) + value
        rows = [
            (
                inline(person),
                clock(value),
                f"{round(100 * value / total) if total else 0}%",
                clock(late[person]) if late.get(person) else "–",
            )
            for person, value in _ordered(seconds, self.state.members)
        ]
        header = (
            self.t("minutes.col.member"),
            self.t("minutes.col.speaking"),
            self.t("minutes.col.share"),
            self.t("minutes.col.over"),
        )
        return [f"## {self.t('minutes.speaking')}", _table(header, rows)]

    def time(self) -> list[str]:
        state, lang = self.state, self.lang
        planned = span(state.agenda.total * 60, lang)
        actual = span(sum(self.times.active.values()), lang)
        items = [self.t("minutes.time.planned", planned=planned, actual=actual)]
        items.append(self.t("minutes.time.paused", minutes=span(self.times.paused, lang)))
        for at, wall in state.gaps:
            items.append(self.t("minutes.time.gap", minutes=span(wall, lang), at=clock(at)))
        if state.interruptions == 1:
            items.append(self.t("minutes.time.interrupted_one"))
        elif state.interruptions > 1:
            items.append(self.t("minutes.time.interrupted_many", n=state.interruptions))
        return [f"## {self.t('minutes.time')}", "\n".join(f"- {item}" for item in items)]


# --- formatting helpers ------------------------------------------------------------------------


def _started(wall: str) -> datetime | None:
    try:
        return datetime.fromisoformat(wall.replace("Z", "+00:00"))
    except ValueError:
        return None


def _sentence(parts: list[str]) -> str:
    text = " · ".join(parts)
    return text[:1].upper() + text[1:]


def _table(header: tuple[str, ...], rows: Sequence[tuple[str, ...]]) -> str:
    lines = [
        "| " + " | ".join(header) + " |",
        "|" + "|".join("---" for _ in header) + "|",
        *("| " + " | ".join(row) + " |" for row in rows),
    ]
    return "\n".join(lines)


def _ordered(values: dict[str, Any], members: list[str]) -> list[tuple[str, Any]]:
    """Members in their session order first, then anyone else (the facilitator) by name."""
    rank = {member: i for i, member in enumerate(members)}
    return sorted(values.items(), key=lambda item: (rank.get(item[0], len(rank)), item[0]))


def _mean(values: list[int]) -> float:
    return sum(values) / len(values)
