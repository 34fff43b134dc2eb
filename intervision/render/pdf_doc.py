"""A printable A4 PDF built from headings, paragraphs, label–value facts and tables with wrapping cells.

The one place that knows the PDF library. ReportLab (the optional extra ``pdf``: ``pip install
'intervision[pdf]'``) was chosen over fpdf2 because it ships the Bitstream Vera TrueType fonts, so
Dutch and other accented names print without a system font (fpdf2's core fonts are cp1252 only and it
ships no Unicode font), and its platypus layer wraps paragraphs and table cells and repeats a table's
header on every page. It is imported only when a PDF is built (about 0.1 s), never at start-up; without
it :class:`PdfUnavailable` says how to get it.

Every user text is cleaned (``escape.clean``) and XML-escaped before ReportLab's paragraph parser sees
it, so a note cannot add markup. Output is reproducible (ReportLab's ``invariant`` mode: no timestamp
or random id), which keeps tests and diffs stable.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any
from xml.sax.saxutils import escape as xml_escape

from intervision.errors import IntervisionError
from intervision.render.escape import clean, single_line

FONT = "IntervisionVera"


class PdfUnavailable(IntervisionError):
    """The PDF library is not installed: the message names the command that installs it."""


def available() -> bool:
    return importlib.util.find_spec("reportlab") is not None


def require() -> None:
    """Raise :class:`PdfUnavailable` unless the PDF library can be imported."""
    if not available():
        raise PdfUnavailable("export.pdf_missing", command="pip install 'intervision[pdf]'")


def _markup(value: str) -> str:
    return "<br/>".join(xml_escape(line) for line in clean(value).split("\n"))


@dataclass
class PdfDocument:
    """Collects blocks in order; :meth:`build` lays them out on A4 and returns the PDF's bytes."""

    title: str
    author: str = ""
    lang: str = "en"
    footer: str = ""  # printed at the foot of every page with the page number, e.g. "Vertrouwelijk"
    _blocks: list[tuple[str, tuple[Any, ...]]] = field(default_factory=list)

    def heading(self, level: int, value: str) -> None:
        self._blocks.append(("heading", (min(max(level, 1), 4), single_line(value))))

    def paragraph(self, value: str, *, style: str = "body") -> None:
        """``style``: ``body``, ``small`` (muted), ``emphasis`` (italic) or ``strong`` (bold)."""
        self._blocks.append(("paragraph", (value, style)))

    def bullets(self, values: Iterable[str]) -> None:
        self._blocks.append(("bullets", (list(values),)))

    def facts(self, pairs: Iterable[tuple[str, str]]) -> None:
        self._blocks.append(("facts", (list(pairs),)))

    def table(
        self,
        header: Sequence[str],
        rows: Iterable[Sequence[str]],
        *,
        widths: Sequence[float] | None = None,
        numeric: Iterable[int] = (),
        sign: Iterable[int] = (),
    ) -> None:
        """A table whose cells wrap; ``widths`` are relative (summing to anything), ``numeric``
        columns align right, ``sign`` columns are empty boxes tall enough for initials by hand."""
        self._blocks.append(
            ("table", (list(header), [list(r) for r in rows], widths, set(numeric), set(sign)))
        )

    def page_break(self) -> None:
        self._blocks.append(("page_break", ()))

    def build(self) -> bytes:
        require()
        return _Builder(self).build(self._blocks)


class _Builder:
    def __init__(self, doc: PdfDocument) -> None:
        from reportlab.lib import colors
        from reportlab.lib.enums import TA_RIGHT
        from reportlab.lib.pagesizes import A4
        from reportlab.lib.styles import ParagraphStyle
        from reportlab.lib.units import mm

        _register_fonts()
        self.doc, self.colors, self.mm, self.size = doc, colors, mm, A4
        base = ParagraphStyle("body", fontName=FONT, fontSize=10, leading=13.5, spaceAfter=4)
        grey = colors.HexColor("#5f6368")
        self.styles = {
            "body": base,
            "small": ParagraphStyle("small", base, fontSize=8.5, leading=11, textColor=grey),
            "emphasis": ParagraphStyle("emphasis", base, fontName=f"{FONT}-Italic"),
            "strong": ParagraphStyle("strong", base, fontName=f"{FONT}-Bold"),
            "cell": ParagraphStyle("cell", base, fontSize=9, leading=11.5, spaceAfter=0),
            "cell_num": ParagraphStyle(
                "cell_num", base, fontSize=9, leading=11.5, spaceAfter=0, alignment=TA_RIGHT
            ),
            "head": ParagraphStyle(
                "head", base, fontName=f"{FONT}-Bold", fontSize=9, leading=11.5, spaceAfter=0
            ),
            "bullet": ParagraphStyle("bullet", base, leftIndent=12, bulletIndent=2, spaceAfter=2),
        }
        sizes = {1: (17, 8), 2: (13.5, 6), 3: (11.5, 4), 4: (10.5, 3)}
        for level, (size, after) in sizes.items():
            self.styles[f"h{level}"] = ParagraphStyle(
                f"h{level}",
                base,
                fontName=f"{FONT}-Bold",
                fontSize=size,
                leading=size * 1.25,
                spaceBefore=size * 0.7 if level > 1 else 0,
                spaceAfter=after,
                keepWithNext=True,
            )

    def build(self, blocks: list[tuple[str, tuple[Any, ...]]]) -> bytes:
        import io

        from reportlab.platypus import SimpleDocTemplate

        out = io.BytesIO()
        mm = self.mm
        template = SimpleDocTemplate(
            out,
            pagesize=self.size,
            leftMargin=18 * mm,
            rightMargin=18 * mm,
            topMargin=16 * mm,
            bottomMargin=18 * mm,
            title=single_line(self.doc.title),
            author=single_line(self.doc.author),
            invariant=True,
        )
        self.width = template.width
        story: list[Any] = []
        for kind, args in blocks:
            story.extend(getattr(self, f"_{kind}")(*args))
        if not story:
            story.extend(self._paragraph(" ", "body"))
        template.build(story, onFirstPage=self._foot, onLaterPages=self._foot)
        return out.getvalue()

    def _foot(self, canvas: Any, template: Any) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 8)
        canvas.setFillColor(self.colors.HexColor("#5f6368"))
        words = " · ".join(p for p in (single_line(self.doc.footer), str(template.page)) if p)
        canvas.drawRightString(self.size[0] - 18 * self.mm, 10 * self.mm, words)
        canvas.restoreState()

    def _heading(self, level: int, value: str) -> list[Any]:
        from reportlab.platypus import Paragraph

        return [Paragraph(_markup(value), self.styles[f"h{level}"])]

    def _paragraph(self, value: str, style: str) -> list[Any]:
        from reportlab.platypus import Paragraph

        return [Paragraph(_markup(value), self.styles.get(style, self.styles["body"]))]

    def _bullets(self, values: list[str]) -> list[Any]:
        from reportlab.platypus import Paragraph

        return [Paragraph(_markup(v), self.styles["bullet"], bulletText="•") for v in values]

    def _facts(self, pairs: list[tuple[str, str]]) -> list[Any]:
        from reportlab.platypus import Paragraph, Table, TableStyle

        rows = [
            [
                Paragraph(_markup(label), self.styles["head"]),
                Paragraph(_markup(v), self.styles["cell"]),
            ]
            for label, v in pairs
        ]
        if not rows:
            return []
        table = Table(rows, colWidths=[self.width * 0.27, self.width * 0.73], hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                    ("TOPPADDING", (0, 0), (-1, -1), 1),
                ]
            )
        )
        return [table, self._space(4)]

    def _table(
        self,
        header: list[str],
        rows: list[list[str]],
        widths: Sequence[float] | None,
        numeric: set[int],
        sign: set[int],
    ) -> list[Any]:
        from reportlab.lib.styles import ParagraphStyle
        from reportlab.platypus import Paragraph, Table, TableStyle

        columns = len(header)
        relative = list(widths) if widths and len(widths) == columns else [1.0] * columns
        styles = {k: self.styles[k] for k in ("cell", "cell_num", "head")}
        size = styles["cell"].fontSize
        while True:  # a smaller type until every whole word fits its column (down to 7 pt)
            col_widths = _fit_words(header, rows, relative, self.width, size)
            if col_widths is not None or size <= 7:
                break
            size -= 0.5
        if col_widths is None:
            total = sum(relative) or 1.0
            col_widths = [self.width * w / total for w in relative]
        if size != styles["cell"].fontSize:
            styles = {
                k: ParagraphStyle(f"{k}-{size}", v, fontSize=size, leading=size * 1.28)
                for k, v in styles.items()
            }

        def cell(index: int, value: str) -> Any:
            style = styles["cell_num"] if index in numeric else styles["cell"]
            return Paragraph(_markup(value), style)

        data = [[Paragraph(_markup(h), styles["head"]) for h in header]]
        data += [[cell(i, v) for i, v in enumerate(row[:columns])] for row in rows]
        table = Table(data, colWidths=col_widths, repeatRows=1, hAlign="LEFT")
        grid = self.colors.HexColor("#b8bec6")
        table.setStyle(
            TableStyle(
                [
                    ("GRID", (0, 0), (-1, -1), 0.5, grid),
                    ("BACKGROUND", (0, 0), (-1, 0), self.colors.HexColor("#eef1f4")),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 4),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                    # rows tall enough to write initials in by hand, however short their text
                    *(
                        [
                            ("TOPPADDING", (0, 1), (-1, -1), 9),
                            ("BOTTOMPADDING", (0, 1), (-1, -1), 9),
                        ]
                        if sign
                        else []
                    ),
                ]
            )
        )
        return [table, self._space(6)]

    def _page_break(self) -> list[Any]:
        from reportlab.platypus import PageBreak

        return [PageBreak()]

    def _space(self, points: float) -> Any:
        from reportlab.platypus import Spacer

        return Spacer(1, points)


_registered = False


PADDING = 8  # points left and right of a cell's text (LEFTPADDING + RIGHTPADDING)
LONG_WORD = 24  # a word longer than this (a URL, a long name) may split: it would crowd the rest


def _fit_words(
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    relative: Sequence[float],
    room: float,
    size: float,
) -> list[float] | None:
    """Column widths (points) close to ``relative`` in which every word (header bold, cells plain)
    fits whole at ``size`` points; None when the words need more than ``room``."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    def longest(text: str, font: str) -> float:
        words = [w for w in text.split() if len(w) <= LONG_WORD]
        return max((stringWidth(w, font, size) for w in words), default=0.0)

    need = []
    for i, title in enumerate(header):
        widest = longest(title, f"{FONT}-Bold")
        for row in rows:
            if i < len(row):
                widest = max(widest, longest(row[i], FONT))
        need.append(widest + PADDING + 1)
    if sum(need) > room:
        return None
    total = sum(relative) or 1.0
    widths = [room * w / total for w in relative]
    fixed: set[int] = set()
    while True:  # columns below their need get it; the rest share what is left, as asked
        short = [i for i in range(len(widths)) if i not in fixed and widths[i] < need[i]]
        if not short:
            return widths
        fixed.update(short)
        left = room - sum(need[i] for i in fixed)
        free = sum(relative[i] for i in range(len(widths)) if i not in fixed) or 1.0
        widths = [need[i] if i in fixed else left * relative[i] / free for i in range(len(widths))]


def _register_fonts() -> None:
    """ReportLab's own Vera TrueType fonts, embedded: accented names print on any machine."""
    global _registered
    if _registered:
        return
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    faces = {
        "": "Vera.ttf",
        "-Bold": "VeraBd.ttf",
        "-Italic": "VeraIt.ttf",
        "-BoldItalic": "VeraBI.ttf",
    }
    for suffix, file in faces.items():
        pdfmetrics.registerFont(TTFont(f"{FONT}{suffix}", file))
    for bold, italic, suffix in (
        (0, 0, ""),
        (1, 0, "-Bold"),
        (0, 1, "-Italic"),
        (1, 1, "-BoldItalic"),
    ):
        addMapping(FONT, bold, italic, f"{FONT}{suffix}")
    _registered = True
