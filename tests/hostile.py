"""Hostile text: what a pasted line, a name or a protocol file may hold that a terminal would obey.

Every output path is tested with these payloads (``tests/test_terminal.py`` for ``safe`` itself, the
screens and commands in their own tests): what reaches the terminal keeps the visible words and loses
every byte that steers the terminal.
"""

from __future__ import annotations

import re

# (name, payload, the words that must still show)
PAYLOADS: list[tuple[str, str, str]] = [
    ("osc title bel", "\x1b]0;PWNED\x07Anna", "Anna"),
    ("osc title st", "\x1b]2;PWNED\x1b\\Bram", "Bram"),
    ("osc title 8-bit st", "\x1b]0;PWNED\x9cCor", "Cor"),
    ("osc 8-bit", "\x9d0;PWNED\x07Dirk", "Dirk"),
    ("osc hyperlink", "\x1b]8;;https://evil.invalid\x1b\\klik\x1b]8;;\x1b\\", "klik"),
    ("csi colour", "\x1b[31mrood\x1b[0m", "rood"),
    ("csi clear screen", "\x1b[2J\x1b[Hweg", "weg"),
    ("csi 8-bit", "\x9b2Jacht", "acht"),
    ("dcs", "\x1bPq#0;2;0;0;0\x1b\\Eva", "Eva"),
    ("dcs 8-bit", "\x90qPWNED\x9cFenna", "Fenna"),
    ("apc", "\x1b_PWNED\x1b\\Gijs", "Gijs"),
    ("bare esc and bell", "Hans\x1b\x07", "Hans"),
    ("backspace over", "Iris\x08\x08\x08\x08Joost", "IrisJoost"),
    ("carriage return over", "echt\rnep", "echt"),
    ("nul and del", "Ka\x00r\x7fel", "Karel"),
    ("bidi override", "Lot\u202etxt.exe\u202c", "Lottxt.exe"),
    ("bidi isolate", "\u2066Mia\u2069", "Mia"),
    ("unterminated osc", "Noor\x1b]0;titel", "Noor"),
    ("rich markup", "[bold red]Otto[/]", "[bold red]Otto[/]"),
    ("line breaks", "Piet\nRaad\u2028Sara", "Piet"),
]

# Escape and every other C0/C1 control except newline, lone surrogates, bidi embeddings/overrides/isolates.
_STEERING = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def steering(text: str) -> list[str]:
    """The characters in ``text`` that a terminal would obey rather than show (empty when clean)."""
    return _STEERING.findall(text)


def assert_clean(text: str) -> None:
    assert steering(text) == [], repr(text)
    assert "PWNED" not in text, repr(text)
