"""Small, valid protocols built inline, so tests do not depend on the bundled files."""

from __future__ import annotations

import copy
from typing import Any

import yaml

from intervision.protocol.model import Protocol


def phase(phase_id: str, speakers: str = "owner", **fields: Any) -> dict[str, Any]:
    """A phase; give ``minutes`` or ``minutes_per_member`` (5 minutes if neither)."""
    data: dict[str, Any] = {
        "id": phase_id,
        "title": phase_id.replace("-", " ").capitalize(),
        "goal": f"Why {phase_id}.",
        "speakers": speakers,
    }
    if "minutes" not in fields and "minutes_per_member" not in fields:
        data["minutes"] = 5
    data.update(fields)
    return data


def protocol_dict(
    *,
    opening: list[dict[str, Any]] | None = None,
    per_case: list[dict[str, Any]] | None = None,
    closing: list[dict[str, Any]] | None = None,
    **fields: Any,
) -> dict[str, Any]:
    """A valid protocol as plain data (one owner phase per case unless told otherwise)."""
    data: dict[str, Any] = {
        "id": "demo",
        "language": "en",
        "title": "Demo",
        "summary": "A method made up for a test.",
        "basis": "composed",
        "sources": [{"title": "A book", "author": "Someone", "year": 2001}],
        "group": {"min": 2, "max": 10, "ideal": 5},
        "opening": opening or [],
        "per_case": [phase("case")] if per_case is None else per_case,
        "closing": closing or [],
    }
    data.update(fields)
    return copy.deepcopy(data)


def make_protocol(**kwargs: Any) -> Protocol:
    return Protocol.model_validate(protocol_dict(**kwargs))


def to_yaml(data: dict[str, Any]) -> str:
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True)
