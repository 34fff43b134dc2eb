"""Any sequence of commands keeps the state consistent, and the journal replays to the live state."""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from intervision.errors import UsageError
from intervision.session.engine import OwnerRequired, SessionEngine
from intervision.session.events import Kind
from tests.session.helpers import MEMBERS, Rig, replayed, rig

NAMES = [*MEMBERS, "Fenna", "Zoë"]

text = st.text(st.characters(codec="utf-8"), max_size=20)
advance = st.tuples(st.just("advance"), st.floats(min_value=0, max_value=900, allow_nan=False))
moves = st.tuples(st.sampled_from(["next"] * 4 + ["back", "skip", "pause", "undo", "interrupt"]))
command = st.one_of(  # a branch listed twice comes twice as often
    advance,
    advance,
    moves,
    moves,
    moves,
    st.tuples(st.just("note"), text, st.sampled_from([None, *NAMES])),
    st.tuples(st.just("end"), st.integers(min_value=0, max_value=9)),  # ends the session on 0 only
    st.tuples(st.just("extend"), st.sampled_from([-3, -0.5, 0, 1, 2.5, 200])),
    st.tuples(st.just("score"), st.sampled_from(NAMES), st.integers(min_value=-1, max_value=12)),
    st.tuples(
        st.just("agree"), st.sampled_from(["", *NAMES]), text, st.sampled_from([None, "", "Friday"])
    ),
)
scripts = st.lists(command, min_size=20, max_size=80)


def perform(r: Rig, step: tuple[Any, ...]) -> None:
    engine = r.engine
    name, *args = step
    if name == "advance":
        r.advance(args[0])
    elif name == "note":
        engine.note(args[0], speaker=args[1])
    elif name == "next":
        engine.next()
    elif name == "back":
        engine.back()
    elif name == "skip":
        engine.skip()
    elif name == "pause":
        engine.toggle_pause()
    elif name == "undo":
        engine.undo()
    elif name == "interrupt":
        engine.interrupt()
    elif name == "end" and args[0] == 0:
        engine.end()
    elif name == "extend":
        engine.extend(args[0])
    elif name == "score":
        engine.score(args[0], args[1])
    elif name == "agree":
        engine.agree(args[0], args[1], args[2])


def run(r: Rig, step: tuple[Any, ...], data: st.DataObject) -> None:
    try:
        perform(r, step)
    except OwnerRequired as needed:
        owner = data.draw(st.sampled_from(MEMBERS), label=f"owner of case {needed.case}")
        try:
            r.engine.choose_owner(needed.case, owner)
        except UsageError:  # this member already brings the other case
            other = next(m for m in MEMBERS if m not in r.state.owners.values())
            r.engine.choose_owner(needed.case, other)
        perform(r, step)
    except UsageError:
        pass


def check(r: Rig) -> None:
    state = r.state
    assert 0 <= state.phase_index < len(state.agenda.phases)
    order = state.turn_order
    if order:
        assert 0 <= state.turn_index < len(order)
        assert len(set(order)) == len(order)
        assert set(order) <= set(state.members)
    else:
        assert state.turn_index == 0
    assert state.paused_total >= 0
    assert all(record.active >= 0 for record in state.phases.values())
    assert all(seconds >= 0 for seconds in state.turn_time.values())
    assert all(seconds >= 0 for seconds in state.speaking.values())
    assert [e.seq for e in r.events] == list(range(1, len(r.events) + 1))
    assert all(a.t <= b.t for a, b in zip(r.events, r.events[1:], strict=False))
    toggles = [e.kind for e in r.events if e.kind in (Kind.PAUSED, Kind.RESUMED)]
    assert state.paused == (bool(toggles) and toggles[-1] is Kind.PAUSED)
    # every second since the rules were agreed went either to a phase or to a pause
    begun = next(e.t for e in r.events if e.kind is Kind.RULES_AGREED)
    counted = sum(record.active for record in state.phases.values()) + state.paused_total
    assert abs(counted - (state.last_t - begun)) < 1e-6
    for case in state.owners:
        assert 1 <= case <= state.agenda.cases


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(script=scripts, data=st.data())
def test_any_commands_keep_the_state_consistent_and_replayable(
    script: list[tuple[Any, ...]], data: st.DataObject
) -> None:
    r = rig()
    for step in script:
        before = r.engine.snapshot()
        run(r, step, data)
        after = r.engine.snapshot()
        if step[0] == "advance" and before.paused and after.paused:
            assert after.phase_left == before.phase_left  # no time accrues while paused
            assert after.turn_left == before.turn_left
        if step[0] == "advance" and before.ended:
            assert after.phase_left == before.phase_left  # nor after the end
        check(r)
    assert replayed(r.events) == r.state


@settings(max_examples=30, deadline=None)
@given(script=scripts, data=st.data(), cut=st.integers(min_value=1))
def test_resuming_from_any_point_of_the_journal_gives_the_same_state(
    script: list[tuple[Any, ...]], data: st.DataObject, cut: int
) -> None:
    r = rig()
    for step in script:
        run(r, step, data)
    events = r.events[: 1 + cut % len(r.events)]
    if replayed(events).ended:
        return
    resumed_events = list(events)
    resumed = SessionEngine.resume(resumed_events, clock=r.clock, sink=resumed_events.append)
    assert resumed_events[-1].kind is Kind.CONTINUED
    assert replayed(resumed_events) == resumed.state
