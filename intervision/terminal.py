"""Text from a person or a file, made fit to show on a terminal: it may say anything, but never steer it.

Names, case titles, notes, protocol texts, ids and paths can hold what a terminal obeys instead of
shows: an OSC sequence sets the window title or a hyperlink, a CSI sequence moves the cursor or clears
the screen, a bidi override makes a line read differently from what it says. ``safe`` keeps what a
reader should see and drops the rest, with the same definition of "unwanted" as the Markdown minutes
(``render/escape.py``). The files keep the text as typed; only the terminal view is cleaned.

``width`` counts columns the way a terminal does (wide, combining and zero-width characters, emoji
sequences) with ``unicodedata`` alone: wcwidth would do it too, but costs ~11 ms of start-up that
``protocols list`` and ``plan`` cannot spare (``python -X importtime``).
"""

from __future__ import annotations

import contextlib
import os
import re
import sys
import unicodedata
from collections.abc import Iterator, Mapping
from typing import Any, TextIO, cast

from intervision.render.escape import UNWANTED, clean

_BREAK = re.compile(r"[ ]*\n\s*")
ELLIPSIS = "…"


def safe(text: str) -> str:
    """One line fit for a terminal: escape sequences, control characters and bidi overrides removed,
    tabs and line breaks (with the spaces around them) turned into one space."""
    if text.isascii() and text.isprintable():
        return text  # nothing a terminal obeys: the common case, without the regular expressions
    return _BREAK.sub(" ", clean(text).strip("\n"))


def safe_lines(text: str) -> str:
    """Like ``safe``, but line breaks stay (as ``\\n``): for messages and blocks of several lines."""
    return clean(text)


def safe_json(value: Any) -> str:
    """``value`` as indented JSON whose text shows no control character or bidi override raw: they
    are written as ``\\uXXXX``, so a program reading it gets exactly the same data."""
    import json

    text = json.dumps(value, ensure_ascii=False, indent=2)
    return UNWANTED.sub(lambda found: f"\\u{ord(found.group()):04x}", text)


class SafeWriter:
    """A text stream that cleans every write (``safe_lines``): for the plain mode's output."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream

    def write(self, text: str) -> int:
        return self.stream.write(safe_lines(text))

    def __getattr__(self, name: str) -> Any:
        return getattr(self.stream, name)


def safe_stream(stream: TextIO) -> TextIO:
    return cast(TextIO, SafeWriter(stream))


@contextlib.contextmanager
def safe_output() -> Iterator[None]:
    """Standard output and error cleaned while the block runs: for code that prints (``print``)."""
    with (
        contextlib.redirect_stdout(safe_stream(sys.stdout)),
        contextlib.redirect_stderr(safe_stream(sys.stderr)),
    ):
        yield


def plain_terminal(environ: Mapping[str, str] | None = None) -> bool:
    """``TERM=dumb``: a terminal that cannot move the cursor or show colour (Emacs shell, some CI)."""
    env = os.environ if environ is None else environ
    return env.get("TERM") == "dumb"


# --- columns ------------------------------------------------------------------------------------

_ZWJ, _VS15, _VS16, _SOFT_HYPHEN = 0x200D, 0xFE0E, 0xFE0F, 0x00AD


def _zero(code: int, char: str) -> bool:
    if code == _SOFT_HYPHEN:
        return False
    if 0x1160 <= code <= 0x11FF or 0xD7B0 <= code <= 0xD7FF:  # Hangul vowels and finals join
        return True
    return unicodedata.category(char) in ("Mn", "Me", "Cf", "Cc")


def width(text: str) -> int:
    """Columns ``text`` takes on a terminal: 'Café' (decomposed) 4, '日本' 4, a family emoji 2."""
    if text.isascii() and text.isprintable():
        return len(text)  # the common case, without a look at every character (a 10 000-row list)
    total = 0
    previous = 0  # columns of the last visible character
    joined = False  # a zero-width joiner glues the next character to the last one
    flag = False  # an unpaired regional indicator: the next one makes a flag with it
    for char in text:
        code = ord(char)
        if code == _ZWJ:
            joined = previous > 0
            continue
        if joined:
            joined = False
            continue
        if code == _VS16 and previous == 1:
            total, previous = total + 1, 2
            continue
        if code == _VS15 and previous == 2:
            total, previous = total - 1, 1
            continue
        if 0x1F3FB <= code <= 0x1F3FF and previous == 2:  # a skin tone on the emoji before it
            continue
        if _zero(code, char):
            continue
        if 0x1F1E6 <= code <= 0x1F1FF:
            flag = not flag
            if not flag:
                continue
            columns = 2
        else:
            flag = False
            columns = 2 if unicodedata.east_asian_width(char) in "WF" else 1
        total, previous = total + columns, columns
    return total


def cut(text: str, columns: int) -> str:
    """``text`` in at most ``columns`` columns; when it does not fit it ends in '…'."""
    if width(text) <= columns:
        return text
    out = ""
    for char in text:
        if width(out + char) > columns - 1:
            break
        out += char
    return out.rstrip() + ELLIPSIS


def wrap(text: str, columns: int, first: int | None = None) -> list[str]:
    """``text`` broken at spaces into lines of at most ``columns`` columns (``first`` for the first
    line, when it differs); a word longer than a line is split."""
    lines: list[str] = []

    def room() -> int:
        return max(first if first is not None and not lines else columns, 1)

    line = ""
    for word in text.split():
        candidate = f"{line} {word}" if line else word
        if width(candidate) <= room():
            line = candidate
            continue
        if line:
            lines.append(line)
        line = word
        while width(line) > room():
            head = ""
            for char in line:
                if head and width(head + char) > room():
                    break
                head += char
            lines.append(head)
            line = line[len(head) :]
    if line or not lines:
        lines.append(line)
    return lines
