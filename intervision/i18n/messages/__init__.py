"""The catalog, one module per area so that areas can grow without colliding.

Modules are imported when a message of theirs is first needed (``intervision.i18n.t``), so a command
loads only the texts it shows; ``MESSAGES`` and ``MODULES`` (for tests and tools) load everything.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from types import ModuleType
from typing import Any

# Every catalog module in this folder, found once when all of them are needed; a new area is a new
# module named after its keys' first word, with no list to edit (eight people add areas at once).
_FOUND: tuple[str, ...] | None = None


def names() -> tuple[str, ...]:
    global _FOUND
    if _FOUND is None:
        folder = Path(__file__).parent
        _FOUND = tuple(sorted(p.stem for p in folder.glob("*.py") if not p.stem.startswith("_")))
    return _FOUND


# Where a key's first word lives when it is not the module's own name; a key not found there is
# looked up everywhere.
PREFIXES = {
    "cli": "cli",
    "status": "cli",
    "protocol": "protocol",
    "pattern": "plan",
    "owner": "plan",
    "capture": "plan",
    "section": "plan",
    "basis": "plan",
    "origin": "plan",
    "col": "plan",
    "show": "plan",
    "list": "plan",
    "validate": "plan",
    "new": "plan",
    "plan": "plan",
    "count": "plan",
    "session": "session",
    "run": "session",
    "store": "session",
    "journal": "session",
    "ui": "ui",
    "kind": "ui",
    "prompt": "ui",
    "live": "ui",
    "minutes": "minutes",
    "group": "group",
    "init": "group",
    "members": "group",
    "yaml": "yaml",
    "usage": "usage",
    "series": "series",
    "rotation": "series",
    "review": "series",
    "stats": "series",
    "report": "report",
}


def module(name: str) -> ModuleType:
    return importlib.import_module(f"intervision.i18n.messages.{name}")


def _merge() -> dict[str, dict[str, str]]:
    merged: dict[str, dict[str, str]] = {}
    for name in names():
        for key, entry in module(name).MESSAGES.items():
            if key in merged:
                raise RuntimeError(f"message key {key!r} is defined twice")
            merged[key] = entry
    return merged


def __getattr__(name: str) -> Any:
    if name == "MESSAGES":
        return _merge()
    if name == "MODULES":
        return tuple(module(n) for n in names())
    raise AttributeError(name)
