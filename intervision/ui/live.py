"""The live terminal screen: the same grammar as the plain mode, a status block with running clocks,
direct keys, and a bell when a time box runs out."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from intervision.i18n import t
from intervision.session.engine import SessionEngine
from intervision.ui.commands import Action, Command, parse
from intervision.ui.controller import Controller, Outcome
from intervision.ui.live_screen import LiveScreen, make_console
from intervision.ui.live_signals import TimeSignals

if TYPE_CHECKING:
    from rich.console import Console

    from intervision.ui.live_input import Entry, LineReader
    from intervision.ui.run import LiveSettings

ProposeOwner = Callable[[int, list[str]], "str | None"]


def run_live(
    engine: SessionEngine,
    propose: ProposeOwner,
    settings: LiveSettings,
    *,
    console: Console | None = None,
) -> Outcome:
    """Ground rules, then one line (or key) at a time until the session ends or the facilitator quits.

    Ctrl-C is not caught here: it leaves as KeyboardInterrupt (after keeping an unfinished line as a note),
    and the caller saves, journals the interruption and exits with 130.
    """
    screen = LiveScreen(console or make_console(), warn_seconds=settings.warn_seconds)
    signals = TimeSignals(bell=settings.bell, command=settings.on_phase_end)
    controller, reader = _build(engine, propose, screen, signals, settings)
    controller.begin()
    keep = ""
    while True:
        screen.status(engine.snapshot(), full=False)
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


def _build(
    engine: SessionEngine,
    propose: ProposeOwner,
    screen: LiveScreen,
    signals: TimeSignals,
    settings: LiveSettings,
) -> tuple[Controller, LineReader]:
    from intervision.ui.live_input import LineReader, watch_signals
    from intervision.ui.live_prompts import QuestionaryPrompts

    reader = LineReader(engine, signals, warn_seconds=settings.warn_seconds)
    prompts = QuestionaryPrompts(watch_signals(engine, signals), lambda: reader.read().line)
    return Controller(engine, prompts, screen, propose, confirm_back=True), reader


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
