"""A self-contained HTML page: inline CSS, no scripts, no outside resources, every user text escaped.

The shell every HTML document shares (the exported minutes, the attendance report): one file a
facilitator can mail or put on a USB stick, readable on a phone and printable on A4 with a page break
between sections. A Content-Security-Policy in the page itself forbids scripts and any outside
resource, so even a mistake in escaping could not load or run anything.

Building blocks return :class:`Html` (text that is already markup); a plain ``str`` handed to any of
them is user text and is cleaned (``escape.clean``: no control characters or bidi overrides) and
escaped. So raw HTML from a note can never reach the page: only this module makes tags.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence

from intervision.render.escape import clean, single_line

# No script, no frame, no form, nothing fetched: only the inline style may apply.
_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"

CSS = """
:root { color-scheme: light; --ink: #1d1d1f; --muted: #5f6368; --line: #d0d4d9; --band: #f3f5f7; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body { margin: 0 auto; padding: 1rem; max-width: 52rem; color: var(--ink); background: #fff;
  font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif;
  overflow-wrap: anywhere; }
h1 { font-size: 1.6rem; margin: 0 0 .5rem; line-height: 1.25; }
h2 { font-size: 1.3rem; margin: 1.6rem 0 .5rem; border-bottom: 1px solid var(--line); }
h3 { font-size: 1.1rem; margin: 1.2rem 0 .3rem; }
h4 { font-size: 1rem; margin: 1rem 0 .2rem; }
p, ul, ol, dl { margin: .4rem 0 .8rem; }
ul, ol { padding-left: 1.3rem; }
.note-by, .muted { color: var(--muted); }
.notice { font-weight: 600; }
.confidential { font-style: italic; color: var(--muted); }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; }
dl.facts dt { font-weight: 600; }
dl.facts dd { margin: 0; }
.table-wrap { overflow-x: auto; margin: .4rem 0 1rem; }
table { border-collapse: collapse; width: 100%; font-size: .95rem; }
th, td { border: 1px solid var(--line); padding: .3rem .45rem; text-align: left; vertical-align: top; }
th { background: var(--band); }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.sign { min-width: 5.5rem; height: 2.4rem; }
section.part + section.part { margin-top: 2.5rem; border-top: 3px double var(--line); padding-top: 1rem; }
@media (max-width: 480px) {
  body { padding: .6rem; font-size: 15px; }
  dl.facts { grid-template-columns: 1fr; }
  dl.facts dd { margin-bottom: .3rem; }
}
@page { size: A4; margin: 16mm 14mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  section.part + section.part { break-before: page; page-break-before: always;
    border-top: none; margin-top: 0; padding-top: 0; }
  h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
  tr, li, dl.facts { break-inside: avoid; page-break-inside: avoid; }
  .table-wrap { overflow: visible; }
  thead { display: table-header-group; }
}
"""


class Html(str):
    """Text that is already markup: building blocks return it and never escape it again."""

    __slots__ = ()


def text(value: str) -> Html:
    """User text as markup: cleaned, escaped, line breaks kept as ``<br>``."""
    if isinstance(value, Html):
        return value
    lines = clean(value).split("\n")
    return Html("<br>".join(html.escape(line, quote=True) for line in lines))


def inline(value: str) -> Html:
    """User text on one line (names, titles, cells), escaped."""
    if isinstance(value, Html):
        return value
    return Html(html.escape(single_line(value), quote=True))


def join(parts: Iterable[str], sep: str = "") -> Html:
    """Pieces joined; each plain ``str`` among them is escaped as user text."""
    return Html(html.escape(sep).join(text(part) for part in parts))


def _attrs(cls: str | None) -> str:
    return f' class="{html.escape(cls, quote=True)}"' if cls else ""


def element(tag: str, content: str | Iterable[str], *, cls: str | None = None) -> Html:
    """``<tag class=cls>content</tag>``; ``tag`` is ours (a constant), the content is escaped."""
    body = text(content) if isinstance(content, str) else join(content)
    return Html(f"<{tag}{_attrs(cls)}>{body}</{tag}>")


def heading(level: int, value: str, *, cls: str | None = None) -> Html:
    return element(f"h{min(max(level, 1), 6)}", inline(value), cls=cls)


def paragraph(value: str | Iterable[str], *, cls: str | None = None) -> Html:
    return element("p", value, cls=cls)


def items(values: Iterable[str], *, ordered: bool = False, cls: str | None = None) -> Html:
    tag = "ol" if ordered else "ul"
    body = "".join(f"<li>{text(v)}</li>" for v in values)
    return Html(f"<{tag}{_attrs(cls)}>{body}</{tag}>")


def facts(pairs: Iterable[tuple[str, str]]) -> Html:
    """Label–value pairs (date, method, present …) as a definition list."""
    body = "".join(f"<dt>{inline(label)}</dt><dd>{text(value)}</dd>" for label, value in pairs)
    return Html(f'<dl class="facts">{body}</dl>')


def table(
    header: Sequence[str],
    rows: Iterable[Sequence[str]],
    *,
    numeric: Iterable[int] = (),
    sign: Iterable[int] = (),
    caption: str | None = None,
) -> Html:
    """A table whose cells wrap; columns in ``numeric`` align right, columns in ``sign`` are empty
    boxes tall enough for initials written by hand."""
    right, boxes = set(numeric), set(sign)

    def cls(index: int) -> str:
        return ' class="num"' if index in right else (' class="sign"' if index in boxes else "")

    head = "".join(f"<th{cls(i)}>{inline(h)}</th>" for i, h in enumerate(header))
    body = "".join(
        "<tr>" + "".join(f"<td{cls(i)}>{text(c)}</td>" for i, c in enumerate(row)) + "</tr>"
        for row in rows
    )
    cap = f"<caption>{inline(caption)}</caption>" if caption else ""
    return Html(
        f'<div class="table-wrap"><table>{cap}<thead><tr>{head}</tr></thead>'
        f"<tbody>{body}</tbody></table></div>"
    )


def section(parts: Iterable[str], *, cls: str = "part") -> Html:
    """One part of the page (one session of a series): in print each part starts on a new page."""
    return Html(f'<section class="{html.escape(cls, quote=True)}">{join(parts)}</section>')


def page(title: str, body: Iterable[str], *, lang: str = "en", css: str = "") -> str:
    """The whole document: ``title`` in the head, ``body`` (markup or user text) in order.

    ``css`` adds the caller's own rules after the shared ones (a constant of the caller, never user
    text).
    """
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{html.escape(lang, quote=True)}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="robots" content="noindex, nofollow">\n'
        f"<title>{inline(title)}</title>\n<style>{CSS}{css}</style>\n</head>\n<body>\n"
        f"{join(body)}\n</body>\n</html>\n"
    )
