"""``protocols new``: a commented starting file in the protocols folder the tool reads.

Always ``<workspace>/protocols/<language>/ID.yaml`` (the group folder, ``--workspace``, ``INTERVISION_HOME``
or the user data folder), so that ``intervision protocols show ID`` in the file's own header finds it.
The header points at the format description with ``intervision docs protocols``: a command, not a path
that a reinstall would break.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from pathlib import Path

from intervision.errors import UsageError
from intervision.protocol.library import resolve
from intervision.protocol.model import SLUG
from intervision.protocol.schema import SCHEMA_FILE, schema_text

TEMPLATES = Path(__file__).resolve().parent / "templates"

# Writes a file that must not exist yet (False when it does, and then leaves it alone). Given by the
# CLI (``store.files.create_private``): the protocol layer comes before the store and imports none of it.
Create = Callable[[Path, bytes], bool]


def target_path(protocol_id: str, language: str, protocols_dir: Path) -> Path:
    return protocols_dir / language / f"{protocol_id}.yaml"


def starting_text(protocol_id: str, language: str, base: str | None, protocols_dir: Path) -> str:
    if base is None:
        text = (TEMPLATES / f"new.{language}.yaml").read_text(encoding="utf-8")
        return text.replace("__ID__", protocol_id)
    entry = resolve(base, language, protocols_dir)
    entry.load()  # refuse to copy a broken file: its errors are shown instead
    text = entry.path.read_text(encoding="utf-8")
    return re.sub(r"(?m)^id:.*$", f"id: {protocol_id}", text, count=1)


def write_new(
    protocol_id: str, *, base: str | None, language: str, protocols_dir: Path, create: Create
) -> Path:
    if not re.match(SLUG, protocol_id):
        raise UsageError("new.bad_id", id=protocol_id)
    path = target_path(protocol_id, language, protocols_dir)
    text = starting_text(protocol_id, language, base, protocols_dir)
    relative = os.path.relpath(protocols_dir / SCHEMA_FILE, path.parent)
    text = re.sub(
        r"(?m)^# yaml-language-server: \$schema=.*$",
        f"# yaml-language-server: $schema={relative}",
        text,
    )
    if not create(path, text.encode("utf-8")):  # never overwrite a group's work
        raise UsageError("new.exists", path=path)
    create(protocols_dir / SCHEMA_FILE, schema_text().encode("utf-8"))  # kept when it is there
    return path
