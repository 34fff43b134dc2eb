"""``intervision docs``: the guides are there wherever the program is, in Dutch where one exists."""

from __future__ import annotations

from pathlib import Path

import pytest

from intervision import guides
from tests.cli.conftest import Invoke


def test_every_guide_exists_and_has_a_title() -> None:
    for name in guides.GUIDES:
        found = guides.path(name)
        assert found.is_file(), found
        assert guides.title(found) != found.stem


def test_the_list_names_every_guide(cli: Invoke) -> None:
    result = cli("docs", "--lang", "en")
    assert result.exit_code == 0, result.output
    for name in guides.GUIDES:
        assert name in result.output
    assert "Writing and editing protocols" in result.output


@pytest.mark.parametrize("name", guides.GUIDES)
def test_a_guide_is_printed_whole(cli: Invoke, name: str) -> None:
    result = cli("docs", name)
    assert result.exit_code == 0, result.output
    assert result.output == guides.path(name).read_text(encoding="utf-8")


def test_path_gives_the_file(cli: Invoke) -> None:
    result = cli("docs", "group", "--path")
    assert result.output.strip() == str(guides.path("group"))


def test_an_unknown_guide_is_refused_with_the_choice(cli: Invoke) -> None:
    result = cli("--lang", "nl", "docs", "handleiding")
    assert result.exit_code == 2
    assert "Er is geen handleiding 'handleiding'" in result.output
    assert "protocols, group, export" in result.output


def test_a_dutch_version_wins_in_dutch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path
    (folder / "group.md").write_text("# The group\n", encoding="utf-8")
    (folder / "group.nl.md").write_text("# De groep\n", encoding="utf-8")
    monkeypatch.setattr(guides, "folder", lambda: folder)
    assert guides.title(guides.path("group", "nl")) == "De groep"
    assert guides.title(guides.path("group", "en")) == "The group"
    assert guides.path("protocols", "nl") == folder / "protocols.md"


@pytest.mark.parametrize("name", guides.GUIDES)
def test_in_dutch_the_dutch_guide_is_printed(cli: Invoke, name: str) -> None:
    result = cli("--lang", "nl", "docs", name)
    assert result.exit_code == 0, result.output
    assert result.output == (guides.folder() / f"{name}.nl.md").read_text(encoding="utf-8")
    assert result.output != guides.path(name, "en").read_text(encoding="utf-8")
