"""The live terminal screen: the same grammar as the plain mode, a status block with running clocks,
direct keys, and a bell when a time box runs out."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from intervision.i18n import t
from intervision.session.engine import SessionEngine
from intervision.ui import format as fmt
from intervision.ui.commands import Action, Command, parse
from intervision.ui.controller import Controller, Outcome, ProposeOwner
from intervision.ui.live_prompts import QuestionaryPrompts
from intervision.ui.live_screen import LiveScreen, make_console
from intervision.ui.live_signals import TimeSignals

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
) -> Outcome:
    """Ground rules, then one line (or key) at a time until the session ends or the facilitator quits.

    Ctrl-C is not caught here: it leaves as KeyboardInterrupt (after keeping an unfinished line as a note),
    and the caller saves, journals the interruption and exits with 130.
    """
    screen = LiveScreen(console or make_console(), warn_seconds=settings.warn_seconds)
    signals = TimeSignals(bell=settings.bell, command=settings.on_phase_end)
    lazy = _Lazy(engine, signals, settings)

    def toolbar() -> str:
        snap = engine.snapshot()
        return f" {fmt.speaker_text(snap)} · {fmt.times_text(snap)}" if snap.begun else ""

    prompts = QuestionaryPrompts(lazy.attach, lambda: lazy.reader().read().line, toolbar)
    controller = Controller(engine, prompts, screen, propose, confirm_back=True)
    controller.title_hints = dict(title_hints or {})
    try:
        return _loop(controller, screen, signals, lazy)
    except EOFError:  # the terminal went away: everything is saved, the session can be resumed
        return Outcome.QUIT


def _loop(controller: Controller, screen: LiveScreen, signals: TimeSignals, lazy: _Lazy) -> Outcome:
    engine = controller.engine
    if not controller.begin():  # the ground rules are on screen before prompt_toolkit is imported
        return Outcome.QUIT
    reader = lazy.reader()
    keep = ""
    while True:
        snap = engine.snapshot()
        # Also between prompts: a line typed ahead can end a prompt before it ever draws its clock.
        signals.check(snap)
        screen.status(snap, full=False)
        failure = signals.take_failure()
        if failure:
            screen.error(t("live.hook_failed", error=failure))
        try:
            entry = reader.read(keep)
        except KeyboardInterrupt:
            _keep_unsent(controller, screen, reader.unsent)
            raise
        keep = entry.keep
        outcome = _handle(controller, screen, entry)
        if outcome is not Outcome.CONTINUE:
            return outcome


class _Lazy:
    """The input line and the bell watcher, made when first needed (start-up time is a feature)."""

    def __init__(self, engine: SessionEngine, signals: TimeSignals, settings: LiveSettings) -> None:
        self.engine, self.signals, self.settings = engine, signals, settings
        self._reader: LineReader | None = None

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
        # Confirmed in the input line already (a second Ctrl-B); a typed /back is asked about by the controller.
        controller.confirm_back = False
        try:
            return controller.handle(Command(Action.BACK))
        finally:
            controller.confirm_back = True
    command = parse(entry.line, controller.names)
    outcome = controller.handle(command)
    if command.action is Action.HELP:
        screen.key_help()
    return outcome


def _keep_unsent(controller: Controller, screen: LiveScreen, text: str) -> None:
    """Ctrl-C in the middle of a sentence: the sentence is kept as a note (a command is not run)."""
    command = parse(text, controller.names)
    if not text.strip() or command.action is not Action.NOTE or controller.engine.state.ended:
        return
    controller.handle(command)
    screen.say(t("live.unsent_saved"))
