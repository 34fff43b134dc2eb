"""Rich renderings for the protocol and plan commands (rich is imported only when a view is drawn)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from intervision.i18n import count, t

if TYPE_CHECKING:
    from rich.console import Console
    from rich.table import Table

    from intervision.cli.table import Output
    from intervision.protocol.catalog import Summary
    from intervision.protocol.library import Entry
    from intervision.protocol.model import Phase, Protocol
    from intervision.protocol.plan import Agenda, Section
    from intervision.store.sessions import StoredSession


def console() -> Console:
    import sys

    from rich.console import Console

    # markup=False: a title or name with [brackets] is text, never markup (or a crash).
    # To a file or a pipe: whole lines, no wrapping (and so no trailing spaces); the terminal wraps.
    return Console(highlight=False, soft_wrap=not sys.stdout.isatty(), markup=False)


def minutes_text(value: float | None) -> str:
    """7 → '7', 7.5 → '7½', 0.5 → '½', 7.25 → '7.3'."""
    if value is None:
        return "–"
    if abs(value - round(value)) < 1e-9:
        return str(round(value))
    if abs(value * 2 - round(value * 2)) < 1e-9:
        whole = int(value)
        return f"{whole or ''}½"
    return f"{value:.1f}"


def minutes_count(value: float) -> str:
    """'1 minuut', '7½ minuten', '54 minutes'."""
    return count(value, "minute", minutes_text(value))


def duration_text(minutes: float) -> str:
    """A speaker's slice as m:ss."""
    from intervision.render.units import clock as mm_ss

    return mm_ss(minutes * 60)


def captures_text(phase: Phase) -> str:
    if not phase.captures:
        return t("capture.none")
    return ", ".join(t(f"capture.{c.value}") for c in phase.captures)


def protocol_list(rows: list[Summary]) -> None:
    from intervision.cli.table import Output, Table

    out = Output()
    if not rows:
        out.line(t("list.empty"))
        return
    table = Table(
        [t(k) for k in ("col.id", "col.language", "col.title", "col.minutes", "col.origin")],
        right={3},
    )
    for row in rows:
        title = row.title if row.valid else t("list.invalid")
        origin = t(f"origin.{row.origin}")
        style = None if row.valid else "red"
        table.add_row(
            row.id, row.language or "?", title or "", minutes_text(row.minutes), origin, style=style
        )
    table.render(out)


def _phase_minutes(phase: Phase) -> str:
    if phase.minutes_per_member is not None:
        return t("show.per_member", n=minutes_text(phase.minutes_per_member))
    return f"{minutes_text(phase.minutes)} min"


def protocol_detail(protocol: Protocol, entry: Entry) -> None:
    from rich.padding import Padding

    from intervision.protocol.catalog import typical_minutes
    from intervision.protocol.plan import Section

    out = console()
    out.print(f"{protocol.title}  ({protocol.id}, {protocol.language}, {entry.path})", style="bold")
    out.print(protocol.summary.strip())
    out.print(t("show.basis", basis=t(f"basis.{protocol.basis.value}")))
    group = protocol.group
    out.print(
        t(
            "show.group",
            min=group.min,
            max=group.max,
            ideal=group.ideal,
            cases=count(protocol.cases, "case"),
        )
    )
    out.print(
        t(
            "show.typical",
            minutes=minutes_count(typical_minutes(protocol)),
            members=count(group.ideal, "member"),
        )
    )
    # A list rather than a table: it reads the same in an 80-column terminal and a wide one.
    sections = (
        (Section.OPENING, protocol.opening),
        (Section.PER_CASE, protocol.per_case),
        (Section.CLOSING, protocol.closing),
    )
    number = 0
    for section, phases in sections:
        if not phases:
            continue
        label = (
            t("section.per_case_generic")
            if section is Section.PER_CASE
            else t(f"section.{section.value}")
        )
        out.print()
        out.print(label, style="bold")
        for phase in phases:
            number += 1
            out.print(f"  {number}. {phase.title} — {_phase_minutes(phase)}")
            details = [
                f"{t('col.who')}: {t(f'pattern.{phase.speakers.value}')}",
                f"{t('col.owner')}: {t(f'owner.{phase.owner_position.value}')}",
                f"{t('col.captures')}: {captures_text(phase)}",
            ]
            if phase.questions_per_member:
                questions = count(phase.questions_per_member, "question")
                details.append(t("show.questions_per_member", questions=questions))
            out.print(Padding(" · ".join(details), (0, 0, 0, 5), expand=False))
            if phase.not_allowed:
                items = ", ".join(phase.not_allowed)
                out.print(Padding(t("show.not_allowed", items=items), (0, 0, 0, 5), expand=False))
    if protocol.ground_rules:
        out.print()
        out.print(t("show.ground_rules"), style="bold")
        out.print(_bullets(protocol.ground_rules))
    out.print()
    out.print(t("show.sources"), style="bold")
    lines = []
    for source in protocol.sources:
        parts = [
            p for p in (source.author, str(source.year) if source.year else None, source.title) if p
        ]
        lines.append(", ".join(parts) + (f" — {source.url}" if source.url else ""))
    out.print(_bullets(lines))


def _bullets(lines: list[str]) -> Table:
    """A bulleted list whose wrapped lines stay under their text (a hanging indent)."""
    from rich.table import Table

    grid = Table.grid(padding=(0, 1))
    grid.add_column(no_wrap=True)
    grid.add_column(overflow="fold")
    for line in lines:
        grid.add_row("  •", line)
    return grid


def clock(start: int | None, offset: float) -> str:
    if start is None:
        return ""
    total = round(start + offset) % (24 * 60)
    return f"{total // 60:02d}:{total % 60:02d}"


def agenda(plan: Agenda, start: int | None) -> None:
    from intervision.cli.table import Output, Table

    out = Output()
    protocol = plan.protocol
    out.line(
        t(
            "plan.title",
            title=protocol.title,
            members=count(plan.members, "member"),
            cases=count(plan.cases, "case"),
        ),
        "bold",
    )
    group = protocol.group
    if not group.min <= plan.members <= group.max:
        out.line(t("plan.group_outside", min=group.min, max=group.max, n=plan.members), "yellow")
    keys = ["col.clock"] if start is not None else []
    keys += ["col.phase", "col.who", "col.minutes", "col.slice", "col.captures"]
    offset = len(keys) - 5
    table = Table([t(k) for k in keys], right={offset + 2, offset + 3})
    current: tuple[Section, int | None] | None = None
    for row in plan.phases:
        if (row.section, row.case) != current:
            current = (row.section, row.case)
            table.add_section(t(f"section.{row.section.value}", case=row.case or ""))
        slice_ = duration_text(row.slice_minutes) if row.slice_minutes is not None else ""
        marker = " (min)" if plan.target is not None and row.at_minimum else ""
        cells = [clock(start, row.start)] if start is not None else []
        cells += [
            row.phase.title,
            t(f"pattern.{row.phase.speakers.value}"),
            minutes_text(row.minutes) + marker,
            slice_,
            captures_text(row.phase),
        ]
        table.add_row(*cells)
    table.render(out)
    total = minutes_count(plan.total)
    if start is not None:
        out.line(
            t(
                "plan.total_clock",
                minutes=total,
                start=clock(start, 0),
                end=clock(start, plan.total),
            )
        )
    else:
        out.line(t("plan.total", minutes=total))
    fit_report(plan, out)


def fit_report(plan: Agenda, out: Output) -> None:
    if plan.target is None:
        return
    target, base = minutes_count(plan.target), minutes_count(plan.base_total)
    if plan.fits:
        out.line(t("plan.fitted", target=target, base=base))
    elif plan.shortfall > 0:
        out.line(
            t("plan.too_long", target=target, over=minutes_count(round(plan.shortfall, 1))), "red"
        )
        at_min = [r.phase.title for r in plan.phases if r.at_minimum]
        out.line(t("plan.at_minimum", phases=", ".join(dict.fromkeys(at_min))))
    else:
        out.line(
            t("plan.too_short", target=target, under=minutes_count(round(plan.surplus, 1))),
            "yellow",
        )


def session_list(rows: list[StoredSession]) -> None:
    from intervision.cli.table import Output, Table

    out = Output()
    if not rows:
        out.line(t("store.no_sessions"))
        return
    keys = ("col.date", "col.method", "col.members", "col.owners", "col.status", "col.folder")
    table = Table([t(key) for key in keys])
    for row in rows:
        owners = ", ".join(row.owners[c] for c in sorted(row.owners))
        table.add_row(
            row.date,
            row.protocol,
            ", ".join(row.members),
            owners,
            t(f"status.{row.status}"),
            str(row.folder),
        )
    table.render(out)
