"""The facilitator's input line, with the status block above it and clocks that keep running while they type.

Keys: Enter sends the line (the shared grammar: text is a note, empty moves on, '/' is a command);
Ctrl-P/F5 pauses or resumes and Ctrl-B/F6 goes back (after a second press), both without losing what has been
typed; Ctrl-C leaves, remembering the unfinished line so that it can be kept as a note. A stop signal
(SIGTERM, SIGHUP) ends the line the same way, from the event loop, and the terminal's input failing leaves
with the text remembered too.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING

from intervision.errors import Stopped
from intervision.i18n import t
from intervision.session.engine import SessionEngine
from intervision.session.snapshot import Snapshot
from intervision.ui.live_clock import ClockRows, join, make_style
from intervision.ui.live_draft import DraftKeeper
from intervision.ui.live_signals import TimeSignals
from intervision.ui.live_view import Block, back_question, block
from intervision.ui.stopping import deferred

if TYPE_CHECKING:
    from prompt_toolkit.application import Application
    from prompt_toolkit.buffer import Buffer
    from prompt_toolkit.history import History
    from prompt_toolkit.key_binding import KeyBindingsBase
    from prompt_toolkit.layout import Window


class Key(str, Enum):
    PAUSE = "pause"
    BACK = "back"  # already confirmed by a second press


@dataclass(frozen=True)
class Entry:
    """What one prompt gave: a line (Enter), or a direct key and the unfinished text to put back."""

    line: str = ""
    key: Key | None = None
    keep: str = ""


class LineReader:
    """One line per call. The block shows the state as it was when the prompt opened (it changes only
    when the facilitator acts, and every act ends the prompt); the clock rows are live."""

    def __init__(
        self,
        engine: SessionEngine,
        signals: TimeSignals,
        *,
        warn_seconds: float,
        drafts: DraftKeeper | None = None,
    ) -> None:
        from prompt_toolkit.history import InMemoryHistory

        self.engine, self.signals, self.warn_seconds = engine, signals, warn_seconds
        self.drafts = drafts or DraftKeeper(engine)  # the line typed so far, journaled on a pause
        self.history: History = InMemoryHistory()
        self.style = make_style()
        self._prompt: _Prompt | None = None
        self._kept = ""

    @property
    def unsent(self) -> str:
        """The text in the line now; after it was left by Ctrl-C, a signal or a failure, what it held
        then; between two lines, what is kept for the next one (after Ctrl-P or Ctrl-B)."""
        return self._prompt.buffer.text if self._prompt is not None else self._kept

    def read(self, keep: str = "") -> Entry:
        from prompt_toolkit.application import Application
        from prompt_toolkit.filters import is_done
        from prompt_toolkit.layout import ConditionalContainer, HSplit, Layout

        prompt = self._prompt = _Prompt(self, keep)
        status = HSplit([prompt.top_window, prompt.clock_window, prompt.bottom_window])
        app: Application[Entry] = Application(
            layout=Layout(
                HSplit([ConditionalContainer(status, filter=~is_done), prompt.input_window]),
                focused_element=prompt.input_window,
            ),
            key_bindings=prompt.bindings(),
            style=self.style,
            terminal_size_polling_interval=None,  # SIGWINCH tells us; polling would wake us twice a second
        )
        app.key_processor.before_key_press += prompt.count_press
        prompt.app = app
        prompt.clock.attach(app)
        self._keep_drafts(app, prompt)
        stop = _StopLine(app)
        # An exception leaves the text in ``unsent``, so does a signal that came as the line ended.
        try:
            with deferred(stop.take):
                entry = app.run()
        finally:
            self.drafts.stop()
        if stop.signum is not None:
            raise Stopped(stop.signum)
        self._prompt, self._kept = None, entry.keep
        return entry

    def _keep_drafts(self, app: Application[Entry], prompt: _Prompt) -> None:
        def start() -> None:
            import asyncio

            loop = asyncio.get_running_loop()
            self.drafts.watch(lambda: prompt.buffer.text, loop)
            prompt.buffer.on_text_changed += lambda _: self.drafts.changed(loop)

        app.pre_run_callables.append(start)


class _StopLine:
    """A stop signal while the line runs: the line ends with ``Stopped`` from the event loop (never in the
    middle of a redraw), so that its text is known."""

    def __init__(self, app: Application[Entry]) -> None:
        self.app = app
        self.signum: int | None = None

    def take(self, signum: int) -> bool:
        loop = self.app.loop
        if loop is None or loop.is_closed() or not self.app.is_running:
            return False
        self.signum = signum
        try:
            loop.call_soon_threadsafe(self._end)
        except RuntimeError:  # the loop closed just now
            return False
        return True

    def _end(self) -> None:
        if self.app.is_running and not self.app.is_done and self.signum is not None:
            self.app.exit(exception=Stopped(self.signum), style="class:aborting")


class _Prompt:
    """The parts of one prompt: windows, keys, and whether a first Ctrl-B is waiting for its answer."""

    def __init__(self, reader: LineReader, keep: str) -> None:
        from prompt_toolkit.buffer import Buffer
        from prompt_toolkit.document import Document
        from prompt_toolkit.layout import FormattedTextControl, Window
        from prompt_toolkit.layout.controls import BufferControl
        from prompt_toolkit.layout.processors import BeforeInput

        self.reader = reader
        self.engine = reader.engine
        self.snap: Snapshot = reader.engine.snapshot()
        self.app: Application[Entry] | None = None
        self._block: Block | None = None
        self._block_key: tuple[int, int, bool] | None = None
        self.presses = 0
        self.armed_at = -1
        self.buffer = Buffer(
            multiline=False,
            history=reader.history,
            document=Document(keep, len(keep)),
            accept_handler=self._accept,
        )
        prompt = BeforeInput(t("live.prompt"), style="class:prompt")
        self.input_window = Window(
            BufferControl(self.buffer, input_processors=[prompt]),
            wrap_lines=True,
            dont_extend_height=True,
        )
        self.top_window = Window(
            FormattedTextControl(lambda: join(self.block().top)),
            height=lambda: len(self.block().top),
            dont_extend_height=True,
        )
        self.bottom_window = Window(
            FormattedTextControl(lambda: join(self.block().bottom)),
            height=lambda: len(self.block().bottom),
            dont_extend_height=True,
        )
        self.clock = ClockRows(
            reader.engine,
            reader.signals,
            warn_seconds=reader.warn_seconds,
            style=reader.style,
            rows_up=self.rows_up,
        )
        self.clock_window: Window = Window(
            FormattedTextControl(lambda: self.clock.text(self._app())),
            height=lambda: self.block().live,
            dont_extend_height=True,
        )

    def _app(self) -> Application[Entry]:
        assert self.app is not None
        return self.app

    # --- keys ----------------------------------------------------------------------------------------

    def bindings(self) -> KeyBindingsBase:
        from prompt_toolkit.key_binding import KeyBindings, KeyPressEvent, merge_key_bindings
        from prompt_toolkit.key_binding.defaults import load_key_bindings
        from prompt_toolkit.keys import Keys

        bindings = KeyBindings()

        @bindings.add("c-c")
        @bindings.add(Keys.SIGINT)
        def _interrupt(event: KeyPressEvent) -> None:
            event.app.exit(exception=KeyboardInterrupt, style="class:aborting")

        @bindings.add("c-p")
        @bindings.add("f5")
        def _pause(event: KeyPressEvent) -> None:
            self._leave(Entry(key=Key.PAUSE, keep=self.buffer.text))

        @bindings.add("c-b")
        @bindings.add("f6")
        def _back(event: KeyPressEvent) -> None:
            if self.armed_at == self.presses - 1 or self.back_target() is None:
                self._leave(Entry(key=Key.BACK, keep=self.buffer.text))
            else:
                self.armed_at = self.presses

        # Ours come last, so they win over the emacs defaults (Ctrl-P history, Ctrl-B cursor left).
        return merge_key_bindings([load_key_bindings(), bindings])

    def _accept(self, buffer: Buffer) -> bool:
        app = self._app()
        if not buffer.text.strip():
            app.erase_when_done = True  # an empty Enter leaves no empty prompt behind
        app.exit(result=Entry(line=buffer.text))
        return True  # keep the text on screen as the record of what was typed

    def _leave(self, entry: Entry) -> None:
        app = self._app()
        app.erase_when_done = True
        app.exit(result=entry)

    def count_press(self, _: object) -> None:
        self.presses += 1

    def armed(self) -> bool:
        """A first Ctrl-B asks; the very next key decides (Ctrl-B again: go back; anything else: stay)."""
        return self.armed_at == self.presses

    def back_target(self) -> str | None:
        state = self.engine.state
        if state.turn_index > 0:
            return state.turn_order[state.turn_index - 1]
        if state.phase_index > 0:
            return state.agenda.phases[state.phase_index - 1].phase.title
        return None

    # --- layout ---------------------------------------------------------------------------------------

    def block(self) -> Block:
        size = self._app().output.get_size()
        armed = self.armed()
        key = (size.columns, size.rows, armed)
        if self._block is None or key != self._block_key:
            target = self.back_target() if armed else None
            hint = back_question(target) if target else None
            self._block = block(self.snap, width=size.columns, rows=size.rows, hint=hint)
            self._block_key = key
        return self._block

    def rows_up(self) -> int | None:
        """From the cursor in the input line up to the first clock row, if the layout is as drawn."""
        shown = self.block()
        info = self.input_window.render_info
        top = self.top_window.render_info
        if info is None or top is None or top.window_height != len(shown.top):
            return None
        if shown.height + info.window_height > self._app().output.get_size().rows:
            return None
        return shown.live + len(shown.bottom) + info.cursor_position.y
