"""What the live mode prints above the input line (with rich): messages, phase and speaker changes, /status.

Only the screen: nothing here goes into the journal or the minutes.
"""

from __future__ import annotations

import os
import re
import textwrap
from collections.abc import Mapping
from typing import TYPE_CHECKING

from intervision.i18n import t
from intervision.session.snapshot import Snapshot
from intervision.terminal import safe_lines
from intervision.ui import format as fmt
from intervision.ui.live_view import STYLES, Line, full_lines

if TYPE_CHECKING:
    from rich.console import Console
    from rich.text import Text


# '  • rule' and '  /quit     stop now …' continue under their text when they wrap.
_HANGING = re.compile(r"^(\s+(?:• |\S+(?: \S+)*?\s{2,}))\S")


def make_console(environ: Mapping[str, str] | None = None) -> Console:
    from rich.console import Console

    env = os.environ if environ is None else environ
    return Console(
        highlight=False, emoji=False, markup=False, no_color=bool(env.get("NO_COLOR")) or None
    )


def rich_text(line: Line) -> Text:
    from rich.text import Text

    text = Text(no_wrap=True, overflow="ellipsis")
    for style, part in line:
        name = style.removeprefix("class:")
        text.append(safe_lines(part), style=STYLES[name][1] if name in STYLES else "")
    return text


class LiveScreen:
    def __init__(self, console: Console, *, warn_seconds: float = 60) -> None:
        self.console, self.warn_seconds = console, warn_seconds
        self.position: tuple[int, int] | None = None

    def status(self, snapshot: Snapshot, *, full: bool) -> None:
        if full:
            width = self.console.width
            for line in full_lines(snapshot, width=width, warn_seconds=self.warn_seconds):
                self.console.print(rich_text(line))
            return
        position = (snapshot.phase_number, snapshot.turn_number)
        if position == self.position:
            return
        if self.position is None or position[0] != self.position[0]:
            self.console.rule(fmt.heading(snapshot), align="left", style="bold")
        self.position = position
        self.console.print(t("live.speaker_line", who=fmt.now_text(snapshot)), style="bold")

    def say(self, message: str) -> None:
        self.console.print(self._wrapped(message))

    def error(self, message: str) -> None:
        self.console.print(
            self._wrapped(t("ui.error_line", message=message), indent=2), style="bold red"
        )

    def _wrapped(self, message: str, indent: int = 0) -> str:
        message = safe_lines(message)
        width = self.console.width - 1
        if len(message) <= width or "\n" in message:
            return message
        match = _HANGING.match(message)
        hang = len(match.group(1)) if match else indent
        return textwrap.fill(message, width, subsequent_indent=" " * hang)

    def key_help(self) -> None:
        self.console.print(t("live.keys_title"))
        for key in ("pause", "back", "edit", "stop"):
            self.console.print("  " + t(f"live.key.{key}"))
