"""The layout of an exported document as format-neutral blocks: what HTML, PDF and Markdown show.

One layout, three outputs: the sections, labels and order are decided here once (from the document
tree, in the export's language); ``export_html``, ``export_pdf`` and ``export_md`` only turn each block
into their own markup. Blocks hold plain user text: each format escapes it its own way.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from intervision.i18n import t
from intervision.render.document import Audience, ExportDoc, NoteOut, SessionOut
from intervision.render.minutes import kind_word
from intervision.render.units import clock, decimal, span


@dataclass(frozen=True)
class Block:
    kind: str  # heading, facts, paragraph, bullets, table
    text: str = ""
    level: int = 0
    style: str = "body"  # paragraph: body, small, emphasis, strong
    pairs: tuple[tuple[str, str], ...] = ()
    items: tuple[str, ...] = ()
    header: tuple[str, ...] = ()
    rows: tuple[tuple[str, ...], ...] = ()
    numeric: tuple[int, ...] = field(default=())


def title(doc: ExportDoc) -> str:
    key = {"group": "export.title.group", "owner": "export.title.owner"}.get(
        doc.audience, "export.title.members"
    )
    return t(key, lang=doc.lang)


def session_title(session: SessionOut, lang: str) -> str:
    what = session.protocol_title
    return f"{what} · {session.date}" if session.date else what


def notices(doc: ExportDoc) -> list[Block]:
    out = [Block("paragraph", t("minutes.confidential", lang=doc.lang), style="emphasis")]
    if doc.pseudonymised:
        out.append(Block("paragraph", t("export.pseudonymised", lang=doc.lang), style="strong"))
    return out


def session_blocks(session: SessionOut, audience: Audience, lang: str) -> list[Block]:
    def tr(key: str, /, **fields: object) -> str:
        return t(key, lang=lang, **fields)

    out = [Block("heading", session_title(session, lang), level=2)]
    facts: list[tuple[str, str]] = []
    if session.started:
        facts.append((tr("minutes.label.date"), session.started.strftime("%Y-%m-%d, %H:%M")))
    facts.append((tr("minutes.label.method"), session.protocol_title))
    facts.append((tr("minutes.label.facilitator"), session.facilitator))
    facts.append((tr("minutes.label.present"), ", ".join(session.present) or tr("minutes.nobody")))
    if session.guests:
        facts.append((tr("minutes.label.guests"), ", ".join(session.guests)))
    if session.absent or session.guests or session.group:
        absent = [a.name + (f" ({a.reason})" if a.reason else "") for a in session.absent]
        facts.append((tr("minutes.label.absent"), ", ".join(absent) or tr("minutes.nobody")))
    out.append(Block("facts", pairs=tuple(facts)))

    for case in session.cases:
        name = tr("export.case", n=case.number) + (f": {case.title}" if case.title else "")
        out.append(Block("heading", name, level=3))
        if case.owner:
            out.append(Block("paragraph", tr("export.owner", name=case.owner)))
        if case.owner and case.proposed:
            key = "minutes.owner_swap_reason" if case.swap_reason else "minutes.owner_swap"
            swap = tr(key, proposed=case.proposed, owner=case.owner, reason=case.swap_reason or "")
            out.append(Block("paragraph", swap, style="small"))
        if case.core_questions:
            label = tr(
                "minutes.core_questions"
                if len(case.core_questions) > 1
                else "minutes.core_question"
            )
            out.append(Block("heading", label, level=4))
            out.append(Block("bullets", items=case.core_questions))
    phases = [p for p in session.phases if p.notes]
    if phases:
        out.append(Block("heading", tr("export.notes"), level=3))
    for phase in phases:
        where = (
            f" ({tr('minutes.section.case_n', n=phase.case)})"
            if phase.case and len(session.cases) > 1
            else ""
        )
        out.append(Block("heading", phase.title + where, level=4))
        out.append(Block("bullets", items=tuple(_note(n, lang) for n in phase.notes)))
    if session.learning_points or audience is Audience.MEMBERS:
        out.append(Block("heading", tr("minutes.learning_points"), level=3))
        if session.learning_points:
            out.append(Block("bullets", items=tuple(_said(n) for n in session.learning_points)))
        else:
            out.append(Block("paragraph", tr("minutes.no_learning_points"), style="small"))
    if session.reviewed:
        out.append(Block("heading", tr("export.reviewed"), level=3))
        out.append(
            Block(
                "table",
                header=(
                    tr("minutes.col.who"),
                    tr("minutes.col.what"),
                    tr("minutes.col.by"),
                    tr("export.col.outcome"),
                ),
                rows=tuple(
                    (
                        r.who,
                        r.what,
                        r.by or "–",
                        t(f"review.outcome.{r.outcome}", lang=lang)
                        + (f" → {r.new_by}" if r.new_by else "")
                        + (f": {r.note}" if r.note else ""),
                    )
                    for r in session.reviewed
                ),
            )
        )
    out.append(Block("heading", tr("minutes.agreements"), level=3))
    if session.agreements:
        out.append(
            Block(
                "table",
                header=(tr("minutes.col.who"), tr("minutes.col.what"), tr("minutes.col.by")),
                rows=tuple((a.who, a.what, a.by or "–") for a in session.agreements),
            )
        )
    else:
        out.append(Block("paragraph", tr("minutes.no_agreements"), style="small"))
    if audience is Audience.MEMBERS:
        out.append(Block("heading", tr("export.next_meeting"), level=3))
        meeting = session.next_meeting
        text = (
            (meeting.what + (f" ({meeting.by})" if meeting.by else ""))
            if meeting
            else tr("export.no_next_meeting")
        )
        out.append(Block("paragraph", text, style="body" if meeting else "small"))
    if audience is Audience.GROUP:
        out += _numbers(session, lang)
    return out


def _numbers(session: SessionOut, lang: str) -> list[Block]:
    def tr(key: str, /, **fields: object) -> str:
        return t(key, lang=lang, **fields)

    out = [Block("heading", tr("minutes.evaluation"), level=3)]
    shown = [d for d in session.score_dimensions if d.mean is not None]
    header = (tr("minutes.col.member"), tr("minutes.col.scores"), tr("minutes.col.mean"))
    for dimension in shown:
        if dimension.dimension is not None or len(shown) > 1:
            title = dimension.title or tr("minutes.scores_other")
            out.append(Block("heading", title[:1].upper() + title[1:], level=4))
        rows = tuple(
            (m.name, " / ".join(decimal(v, lang) for v in m.values), decimal(m.mean, lang))
            for m in dimension.members
        )
        if rows:  # none when the group shows the means only
            out.append(Block("table", header=header, rows=rows, numeric=(2,)))
        key = "minutes.group_mean_one" if dimension.count == 1 else "minutes.group_mean"
        mean = decimal(dimension.mean or 0.0, lang)
        out.append(Block("paragraph", tr(key, mean=mean, n=dimension.count)))
    if not shown:
        out.append(Block("paragraph", tr("minutes.no_scores"), style="small"))
    if session.speakers:
        out.append(Block("heading", tr("minutes.speaking"), level=3))
        columns = (
            tr("minutes.col.member"),
            tr("minutes.col.speaking"),
            tr("minutes.col.share"),
            tr("minutes.col.over"),
        )
        speaking = tuple(
            (
                s.name,
                clock(s.seconds),
                f"{round(100 * s.share)}%",
                clock(s.over_seconds) if s.over_seconds else "–",
            )
            for s in session.speakers
        )
        out.append(Block("table", header=columns, rows=speaking, numeric=(1, 2, 3)))
    if session.time:
        out.append(Block("heading", tr("minutes.time"), level=3))
        time = session.time
        items = [
            tr(
                "minutes.time.planned",
                planned=span(time.planned_seconds, lang),
                actual=span(time.actual_seconds, lang),
            ),
            tr("minutes.time.paused", minutes=span(time.paused_seconds, lang)),
        ]
        out.append(Block("bullets", items=tuple(items)))
    return out


def _said(note: NoteOut) -> str:
    return f"{note.speaker}: {note.text}" if note.speaker else note.text


def _note(note: NoteOut, lang: str) -> str:
    return f"{kind_word(note.kind, lang)} · {_said(note)}"
