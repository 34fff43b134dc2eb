"""The root Typer app; command groups live in their own modules."""

from typing import Annotated

import typer

from intervision import __version__, i18n
from intervision.i18n import t


def _version(value: bool) -> None:
    if value:
        typer.echo(f"intervision {__version__}")
        raise typer.Exit()


def _lang(value: str | None) -> str | None:
    if value is not None:
        chosen = i18n.normalise(value)
        if chosen is None:
            from intervision.terminal import safe

            raise typer.BadParameter(t("cli.bad_lang", value=safe(value)))
        i18n.set_language(chosen, explicit=True)
    return value


def build_app() -> typer.Typer:
    """Built after the language is known, so that help texts are in that language."""
    from intervision.cli import docs, export, group, plan, protocols, report, series, session
    from intervision.cli.complete import localise_install

    localise_install()  # --install-completion reports in Dutch or English

    app = typer.Typer(
        help=t("cli.help"),
        no_args_is_help=True,
        rich_markup_mode=None,
        pretty_exceptions_show_locals=False,
        add_completion=True,  # --install-completion: protocol ids and session folders (cli/complete.py)
        context_settings={"help_option_names": ["-h", "--help"]},
    )

    @app.callback()
    def root(
        version: Annotated[
            bool,
            typer.Option("--version", callback=_version, is_eager=True, help=t("cli.opt.version")),
        ] = False,
        lang: Annotated[
            str | None,
            typer.Option("--lang", callback=_lang, is_eager=True, help=t("cli.opt.lang")),
        ] = None,
    ) -> None:
        """Guided peer consultation."""

    app.add_typer(protocols.build(), name="protocols")
    plan.register(app)
    session.register(app)
    group.register(app)
    series.register(app)
    export.register(app)
    docs.register(app)
    app.add_typer(report.build(), name="report")
    from intervision.cli.helpfmt import localise

    localise(app)
    return app
