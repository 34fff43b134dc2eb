"""The guides (how to write a method, the group file, exports): shipped inside the package.

In a wheel they sit in ``intervision/docs``; in a checkout in ``docs/`` beside the package. A guide may
have a Dutch version ``NAME.nl.md`` beside the English ``NAME.md``; the Dutch one is shown in Dutch.
"""

from __future__ import annotations

from pathlib import Path

GUIDES = ("protocols", "group", "export")


def folder() -> Path:
    installed = Path(__file__).resolve().parent / "docs"
    if installed.is_dir():
        return installed
    return Path(__file__).resolve().parent.parent / "docs"


def path(name: str, language: str = "en") -> Path:
    """The guide ``name`` in ``language`` if it exists, else the English one."""
    base = folder()
    translated = base / f"{name}.{language}.md"
    if language != "en" and translated.is_file():
        return translated
    return base / f"{name}.md"


def title(guide: Path) -> str:
    """The guide's first heading, without its ``#``."""
    with guide.open(encoding="utf-8") as lines:
        for line in lines:
            if line.startswith("# "):
                return line[2:].strip()
    return guide.stem
