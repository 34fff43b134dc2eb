"""Turns parsed input into engine commands, asking what is missing. Shared by the plain and live screens.

The record is sacred: a line lands where the facilitator meant it, or it is questioned on the spot —
a name that is nobody present, an agreement without a who, a number where no scores are given.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from enum import Enum
from typing import Protocol, cast

from intervision.errors import IntervisionError
from intervision.i18n import count, language, t
from intervision.protocol.model import Capture, OwnerPosition, Pattern
from intervision.session.engine import OwnerRequired, SessionEngine
from intervision.session.events import NoteData
from intervision.session.names import exact, is_group, looks_like_a_name, suggestions
from intervision.session.snapshot import Snapshot
from intervision.session.state import valid_score
from intervision.session.values import EndReason, NoteKind
from intervision.ui.commands import (
    HELP_ORDER,
    Action,
    Command,
    is_bare_score,
    name_prefix,
    parse,
    said_score,
    score_number,
)
from intervision.ui.prompts import Cancelled, Dismissed, EndOfInput, Prompts, yes_no
from intervision.ui.review_walk import ReviewSource, ReviewWalk


@dataclass(frozen=True)
class Proposal:
    """Who is proposed as case owner, and why, in one line ('fewest turns: once in 6 sessions')."""

    member: str
    reason: str | None = None
    pitches: dict[str, str] = field(default_factory=dict)  # member → their case pitched before
    reminders: tuple[str, ...] = ()  # "Cees had a case on 12 Sept about …; still current?"


ProposeOwner = Callable[[int, list[str]], "Proposal | str | None"]


class Outcome(str, Enum):
    CONTINUE = "continue"
    QUIT = "quit"
    ENDED = "ended"


class Screen(Protocol):
    def status(self, snapshot: Snapshot, *, full: bool) -> None: ...

    def say(self, message: str) -> None: ...

    def error(self, message: str) -> None: ...


Handler = Callable[["Controller", Command], "Outcome | None"]


class Controller:
    def __init__(
        self, engine: SessionEngine, prompts: Prompts, screen: Screen, propose_owner: ProposeOwner
    ) -> None:
        self.engine, self.prompts, self.screen = engine, prompts, screen
        self.propose_owner = propose_owner
        self.title_hints: dict[int, str] = {}  # a case title given before its owner (--case)
        self._given_back = ""  # a refused line, for the live screen to put back into the input
        self._landed = False  # the line being handled was saved (a note, an agreement, a score)
        # The live screen asks why when someone else than proposed brings the case; a script is not
        # asked (its next line was never meant as a reason).
        self.ask_swap_reason = False
        self.review: ReviewSource | None = None  # the open agreements of earlier sessions
        self._walk: ReviewWalk | None = None

    @property
    def names(self) -> list[str]:
        state = self.engine.state
        return [*state.members, state.facilitator]

    @property
    def dimension_words(self) -> list[str]:
        """What names a score dimension when typed: its title ('veiligheid') and its id ('safety')."""
        return [w for d in self.engine.state.dimensions for w in (d.title, d.id)]

    def parse(self, line: str) -> Command:
        return parse(line, self.names, self.dimension_words)

    def take_back(self) -> str:
        """The last line that was not saved, once: the live screen puts it back for editing."""
        text, self._given_back = self._given_back, ""
        return text

    # --- the start ---------------------------------------------------------------------------------

    def begin(self) -> bool:
        """Ground rules first (confidentiality), agreed by the group, then the first phase's clock runs.

        False when the facilitator stops (/quit) instead of agreeing: nothing has started then. A line
        of text typed at the ground rules agrees to them and is then taken as the first line."""
        state = self.engine.state
        if state.begun:
            self.phase_started()  # resumed in a review: the agreements not yet reviewed
            return True
        self.screen.say(t("ui.rules_title", title=state.protocol.title))
        for rule in state.protocol.ground_rules:
            self.screen.say(f"  • {rule}")
        first = ""
        while True:
            try:
                answer = self.prompts.ask(t("ui.rules_agree"))
            except Cancelled as typed:
                if not self._before_start(typed.text):
                    return False
                continue
            except Dismissed:
                continue
            said = yes_no(answer)
            if said is False:
                self.screen.say(t("ui.rules_not_agreed"))
                continue
            first = "" if said is True else answer
            break
        while True:
            try:
                self._move(
                    self.engine.agree_rules
                )  # a method that starts with the case asks its owner
                break
            except Cancelled as typed:
                self.screen.say(t("ui.cancelled", text=typed.text))
                if not self._before_start(typed.text):
                    return False
            except Dismissed:
                self.screen.say(t("ui.owner_needed_first"))
        if first:
            self.screen.say(t("ui.rules_line_kept", text=_short(first)))
            self.handle_line(first)
        return True

    def _before_start(self, text: str) -> bool:
        """A command before the session began: /quit and /end stop, /help helps, the rest waits."""
        action = self.parse(text).action
        if action in (Action.QUIT, Action.END):
            return False
        if action is Action.HELP:
            self.show_help()
        else:
            self.screen.error(t("ui.not_yet", text=text))
        return True

    # --- one line of input ---------------------------------------------------------------------------

    def handle_line(self, line: str, *, confirmed: bool = False) -> Outcome:
        return self.handle(replace(self.parse(line), confirmed=confirmed))

    def handle(self, command: Command) -> Outcome:
        self._landed = False
        try:
            try:
                outcome = _TABLE[command.action](self, command)
            except (Cancelled, EndOfInput, KeyboardInterrupt):
                self._keep_cut_off(command)  # a question about the line was cut off: keep the line
                raise
        except IntervisionError as error:
            for message in error.messages():
                self.screen.error(message)
            return Outcome.CONTINUE
        except Cancelled as typed:
            # A command typed at a question: the question is dropped and the command is run.
            self.screen.say(t("ui.cancelled", text=typed.text))
            return self.handle(replace(self.parse(typed.text), confirmed=command.confirmed))
        except Dismissed:
            self.screen.say(t("ui.dismissed"))
            line = _typed(command)
            if line and not self._landed:
                self._refused(line)  # Escape at a question about a line: the line comes back
            return Outcome.CONTINUE
        except OSError as error:
            # The journal could not be written (disk full, USB stick pulled): nothing changed, and
            # the facilitator gets the whole line back, in the input and on screen, to keep it safe.
            reason = error.strerror or str(error)
            line = _typed(command) or command.text
            self._given_back = line
            self.screen.error(t("cli.write_failed_note", reason=reason, text=line or "–"))
            return Outcome.CONTINUE
        if outcome is not None:
            return outcome
        return Outcome.ENDED if self.engine.state.ended else Outcome.CONTINUE

    def _keep_cut_off(self, command: Command) -> None:
        """A typed line whose question was cut off (Ctrl-C, a signal, the end of the input, a command
        typed as the answer) is kept as typed, as a loose note: never lost, never misfiled."""
        line = _typed(command)
        if not line or self._landed or self.engine.state.ended:
            return
        try:
            self.engine.note(line, kind=NoteKind.ASIDE)
        except (IntervisionError, OSError) as error:
            self.screen.error(t("cli.write_failed_note", reason=str(error), text=line))
            return
        self._landed = True
        self.screen.say(t("ui.cut_off_kept", text=_short(line)))

    def show_help(self) -> None:
        self.screen.say(t("ui.help_title"))
        for action in HELP_ORDER:
            self.screen.say("  " + t(f"ui.help.{action.value}"))
        self.screen.say(t("ui.help_notes"))

    # --- the commands, one method each (see _TABLE) -------------------------------------------------

    def _confirm(self, command: Command, question: str) -> bool:
        return command.confirmed or self.prompts.confirm(question, default=False)

    def _next(self, command: Command) -> None:
        if self.engine.state.is_last_step() and not self._confirm(command, t("ui.confirm_last")):
            return  # a stray Enter never ends the session for good
        self._move(self.engine.next)

    def _back(self, command: Command) -> None:
        state = self.engine.state
        at_start = state.phase_index == 0 and state.turn_index == 0
        if not at_start and not self._confirm(command, t("ui.confirm_back")):
            return
        self.engine.back()

    def _skip(self, command: Command) -> None:
        state = self.engine.state
        last_phase = state.phase_index == len(state.agenda.phases) - 1
        if last_phase and not self._confirm(command, t("ui.confirm_last")):
            return
        self._move(self.engine.skip)

    def _pause(self, command: Command) -> None:
        paused = self.engine.toggle_pause()
        self.screen.say(t("ui.paused") if paused else t("ui.resumed"))

    def _resume(self, command: Command) -> None:
        self.engine.resume_clock()
        self.screen.say(t("ui.resumed"))

    def _extend(self, command: Command) -> None:
        minutes = command.number or 0.0
        self.engine.extend(minutes)
        key = "ui.extended" if minutes > 0 else "ui.shortened"
        self.screen.say(t(key, minutes=_number_text(abs(minutes))))

    def _agree(self, command: Command) -> None:
        if not command.text:
            who = self._ask_who(None)
            what = self.prompts.ask(t("ui.ask_agreement_what"))
            by = self.prompts.ask(t("ui.ask_agreement_by")) or None
            self._save_agreement(who, what, by)
            return
        self._agreement_line(command.text)

    def _score_command(self, command: Command) -> None:
        self._score(command.speaker, command.number, command.dimension)

    def _undo(self, command: Command) -> None:
        text = self.engine.undo()
        self.screen.say(t("ui.undone", text=_short(text)))

    def _owner(self, command: Command) -> None:
        self._choose_owner(self.engine.state.case or 1, change=True)
        self.screen.status(self.engine.snapshot(), full=True)  # the round may have changed

    def _status(self, command: Command) -> Outcome:
        self.screen.status(self.engine.snapshot(), full=True)
        return Outcome.CONTINUE

    def _help(self, command: Command) -> Outcome:
        self.show_help()
        return Outcome.CONTINUE

    def _quit(self, command: Command) -> Outcome:
        return Outcome.QUIT

    def _end(self, command: Command) -> None:
        if self._confirm(command, t("ui.confirm_end")):
            self.engine.end(EndReason.ENDED_EARLY)

    def _unknown(self, command: Command) -> Outcome:
        self.screen.error(t("ui.unknown_command", word=command.text))
        return Outcome.CONTINUE

    def _invalid(self, command: Command) -> Outcome:
        self.screen.error(t("ui.invalid_command", text=command.text))
        return Outcome.CONTINUE

    # --- moving and the case owner -----------------------------------------------------------------

    def _move(self, step: Callable[[], None]) -> None:
        try:
            step()
        except OwnerRequired as needed:
            self._choose_owner(needed.case)
            step()
        self.phase_started()
        self._ask_scores()

    def _ask_scores(self) -> None:
        """In a phase that takes scores one by one (nut, veiligheid), the speaker is asked the first."""
        state = self.engine.state
        speaker = state.speaker
        if (
            state.ended
            or not state.dimensions
            or Capture.SCORES not in state.current.phase.captures
        ):
            return
        if speaker is None or speaker not in state.members:
            return
        left = self._open_dimensions(speaker)
        if left:
            first = next(d for d in state.dimensions if d.id == left[0])
            ask = first.question or first.title
            self.screen.say(t("ui.score_ask", member=speaker, dimension=first.title, question=ask))

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
        current = state.owners.get(case) if change else None
        proposal = None if current else _proposal(self.propose_owner(case, taken))
        default = current or (proposal.member if proposal else None)
        if proposal and proposal.reason and not current:
            self.screen.say(t("ui.owner_reason", member=proposal.member, reason=proposal.reason))
        for line in proposal.reminders if proposal else ():
            self.screen.say(line)
        pitched = self._pitches(taken)
        labels = {t("ui.pitch_choice", member=m, text=_short(p, 50)): (m, p) for m, p in pitched}
        plain = {m: (m, "") for m in state.members if m not in dict(pitched)}
        choices = {**labels, **plain}
        shown = next((label for label, (m, _) in choices.items() if m == default), default)
        answer = self.prompts.choose(t("ui.ask_owner", case=case), list(choices), default=shown)
        member, pitch = choices.get(answer, (answer, ""))
        known = state.case_titles.get(case) or self.title_hints.get(case) or _title_of(pitch)
        if not known and proposal:
            known = proposal.pitches.get(member)  # a case pitched before, chosen straight away
        title = self.prompts.ask(t("ui.ask_case_title"), default=known)
        why = None
        swapped = proposal is not None and proposal.reason is not None and member != proposal.member
        if swapped and self.ask_swap_reason and proposal is not None:
            why = self.prompts.ask(t("ui.ask_swap_reason", member=member, proposed=proposal.member))
        self.engine.choose_owner(
            case,
            member,
            title or None,
            proposed=proposal.member if proposal and proposal.reason else None,
            reason=why,
        )
        self.screen.say(t("ui.owner_chosen", member=member, case=case))

    def _pitches(self, taken: list[str]) -> list[tuple[str, str]]:
        """The cases just pitched in this session, latest per member: (member, pitch)."""
        state = self.engine.state
        latest: dict[str, str] = {}
        for note in state.notes:
            if note.kind == NoteKind.PITCH and not note.removed and note.speaker in state.members:
                latest[note.speaker] = note.text
        return [(m, latest[m]) for m in state.members if m in latest and m not in taken]

    # --- a typed line ----------------------------------------------------------------------------

    def _note(self, command: Command) -> None:
        state = self.engine.state
        speaker, text = command.speaker, command.text
        line = text if command.named else _with_speaker(speaker, text)
        captures = state.current.phase.captures
        takes_scores = Capture.SCORES in captures
        # In a phase that records agreements, a line is one when agreements come first, or when it
        # has the agreement form 'who: what | by when'.
        agreement = captures[:1] == [Capture.AGREEMENTS] or "|" in text
        scored = takes_scores and said_score(text, self.dimension_words)
        if Capture.AGREEMENTS in captures and agreement and not scored:
            self._agreement_line(line)
            return
        if command.named is not None:
            found = self._whose_line(command.named, name_prefix(text) or (command.named, text))
            if found is None:
                return
            speaker, text = found
        if takes_scores:
            said = said_score(text, self.dimension_words)
            if said is not None and said.ambiguous and not self._score_then_note(text, said.value):
                said = None  # '2 dingen vond ik lastig': the whole line is a note
            if said is not None:
                if self._score(speaker, said.value, said.dimension) and said.note:
                    self._save_note(said.note, speaker)
                return
        elif is_bare_score(text) and not self._number_as_note(text):
            return
        self._save_note(text, speaker)

    def _save_note(self, text: str, speaker: str | None) -> None:
        state = self.engine.state
        phase = state.current.phase
        who = speaker or state.speaker
        kind: NoteKind | None = None
        answer = False
        listens = phase.owner_position is not OwnerPosition.SPEAKS
        if state.case is not None and who is not None and who == state.owner and listens:
            kind = NoteKind.OWNER_REMARK  # the owner listens now and reacts later: not advice
        elif (
            phase.speakers is Pattern.Q_AND_A
            and state.note_kind == NoteKind.QUESTION
            and who is not None
            and who == state.owner
        ):
            kind = NoteKind.REACTION  # members ask, the owner answers: an answer is no question
            answer = True
        elif not phase.captures:
            kind = NoteKind.ASIDE  # the method records nothing here
        earlier = self._core_questions()
        event = self.engine.note(text, speaker=speaker, kind=kind)
        self._landed = True
        data = cast(NoteData, event.data)
        saved = t(f"kind.{data['note_kind']}")
        name = data.get("speaker")
        self.screen.say(
            t("ui.note_saved_by", kind=saved, who=name) if name else t("ui.note_saved", kind=saved)
        )
        if kind is NoteKind.OWNER_REMARK:
            self.screen.say(t("ui.owner_listens", owner=who))
        elif answer:
            self.screen.say(t("ui.owner_answer_saved"))
        elif kind is NoteKind.ASIDE:
            self.screen.say(t("ui.aside_saved"))
        elif data["note_kind"] == NoteKind.CORE_QUESTION and earlier:
            self.screen.say(t("ui.core_new_version"))
        elif data["note_kind"] == NoteKind.QUESTION and name and phase.questions_per_member:
            self._count_questions(name, phase.questions_per_member)

    def _core_questions(self) -> int:
        """Core questions of this case so far (a second one is a new version, the last is final)."""
        state = self.engine.state
        if state.note_kind != NoteKind.CORE_QUESTION:
            return 0
        case = state.case
        keys = {r.key for r in state.agenda.phases if r.case == case}
        return sum(
            1
            for n in state.notes
            if not n.removed and n.kind == NoteKind.CORE_QUESTION and n.phase in keys
        )

    def _count_questions(self, member: str, limit: int) -> None:
        """The method fixes the questions per member (roddelmethode: 3): the screen counts them."""
        state = self.engine.state
        asked = sum(
            1
            for n in state.notes
            if not n.removed
            and n.phase == state.current.key
            and n.kind == NoteKind.QUESTION
            and n.speaker == member
        )
        if asked < limit:
            self.screen.say(t("ui.questions_count", member=member, n=asked, limit=limit))
        elif asked == limit:
            self.screen.say(
                t("ui.questions_done", member=member, questions=count(limit, "question"))
            )
        else:
            questions = count(limit, "question")
            self.screen.error(t("ui.questions_over", member=member, n=asked, questions=questions))

    def _whose_line(self, named: str, split: tuple[str, str]) -> tuple[str | None, str] | None:
        """'Zoltan: hallo' with no Zoltan present: whose is it? None when it is not saved."""
        body = split[1]
        full = f"{named}: {body}"
        maybe = suggestions(named, self.names)
        as_typed = t("ui.line_as_typed", text=_short(full, 40))
        not_saved = t("ui.line_not_saved")
        if maybe:
            question = t("ui.who_meant", name=named, names=" / ".join(maybe))
        else:
            question = t("ui.not_present", name=named, members=", ".join(self.engine.state.members))
        choices = [*maybe, as_typed, not_saved]
        try:
            answer = self.prompts.choose(
                question, choices, default=maybe[0] if maybe else not_saved
            )
        except Dismissed:
            answer = not_saved
        if answer == not_saved:
            self._refused(full)
            return None
        if answer == as_typed:
            return None, full
        return answer, body

    def _score_then_note(self, text: str, value: float) -> bool:
        """'8 goed gesprek' is a score and a note; '2 dingen vond ik lastig' is a sentence: asked."""
        question = t("ui.score_or_sentence", text=_short(text, 50), value=_number_text(value))
        return self.prompts.confirm(question, default=True)

    def _number_as_note(self, text: str) -> bool:
        """A bare number where no scores are given is a slip more often than a note: asked."""
        kind = t(f"kind.{self.engine.state.note_kind}")
        if self.prompts.confirm(t("ui.number_not_score", text=text, kind=kind), default=False):
            return True
        self._refused(text, hint=t("ui.score_hint", text=text))
        return False

    def _refused(self, text: str, *, hint: str | None = None) -> None:
        self._given_back = text
        self.screen.error(t("ui.line_refused", text=_short(text)))
        if hint:
            self.screen.say(hint)

    # --- agreements ------------------------------------------------------------------------------

    def _agreement_line(self, text: str) -> None:
        """'Anna: call the team lead | by Monday', 'iedereen: …', or a line without a who (asked)."""
        found = name_prefix(text)
        who: str | None = None
        body = text
        if found is not None:
            name, rest = found
            member = exact(name, self.names)
            if member is not None:
                who, body = member, rest
            elif is_group(name):
                who, body = t("ui.whole_group"), rest
            elif looks_like_a_name(name):
                who, body = self._ask_who(name), rest
        if who is None:
            who = self._ask_who(None, line=text)
        what, _, by = body.partition("|")
        self._save_agreement(who, what.strip(), by.strip() or None)

    def _ask_who(self, named: str | None, *, line: str = "") -> str:
        """Who an agreement is for: a member, the whole group, or (when typed) someone outside it."""
        state = self.engine.state
        group = t("ui.whole_group")
        maybe = suggestions(named, self.names) if named else []
        outside = [t("ui.outside_group", name=named)] if named else []
        others = [m for m in state.members if m not in maybe]
        choices = [*maybe, *outside, *others, group]
        if named:
            question = t("ui.ask_agreement_who_named", name=named)
        else:
            question = t("ui.ask_agreement_who_line", text=_short(line, 50)) if line else ""
            question = question or t("ui.ask_agreement_who")
        speaker = state.speaker if state.speaker in state.members else None
        default = maybe[0] if maybe else (outside[0] if outside else speaker)
        try:
            answer = self.prompts.choose(question, choices, default=default)
        except Dismissed:
            self.screen.error(t("ui.agreement_format"))
            raise
        if outside and answer == outside[0]:
            return named or answer
        return answer

    def _save_agreement(self, who: str, what: str, by: str | None) -> None:
        if not what:
            what = self.prompts.ask(t("ui.ask_agreement_what"))
        self.engine.agree(who, what, by)
        self._landed = True
        self.screen.say(t("ui.agreement_saved", who=who))

    # --- scores ----------------------------------------------------------------------------------

    def _score(self, member: str | None, value: float | None, dimension: str | None = None) -> bool:
        """Save one score (asking what is missing or wrong); False when none was saved."""
        state = self.engine.state
        who = member or state.speaker
        if not who:
            who = self.prompts.choose(t("ui.ask_score_member"), state.members)
        found = self.engine.member_named(who)
        who = found or who
        dimensions = {d.id: d for d in state.dimensions}
        ident = self._dimension_id(dimension)
        if dimensions and ident is None:
            open_ = self._open_dimensions(who)
            if not open_:
                given = ", ".join(d.title for d in state.dimensions)
                self.screen.error(t("ui.all_scored", member=who, dimensions=given))
                return False
            ident = open_[0]
        title = dimensions[ident].title if ident else None
        while value is None or not valid_score(value):
            if value is not None:
                self.screen.error(t("ui.score_range", value=_number_text(value)))
            question = (
                t("ui.ask_score_value_for", member=who, dimension=title)
                if title
                else t("ui.ask_score_value", member=who)
            )
            answer = self.prompts.ask(question).strip()
            if not answer:
                self.screen.say(t("ui.score_not_saved"))
                return False
            value = score_number(answer)
            if value is None:
                self.screen.error(t("session.bad_score", value=answer))
        self.engine.score(who, value, ident)
        self._landed = True
        shown = _number_text(value)
        if title is None:
            self.screen.say(t("ui.score_saved", member=who, value=shown))
            return True
        self.screen.say(t("ui.score_saved_for", member=who, value=shown, dimension=title))
        left = self._open_dimensions(who)
        if left:
            following = dimensions[left[0]]
            ask = following.question or following.title
            self.screen.say(t("ui.score_next", member=who, dimension=following.title, question=ask))
        return True

    def _dimension_id(self, word: str | None) -> str | None:
        if word is None:
            return None
        for d in self.engine.state.dimensions:
            if word.casefold() in (d.id.casefold(), d.title.casefold()):
                return d.id
        return None

    def _open_dimensions(self, member: str) -> list[str]:
        """The dimensions ``member`` has not scored yet in this phase, in the session's order."""
        state = self.engine.state
        done = {
            s.dimension for s in state.scores if s.member == member and s.phase == state.current.key
        }
        return [d.id for d in state.dimensions if d.id not in done]


_TABLE: dict[Action, Handler] = {
    Action.NOTE: Controller._note,
    Action.NEXT: Controller._next,
    Action.BACK: Controller._back,
    Action.PAUSE: Controller._pause,
    Action.RESUME: Controller._resume,
    Action.EXTEND: Controller._extend,
    Action.SKIP: Controller._skip,
    Action.AGREE: Controller._agree,
    Action.SCORE: Controller._score_command,
    Action.UNDO: Controller._undo,
    Action.OWNER: Controller._owner,
    Action.STATUS: Controller._status,
    Action.HELP: Controller._help,
    Action.QUIT: Controller._quit,
    Action.END: Controller._end,
    Action.UNKNOWN: Controller._unknown,
    Action.INVALID: Controller._invalid,
}


def _proposal(value: Proposal | str | None) -> Proposal | None:
    return Proposal(value) if isinstance(value, str) else value


def _title_of(pitch: str) -> str | None:
    """A pitch's first line as a case title to start from."""
    first = pitch.strip().splitlines()[0] if pitch.strip() else ""
    return _short(first, 80) or None


def _typed(command: Command) -> str:
    """The line of a note or an agreement as the facilitator typed it; "" for other commands."""
    if command.action is Action.NOTE:
        return command.text if command.named else _with_speaker(command.speaker, command.text)
    if command.action is Action.AGREE and command.text:
        return command.text
    return ""


def _with_speaker(speaker: str | None, text: str) -> str:
    return f"{speaker}: {text}" if speaker else text


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _number_text(value: float) -> str:
    """'8', '7.5' — and '7,5' in Dutch."""
    text = str(int(value)) if value == int(value) else str(value)
    return text.replace(".", ",") if language() == "nl" else text
