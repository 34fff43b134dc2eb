"""Shell completion (Typer's ``--install-completion``): protocol ids and session folders.

These run only when the shell asks for completions (``_INTERVISION_COMPLETE`` set), never on a normal
start: they list file names and read no protocol.
"""

from __future__ import annotations

from pathlib import Path

import typer

from intervision.i18n import t


def _workspace(ctx: typer.Context) -> Path | None:
    value = ctx.params.get("workspace")
    return Path(value) if value else None


def protocol_ids(ctx: typer.Context, incomplete: str) -> list[str]:
    """The ids of the bundled and the group's own protocols that start with what was typed."""
    from intervision.protocol.library import discover
    from intervision.store.workspace import locate

    entries = discover(locate(_workspace(ctx)).protocols_dir)
    return sorted({entry.id for entry in entries if entry.id.startswith(incomplete)})


def session_folders(ctx: typer.Context, incomplete: str) -> list[str]:
    """The stored sessions' folder names (newest first) that start with what was typed."""
    from intervision.store.workspace import locate

    folder = locate(_workspace(ctx)).sessions_dir
    if not folder.is_dir():
        return []
    names = [p.name for p in folder.iterdir() if p.is_dir() and not p.name.startswith(".")]
    return sorted((n for n in names if n.startswith(incomplete)), reverse=True)


def register_profiles(ctx: typer.Context, incomplete: str) -> list[str]:
    """The built-in and the group's own register profile ids that start with what was typed."""
    from intervision.errors import IntervisionError
    from intervision.group.folder import of_workspace
    from intervision.group.registers import profiles
    from intervision.store.workspace import locate

    folder = of_workspace(locate(_workspace(ctx)))
    try:
        own = folder.load().registers if folder is not None else []
    except IntervisionError:
        own = []  # a broken group file: the built-in ones still complete
    return sorted(p for p in profiles(own) if p.startswith(incomplete))


def _install(ctx: typer.Context, param: object, value: object) -> object:
    """Typer's ``--install-completion``, saying what it did in the user's language."""
    if not value or ctx.resilient_parsing:
        return value
    from typer._completion_shared import install

    shell, path = install(shell=value) if isinstance(value, str) else install()
    typer.echo(t("cli.completion.installed", shell=shell, path=path))
    typer.echo(t("cli.completion.restart"))
    raise typer.Exit(0)


def localise_install() -> None:
    """Typer's install message is English ('bash completion installed in …'): ours replaces it.

    Typer reads the option's callback from its placeholder functions each time it builds the app;
    if a later Typer changes them, its own English message stays (tests/cli/test_complete.py)."""
    from typer import completion
    from typer.models import OptionInfo

    for placeholder in (
        getattr(completion, "_install_completion_placeholder_function", None),
        getattr(completion, "_install_completion_no_auto_placeholder_function", None),
    ):
        defaults = getattr(placeholder, "__defaults__", None) or ()
        if defaults and isinstance(defaults[0], OptionInfo):
            defaults[0].callback = _install
