"""``intervision export``: sessions as md, html, json or pdf, for one audience, pseudonymised if asked."""

import os
import sys
from datetime import date
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from intervision.cli.complete import session_folders
from intervision.cli.edge import guarded
from intervision.i18n import t

if TYPE_CHECKING:
    from intervision.render.document import Audience
    from intervision.render.export import Format, Stored
    from intervision.store.workspace import Workspace


class FormatChoice(str, Enum):
    MD = "md"
    HTML = "html"
    JSON = "json"
    PDF = "pdf"


class AudienceChoice(str, Enum):
    GROUP = "group"
    OWNER = "owner"
    MEMBERS = "members"


SCHEMA_WORD = "schema"  # 'intervision export schema'; a session folder always starts with its date


def _format_choice(value: str) -> str:
    """``--format`` as typed, or a usage error that lists the formats (in the help's language)."""
    choices = [c.value for c in FormatChoice]
    if value not in choices:
        raise typer.BadParameter(t("export.bad_format", value=value, choices=", ".join(choices)))
    return value


def _day(value: str | None, option: str) -> str | None:
    from intervision.errors import UsageError

    if value is None:
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise UsageError("export.bad_date", option=option, value=value) from None


def _chosen(
    workspace: "Workspace", refs: list[str], every: bool, since: str | None, until: str | None
) -> list["Stored"]:
    """The sessions to export, oldest first: those named, or every one in the period."""
    from intervision.errors import IntervisionError, UsageError
    from intervision.render.export import Stored
    from intervision.store import recording
    from intervision.store import sessions as store
    from intervision.terminal import safe

    ranged = every or since is not None or until is not None
    if refs and ranged and (every or since is not None):
        raise UsageError("export.all_and_sessions")
    if refs:
        found = [store.find(workspace.sessions_dir, ref, latest=True) for ref in refs]
        for one in found:
            if one.damaged:
                raise IntervisionError("store.damaged", folder=one.folder.name, problem=one.problem)
    elif ranged:
        found = []
        for one in store.stored(workspace.sessions_dir):
            if (since and one.date < since) or (until and one.date > until):
                continue
            if one.damaged:
                sys.stderr.write(safe(t("export.skipped_damaged", folder=one.folder.name)) + "\n")
                continue
            found.append(one)
        if not found:
            raise UsageError("export.none_in_range")
    else:
        found = [store.find(workspace.sessions_dir, None, latest=True)]
        if found[0].damaged:
            raise IntervisionError(
                "store.damaged", folder=found[0].folder.name, problem=found[0].problem
            )
    chosen = []
    for one in sorted(found, key=lambda s: (s.started or s.date, s.folder.name)):
        reading = recording.read(one.folder)
        for notice in reading.notices:
            sys.stderr.write(safe(notice) + "\n")
        chosen.append(Stored(one.folder.name, reading.state))
    return chosen


def _group_names(workspace: "Workspace") -> tuple[list[tuple[str, ...]], list[str]]:
    """The roster (each member with every name they had, so a rename keeps one label) and the deny
    list of the group file, if there is one."""
    from intervision.group.folder import of_workspace

    folder = of_workspace(workspace)
    if folder is None:
        return [], []
    group = folder.load()
    return [m.aliases for m in group.members], list(group.deny_list)


def register(app: typer.Typer) -> None:
    from intervision.store.workspace import locate

    workspace_opt = typer.Option("--workspace", help=t("cli.opt.workspace"))

    @app.command("export", help=t("cli.export.help"))
    @guarded
    def export_command(
        sessions: Annotated[
            list[str] | None,
            typer.Argument(
                metavar=t("usage.meta.session"),
                help=t("cli.export.sessions"),
                autocompletion=session_folders,
            ),
        ] = None,
        every: Annotated[bool, typer.Option("--all", help=t("cli.export.all"))] = False,
        since: Annotated[
            str | None,
            typer.Option("--since", metavar=t("export.meta.date"), help=t("cli.export.since")),
        ] = None,
        until: Annotated[
            str | None,
            typer.Option("--until", metavar=t("export.meta.date"), help=t("cli.export.until")),
        ] = None,
        fmt: Annotated[
            str,
            typer.Option(
                "--format",
                metavar="md|html|json|pdf",
                show_default=False,
                help=t("cli.export.format"),
                callback=_format_choice,
            ),
        ] = FormatChoice.MD.value,
        audience: Annotated[
            AudienceChoice,
            typer.Option(
                "--for", metavar="group|owner|members", show_default=False, help=t("cli.export.for")
            ),
        ] = AudienceChoice.GROUP,
        owner: Annotated[
            str | None,
            typer.Option("--owner", metavar=t("usage.meta.name"), help=t("cli.export.owner")),
        ] = None,
        pseudonymise: Annotated[
            bool, typer.Option("--pseudonymise", help=t("cli.export.pseudonymise"))
        ] = False,
        output: Annotated[
            # Text, not a Path: a Path drops the trailing '/' that asks for a folder of files.
            str | None,
            typer.Option(
                "--output",
                "-o",
                metavar=t("usage.meta.file_or_folder"),
                help=t("cli.export.output"),
            ),
        ] = None,
        force: Annotated[bool, typer.Option("--force", help=t("cli.export.force"))] = False,
        workspace: Annotated[Path | None, workspace_opt] = None,
    ) -> None:
        from intervision.cli.session import speak_as_group
        from intervision.i18n import language

        refs = list(sessions or [])
        if refs == [SCHEMA_WORD]:
            from intervision.render.export import shipped_schema_text

            typer.echo(shipped_schema_text(), nl=False)
            return
        from intervision.render.document import Audience
        from intervision.render.export import Format

        kind, reader = Format(fmt), Audience(audience.value)
        place = locate(workspace)
        speak_as_group(place)
        first, last = _day(since, "--since"), _day(until, "--until")
        if owner is not None and reader is not Audience.OWNER:
            from intervision.errors import UsageError

            raise UsageError("export.owner_needs_for")
        chosen = _chosen(place, refs, every, first, last)
        _run(place, chosen, kind, reader, pseudonymise, output, force, language(), owner)


def _run(
    place: "Workspace",
    chosen: list["Stored"],
    fmt: "Format",
    audience: "Audience",
    pseudonymise: bool,
    output_text: str | None,
    force: bool,
    lang: str,
    owner: str | None = None,
) -> None:
    from intervision.errors import UsageError
    from intervision.render.export import Format, export, pseudonyms_for
    from intervision.store.exported import write_all
    from intervision.terminal import safe, safe_lines

    output = None if output_text is None else Path(output_text).expanduser()
    if fmt is Format.PDF:
        from intervision.render.pdf_doc import require

        require()  # before any work: say how to get the PDF library
        if output is None and sys.stdout.isatty():
            raise UsageError("export.pdf_to_terminal")
    split = output_text is not None and (
        Path(output_text).expanduser().is_dir() or output_text.endswith(("/", os.sep))
    )
    names = None
    if pseudonymise:
        roster, deny = _group_names(place)
        names = pseudonyms_for(chosen, roster=roster, deny=deny, lang=lang)
    outputs = export(
        chosen, fmt=fmt, audience=audience, lang=lang, names=names, split=split, owner=owner
    )
    if output is None:
        data = b"".join(o.data for o in outputs)
        if fmt is Format.PDF:
            sys.stdout.buffer.write(data)
        else:
            typer.echo(safe_lines(data.decode("utf-8")), nl=False)
        return
    suffix = "" if audience.value == "group" else f".{audience.value}"
    targets = [
        (output / f"{o.stem}{suffix}.{fmt.value}" if split else output, o.data) for o in outputs
    ]
    for written in write_all(targets, force=force):
        key = "export.replaced" if written.replaced else "export.written"
        sys.stderr.write(safe(t(key, path=str(written.path))) + "\n")
