"""The command line: a thin skin over the protocol, session and render layers."""

from __future__ import annotations

import sys

from intervision import i18n


def _language_flag(argv: list[str]) -> str | None:
    """``--lang`` is read before the app is built, so that help texts come out in that language."""
    found = None
    for i, arg in enumerate(argv):
        if arg == "--":
            break
        if arg == "--lang" and i + 1 < len(argv):
            found = argv[i + 1]
        elif arg.startswith("--lang="):
            found = arg.split("=", 1)[1]
    return found  # the last one wins, as with any option


def hoist_language(argv: list[str]) -> list[str]:
    """Move ``--lang X`` to the front, where the root takes it, so it works after a sub-command too."""
    flag = _language_flag(argv)
    if flag is None:
        return argv
    rest: list[str] = []
    skip = False
    for i, arg in enumerate(argv):
        if skip:
            skip = False
            continue
        if arg == "--":
            rest.extend(argv[i:])
            break
        if arg == "--lang" and i + 1 < len(argv):
            skip = True
            continue
        if arg.startswith("--lang="):
            continue
        rest.append(arg)
    return ["--lang", flag, *rest]


def _language(flag: str | None) -> str:
    """``--lang`` > the language of the group folder we are in > ``INTERVISION_LANG`` > the locale.

    The group's language beats the personal variable, as it does for the sessions ``run`` starts.
    """
    chosen = i18n.normalise(flag)
    if chosen:
        return chosen
    from pathlib import Path

    from intervision.store.workspace import group_language

    try:
        group = i18n.normalise(group_language(Path.cwd()))
    except OSError:  # the current folder was removed
        group = None
    return group or i18n.from_environment()


def main() -> None:
    if sys.argv[1:] == ["--version"]:  # answered before the app is built: start-up is a feature
        from intervision import __version__

        print(f"intervision {__version__}")
        return
    flag = _language_flag(sys.argv[1:])
    i18n.set_language(_language(flag), explicit=i18n.normalise(flag) is not None)
    from intervision.cli.app import build_app
    from intervision.cli.edge import run_edge
    from intervision.cli.session import normalise_rehearse

    args = hoist_language(normalise_rehearse(sys.argv[1:]))
    sys.exit(run_edge(lambda: build_app()(args=args, prog_name="intervision")))
