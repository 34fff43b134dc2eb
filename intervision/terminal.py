"""Text from a person or a file, made fit to show on a terminal: it may say anything, but never steer it.

Names, case titles, notes, protocol texts, ids and paths can hold what a terminal obeys instead of
shows: an OSC sequence sets the window title or a hyperlink, a CSI sequence moves the cursor or clears
the screen, a bidi override makes a line read differently from what it says. ``safe`` keeps what a
reader should see and drops the rest, with the same definition of "unwanted" as the Markdown minutes
(``render/escape.py``). The files keep the text as typed; only the terminal view is cleaned.
"""

from __future__ import annotations

import re

from intervision.render.escape import clean

_BREAK = re.compile(r"[ ]*\n\s*")


def safe(text: str) -> str:
    """One line fit for a terminal: escape sequences, control characters and bidi overrides removed,
    tabs and line breaks (with the spaces around them) turned into one space."""
    return _BREAK.sub(" ", clean(text).strip("\n"))


def safe_lines(text: str) -> str:
    """Like ``safe``, but line breaks stay (as ``\\n``): for messages and blocks of several lines."""
    return clean(text)
