"""Finding a person by what the facilitator typed: 'bram' is Bram, 'Jan' may mean Jan Willem.

One place for the rule, so the grammar, the questions and the engine agree on who is meant.
"""

from __future__ import annotations

import difflib
from collections.abc import Sequence

# Words that mean the whole group as the one who agrees ("iedereen: volgende keer om 9 uur").
GROUP_WORDS = frozenset(
    {
        "groep",
        "de groep",
        "hele groep",
        "de hele groep",
        "iedereen",
        "allen",
        "allemaal",
        "wij",
        "we",
        "group",
        "the group",
        "whole group",
        "the whole group",
        "everyone",
        "everybody",
        "all",
        "us",
    }
)


def exact(name: str, people: Sequence[str]) -> str | None:
    """The person whose name this is, ignoring case and surrounding spaces."""
    wanted = " ".join(name.split()).casefold()
    return next((p for p in people if " ".join(p.split()).casefold() == wanted), None)


def suggestions(name: str, people: Sequence[str]) -> list[str]:
    """Who may be meant by a name that is nobody's: a first name or the start of a name ('Jan' →
    'Jan Willem', 'Ann' → 'Anna'), else a near spelling ('Bramm' → 'Bram'). Best first, no repeats."""
    wanted = " ".join(name.split()).casefold()
    if not wanted:
        return []
    found: list[str] = []
    for person in people:
        words = person.casefold().split()
        if words and (words[0] == wanted or person.casefold().startswith(wanted)):
            found.append(person)
    folded = {p.casefold(): p for p in people}
    for near in difflib.get_close_matches(wanted, list(folded), n=3, cutoff=0.75):
        found.append(folded[near])
    return list(dict.fromkeys(found))


def is_group(name: str) -> bool:
    return " ".join(name.split()).casefold() in GROUP_WORDS


def looks_like_a_name(text: str) -> bool:
    """'Zoltan' or 'Jan Willem' or 'A. de Vries' could be a person; 'Time' with '10:30' after it could
    too, so a caller asks rather than guesses. Sentences, numbers and lower-case words are not names."""
    words = text.split()
    if not 1 <= len(words) <= 3 or not words[0][:1].isupper():
        return False
    return all(all(c.isalpha() or c in "-'.’" for c in word) for word in words)
