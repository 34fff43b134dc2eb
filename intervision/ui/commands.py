"""One input grammar for every mode: text is a note, an empty line moves on, '/' starts a command."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from enum import Enum


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
    action: Action
    text: str = ""
    speaker: str | None = None
    number: float | None = None


_SPEAKER = re.compile(r"^\s*([^:\n]{1,40}?)\s*:\s+(.+)$", re.DOTALL)


def split_speaker(text: str, names: list[str]) -> tuple[str | None, str]:
    """'Bram: what did you do then?' → ('Bram', 'what did you do then?') when Bram is present."""
    match = _SPEAKER.match(text)
    if match:
        wanted = match.group(1).casefold()
        for name in names:
            if name.casefold() == wanted:
                return name, match.group(2).strip()
    return None, text.strip()


def parse(line: str, names: list[str]) -> Command:
    text = line.rstrip("\r\n")
    if not text.strip():
        return Command(Action.NEXT)
    stripped = text.strip()
    if stripped.startswith("//"):
        speaker, body = split_speaker(stripped[1:], names)
        return Command(Action.NOTE, body, speaker)
    if not stripped.startswith("/"):
        speaker, body = split_speaker(stripped, names)
        return Command(Action.NOTE, body, speaker)
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
        return _score(rest, names, stripped)
    if action in (Action.AGREE, Action.OWNER):
        return Command(action, rest)
    return Command(action, rest)


def _number(text: str) -> float | None:
    try:
        value = float(text.replace(",", ".").lstrip("+"))
    except ValueError:
        return None
    return value if math.isfinite(value) else None  # 'nan' and 'inf' parse as floats


def _score(rest: str, names: list[str], original: str) -> Command:
    parts = rest.split()
    if not parts:
        return Command(Action.SCORE)
    value = _number(parts[-1])
    speaker_text = " ".join(parts[:-1])
    if value is None and len(parts) > 1:
        value, speaker_text = _number(parts[0]), " ".join(parts[1:])
    if value is None:
        return Command(Action.INVALID, original)
    speaker = None
    if speaker_text:
        speaker = next((n for n in names if n.casefold() == speaker_text.casefold()), speaker_text)
    return Command(Action.SCORE, speaker=speaker, number=value)


def score_shortcut(text: str) -> int | None:
    """In a phase that captures scores, a bare whole number from 1 to 10 is a score."""
    return int(text) if re.fullmatch(r"(10|[1-9])", text.strip()) else None


def parse_agreement(text: str, names: list[str]) -> tuple[str | None, str, str | None]:
    """'Anna: call the team lead | by 1 December' → ('Anna', 'call the team lead', 'by 1 December').

    The one who agrees may be anyone ('everyone', a colleague outside the group), not only a member."""
    who, body = split_speaker(text, names)
    if who is None:
        match = _SPEAKER.match(text)
        if match and "|" not in match.group(1):
            who, body = match.group(1).strip(), match.group(2).strip()
    what, _, by = body.partition("|")
    return who, what.strip(), by.strip() or None
