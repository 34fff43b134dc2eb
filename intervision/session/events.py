"""Events: every command becomes one, stamped by the session clock; the journal stores them as JSON.

On the wire an event is one flat JSON object: ``seq``, ``t``, ``wall`` and ``kind`` beside the fields
of its payload. Each kind has a TypedDict naming those fields and their types; ``Event.from_dict``
checks a read line against it (a hand-edited or damaged line is refused there, before the fold), so
whoever reads ``event.data`` after a ``kind`` check may trust the fields it names.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum
from functools import cache
from types import UnionType
from typing import Any, TypedDict, Union, get_args, get_origin, get_type_hints

from intervision.session.review import Outcome
from intervision.session.values import EndReason


class Kind(str, Enum):
    STARTED = "started"
    RULES_AGREED = "rules-agreed"
    OWNER_CHOSEN = "owner-chosen"
    NOTE = "note"
    NOTE_REMOVED = "note-removed"
    MOVED = "moved"
    PAUSED = "paused"
    RESUMED = "resumed"
    EXTENDED = "extended"
    AGREEMENT = "agreement"
    SCORE = "score"
    REVIEWED = "reviewed"  # an agreement of an earlier session looked back on: done, dropped, …
    INTERRUPTED = "interrupted"
    CONTINUED = "continued"
    TICK = "tick"  # a heartbeat while the clock runs: a crash loses at most that much time
    DRAFT = "draft"  # the line being typed on the live screen, on a pause: a crash keeps it
    ENDED = "ended"


# --- payloads, one per kind (optional fields in a ``total=False`` class of their own) -------------


class NoData(TypedDict):
    """rules-agreed, paused, resumed, interrupted, tick."""


class _StartedFields(TypedDict):
    protocol: dict[str, Any]  # the protocol as validated, so a replay never depends on the library
    members: list[str]
    facilitator: str
    cases: int


class StartedData(_StartedFields, total=False):
    target_minutes: float | None
    rehearsal: float | None  # the speed of a rehearsal; None for a real session
    owners: dict[str, str]  # case number (as text) → owner, chosen before the start
    # A session of a group (intervision-group.yaml): its name, and who of the expected members was
    # not there (with a reason where one was given); guests take part but are not members.
    group: str
    absent: list[str]
    absent_reasons: dict[str, str]
    guests: list[str]
    # What the evaluation scores one by one (id, title, question), from the protocol or the group.
    dimensions: list[dict[str, str]]
    # The group chose that the minutes and copies show only the means of the scores, not each
    # member's (intervision-group.yaml: scores_shown: means). Written only when true.
    means_only: bool


class _OwnerChosenFields(TypedDict):
    case: int
    member: str


class OwnerChosenData(_OwnerChosenFields, total=False):
    title: str | None
    proposed: str | None  # whom the rotation proposed, when someone else was chosen
    reason: str | None  # why (a swap: "Anna ruilt met Bram")


class _NoteFields(TypedDict):
    phase: str  # agenda key: phase id, with '#case' for per-case phases
    note_kind: str  # a NoteKind value; an unknown one (a newer version's) is kept, never dropped
    text: str


class NoteData(_NoteFields, total=False):
    speaker: str | None


class NoteRemovedData(TypedDict):
    note: int  # the seq of the note, agreement or score taken back


class _MovedFields(TypedDict):
    phase: int  # index into the agenda
    turn: int  # -1: the last turn of that phase


class MovedData(_MovedFields, total=False):
    skipped: bool


class ExtendedData(TypedDict):
    minutes: float  # negative: shortened


class _AgreementFields(TypedDict):
    phase: str
    who: str
    what: str


class AgreementData(_AgreementFields, total=False):
    by: str | None


class _ScoreFields(TypedDict):
    phase: str
    member: str
    value: int | float  # 1 to 10, half points allowed


class ScoreData(_ScoreFields, total=False):
    dimension: str  # the id of a score dimension ('safety'), where the session has them


class _ReviewedFields(TypedDict):
    phase: str
    ref: str  # <session folder>#<seq> of the agreement looked back on
    who: str
    what: str
    outcome: Outcome


class ReviewedData(_ReviewedFields, total=False):
    by: str | None  # by when, as it stood
    made: str  # the date of the session that made it
    note: str | None
    new_by: str | None  # the new date of a renewal


class ContinuedData(TypedDict, total=False):
    gap_seconds: float  # wall-clock seconds the session was not running


class DraftData(TypedDict):
    text: str  # as typed so far; "" once it was sent or erased


class EndedData(TypedDict, total=False):
    reason: EndReason  # missing in a journal: finished


Payload = (
    NoData
    | StartedData
    | OwnerChosenData
    | NoteData
    | NoteRemovedData
    | MovedData
    | ExtendedData
    | AgreementData
    | ScoreData
    | ReviewedData
    | ContinuedData
    | DraftData
    | EndedData
)

PAYLOADS: dict[Kind, type[Any]] = {
    Kind.STARTED: StartedData,
    Kind.RULES_AGREED: NoData,
    Kind.OWNER_CHOSEN: OwnerChosenData,
    Kind.NOTE: NoteData,
    Kind.NOTE_REMOVED: NoteRemovedData,
    Kind.MOVED: MovedData,
    Kind.PAUSED: NoData,
    Kind.RESUMED: NoData,
    Kind.EXTENDED: ExtendedData,
    Kind.AGREEMENT: AgreementData,
    Kind.SCORE: ScoreData,
    Kind.REVIEWED: ReviewedData,
    Kind.INTERRUPTED: NoData,
    Kind.CONTINUED: ContinuedData,
    Kind.TICK: NoData,
    Kind.DRAFT: DraftData,
    Kind.ENDED: EndedData,
}

_ENVELOPE = ("seq", "t", "wall", "kind")
_KINDS = {kind.value: kind for kind in Kind}
MAX_NUMBER = 1e7  # larger numbers in a payload are damage: no session has that many minutes


class PayloadError(ValueError):
    """A payload field missing (``hint`` None) or not of the type ``hint``: the reader says which."""

    def __init__(self, kind: Kind, name: str, hint: Any) -> None:
        super().__init__(
            f"{kind.value}: {name} " + ("missing" if hint is None else "of a wrong type")
        )
        self.kind, self.field, self.hint = kind, name, hint


@dataclass(frozen=True)
class Event:
    seq: int
    t: float  # session seconds
    kind: Kind
    data: Payload = field(default_factory=lambda: NoData())
    wall: str = ""  # ISO wall-clock time, for people reading the journal and for gaps after a crash

    def to_dict(self) -> dict[str, Any]:
        return {
            "seq": self.seq,
            "t": round(self.t, 3),
            "wall": self.wall,
            "kind": self.kind.value,
            **self.data,
        }

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> Event:
        """The event of one journal line; ``ValueError`` (or ``KeyError``/``TypeError``) when the
        line is not one: no envelope, an unknown kind, or a payload field missing or of a wrong type.
        Fields the payload does not name (from a newer version) are kept as they are."""
        if not isinstance(raw, dict):
            raise ValueError("an event is a JSON object")
        try:  # (a number too large for a float, or an infinite seq: OverflowError)
            t, seq = float(raw["t"]), int(raw["seq"])
        except OverflowError:
            raise ValueError("an event's number and time are finite") from None
        if not math.isfinite(t) or t < 0:
            raise ValueError("an event's time is a finite number of seconds")
        kind = _KINDS.get(raw["kind"])  # (an unhashable kind: TypeError)
        if kind is None:
            raise ValueError(f"{raw['kind']!r} is not a kind of event")
        data = {k: v for k, v in raw.items() if k not in _ENVELOPE}
        required, checks = _table(kind)
        if not required <= data.keys():
            raise PayloadError(kind, min(required - data.keys()), None)
        for name, check, hint in checks:
            if name in data:
                try:
                    data[name] = check(data[name])
                except ValueError:
                    raise PayloadError(kind, name, hint) from None
        return cls(seq, t, kind, data, str(raw.get("wall", "")))  # type: ignore[arg-type]


# A field's checker: the value as its field's type (an enum from its text), else ValueError.
_Check = Callable[[Any], Any]


@cache
def _table(kind: Kind) -> tuple[frozenset[str], tuple[tuple[str, _Check, Any], ...]]:
    """A kind's required fields and, per field, its checker and type hint: worked out once per kind
    from the TypedDict, so reading a journal line costs plain ``isinstance`` calls."""
    payload = PAYLOADS[kind]
    hints = get_type_hints(payload)
    checks = tuple((name, _checker(hint), hint) for name, hint in hints.items())
    return frozenset(payload.__required_keys__), checks


def _number(value: Any) -> bool:
    return (
        isinstance(value, (int, float))
        and not isinstance(value, bool)
        and abs(value) <= MAX_NUMBER  # first: math.isfinite of a huge int raises OverflowError
        and math.isfinite(value)
    )


def _none(value: Any) -> Any:
    if value is None:
        return value
    raise ValueError("not None")


def _bool(value: Any) -> Any:
    if isinstance(value, bool):
        return value
    raise ValueError("not bool")


def _int(value: Any) -> Any:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    raise ValueError("not int")


def _float(value: Any) -> Any:
    if _number(value):
        return value
    raise ValueError("not float")


def _str(value: Any) -> Any:
    if isinstance(value, str):
        return value
    raise ValueError("not str")


def _any(value: Any) -> Any:
    return value


_SCALARS: dict[Any, _Check] = {
    Any: _any,
    type(None): _none,
    bool: _bool,
    int: _int,
    float: _float,
    str: _str,
}


def _checker(hint: Any) -> _Check:
    """The function that returns a value as the type ``hint`` names, or raises ValueError."""
    origin = get_origin(hint)
    if origin in (Union, UnionType):
        return _union(tuple(_checker(option) for option in get_args(hint)), hint)
    if isinstance(hint, type) and issubclass(hint, Enum):
        return hint
    if origin is list:
        return _list(_checker(get_args(hint)[0]), hint)
    if origin is dict:
        key, item = get_args(hint)
        return _dict(_checker(key), _checker(item), hint)
    check = _SCALARS.get(hint)
    if check is None:
        raise TypeError(f"no checker for the payload type {hint!r}")
    return check


def _wrong(hint: Any) -> ValueError:
    return ValueError(f"not {getattr(hint, '__name__', hint)}")


def _union(options: tuple[_Check, ...], hint: Any) -> _Check:
    def check(value: Any) -> Any:
        for option in options:  # the first that takes it, in the order the hint names them
            try:
                return option(value)
            except ValueError:
                pass
        raise _wrong(hint)

    return check


def _list(item: _Check, hint: Any) -> _Check:
    def check(value: Any) -> Any:
        if not isinstance(value, list):
            raise _wrong(hint)
        return [item(v) for v in value]

    return check


def _dict(key: _Check, item: _Check, hint: Any) -> _Check:
    def check(value: Any) -> Any:
        if not isinstance(value, dict):
            raise _wrong(hint)
        return {key(k): item(v) for k, v in value.items()}

    return check
