"""``init``: the new group file's header names the command that shows the guide."""

from __future__ import annotations

import pytest

from intervision import guides
from intervision.group.folder import starting_text


@pytest.mark.parametrize(("language", "words"), [("nl", "Uitleg van elke"), ("en", "What each")])
def test_the_header_points_at_the_guide_by_command_not_by_path(language: str, words: str) -> None:
    text = starting_text(name="Noord", members=["Anna", "Bram"], language=language)
    header = text.split("\nname:")[0]
    assert f"{words} " in header and ": intervision docs group\n" in header
    assert str(guides.folder()) not in header and ".md" not in header  # a reinstall moves it
