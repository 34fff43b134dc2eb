"""``protocols new``: a commented starting file in the protocols folder the tool reads.

Always ``<workspace>/protocols/<language>/ID.yaml`` (the group folder, ``--workspace``, ``INTERVISION_HOME``
or the user data folder), so that ``intervision protocols show ID`` in the file's own header finds it.
The header points at the format description with ``intervision docs protocols``: a command, not a path
that a reinstall would break.
"""

from __future__ import annotations

import contextlib
import os
import re
from pathlib import Path

from intervision.errors import UsageError
from intervision.protocol.library import resolve
from intervision.protocol.model import SLUG
from intervision.protocol.schema import SCHEMA_FILE, schema_text
from intervision.store.files import PRIVATE_DIR, create_new, make_dirs
from intervision.store.workspace import Workspace

TEMPLATES = Path(__file__).resolve().parent / "templates"


def target_path(protocol_id: str, language: str, workspace: Workspace) -> Path:
    return workspace.protocols_dir / language / f"{protocol_id}.yaml"


def starting_text(protocol_id: str, language: str, base: str | None, workspace: Workspace) -> str:
    if base is None:
        text = (TEMPLATES / f"new.{language}.yaml").read_text(encoding="utf-8")
        return text.replace("__ID__", protocol_id)
    entry = resolve(base, language, workspace.protocols_dir)
    entry.load()  # refuse to copy a broken file: its errors are shown instead
    text = entry.path.read_text(encoding="utf-8")
    return re.sub(r"(?m)^id:.*$", f"id: {protocol_id}", text, count=1)


def write_new(protocol_id: str, *, base: str | None, language: str, workspace: Workspace) -> Path:
    if not re.match(SLUG, protocol_id):
        raise UsageError("new.bad_id", id=protocol_id)
    path = target_path(protocol_id, language, workspace)
    text = starting_text(protocol_id, language, base, workspace)
    schema_dir = path.parent.parent
    relative = os.path.relpath(schema_dir / SCHEMA_FILE, path.parent)
    text = re.sub(
        r"(?m)^# yaml-language-server: \$schema=.*$",
        f"# yaml-language-server: $schema={relative}",
        text,
    )
    # Whatever the umask: owner-only, as everything in a group folder (init makes protocols/ 0700 too);
    # a method is shared by sending its file, not by opening the folder up.
    if workspace.is_group:
        make_dirs(workspace.root, PRIVATE_DIR)
    make_dirs(path.parent, PRIVATE_DIR)
    try:
        create_new(path, text.encode("utf-8"))  # never overwrite a group's work
    except FileExistsError:
        raise UsageError("new.exists", path=path) from None
    with contextlib.suppress(FileExistsError):
        create_new(schema_dir / SCHEMA_FILE, schema_text().encode("utf-8"))
    return path
