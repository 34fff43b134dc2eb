"""Find and read the group file, with every problem at its file, line and column."""

from __future__ import annotations

from pathlib import Path

from intervision.errors import GroupFileError, Problem
from intervision.group.groupfile import GroupFile
from intervision.yamlfile import reader

GROUP = reader.Document(GroupFile, "group")


def check_group_file(
    path: Path, *, display: str | None = None
) -> tuple[GroupFile | None, list[Problem]]:
    return reader.check_file(path, GROUP, display=display)


def check_group_text(text: str, name: str) -> tuple[GroupFile | None, list[Problem]]:
    return reader.check_text(text, name, GROUP)


def load_group(path: Path, *, display: str | None = None) -> GroupFile:
    """The group in ``path``, or a ``GroupFileError`` listing all its problems."""
    group, problems = check_group_file(path, display=display)
    if problems or group is None:
        raise GroupFileError(problems)
    return group
