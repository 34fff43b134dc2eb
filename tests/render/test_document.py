"""The document tree of an export: what each audience may and may not see."""

from __future__ import annotations

import pytest

from intervision.render.document import Audience, session_doc
from intervision.session.figures import figures
from intervision.session.names import is_group
from intervision.session.state import SessionState
from intervision.session.values import NoteKind
from intervision.store import recording
from tests.render.named_series import write_series


@pytest.fixture(scope="module")
def states(tmp_path_factory: pytest.TempPathFactory) -> list[SessionState]:
    root = write_series(tmp_path_factory.mktemp("series"), 2)
    return [recording.read(f).state for f in sorted((root / "sessions").iterdir())]


def doc(state: SessionState, audience: Audience) -> object:
    return session_doc("s", state, figures(state), audience, "nl")


def test_the_group_gets_everything(states: list[SessionState]) -> None:
    state = states[1]
    out = session_doc("s", state, figures(state), Audience.GROUP, "nl")
    live = [n for n in state.notes if not n.removed]
    assert sum(len(p.notes) for p in out.phases) == len(live)
    assert [c.title for c in out.cases] == [state.case_titles[1]]
    assert len(out.scores) == len(state.scores) > 0 and out.time is not None
    assert out.speakers and out.reviewed and len(out.agreements) == len(state.agreements)


def test_the_owner_gets_their_case_with_who_said_what_and_nothing_else(
    states: list[SessionState],
) -> None:
    state = states[1]
    out = session_doc("s", state, figures(state), Audience.OWNER, "nl")
    owner = state.owners[1]
    case_keys = {row.key for row in state.agenda.phases if row.case is not None}
    said = [n for n in state.notes if n.phase in case_keys and n.kind != NoteKind.LEARNING_POINT]
    got = [n for p in out.phases for n in p.notes]
    assert len(got) == len(said) > 0
    assert {(n.speaker, n.text) for n in got} == {(n.speaker, n.text) for n in said}
    assert all(p.case == 1 for p in out.phases)
    assert out.cases[0].owner == owner and out.cases[0].core_questions
    assert all(a.who == owner for a in out.agreements)
    assert not out.scores and not out.speakers and out.time is None
    assert not out.learning_points and out.next_meeting is None
    elsewhere = [n for n in state.notes if n.phase not in case_keys]
    assert elsewhere and len(got) == len(state.notes) - len(elsewhere) - sum(
        1 for n in state.notes if n.phase in case_keys and n.kind == NoteKind.LEARNING_POINT
    )


def test_members_get_date_people_learning_points_agreements_and_next_meeting_no_case(
    states: list[SessionState],
) -> None:
    state = states[1]
    out = session_doc("s", state, figures(state), Audience.MEMBERS, "nl")
    learning = [n.text for n in state.notes if n.kind == NoteKind.LEARNING_POINT]
    assert [n.text for n in out.learning_points] == learning and learning
    assert out.date == "2025-01-13" and out.present and out.absent
    assert len(out.agreements) == len(state.agreements) and out.reviewed
    assert out.next_meeting is not None and out.next_meeting.group
    assert "volgende bijeenkomst" in out.next_meeting.what
    assert not out.cases and not out.phases
    assert not out.scores and not out.speakers and out.time is None
    dumped = out.model_dump_json()
    assert state.case_titles[1] not in dumped
    core = [n.text for n in state.notes if n.kind == NoteKind.CORE_QUESTION]
    assert core and all(c not in dumped or c in learning for c in core)


@pytest.mark.parametrize(
    ("who", "group"),
    [("groep", True), ("De  Hele Groep", True), ("the whole group", True), ("Anna", False)],
)
def test_a_group_agreement_is_told_by_its_who(who: str, group: bool) -> None:
    assert is_group(who) is group


def two_cases() -> SessionState:
    """Bram's case and Cor's case, a question and an advice in each, and an agreement each."""
    from tests.session.helpers import rig

    r = rig()
    r.go_to("questions#1")
    r.engine.note("Bram, hoe oud is het kind?", speaker="Anna")
    r.go_to("advice#1")
    r.engine.note("Neem contact op met school.", speaker="Dirk")
    r.go_to("questions#2")
    r.engine.note("Cor, wie is je leidinggevende?", speaker="Anna")
    r.go_to("agreements")
    r.engine.agree("Bram", "school bellen")
    r.engine.agree("Cor", "leidinggevende spreken")
    return r.state


def test_with_two_cases_each_owner_gets_only_their_own() -> None:
    state = two_cases()
    numbers = figures(state)
    both = session_doc("s", state, numbers, Audience.OWNER, "nl")
    assert [c.owner for c in both.cases] == ["Bram", "Cor"]
    bram = session_doc("s", state, numbers, Audience.OWNER, "nl", owner="bram")
    assert [c.owner for c in bram.cases] == ["Bram"]
    said = [n.text for p in bram.phases for n in p.notes]
    assert said == ["Bram, hoe oud is het kind?", "Neem contact op met school."]
    assert [a.who for a in bram.agreements] == ["Bram"]
    cor = session_doc("s", state, numbers, Audience.OWNER, "nl", owner="Cor")
    assert [n.text for p in cor.phases for n in p.notes] == ["Cor, wie is je leidinggevende?"]
