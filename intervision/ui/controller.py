"""Turns parsed input into engine commands, asking what is missing. Shared by the plain and live screens."""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from typing import Protocol, cast

from intervision.errors import IntervisionError
from intervision.i18n import t
from intervision.protocol.model import Capture
from intervision.session.engine import OwnerRequired, SessionEngine
from intervision.session.events import NoteData
from intervision.session.snapshot import Snapshot
from intervision.session.values import EndReason
from intervision.ui.commands import (
    HELP_ORDER,
    Action,
    Command,
    parse,
    parse_agreement,
    score_shortcut,
)
from intervision.ui.prompts import Cancelled, Prompts
from intervision.ui.review_walk import ReviewSource, ReviewWalk

ProposeOwner = Callable[[int, list[str]], "str | None"]


class Outcome(str, Enum):
    CONTINUE = "continue"
    QUIT = "quit"
    ENDED = "ended"


class Screen(Protocol):
    def status(self, snapshot: Snapshot, *, full: bool) -> None: ...

    def say(self, message: str) -> None: ...

    def error(self, message: str) -> None: ...


class Controller:
    def __init__(
        self,
        engine: SessionEngine,
        prompts: Prompts,
        screen: Screen,
        propose_owner: ProposeOwner,
        *,
        confirm_back: bool = False,
    ) -> None:
        self.engine, self.prompts, self.screen = engine, prompts, screen
        self.propose_owner = propose_owner
        self.confirm_back = confirm_back
        self.title_hints: dict[int, str] = {}  # a case title given before its owner (--case)
        self.review: ReviewSource | None = None  # the open agreements of earlier sessions
        self._walk: ReviewWalk | None = None

    @property
    def names(self) -> list[str]:
        state = self.engine.state
        return [*state.members, state.facilitator]

    # --- the start ---------------------------------------------------------------------------------

    def begin(self) -> bool:
        """Ground rules first (confidentiality), agreed by the group, then the first phase's clock runs.

        False when the facilitator stops (/quit) instead of agreeing: nothing has started then."""
        state = self.engine.state
        if state.begun:
            self.phase_started()  # resumed in a review: the agreements not yet reviewed
            return True
        self.screen.say(t("ui.rules_title", title=state.protocol.title))
        for rule in state.protocol.ground_rules:
            self.screen.say(f"  • {rule}")
        while True:
            try:
                self.prompts.ask(t("ui.rules_agree"))
                break
            except (
                Cancelled
            ) as typed:  # a command instead of agreeing: only /quit and /end stop here
                if parse(typed.text, self.names).action in (Action.QUIT, Action.END):
                    return False
        self._move(self.engine.agree_rules)  # a method that starts with the case asks for its owner
        return True

    # --- one line of input ---------------------------------------------------------------------------

    def handle_line(self, line: str) -> Outcome:
        return self.handle(parse(line, self.names))

    def handle(self, command: Command) -> Outcome:
        try:
            return self._handle(command)
        except IntervisionError as error:
            for message in error.messages():
                self.screen.error(message)
            return Outcome.CONTINUE
        except Cancelled as cancelled:
            self.screen.say(t("ui.cancelled", text=cancelled.text))
            return Outcome.CONTINUE
        except OSError as error:
            # The journal could not be written (disk full, USB stick pulled): nothing changed, and
            # the facilitator gets the text back to keep it safe.
            reason = error.strerror or str(error)
            self.screen.error(t("cli.write_failed_note", reason=reason, text=command.text or "–"))
            return Outcome.CONTINUE

    def _handle(self, command: Command) -> Outcome:
        engine = self.engine
        action = command.action
        if action is Action.NOTE:
            return self._note(command)
        if action is Action.NEXT:
            if (
                self.confirm_back
                and engine.state.is_last_step()
                and not self.prompts.confirm(t("ui.confirm_last"), default=False)
            ):
                return Outcome.CONTINUE  # a stray Enter never ends the session for good
            self._move(engine.next)
        elif action is Action.BACK:
            state = engine.state
            at_start = state.phase_index == 0 and state.turn_index == 0
            confirm = not at_start and self.confirm_back
            if confirm and not self.prompts.confirm(t("ui.confirm_back"), default=False):
                return Outcome.CONTINUE
            engine.back()
        elif action is Action.SKIP:
            last_phase = engine.state.phase_index == len(engine.state.agenda.phases) - 1
            if (
                self.confirm_back
                and last_phase
                and not self.prompts.confirm(t("ui.confirm_last"), default=False)
            ):
                return Outcome.CONTINUE
            self._move(engine.skip)
        elif action is Action.PAUSE:
            paused = engine.toggle_pause()
            self.screen.say(t("ui.paused") if paused else t("ui.resumed"))
        elif action is Action.RESUME:
            engine.resume_clock()
            self.screen.say(t("ui.resumed"))
        elif action is Action.EXTEND:
            minutes = command.number or 0.0
            engine.extend(minutes)
            key = "ui.extended" if minutes > 0 else "ui.shortened"
            self.screen.say(t(key, minutes=_number_text(abs(minutes))))
        elif action is Action.AGREE:
            self._agreement(command.text)
        elif action is Action.SCORE:
            self._score(command.speaker, command.number)
        elif action is Action.UNDO:
            text = engine.undo()
            self.screen.say(t("ui.undone", text=_short(text)))
        elif action is Action.OWNER:
            self._choose_owner(engine.state.case or 1, change=True)
            self.screen.status(engine.snapshot(), full=True)  # the round may have changed
        elif action is Action.STATUS:
            self.screen.status(engine.snapshot(), full=True)
            return Outcome.CONTINUE
        elif action is Action.HELP:
            self.show_help()
            return Outcome.CONTINUE
        elif action is Action.QUIT:
            return Outcome.QUIT
        elif action is Action.END:
            if self.prompts.confirm(t("ui.confirm_end"), default=False):
                engine.end(EndReason.ENDED_EARLY)
        elif action is Action.UNKNOWN:
            self.screen.error(t("ui.unknown_command", word=command.text))
            return Outcome.CONTINUE
        elif action is Action.INVALID:
            self.screen.error(t("ui.invalid_command", text=command.text))
            return Outcome.CONTINUE
        return Outcome.ENDED if engine.state.ended else Outcome.CONTINUE

    def show_help(self) -> None:
        self.screen.say(t("ui.help_title"))
        for action in HELP_ORDER:
            self.screen.say("  " + t(f"ui.help.{action.value}"))
        self.screen.say(t("ui.help_notes"))

    # --- pieces ------------------------------------------------------------------------------------------

    def _move(self, step: Callable[[], None]) -> None:
        try:
            step()
        except OwnerRequired as needed:
            self._choose_owner(needed.case)
            step()
        self.phase_started()

    def phase_started(self) -> None:
        """A phase that captures ``review`` walks the open agreements of earlier sessions first."""
        if self.review is None:
            return
        if self._walk is None:
            self._walk = ReviewWalk(
                self.engine, self.prompts, self.screen.say, self.screen.error, self.review
            )
        if self._walk.due():
            try:
                self._walk.run()
            except IntervisionError as error:
                for message in error.messages():
                    self.screen.error(message)

    def _choose_owner(self, case: int, *, change: bool = False) -> None:
        state = self.engine.state
        taken = [m for c, m in state.owners.items() if c != case]
        proposal = state.owners.get(case) if change else None
        proposal = proposal or self.propose_owner(case, taken)
        member = self.prompts.choose(t("ui.ask_owner", case=case), state.members, default=proposal)
        known = state.case_titles.get(case) or self.title_hints.get(case)
        title = self.prompts.ask(t("ui.ask_case_title"), default=known)
        self.engine.choose_owner(case, member, title or None)
        self.screen.say(t("ui.owner_chosen", member=member, case=case))

    def _note(self, command: Command) -> Outcome:
        engine = self.engine
        captures = engine.state.current.phase.captures
        if Capture.SCORES in captures:
            value = score_shortcut(command.text)
            if value is not None:
                self._score(command.speaker, value)
                return Outcome.CONTINUE
        # In a phase that records agreements, a line is one when agreements come first, or when it
        # has the agreement form 'who: what | by when'.
        if Capture.AGREEMENTS in captures and (
            captures[0] is Capture.AGREEMENTS or "|" in command.text
        ):
            who = command.speaker or engine.state.speaker or engine.state.owner
            if who:
                engine.agree(who, *_what_by(command.text))
                self.screen.say(t("ui.agreement_saved", who=who))
                return Outcome.CONTINUE
        event = engine.note(command.text, speaker=command.speaker)
        data = cast(NoteData, event.data)
        kind = t(f"kind.{data['note_kind']}")
        who = data.get("speaker")
        self.screen.say(
            t("ui.note_saved_by", kind=kind, who=who) if who else t("ui.note_saved", kind=kind)
        )
        return Outcome.CONTINUE

    def _agreement(self, text: str) -> None:
        state = self.engine.state
        if text:
            who, what, by = parse_agreement(text, self.names)
            who = who or state.speaker or state.owner
        else:
            who, what, by = None, "", None
        if not who:
            who = self.prompts.ask(t("ui.ask_agreement_who"), default=state.owner)
        if not what:
            what = self.prompts.ask(t("ui.ask_agreement_what"))
            by = self.prompts.ask(t("ui.ask_agreement_by")) or None
        self.engine.agree(who, what, by)
        self.screen.say(t("ui.agreement_saved", who=who))

    def _score(self, member: str | None, value: float | None) -> None:
        state = self.engine.state
        who = member or state.speaker
        if not who:
            who = self.prompts.choose(t("ui.ask_score_member"), state.members)
        while value is None:
            answer = self.prompts.ask(t("ui.ask_score_value", member=who)).strip()
            if score_shortcut(answer) is not None:
                value = float(answer)
            else:
                self.screen.error(t("session.bad_score", value=answer or "–"))
        if value != int(value):
            raise IntervisionError("session.bad_score", value=_number_text(value))
        self.engine.score(who, int(value))
        self.screen.say(t("ui.score_saved", member=who, value=int(value)))


def _what_by(text: str) -> tuple[str, str | None]:
    what, _, by = text.partition("|")
    return what.strip(), by.strip() or None


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _number_text(value: float) -> str:
    return str(int(value)) if value == int(value) else str(value)
