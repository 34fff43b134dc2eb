"""Issue 8 §4: from the 10th session on one day the folder '-10' sorted before '-6' as text and the same
member was proposed twice. The proposal reads the sessions in the order they really started."""

from __future__ import annotations

import json
from pathlib import Path

from intervision.group.series import Series
from intervision.store.journal import JOURNAL
from tests.session.helpers import FACILITATOR, MEMBERS, rig


def test_sixteen_sessions_on_one_day_take_turns_without_repeating(tmp_path: Path) -> None:
    sessions = tmp_path / "sessions"
    owners = []
    for n in range(1, 17):
        proposal = Series(sessions).owner(MEMBERS, facilitator=FACILITATOR)
        assert proposal.name is not None
        owners.append(proposal.name)
        r = rig()
        r.engine.choose_owner(1, proposal.name)
        r.engine.end()
        folder = sessions / ("2026-11-23-demo" + (f"-{n}" if n > 1 else ""))
        folder.mkdir(parents=True)
        wall = f"2026-11-23T09:{n:02d}:00+01:00"
        lines = [json.dumps({**e.to_dict(), "wall": wall}) for e in r.events]
        (folder / JOURNAL).write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert owners == [MEMBERS[i % len(MEMBERS)] for i in range(16)]
