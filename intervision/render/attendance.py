"""The attendance report for registers as Markdown, CSV, HTML or PDF.

Pure: an :class:`AttendanceReport` in, text or bytes out; every format shows the same rows, built
once here from the report's numbers (nothing is computed twice). The initials boxes are empty cells:
a register rejects a list with tick marks, so the sheet is printed and signed by hand.

CSV: one row per meeting and person (present, absent, facilitator), so a spreadsheet can filter and
count; separated by ``;`` and written with a UTF-8 byte order mark when it goes to a file, because
that is what Excel with Dutch settings opens into columns with the accents intact (its list
separator is ``;`` where the decimal separator is a comma; without the mark it reads the file as
ANSI). LibreOffice and Python's ``csv`` module read it as well. Minutes are whole numbers, so no
decimal separator is involved.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence

from intervision.group.register_report import AttendanceReport
from intervision.render.attendance_rows import Rows, hours, rules, source
from intervision.render.escape import single_line

__all__ = ["hours", "rules", "source", "to_csv", "to_html", "to_markdown", "to_pdf"]

BOM = "\ufeff"


# --- Markdown --------------------------------------------------------------------------------------


def _md_cell(value: str) -> str:
    from intervision.render.escape import inline

    return inline(single_line(value)) if value else ""


def _md_row(cells: Sequence[str]) -> str:
    """One row in the linters' compact style: one space either side, an empty box as ``| |``."""
    return "|" + "|".join(f" {cell} " if cell else " " for cell in cells) + "|"


def _md_table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    out = [_md_row([_md_cell(h) for h in header]), _md_row(["---"] * len(header))]
    out += [_md_row([_md_cell(c) for c in row]) for row in rows]
    return [*out, ""]


def to_markdown(report: AttendanceReport) -> str:
    from intervision.render.escape import inline

    w = Rows(report)
    out = [f"# {inline(w.title())}", ""]
    out += [f"- **{inline(label)}:** {inline(value)}" for label, value in w.facts()]
    out += ["", w.t("report.net_note"), ""]
    out += [f"## {inline(w.t('report.meetings'))}", ""]
    personal = report.member is not None
    if not report.verdicts:
        out += [w.t("report.no_meetings"), ""]
    else:  # a member's own report too: the signatures get their own table below
        out += _md_table(w.meeting_header(), [w.meeting_row(v) for v in report.verdicts])
    warnings = w.warnings()
    if warnings:
        out += [f"### {inline(w.t('report.warnings'))}", ""]
        out += [f"- {inline(line)}" for line in warnings] + [""]
    out += [f"## {inline(w.t('report.per_member'))}", ""]
    out += _md_table(w.member_header(), [w.member_row(total) for total in report.totals])
    if w.per_year_shown():
        out += [f"### {inline(w.t('report.per_year'))}", ""]
        out += _md_table(w.year_header(), w.year_rows())
    five = w.five_years()
    if five:
        out += [f"- {inline(line)}" for line in five] + [""]
    if report.learning is not None:
        out += [f"## {inline(w.t('report.learning'))}", ""]
        if report.learning:
            out += [f"- {p.day.isoformat()}: {inline(p.text)}" for p in report.learning] + [""]
        else:
            out += [w.t("report.no_learning"), ""]
    if personal and report.verdicts:
        out += [f"## {inline(w.t('report.signatures'))}", ""]
        out += _md_table(w.personal_header(), w.personal_rows())
    if not personal and report.verdicts:
        out += [f"## {inline(w.t('report.signatures'))}", "", w.t("report.sign_note"), ""]
        header = [w.t("report.col.name"), w.t("report.col.status"), w.t("report.col.initials")]
        for verdict in report.verdicts:
            out += [f"### {inline(w.meeting_heading(verdict.meeting))}", ""]
            out += _md_table(header, [[n, s, ""] for n, s in w.signers(verdict.meeting)])
    out += [*w.made(), ""]
    return "\n".join(out)


# --- CSV -------------------------------------------------------------------------------------------


def to_csv(report: AttendanceReport, *, bom: bool = True) -> str:
    """One row per meeting and person: present, absent, and the facilitator when not present."""
    w = Rows(report)
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    keys = ["date", "start", "end", "net", "facilitator", "method", "topic", "name", "status"]
    header = [w.t(f"report.col.{k}") for k in keys]
    if report.profile is not None:
        header += [w.t("report.col.counts"), w.t("report.col.why")]
    header.append(w.t("report.col.initials"))
    writer.writerow(header)
    for verdict in report.verdicts:
        m = verdict.meeting
        common = [
            m.day.isoformat(),
            m.start.strftime("%H:%M"),
            m.end.strftime("%H:%M"),
            str(m.net_minutes),
            m.facilitator or "",
            m.method,
            m.topic,
        ]
        people = w.signers(m) + [(n, w.t("report.status.absent")) for n in m.absent]
        if report.member is not None:
            people = [(n, s) for n, s in people if n == report.member]
        for name, status in people:
            row = [*common, name, status]
            if report.profile is not None:
                row += [w.t("report.yes") if verdict.counts else w.t("report.no"), w.why(verdict)]
            row.append("")
            writer.writerow([single_line(cell) for cell in row])
    return (BOM if bom else "") + buffer.getvalue()


# Dates, times and headers break between words only (the shared sheet breaks anywhere, for long notes);
# a table too wide for a phone scrolls sideways in its wrapper.
_CSS = """
table { font-size: .88rem; }
th, td { overflow-wrap: normal; }
td:nth-child(-n+3) { white-space: nowrap; }
"""

# --- HTML ------------------------------------------------------------------------------------------


def to_html(report: AttendanceReport) -> str:
    from intervision.render import html_page as h

    w = Rows(report)
    personal = report.member is not None
    body: list[str] = [h.heading(1, w.title()), h.facts(w.facts())]
    body.append(h.paragraph(w.t("report.net_note"), cls="muted"))
    body.append(h.heading(2, w.t("report.meetings")))
    numeric = [3]
    if not report.verdicts:
        body.append(h.paragraph(w.t("report.no_meetings")))
    else:
        rows = [w.meeting_row(v) for v in report.verdicts]
        body.append(h.table(w.meeting_header(), rows, numeric=numeric))
    warnings = w.warnings()
    if warnings:
        body += [h.heading(3, w.t("report.warnings")), h.items(warnings, cls="notice")]
    body.append(h.heading(2, w.t("report.per_member")))
    member_rows = [w.member_row(total) for total in report.totals]
    body.append(h.table(w.member_header(), member_rows, numeric=range(1, 4)))
    if w.per_year_shown():
        body.append(h.heading(3, w.t("report.per_year")))
        body.append(h.table(w.year_header(), w.year_rows(), numeric=range(1, 8)))
    five = w.five_years()
    if five:
        body.append(h.items(five))
    if report.learning is not None:
        body.append(h.heading(2, w.t("report.learning")))
        if report.learning:
            body.append(h.items(f"{p.day.isoformat()}: {p.text}" for p in report.learning))
        else:
            body.append(h.paragraph(w.t("report.no_learning")))
    if personal and report.verdicts:
        body.append(h.heading(2, w.t("report.signatures")))
        body.append(h.table(w.personal_header(), w.personal_rows(), sign=[3, 4]))
    parts = [h.section(body)]
    if not personal and report.verdicts:
        header = [w.t("report.col.name"), w.t("report.col.status"), w.t("report.col.initials")]
        signing: list[str] = [h.heading(2, w.t("report.signatures"))]
        signing.append(h.paragraph(w.t("report.sign_note"), cls="muted"))
        for verdict in report.verdicts:
            signing.append(h.heading(3, w.meeting_heading(verdict.meeting)))
            rows = [[n, s, ""] for n, s in w.signers(verdict.meeting)]
            signing.append(h.table(header, rows, sign=[2]))
        parts.append(h.section(signing))
    parts += [h.paragraph(line, cls="muted") for line in w.made()]
    return h.page(w.title(), parts, lang=report.lang, css=_CSS)


# --- PDF -------------------------------------------------------------------------------------------


def to_pdf(report: AttendanceReport) -> bytes:
    from intervision.render.pdf_doc import PdfDocument

    w = Rows(report)
    personal = report.member is not None
    doc = PdfDocument(title=w.title(), author="intervision", lang=report.lang)
    doc.heading(1, w.title())
    doc.facts(w.facts())
    doc.paragraph(w.t("report.net_note"), style="small")
    doc.heading(2, w.t("report.meetings"))
    # relative widths on A4: a date and a time fit on one line, the names wrap
    widths = [1.6, 0.85, 0.85, 1.0, 1.1, 1.85, 1.0, 1.0, 1.35]
    if report.profile is not None:
        widths.append(0.7)
    if not report.verdicts:
        doc.paragraph(w.t("report.no_meetings"))
    else:
        rows = [w.meeting_row(v) for v in report.verdicts]
        doc.table(w.meeting_header(), rows, widths=widths, numeric=[3])
    warnings = w.warnings()
    if warnings:
        doc.heading(3, w.t("report.warnings"))
        doc.bullets(warnings)
    doc.heading(2, w.t("report.per_member"))
    member_rows = [w.member_row(total) for total in report.totals]
    member_header = w.member_header()
    widths = [2.5] + [1.3] * (len(member_header) - 1)
    doc.table(member_header, member_rows, widths=widths, numeric=range(1, 4))
    if w.per_year_shown():
        doc.heading(3, w.t("report.per_year"))
        year_header = w.year_header()
        year_widths = [2.0, 0.8] + [1.3] * (len(year_header) - 2)
        doc.table(year_header, w.year_rows(), widths=year_widths, numeric=range(1, 8))
    five = w.five_years()
    if five:
        doc.bullets(five)
    if report.learning is not None:
        doc.heading(2, w.t("report.learning"))
        if report.learning:
            doc.bullets(f"{p.day.isoformat()}: {p.text}" for p in report.learning)
        else:
            doc.paragraph(w.t("report.no_learning"))
    if personal and report.verdicts:
        doc.heading(2, w.t("report.signatures"))
        doc.table(w.personal_header(), w.personal_rows(), widths=[1.6, 1, 1, 2, 2], sign=[3, 4])
    if not personal and report.verdicts:
        doc.page_break()
        doc.heading(2, w.t("report.signatures"))
        doc.paragraph(w.t("report.sign_note"), style="small")
        header = [w.t("report.col.name"), w.t("report.col.status"), w.t("report.col.initials")]
        for verdict in report.verdicts:
            doc.heading(3, w.meeting_heading(verdict.meeting))
            rows = [[n, s, ""] for n, s in w.signers(verdict.meeting)]
            doc.table(header, rows, widths=[3, 1.5, 2], sign=[2])
    for line in w.made():
        doc.paragraph(line, style="small")
    return doc.build()
