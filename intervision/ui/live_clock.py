"""The clock rows of the live block, kept current once a second for almost no CPU.

Why the rows are written by hand: a full prompt_toolkit redraw of the block costs 1.5-3 ms of CPU, and once a
second that is more than the whole budget (0.1 s of CPU per minute; a prompt toolbar with refresh_interval=1
measured 0.18 s). So prompt_toolkit draws the block with the clock rows left empty, and when the shown second
changes only those rows are rewritten: save the cursor, move up, write, restore the cursor (DECSC/DECRC,
which also restore the colours the renderer expects). prompt_toolkit never draws into those rows (it thinks
they are blank), and after each of its own redraws the rows are written again, so a resize or a keystroke
never leaves them stale. A terminal without VT100 escapes gets a normal (dearer) redraw instead.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from intervision.session.engine import SessionEngine
from intervision.ui.live_signals import TimeSignals, seconds_to_next_change
from intervision.ui.live_view import STYLES, Line, big_clock_fits, live_rows

if TYPE_CHECKING:
    from prompt_toolkit.application import Application
    from prompt_toolkit.formatted_text import StyleAndTextTuples
    from prompt_toolkit.output import Output
    from prompt_toolkit.styles import Attrs, Style

SAVE_CURSOR, RESTORE_CURSOR = "\x1b7", "\x1b8"
# A rehearsal clock changes many times a second: five updates a second will do.
REHEARSAL_MIN_WAIT = 0.2
MAX_WAIT = 1.0

# From the cursor up to the first clock row; None: do not write now.
RowsUp = Callable[[], "int | None"]


def make_style() -> Style:
    from prompt_toolkit.styles import Style

    return Style.from_dict({name: look for name, (look, _) in STYLES.items()})


def speaks_vt100(output: Output) -> bool:
    from prompt_toolkit.output.vt100 import Vt100_Output

    return isinstance(output, Vt100_Output) or type(output).__name__ == "Windows10_Output"


class Ticker:
    """Sleeps until the shown clocks change, then calls ``on_tick``. Deadlines come from the session clock
    every time, so nothing drifts; a rehearsal ticks at most five times a second."""

    def __init__(self, engine: SessionEngine, on_tick: Callable[[], None]) -> None:
        self.engine, self.on_tick = engine, on_tick
        self.speed = float(engine.state.rehearsal or 1.0)

    def wait(self) -> float:
        seconds = seconds_to_next_change(self.engine.snapshot()) / self.speed + 0.002
        floor = REHEARSAL_MIN_WAIT if self.speed > 1 else 0.01
        return min(max(seconds, floor), MAX_WAIT)

    async def run(self) -> None:
        while True:
            await asyncio.sleep(self.wait())
            with contextlib.suppress(OSError):  # a failed write shows at the next command instead
                self.engine.heartbeat()
            self.on_tick()

    def attach(self, app: Application[Any]) -> None:
        def start() -> None:
            app.create_background_task(self.run())

        app.pre_run_callables.append(start)


def watch_signals(
    engine: SessionEngine, signals: TimeSignals
) -> Callable[[Application[Any]], None]:
    """For other prompts (questionary): no clock rows, but the bell still rings on time."""

    def attach(app: Application[Any]) -> None:
        def tick() -> None:
            signals.check(engine.snapshot(), app.output.bell)

        Ticker(engine, tick).attach(app)

    return attach


class ClockRows:
    """The rows that change every second: who speaks and their clock, then the phase and the session."""

    def __init__(
        self,
        engine: SessionEngine,
        signals: TimeSignals,
        *,
        warn_seconds: float,
        style: Style,
        rows_up: RowsUp,
    ) -> None:
        self.engine, self.signals, self.warn_seconds = engine, signals, warn_seconds
        self.style, self.rows_up = style, rows_up
        self.written: list[Line] | None = None
        self.direct = False
        self._attrs: dict[str, Attrs] = {}

    def attach(self, app: Application[Any]) -> None:
        self.direct = speaks_vt100(app.output)
        if self.direct:
            app.after_render += lambda _: self.refresh(app, force=True)
        Ticker(self.engine, lambda: self.refresh(app)).attach(app)

    def text(self, app: Application[Any]) -> StyleAndTextTuples:
        """What prompt_toolkit draws in the clock rows: nothing when they are written by hand."""
        if self.direct:
            return []
        if self.written is None:
            self.written = self.current(app)
        return join(self.written)

    def current(self, app: Application[Any]) -> list[Line]:
        snap = self.engine.snapshot()
        self.signals.check(snap, app.output.bell)
        size = app.output.get_size()
        big = big_clock_fits(size.columns, size.rows)
        return live_rows(snap, width=size.columns, warn_seconds=self.warn_seconds, big=big)

    def refresh(self, app: Application[Any], *, force: bool = False) -> None:
        """Show the clocks again if what they show has changed (or always, after a redraw)."""
        if not app.is_running or app.is_done:
            return
        lines = self.current(app)
        if lines == self.written and not force:
            return
        if not self.direct:
            self.written = lines
            app.invalidate()
            return
        up = self.rows_up()
        if up is None:
            return  # squeezed into a tiny terminal: better a still clock than rows in the wrong place
        output = app.output
        output.write_raw(SAVE_CURSOR)
        output.cursor_up(up)
        for index, line in enumerate(lines):
            if index:
                output.cursor_down(1)
            output.write_raw("\r")
            for style, text in line:
                output.set_attributes(self._attrs_for(style), app.color_depth)
                output.write(text)
            output.reset_attributes()
            output.erase_end_of_line()
        output.write_raw(RESTORE_CURSOR)
        output.flush()
        self.written = lines

    def _attrs_for(self, style: str) -> Attrs:
        if style not in self._attrs:
            self._attrs[style] = self.style.get_attrs_for_style_str(style)
        return self._attrs[style]


def join(lines: list[Line]) -> StyleAndTextTuples:
    fragments: StyleAndTextTuples = []
    for index, line in enumerate(lines):
        if index:
            fragments.append(("", "\n"))
        fragments.extend(line)
    return fragments
