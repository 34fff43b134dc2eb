"""Summaries made by hand, so the group layer is tested without journals."""

from __future__ import annotations

from typing import Any

from intervision.store.index import Summary


def summary(
    day: str,
    members: list[str],
    *,
    owner: str | list[str] | None = None,
    facilitator: str = "Fenna",
    id: str | None = None,
    **fields: Any,
) -> Summary:
    owners = [owner] if isinstance(owner, str) else list(owner or [])
    data: dict[str, Any] = {
        "id": id or f"{day}-demo",
        "started": f"{day}T14:00:00+01:00",
        "protocol": "demo",
        "title": "Demo",
        "language": "en",
        "rehearsal": False,
        "ended": True,
        "last_wall": f"{day}T16:00:00+01:00",
        "members": members,
        "facilitator": facilitator,
        "owners": [[i + 1, o] for i, o in enumerate(owners)],
    }
    data.update(fields)
    return Summary.from_dict(data)
