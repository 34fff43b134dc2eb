"""Events: every command becomes one, stamped by the session clock; the journal stores them as JSON."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from enum import Enum
from typing import Any


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
    INTERRUPTED = "interrupted"
    CONTINUED = "continued"
    TICK = "tick"  # a heartbeat while the clock runs: a crash loses at most that much time
    ENDED = "ended"


@dataclass(frozen=True)
class Event:
    seq: int
    t: float  # session seconds
    kind: Kind
    data: dict[str, Any] = field(default_factory=dict)
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
        if not isinstance(raw, dict):
            raise ValueError("an event is a JSON object")
        data = {k: v for k, v in raw.items() if k not in ("seq", "t", "wall", "kind")}
        t = float(raw["t"])
        if not math.isfinite(t) or t < 0:
            raise ValueError("an event's time is a finite number of seconds")
        return cls(int(raw["seq"]), t, Kind(raw["kind"]), data, str(raw.get("wall", "")))
