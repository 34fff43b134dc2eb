"""The facilitator's input line, with the status block above it and clocks that keep running while they type.

Why the clock rows are written by hand: a full prompt_toolkit redraw of the block costs 1.5-3 ms of CPU, and
once a second that is more than the whole budget (0.1 s of CPU per minute). So prompt_toolkit draws the block
with two empty rows in it, and once a second only those two rows are rewritten: save the cursor, move up,
write, restore the cursor (DECSC/DECRC, which also keep the colours the renderer expects). prompt_toolkit
never draws into those rows (it thinks they are blank), and after each of its own redraws the rows are
written again, so a resize or a keystroke never leaves them stale.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING, Any

from intervision.i18n import t
from intervision.session.engine import SessionEngine
from intervision.ui.live_signals import TimeSignals, seconds_to_next_change
from intervision.ui.live_view import LIVE_ROWS, STYLES, Block, Line, back_question, block, live_rows

if TYPE_CHECKING:
    from prompt_toolkit.application import Application
    from prompt_toolkit.formatted_text import StyleAndTextTuples
    from prompt_toolkit.history import History
    from prompt_toolkit.styles import Attrs, Style

SAVE_CURSOR, RESTORE_CURSOR = "\x1b7", "\x1b8"
REHEARSAL_MIN_WAIT = (
    0.2  # a rehearsal clock changes many times a second; five redraws a second is plenty
)
MAX_WAIT = 1.0


class Key(str, Enum):
    PAUSE = "pause"
    BACK = "back"  # already confirmed by a second press


@dataclass(frozen=True)
class Entry:
    """What one prompt gave: a line (Enter), or a direct key and the unfinished text to put back."""

    line: str = ""
    key: Key | None = None
    keep: str = ""


def make_style() -> Style:
    from prompt_toolkit.styles import Style

    return Style.from_dict({name: look for name, (look, _) in STYLES.items()})


class Ticker:
    """Sleeps until the shown clocks change, then calls ``on_tick``; a rehearsal ticks at most 5 times a second."""

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


class LineReader:
    """Reads one line per call; the block shows the state as it was when the prompt opened, the clocks live."""

    def __init__(self, engine: SessionEngine, signals: TimeSignals, *, warn_seconds: float) -> None:
        from prompt_toolkit.history import InMemoryHistory

        self.engine, self.signals, self.warn_seconds = engine, signals, warn_seconds
        self.history: History = InMemoryHistory()
        self.style = make_style()
        self.unsent = ""  # the text in the line when Ctrl-C was pressed
        self._attrs: dict[str, Attrs] = {}
        self._reset()

    def _reset(self) -> None:
        self._block_key: tuple[int, int, bool] | None = None
        self._block: Block | None = None
        self._written: list[Line] | None = None
        self._presses = 0
        self._armed_at = -1

    # --- one prompt ----------------------------------------------------------------------------------

    def read(self, keep: str = "") -> Entry:
        from prompt_toolkit.application import Application
        from prompt_toolkit.buffer import Buffer
        from prompt_toolkit.document import Document
        from prompt_toolkit.filters import is_done
        from prompt_toolkit.key_binding import KeyBindings, KeyPressEvent, merge_key_bindings
        from prompt_toolkit.key_binding.defaults import load_key_bindings
        from prompt_toolkit.keys import Keys
        from prompt_toolkit.layout import (
            ConditionalContainer,
            FormattedTextControl,
            HSplit,
            Layout,
            Window,
        )
        from prompt_toolkit.layout.controls import BufferControl
        from prompt_toolkit.layout.processors import BeforeInput

        self._reset()
        self.unsent = ""
        self.snap = self.engine.snapshot()
        app: Application[Entry]

        def accept(buffer: Buffer) -> bool:
            if not buffer.text.strip():
                app.erase_when_done = True  # an empty Enter leaves no empty prompt behind
            app.exit(result=Entry(line=buffer.text))
            return True  # keep the text on screen as the record of what was typed

        buffer = Buffer(
            multiline=False,
            history=self.history,
            document=Document(keep, len(keep)),
            accept_handler=accept,
        )
        bindings = KeyBindings()

        @bindings.add("c-c")
        @bindings.add(Keys.SIGINT)
        def _interrupt(event: KeyPressEvent) -> None:
            self.unsent = buffer.text
            event.app.exit(exception=KeyboardInterrupt, style="class:aborting")

        @bindings.add("c-p")
        @bindings.add("f5")
        def _pause(event: KeyPressEvent) -> None:
            self._leave(event.app, Entry(key=Key.PAUSE, keep=buffer.text))

        @bindings.add("c-b")
        @bindings.add("f6")
        def _back(event: KeyPressEvent) -> None:
            if self._armed_at == self._presses - 1 or self._back_target() is None:
                self._leave(event.app, Entry(key=Key.BACK, keep=buffer.text))
            else:
                self._armed_at = self._presses

        self.input_window = Window(
            BufferControl(
                buffer, input_processors=[BeforeInput(t("live.prompt"), style="class:prompt")]
            ),
            wrap_lines=True,
            dont_extend_height=True,
        )
        self.top_window = Window(
            FormattedTextControl(lambda: _join(self.block().top)),
            height=lambda: len(self.block().top),
            dont_extend_height=True,
        )
        self.bottom_window = Window(
            FormattedTextControl(lambda: _join(self.block().bottom)),
            height=lambda: len(self.block().bottom),
            dont_extend_height=True,
        )
        status = HSplit([self.top_window, Window(height=LIVE_ROWS), self.bottom_window])
        app = Application(
            layout=Layout(
                HSplit([ConditionalContainer(status, filter=~is_done), self.input_window])
            ),
            key_bindings=merge_key_bindings([load_key_bindings(), bindings]),
            style=self.style,
            terminal_size_polling_interval=None,  # SIGWINCH tells us; polling would wake us twice a second
            after_render=lambda app: self.write_live(app, force=True),
        )
        app.key_processor.before_key_press += self._count_press
        Ticker(self.engine, lambda: self.write_live(app)).attach(app)
        self.app = app
        return app.run()

    def _leave(self, app: Application[Entry], entry: Entry) -> None:
        app.erase_when_done = True
        app.exit(result=entry)

    def _count_press(self, _: object) -> None:
        self._presses += 1

    def armed(self) -> bool:
        """A first Ctrl-B asks; the very next key decides (Ctrl-B again: go back; anything else: do not)."""
        return self._armed_at == self._presses

    def _back_target(self) -> str | None:
        state = self.engine.state
        if state.turn_index > 0:
            return state.turn_order[state.turn_index - 1]
        if state.phase_index > 0:
            return state.agenda.phases[state.phase_index - 1].phase.title
        return None

    # --- drawing -------------------------------------------------------------------------------------

    def block(self) -> Block:
        size = self.app.output.get_size()
        armed = self.armed()
        key = (size.columns, size.rows, armed)
        if self._block is None or key != self._block_key:
            target = self._back_target() if armed else None
            hint = back_question(target) if target else None
            self._block = block(self.snap, width=size.columns, rows=size.rows, hint=hint)
            self._block_key = key
        return self._block

    def write_live(self, app: Application[Any], *, force: bool = False) -> None:
        """Rewrite the clock rows if what they show has changed (or always, after a redraw)."""
        if not app.is_running or app.is_done:
            return
        snap = self.engine.snapshot()
        self.signals.check(snap, app.output.bell)
        size = app.output.get_size()
        lines = live_rows(snap, width=size.columns, warn_seconds=self.warn_seconds)
        if lines == self._written and not force:
            return
        shown = self.block()
        info = self.input_window.render_info
        top_info = self.top_window.render_info
        if info is None or top_info is None or top_info.window_height != len(shown.top):
            return  # squeezed into a tiny terminal: better a still clock than rows written in the wrong place
        if shown.height + info.window_height > size.rows:
            return
        output = app.output
        output.write_raw(SAVE_CURSOR)
        output.cursor_up(LIVE_ROWS + len(shown.bottom) + info.cursor_position.y)
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
        self._written = lines

    def _attrs_for(self, style: str) -> Attrs:
        if style not in self._attrs:
            self._attrs[style] = self.style.get_attrs_for_style_str(style)
        return self._attrs[style]


def _join(lines: list[Line]) -> StyleAndTextTuples:
    fragments: StyleAndTextTuples = []
    for index, line in enumerate(lines):
        if index:
            fragments.append(("", "\n"))
        fragments.extend(line)
    return fragments
