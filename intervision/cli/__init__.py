"""The command line: a thin skin over the protocol, session and render layers."""

from __future__ import annotations

import sys

from intervision import i18n


def _language_flag(argv: list[str]) -> str | None:
    """``--lang`` is read before the app is built, so that help texts come out in that language."""
    for i, arg in enumerate(argv):
        if arg == "--":
            break
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return None


def main() -> None:
    if sys.argv[1:] == ["--version"]:  # answered before the app is built: start-up is a feature
        from intervision import __version__

        print(f"intervision {__version__}")
        return
    flag = _language_flag(sys.argv[1:])
    i18n.set_language(i18n.resolve(flag), explicit=i18n.normalise(flag) is not None)
    from intervision.cli.app import build_app
    from intervision.cli.edge import run_edge
    from intervision.cli.session import normalise_rehearse

    args = normalise_rehearse(sys.argv[1:])
    sys.exit(run_edge(lambda: build_app()(args=args, prog_name="intervision")))
