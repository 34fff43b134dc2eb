"""``intervision init``, ``members list|add|leave|rename`` and ``group schema``: the group folder."""

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from intervision.cli.edge import guarded
from intervision.errors import UsageError
from intervision.i18n import count, language, t
from intervision.store.workspace import locate

if TYPE_CHECKING:
    from intervision.group.groupfile import GroupFile


def _day(value: str | None) -> date:
    if value is None:
        return date.today()
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise UsageError("members.bad_date", value=value) from None


def _member_table(group: "GroupFile", day: date) -> None:
    from intervision.cli.table import Output, Table
    from intervision.terminal import safe

    out = Output()
    out.line(safe(group.name), "bold")
    table = Table(
        [t(k) for k in ("members.col.name", "members.col.status", "members.col.formerly")]
    )
    for member in group.members:
        if member.active_on(day):
            status, style = t("members.status.expected"), None
        elif member.left is not None and member.left <= day:
            status, style = t("members.status.left", date=member.left.isoformat()), "dim"
        else:
            joined = member.joined.isoformat() if member.joined else ""
            status, style = t("members.status.from", date=joined), "dim"
        table.add_row(safe(member.name), status, safe(", ".join(member.formerly)), style=style)
    table.render(out)
    expected = sum(1 for m in group.members if m.active_on(day))
    out.line(t("members.summary", members=count(expected, "member"), date=day.isoformat()))


def register(app: typer.Typer) -> None:
    workspace_opt = typer.Option("--workspace", help=t("cli.opt.workspace"))

    @app.command("init", help=t("init.help"))
    @guarded
    def init(
        folder: Annotated[
            Path | None, typer.Argument(metavar=t("members.metavar.dir"), help=t("init.opt.dir"))
        ] = None,
        name: Annotated[str, typer.Option("--name", help=t("init.opt.name"))] = "",
        members: Annotated[str, typer.Option("--members", help=t("init.opt.members"))] = "",
        facilitator: Annotated[
            str | None, typer.Option("--facilitator", help=t("init.opt.facilitator"))
        ] = None,
        lang: Annotated[str | None, typer.Option("--lang", help=t("init.opt.lang"))] = None,
        protocol: Annotated[
            str | None, typer.Option("--protocol", help=t("init.opt.protocol"))
        ] = None,
        minutes: Annotated[
            float | None, typer.Option("--minutes", min=1, max=1440, help=t("init.opt.minutes"))
        ] = None,
    ) -> None:
        from intervision import i18n
        from intervision.group import folder as groups
        from intervision.terminal import safe
        from intervision.ui.run import split_names

        if not name.strip():
            raise UsageError("init.no_name")
        names = split_names(members)
        if not names:
            raise UsageError("init.no_members")
        chosen = i18n.normalise(lang) if lang else language()
        if chosen is None:
            raise typer.BadParameter(t("cli.bad_lang", value=lang), param_hint="--lang")
        if protocol:
            from intervision.protocol.library import resolve

            root = (folder or Path.cwd()).resolve()
            protocol = resolve(protocol, chosen, root / "protocols").id
        made = groups.create(
            (folder or Path.cwd()).resolve(),
            name=name,
            members=names,
            language=chosen,
            facilitator=facilitator,
            protocol=protocol,
            minutes=minutes,
        )
        typer.echo(
            t("init.done", path=safe(str(made.file)), members=i18n.count(len(names), "member"))
        )

    members_app = typer.Typer(help=t("members.help"), no_args_is_help=True, rich_markup_mode=None)

    @members_app.command("list", help=t("members.help.list"))
    @guarded
    def members_list(
        on: Annotated[str | None, typer.Option("--date", help=t("members.opt.list.date"))] = None,
        workspace: Annotated[Path | None, workspace_opt] = None,
    ) -> None:
        from intervision.group import folder as groups

        _member_table(groups.require(locate(workspace)).load(), _day(on))

    @members_app.command("add", help=t("members.help.add"))
    @guarded
    def members_add(
        name: Annotated[
            str, typer.Argument(metavar=t("members.metavar.name"), help=t("members.opt.name"))
        ],
        joined: Annotated[
            str | None, typer.Option("--date", help=t("members.opt.add.date"))
        ] = None,
        workspace: Annotated[Path | None, workspace_opt] = None,
    ) -> None:
        from intervision.group import folder as groups
        from intervision.terminal import safe

        folder = groups.require(locate(workspace))
        member = groups.add_member(folder, name, _day(joined) if joined else None)
        typer.echo(t("members.added", name=safe(member.name)))

    @members_app.command("leave", help=t("members.help.leave"))
    @guarded
    def members_leave(
        name: Annotated[
            str, typer.Argument(metavar=t("members.metavar.name"), help=t("members.opt.name"))
        ],
        on: Annotated[str | None, typer.Option("--date", help=t("members.opt.leave.date"))] = None,
        workspace: Annotated[Path | None, workspace_opt] = None,
    ) -> None:
        from intervision.group import folder as groups
        from intervision.terminal import safe

        folder = groups.require(locate(workspace))
        member = groups.leave_member(folder, name, _day(on))
        left = member.left.isoformat() if member.left else ""
        typer.echo(t("members.left", name=safe(member.name), date=left))

    @members_app.command("rename", help=t("members.help.rename"))
    @guarded
    def members_rename(
        old: Annotated[
            str, typer.Argument(metavar=t("members.metavar.old"), help=t("members.opt.old"))
        ],
        new: Annotated[
            str, typer.Argument(metavar=t("members.metavar.new"), help=t("members.opt.new"))
        ],
        workspace: Annotated[Path | None, workspace_opt] = None,
    ) -> None:
        from intervision.group import folder as groups
        from intervision.terminal import safe

        folder = groups.require(locate(workspace))
        member = groups.rename_member(folder, old, new)
        typer.echo(t("members.renamed", old=safe(old.strip()), name=safe(member.name)))

    app.add_typer(members_app, name="members")

    group_app = typer.Typer(help=t("group.help"), no_args_is_help=True, rich_markup_mode=None)

    @group_app.command("schema", help=t("group.help.schema"))
    @guarded
    def group_schema() -> None:
        from intervision.group.schema import schema_text

        typer.echo(schema_text(), nl=False)

    @group_app.command("check", help=t("group.help.check"))
    @guarded
    def group_check(workspace: Annotated[Path | None, workspace_opt] = None) -> None:
        from intervision.group import folder as groups
        from intervision.terminal import safe

        folder = groups.require(locate(workspace))
        group = folder.load()
        typer.echo(t("group.check_ok", path=safe(str(folder.file)), name=safe(group.name)))

    app.add_typer(group_app, name="group")
