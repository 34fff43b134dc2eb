"""The minutes of a session as Markdown with YAML front matter, in the session's language.

Pure: state in, text out. It only formats: every number comes from ``session.figures`` (``now``, in
session seconds, adds the time of the phase that is still running), every piece of user text goes
through ``escape``, every fixed text through the message catalog.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

import yaml

from intervision.i18n import normalise, t
from intervision.protocol.plan import PlannedPhase, Section
from intervision.render.escape import block, inline, single_line
from intervision.render.units import clock, decimal, number, span
from intervision.session.figures import Figures, MemberScores, figures
from intervision.session.review import Outcome
from intervision.session.state import Note, SessionState
from intervision.session.values import NoteKind, SessionStatus


def render_minutes(
    state: SessionState,
    *,
    lang: str,
    now: float | None = None,
    title: str | None = None,
    numbers: Figures | None = None,
) -> str:
    """The minutes of ``state`` in ``lang`` (nl or en); ``title`` replaces the default title.
    ``numbers``: the figures of ``state`` when the caller has them already (an export computes
    them once per session for the tree and the minutes); else they are computed here, up to ``now``."""
    if numbers is None:
        numbers = figures(state, now)
    return _Minutes(state, normalise(lang) or "en", numbers).render(title)


class _Minutes:
    def __init__(self, state: SessionState, lang: str, numbers: Figures) -> None:
        self.state, self.lang, self.figures = state, lang, numbers
        self.rows = {row.key: row for row in state.agenda.phases}
        self.live = [n for n in state.notes if not n.removed]
        # The core questions by case (a case's versions after a /back stay together): the section's
        # heading is plural only for more than one case, and it is reserved as it will be written.
        self.core: dict[int | None, list[Note]] = {}
        for note in self.live:
            if note.kind == NoteKind.CORE_QUESTION:
                row = self.rows.get(note.phase)
                self.core.setdefault(row.case if row else None, []).append(note)
        self.core_heading = (
            "minutes.core_questions" if len(self.core) > 1 else "minutes.core_question"
        )
        fixed = [
            self.core_heading,
            "minutes.learning_points",
            "minutes.other_notes",
            "minutes.agreements",
            "minutes.evaluation",
            "minutes.speaking",
            "minutes.time",
        ]
        self.headings = _Headings([self.t(key) for key in fixed])

    def t(self, key: str, /, **fields: object) -> str:
        return t(key, lang=self.lang, **fields)

    # --- the whole document ------------------------------------------------------------------

    def render(self, title: str | None) -> str:
        started = self.figures.started
        day = started.date().isoformat() if started else ""
        shown = single_line(title or "") or (
            self.t("minutes.title_dated", date=day) if day else self.t("minutes.title")
        )
        meta = yaml.dump(
            self.front_matter(shown, started),
            Dumper=_FrontMatter,
            allow_unicode=True,
            sort_keys=False,
        )
        # No '# title' in the body: pandoc, Jekyll, Hugo and Obsidian show the front matter's title,
        # so a heading of its own would stand there twice. Sections are '##', phases '###'.
        blocks = [
            f"---\n{meta}---",
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
        """What pandoc (title, author, date, lang), static sites and Obsidian read; the minutes are
        confidential, so every publish switch those tools know is off."""
        state = self.state
        cases = range(1, state.agenda.cases + 1)
        meta: dict[str, Any] = {"title": shown}
        if started:
            meta["date"] = started.date()
            meta["started"] = started
        if self.figures.ended:
            meta["ended"] = self.figures.ended
        meta |= {
            "author": single_line(state.facilitator),
            "lang": self.lang,
            "tags": ["intervision", state.protocol.id],
            "draft": True,
            "published": False,
            "publish": False,
            "protocol": state.protocol.id,
            "protocol_title": single_line(state.protocol.title),
            "facilitator": single_line(state.facilitator),
            # A group's session: the members who were there (guests are listed as guests).
            "members": [
                single_line(m)
                for m in (state.attendance.present if state.attendance else state.members)
            ],
            **self.attendance_meta(),
            "owners": [single_line(state.owners[c]) for c in cases if c in state.owners],
            "case_titles": [
                single_line(state.case_titles[c]) for c in cases if state.case_titles.get(c)
            ],
            "cases": [self.case_meta(case) for case in cases],
            "planned_minutes": number(state.agenda.total),
            "actual_minutes": number(self.figures.actual / 60),
            "pause_minutes": number(self.figures.paused / 60),
            "rehearsal": state.rehearsal is not None,
            "confidential": True,
            "status": self.figures.status.value,
        }
        return meta

    def attendance_meta(self) -> dict[str, Any]:
        seen = self.state.attendance
        if seen is None:
            return {}
        meta: dict[str, Any] = {"group": single_line(seen.group)} if seen.group else {}
        meta["present"] = [single_line(m) for m in seen.present]
        meta["guests"] = [single_line(g) for g in seen.guests]
        meta["absent"] = [
            {"name": single_line(a.name), "reason": single_line(a.reason) if a.reason else None}
            for a in seen.absent
        ]
        return meta

    def attendance_facts(self) -> list[tuple[str, str]]:
        """Present, guests and absent (with reasons) for a group's session; else who took part."""
        seen = self.state.attendance
        if seen is None:
            return [
                (self.t("minutes.label.present"), ", ".join(inline(m) for m in self.state.members))
            ]
        nobody = self.t("minutes.nobody")
        facts = [
            (self.t("minutes.label.present"), ", ".join(inline(m) for m in seen.present) or nobody)
        ]
        if seen.guests:
            facts.append(
                (self.t("minutes.label.guests"), ", ".join(inline(g) for g in seen.guests))
            )
        absent = [
            inline(a.name) + (f" ({inline(a.reason)})" if a.reason else "") for a in seen.absent
        ]
        facts.append((self.t("minutes.label.absent"), ", ".join(absent) or nobody))
        return facts

    def case_meta(self, case: int) -> dict[str, Any]:
        owner = self.state.owners.get(case)
        entry: dict[str, Any] = {"case": case, "owner": single_line(owner) if owner else None}
        title = single_line(self.state.case_titles.get(case, ""))
        if title:
            entry["title"] = title
        return entry

    def header(self, day: str, started: datetime | None) -> list[str]:
        state = self.state
        facts = []
        if started:
            facts.append((self.t("minutes.label.date"), f"{day}, {started.strftime('%H:%M')}"))
        facts += [
            (self.t("minutes.label.method"), inline(state.protocol.title)),
            (self.t("minutes.label.facilitator"), inline(state.facilitator)),
            *self.attendance_facts(),
        ]
        out = ["\n".join(f"- **{label}:** {value}" for label, value in facts)]
        out.append(f"*{self.t('minutes.confidential')}*")
        if state.rehearsal is not None:
            out.append(
                f"*{self.t('minutes.rehearsal', speed=decimal(state.rehearsal, self.lang))}*"
            )
        status = self.figures.status
        if self.figures.ended_early:
            out.append(f"**{self.t('minutes.ended_early')}**")
        elif status is SessionStatus.INTERRUPTED:
            out.append(f"**{self.t('minutes.interrupted')}**")
        elif status is SessionStatus.RUNNING and self.figures.at is not None:
            elapsed = span(self.figures.elapsed, self.lang)
            out.append(f"**{self.t('minutes.unfinished_at', elapsed=elapsed)}**")
        elif status is SessionStatus.RUNNING:
            out.append(f"**{self.t('minutes.unfinished')}**")
        return out

    # --- phases and their notes --------------------------------------------------------------

    def agenda(self) -> list[str]:
        out: list[str] = []
        group: tuple[Section, int | None] | None = None
        for row in self.state.agenda.phases:
            if (row.section, row.case) != group:
                group = (row.section, row.case)
                out.append(f"## {self.headings.unique(self.group_heading(row))}")
                swap = self.owner_swap(row.case) if row.case is not None else ""
                if swap:
                    out.append(f"*{swap}*")
            out.append(f"### {self.phase_heading(row)}")
            out.append(self.phase_line(row))
            notes = [n for n in self.live if n.phase == row.key]
            if notes:
                out.append("\n".join(self.note_item(n) for n in notes))
        return out

    def phase_heading(self, row: PlannedPhase) -> str:
        """The phase's title, unique in the document (linters and anchors need that): a phase of a
        case carries the case when there are more, and a title that is also a section's heading (the
        'Agreements' phase and the 'Agreements' section) carries where it stands."""
        title = inline(row.phase.title)
        if row.section is Section.OPENING:
            where = self.t("minutes.section.opening")
        elif row.section is Section.CLOSING:
            where = self.t("minutes.section.closing")
        elif self.state.agenda.cases > 1:
            where = self.t("minutes.section.case_n", n=row.case or 1)
            title = f"{title} ({_lower_first(where)})"
        else:
            where = self.t("minutes.section.case")
        return self.headings.unique(title, f"({_lower_first(where)})")

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

    def owner_swap(self, case: int) -> str:
        """Who was proposed to bring the case and who brought it instead, with the reason given."""
        swap, owner = self.state.owner_swaps.get(case), self.state.owners.get(case)
        if swap is None or not owner:
            return ""
        proposed, reason = inline(swap[0]), inline(swap[1] or "")
        key = "minutes.owner_swap_reason" if reason else "minutes.owner_swap"
        return self.t(key, proposed=proposed, owner=inline(owner), reason=reason)

    def phase_line(self, row: PlannedPhase) -> str:
        phase = self.figures.phase(row.key)
        lang = self.lang
        planned = self.t("minutes.phase.planned", minutes=span(row.minutes * 60, lang))
        if phase is None or not phase.reached:
            return _sentence([self.t("minutes.phase.not_reached"), planned])
        parts: list[str] = []
        if phase.running:
            stopped = self.figures.status is SessionStatus.INTERRUPTED
            parts.append(self.t("minutes.phase.stopped" if stopped else "minutes.phase.running"))
        notes = sum(1 for n in self.live if n.phase == row.key)
        if phase.skipped and notes:  # skipped, and yet written in: say both
            many = "many" if notes > 1 else "one"
            parts.append(self.t(f"minutes.phase.skipped_notes.{many}", n=notes))
        elif phase.skipped:
            parts.append(self.t("minutes.phase.skipped"))
        parts.append(planned)
        if not phase.skipped or phase.active >= 0.5:
            key = "minutes.phase.so_far" if phase.running else "minutes.phase.actual"
            parts.append(self.t(key, minutes=span(phase.active, lang)))
        if round(phase.extra) > 0:
            parts.append(self.t("minutes.phase.extended", minutes=span(phase.extra, lang)))
        elif round(phase.extra) < 0:
            parts.append(self.t("minutes.phase.shortened", minutes=span(-phase.extra, lang)))
        if phase.overtime > 0:
            over = span(phase.overtime, lang)
            parts.append(f"**{self.t('minutes.phase.overtime', minutes=over)}**")
        late = [f"{inline(s.name)} {clock(s.seconds)}" for s in phase.speakers_over]
        if late:
            parts.append(self.t("minutes.phase.speakers_over", speakers=", ".join(late)))
        return _sentence(parts)

    def note_item(self, note: Note) -> str:
        kind = self.kind_word(note.kind)
        if note.speaker and inline(note.speaker):
            return f"- **{inline(note.speaker)}** ({kind}): {block(note.text, indent='  ')}"
        return f"- *{kind[:1].upper()}{kind[1:]}*: {block(note.text, indent='  ')}"

    def kind_word(self, kind: str) -> str:
        return inline(kind_word(kind, self.lang))

    # --- collected sections --------------------------------------------------------------------

    def collected(self) -> list[str]:
        learning = [n for n in self.live if n.kind == NoteKind.LEARNING_POINT]
        other = [n for n in self.live if n.phase not in self.rows]
        out = [f"## {self.t(self.core_heading)}"]
        items = [self.core_versions(versions) for versions in self.core.values()]
        out.append("\n".join(items) or self.t("minutes.no_core_question"))
        out.append(f"## {self.t('minutes.learning_points')}")
        out.append(
            "\n".join(self.person_item(n) for n in learning) or self.t("minutes.no_learning_points")
        )
        if other:
            out.append(f"## {self.t('minutes.other_notes')}")
            out.append("\n".join(self.note_item(n) for n in other))
        return out

    def core_versions(self, versions: list[Note]) -> str:
        """The last core question of a case is the final one; earlier versions (typed before a /back
        and a second try) follow it, marked, so the minutes never hold two competing questions."""
        *earlier, final = versions
        if not earlier:
            return self.core_item(final)
        mark = f" *({self.t('minutes.core_final')})*"
        lines = [self.core_item(final) + mark]
        for note in reversed(earlier):
            text = block(note.text, indent="    ")
            lines.append(f"  - *{self.t('minutes.core_earlier')}:* {text}")
        return "\n".join(lines)

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

    def reviews(self) -> list[str]:
        """The agreements of earlier sessions looked back on, each with its outcome."""
        if not self.state.reviews:
            return []
        rows = []
        for r in self.state.reviews:
            outcome = (
                self.t("minutes.renewed_to", by=inline(r.new_by or ""))
                if r.outcome is Outcome.RENEWED
                else r.outcome.text(self.lang)
            )
            rows.append(
                (
                    inline(r.who),
                    inline(r.what),
                    inline(r.made) or "–",
                    outcome,
                    inline(r.note or "") or "–",
                )
            )
        header = tuple(
            self.t(f"minutes.col.{k}") for k in ("who", "what", "made", "outcome", "note")
        )
        return [f"## {self.t('minutes.review')}", _table(header, rows)]

    def agreements(self) -> list[str]:
        out = [*self.reviews(), f"## {self.t('minutes.agreements')}"]
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
        scores = self.figures.scores
        if scores.mean is None:
            return [*out, self.t("minutes.no_scores")]
        if not scores.dimensions:
            return [*out, *self.score_table(scores.members, scores.mean, scores.count)]
        for dimension in scores.dimensions:
            if dimension.mean is None:
                continue
            title = dimension.title or self.t("minutes.scores_other")
            out.append(f"### {inline(title[:1].upper() + title[1:])}")
            out += self.score_table(dimension.members, dimension.mean, dimension.count)
        return out

    def score_table(self, members: Sequence[MemberScores], mean: float, count: int) -> list[str]:
        key = "minutes.group_mean_one" if count == 1 else "minutes.group_mean"
        shown = decimal(mean, self.lang)
        if self.state.means_only:  # the group chose to show the means only
            return [self.t(key, mean=shown, n=count)]
        rows = [
            (
                inline(m.name),
                " / ".join(decimal(v, self.lang) for v in m.values),
                decimal(m.mean, self.lang),
            )
            for m in members
        ]
        header = (
            self.t("minutes.col.member"),
            self.t("minutes.col.scores"),
            self.t("minutes.col.mean"),
        )
        return [_table(header, rows), self.t(key, mean=shown, n=count)]

    def speaking(self) -> list[str]:
        rows = [
            (
                inline(s.name),
                clock(s.seconds),
                f"{round(100 * s.share)}%",
                clock(s.over) if s.over else "–",
            )
            for s in self.figures.speakers
        ]
        header = (
            self.t("minutes.col.member"),
            self.t("minutes.col.speaking"),
            self.t("minutes.col.share"),
            self.t("minutes.col.over"),
        )
        return [f"## {self.t('minutes.speaking')}", _table(header, rows)]

    def time(self) -> list[str]:
        numbers, lang = self.figures, self.lang
        planned = span(numbers.planned, lang)
        actual = span(numbers.actual, lang)
        items = [self.t("minutes.time.planned", planned=planned, actual=actual)]
        items.append(self.t("minutes.time.paused", minutes=span(numbers.paused, lang)))
        for gap in numbers.gaps:
            items.append(
                self.t("minutes.time.gap", minutes=span(gap.seconds, lang), at=clock(gap.at))
            )
        if numbers.interruptions == 1:
            items.append(self.t("minutes.time.interrupted_one"))
        elif numbers.interruptions > 1:
            items.append(self.t("minutes.time.interrupted_many", n=numbers.interruptions))
        return [f"## {self.t('minutes.time')}", "\n".join(f"- {item}" for item in items)]


# --- formatting helpers ------------------------------------------------------------------------


def _sentence(parts: list[str]) -> str:
    text = " · ".join(parts)
    return text[:1].upper() + text[1:]


def _table(header: tuple[str, ...], rows: Sequence[tuple[str, ...]]) -> str:
    lines = [
        "| " + " | ".join(header) + " |",
        "| " + " | ".join("---" for _ in header) + " |",
        *("| " + " | ".join(row) + " |" for row in rows),
    ]
    return "\n".join(lines)


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


class _Headings:
    """Headings handed out once each: the fixed section headings are reserved from the start."""

    def __init__(self, reserved: list[str]) -> None:
        self.seen = {text.casefold() for text in reserved}

    def unique(self, text: str, context: str = "") -> str:
        candidates = [text, f"{text} {context}".strip()]
        candidates += [f"{candidates[-1]} ({n})" for n in range(2, 100)]
        chosen = next(c for c in candidates if c.casefold() not in self.seen)
        self.seen.add(chosen.casefold())
        return chosen


class _FrontMatter(yaml.SafeDumper):
    """YAML for the front matter: a moment as ISO 8601 with its offset (``2026-12-01T13:30:00+01:00``),
    unquoted, so that static sites and Obsidian read a time and not text."""


_FrontMatter.add_representer(
    datetime,
    lambda dumper, value: dumper.represent_scalar(
        "tag:yaml.org,2002:timestamp", value.isoformat(timespec="seconds")
    ),
)


def kind_word(kind: str, lang: str) -> str:
    """The word for a note kind in ``lang``: every ``NoteKind`` has one; anything else stays as it is."""
    try:
        return t(f"minutes.kind.{NoteKind(kind).value}", lang=lang)
    except ValueError:
        return kind
