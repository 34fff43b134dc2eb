"""``intervision docs [NAME]``: the guides that come with the program, wherever it is installed."""

from typing import Annotated

import typer

from intervision.cli.edge import guarded
from intervision.errors import UsageError
from intervision.i18n import language, t


def register(app: typer.Typer) -> None:
    @app.command("docs", help=t("cli.docs.help"))
    @guarded
    def docs(
        name: Annotated[
            str | None, typer.Argument(help=t("cli.docs.arg"), show_default=False)
        ] = None,
        path: Annotated[bool, typer.Option("--path", help=t("cli.docs.opt.path"))] = False,
    ) -> None:
        from intervision import guides
        from intervision.terminal import safe

        if name is None:
            for guide in guides.GUIDES:
                found = guides.path(guide, language())
                typer.echo(f"{guide:<10} {safe(guides.title(found))}")
            typer.echo(t("cli.docs.hint"))
            return
        if name not in guides.GUIDES:
            raise UsageError("cli.docs.unknown", name=safe(name), names=", ".join(guides.GUIDES))
        found = guides.path(name, language())
        if path:
            typer.echo(str(found))
            return
        typer.echo(found.read_text(encoding="utf-8"), nl=False)
