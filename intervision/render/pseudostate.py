"""A session's state with every person's name replaced by their pseudonym, before anything is rendered.

Rewriting the folded state (not a rendered text) means every renderer — the Markdown minutes, the
document tree of HTML, JSON and PDF — and the figures computed from it see only labels: structured
fields (members, facilitator, owners, speakers, who of an agreement or score) get a person's label,
free text (notes, case titles, agreements, reasons, reviews) gets every name in it replaced. The
method's own texts (titles, tips) are not people's words and stay; the leak check before writing
still searches them, so a name in a group's own method refuses the export instead of slipping out.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable
from dataclasses import replace

from intervision.render.pseudonymise import Pseudonyms
from intervision.session.attendance import Absence, Attendance
from intervision.session.names import is_group
from intervision.session.state import SessionState


def people(state: SessionState) -> list[str]:
    """Every person a session names in a structured field: members, guests, the facilitator,
    owners, speakers, who agreed, scored or was reviewed (in that order, without repeats). The
    whole group ('de hele groep', 'the whole group') of an agreement or a review is nobody's name."""
    names: list[str] = [*state.members]
    seen = state.attendance
    if seen:
        names += [*seen.present, *seen.guests, *(a.name for a in seen.absent)]
    names.append(state.facilitator)
    names += state.owners.values()
    names += [proposed for proposed, _ in state.owner_swaps.values()]
    names += [n.speaker for n in state.notes if n.speaker]
    names += [a.who for a in state.agreements if not is_group(a.who)]
    names += [s.member for s in state.scores]
    names += [r.who for r in state.reviews if not is_group(r.who)]
    names += state.speaking
    return _unique(names)


def _unique(names: Iterable[str]) -> list[str]:
    out: dict[str, None] = {}
    for name in names:
        if name and name.strip():
            out.setdefault(name, None)
    return list(out)


def pseudonymised(state: SessionState, names: Pseudonyms) -> SessionState:
    """A copy of ``state`` with every name replaced; ``state`` itself is left as it was."""
    label, text = names.label, names.text

    def maybe(value: str | None) -> str | None:
        return text(value) if value else value

    seen = state.attendance
    attendance = (
        Attendance(
            present=tuple(label(m) for m in seen.present),
            absent=tuple(Absence(label(a.name), maybe(a.reason)) for a in seen.absent),
            guests=tuple(label(g) for g in seen.guests),
            group=maybe(seen.group),
        )
        if seen
        else None
    )
    out = copy.copy(state)
    out.members = [label(m) for m in state.members]
    out.facilitator = label(state.facilitator)
    out.attendance = attendance
    out.turn_orders = {k: [label(p) for p in v] for k, v in state.turn_orders.items()}
    out.owners = {k: label(v) for k, v in state.owners.items()}
    out.case_titles = {k: text(v) for k, v in state.case_titles.items()}
    out.owner_swaps = {k: (label(p), maybe(why)) for k, (p, why) in state.owner_swaps.items()}
    out.speaking = {}
    for person, seconds in state.speaking.items():
        key = label(person)
        out.speaking[key] = out.speaking.get(key, 0.0) + seconds
    out.notes = [
        replace(n, speaker=label(n.speaker) if n.speaker else n.speaker, text=text(n.text))
        for n in state.notes
    ]
    out.agreements = [
        replace(
            a, who=a.who if is_group(a.who) else label(a.who), what=text(a.what), by=maybe(a.by)
        )
        for a in state.agreements
    ]
    out.scores = [replace(s, member=label(s.member)) for s in state.scores]
    out.reviews = [
        replace(
            r,
            who=r.who if is_group(r.who) else label(r.who),
            what=text(r.what),
            by=maybe(r.by),
            note=maybe(r.note),
            new_by=maybe(r.new_by),
        )
        for r in state.reviews
    ]
    out.phases = copy.deepcopy(state.phases)
    return out
