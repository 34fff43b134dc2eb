"""One input grammar for every mode: text is a note, an empty line moves on, '/' starts a command."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum

from intervision.session.names import exact, looks_like_a_name


class Action(str, Enum):
    NOTE = "note"
    NEXT = "next"
    BACK = "back"
    PAUSE = "pause"
    RESUME = "resume"
    EXTEND = "extend"
    SKIP = "skip"
    AGREE = "agree"
    SCORE = "score"
    UNDO = "undo"
    OWNER = "owner"
    STATUS = "status"
    HELP = "help"
    QUIT = "quit"
    END = "end"
    UNKNOWN = "unknown"
    INVALID = "invalid"


ALIASES = {
    "back": Action.BACK,
    "b": Action.BACK,
    "terug": Action.BACK,
    "pause": Action.PAUSE,
    "p": Action.PAUSE,
    "pauze": Action.PAUSE,
    "resume": Action.RESUME,
    "verder": Action.RESUME,
    "extend": Action.EXTEND,
    "e": Action.EXTEND,
    "verleng": Action.EXTEND,
    "skip": Action.SKIP,
    "sla-over": Action.SKIP,
    "agree": Action.AGREE,
    "afspraak": Action.AGREE,
    "score": Action.SCORE,
    "cijfer": Action.SCORE,
    "undo": Action.UNDO,
    "herstel": Action.UNDO,
    "owner": Action.OWNER,
    "inbrenger": Action.OWNER,
    "status": Action.STATUS,
    "s": Action.STATUS,
    "help": Action.HELP,
    "h": Action.HELP,
    "?": Action.HELP,
    "quit": Action.QUIT,
    "q": Action.QUIT,
    "stop": Action.QUIT,
    "end": Action.END,
    "einde": Action.END,
    "next": Action.NEXT,
    "n": Action.NEXT,
    "volgende": Action.NEXT,
}

HELP_ORDER = (
    Action.NEXT,
    Action.BACK,
    Action.PAUSE,
    Action.RESUME,
    Action.EXTEND,
    Action.SKIP,
    Action.AGREE,
    Action.SCORE,
    Action.UNDO,
    Action.OWNER,
    Action.STATUS,
    Action.HELP,
    Action.QUIT,
    Action.END,
)


@dataclass(frozen=True)
class Command:
    """One thing the facilitator asked for. ``named`` is a 'Name:' prefix that is nobody present (the
    line is questioned, never filed under the current speaker); ``confirmed`` says the facilitator has
    already confirmed it (a second Ctrl-B, a script that means what it says)."""

    action: Action
    text: str = ""
    speaker: str | None = None
    number: float | None = None
    dimension: str | None = None
    named: str | None = None
    confirmed: bool = False


_SPEAKER = re.compile(r"^\s*([^:\n]{1,40}?)\s*:\s+(.+)$", re.DOTALL)


def name_prefix(text: str) -> tuple[str, str] | None:
    """'Bram: what did you do then?' → ('Bram', 'what did you do then?'), for any name."""
    match = _SPEAKER.match(text)
    return (match.group(1).strip(), match.group(2).strip()) if match else None


def split_speaker(text: str, names: Sequence[str]) -> tuple[str | None, str]:
    """'Bram: what did you do then?' → ('Bram', 'what did you do then?') when Bram is present."""
    found = name_prefix(text)
    if found:
        name = exact(found[0], names)
        if name is not None:
            return name, found[1]
    return None, text.strip()


def _note(text: str, names: Sequence[str]) -> Command:
    speaker, body = split_speaker(text, names)
    if speaker is None:
        found = name_prefix(text)
        if found and looks_like_a_name(found[0]):
            return Command(Action.NOTE, body, named=found[0])
    return Command(Action.NOTE, body, speaker)


def parse(line: str, names: Sequence[str], dimensions: Sequence[str] = ()) -> Command:
    """``dimensions``: the words that name an evaluation dimension ('nut', 'veiligheid')."""
    text = line.rstrip("\r\n")
    if not text.strip():
        return Command(Action.NEXT)
    stripped = text.strip()
    if stripped.startswith("//"):
        return _note(stripped[1:], names)
    if not stripped.startswith("/"):
        return _note(stripped, names)
    word, _, rest = stripped[1:].partition(" ")
    action = ALIASES.get(word.casefold())
    rest = rest.strip()
    if action is None:
        return Command(Action.UNKNOWN, word)
    if action is Action.EXTEND:
        number = _number(rest or "5")
        return (
            Command(Action.EXTEND, number=number)
            if number is not None
            else Command(Action.INVALID, stripped)
        )
    if action is Action.SCORE:
        return _score(rest, names, dimensions, stripped)
    return Command(action, rest)


def _number(text: str) -> float | None:
    try:
        value = float(text.replace(",", ".").lstrip("+"))
    except ValueError:
        return None
    return value if math.isfinite(value) else None  # 'nan' and 'inf' parse as floats


_SCORE = re.compile(r"^(\d{1,3}(?:[.,]\d+)?)(?:\s*/\s*10)?$")


def score_number(word: str) -> float | None:
    """'8', '7,5', '7.5', '9/10' → the score as said; anything else → None. Range is checked later."""
    match = _SCORE.match(word.strip())
    return float(match.group(1).replace(",", ".")) if match else None


@dataclass(frozen=True)
class SaidScore:
    """A score as people say it: 'veiligheid 7,5 fijn gesprek' → 7.5 for 'veiligheid', note 'fijn gesprek'."""

    value: float
    dimension: str | None = None
    note: str = ""
    # '2 dingen vond ik lastig': a number followed by a plain word may be a score or a sentence (asked);
    # alone, or followed by punctuation or a dash ('8 - goed', '8: goed', '8, goed'), it is a score.
    ambiguous: bool = False


def _dimension(word: str, dimensions: Sequence[str]) -> str | None:
    return exact(word, dimensions)


def said_score(text: str, dimensions: Sequence[str] = ()) -> SaidScore | None:
    """A typed line that starts with a score (after a dimension word, if any); None when it does not."""
    words = re.sub(r"\s*/\s*10\b", "/10", text.strip()).split()
    dimension = _dimension(words[0], dimensions) if words else None
    if dimension is not None:
        words = words[1:]
    if not words:
        return None
    first, rest = words[0], " ".join(words[1:])
    value = score_number(first)
    if value is None and first[-1:] in _MARKS:
        value = score_number(first[:-1])  # '8:', '8,', '8;'
        rest = f"{first[-1]} {rest}"
    if value is None:
        return None
    note = rest.lstrip("-–—:,;. ").strip()
    ambiguous = bool(note) and rest[:1] not in _MARKS
    return SaidScore(value, dimension, note, ambiguous)


_MARKS = "-–—:,;."


def is_bare_score(text: str) -> bool:
    """A line that is only a number ('8', '7,5', '9/10'): a score, or a slip, never a learning point."""
    return score_number(re.sub(r"\s*/\s*10$", "/10", text.strip())) is not None


def _score(rest: str, names: Sequence[str], dimensions: Sequence[str], original: str) -> Command:
    """'/score 8', '/score 7,5 Anna', '/score Anna 9/10', '/score veiligheid 8 Jan Willem'."""
    words = re.sub(r"\s*/\s*10\b", "/10", rest).split()
    if not words:
        return Command(Action.SCORE)
    dimension = _dimension(words[0], dimensions)
    if dimension is not None:
        words = words[1:]
    at = next((i for i, word in enumerate(words) if score_number(word) is not None), None)
    if at is None:
        if dimension is not None and not words:
            return Command(Action.SCORE, dimension=dimension)
        return Command(Action.INVALID, original)
    value = score_number(words[at])
    who = " ".join(words[:at] or words[at + 1 :])
    if words[:at] and words[at + 1 :]:
        return Command(Action.INVALID, original)
    speaker = (exact(who, names) or who) if who else None
    return Command(Action.SCORE, speaker=speaker, number=value, dimension=dimension)


def parse_agreement(text: str, names: Sequence[str]) -> tuple[str | None, str, str | None]:
    """'Anna: call the team lead | by 1 December' → ('Anna', 'call the team lead', 'by 1 December').

    The one who agrees may be anyone ('iedereen', a colleague outside the group), not only a member."""
    who, body = split_speaker(text, names)
    if who is None:
        found = name_prefix(text)
        if found and "|" not in found[0]:
            who, body = found
    what, _, by = body.partition("|")
    return who, what.strip(), by.strip() or None
