"""Shell completion (Typer's ``--install-completion``): protocol ids and session folders.

These run only when the shell asks for completions (``_INTERVISION_COMPLETE`` set), never on a normal
start: they list file names and read no protocol.
"""

from __future__ import annotations

from pathlib import Path

import typer


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
