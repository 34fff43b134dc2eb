"""A plain text table for the quick commands (list, plan): rich costs ~50 ms of start-up they cannot spare.

Colour and bold only go to a terminal, and never when NO_COLOR is set (https://no-color.org).
"""

from __future__ import annotations

import os
import sys
import unicodedata
from typing import TextIO

STYLES = {"bold": "1", "red": "31", "yellow": "33", "dim": "2"}


def width(text: str) -> int:
    """Columns a text takes in a terminal (wide East Asian characters count double)."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


class Output:
    def __init__(self, stream: TextIO | None = None) -> None:
        self.stream = stream or sys.stdout
        isatty = getattr(self.stream, "isatty", lambda: False)
        self.colour = bool(isatty()) and not os.environ.get("NO_COLOR")

    def styled(self, text: str, style: str | None) -> str:
        if not style or not self.colour:
            return text
        return f"\x1b[{STYLES[style]}m{text}\x1b[0m"

    def line(self, text: str = "", style: str | None = None) -> None:
        self.stream.write(self.styled(text, style) + "\n")


class Table:
    def __init__(self, headers: list[str], right: set[int] | None = None) -> None:
        self.headers = headers
        self.right = right or set()
        self.rows: list[tuple[list[str], str | None]] = []

    def add_row(self, *cells: str, style: str | None = None) -> None:
        self.rows.append((list(cells), style))

    def add_section(self, label: str) -> None:
        self.rows.append(([label], "section"))

    def render(self, out: Output) -> None:
        columns = len(self.headers)
        widths = [width(h) for h in self.headers]
        for cells, style in self.rows:
            if style == "section":
                continue
            for i, cell in enumerate(cells[:columns]):
                widths[i] = max(widths[i], width(cell))

        def fit(cells: list[str]) -> str:
            parts = []
            for i, cell in enumerate(cells):
                pad = " " * (widths[i] - width(cell))
                parts.append(pad + cell if i in self.right else cell + pad)
            return "  ".join(parts).rstrip()

        out.line(fit(self.headers), "bold")
        for cells, style in self.rows:
            if style == "section":
                out.line(cells[0], "bold")
            else:
                out.line(fit(cells), style)
