"""The line being typed on the live screen, journaled on a pause in typing, so that a crash, a kill -9
or a power cut keeps it.

It is saved ``PAUSE_SECONDS`` (1 s) after the last key that changed it, and while typing goes on without
such a pause at least every ``MAX_SECONDS`` (3 s): at most the last 3 seconds of typing can be lost.
Each save is one fsynced journal line; nothing is scheduled while nothing is typed, so a screen left
alone costs no CPU for it. After the line is sent the journal hears it is gone ("" ), so that a resume
brings back only a line that was never entered.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import TYPE_CHECKING

from intervision.session.engine import SessionEngine
from intervision.session.state import SessionState
from intervision.ui.commands import Action, parse

if TYPE_CHECKING:
    import asyncio

PAUSE_SECONDS = 1.0
MAX_SECONDS = 3.0


def due(now: float, first_unsaved: float, pause: float, most: float) -> float:
    """When to save a line changed at ``now`` and unsaved since ``first_unsaved``."""
    return min(now + pause, first_unsaved + most)


class DraftKeeper:
    """Schedules the saves for one input line after another (a kept text goes from prompt to prompt)."""

    def __init__(
        self, engine: SessionEngine, *, pause: float = PAUSE_SECONDS, most: float = MAX_SECONDS
    ) -> None:
        self.engine, self.pause, self.most = engine, pause, most
        self._first_unsaved: float | None = None
        self._timer: asyncio.TimerHandle | None = None
        self._text: Callable[[], str] = lambda: ""

    def watch(self, text: Callable[[], str], loop: asyncio.AbstractEventLoop) -> None:
        """A new prompt: ``text`` reads its line. The line it starts with may be unsaved yet."""
        self._text, self._timer, self._first_unsaved = text, None, None
        self.changed(loop)

    def changed(self, loop: asyncio.AbstractEventLoop) -> None:
        """The line changed (a key): save it on the next pause, or when it has waited too long."""
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        if self._text() == self.engine.state.draft:
            self._first_unsaved = None
            return
        now = loop.time()
        if self._first_unsaved is None:
            self._first_unsaved = now
        self._timer = loop.call_at(due(now, self._first_unsaved, self.pause, self.most), self.save)

    def save(self) -> None:
        self._timer, self._first_unsaved = None, None
        with contextlib.suppress(OSError):  # a failed write shows at the next command instead
            self.engine.draft(self._text())

    def stop(self) -> None:
        """The prompt ended: nothing more is saved from it."""
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None

    def sent(self) -> None:
        """The line was entered and handled: it is no draft any more."""
        with contextlib.suppress(OSError):
            self.engine.draft("")


def recovered(state: SessionState, names: list[str]) -> str:
    """The line that was being typed when the session stopped without an orderly stop (a crash, a kill,
    a power cut); "" when there is none, or when it was entered after all (as the note journaled after
    it: the clearing of the draft is a second line, and the crash may have come between the two)."""
    text = state.draft
    if not text.strip():
        return ""
    command = parse(text, names)
    if command.action is Action.NOTE and any(
        note.seq > state.draft_seq and note.text == command.text.strip() for note in state.notes
    ):
        return ""
    return text
