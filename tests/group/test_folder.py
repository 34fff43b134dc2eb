"""``init``: the new group file's header names the guide in the group's language."""

from __future__ import annotations

import pytest

from intervision import guides
from intervision.group.folder import starting_text


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_header_names_the_guide_in_the_groups_language(language: str) -> None:
    text = starting_text(name="Noord", members=["Anna", "Bram"], language=language)
    header = text.split("\nname:")[0]
    expected = guides.folder() / ("group.nl.md" if language == "nl" else "group.md")
    assert expected.is_file()
    assert f"# {expected}\n" in header
