"""``intervision report …``: the attendance report for registers, and the register profiles."""

import sys
from datetime import date
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from intervision.cli.complete import register_profiles
from intervision.cli.edge import guarded
from intervision.i18n import t

if TYPE_CHECKING:
    from intervision.group.groupfile import GroupFile
    from intervision.group.register_report import AttendanceReport
    from intervision.group.registers import RegisterProfile
    from intervision.store.workspace import Workspace


class ReportFormat(str, Enum):
    MD = "md"
    HTML = "html"
    PDF = "pdf"
    CSV = "csv"


def _day(value: str | None, option: str) -> date | None:
    from intervision.errors import UsageError
    from intervision.terminal import safe

    if value is None:
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise UsageError("report.bad_date", option=option, value=safe(value)) from None


def _group(place: "Workspace") -> "GroupFile | None":
    from intervision.group.folder import of_workspace

    folder = of_workspace(place)
    return folder.load() if folder is not None else None


def _render(report: "AttendanceReport", fmt: ReportFormat, *, to_file: bool) -> bytes:
    from intervision.render import attendance

    if fmt is ReportFormat.PDF:
        return attendance.to_pdf(report)
    if fmt is ReportFormat.HTML:
        return attendance.to_html(report).encode("utf-8")
    if fmt is ReportFormat.CSV:
        return attendance.to_csv(report, bom=to_file).encode("utf-8")
    return attendance.to_markdown(report).encode("utf-8")


def _show_profiles(own: "list[RegisterProfile]") -> None:
    """Every profile --profile takes: id, title, built in or the group's own, the rules, the source."""
    from intervision.group.registers import profiles
    from intervision.i18n import language
    from intervision.render.attendance import rules, source
    from intervision.terminal import safe_lines

    mine = {p.id for p in own}
    lines = [t("report.profiles_head")]
    for profile in profiles(own).values():
        origin = t("report.profiles_own" if profile.id in mine else "report.profiles_builtin")
        lines.append("")
        lines.append(f"  {profile.id}  {profile.title} ({origin})")
        lines.append("      " + "; ".join(rules(profile, language())))
        origin_line = t(
            "report.register_source",
            title=profile.title,
            source=source(profile, language()),
            checked=profile.checked,
        )
        lines.append(f"      {origin_line}")
    typer.echo(safe_lines("\n".join(lines)))


def build() -> typer.Typer:
    from intervision.store.workspace import locate

    app = typer.Typer(help=t("cli.report.help"), no_args_is_help=True, rich_markup_mode=None)
    workspace_opt = typer.Option("--workspace", help=t("cli.opt.workspace"))

    @app.command("attendance", help=t("cli.report.attendance"))
    @guarded
    def attendance(
        first: Annotated[
            str | None,
            typer.Option("--from", metavar=t("export.meta.date"), help=t("cli.report.from")),
        ] = None,
        last: Annotated[
            str | None, typer.Option("--to", metavar=t("export.meta.date"), help=t("cli.report.to"))
        ] = None,
        member: Annotated[
            str | None,
            typer.Option("--member", metavar=t("usage.meta.name"), help=t("cli.report.member")),
        ] = None,
        learning: Annotated[
            bool, typer.Option("--learning-points", help=t("cli.report.learning"))
        ] = False,
        profile: Annotated[
            str | None,
            typer.Option(
                "--profile",
                metavar="ID",
                help=t("cli.report.profile"),
                autocompletion=register_profiles,
            ),
        ] = None,
        fmt: Annotated[
            ReportFormat,
            typer.Option(
                "--format",
                metavar="md|html|pdf|csv",
                show_default=False,
                help=t("cli.report.format"),
            ),
        ] = ReportFormat.MD,
        output: Annotated[
            Path | None, typer.Option("--output", "-o", help=t("cli.report.output"))
        ] = None,
        force: Annotated[bool, typer.Option("--force", help=t("cli.report.force"))] = False,
        workspace: Annotated[Path | None, workspace_opt] = None,
    ) -> None:
        from intervision.cli.session import speak_as_group
        from intervision.errors import UsageError
        from intervision.group.register_report import build as build_report
        from intervision.group.register_report import choose_profile, learning_from
        from intervision.group.series import Series
        from intervision.i18n import language
        from intervision.store.workspace import GROUP_FILE
        from intervision.terminal import safe, safe_lines

        place = locate(workspace)
        speak_as_group(place)  # every message below in the group's language
        if learning and member is None:
            raise UsageError("report.learning_needs_member")
        start, end = _day(first, "--from"), _day(last, "--to")
        if fmt is ReportFormat.PDF:
            from intervision.render.pdf_doc import require

            require()  # before any work: say how to get the PDF library
            if output is None and sys.stdout.isatty():
                raise UsageError("report.pdf_to_terminal")
        group = _group(place)
        chosen = choose_profile(profile, group)
        series = Series(
            place.sessions_dir, group_file=place.root / GROUP_FILE if place.is_group else None
        )
        report = build_report(
            series.history,
            group=group,
            group_name=group.name if group else place.root.name,
            lang=language(),
            first=start,
            last=end,
            profile=chosen,
            member=member,
            learning_of=learning_from(place.sessions_dir) if learning else None,
            made=date.today(),
        )
        data = _render(report, fmt, to_file=output is not None)
        if output is None:
            if fmt is ReportFormat.PDF:
                sys.stdout.buffer.write(data)
            else:
                typer.echo(safe_lines(data.decode("utf-8")), nl=False)
            return
        from intervision.store.exported import write_all

        for written in write_all([(output, data)], force=force):
            key = "report.replaced" if written.replaced else "report.written"
            sys.stderr.write(safe(t(key, path=str(written.path))) + "\n")

    @app.command("profiles", help=t("cli.report.profiles"))
    @guarded
    def profiles_command(
        workspace: Annotated[Path | None, workspace_opt] = None,
    ) -> None:
        from intervision.cli.session import speak_as_group

        place = locate(workspace)
        speak_as_group(place)
        group = _group(place)
        _show_profiles(group.registers if group else [])

    return app
