"""Shell completion: protocol ids and session folders, the way bash asks for them."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from intervision import i18n
from intervision.cli.app import build_app
from tests.builders import protocol_dict, to_yaml
from tests.conftest import write_tree


def complete(words: str) -> Result:
    i18n.set_language("en")
    env = {
        "_INTERVISION_COMPLETE": "complete_bash",
        "COMP_WORDS": words,
        "COMP_CWORD": str(len(words.split()) - (0 if words.endswith(" ") else 1)),
    }
    return CliRunner().invoke(build_app(), [], env=env, prog_name="intervision")


def test_protocol_ids_are_completed() -> None:
    result = complete("intervision protocols show incid")
    assert result.exit_code == 0
    assert result.stdout.split() == ["incidentmethode"]
    assert "balintmethode" in complete("intervision plan ba").stdout.split()
    assert "incidentmethode" in complete("intervision protocols new x --from in").stdout.split()


def test_a_groups_own_protocol_is_completed(tmp_path: Path) -> None:
    write_tree(
        tmp_path, {"protocols/en/eigen-methode.yaml": to_yaml(protocol_dict(id="eigen-methode"))}
    )
    result = complete(f"intervision run --workspace {tmp_path} eig")
    assert result.stdout.split() == ["eigen-methode"]


def test_session_folders_are_completed_newest_first(home: Path) -> None:
    for name in (
        "2026-11-03-incidentmethode",
        "2026-12-01-balintmethode",
        "2026-12-01-balintmethode-2",
    ):
        (home / "sessions" / name).mkdir(parents=True)
    assert complete("intervision resume 2026-12").stdout.split() == [
        "2026-12-01-balintmethode-2",
        "2026-12-01-balintmethode",
    ]
    assert len(complete("intervision minutes ").stdout.split()) == 3


def test_help_offers_completion_in_both_languages() -> None:
    for lang, words in (("en", "Let your shell complete"), ("nl", "Laat je shell")):
        i18n.set_language(lang)
        result = CliRunner().invoke(build_app(), ["--help"], prog_name="intervision")
        assert "--install-completion" in result.stdout
        assert words in result.stdout


def test_install_completion_says_what_it_did_in_the_users_language(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    # Typer reads this when it builds the command: the shell is named instead of detected.
    monkeypatch.setenv("_TYPER_COMPLETE_TEST_DISABLE_SHELL_DETECTION", "1")
    for lang, words in (
        ("nl", "Aanvullen met Tab ingesteld voor bash"),
        ("en", "Tab completion set up for bash"),
    ):
        i18n.set_language(lang)
        result = CliRunner().invoke(
            build_app(), ["--install-completion", "bash"], prog_name="intervision"
        )
        assert result.exit_code == 0, result.output
        assert words in result.stdout
        assert "completion installed in" not in result.stdout  # Typer's own English line
    script = tmp_path / ".bash_completions" / "intervision.sh"
    assert "_INTERVISION_COMPLETE" in script.read_text()
    assert f"source '{script}'" in (tmp_path / ".bashrc").read_text()
