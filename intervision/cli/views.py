"""What the protocol, plan and sessions commands print: plain lines and tables (``cli/table.py``).

No rich here: it would cost start-up, end with exit code 1 on a closed pipe (``| head``) and cut piped
lines at 80 columns. Every text from a person or a file goes through ``Output``, which shows it
without control characters or escape sequences (``intervision/terminal.py``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from intervision.i18n import count, t

if TYPE_CHECKING:
    from intervision.cli.table import Output
    from intervision.protocol.catalog import Summary
    from intervision.protocol.library import Entry
    from intervision.protocol.model import Phase, Protocol
    from intervision.protocol.plan import Agenda, Section
    from intervision.store.sessions import StoredSession


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
        wraps={2},
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
    from intervision.cli.table import Output
    from intervision.protocol.catalog import typical_minutes
    from intervision.protocol.plan import Section

    out = Output()
    out.wrapped(
        f"{protocol.title}  ({protocol.id}, {protocol.language}, {entry.path})", style="bold"
    )
    out.wrapped(protocol.summary.strip())
    out.wrapped(t("show.basis", basis=t(f"basis.{protocol.basis.value}")))
    group = protocol.group
    cases = count(protocol.cases, "case")
    out.wrapped(t("show.group", min=group.min, max=group.max, ideal=group.ideal, cases=cases))
    typical = minutes_count(typical_minutes(protocol))
    out.wrapped(t("show.typical", minutes=typical, members=count(group.ideal, "member")))
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
        out.line()
        out.line(label, "bold")
        for phase in phases:
            number += 1
            head = f"{number}. "
            out.wrapped(f"{head}{phase.title} — {_phase_minutes(phase)}", indent=2, hang=len(head))
            details = [
                f"{t('col.who')}: {t(f'pattern.{phase.speakers.value}')}",
                f"{t('col.owner')}: {t(f'owner.{phase.owner_position.value}')}",
                f"{t('col.captures')}: {captures_text(phase)}",
            ]
            if phase.questions_per_member:
                questions = count(phase.questions_per_member, "question")
                details.append(t("show.questions_per_member", questions=questions))
            out.wrapped(" · ".join(details), indent=5)
            if phase.not_allowed:
                items = ", ".join(phase.not_allowed)
                out.wrapped(t("show.not_allowed", items=items), indent=5)
    if protocol.ground_rules:
        out.line()
        out.line(t("show.ground_rules"), "bold")
        _bullets(out, protocol.ground_rules)
    out.line()
    out.line(t("show.sources"), "bold")
    lines = []
    for source in protocol.sources:
        parts = [
            p for p in (source.author, str(source.year) if source.year else None, source.title) if p
        ]
        lines.append(", ".join(parts) + (f" — {source.url}" if source.url else ""))
    _bullets(out, lines)


def _bullets(out: Output, lines: list[str]) -> None:
    """A bulleted list whose wrapped lines stay under their text (a hanging indent)."""
    for line in lines:
        out.wrapped(f"• {line}", indent=2, hang=2)


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


def started_text(wall: str, folder: str) -> str:
    """'2026-11-23T13:30:05+01:00' → '13:30' beside a folder of that day, else '2026-11-23 13:30'
    (the time as the laptop showed it)."""
    if len(wall) < 16 or wall[10] != "T":
        return wall[:10]
    return wall[11:16] if folder.startswith(wall[:10]) else f"{wall[:10]} {wall[11:16]}"


def cases_text(owners: dict[int, str], titles: dict[int, str]) -> str:
    """Each case as its title with its owner: 'Angry parent (Bram); Cor'."""
    parts = []
    for case in sorted(set(owners) | set(titles)):
        title, owner = titles.get(case, ""), owners.get(case, "")
        parts.append(f"{title} ({owner})" if title else f"({owner})")
    return "; ".join(parts)


def session_list(rows: list[StoredSession]) -> None:
    from intervision.cli.table import Output

    out = Output()
    if not rows:
        out.line(t("store.no_sessions"))
        return
    # Two lines a session rather than a table: a folder name is up to 40 characters and names and
    # titles are long, so six columns cannot share 80 without splitting words. The first line holds
    # the folder (with date and method: what resume and minutes take), the start and the status; the
    # second, indented, the cases and who took part, wrapped at spaces.
    for row in rows:
        status = t(f"status.{row.status}")
        if row.rehearsal:
            status = t("status.rehearsal", status=status)
        head = " · ".join([row.folder.name, started_text(row.started, row.folder.name), status])
        style = "dim" if row.rehearsal else "bold"
        out.wrapped(head, hang=4, style=style)
        cases = cases_text(row.owners, row.titles)
        members = t("cli.sessions.members", names=", ".join(row.members)) if row.members else ""
        detail = " · ".join(part for part in (cases, members) if part)
        if detail:
            out.wrapped(detail, indent=4, style="dim" if row.rehearsal else None)
    for row in rows:
        if row.damaged:
            from intervision.terminal import safe

            out.line(safe(t("store.damaged_listed", folder=row.folder.name, problem=row.problem)))
