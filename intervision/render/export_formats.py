"""The exported document in HTML, PDF and (for the owner's and members' copies) Markdown.

Each function walks the same layout (``export_layout``) and only turns its blocks into markup: HTML
through ``html_page`` (escaped, self-contained), PDF through ``pdf_doc``, Markdown through ``escape``.
The group's Markdown is the minutes themselves (``render/minutes.py``), see ``export/run.py``.
"""

from __future__ import annotations

from dataclasses import replace

from intervision.render import html_page as h
from intervision.render.document import Audience, ExportDoc
from intervision.render.escape import block, inline
from intervision.render.export_layout import Block, notices, session_blocks, title


def _blocks(doc: ExportDoc) -> list[list[Block]]:
    audience = Audience(doc.audience)
    return [session_blocks(s, audience, doc.lang) for s in doc.sessions]


def to_html(doc: ExportDoc) -> str:
    head = [h.heading(1, title(doc)), *(_html(b) for b in notices(doc))]
    parts = [
        h.section([*(head if i == 0 else []), *map(_html, blocks)])
        for i, blocks in enumerate(_blocks(doc))
    ]
    return h.page(title(doc), parts or [h.section(head)], lang=doc.lang)


def _html(b: Block) -> h.Html:
    if b.kind == "heading":
        return h.heading(b.level, b.text)
    if b.kind == "facts":
        return h.facts(b.pairs)
    if b.kind == "bullets":
        return h.items(b.items)
    if b.kind == "table":
        return h.table(b.header, b.rows, numeric=b.numeric)
    cls = {"small": "muted", "emphasis": "confidential", "strong": "notice"}.get(b.style)
    return h.paragraph(b.text, cls=cls)


def to_pdf(doc: ExportDoc) -> bytes:
    from intervision.i18n import t
    from intervision.render.pdf_doc import PdfDocument

    pdf = PdfDocument(title(doc), lang=doc.lang, footer=t("export.footer", lang=doc.lang))
    pdf.heading(1, title(doc))
    for b in notices(doc):
        pdf.paragraph(b.text, style=b.style)
    for index, blocks in enumerate(_blocks(doc)):
        if index:
            pdf.page_break()
        for b in blocks:
            if b.kind == "heading":
                pdf.heading(b.level, b.text)
            elif b.kind == "facts":
                pdf.facts(b.pairs)
            elif b.kind == "bullets":
                pdf.bullets(b.items)
            elif b.kind == "table":
                pdf.table(b.header, b.rows, numeric=b.numeric)
            else:
                pdf.paragraph(b.text, style=b.style)
    return pdf.build()


def pdf_texts(doc: ExportDoc) -> list[str]:
    """Every text that goes into the PDF (its pages and its metadata): what the leak check reads,
    since a PDF's own bytes hold its text as glyph numbers."""
    from intervision.i18n import t

    out = [title(doc), t("export.footer", lang=doc.lang), *(b.text for b in notices(doc))]
    for blocks in _blocks(doc):
        for b in blocks:
            out += [b.text, *b.items, *b.header]
            out += [v for pair in b.pairs for v in pair]
            out += [v for row in b.rows for v in row]
    return [text for text in out if text]


def to_markdown(doc: ExportDoc) -> str:
    out = [f"# {inline(title(doc))}", *(_md(b) for b in notices(doc))]
    seen = {title(doc).casefold()}
    for session, blocks in zip(doc.sessions, _blocks(doc), strict=True):
        for b in blocks:
            if b.kind == "heading":  # unique in the file, as in the minutes: linters and anchors
                b = replace(b, text=_unique(b.text, session.date or session.id, seen))
            out.append(_md(b))
    return "\n\n".join(out) + "\n"


def _unique(text: str, context: str, seen: set[str]) -> str:
    candidates = [
        text,
        f"{text} ({context})",
        *(f"{text} ({context}, {n})" for n in range(2, 1000)),
    ]
    chosen = next(c for c in candidates if c.casefold() not in seen)
    seen.add(chosen.casefold())
    return chosen


def _md(b: Block) -> str:
    if b.kind == "heading":
        return f"{'#' * b.level} {inline(b.text)}"
    if b.kind == "facts":
        return "\n".join(f"- **{inline(k)}:** {inline(v)}" for k, v in b.pairs)
    if b.kind == "bullets":
        return "\n".join(f"- {block(item, indent='  ')}" for item in b.items)
    if b.kind == "table":
        rows = [b.header, tuple("---" for _ in b.header), *b.rows]
        return "\n".join(
            "| " + " | ".join(c if i == 1 else inline(c) for c in row) + " |"
            for i, row in enumerate(rows)
        )
    text = block(b.text)
    return {"small": f"*{text}*", "emphasis": f"*{text}*", "strong": f"**{text}**"}.get(
        b.style, text
    )
