"""Under ``--lang nl`` help pages and usage errors hold no English: every word comes from our Dutch texts."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
import typer

from intervision import i18n
from intervision.cli import hoist_language
from intervision.cli.app import build_app
from intervision.i18n.messages import MESSAGES
from tests.cli.conftest import Invoke

# What Typer, Click and pydantic say on their own; none of it may be left in Dutch output.
ENGLISH = {
    "usage", "options", "option", "commands", "command", "arguments", "argument", "args", "show",
    "this", "message", "and", "exit", "missing", "no", "such", "did", "you", "mean", "invalid",
    "value", "for", "input", "should", "be", "a", "valid", "integer", "number", "greater", "less",
    "than", "equal", "to", "required", "default", "try", "help", "error", "possible", "str",
    "int", "float", "range", "path", "list", "requires", "does", "not", "take", "got",
    "unexpected", "extra", "aborted", "unable", "parse", "string", "as", "an", "the", "or",
}  # fmt: skip
OPTION = re.compile(r"(?<![\w-])--?[a-z][\w-]*")
WORD = re.compile(r"[^\W\d_]+")


def _commands(
    command: typer.core.TyperGroup, path: tuple[str, ...] = ()
) -> Iterator[tuple[str, ...]]:
    yield path
    for name, sub in command.commands.items():
        if isinstance(sub, typer.core.TyperGroup):
            yield from _commands(sub, (*path, name))
        else:
            yield (*path, name)


def _paths() -> list[tuple[str, ...]]:
    i18n.set_language("nl")
    return list(_commands(typer.main.get_command(build_app())))  # type: ignore[arg-type]


def _dutch_words() -> set[str]:
    words: set[str] = set()
    for entry in MESSAGES.values():
        words.update(w.lower() for w in WORD.findall(re.sub(r"\{\w+\}", " ", entry["nl"])))
    return words


DUTCH = _dutch_words()


def _unaccounted(text: str, allowed: set[str]) -> set[str]:
    words = {w.lower() for w in WORD.findall(OPTION.sub(" ", text))}
    return {w for w in words if w not in DUTCH and w not in allowed}


COMMAND_NAMES = {name for path in _paths() for name in path} | {"intervision"}


@pytest.mark.parametrize("path", _paths(), ids=lambda p: " ".join(p) or "root")
def test_every_help_page_is_dutch(cli: Invoke, path: tuple[str, ...]) -> None:
    result = cli("--lang", "nl", *path, "--help")
    assert result.exit_code == 0, result.output
    assert result.output.startswith("Gebruik: intervision")
    assert not _unaccounted(result.output, COMMAND_NAMES)
    assert not {w.lower() for w in WORD.findall(OPTION.sub(" ", result.output))} & (
        ENGLISH - COMMAND_NAMES
    )
    assert "<" not in result.output and "x<=" not in result.output


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("plan",), "Fout: METHODE ontbreekt."),
        (("plan", "incidentmethode"), "Fout: de optie --members ontbreekt."),
        (("plan", "incidentmethode", "--members", "x"), "'x' is geen geheel getal"),
        (("plan", "incidentmethode", "--members", "1"), "1 is te klein; minstens 2"),
        (("plan", "incidentmethode", "-n", "4", "--cases", "0"), "0 is te klein; minstens 1"),
        (("plan", "incidentmethode", "-n", "4", "--minutes", "1e9"), "hoogstens 1440."),
        (("plan", "incidentmethode", "-n", "4", "--minutes", "veel"), "'veel' is geen getal"),
        (("plan", "incidentmethode", "--membres", "4"), "Bedoel je --members?"),
        (("plan", "incidentmethode", "--members"), "na --members hoort een waarde"),
        (("pln",), "onbekende opdracht 'pln'. Bedoel je 'plan'?"),
        (("protocols", "shw"), "Bedoel je 'show'?"),
        (("protocols", "list", "--json=ja"), "na --json hoort geen waarde"),
        (("protocols", "list", "ja"), "te veel argumenten: ja."),
        (("run", "--warn", "lang"), "'lang' is geen geheel getal"),
        (("sessions", "lijst"), "onbekende opdracht 'lijst'. Bedoel je 'list'?"),
        (("sessions", "overzicht"), "onbekende opdracht 'overzicht'; kies uit: list."),
    ],
)
def test_usage_errors_are_dutch(cli: Invoke, args: tuple[str, ...], expected: str) -> None:
    result = cli("--lang", "nl", *args)
    assert result.exit_code == 2
    assert expected in result.stderr
    typed = {w.lower() for a in args for w in WORD.findall(a)}
    assert not _unaccounted(result.stderr, COMMAND_NAMES | typed)
    assert not {w.lower() for w in WORD.findall(OPTION.sub(" ", result.stderr))} & (
        ENGLISH - typed - COMMAND_NAMES
    )


def test_an_unknown_language_is_refused_in_the_environments_language(
    cli: Invoke, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("INTERVISION_LANG", "nl")
    result = cli("sessions", "list", "--lang", "fr")
    assert result.exit_code == 2
    assert "Fout: ongeldige waarde voor --lang: onbekende taal 'fr'; kies nl of en" in result.stderr


def test_a_bare_group_shows_its_dutch_help(cli: Invoke) -> None:
    result = cli("--lang", "nl", "sessions")
    assert result.exit_code == 2
    assert "Opdrachten:" in result.stderr + result.stdout


def test_lang_after_the_sub_command_is_taken(cli: Invoke) -> None:
    result = cli("plan", "incidentmethode", "--members", "4", "--lang", "nl")
    assert result.exit_code == 0, result.output
    assert "deelnemers" in result.stdout


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["plan", "x", "--lang", "nl"], ["--lang", "nl", "plan", "x"]),
        (["--lang=en", "run", "--lang", "nl"], ["--lang", "nl", "run"]),
        (
            ["run", "--case", "a", "--", "--lang", "nl"],
            ["run", "--case", "a", "--", "--lang", "nl"],
        ),
        (["plan", "x"], ["plan", "x"]),
    ],
)
def test_the_language_flag_moves_to_the_root(argv: list[str], expected: list[str]) -> None:
    assert hoist_language(argv) == expected


def test_english_help_keeps_the_readme_placeholders(cli: Invoke) -> None:
    result = cli("--lang", "en", "plan", "--help")
    assert "Usage: intervision plan [OPTIONS] PROTOCOL" in result.output
    flat = " ".join(result.output.split())
    assert "-n, --members N " in flat and "[2 to 50; required]" in flat
    assert "Show this message and exit." in result.output


def test_a_flag_pair_shows_both_names() -> None:
    from typer.testing import CliRunner

    from intervision.cli.helpfmt import localise

    app = typer.Typer(rich_markup_mode=None)  # as ours: plain help

    @app.command()
    def one(bell: bool = typer.Option(True, "--bell/--no-bell", help="Bel.")) -> None:
        """Een."""

    @app.command()
    def two() -> None:
        """Twee."""

    localise(app)
    i18n.set_language("nl")
    shown = CliRunner().invoke(app, ["one", "--help"]).output
    assert "--bell / --no-bell" in shown and "Toon deze uitleg en stop." in shown
