"""The plain, line-by-line mode: for pipes, files and any terminal. No escape codes."""

from __future__ import annotations

from typing import TextIO

from intervision.i18n import t
from intervision.session.snapshot import Snapshot
from intervision.terminal import safe_lines
from intervision.ui import format as fmt
from intervision.ui.controller import Controller, Outcome
from intervision.ui.prompts import EndOfInput, Prompts


class PlainScreen:
    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.last_position: tuple[int, int] | None = None

    def status(self, snapshot: Snapshot, *, full: bool) -> None:
        position = (snapshot.phase_number, snapshot.turn_number)
        if not full and position == self.last_position:
            return
        new_phase = self.last_position is None or position[0] != self.last_position[0]
        self.last_position = position
        lines = []
        if new_phase or full:
            lines += ["", f"== {fmt.heading(snapshot)} =="]
            lines.append(t("ui.goal", text=snapshot.goal.strip()))
            if snapshot.tip:
                lines.append(t("ui.tip", text=snapshot.tip.strip()))
            lines.append(t("ui.pattern", text=fmt.pattern_text(snapshot)))
            if snapshot.not_allowed:
                lines.append(t("ui.not_allowed", items="; ".join(snapshot.not_allowed)))
        lines.append(fmt.speaker_text(snapshot))
        lines.append(fmt.times_text(snapshot))
        self.out.write(safe_lines("\n".join(lines)) + "\n")
        self.out.flush()

    def say(self, message: str) -> None:
        self.out.write(safe_lines(message) + "\n")
        self.out.flush()

    def error(self, message: str) -> None:
        self.out.write(safe_lines(t("ui.error_line", message=message)) + "\n")
        self.out.flush()


def run_plain(
    controller: Controller, prompts: Prompts, screen: PlainScreen, *, confirm: bool = False
) -> Outcome:
    """Read commands until the session ends, the facilitator quits, or the input runs out.

    A script means what it says: '/end' ends and Enter on the last step finishes without a 'y' that a
    script cannot know to send; ``confirm`` asks anyway (a person typing into a plain terminal)."""
    try:
        if not controller.begin():
            return Outcome.QUIT
        while True:
            screen.status(controller.engine.snapshot(), full=False)
            outcome = controller.handle_line(prompts.read_command(), confirmed=not confirm)
            if outcome is not Outcome.CONTINUE:
                return outcome
    except EndOfInput:
        return Outcome.QUIT
