"""The live terminal screen: the same grammar as the plain mode, a status block with running clocks,
direct keys, and a bell when a time box runs out."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from intervision.errors import IntervisionError
from intervision.i18n import t
from intervision.session.engine import SessionEngine
from intervision.ui.commands import Action, Command
from intervision.ui.controller import Controller, Outcome, ProposeOwner
from intervision.ui.live_draft import recovered
from intervision.ui.live_prompts import QuestionaryPrompts
from intervision.ui.live_screen import LiveScreen, make_console
from intervision.ui.live_signals import TimeSignals
from intervision.ui.live_view import toolbar_text
from intervision.ui.review_walk import ReviewSource
from intervision.ui.stopping import hangup, quiet_dead_outputs, saving, terminal_gone

if TYPE_CHECKING:
    from prompt_toolkit.application import Application
    from rich.console import Console

    from intervision.ui.live_input import Entry, LineReader
    from intervision.ui.run import LiveSettings


def run_live(
    engine: SessionEngine,
    propose: ProposeOwner,
    settings: LiveSettings,
    *,
    console: Console | None = None,
    title_hints: dict[int, str] | None = None,
    gone: Callable[[], bool] = terminal_gone,
    review: ReviewSource | None = None,
) -> Outcome:
    """Ground rules, then one line (or key) at a time until the session ends or the facilitator quits.

    Ctrl-C, SIGTERM and SIGHUP are not caught here: they leave as KeyboardInterrupt (after keeping an
    unfinished line as a note), and the caller saves, journals the interruption and exits with 130, 143 or
    129. The terminal's input or output failing because the terminal is ``gone`` is a hang-up too.
    """
    screen = LiveScreen(console or make_console(), warn_seconds=settings.warn_seconds)
    signals = TimeSignals(bell=settings.bell, command=settings.on_phase_end)
    lazy = _Lazy(engine, signals, settings)

    def toolbar() -> str:
        """Who speaks and the clocks, under an open question: wrapped between parts, never cut."""
        from prompt_toolkit.application import get_app

        return toolbar_text(engine.snapshot(), get_app().output.get_size().columns)

    prompts = QuestionaryPrompts(lazy.attach, lambda: lazy.reader().read().line, toolbar)
    controller = Controller(engine, prompts, screen, propose)
    controller.title_hints = dict(title_hints or {})
    controller.review = review
    controller.ask_swap_reason = True
    try:
        return _loop(controller, screen, signals, lazy, gone)
    except EOFError:  # Ctrl-D in a question: everything is saved, the session can be resumed
        return Outcome.QUIT


def _loop(
    controller: Controller,
    screen: LiveScreen,
    signals: TimeSignals,
    lazy: _Lazy,
    gone: Callable[[], bool],
) -> Outcome:
    try:
        return _lines(controller, screen, signals, lazy)
    except (EOFError, OSError):
        if not gone():
            raise
        # The window was closed and the input or output failed before the SIGHUP came.
        saving()
        quiet_dead_outputs()
        if lazy.has_reader():
            _keep_unsent(controller, screen, lazy.reader().unsent)
        raise hangup() from None


def _lines(
    controller: Controller, screen: LiveScreen, signals: TimeSignals, lazy: _Lazy
) -> Outcome:
    engine = controller.engine
    if not controller.begin():  # the ground rules are on screen before prompt_toolkit is imported
        return Outcome.QUIT
    reader = lazy.reader()
    keep = recovered(
        engine.state, controller.names
    )  # typed when the session crashed: back in the line
    if keep:
        screen.say(t("live.draft_back"))
    else:
        reader.drafts.sent()  # none, or entered after all
    while True:
        try:
            snap = engine.snapshot()
            # Also between prompts: a line typed ahead can end a prompt before it ever draws its clock.
            signals.check(snap)
            screen.status(snap, full=False)
            failure = signals.take_failure()
            if failure:
                screen.error(t("live.hook_failed", error=failure))
            entry = reader.read(keep)
            outcome = _handle(controller, screen, entry)
            # Kept through a pause or going back: still unsent; a line that was not saved comes back.
            keep = entry.keep or controller.take_back()
            if entry.key is None:
                reader.drafts.sent()
        except KeyboardInterrupt:
            saving()
            quiet_dead_outputs()  # after a SIGHUP the terminal may take nothing more
            _keep_unsent(controller, screen, reader.unsent)
            raise
        if outcome is not Outcome.CONTINUE:
            return outcome


class _Lazy:
    """The input line and the bell watcher, made when first needed (start-up time is a feature)."""

    def __init__(self, engine: SessionEngine, signals: TimeSignals, settings: LiveSettings) -> None:
        self.engine, self.signals, self.settings = engine, signals, settings
        self._reader: LineReader | None = None

    def has_reader(self) -> bool:
        return self._reader is not None

    def reader(self) -> LineReader:
        from intervision.ui.live_input import LineReader

        if self._reader is None:
            self._reader = LineReader(
                self.engine, self.signals, warn_seconds=self.settings.warn_seconds
            )
        return self._reader

    def attach(self, app: Application[Any]) -> None:
        from intervision.ui.live_clock import watch_signals

        watch_signals(self.engine, self.signals)(app)


def _handle(controller: Controller, screen: LiveScreen, entry: Entry) -> Outcome:
    from intervision.ui.live_input import Key

    if entry.key is Key.PAUSE:
        return controller.handle(Command(Action.PAUSE))
    if entry.key is Key.BACK:
        # Confirmed in the input line already (a second Ctrl-B); a typed /back is asked about.
        return controller.handle(Command(Action.BACK, confirmed=True))
    command = controller.parse(entry.line)
    outcome = controller.handle(command)
    if command.action is Action.HELP:
        screen.key_help()
    return outcome


def _keep_unsent(controller: Controller, screen: LiveScreen, text: str) -> None:
    """Ctrl-C in the middle of a sentence: the sentence is kept as a note, as typed (a command is not
    run, and nothing is asked on the way out)."""
    command = controller.parse(text)
    if not text.strip() or command.action is not Action.NOTE or controller.engine.state.ended:
        return
    try:
        controller.engine.note(command.text, speaker=command.speaker)
    except (IntervisionError, OSError) as error:
        screen.error(str(error))
        return
    screen.say(t("live.unsent_saved"))
