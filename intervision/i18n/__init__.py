"""One message catalog for every user-facing text, in Dutch and English.

Language order: ``--lang`` > ``INTERVISION_LANG`` > the system locale (``nl*`` → Dutch) > English.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any

from intervision.i18n import messages as _catalog

LANGUAGES = ("nl", "en")
_current = "en"
_explicit = False  # chosen with --lang: then it wins over a resumed session's own language
_texts: dict[str, dict[str, str]] = {}  # the catalog modules loaded so far
_loaded: set[str] = set()


def normalise(lang: str | None) -> str | None:
    """Map a flag, variable or locale string (``nl_NL.UTF-8``, ``EN``) to a supported language."""
    if not lang:
        return None
    code = lang.strip().lower().replace("-", "_")
    for supported in LANGUAGES:
        if (
            code == supported
            or code.startswith(supported + "_")
            or code.startswith(supported + ".")
        ):
            return supported
    return None


def from_environment(environ: Mapping[str, str] | None = None) -> str:
    env = os.environ if environ is None else environ
    chosen = normalise(env.get("INTERVISION_LANG"))
    if chosen:
        return chosen
    # gettext's order: the first non-empty of these decides; within it (``LANGUAGE=fy:nl``) the first
    # language we speak, else English (C/POSIX too).
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name)
        if value:
            for item in value.split(":"):
                chosen = normalise(item)
                if chosen:
                    return chosen
            return "en"
    return "en"


def resolve(flag: str | None, environ: Mapping[str, str] | None = None) -> str:
    return normalise(flag) or from_environment(environ)


def set_language(lang: str, *, explicit: bool = False) -> None:
    global _current, _explicit
    _current = normalise(lang) or "en"
    _explicit = explicit


def explicit() -> bool:
    """True when the language was chosen with ``--lang`` rather than taken from the environment."""
    return _explicit


def language() -> str:
    return _current


def _load(name: str) -> None:
    if name not in _loaded:
        _texts.update(_catalog.module(name).MESSAGES)
        _loaded.add(name)


def _entry(key: str) -> dict[str, str]:
    entry = _texts.get(key)
    if entry is None:
        first = key.split(".", 1)[0]
        home = _catalog.PREFIXES.get(first, first)
        if home in _catalog.names():
            _load(home)
        entry = _texts.get(key)
        if entry is None:
            for name in _catalog.names():
                _load(name)
            entry = _texts[key]  # a KeyError here is a missing message: the tests catch that
    return entry


def t(key: str, /, *, lang: str | None = None, **fields: Any) -> str:
    """The message ``key`` in the current language, formatted with ``fields``."""
    text = _entry(key)[lang or _current]
    return text.format(**fields) if fields else text


def plural(n: int, one: str, many: str, /, **fields: Any) -> str:
    """Dutch and English share the rule n != 1."""
    return t(one if n == 1 else many, n=n, **fields)


def count(n: float, noun: str, text: str | None = None) -> str:
    """'1 casus', '2 casussen', '7½ minuten': the catalog has ``count.<noun>.one`` and ``.many``.

    ``text`` shows the number another way (``7½``); the choice of word still follows ``n``.
    """
    return t(f"count.{noun}.{'one' if n == 1 else 'many'}", n=n if text is None else text)
