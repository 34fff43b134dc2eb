"""The agreements ledger: every agreement of the series, open until it is reviewed as done or dropped.

An agreement is known by ``<session folder>#<seq>`` (the journal line that made it). A review in a later
session (a ``reviewed`` event) gives it an outcome; partly, not done and renewed keep it open. A member's
agreements wait for them while they are absent: skipping a meeting never closes one.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from intervision.group.history import History, key, owners
from intervision.session.review import BY_VALUE, OUTCOME_WORDS, Outcome, parse_outcome


@dataclass(frozen=True, slots=True)
class Review:
    session: str
    date: str
    outcome: Outcome
    note: str | None
    by: str | None  # the new date of a renewal


@dataclass(slots=True)
class Item:
    ref: str
    session: str  # the folder of the session that made it
    date: str
    who: str
    what: str
    by: str | None  # by when, as agreed last (a renewal moves it)
    group: bool  # the whole group's, not one member's
    reviews: list[Review] = field(default_factory=list)

    @property
    def status(self) -> str:
        """open / done / dropped."""
        for review in reversed(self.reviews):
            if review.outcome.closes:
                return review.outcome.value
        return "open"

    @property
    def is_open(self) -> bool:
        return self.status == "open"

    @property
    def renewals(self) -> int:
        return sum(1 for r in self.reviews if r.outcome is Outcome.RENEWED)

    @property
    def renewed_twice(self) -> bool:
        return self.renewals >= 2

    def to_dict(self) -> dict[str, object]:
        last = self.reviews[-1] if self.reviews else None
        return {
            "ref": self.ref,
            "who": self.who,
            "what": self.what,
            "when": self.by,
            "session": self.session,
            "date": self.date,
            "group": self.group,
            "status": self.status,
            "last_outcome": last.outcome.value if last else None,
            "renewals": self.renewals,
            "reviews": [
                {"session": r.session, "date": r.date, "outcome": r.outcome.value, "note": r.note}
                for r in self.reviews
            ],
        }


def ref_of(session: str, seq: int) -> str:
    return f"{session}#{seq}"


def closed_refs(history: History) -> dict[str, Outcome]:
    """The agreements closed by a review (done or dropped), with how: once closed, always closed (a
    review walks open agreements only)."""
    closes = {Outcome.DONE.value: Outcome.DONE, Outcome.DROPPED.value: Outcome.DROPPED}
    closed: dict[str, Outcome] = {}
    for session in history.sessions:
        for ref, outcome_value, _note, _by in session.reviews:
            outcome = closes.get(outcome_value)
            if outcome is not None:
                closed[ref] = outcome
    return closed


def ledger(history: History, *, open_only: bool = False) -> list[Item]:
    """Every agreement of the series in the order made, with the reviews it had; ``open_only``
    leaves out the closed ones (without building them: over a long series most are closed)."""
    closed = closed_refs(history) if open_only else {}
    items: dict[str, Item] = {}
    for session in history.sessions:
        for ref, outcome_value, note, new_by in session.reviews:
            item = items.get(ref)
            if item is None:
                continue
            outcome = BY_VALUE.get(outcome_value)
            if outcome is None:
                continue
            item.reviews.append(Review(session.id, session.date, outcome, note, new_by))
            if outcome is Outcome.RENEWED and new_by:
                item.by = str(new_by)
        if not session.agreements:
            continue
        people: set[str] | None = None
        for seq, who, what, by in session.agreements:
            ref = f"{session.id}#{seq}"
            if ref in closed:
                continue
            if people is None:
                people = {key(m) for m in session.members}
                people.update(key(m) for m in session.absent)
                people.add(key(session.facilitator))
            items[ref] = Item(
                ref, session.id, session.date, who, what, by, group=key(who) not in people
            )
    return list(items.values())


def tally(history: History) -> dict[str, dict[str, int]]:
    """Per member (key): how many of their agreements are done, dropped and open — without the
    ledger (the figures ``stats`` shows)."""
    closed = closed_refs(history)
    out: dict[str, dict[str, int]] = {}
    for session in history.sessions:
        if not session.agreements:
            continue
        people = {key(m) for m in session.members}
        people.update(key(m) for m in session.absent)
        people.add(key(session.facilitator))
        for seq, who, _what, _by in session.agreements:
            k = key(who)
            if k not in people:
                continue  # the group's
            row = out.get(k)
            if row is None:
                row = out[k] = {"done": 0, "open": 0, "dropped": 0}
            outcome = closed.get(f"{session.id}#{seq}")
            row[outcome.value if outcome is not None else "open"] += 1
    return out


def select(
    items: Iterable[Item], *, open_only: bool = True, member: str | None = None
) -> list[Item]:
    return [
        i
        for i in items
        if (not open_only or i.is_open) and (member is None or key(i.who) == key(member))
    ]


def to_review(history: History, present: Sequence[str]) -> list[Item]:
    """The open agreements to walk in a review, in the phase's order: those of the last session's
    case owner(s) first, then the other members present (in the order present), then the group's.
    An absent member's agreements are not shown: they wait for them."""
    here = {key(p): i for i, p in enumerate(present)}
    last = history.last
    first = {key(o) for o in owners(last)} if last else set()
    waiting = [
        i for i in ledger(history, open_only=True) if i.is_open and (i.group or key(i.who) in here)
    ]

    def rank(item: Item) -> tuple[int, int]:
        if item.group:
            return (2, 0)
        return (0 if key(item.who) in first else 1, here[key(item.who)])

    return sorted(waiting, key=rank)  # stable: within a person, oldest first


def counts(items: Iterable[Item]) -> dict[str, dict[str, int]]:
    """Per member (key): how many agreements are done and how many open."""
    out: dict[str, dict[str, int]] = {}
    for item in items:
        if item.group:
            continue
        row = out.setdefault(key(item.who), {"done": 0, "open": 0, "dropped": 0})
        row[item.status] += 1
    return out


__all__ = [
    "OUTCOME_WORDS",
    "Item",
    "Outcome",
    "Review",
    "ledger",
    "parse_outcome",
    "select",
    "to_review",
]
