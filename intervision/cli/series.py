"""``intervision next``, ``agreements`` and ``stats``: the group over time, read from the summary index."""

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from intervision.cli.edge import guarded
from intervision.i18n import t

if TYPE_CHECKING:
    from intervision.group.series import Series
    from intervision.store.workspace import Workspace


def _series(workspace: "Workspace", since: str | None = None) -> "Series":
    from intervision.group.series import Series
    from intervision.store.workspace import GROUP_FILE

    group_file = workspace.root / GROUP_FILE if workspace.is_group else None
    return Series(workspace.sessions_dir, group_file=group_file, since=since)


def _echo_json(data: object) -> None:
    from intervision.terminal import safe_json  # control characters as \uXXXX: the same data

    typer.echo(safe_json(data))


def register(app: typer.Typer) -> None:
    from intervision.store.workspace import locate

    workspace_opt = typer.Option("--workspace", help=t("cli.opt.workspace"))
    Json = Annotated[bool, typer.Option("--json", help=t("cli.opt.json"))]

    @app.command("next", help=t("cli.next.help"))
    @guarded
    def next_command(
        members: Annotated[
            str | None, typer.Option("--members", help=t("cli.next.members"))
        ] = None,
        as_json: Json = False,
        workspace: Annotated[Path | None, workspace_opt] = None,
    ) -> None:
        from intervision.cli import series_views as views

        names = [n.strip() for n in (members or "").replace(";", ",").split(",") if n.strip()]
        series = _series(locate(workspace))
        proposal = views.next_proposal(series, names or None, date.today())
        if as_json:
            _echo_json(proposal)
        else:
            views.show_next(proposal)

    @app.command("agreements", help=t("cli.agreements.help"))
    @guarded
    def agreements_command(
        open_only: Annotated[bool, typer.Option("--open", help=t("cli.agreements.open"))] = False,
        everything: Annotated[bool, typer.Option("--all", help=t("cli.agreements.all"))] = False,
        member: Annotated[
            str | None, typer.Option("--member", help=t("cli.agreements.member"))
        ] = None,
        as_json: Json = False,
        workspace: Annotated[Path | None, workspace_opt] = None,
    ) -> None:
        from intervision.cli import series_views as views
        from intervision.group.agreements import ledger, select

        series = _series(locate(workspace))
        items = select(
            ledger(series.history, open_only=not everything),
            open_only=not everything,
            member=member,
        )
        if as_json:
            _echo_json([i.to_dict() for i in items])
        else:
            views.show_agreements(items)

    @app.command("stats", help=t("cli.stats.help"))
    @guarded
    def stats_command(
        since: Annotated[str | None, typer.Option("--since", help=t("cli.stats.since"))] = None,
        as_json: Json = False,
        workspace: Annotated[Path | None, workspace_opt] = None,
    ) -> None:
        from intervision.cli import series_views as views

        if since is not None:
            try:
                since = date.fromisoformat(since).isoformat()
            except ValueError:
                raise typer.BadParameter(
                    t("stats.bad_since", value=since), param_hint="--since"
                ) from None
        trends = _series(locate(workspace), since).trends()
        if as_json:
            _echo_json(trends.to_dict())
        else:
            views.show_stats(trends)
