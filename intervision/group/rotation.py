"""Fair turns across the series: who brings the case next time, and who facilitates.

The rule (issue 9 §2): among the members present, the one who has brought a case least often for the
sessions they were there (turns as owner against sessions attended), then the one who has waited longest
since their last turn, then roster order. Never someone absent, never the facilitator of the session,
never a newcomer to an existing group at their first session. A facilitator is proposed by the same rule
among those who facilitate. Every proposal comes with the reason (a catalog key and its fields) and the
table behind it, so the screen can say why in one line.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from fractions import Fraction

from intervision.group.history import History, attendees, key


@dataclass
class Standing:
    """One member's record over the series."""

    name: str
    attended: int = 0
    owner_turns: int = 0
    last_owner: str | None = None  # the date of the last turn
    last_owner_at: int = -1  # its position in the history (-1: never)
    facilitated: int = 0
    last_facilitated: str | None = None
    last_facilitated_at: int = -1
    present_total: int = 0  # as member or as facilitator

    def to_dict(self) -> dict[str, object]:
        return {
            "name": self.name,
            "attended": self.attended,
            "owner_turns": self.owner_turns,
            "last_owner": self.last_owner,
            "facilitated": self.facilitated,
            "last_facilitated": self.last_facilitated,
        }


def standings(history: History, names: Iterable[str] = ()) -> dict[str, Standing]:
    """Every member's record, keyed by ``key(name)``; ``names`` are included even without a session."""
    table: dict[str, Standing] = {}
    for name in names:
        table.setdefault(key(name), Standing(name))
    for position, session in enumerate(history.sessions):
        here = set()
        for name in attendees(session):
            k = key(name)
            here.add(k)
            record = table.get(k)
            if record is None:
                record = table[k] = Standing(name)
            record.attended += 1
            record.present_total += 1
        turned = set()
        for _case, name in session.owners:
            k = key(name)
            if k in turned:
                continue
            turned.add(k)
            record = table.get(k)
            if record is None:
                record = table[k] = Standing(name)
            record.owner_turns += 1
            record.last_owner_at = position
        if session.facilitator:
            k = key(session.facilitator)
            record = table.get(k)
            if record is None:
                record = table[k] = Standing(session.facilitator)
            record.facilitated += 1
            record.last_facilitated_at = position
            if k not in here:
                record.present_total += 1
    sessions = history.sessions
    for record in table.values():  # dates once, at the end
        if record.last_owner_at >= 0:
            record.last_owner = sessions[record.last_owner_at].date
        if record.last_facilitated_at >= 0:
            record.last_facilitated = sessions[record.last_facilitated_at].date
    return table


@dataclass(frozen=True)
class Reason:
    """Why someone is proposed: a message key and its fields (the UI says it in its language)."""

    key: str
    fields: dict[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class Proposal:
    name: str | None
    reason: Reason
    table: list[Standing]  # the candidates and the others present, best first


def newcomers(
    history: History,
    present: Sequence[str],
    joined: Mapping[str, str | None] | None = None,
    table: dict[str, Standing] | None = None,
) -> set[str]:
    """Members present who joined an existing group and have not been to a session yet (keys).

    ``joined`` (name → date joined, from the group file) tells a late joiner from a founding member
    who was away at the start; without it, anyone not seen before in a group with a history is new."""
    if not history.sessions:
        return set()
    first = history.sessions[0].date
    seen = table if table is not None else standings(history)
    dates = {key(n): d for n, d in (joined or {}).items()}
    out = set()
    for name in present:
        record = seen.get(key(name))
        if record is not None and record.present_total:
            continue
        since = dates.get(key(name))
        if since is None or since > first:
            out.add(key(name))
    return out


def _rank_owner(record: Standing, order: int) -> tuple[Fraction, int, int, int]:
    share = Fraction(record.owner_turns, record.attended) if record.attended else Fraction(0)
    return (share, record.last_owner_at, -record.attended, order)


def _rank_facilitator(record: Standing, order: int) -> tuple[Fraction, int, int, int]:
    share = (
        Fraction(record.facilitated, record.present_total) if record.present_total else Fraction(0)
    )
    return (share, record.last_facilitated_at, -record.present_total, order)


def propose_owners(
    history: History,
    present: Sequence[str],
    *,
    facilitator: str | None = None,
    cases: int = 1,
    new: Iterable[str] = (),
    taken: Iterable[str] = (),
    table: dict[str, Standing] | None = None,
) -> list[Proposal]:
    """One proposal per case still open; ``taken`` are owners already chosen in this session.
    ``table``: the standings, when the caller has them already."""
    table = dict(table) if table is not None else standings(history, present)
    for name in present:
        table.setdefault(key(name), Standing(name))
    excluded = {key(n) for n in new} | {key(n) for n in taken}
    if facilitator:
        excluded.add(key(facilitator))
    order = {key(n): i for i, n in enumerate(present)}
    everyone = sorted(
        (table[key(n)] for n in present), key=lambda r: _rank_owner(r, order[key(r.name)])
    )
    proposals = []
    for _ in range(cases):
        candidates = [r for r in everyone if key(r.name) not in excluded]
        if not candidates:
            proposals.append(Proposal(None, Reason("rotation.nobody"), everyone))
            continue
        best = candidates[0]
        excluded.add(key(best.name))
        proposals.append(Proposal(best.name, _owner_reason(best, candidates), everyone))
    return proposals


def _owner_reason(best: Standing, candidates: list[Standing]) -> Reason:
    fields: dict[str, object] = {
        "name": best.name,
        "turns": best.owner_turns,
        "attended": best.attended,
        "last": best.last_owner or "",
    }
    if best.owner_turns == 0:
        return Reason("rotation.owner_never" if best.attended else "rotation.owner_first", fields)
    share = Fraction(best.owner_turns, best.attended)
    equal = [
        r.name
        for r in candidates[1:]
        if r.attended and Fraction(r.owner_turns, r.attended) == share
    ]
    if equal:
        return Reason("rotation.owner_waited", {**fields, "others": ", ".join(equal)})
    return Reason("rotation.owner_fewest", fields)


def propose_facilitator(
    history: History, present: Sequence[str], facilitators: Sequence[str]
) -> Proposal:
    """Among those who facilitate (the rota) and are present, the one whose turn it is most."""
    pool = [n for n in facilitators if key(n) in {key(p) for p in present}] or list(facilitators)
    table = standings(history, pool)
    order = {key(n): i for i, n in enumerate(pool)}
    ranked = sorted(
        (table[key(n)] for n in pool), key=lambda r: _rank_facilitator(r, order[key(r.name)])
    )
    if not ranked:
        return Proposal(None, Reason("rotation.nobody"), [])
    best = ranked[0]
    fields: dict[str, object] = {
        "name": best.name,
        "turns": best.facilitated,
        "attended": best.present_total,
        "last": best.last_facilitated or "",
    }
    if best.facilitated == 0:
        return Proposal(best.name, Reason("rotation.facilitator_never", fields), ranked)
    return Proposal(best.name, Reason("rotation.facilitator_fewest", fields), ranked)


@dataclass(frozen=True)
class Pitch:
    member: str
    text: str
    date: str
    session: str


def open_pitches(history: History) -> dict[str, Pitch]:
    """Cases pitched but not chosen, still waiting (keyed by member): the member's latest pitch in a
    session where they were not the owner, with no turn as owner since."""
    waiting: dict[str, Pitch] = {}
    for session in history.sessions:
        chosen = {key(o) for _, o in session.owners}
        for name in chosen:
            waiting.pop(name, None)
        for speaker, text in session.pitches:
            if speaker and key(speaker) not in chosen:
                waiting[key(speaker)] = Pitch(speaker, text, session.date, session.id)
    return waiting
