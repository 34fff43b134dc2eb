"""Every bundled protocol runs start to finish through the engine on a fake clock."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest

from intervision.group.history import History
from intervision.group.rotation import propose_owners
from intervision.protocol.library import bundled_dir
from intervision.protocol.loader import load_protocol
from intervision.protocol.model import Capture, Protocol
from intervision.session.engine import OwnerRequired
from tests.session.helpers import replayed, rig

FILES = sorted(bundled_dir().glob("*/*.yaml"))
NAMES = [
    "Anna",
    "Bram",
    "Cor",
    "Dirk",
    "Eva",
    "Fatima",
    "Gert",
    "Hanna",
    "Ilse",
    "Joost",
    "Kees",
    "Lot",
]


def runs() -> list[Any]:
    """Each protocol with its own number of cases, and with two cases when it has case work."""
    params = []
    for path in FILES:
        protocol = load_protocol(path)
        label = f"{path.parent.name}/{path.stem}"
        params.append(pytest.param(path, None, id=label))
        if protocol.per_case and protocol.cases != 2:
            params.append(pytest.param(path, 2, id=f"{label}-2-cases"))
    return params


def group_size(protocol: Protocol, cases: int) -> int:
    """The protocol's ideal group, big enough for a different owner per case."""
    return max(protocol.group.ideal, cases, 2)


@pytest.mark.parametrize(("path", "cases"), runs())
def test_bundled_protocol_runs_to_the_end(path: Path, cases: int | None) -> None:
    protocol = load_protocol(path)
    n_cases = protocol.cases if cases is None else cases
    members = NAMES[: group_size(protocol, n_cases)]
    r = rig(protocol, members=members, cases=cases, begin=False)
    engine, state = r.engine, r.state
    if state.owner_needed(0) is not None:  # the method starts with the case: its owner comes first
        engine.choose_owner(1, members[0], "case 1")
    engine.agree_rules()

    expected: defaultdict[str, float] = defaultdict(float)
    last = len(state.agenda.phases) - 1
    step = 0
    while not state.ended:
        step += 1
        assert step < 500, "the session never ends"
        row = state.current
        captures = row.phase.captures
        first_turn = state.turn_index == 0
        if captures and first_turn:
            engine.note(f"note {step} in {row.key}")
        if Capture.SCORES in captures:
            engine.score(state.speaker or members[-1], 1 + step % 10)
        if (Capture.AGREEMENTS in captures or state.phase_index == last) and first_turn:
            engine.agree(state.owner or members[0], f"agreement {step}", "next time")
        if state.phase_index == last and first_turn:
            engine.score(members[0], 7)  # also where the protocol asks for no scores
        if step == 5:  # a pause somewhere: no time passes for the phase
            engine.pause()
            r.advance(300)
            engine.resume_clock()
        seconds = 20 + step % 7 * 9.5
        r.advance(seconds)
        expected[row.key] += seconds
        try:
            engine.next()
        except OwnerRequired as needed:
            taken = list(state.owners.values())
            owner = propose_owners(History(()), state.members, taken=taken)[0].name
            assert owner is not None
            engine.choose_owner(needed.case, owner, f"case {needed.case}")
            engine.next()

    assert state.end_reason == "finished"
    keys = [row.key for row in state.agenda.phases]
    assert all(state.phases[key].visits >= 1 for key in keys)
    assert {key: state.phases[key].active for key in keys} == pytest.approx(dict(expected))
    assert sum(record.active for record in state.phases.values()) == pytest.approx(
        sum(expected.values())
    )
    assert state.paused_total == 300
    assert len(state.owners) == n_cases
    if n_cases <= len(members):
        assert len(set(state.owners.values())) == n_cases
    assert state.notes
    assert state.scores
    assert state.agreements
    assert replayed(r.events) == state
