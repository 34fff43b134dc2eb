"""``intervision plan``: the timed agenda for a group."""

import re
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from intervision.cli.complete import protocol_ids
from intervision.cli.edge import guarded
from intervision.errors import UsageError
from intervision.i18n import language, t
from intervision.protocol.limits import MAX_CASES, MAX_MEMBERS, MIN_MEMBERS
from intervision.store.workspace import locate

if TYPE_CHECKING:
    from intervision.protocol.plan import Agenda


def parse_clock(value: str) -> int:
    """Minutes after midnight for ``HH:MM``."""
    match = re.fullmatch(r"([01]?\d|2[0-3])[:.]([0-5]\d)", value.strip())
    if not match:
        raise UsageError("plan.bad_start", value=value)
    return int(match.group(1)) * 60 + int(match.group(2))


def agenda_dict(agenda: "Agenda", start: int | None) -> dict[str, object]:
    from intervision.cli.views import clock

    return {
        "protocol": agenda.protocol.id,
        "language": agenda.protocol.language,
        "members": agenda.members,
        "cases": agenda.cases,
        "total_minutes": agenda.total,
        "target_minutes": agenda.target,
        "fits": agenda.fits,
        "over_minutes": round(agenda.shortfall, 2),
        "under_minutes": round(agenda.surplus, 2),
        "phases": [
            {
                "id": row.phase.id,
                "title": row.phase.title,
                "section": row.section.value,
                "case": row.case,
                "speakers": row.phase.speakers.value,
                "minutes": row.minutes,
                "planned_minutes": row.base_minutes,
                "min_minutes": row.min_minutes,
                "max_minutes": row.max_minutes,
                "turns": row.turns,
                "minutes_per_turn": row.slice_minutes,
                "at_minimum": row.at_minimum,
                "start_offset": row.start,
                **({"start": clock(start, row.start)} if start is not None else {}),
            }
            for row in agenda.phases
        ],
    }


def register(app: typer.Typer) -> None:
    @app.command("plan", help=t("cli.plan.help"))
    @guarded
    def plan_command(
        protocol: Annotated[
            str, typer.Argument(help=t("cli.arg.protocol"), autocompletion=protocol_ids)
        ],
        members: Annotated[
            int,
            typer.Option(
                "--members", "-n", min=MIN_MEMBERS, max=MAX_MEMBERS, help=t("cli.plan.members")
            ),
        ],
        minutes: Annotated[
            float | None,
            typer.Option("--minutes", "-m", min=1, max=1440, help=t("cli.plan.minutes")),
        ] = None,
        cases: Annotated[
            int | None,
            typer.Option("--cases", "-c", min=1, max=MAX_CASES, help=t("cli.plan.cases")),
        ] = None,
        start: Annotated[str | None, typer.Option("--start", help=t("cli.plan.start"))] = None,
        as_json: Annotated[bool, typer.Option("--json", help=t("cli.opt.json"))] = False,
        workspace: Annotated[
            Path | None, typer.Option("--workspace", help=t("cli.opt.workspace"))
        ] = None,
    ) -> None:
        from intervision.protocol.library import resolve
        from intervision.protocol.plan import plan

        start_minutes = parse_clock(start) if start is not None else None
        entry = resolve(protocol, language(), locate(workspace).protocols_dir)
        agenda = plan(entry.load(), members, cases=cases, minutes=minutes)
        if as_json:
            from intervision.terminal import safe_json

            typer.echo(safe_json(agenda_dict(agenda, start_minutes)))
        else:
            from intervision.cli import views

            views.agenda(agenda, start_minutes)
        if not agenda.fits:
            raise typer.Exit(1)
