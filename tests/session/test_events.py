"""The wire form of events: one flat JSON object per event, checked against its kind's payload."""

from __future__ import annotations

import json
from typing import Any

import pytest

from intervision.session.events import PAYLOADS, Event, Kind
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
