"""The wire form of events: one flat JSON object per event, checked against its kind's payload."""

from __future__ import annotations

import contextlib
import json
import math
from enum import Enum
from types import UnionType
from typing import Any, Union, get_args, get_origin, get_type_hints

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from intervision.session.events import PAYLOADS, Event, Kind, PayloadError
from intervision.session.values import EndReason
from tests.session.helpers import WALL, rig, through_json

# One event of every kind, every payload field filled in (optional ones too).
SAMPLES: dict[Kind, dict[str, Any]] = {
    Kind.STARTED: {
        "protocol": {"id": "x"},
        "members": ["A", "B"],
        "facilitator": "F",
        "cases": 1,
        "target_minutes": 90.5,
        "rehearsal": None,
        "owners": {"1": "A"},
    },
    Kind.RULES_AGREED: {},
    Kind.OWNER_CHOSEN: {
        "case": 1,
        "member": "A",
        "title": "A case",
        "proposed": "B",
        "reason": "A ruilt met B",
    },
    Kind.NOTE: {"phase": "x#1", "note_kind": "advice", "speaker": None, "text": "é 🙂"},
    Kind.NOTE_REMOVED: {"note": 4},
    Kind.MOVED: {"phase": 1, "turn": -1, "skipped": True},
    Kind.PAUSED: {},
    Kind.RESUMED: {},
    Kind.EXTENDED: {"minutes": -1.5},
    Kind.AGREEMENT: {"phase": "agreements", "who": "A", "what": "call", "by": None},
    Kind.SCORE: {"phase": "evaluation", "member": "B", "value": 8},
    Kind.REVIEWED: {
        "phase": "review",
        "ref": "2026-09-12-x#40",
        "who": "A",
        "what": "call",
        "outcome": "renewed",
        "by": "Friday",
        "made": "2026-09-12",
        "note": "half way",
        "new_by": "next month",
    },
    Kind.INTERRUPTED: {},
    Kind.CONTINUED: {"gap_seconds": 3600.4},
    Kind.TICK: {},
    Kind.DRAFT: {"text": "half a sen"},
    Kind.ENDED: {"reason": "ended-early"},
}


def test_every_kind_has_a_payload_and_a_sample() -> None:
    assert set(PAYLOADS) == set(Kind) == set(SAMPLES)


@pytest.mark.parametrize("kind", list(Kind), ids=lambda k: k.value)
def test_an_event_survives_the_journal(kind: Kind) -> None:
    event = Event(7, 12.5, kind, SAMPLES[kind], WALL)  # type: ignore[arg-type]
    assert through_json(event) == event
    assert set(event.to_dict()) == {"seq", "t", "wall", "kind", *SAMPLES[kind]}


@pytest.mark.parametrize("kind", list(Kind), ids=lambda k: k.value)
def test_every_required_field_is_required(kind: Kind) -> None:
    required = PAYLOADS[kind].__required_keys__
    for name in required:
        raw = {"seq": 1, "t": 0, "kind": kind.value, **SAMPLES[kind]}
        del raw[name]
        with pytest.raises(ValueError, match=name):
            Event.from_dict(raw)


def test_every_event_the_engine_writes_survives_the_journal() -> None:
    r = rig()
    r.engine.note("a")
    r.engine.extend(2)
    r.engine.choose_owner(1, "Bram", "Title")
    r.go_to("case#1")
    r.engine.pause()
    r.engine.undo()
    r.engine.agree("Bram", "try it", "Monday")
    r.engine.score("Dirk", 9)
    r.engine.skip()
    r.engine.back()
    r.engine.heartbeat(every=0)
    r.engine.interrupt()
    r.engine.end()
    assert [through_json(e) for e in r.events] == r.events
    assert len({e.kind for e in r.events}) >= 13


def test_an_end_reason_is_read_as_its_enum() -> None:
    raw = {"seq": 9, "t": 1, "kind": "ended", "reason": "finished"}
    assert Event.from_dict(raw).data == {"reason": EndReason.FINISHED}
    assert Event.from_dict(raw).data["reason"] is EndReason.FINISHED  # type: ignore[typeddict-item]


def test_an_event_is_one_flat_json_object() -> None:
    event = Event(3, 2.0, Kind.MOVED, {"phase": 1, "turn": 0, "skipped": True}, WALL)
    assert json.loads(json.dumps(event.to_dict())) == {
        "seq": 3,
        "t": 2.0,
        "wall": WALL,
        "kind": "moved",
        "phase": 1,
        "turn": 0,
        "skipped": True,
    }


def test_the_stamp_is_kept_to_the_millisecond() -> None:
    assert Event(1, 1.23456, Kind.TICK).to_dict()["t"] == 1.235


def test_an_unknown_kind_is_not_an_event() -> None:
    with pytest.raises(ValueError):
        Event.from_dict({"seq": 1, "t": 0, "kind": "teleported"})


def test_a_field_a_newer_version_added_is_kept() -> None:
    raw = {"seq": 1, "t": 0, "wall": "", "kind": "paused", "by_whom": "remote"}
    assert Event.from_dict(raw).to_dict() == raw


@pytest.mark.parametrize(
    ("kind", "field", "value"),
    [
        (Kind.NOTE, "speaker", 123),
        (Kind.NOTE, "text", None),
        (Kind.NOTE, "phase", 3),
        (Kind.MOVED, "phase", "3"),
        (Kind.MOVED, "turn", 1.5),
        (Kind.MOVED, "skipped", "yes"),
        (Kind.OWNER_CHOSEN, "case", True),
        (Kind.SCORE, "value", "7"),  # half points are numbers: 7.5 is a score, "7" is not
        (Kind.SCORE, "dimension", 3),
        (Kind.EXTENDED, "minutes", float("inf")),
        (Kind.EXTENDED, "minutes", 1e9),
        (Kind.CONTINUED, "gap_seconds", "long"),
        (Kind.STARTED, "members", ["A", 2]),
        (Kind.STARTED, "owners", {"1": 5}),
        (Kind.STARTED, "protocol", "incident"),
        (Kind.ENDED, "reason", "bored"),
    ],
)
def test_a_field_of_the_wrong_type_is_refused(kind: Kind, field: str, value: object) -> None:
    raw = {"seq": 1, "t": 0, "kind": kind.value, **SAMPLES[kind], field: value}
    with pytest.raises(ValueError):
        Event.from_dict(raw)


# --- the per-kind checks against the generic TypedDict walk they replace (for speed) -------------


_REFERENCE_SCALARS: dict[Any, Any] = {
    Any: lambda value: True,
    type(None): lambda value: value is None,
    bool: lambda value: isinstance(value, bool),
    int: lambda value: isinstance(value, int) and not isinstance(value, bool),
    float: lambda value: (
        isinstance(value, (int, float))
        and not isinstance(value, bool)
        and math.isfinite(value)
        and abs(value) <= 1e7
    ),
    str: lambda value: isinstance(value, str),
}


def _reference(value: Any, hint: Any) -> Any:
    """How a field was checked before the per-kind table: the TypedDict's hint walked per value."""
    origin = get_origin(hint)
    if origin in (Union, UnionType):
        for option in get_args(hint):
            with contextlib.suppress(ValueError):
                return _reference(value, option)
    elif isinstance(hint, type) and issubclass(hint, Enum):
        return hint(value)
    elif origin is list and isinstance(value, list):
        (item,) = get_args(hint)
        return [_reference(v, item) for v in value]
    elif origin is dict and isinstance(value, dict):
        key, item = get_args(hint)
        return {_reference(k, key): _reference(v, item) for k, v in value.items()}
    elif _REFERENCE_SCALARS.get(hint, lambda value: False)(value):
        return value
    raise ValueError(hint)


_WORDS = st.sampled_from(["", "x", "done", "renewed", "finished", "ended-early", "1"])
_SCALAR_VALUES = (
    st.none()
    | st.booleans()
    | st.integers(-(10**300), 10**300)
    | st.sampled_from([0, 7, -1, 10**7, 10**7 + 1])
    | st.floats(allow_nan=True, allow_infinity=True)
    | _WORDS
    | st.text(max_size=3)
)
_VALUES = _SCALAR_VALUES | st.recursive(
    _SCALAR_VALUES,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(_WORDS, inner, max_size=3),
    max_leaves=6,
)


@settings(max_examples=400, deadline=None)
@given(kind=st.sampled_from(list(Kind)), data=st.data())
def test_a_field_is_taken_or_refused_as_its_type_says(kind: Kind, data: st.DataObject) -> None:
    hints = get_type_hints(PAYLOADS[kind])
    if not hints:
        return
    name = data.draw(st.sampled_from(sorted(hints)))
    value = data.draw(_VALUES)
    raw = {"seq": 1, "t": 0, "kind": kind.value, **SAMPLES[kind], name: value}
    try:
        expected = _reference(value, hints[name])
    except ValueError:
        with pytest.raises(PayloadError) as refused:
            Event.from_dict(raw)
        assert (refused.value.field, refused.value.hint) == (name, hints[name])
        assert str(refused.value) == f"{kind.value}: {name} of a wrong type"
    else:
        read = Event.from_dict(raw).data
        assert read[name] == expected  # type: ignore[literal-required]
        assert type(read[name]) is type(expected)  # type: ignore[literal-required]


def test_a_missing_field_is_named_first_by_name() -> None:
    raw = {"seq": 1, "t": 0, "kind": "reviewed", "phase": "review", "who": "A"}
    with pytest.raises(PayloadError) as missing:
        Event.from_dict(raw)
    assert (missing.value.field, missing.value.hint) == ("outcome", None)
    assert str(missing.value) == "reviewed: outcome missing"
