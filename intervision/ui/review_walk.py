"""The review of earlier agreements: a phase that captures ``review`` walks the open ones, one at a time.

Each is shown as "12 Sept · Anna: call the team lead · by Friday" and answered in one key or one word
(Dutch and English), optionally followed by "| a short note"; a renewal takes its new date after the
word ("renewed 1 March", "v 1 maart | half way"). Enter leaves an agreement open for next time. What was
reviewed in this session is not asked again after a resume.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from intervision.group.agreements import Item
from intervision.i18n import language, t
from intervision.protocol.model import Capture
from intervision.session.engine import SessionEngine
from intervision.session.review import Outcome, parse_outcome
from intervision.terminal import safe
from intervision.ui.prompts import Cancelled, Prompts

ReviewSource = Callable[[Sequence[str]], list[Item]]


def outcome_text(outcome: Outcome, lang: str | None = None) -> str:
    return outcome.text(lang)


def day_text(iso: str, lang: str | None = None) -> str:
    """'2026-09-12' → '12 Sept' (en) / '12 sep' (nl)."""
    try:
        day = date.fromisoformat(iso)
    except ValueError:
        return iso
    months = t("review.months", lang=lang).split()
    return f"{day.day} {months[day.month - 1]}"


def item_line(item: Item) -> str:
    line = f"{day_text(item.date)} · {safe(item.who)}: {safe(item.what)}"
    if item.by:
        line += " · " + t("review.by", by=safe(item.by))
    if item.renewed_twice:
        line += " · " + t("series.renewed_twice")
    return line


def parse_answer(answer: str, lang: str) -> tuple[Outcome, str | None, str | None] | None:
    """'d', 'gedaan | belde op maandag', 'v 1 maart | half af' → (outcome, note, new date)."""
    head, _, note = answer.partition("|")
    word, _, rest = head.strip().partition(" ")
    outcome = parse_outcome(word, lang)
    if outcome is None:
        return None
    rest, note = rest.strip(), note.strip()
    if outcome is Outcome.RENEWED:
        return outcome, note or None, rest or None
    return outcome, " ".join(p for p in (rest, note) if p) or None, None


class ReviewWalk:
    def __init__(
        self,
        engine: SessionEngine,
        prompts: Prompts,
        say: Callable[[str], None],
        error: Callable[[str], None],
        source: ReviewSource,
    ) -> None:
        self.engine, self.prompts, self.say, self.error, self.source = (
            engine,
            prompts,
            say,
            error,
            source,
        )
        self.walked: set[str] = set()

    def due(self) -> bool:
        state = self.engine.state
        return (
            state.begun
            and not state.ended
            and Capture.REVIEW in state.current.phase.captures
            and state.current.key not in self.walked
        )

    def run(self) -> None:
        """Walk the open agreements not yet reviewed in this session; a command typed stops the walk."""
        state = self.engine.state
        self.walked.add(state.current.key)
        done = {r.ref for r in state.reviews}
        items = [i for i in self.source(state.members) if i.ref not in done]
        if not items:
            self.say(t("review.none"))
            return
        self.say(t("review.title", n=len(items)))
        lang = language()  # the keys the title just listed
        try:
            for item in items:
                self._one(item, lang)
        except Cancelled:
            self.say(t("review.stopped"))

    def _one(self, item: Item, lang: str) -> None:
        while True:
            answer = self.prompts.ask(t("review.ask", line=item_line(item))).strip()
            if not answer:
                self.say(t("review.left_open"))
                return
            parsed = parse_answer(answer, lang)
            if parsed is None:
                self.error(t("review.bad_answer", answer=safe(answer)))
                continue
            outcome, note, new_by = parsed
            while outcome is Outcome.RENEWED and not new_by:
                new_by = self.prompts.ask(t("review.ask_new_by")).strip() or None
            self.engine.review(
                item.ref,
                outcome,
                who=item.who,
                what=item.what,
                by=item.by,
                made=item.date,
                note=note,
                new_by=new_by,
            )
            self.say(t("review.saved", who=safe(item.who), outcome=outcome_text(outcome)))
            return
