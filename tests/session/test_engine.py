"""The engine without any prompts: commands in, events out, on a fake clock."""

from __future__ import annotations

import math
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from intervision.errors import IntervisionError, UsageError
from intervision.i18n import LANGUAGES, t
from intervision.i18n.messages import MESSAGES
from intervision.session.engine import MAX_NOTE_CHARS, OwnerRequired, SessionEngine
from intervision.session.events import Kind
from intervision.session.state import fold
from tests.builders import make_protocol, phase
from tests.session.helpers import FACILITATOR, MEMBERS, demo_protocol, rig


@contextmanager
def refused(key: str) -> Iterator[None]:
    """The command raises a UsageError whose catalog key is ``key``, worded in both languages."""
    with pytest.raises(UsageError) as caught:
        yield
    assert caught.value.key == key
    assert set(MESSAGES[key]) >= set(LANGUAGES)
    for lang in LANGUAGES:
        assert t(key, lang=lang, **caught.value.fields)


# --- starting ---------------------------------------------------------------------------------


def test_start_writes_the_started_event_first() -> None:
    r = rig(begin=False)
    assert r.kinds() == ["started"]
    started = r.events[0]
    assert (started.seq, started.t) == (1, 0.0)
    assert started.data["members"] == MEMBERS
    assert started.data["facilitator"] == FACILITATOR
    assert started.data["cases"] == 2
    assert not r.state.begun


@pytest.mark.parametrize(
    ("members", "facilitator", "key"),
    [
        (["Anna"], "Fenna", "session.too_few_members"),
        (["Anna", "  ", ""], "Fenna", "session.too_few_members"),
        (["Anna", "Bram", "anna"], "Fenna", "session.duplicate_member"),
        (["Anna", "Bram"], "  ", "session.no_facilitator"),
    ],
)
def test_start_refuses_a_group_it_cannot_run(
    members: list[str], facilitator: str, key: str
) -> None:
    written: list[object] = []
    with refused(key):
        SessionEngine.start(
            demo_protocol(),
            members=members,
            facilitator=facilitator,
            clock=rig().clock,
            sink=written.append,
        )
    assert written == []


def test_start_strips_names() -> None:
    r = rig(members=[" Anna ", "Bram", ""])
    assert r.state.members == ["Anna", "Bram"]


def test_start_takes_cases_and_a_time_budget() -> None:
    r = rig(cases=1, minutes=30)
    assert r.state.agenda.cases == 1
    assert r.state.agenda.total == pytest.approx(30)


def test_agreeing_the_rules_starts_the_first_phase_clock() -> None:
    r = rig(begin=False)
    r.advance(120)  # reading the ground rules
    r.engine.agree_rules()
    r.engine.agree_rules()  # only once
    assert r.kinds() == ["started", "rules-agreed"]
    r.advance(30)
    assert r.engine.snapshot().phase_left == 4 * 60 - 30


def test_a_command_before_the_rules_agrees_them() -> None:
    r = rig(begin=False)
    r.engine.note("first")
    assert r.kinds() == ["started", "rules-agreed", "note"]


# --- turns and phases --------------------------------------------------------------------------


def test_round_all_includes_the_owner_and_round_leaves_them_out() -> None:
    r = rig()
    r.go_to("advice#1")
    assert r.state.owners[1] == "Bram"
    assert "Bram" not in r.state.turn_order
    assert sorted(r.state.turn_order) == ["Anna", "Cor", "Dirk"]
    r.go_to("learning")
    assert sorted(r.state.turn_order) == sorted(MEMBERS)


def test_the_first_speaker_moves_on_from_round_to_round() -> None:
    r = rig()
    firsts = {}
    for key in ("check-in", "advice#1", "advice#2", "learning", "evaluation"):
        r.go_to(key)
        firsts[key] = r.state.turn_order
    assert firsts == {
        "check-in": ["Anna", "Bram", "Cor", "Dirk"],
        "advice#1": [
            "Cor",
            "Dirk",
            "Anna",
        ],  # second round: starts one further, Bram (owner) left out
        "advice#2": ["Dirk", "Anna", "Bram"],  # third round, Cor owns case 2
        "learning": ["Dirk", "Anna", "Bram", "Cor"],
        "evaluation": ["Anna", "Bram", "Cor", "Dirk"],
    }


def test_next_walks_the_turns_then_the_phases() -> None:
    r = rig()
    seen = []
    for _ in range(4):
        seen.append((r.state.current.key, r.state.speaker))
        if r.state.turn_index == 3:
            r.engine.choose_owner(1, "Bram")
        r.engine.next()
    seen.append((r.state.current.key, r.state.speaker))
    assert seen == [
        ("check-in", "Anna"),
        ("check-in", "Bram"),
        ("check-in", "Cor"),
        ("check-in", "Dirk"),
        ("case#1", "Bram"),
    ]


def test_back_goes_to_the_previous_turn_and_into_the_last_turn_of_the_previous_phase() -> None:
    r = rig()
    r.go_to("case#1")
    r.engine.back()
    assert (r.state.current.key, r.state.turn_index, r.state.speaker) == ("check-in", 3, "Dirk")
    r.engine.back()
    assert (r.state.current.key, r.state.turn_index) == ("check-in", 2)
    r.go_to("learning")
    r.engine.back()
    assert (r.state.current.key, r.state.turn_index, r.state.speaker) == ("advice#2", 2, "Bram")


def test_back_at_the_very_start_is_refused() -> None:
    r = rig()
    with refused("session.at_start"):
        r.engine.back()


def test_a_phase_visited_again_keeps_its_turn_order_and_counts_the_visit() -> None:
    r = rig()
    r.go_to("advice#1")
    order = list(r.state.turn_order)
    r.go_to("case#2")
    r.engine.back()
    assert r.state.turn_order == order
    assert r.state.phases["advice#1"].visits == 2
    assert r.state.rounds_started == 2


def test_next_after_the_last_turn_of_the_last_phase_ends_the_session() -> None:
    r = rig()
    r.go_to("evaluation")
    for _ in range(4):
        r.engine.next()
    assert r.state.ended
    assert r.state.end_reason == "finished"


def test_skip_marks_the_phase_skipped_and_moves_to_the_next() -> None:
    r = rig()
    r.go_to("advice#1")
    r.engine.next()  # second turn: skip leaves the rest of the round
    r.engine.choose_owner(2, "Cor")
    r.engine.skip()
    assert r.state.current.key == "case#2"
    assert r.state.phases["advice#1"].skipped
    assert not r.state.phases["case#2"].skipped
    assert r.events[-1].data == {"phase": 4, "turn": 0, "skipped": True}


def test_skip_in_the_last_phase_ends_the_session() -> None:
    r = rig()
    r.go_to("evaluation")
    r.engine.skip()
    assert r.state.ended


# --- owners ------------------------------------------------------------------------------------


@pytest.mark.parametrize("move", ["next", "skip"])
def test_a_per_case_phase_needs_its_owner_first(move: str) -> None:
    r = rig()
    r.go_to("check-in")
    for _ in range(3):
        r.engine.next()
    count = len(r.events)
    with pytest.raises(OwnerRequired) as caught:
        getattr(r.engine, move)()
    assert caught.value.case == 1
    assert caught.value.key == "session.owner_required"
    assert len(r.events) == count  # nothing written, nothing moved
    assert r.state.current.key == "check-in"
    r.engine.choose_owner(1, "Bram", " Lastige ouder ")
    getattr(r.engine, move)()
    assert r.state.current.key == "case#1"
    assert r.state.owner == "Bram"
    assert r.state.case_titles == {1: "Lastige ouder"}


def test_the_owner_of_a_later_case_is_asked_for_when_that_case_starts() -> None:
    r = rig()
    r.go_to("advice#1")
    for _ in range(2):
        r.engine.next()
    with pytest.raises(OwnerRequired) as caught:
        r.engine.next()
    assert caught.value.case == 2


def test_choose_owner_accepts_any_spelling_of_a_member_and_no_title() -> None:
    r = rig()
    r.engine.choose_owner(1, "  bRAM ", "   ")
    assert r.events[-1].data == {"case": 1, "member": "Bram", "title": None}
    assert r.state.owners == {1: "Bram"}
    assert r.state.case_titles == {}


@pytest.mark.parametrize(
    ("case", "member", "key"),
    [
        (1, "Zoë", "session.unknown_member"),
        (0, "Anna", "session.bad_case"),
        (3, "Anna", "session.bad_case"),
        (2, "Bram", "session.owner_twice"),
    ],
)
def test_choose_owner_refuses(case: int, member: str, key: str) -> None:
    r = rig()
    r.engine.choose_owner(1, "Bram")
    with refused(key):
        r.engine.choose_owner(case, member)
    assert r.state.owners == {1: "Bram"}


def test_the_same_owner_twice_is_fine_when_there_are_more_cases_than_members() -> None:
    r = rig(members=["Anna", "Bram"], cases=3)
    r.engine.choose_owner(1, "Anna")
    r.engine.choose_owner(2, "Bram")
    r.engine.choose_owner(3, "Anna")
    assert r.state.owners == {1: "Anna", 2: "Bram", 3: "Anna"}


def test_the_owner_of_a_case_may_be_changed() -> None:
    r = rig()
    r.engine.choose_owner(1, "Bram")
    r.engine.choose_owner(1, "Anna")
    assert r.state.owners == {1: "Anna"}


# --- time ----------------------------------------------------------------------------------------


def test_time_left_counts_down_and_runs_into_overtime() -> None:
    r = rig()
    r.advance(40)
    snap = r.engine.snapshot()
    assert (snap.phase_left, snap.turn_left, snap.phase_allowed) == (200, 20, 240)
    assert not snap.turn_overtime
    r.advance(290)
    snap = r.engine.snapshot()
    assert snap.phase_left == 240 - 330
    assert snap.turn_left == 60 - 330
    assert snap.phase_overtime and snap.turn_overtime


def test_each_turn_has_its_own_slice() -> None:
    r = rig()
    r.advance(50)
    r.engine.next()
    r.advance(10)
    snap = r.engine.snapshot()
    assert snap.turn_left == 50
    assert snap.phase_left == 240 - 60
    assert r.state.turn_time == {"check-in/0": 50}


def test_pause_freezes_time_left_and_moves_the_deadline() -> None:
    r = rig()
    r.advance(30)
    r.engine.pause()
    frozen = r.engine.snapshot()
    assert frozen.paused
    r.advance(500)
    later = r.engine.snapshot()
    assert (later.phase_left, later.turn_left) == (frozen.phase_left, frozen.turn_left) == (210, 30)
    r.engine.resume_clock()
    r.advance(10)
    snap = r.engine.snapshot()
    assert (snap.phase_left, snap.turn_left) == (200, 20)
    assert r.state.paused_total == 500
    assert r.state.phases["check-in"].active == 30  # the last 10 s are not folded in yet


def test_pause_and_resume_are_refused_twice() -> None:
    r = rig()
    r.engine.pause()
    with refused("session.already_paused"):
        r.engine.pause()
    r.engine.resume_clock()
    with refused("session.not_paused"):
        r.engine.resume_clock()


def test_toggle_pause() -> None:
    r = rig()
    assert r.engine.toggle_pause() is True
    assert r.engine.toggle_pause() is False
    assert r.kinds()[-2:] == ["paused", "resumed"]


def test_moving_on_ends_a_pause() -> None:
    r = rig()
    r.engine.pause()
    r.engine.next()
    assert r.kinds()[-2:] == ["resumed", "moved"]
    assert not r.state.paused


def test_extend_adds_minutes_to_the_phase_and_the_current_turn() -> None:
    r = rig()
    r.engine.extend(2)
    snap = r.engine.snapshot()
    assert (snap.phase_left, snap.turn_left, snap.phase_allowed) == (360, 180, 360)
    r.engine.next()
    assert r.engine.snapshot().turn_left == 60  # the next speaker gets the normal slice
    r.engine.extend(-1.5)
    snap = r.engine.snapshot()
    assert (snap.phase_left, snap.turn_left) == (270, -30)


@pytest.mark.parametrize("minutes", [0, 121, -121, math.nan, math.inf])
def test_extend_refuses_nothing_too_much_and_not_a_number(minutes: float) -> None:
    r = rig()
    with refused("session.bad_extend"):
        r.engine.extend(minutes)
    assert r.kinds()[-1] == "rules-agreed"


def test_behind_and_ahead_of_the_plan() -> None:
    r = rig()
    r.advance(60)
    assert r.engine.snapshot().behind == 0  # on plan while the phase has time left
    r.advance(240)
    assert r.engine.snapshot().behind == 60  # one minute over the 4-minute check-in
    r.go_to("case#1")
    assert r.engine.snapshot().behind == 60  # case#1 was planned to start at 4:00
    r.advance(60)
    r.go_to("questions#1")  # left case#1 after one of its five minutes
    assert r.engine.snapshot().behind == 360 - 540


def test_a_pause_puts_the_session_behind_the_plan() -> None:
    r = rig()
    r.advance(60)
    r.engine.pause()
    r.advance(300)
    assert r.engine.snapshot().behind == 300


def test_session_left_counts_from_the_planned_total() -> None:
    r = rig()
    assert r.state.agenda.total == 59
    assert r.engine.snapshot().session_left == 59 * 60
    r.advance(600)
    assert r.engine.snapshot().session_left == 49 * 60
    r.advance(3000)
    assert r.engine.snapshot().session_left == -60


def test_time_before_the_rules_are_agreed_is_not_phase_time() -> None:
    r = rig(begin=False)
    r.advance(100)
    snap = r.engine.snapshot()
    assert not snap.begun
    assert snap.phase_left == 240
    assert snap.session_left == 59 * 60


# --- notes ---------------------------------------------------------------------------------------


def test_a_note_is_by_the_current_speaker() -> None:
    r = rig()
    r.engine.next()
    event = r.engine.note("  arrived late, tired  ")
    assert event.kind is Kind.NOTE
    assert event.data == {
        "phase": "check-in",
        "note_kind": "note",
        "speaker": "Bram",
        "text": "arrived late, tired",
    }
    assert r.state.notes[-1].speaker == "Bram"


def test_a_note_may_name_its_speaker() -> None:
    r = rig()
    assert r.engine.note("x", speaker="dirk").data["speaker"] == "Dirk"
    assert r.engine.note("y", speaker="fenna").data["speaker"] == FACILITATOR
    with refused("session.unknown_member"):
        r.engine.note("z", speaker="Zoë")


@pytest.mark.parametrize(
    ("key", "speaker"),
    [("case#1", "Bram"), ("questions#1", None), ("agreements", None), ("learning", "Dirk")],
)
def test_who_speaks_by_default(key: str, speaker: str | None) -> None:
    r = rig()
    r.go_to(key)
    assert r.engine.note("something").data["speaker"] == speaker


@pytest.mark.parametrize(
    ("key", "kind"),
    [
        ("check-in", "note"),  # captures []
        ("case#1", "note"),
        ("questions#1", "question"),
        ("advice#2", "advice"),
        ("learning", "learning-point"),
        ("agreements", "note"),
        ("evaluation", "note"),  # [scores, notes]
    ],
)
def test_a_note_gets_the_kind_the_phase_captures(key: str, kind: str) -> None:
    r = rig()
    r.go_to(key)
    event = r.engine.note("text")
    assert event.data["note_kind"] == kind
    assert event.data["phase"] == key
    assert r.engine.snapshot().note_kind == kind


def test_a_note_kind_may_be_given() -> None:
    r = rig()
    assert r.engine.note("x", kind="advice").data["note_kind"] == "advice"
    with refused("session.bad_note_kind"):
        r.engine.note("x", kind="gossip")


@pytest.mark.parametrize("text", ["", "   ", "\n\t"])
def test_an_empty_note_is_refused(text: str) -> None:
    r = rig()
    with refused("session.empty_note"):
        r.engine.note(text)


def test_a_note_too_long_is_refused() -> None:
    r = rig()
    r.engine.note("x" * MAX_NOTE_CHARS)
    with refused("session.note_too_long"):
        r.engine.note("x" * (MAX_NOTE_CHARS + 1))


def test_undo_takes_back_the_last_note_still_standing() -> None:
    r = rig()
    r.engine.note("one")
    r.engine.note("two")
    assert r.engine.undo() == "two"
    assert r.engine.undo() == "one"
    assert [(n.text, n.removed) for n in r.state.notes] == [("one", True), ("two", True)]
    with refused("session.nothing_to_undo"):
        r.engine.undo()
    assert r.events[-1].data == {"note": r.state.notes[0].seq}


# --- scores, agreements, the end ----------------------------------------------------------------


@pytest.mark.parametrize("value", [1, 7, 10])
def test_a_score_from_one_to_ten(value: int) -> None:
    r = rig()
    r.go_to("evaluation")
    r.engine.score("anna", value)
    score = r.state.scores[-1]
    assert (score.phase, score.member, score.value) == ("evaluation", "Anna", value)


@pytest.mark.parametrize("value", [0, 11, -3])
def test_a_score_outside_one_to_ten_is_refused(value: int) -> None:
    r = rig()
    with refused("session.bad_score"):
        r.engine.score("Anna", value)
    assert r.state.scores == []


def test_a_score_for_someone_not_here_is_refused() -> None:
    r = rig()
    with refused("session.unknown_member"):
        r.engine.score("Zoë", 8)


def test_an_agreement() -> None:
    r = rig()
    r.go_to("agreements")
    r.engine.agree(" Bram ", " call the school ", " Friday ")
    r.engine.agree("Group", "next date", "  ")
    agreements = [(a.phase, a.who, a.what, a.by) for a in r.state.agreements]
    assert agreements == [
        ("agreements", "Bram", "call the school", "Friday"),
        ("agreements", "Group", "next date", None),
    ]


@pytest.mark.parametrize(("who", "what"), [("", "x"), ("Anna", "  ")])
def test_an_agreement_needs_a_who_and_a_what(who: str, what: str) -> None:
    r = rig()
    with refused("session.bad_agreement"):
        r.engine.agree(who, what)


@pytest.mark.parametrize(("steps_left", "reason"), [(1, "ended-early"), (0, "finished")])
def test_end_on_the_very_last_speaker_is_no_early_end(steps_left: int, reason: str) -> None:
    r = rig()
    r.go_to("evaluation")
    for _ in range(len(r.state.turn_order) - 1 - steps_left):
        r.engine.next()
    assert r.state.is_last_step() == (steps_left == 0)
    r.engine.end()
    assert r.state.end_reason == reason and r.events[-1].data == {"reason": reason}


def test_end_early_stops_every_command() -> None:
    r = rig()
    r.engine.end()
    r.engine.end()
    assert r.kinds().count("ended") == 1
    assert r.state.end_reason == "ended-early"
    for command in (
        r.engine.next,
        r.engine.back,
        r.engine.skip,
        r.engine.pause,
        r.engine.undo,
        lambda: r.engine.note("x"),
        lambda: r.engine.extend(2),
        lambda: r.engine.score("Anna", 5),
        lambda: r.engine.agree("Anna", "x"),
    ):
        with refused("session.already_ended"):
            command()


def test_no_time_counts_after_the_end() -> None:
    r = rig()
    r.advance(10)
    r.engine.end()
    r.advance(100)
    snap = r.engine.snapshot()
    assert snap.ended
    assert snap.phase_left == 230


def test_interrupt_is_recorded_but_not_after_the_end() -> None:
    r = rig()
    r.engine.interrupt()
    assert r.state.interruptions == 1
    r.engine.end()
    r.engine.interrupt()
    assert r.kinds()[-2:] == ["interrupted", "ended"]


# --- events and resuming ---------------------------------------------------------------------------


def test_events_are_numbered_and_stamped_by_session_time() -> None:
    r = rig()
    r.advance(12.5)
    r.engine.note("x")
    r.advance(0.1)
    r.advance(0.2)
    r.engine.next()
    assert [e.seq for e in r.events] == list(range(1, len(r.events) + 1))
    assert [e.t for e in r.events] == [0.0, 0.0, 12.5, 12.8]
    assert r.state.seq == r.events[-1].seq


def test_a_refused_command_writes_nothing() -> None:
    r = rig()
    count = len(r.events)
    for command in (lambda: r.engine.note(""), r.engine.back, lambda: r.engine.score("Anna", 11)):
        with pytest.raises(UsageError):
            command()
    assert len(r.events) == count


def test_a_failing_sink_leaves_the_state_as_it_was() -> None:
    r = rig()

    def full(event: object) -> None:
        raise OSError(28, "No space left on device")

    r.engine.sink = full
    with pytest.raises(OSError):
        r.engine.note("lost")
    assert r.state.notes == []
    assert r.state.seq == 2


def test_resume_goes_on_from_the_journal() -> None:
    r = rig()
    r.advance(30)
    r.engine.note("before the crash")
    r.advance(999)  # never written: the crash came first
    clock = rig().clock
    events = list(r.events)
    resumed = SessionEngine.resume(events, clock=clock, sink=events.append, gap_seconds=3600.4)
    assert events[-1].kind is Kind.CONTINUED
    assert events[-1].data == {"gap_seconds": 3600.4}
    assert events[-1].t == 30
    assert resumed.state.gaps == [(30, 3600.4)]
    clock.advance(10)
    assert resumed.snapshot().phase_left == 200
    resumed.note("after")
    assert [n.text for n in fold(events).notes] == ["before the crash", "after"]


def test_an_ended_session_cannot_be_resumed() -> None:
    r = rig()
    r.engine.end()
    with pytest.raises(IntervisionError) as caught:
        SessionEngine.resume(r.events, clock=r.clock, sink=r.events.append)
    assert caught.value.key == "session.already_ended"


def test_member_named_knows_the_facilitator_too() -> None:
    r = rig()
    assert r.engine.member_named(" COR ") == "Cor"
    assert r.engine.member_named("fenna") == FACILITATOR
    assert r.engine.member_named("Zoë") is None


def test_a_protocol_without_cases_runs_from_opening_to_closing() -> None:
    protocol = make_protocol(
        per_case=[],
        opening=[phase("hello", "round-all", minutes=4)],
        closing=[phase("bye", "plenary")],
    )
    r = rig(protocol)
    for _ in range(5):
        r.engine.next()
    assert r.state.ended


def test_the_rules_cannot_open_a_case_phase_without_its_owner() -> None:
    from intervision.protocol.model import Protocol

    protocol = Protocol.model_validate(
        {**demo_protocol().model_dump(mode="json", exclude_none=True), "opening": [], "cases": 1}
    )
    r = rig(protocol, begin=False)
    with pytest.raises(OwnerRequired) as needed:
        r.engine.agree_rules()
    assert needed.value.case == 1
    assert not r.state.begun
    r.engine.choose_owner(1, "Bram")
    r.engine.agree_rules()
    assert r.state.begun and r.state.speaker == "Bram"


def test_the_heartbeat_journals_running_time_now_and_then() -> None:
    r = rig()
    r.engine.heartbeat()
    assert r.events[-1].kind is not Kind.TICK  # nothing to say yet
    r.advance(31)
    r.engine.heartbeat()
    assert r.events[-1].kind is Kind.TICK
    r.engine.pause()
    r.advance(60)
    r.engine.heartbeat()
    assert r.events[-1].kind is Kind.PAUSED  # a paused clock needs no heartbeat


def test_the_line_being_typed_is_journaled_when_it_changed() -> None:
    r = rig(begin=False)
    r.engine.draft("before the rules")
    assert not [e for e in r.events if e.kind is Kind.DRAFT]  # nothing is typed before the start
    r.engine.agree_rules()
    r.engine.draft("she said that")
    r.engine.draft("she said that")  # unchanged: no second line
    r.engine.pause()
    r.engine.draft("she said that it")  # typing goes on in a pause
    drafts = [e.data for e in r.events if e.kind is Kind.DRAFT]
    assert drafts == [{"text": "she said that"}, {"text": "she said that it"}]
    assert r.state.draft == "she said that it"
    assert fold(r.events).draft == "she said that it"
    assert fold(r.events).draft_seq == r.events[-1].seq
    r.engine.draft("")  # sent or erased
    assert fold(r.events).draft == ""


def test_an_orderly_stop_clears_the_draft_a_crash_keeps_it() -> None:
    r = rig()
    r.engine.draft("half a sen")
    crashed = list(r.events)
    r.engine.note("half a sen")  # Ctrl-C keeps it as a note ...
    r.engine.interrupt()  # ... and the stop is journaled
    assert fold(crashed).draft == "half a sen"
    assert fold(r.events).draft == ""


def test_a_new_owner_mid_round_leaves_the_round_and_the_old_owner_joins_it() -> None:
    r = rig()
    r.go_to("advice#1")
    order = list(r.state.turn_order)
    assert "Bram" not in order  # Bram owns case 1
    r.engine.next()  # the second speaker has the turn
    speaking = r.state.speaker
    newcomer = next(m for m in order if m != speaking)
    r.engine.choose_owner(1, newcomer)
    assert newcomer not in r.state.turn_order
    assert r.state.turn_order[-1] == "Bram"
    assert r.state.speaker == speaking  # whoever speaks keeps the turn
    assert fold(list(r.events)) == r.state  # and the journal replays to the same round


def test_undo_takes_back_the_last_record_of_any_kind() -> None:
    r = rig()
    r.engine.note("a note")
    r.engine.agree("Anna", "call the parent", "Friday")
    r.engine.score("Bram", 7)
    assert r.engine.undo() == "Bram: 7"
    assert r.state.scores == []
    assert r.engine.undo() == "Anna: call the parent"
    assert r.state.agreements == []
    assert r.engine.undo() == "a note"
    assert [n.removed for n in r.state.notes] == [True]
    assert fold(list(r.events)) == r.state


def test_a_pause_stops_the_speaker_and_phase_clocks_but_not_the_session_clock() -> None:
    """What the pause message promises: the fixed end of the session comes nearer all the same."""
    r = rig()
    r.engine.next()  # a speaker in turn
    before = r.engine.snapshot()
    r.engine.pause()
    r.clock.advance(60)
    during = r.engine.snapshot()
    assert during.phase_left == before.phase_left
    assert during.turn_left == before.turn_left
    assert during.session_left == pytest.approx(before.session_left - 60)
