"""One exported document: the sessions of an export, with only what the chosen audience may see.

Built once per export from each session's folded state and its figures (``session.figures``, computed
once); the HTML, PDF and JSON renderers, and the Markdown of the owner's and members' copies, only
format this tree. It is a frozen pydantic model because the JSON export *is* this tree: its JSON
Schema (``intervision export schema``, shipped as ``minutes.schema.json``) is generated from the same
classes, and JSON → model → JSON is the identity.

Audiences (``docs/export.md``):
- ``group``: everything the minutes hold;
- ``owner``: the case owner's copy — each case with its title, core question and every note of its
  phases (questions, advice, reactions) with who gave it, and the owners' agreements and reviews;
- ``members``: what every member receives — date, who was there, learning points, agreements (the
  earlier ones reviewed and the new ones) and the next meeting if the group agreed one; no case content.

Pseudonymisation happens before this tree is built (``render/pseudostate.py`` rewrites the state),
so every field here is already safe to render.
"""

from __future__ import annotations

import re
from datetime import datetime
from enum import Enum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from intervision.session.figures import Figures, MemberScores
from intervision.session.names import is_group
from intervision.session.state import Agreement, Note, SessionState
from intervision.session.values import NoteKind

FORMAT: Literal["intervision.minutes/1"] = "intervision.minutes/1"

# A group agreement that sets the next meeting names it.
_NEXT = re.compile(r"volgende|next|bijeenkomst|meeting|intervisie", re.IGNORECASE)
# Note kinds in a case's phases that the owner's copy holds (everything said about their case).
_OWNER_KINDS = frozenset(
    [NoteKind.NOTE, NoteKind.QUESTION, NoteKind.CORE_QUESTION, NoteKind.ADVICE, NoteKind.REACTION]
)


class Audience(str, Enum):
    GROUP = "group"
    OWNER = "owner"
    MEMBERS = "members"

    def __str__(self) -> str:
        return str(self.value)


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class NoteOut(_Model):
    kind: str = Field(
        description="note, question, core-question, advice, reaction, learning-point, pitch"
    )
    speaker: str | None = Field(description="Who said it; null when nobody was named.")
    text: str
    at_seconds: float = Field(description="Session seconds (pauses left out) when it was typed.")


class PhaseOut(_Model):
    key: str = Field(description="The phase id, with '#n' for a phase of case n.")
    title: str
    section: Literal["opening", "per_case", "closing"]
    case: int | None
    planned_seconds: float
    extra_seconds: float = Field(description="Added (negative: taken off) during the session.")
    active_seconds: float = Field(description="How long it ran, pauses left out.")
    overtime_seconds: float
    skipped: bool
    reached: bool
    notes: tuple[NoteOut, ...]


class CaseOut(_Model):
    number: int
    owner: str | None
    title: str | None
    core_questions: tuple[str, ...]
    proposed: str | None = Field(
        default=None, description="Whom the rotation proposed, when someone else brought the case."
    )
    swap_reason: str | None = Field(
        default=None, description="Why someone else brought it, as the facilitator typed it."
    )


class AbsentOut(_Model):
    name: str
    reason: str | None


class AgreementOut(_Model):
    who: str
    what: str
    by: str | None = Field(description="By when, as typed.")
    status: Literal["open"] = Field(description="Made in this session: open until reviewed.")
    group: bool = Field(description="Made by the whole group rather than one person.")


class ReviewOut(_Model):
    who: str
    what: str
    by: str | None
    made: str = Field(description="The date of the session that made the agreement.")
    outcome: Literal["done", "partly", "not-done", "dropped", "renewed"]
    note: str | None
    new_by: str | None = Field(description="The new date of a renewal.")


class ScoreOut(_Model):
    member: str
    value: float = Field(description="1 to 10, half points allowed.")
    dimension: str | None = Field(
        description="The dimension's id; null: a score given without one."
    )


class MemberScoresOut(_Model):
    name: str
    values: tuple[float, ...]
    mean: float


class DimensionOut(_Model):
    """The scores of one dimension (usefulness, safety), or of every score when there are none."""

    dimension: str | None = Field(description="The id; null: scores given without a dimension.")
    title: str | None
    members: tuple[MemberScoresOut, ...]
    count: int
    mean: float | None = Field(description="The mean of the members' means: one member, one voice.")


class SpeakerOut(_Model):
    name: str
    seconds: float
    share: float = Field(description="Of all speaking time, 0 to 1.")
    over_seconds: float = Field(description="Seconds over their own turns, summed.")


class TimeOut(_Model):
    planned_seconds: float
    actual_seconds: float
    paused_seconds: float
    interruptions: int


class SessionOut(_Model):
    id: str = Field(description="The session's folder name.")
    date: str | None = Field(description="The day it started, YYYY-MM-DD.")
    started: datetime | None
    ended: datetime | None
    lang: Literal["nl", "en"]
    status: Literal["running", "interrupted", "finished", "ended-early", "damaged"]
    rehearsal: bool
    protocol: str
    protocol_title: str
    facilitator: str
    group: str | None
    present: tuple[str, ...]
    guests: tuple[str, ...]
    absent: tuple[AbsentOut, ...]
    # What an audience may not see is left out: an empty list, or null for time.
    cases: tuple[CaseOut, ...]
    phases: tuple[PhaseOut, ...]
    learning_points: tuple[NoteOut, ...]
    agreements: tuple[AgreementOut, ...]
    reviewed: tuple[ReviewOut, ...]
    next_meeting: AgreementOut | None = Field(
        description="A group agreement that names the next meeting, if one was made."
    )
    scores: tuple[ScoreOut, ...]
    score_dimensions: tuple[DimensionOut, ...] = Field(
        description="Per dimension of the method (or one entry, dimension null, without them)."
    )
    speakers: tuple[SpeakerOut, ...]
    time: TimeOut | None


class ExportDoc(_Model):
    """The whole export: ``format`` names this version of the layout."""

    model_config = ConfigDict(
        frozen=True,
        extra="forbid",
        title="intervision minutes export",
        json_schema_extra={
            "description": "Sessions of an intervision group, exported for one audience."
        },
    )

    format: Literal["intervision.minutes/1"] = FORMAT
    audience: Literal["group", "owner", "members"]
    pseudonymised: bool = Field(
        description="Names replaced by labels. Pseudonymised is not anonymous: text can still "
        "identify people."
    )
    lang: Literal["nl", "en"]
    sessions: tuple[SessionOut, ...]


def session_doc(
    folder: str,
    state: SessionState,
    numbers: Figures,
    audience: Audience,
    lang: str,
    *,
    owner: str | None = None,
) -> SessionOut:
    """The part of one session that ``audience`` may see; for the owner's copy, ``owner`` keeps only
    that person's cases (with two cases, each owner gets their own)."""
    seen = state.attendance
    present = tuple(seen.present) if seen else tuple(state.members)
    guests = tuple(seen.guests) if seen else ()
    absent = tuple(AbsentOut(name=a.name, reason=a.reason) for a in seen.absent) if seen else ()
    live = [n for n in state.notes if not n.removed]
    agreements = tuple(_agreement(a) for a in state.agreements)
    owners = {name.casefold() for name in state.owners.values()}
    if owner is not None:
        owners &= {owner.casefold()}
    started = numbers.started
    everything = SessionOut(
        id=folder,
        date=started.date().isoformat() if started else None,
        started=started,
        ended=numbers.ended,
        lang="nl" if lang == "nl" else "en",
        status=numbers.status.value,
        rehearsal=state.rehearsal is not None,
        protocol=state.protocol.id,
        protocol_title=state.protocol.title,
        facilitator=state.facilitator,
        group=seen.group if seen else None,
        present=present,
        guests=guests,
        absent=absent,
        cases=tuple(_case(state, case, live) for case in range(1, state.agenda.cases + 1)),
        phases=tuple(_phase(state, numbers, row.key, live) for row in state.agenda.phases),
        learning_points=tuple(_note(n) for n in live if n.kind == NoteKind.LEARNING_POINT),
        agreements=agreements,
        reviewed=tuple(
            ReviewOut(
                who=r.who,
                what=r.what,
                by=r.by,
                made=r.made,
                outcome=r.outcome.value,
                note=r.note,
                new_by=r.new_by,
            )
            for r in state.reviews
        ),
        next_meeting=next(
            (a for a in reversed(agreements) if a.group and _NEXT.search(a.what)), None
        ),
        # The group may have chosen to show only the means: then no member's scores leave the room.
        scores=()
        if state.means_only
        else tuple(
            ScoreOut(member=s.member, value=s.value, dimension=s.dimension) for s in state.scores
        ),
        score_dimensions=_dimensions(numbers, members=not state.means_only),
        speakers=tuple(
            SpeakerOut(name=s.name, seconds=s.seconds, share=s.share, over_seconds=s.over)
            for s in numbers.speakers
        ),
        time=TimeOut(
            planned_seconds=numbers.planned,
            actual_seconds=numbers.actual,
            paused_seconds=numbers.paused,
            interruptions=numbers.interruptions,
        ),
    )
    if audience is Audience.GROUP:
        return everything
    nothing: dict[str, object] = {
        "scores": (),
        "score_dimensions": (),
        "speakers": (),
        "time": None,
        "learning_points": (),
    }
    if audience is Audience.OWNER:
        cases = tuple(
            c.model_copy(update={"proposed": None, "swap_reason": None})
            for c in everything.cases
            if (c.owner or "").casefold() in owners
        )
        numbers_kept = {c.number for c in cases}
        phases = tuple(
            p.model_copy(update={"notes": tuple(n for n in p.notes if n.kind in _OWNER_KINDS)})
            for p in everything.phases
            if p.case in numbers_kept
        )
        return everything.model_copy(
            update={
                **nothing,
                "cases": cases,
                "phases": tuple(p for p in phases if p.notes),
                "agreements": tuple(a for a in agreements if a.who.casefold() in owners),
                "reviewed": tuple(r for r in everything.reviewed if r.who.casefold() in owners),
                "next_meeting": None,
            }
        )
    return everything.model_copy(
        update={
            **nothing,
            "cases": (),
            "phases": (),
            "learning_points": everything.learning_points,
        }
    )


def _members(rows: tuple[MemberScores, ...]) -> tuple[MemberScoresOut, ...]:
    return tuple(MemberScoresOut(name=m.name, values=m.values, mean=m.mean) for m in rows)


def _dimensions(numbers: Figures, *, members: bool = True) -> tuple[DimensionOut, ...]:
    scores = numbers.scores
    if not members:
        return tuple(d.model_copy(update={"members": ()}) for d in _dimensions(numbers))
    if scores.dimensions:
        return tuple(
            DimensionOut(
                dimension=d.id,
                title=d.title,
                members=_members(d.members),
                count=d.count,
                mean=d.mean,
            )
            for d in scores.dimensions
        )
    if not scores.count:
        return ()
    return (
        DimensionOut(
            dimension=None,
            title=None,
            members=_members(scores.members),
            count=scores.count,
            mean=scores.mean,
        ),
    )


def _note(note: Note) -> NoteOut:
    return NoteOut(kind=str(note.kind), speaker=note.speaker, text=note.text, at_seconds=note.t)


def _agreement(agreement: Agreement) -> AgreementOut:
    return AgreementOut(
        who=agreement.who,
        what=agreement.what,
        by=agreement.by,
        status="open",
        group=is_group(agreement.who),
    )


def _case(state: SessionState, case: int, live: list[Note]) -> CaseOut:
    keys = {row.key for row in state.agenda.phases if row.case == case}
    core = [n.text for n in live if n.kind == NoteKind.CORE_QUESTION and n.phase in keys]
    proposed, reason = state.owner_swaps.get(case, (None, None))
    return CaseOut(
        number=case,
        owner=state.owners.get(case),
        title=state.case_titles.get(case) or None,
        core_questions=tuple(core),
        proposed=proposed,
        swap_reason=reason,
    )


def _phase(state: SessionState, numbers: Figures, key: str, live: list[Note]) -> PhaseOut:
    row = next(r for r in state.agenda.phases if r.key == key)
    figure = numbers.phase(key)
    assert figure is not None
    return PhaseOut(
        key=key,
        title=row.phase.title,
        section=row.section.value,
        case=row.case,
        planned_seconds=figure.planned,
        extra_seconds=figure.extra,
        active_seconds=figure.active,
        overtime_seconds=figure.overtime,
        skipped=figure.skipped,
        reached=figure.reached,
        notes=tuple(_note(n) for n in live if n.phase == key),
    )


def export_doc(
    sessions: list[SessionOut], audience: Audience, *, lang: str, pseudonymised: bool
) -> ExportDoc:
    return ExportDoc(
        audience=audience.value,
        pseudonymised=pseudonymised,
        lang="nl" if lang == "nl" else "en",
        sessions=tuple(sessions),
    )


def texts(doc: ExportDoc) -> list[tuple[str, str]]:
    """Every text of ``doc`` with its place (``session 2026-12-01-x: phases[3].notes[0].text``):
    what the leak check searches before anything is written."""
    out: list[tuple[str, str]] = []
    for session in doc.sessions:
        _walk(session.model_dump(mode="json"), "", session.id, out)
    return out


def _walk(value: object, path: str, session: str, out: list[tuple[str, str]]) -> None:
    if isinstance(value, str):
        out.append((f"{session}: {path}", value))
    elif isinstance(value, dict):
        for key, item in value.items():
            _walk(item, f"{path}.{key}" if path else str(key), session, out)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            _walk(item, f"{path}[{index}]", session, out)
