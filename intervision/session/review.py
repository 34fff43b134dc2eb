"""Looking back on an agreement of an earlier session: the outcomes and the words for them."""

from __future__ import annotations

from dataclasses import dataclass

from intervision.session.values import WireEnum


class Outcome(WireEnum):
    DONE = "done"
    PARTLY = "partly"
    NOT_DONE = "not-done"
    DROPPED = "dropped"
    RENEWED = "renewed"

    @property
    def closes(self) -> bool:
        return self in (Outcome.DONE, Outcome.DROPPED)


# One key or one word each, in both languages (the first letter of the Dutch or English word).
OUTCOME_WORDS: dict[str, Outcome] = {
    "d": Outcome.DONE,
    "done": Outcome.DONE,
    "g": Outcome.DONE,
    "gedaan": Outcome.DONE,
    "klaar": Outcome.DONE,
    "p": Outcome.PARTLY,
    "partly": Outcome.PARTLY,
    "partially": Outcome.PARTLY,
    "deels": Outcome.PARTLY,
    "gedeeltelijk": Outcome.PARTLY,
    "n": Outcome.NOT_DONE,
    "not": Outcome.NOT_DONE,
    "not-done": Outcome.NOT_DONE,
    "niet": Outcome.NOT_DONE,
    "niet-gedaan": Outcome.NOT_DONE,
    "x": Outcome.DROPPED,
    "drop": Outcome.DROPPED,
    "dropped": Outcome.DROPPED,
    "vervalt": Outcome.DROPPED,
    "vervallen": Outcome.DROPPED,
    "laten": Outcome.DROPPED,
    "r": Outcome.RENEWED,
    "renew": Outcome.RENEWED,
    "renewed": Outcome.RENEWED,
    "v": Outcome.RENEWED,
    "verlengd": Outcome.RENEWED,
    "verlengen": Outcome.RENEWED,
    "opnieuw": Outcome.RENEWED,
}


def parse_outcome(word: str) -> Outcome | None:
    return OUTCOME_WORDS.get(word.strip().casefold().replace(" ", "-"))


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
