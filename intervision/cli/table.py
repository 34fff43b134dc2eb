"""A plain text table for the quick commands (list, plan): rich costs ~50 ms of start-up they cannot spare.

Colour and bold only go to a terminal, and never when NO_COLOR is set (https://no-color.org) or the
terminal is ``TERM=dumb``. On a terminal the table fits its width: the widest columns wrap their
cells onto more lines. To a pipe or a file rows stay whole, one line each.
"""

from __future__ import annotations

import os
import sys
from typing import TextIO

from intervision.terminal import cut, plain_terminal, safe, width, wrap

STYLES = {"bold": "1", "red": "31", "yellow": "33", "dim": "2"}
GAP = "  "
NARROWEST = 8  # a column is not squeezed below this (or its header) to make the table fit


class Output:
    def __init__(self, stream: TextIO | None = None, columns: int | None = None) -> None:
        """``columns``: the width to fit; by default the terminal's, and none for a pipe or a file."""
        self.stream = stream or sys.stdout
        isatty = getattr(self.stream, "isatty", lambda: False)
        tty = bool(isatty())
        self.colour = tty and not os.environ.get("NO_COLOR") and not plain_terminal()
        self.columns = (
            columns if columns is not None else (_terminal_columns(self.stream) if tty else None)
        )

    def styled(self, text: str, style: str | None) -> str:
        if not style or not self.colour:
            return text
        return f"\x1b[{STYLES[style]}m{text}\x1b[0m"

    def line(self, text: str = "", style: str | None = None) -> None:
        """One line of text; what it holds from a person or a file is shown, never obeyed."""
        self.stream.write(self.styled(safe(text), style) + "\n")

    def wrapped(self, text: str, indent: int = 0, hang: int = 0, style: str | None = None) -> None:
        """A paragraph: ``indent`` spaces before it, ``hang`` more before its wrapped lines."""
        text = safe(text)
        if self.columns is None:
            self.line(" " * indent + text, style)
            return
        room = self.columns - 1 - indent
        rows = wrap(text, room - hang, first=room)
        for number, row in enumerate(rows):
            self.line(" " * (indent + (hang if number else 0)) + row, style)


def _terminal_columns(stream: TextIO) -> int | None:
    """The terminal's width (``COLUMNS`` first, as shells and rich do); None when it is not known."""
    columns = os.environ.get("COLUMNS", "")
    if columns.isdigit() and int(columns) > 0:
        return int(columns)
    try:
        return os.get_terminal_size(stream.fileno()).columns or None
    except (OSError, ValueError, AttributeError):
        return None


class Table:
    def __init__(
        self, headers: list[str], right: set[int] | None = None, wraps: set[int] | None = None
    ) -> None:
        """``right``: columns aligned right; ``wraps``: the columns that may wrap to fit (default:
        every column not aligned right)."""
        self.headers = headers
        self.right = right or set()
        self.wraps = wraps if wraps is not None else set(range(len(headers))) - self.right
        self.rows: list[tuple[list[str], str | None]] = []

    def add_row(self, *cells: str, style: str | None = None) -> None:
        self.rows.append(([safe(cell) for cell in cells], style))

    def add_section(self, label: str) -> None:
        self.rows.append(([safe(label)], "section"))

    def widths(self, columns: int | None) -> list[int]:
        """Each column's width: the widest cell, then squeezed (widest first) to fit ``columns``."""
        widths = [width(h) for h in self.headers]
        for cells, style in self.rows:
            if style != "section":
                for i, cell in enumerate(cells[: len(widths)]):
                    widths[i] = max(widths[i], width(cell))
        if columns is None:
            return widths
        room = columns - 1 - len(GAP) * (len(widths) - 1)
        # First every word whole; when even that does not fit, words wider than their column end in '…'.
        whole = [self._longest_word(i) if i in self.wraps else 0 for i in range(len(widths))]
        fitted = self._fit(list(widths), room, whole)
        return fitted if sum(fitted) <= room else self._fit(widths, room, [0] * len(widths))

    def _fit(self, widths: list[int], room: int, keep: list[int]) -> list[int]:
        """``widths`` squeezed towards ``room``, no column below ``keep``."""
        floor = [
            max(keep[i], min(widths[i], max(NARROWEST, width(h)))) if i in self.wraps else widths[i]
            for i, h in enumerate(self.headers)
        ]
        _squeeze(widths, floor, room)
        if sum(widths) > room:  # still too wide: the headers wrap between their words
            longest = [
                max((width(c[i]) for c, s in self.rows if s != "section" and i < len(c)), default=0)
                for i in range(len(widths))
            ]
            words = [max((width(w) for w in h.split()), default=0) for h in self.headers]
            floor = [
                max(
                    words[i], keep[i], min(longest[i], NARROWEST) if i in self.wraps else longest[i]
                )
                for i in range(len(widths))
            ]
            _squeeze(widths, floor, room)
        return widths

    def _longest_word(self, column: int) -> int:
        cells = [c[column] for c, s in self.rows if s != "section" and column < len(c)]
        return max((width(w) for cell in cells for w in cell.split()), default=0)

    def render(self, out: Output) -> None:
        widths = self.widths(out.columns)

        def lines(cells: list[str]) -> list[str]:
            wrapped = [_wrap_words(cell, widths[i]) for i, cell in enumerate(cells)]
            height = max(len(rows) for rows in wrapped)
            result = []
            for row in range(height):
                parts = []
                for i, rows in enumerate(wrapped):
                    cell = rows[row] if row < len(rows) else ""
                    pad = " " * (widths[i] - width(cell))
                    parts.append(pad + cell if i in self.right else cell + pad)
                result.append(GAP.join(parts).rstrip())
            return result

        for text in lines(self.headers):
            out.line(text, "bold")
        for cells, style in self.rows:
            if style == "section":
                label = cells[0] if out.columns is None else cut(cells[0], out.columns - 1)
                out.line(label, "bold")
            else:
                for text in lines(cells):
                    out.line(text, style)


def _squeeze(widths: list[int], floor: list[int], room: int) -> None:
    """Narrow the widest column above its floor, one column at a time, until the table fits."""
    while sum(widths) > room:
        squeezable = [i for i in range(len(widths)) if widths[i] > floor[i]]
        if not squeezable:
            return
        widest = max(squeezable, key=lambda i: widths[i])
        widths[widest] -= 1


def _wrap_words(text: str, columns: int) -> list[str]:
    """``text`` broken at spaces only; a word wider than the column is cut and ends in '…'."""
    return wrap(" ".join(cut(word, columns) for word in text.split()), columns)
