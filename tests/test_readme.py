"""The README is the contract: its two commands are what CI runs, and it names every command."""

from __future__ import annotations

import re
from pathlib import Path

import typer

from intervision.cli.app import build_app

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def fenced_commands() -> list[str]:
    return re.findall(r"```sh\n(.+?)\n```", README)


def test_the_readme_has_a_run_command_and_a_test_command() -> None:
    commands = fenced_commands()
    assert any("pip install ." in c and "intervision run" in c for c in commands)
    assert any("pip install -e '.[test]'" in c and "scripts/test" in c for c in commands)


def test_ci_runs_the_readmes_test_command() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    test_command = next(c for c in fenced_commands() if "scripts/test" in c)
    install_and_test = test_command.split("&& ", 2)[-1]  # after creating and activating the venv
    assert install_and_test.replace("pip install", "python -m pip install -q") in ci


def _commands(app: typer.Typer, prefix: str = "") -> list[tuple[str, str | None]]:
    found = []
    for info in app.registered_commands:
        found.append((f"{prefix}{info.name}", info.help))
    for group in app.registered_groups:
        assert group.typer_instance is not None
        found += _commands(group.typer_instance, f"{prefix}{group.name} ")
    return found


def test_every_command_has_help_and_is_in_the_readme() -> None:
    commands = _commands(build_app())
    assert len(commands) >= 10
    for name, help_text in commands:
        assert help_text, f"{name} has no help text"
        assert f"intervision {name}" in README, f"the README does not name 'intervision {name}'"


def test_the_readme_says_when_warn_really_warns() -> None:
    from intervision.ui.live_view import warn_at

    flat = " ".join(README.split())
    said = re.search(r"default (\d+); a turn or phase shorter than four times that warns in its last "
                     r"quarter, so a one-minute turn at (\d+) seconds left", flat)  # fmt: skip
    assert said is not None
    default, one_minute = int(said.group(1)), int(said.group(2))
    assert warn_at(60, default) == one_minute and warn_at(4 * default, default) == default
