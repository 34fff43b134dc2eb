"""Pseudonyms for an export: every person gets a stable label, in structured fields and in free text.

A group that reflects on its own series, or shares an example with another group, wants the names out.
Name-list replacement is the dependable core (see ``shared/reference/group-over-time.md``): the roster,
guests and facilitators are known, and the group keeps a deny list of other names (clients, colleagues,
places, organisations). What comes out is *pseudonymised*, never "anonymous": the text can still
identify people, and under the GDPR it is still personal data.

Matching is by whole words (a word ends where letters end: ``_Anna_`` and ``Anna2`` hold a name), without
regard to case, diacritics (``Zoe`` finds ``Zoë`` and the other way round) or invisible characters
(a soft hyphen or zero-width space inside a name):
a full name, any run of its words that holds more than a particle (``Jan``, ``Jan Willem``, ``de
Vries``), and possessives (``Anna's``, Dutch ``Brams``). A part shared by two people (two members called
Jan) gets a neutral word instead of either label. A deny-list entry is found by its parts as well
("Peeters" of "Karel Peeters", "Noord" of "Jeugdzorg Noord"): a leak costs more than an ordinary
word replaced. ``leaks`` runs the same search over finished output,
so an export is refused before anything is written if a name is left.
"""

from __future__ import annotations

import re
import string
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

# Dutch, German and French name particles: on their own they name nobody.
_PARTICLES = frozenset(
    [
        "de",
        "der",
        "den",
        "het",
        "'t",
        "ter",
        "ten",
        "te",
        "van",
        "von",
        "zu",
        "la",
        "le",
        "du",
        "da",
        "di",
        "del",
        "des",
        "op",
        "in",
        "aan",
        "bij",
        "el",
        "al",
    ]
)
_MIN_PART = 2  # a single letter is an initial, not a name to search for


def _letters(n: int) -> str:
    """0 → A, 25 → Z, 26 → AA: labels that never run out."""
    out = ""
    n += 1
    while n:
        n, rest = divmod(n - 1, 26)
        out = string.ascii_uppercase[rest] + out
    return out


def _fold_char(char: str) -> str:
    base = unicodedata.normalize("NFD", char)[0]
    return base if base.isalpha() else char


# Soft hyphens, zero-width spaces and joiners (Cf) show nothing but would split a name in two; a
# combining mark left after NFC would hide a letter. Both are passed over when names are searched.
_INVISIBLE = frozenset({"Cf", "Mn", "Me"})


def _folded(text: str) -> tuple[str, list[int]]:
    """``text`` without case, diacritics and invisible characters, and for every character of the
    result the index in ``text`` it comes from: names are searched in the first, replaced in ``text``."""
    out: list[str] = []
    where: list[int] = []
    for index, char in enumerate(text):
        if unicodedata.category(char) in _INVISIBLE:
            continue
        piece = _fold_char(char).casefold()
        out.append(piece)
        where.extend([index] * len(piece))
    return "".join(out), where


def _pattern(variant: str) -> str:
    """A regex for ``variant`` in folded text: any spacing between its words."""
    return r"\s+".join(re.escape(word) for word in _key(variant).split())


def _parts(name: str) -> list[str]:
    """The full name and every run of its words that holds a word other than a particle."""
    words = name.split()
    runs = []
    for start in range(len(words)):
        for end in range(start + 1, len(words) + 1):
            run = words[start:end]
            if any(w.lower() not in _PARTICLES and len(w) >= _MIN_PART for w in run):
                runs.append(" ".join(run))
    return runs


@dataclass(frozen=True)
class Leak:
    """A name found where none may be: ``where`` is the caller's label, ``offset`` the index in it."""

    where: str
    offset: int
    found: str


class Pseudonyms:
    """Labels for ``people`` (in a stable order: the roster's, then guests) and for ``deny`` entries.

    ``person_label`` and ``other_label`` are formats with ``{letter}`` / ``{number}``, e.g.
    ``"Deelnemer {letter}"`` and ``"Naam {number}"``; ``someone`` replaces a part two people share.
    """

    def __init__(
        self,
        people: Sequence[str | Sequence[str]],
        deny: Sequence[str] = (),
        *,
        person_label: str = "Member {letter}",
        other_label: str = "Name {number}",
        someone: str = "a member",
    ) -> None:
        # A person may come with the names they had before (a rename): one label for all of them.
        groups = [(entry,) if isinstance(entry, str) else tuple(entry) for entry in people]
        self._labels: dict[str, str] = {}
        count = 0
        for names in groups:
            known = next((self._labels[_key(n)] for n in names if _key(n) in self._labels), None)
            if known is None and any(_key(n) for n in names):
                known = person_label.format(letter=_letters(count))
                count += 1
            for name in names:
                if _key(name) and known is not None:
                    self._labels.setdefault(_key(name), known)
        owners: dict[str, set[str]] = {}
        shown: dict[str, str] = {}
        for names in groups:
            for name in names:
                if not _key(name):
                    continue
                for part in _parts(name):
                    owners.setdefault(_key(part), set()).add(self._labels[_key(name)])
                    shown.setdefault(_key(part), part)
        numbered = 0
        people_parts = set(owners)
        for entry in deny:
            key = _key(entry)
            if not key or key in owners:
                continue
            numbered += 1
            label = other_label.format(number=numbered)
            # Like a person's, an entry is found by its parts too ("Peeters" of "Karel Peeters");
            # a part that is also a person's keeps the person's label.
            for part in _parts(entry) or [entry]:
                part_key = _key(part)
                if part_key not in people_parts:
                    owners.setdefault(part_key, {label})
                    shown.setdefault(part_key, part)
        self._replacement = {
            key: (next(iter(labels)) if len(labels) == 1 else someone)
            for key, labels in owners.items()
        }
        variants = sorted(shown.values(), key=lambda v: (-len(v), v))
        # Boundaries are letters only: "_Anna_" (Markdown emphasis) and "Anna2" hold the name too.
        self._search = (
            re.compile(
                r"(?<![^\W\d_])("
                + "|".join(_pattern(v) for v in variants)
                + r")(['’]s|s)?(?![^\W\d_])"
            )
            if variants
            else None
        )

    def label(self, name: str) -> str:
        """The label of one person, for structured fields (a name not known stays searchable)."""
        found = self._labels.get(_key(name))
        return found if found is not None else self.text(name)

    def text(self, text: str) -> str:
        """Free text with every known name replaced by its label (possessives kept as ``'s``)."""
        if self._search is None or not text:
            return text
        text = unicodedata.normalize("NFC", text)
        folded, where = _folded(text)
        out: list[str] = []
        done = 0
        for match in self._search.finditer(folded):
            start, end = where[match.start()], where[match.end() - 1] + 1
            found = " ".join(match.group(1).split())
            out += [text[done:start], self._replacement.get(found, text[start:end])]
            if match.group(2):
                out.append("'s")
            done = end
        out.append(text[done:])
        return "".join(out)

    def leaks(self, texts: Iterable[tuple[str, str]]) -> list[Leak]:
        """Every name still present in ``(where, text)`` pairs: the check before anything is written."""
        if self._search is None:
            return []
        found = []
        for place, text in texts:
            text = unicodedata.normalize("NFC", text)
            folded, where = _folded(text)
            for match in self._search.finditer(folded):
                start, end = (
                    where[match.start()],
                    where[match.start(1) + len(match.group(1)) - 1] + 1,
                )
                found.append(Leak(place, start, text[start:end]))
        return found


def _key(name: str) -> str:
    return " ".join(_folded(unicodedata.normalize("NFC", name))[0].split())
