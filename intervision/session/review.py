"""Looking back on an agreement of an earlier session: the outcomes and the words for them."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from intervision.i18n import t


class Outcome(str, Enum):
    """(Kept free of heavier imports: the series commands read it without loading the engine.)"""

    DONE = "done"
    PARTLY = "partly"
    NOT_DONE = "not-done"
    DROPPED = "dropped"
    RENEWED = "renewed"

    def __str__(self) -> str:  # as session.values.WireEnum: formats as its value on every Python
        return str(self.value)

    def __format__(self, spec: str) -> str:
        return str(self.value).__format__(spec)

    @property
    def closes(self) -> bool:
        return self in (Outcome.DONE, Outcome.DROPPED)

    def text(self, lang: str | None = None) -> str:
        """The outcome in words ('partly done', 'deels gedaan')."""
        return t(_KEYS[self], lang=lang)


BY_VALUE: dict[str, Outcome] = {o.value: o for o in Outcome}  # faster than Outcome(value)

_KEYS = {
    Outcome.DONE: "review.outcome.done",
    Outcome.PARTLY: "review.outcome.partly",
    Outcome.NOT_DONE: "review.outcome.not-done",
    Outcome.DROPPED: "review.outcome.dropped",
    Outcome.RENEWED: "review.outcome.renewed",
}


# Words in both languages; a single key in the session's own language (Dutch 'd' is 'deels', English
# 'd' is 'done').
OUTCOME_WORDS: dict[str, Outcome] = {
    "done": Outcome.DONE,
    "gedaan": Outcome.DONE,
    "klaar": Outcome.DONE,
    "partly": Outcome.PARTLY,
    "partially": Outcome.PARTLY,
    "deels": Outcome.PARTLY,
    "gedeeltelijk": Outcome.PARTLY,
    "not-done": Outcome.NOT_DONE,
    "not": Outcome.NOT_DONE,
    "niet": Outcome.NOT_DONE,
    "niet-gedaan": Outcome.NOT_DONE,
    "dropped": Outcome.DROPPED,
    "drop": Outcome.DROPPED,
    "vervalt": Outcome.DROPPED,
    "vervallen": Outcome.DROPPED,
    "renewed": Outcome.RENEWED,
    "renew": Outcome.RENEWED,
    "verlengd": Outcome.RENEWED,
    "verlengen": Outcome.RENEWED,
}
OUTCOME_KEYS: dict[str, dict[str, Outcome]] = {
    "nl": {
        "g": Outcome.DONE,
        "d": Outcome.PARTLY,
        "n": Outcome.NOT_DONE,
        "x": Outcome.DROPPED,
        "v": Outcome.RENEWED,
    },
    "en": {
        "d": Outcome.DONE,
        "p": Outcome.PARTLY,
        "n": Outcome.NOT_DONE,
        "x": Outcome.DROPPED,
        "r": Outcome.RENEWED,
    },
}


def parse_outcome(word: str, lang: str = "en") -> Outcome | None:
    """The outcome a key (in ``lang``) or a word (in either language) stands for."""
    text = word.strip().casefold().replace(" ", "-")
    return OUTCOME_KEYS.get(lang, OUTCOME_KEYS["en"]).get(text) or OUTCOME_WORDS.get(text)


@dataclass
class Reviewed:
    """One review recorded in this session (the agreement is copied, so the minutes need no history)."""

    seq: int
    ref: str  # <session folder>#<seq> of the agreement
    who: str
    what: str
    by: str | None  # by when, as it stood
    made: str  # the date of the session that made it
    outcome: Outcome
    note: str | None
    new_by: str | None  # the new date of a renewal
