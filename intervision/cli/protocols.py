"""``intervision protocols …``: list, show, validate, new, schema."""

from pathlib import Path
from typing import Annotated

import typer

from intervision.cli.complete import protocol_ids
from intervision.cli.edge import guarded
from intervision.i18n import language, t
from intervision.store.workspace import locate


def build() -> typer.Typer:
    app = typer.Typer(help=t("cli.protocols.help"), no_args_is_help=True, rich_markup_mode=None)
    workspace_opt = typer.Option("--workspace", help=t("cli.opt.workspace"))

    @app.command("list", help=t("cli.protocols.list.help"))
    @guarded
    def list_(
        as_json: Annotated[bool, typer.Option("--json", help=t("cli.opt.json"))] = False,
        all_languages: Annotated[
            bool, typer.Option("--all", help=t("cli.protocols.list.all"))
        ] = False,
        workspace: Annotated[Path | None, workspace_opt] = None,
    ) -> None:
        from intervision.protocol import catalog

        rows = catalog.summaries(locate(workspace).protocols_dir)
        if not all_languages:
            rows = [r for r in rows if r.language in (language(), None) or r.origin != "bundled"]
        if as_json:
            from intervision.terminal import safe_json

            typer.echo(safe_json([r.to_dict() for r in rows]))
        else:
            from intervision.cli import views

            views.protocol_list(rows)

    @app.command("show", help=t("cli.protocols.show.help"))
    @guarded
    def show(
        protocol: Annotated[
            str, typer.Argument(help=t("cli.arg.protocol"), autocompletion=protocol_ids)
        ],
        workspace: Annotated[Path | None, workspace_opt] = None,
    ) -> None:
        from intervision.protocol.library import resolve

        entry = resolve(protocol, language(), locate(workspace).protocols_dir)
        from intervision.cli import views

        views.protocol_detail(entry.load(), entry)

    @app.command("validate", help=t("cli.protocols.validate.help"))
    @guarded
    def validate(
        paths: Annotated[list[Path] | None, typer.Argument(help=t("cli.arg.paths"))] = None,
        workspace: Annotated[Path | None, workspace_opt] = None,
    ) -> None:
        from intervision.protocol.catalog import validate_paths
        from intervision.terminal import safe_output

        with safe_output():  # problem lines quote the files: shown, never obeyed
            valid = validate_paths(paths or [], locate(workspace).protocols_dir)
        if not valid:
            raise typer.Exit(2)

    @app.command("new", help=t("cli.protocols.new.help"))
    @guarded
    def new(
        protocol_id: Annotated[str, typer.Argument(metavar="ID", help=t("cli.arg.new_id"))],
        base: Annotated[
            str | None,
            typer.Option("--from", help=t("cli.protocols.new.from"), autocompletion=protocol_ids),
        ] = None,
        workspace: Annotated[Path | None, workspace_opt] = None,
    ) -> None:
        from functools import partial

        from intervision.protocol.scaffold import write_new
        from intervision.store.files import create_private
        from intervision.terminal import safe

        place = locate(workspace)
        # owner-only, as everything in a group folder; a workspace made here will hold sessions
        create = partial(create_private, under=place.root if place.is_group else None)
        path = write_new(
            protocol_id,
            base=base,
            language=language(),
            protocols_dir=place.protocols_dir,
            create=create,
        )
        typer.echo(safe(t("new.written", path=path)))

    @app.command("schema", help=t("cli.protocols.schema.help"))
    @guarded
    def schema() -> None:
        from intervision.protocol.schema import schema_text

        typer.echo(schema_text(), nl=False)

    return app
