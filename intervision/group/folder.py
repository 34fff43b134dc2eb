"""The group folder on disk: create it (``init``), read its group file, change its roster in place.

A group folder holds ``intervision-group.yaml``, its schema for editors, ``protocols/`` and
``sessions/``. Group data is confidential: folders 0700, files 0600, and ``init`` never overwrites.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from string import Template

from intervision.errors import GroupFileError, IntervisionError, UsageError
from intervision.group import edit
from intervision.group.groupfile import GroupFile, Member, check_name
from intervision.group.load import check_group_text, load_group
from intervision.group.roster import Roster
from intervision.group.schema import SCHEMA_FILE, schema_text
from intervision.store.files import PRIVATE_FILE, write_atomic
from intervision.store.workspace import GROUP_FILE, Workspace, ensure_private_dir

TEMPLATES = Path(__file__).resolve().parent / "templates"


@dataclass(frozen=True)
class GroupFolder:
    root: Path

    @property
    def file(self) -> Path:
        return self.root / GROUP_FILE

    def load(self) -> GroupFile:
        return load_group(self.file, display=_display(self.file))


def of_workspace(workspace: Workspace) -> GroupFolder | None:
    """The group of a workspace that holds a group file (found upwards, or given with --workspace)."""
    return GroupFolder(workspace.root) if (workspace.root / GROUP_FILE).is_file() else None


def require(workspace: Workspace) -> GroupFolder:
    folder = of_workspace(workspace)
    if folder is None:
        raise UsageError("group.none_here", path=workspace.root)
    return folder


# --- init ---------------------------------------------------------------------------------------


def starting_text(
    *,
    name: str,
    members: Sequence[str],
    language: str,
    facilitator: str | None = None,
    protocol: str | None = None,
    minutes: float | None = None,
) -> str:
    template = Template((TEMPLATES / f"group.{language}.yaml").read_text(encoding="utf-8"))
    example = {"nl": "begeleide-intervisie", "en": "guided-intervision"}[language]
    return template.substitute(
        name=edit.scalar(name),
        language=language,
        protocol_line=f"protocol: {protocol}" if protocol else f"# protocol: {example}",
        minutes_line=f"minutes: {minutes:g}" if minutes else "# minutes: 150",
        facilitator_line=(
            f"facilitator: {edit.scalar(facilitator)}" if facilitator else "# facilitator: Fenna"
        ),
        members="\n".join(f"  - {edit.scalar(m)}" for m in members),
    )


def create(
    root: Path,
    *,
    name: str,
    members: Sequence[str],
    language: str,
    facilitator: str | None = None,
    protocol: str | None = None,
    minutes: float | None = None,
) -> GroupFolder:
    """A new group folder at ``root`` (made if missing); refused where a group file already is."""
    names = [_name(m) for m in members]
    text = starting_text(
        name=name.strip(),
        members=names,
        language=language,
        facilitator=_name(facilitator) if facilitator else None,
        protocol=protocol,
        minutes=minutes,
    )
    target = root / GROUP_FILE
    _, problems = check_group_text(text, _display(target))
    if problems:  # e.g. two members with one name: the same words as for a hand-written file
        raise GroupFileError(problems)
    if target.exists():
        raise UsageError("group.exists", path=target)
    ensure_private_dir(root)
    for sub in ("protocols", "sessions"):
        ensure_private_dir(root / sub)
    _write_new(target, text)
    schema = root / SCHEMA_FILE
    if not schema.exists():
        _write_new(schema, schema_text())
    return GroupFolder(root)


def _write_new(path: Path, text: str) -> None:
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)  # never overwrite
    except FileExistsError:
        raise UsageError("group.exists", path=path) from None
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        out.write(text)
        out.flush()
        os.fsync(out.fileno())


def _name(value: str) -> str:
    try:
        return check_name(value)
    except ValueError:
        raise UsageError("group.bad_name", name=value) from None


# --- roster edits, in place ----------------------------------------------------------------------


def add_member(folder: GroupFolder, name: str, joined: date | None = None) -> Member:
    group = folder.load()
    roster = Roster.of(group).add(_name(name), joined)
    member = roster.members[-1]
    _apply(folder, group, roster, lambda text: edit.add_member(text, member))
    return member


def leave_member(folder: GroupFolder, name: str, day: date) -> Member:
    group = folder.load()
    before = Roster.of(group)
    after = before.leave(name, day)
    index = _index(before, name)
    _apply(
        folder, group, after, lambda text: edit.set_left(text, index, before.members[index], day)
    )
    return after.members[index]


def rename_member(folder: GroupFolder, old: str, new: str) -> Member:
    group = folder.load()
    before = Roster.of(group)
    after = before.rename(old, _name(new))
    index = _index(before, old)
    was, now = before.members[index], after.members[index]
    _apply(folder, group, after, lambda text: edit.rename_member(text, index, was, now))
    return now


def _index(roster: Roster, name: str) -> int:
    member = roster.find(name)
    return next(i for i, m in enumerate(roster.members) if m is member)


def _apply(
    folder: GroupFolder, group: GroupFile, roster: Roster, change: Callable[[str], str]
) -> None:
    """Change the file's text, and write it only if it reads back as exactly the intended group."""
    text = folder.file.read_bytes().decode("utf-8-sig")
    new_text = change(text)
    renamed = {
        was.name.casefold(): now.name
        for was, now in zip(group.members, roster.members, strict=False)  # add appends one
        if was.name != now.name
    }
    expected = GroupFile.model_validate(
        {
            **group.model_dump(),
            "members": [m.model_dump() for m in roster.members],
            "facilitator_rota": [renamed.get(n.casefold(), n) for n in group.facilitator_rota],
            "facilitator": (
                renamed.get(group.facilitator.casefold(), group.facilitator)
                if group.facilitator
                else None
            ),
        }
    )
    got, problems = check_group_text(new_text, _display(folder.file))
    if problems or got != expected:
        raise IntervisionError("group.edit_failed", path=folder.file)
    write_atomic(folder.file, new_text.encode("utf-8"))


def _display(path: Path) -> str:
    try:
        return os.path.relpath(path)
    except ValueError:
        return str(path)
