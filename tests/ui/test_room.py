"""Every line lands where the facilitator meant it, or the facilitator is asked: scripted stdin.

Names that are nobody present, agreements without a who, scores as people say them, the owner
speaking while listening, the questions a method counts, the cases just pitched, and the commands
that used to end in a traceback at the first question.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from typer.testing import CliRunner

from intervision.cli.app import build_app
from intervision.i18n import set_language
from intervision.protocol.library import resolve
from intervision.protocol.model import Protocol
from intervision.session.values import NoteKind
from intervision.ui.controller import Controller, Outcome
from intervision.ui.plain import PlainScreen, run_plain
from intervision.ui.prompts import Dismissed, EndOfInput, LinePrompts
from tests.session.helpers import Rig, demo_protocol, rig

MEMBERS = ["Anna", "Jan Willem", "Cor", "Dirk"]
DIMENSIONS = [{"id": "usefulness", "title": "nut"}, {"id": "safety", "title": "veiligheid"}]


def play(
    lines: list[str], protocol: Protocol | None = None, *, owner: str | None = "Cor"
) -> tuple[Outcome, Rig, str]:
    r = rig(protocol or demo_protocol(cases=1), members=MEMBERS, begin=False)
    out = io.StringIO()
    prompts = LinePrompts(io.StringIO("".join(f"{line}\n" for line in lines)), out)
    screen = PlainScreen(out)
    controller = Controller(r.engine, prompts, screen, lambda case, taken: owner)
    return run_plain(controller, prompts, screen), r, out.getvalue()


def at(phase: str, r: Rig) -> bool:
    return r.state.current.key == phase


# --- names -------------------------------------------------------------------------------------


def test_a_name_that_is_nobody_present_is_asked_about_and_never_the_speaker_s_note() -> None:
    _, r, out = play(["", "Zoltan: hallo", "", "Zoltan: hallo", "1"])
    assert "'Zoltan' is not present (present: Anna, Jan Willem, Cor, Dirk)" in out
    assert "not saved: Zoltan: hallo" in out
    # The second time the facilitator keeps it, as typed: still not in anyone's name.
    assert [(n.speaker, n.text) for n in r.state.notes] == [("Anna", "Zoltan: hallo")]


def test_a_first_name_suggests_the_member() -> None:
    _, r, out = play(["", "Jan: ik ben er", ""])
    assert "'Jan' is not present. Do you mean Jan Willem?" in out
    assert [(n.speaker, n.text) for n in r.state.notes] == [("Jan Willem", "ik ben er")]


# --- agreements --------------------------------------------------------------------------------


def _agreements_first() -> Protocol:
    return demo_protocol(
        cases=1,
        opening=[],
        per_case=[],
        closing=[
            {
                "id": "agreements",
                "title": "Agreements",
                "goal": "Agree.",
                "speakers": "plenary",
                "minutes": 5,
                "captures": ["agreements"],
            }
        ],
    )


@pytest.mark.parametrize(
    ("answer", "who"), [("5", "the whole group"), ("Dirk", "Dirk"), ("2", "Jan Willem")]
)
def test_an_agreement_without_a_who_asks_for_whom(answer: str, who: str) -> None:
    _, r, out = play(["", "the next meeting is on 15 January", answer], _agreements_first())
    assert "Whose agreement is 'the next meeting is on 15 January'?" in out
    assert [(a.who, a.what) for a in r.state.agreements] == [
        (who, "the next meeting is on 15 January")
    ]


def test_a_group_word_as_who_is_the_whole_group_and_a_stranger_is_asked_about() -> None:
    lines = ["", "iedereen: stukken lezen | maandag", "Teamleider: bellen", "1"]
    _, r, out = play(lines, _agreements_first())
    assert [(a.who, a.what, a.by) for a in r.state.agreements] == [
        ("the whole group", "stukken lezen", "maandag"),
        ("Teamleider", "bellen", None),  # chosen as typed: someone outside the group
    ]
    assert "'Teamleider' is not present. Whose agreement is this?" in out


# --- scores ------------------------------------------------------------------------------------


def _evaluation(dimensions: list[dict[str, str]] | None = None) -> Protocol:
    fields = {"score_dimensions": dimensions} if dimensions else {}
    return demo_protocol(
        cases=1,
        opening=[],
        per_case=[],
        closing=[
            {
                "id": "evaluation",
                "title": "Evaluation",
                "goal": "Score.",
                "speakers": "round-all",
                "minutes_per_member": 1,
                "captures": ["scores", "notes"],
            }
        ],
        **fields,
    )


def test_scores_as_people_say_them() -> None:
    lines = ["", "7,5", "", "9/10", "", "8 goed gesprek", "", "Dirk: 11", "6.5"]
    _, r, out = play(lines, _evaluation())
    assert [(s.member, s.value) for s in r.state.scores] == [
        ("Anna", 7.5),
        ("Jan Willem", 9),
        ("Cor", 8),
        ("Dirk", 6.5),  # 11 explained, then asked again
    ]
    assert [(n.speaker, n.text) for n in r.state.notes] == [("Cor", "goed gesprek")]
    assert "a score is from 1 to 10, half points allowed (7.5); 11 is not saved" in out
    assert "'8 goed gesprek': is 8 a score (and the rest a note)?" in out  # asked; Enter says yes


def test_a_number_that_begins_a_sentence_is_asked_about_and_no_keeps_the_whole_line() -> None:
    lines = ["", "2 dingen vond ik lastig: de tijd", "n", "8: goed gesprek"]
    _, r, out = play(lines, _evaluation())
    assert "is 2 a score (and the rest a note)?" in out
    assert [(s.member, s.value) for s in r.state.scores] == [("Anna", 8)]
    assert [(n.speaker, n.text) for n in r.state.notes] == [
        ("Anna", "2 dingen vond ik lastig: de tijd"),
        ("Anna", "goed gesprek"),
    ]
    assert "'8: goed gesprek': is" not in out  # a number with a colon is a score, not asked


def test_each_member_is_asked_per_dimension() -> None:
    lines = ["", "8", "7,5", "6", "", "veiligheid 9", "/score nut 7 Dirk"]
    _, r, out = play(lines, _evaluation(DIMENSIONS))
    assert [(s.member, s.dimension, s.value) for s in r.state.scores] == [
        ("Anna", "usefulness", 8),
        ("Anna", "safety", 7.5),
        ("Jan Willem", "safety", 9),
        ("Dirk", "usefulness", 7),
    ]
    assert "still from Anna: veiligheid" in out
    assert "Anna, score for nut: nut" in out  # asked as each turn begins
    assert "Jan Willem, score for nut" in out
    assert "Anna has given every score already (nut, veiligheid); not saved" in out


def test_a_number_where_no_scores_are_given_is_not_silently_a_note() -> None:
    lines = ["", "8", "", "8", "j"]  # asked: no (Enter), then yes
    _, r, out = play(lines)
    assert "'8' looks like a score, but this phase takes no scores" in out
    assert "Give a score with /score 8" in out
    assert [n.text for n in r.state.notes] == ["8"]
    assert r.state.scores == []


# --- the owner, the pitches, the questions ------------------------------------------------------


def test_the_owner_speaking_while_listening_is_their_own_remark_with_a_reminder() -> None:
    r = rig(demo_protocol(cases=1), members=MEMBERS)
    r.go_to("advice#1", owners=("Cor",))
    out = io.StringIO()
    prompts = LinePrompts(io.StringIO(""), out)
    controller = Controller(r.engine, prompts, PlainScreen(out), lambda case, taken: None)
    controller.handle_line("Cor: dat klopt niet")
    controller.handle_line("try a calm voice")
    assert [(n.speaker, n.kind) for n in r.state.notes] == [
        ("Cor", NoteKind.OWNER_REMARK),
        (r.state.speaker, NoteKind.ADVICE),
    ]
    assert "Kept as the owner's own remark, not as advice." in out.getvalue()
    assert "the moment of feedback belongs to the one who gives it" in out.getvalue()


def test_the_owner_s_line_in_the_questions_round_is_their_answer_not_a_question() -> None:
    r = rig(demo_protocol(cases=1), members=MEMBERS)
    r.go_to("questions#1", owners=("Cor",))
    out = io.StringIO()
    prompts = LinePrompts(io.StringIO(""), out)
    controller = Controller(r.engine, prompts, PlainScreen(out), lambda case, taken: None)
    controller.handle_line("Anna: were you alone?")
    controller.handle_line("Cor: yes, the whole evening")
    assert [(n.speaker, n.kind) for n in r.state.notes] == [
        ("Anna", NoteKind.QUESTION),
        ("Cor", NoteKind.REACTION),
    ]
    assert "+ reaction — Cor\n  Kept as the owner's answer, not as a question." in out.getvalue()


def test_the_questions_a_method_fixes_per_member_are_counted() -> None:
    protocol = resolve("roddelmethode", "en", None).load()
    r = rig(protocol, members=MEMBERS, begin=False)
    r.engine.choose_owner(1, "Cor")
    r.engine.agree_rules()
    r.engine.next()  # the questions round: three each
    out = io.StringIO()
    controller = Controller(
        r.engine, LinePrompts(io.StringIO(""), out), PlainScreen(out), lambda c, t: None
    )
    for question in ("one?", "two?", "three?", "four?"):
        controller.handle_line(f"Anna: {question}")
    text = out.getvalue()
    assert "Anna: question 1 of 3" in text and "Anna: question 2 of 3" in text
    assert "Anna has had all the questions (3 questions)." in text
    assert "Anna had had all the questions (the method gives 3 questions each" in text
    assert len(r.state.notes) == 4  # the fourth is kept all the same


def test_the_owner_question_lists_the_cases_just_pitched_and_prefills_the_title() -> None:
    protocol = demo_protocol(
        cases=1,
        opening=[
            {
                "id": "pitches",
                "title": "Pitches",
                "goal": "Pitch.",
                "speakers": "round-all",
                "minutes_per_member": 1,
                "captures": ["pitches"],
            }
        ],
    )
    lines = [
        "",
        "a parent who shouts",
        "",
        "Cor: a colleague who is late",
        "",
        "",
        "",
        "Jan Willem",
        "",
    ]
    _, r, out = play(lines, protocol, owner=None)
    assert "Anna — a parent who shouts" in out
    assert "Jan Willem — a colleague who is late" not in out  # Cor pitched in Jan Willem's turn
    assert "Cor — a colleague who is late" in out
    assert r.state.owners == {1: "Jan Willem"}
    assert r.state.case_titles == {}  # Jan Willem pitched nothing: no title to prefill

    _, r, out = play([*lines[:-2], "Cor", ""], protocol, owner=None)
    assert r.state.owners == {1: "Cor"}
    assert r.state.case_titles == {1: "a colleague who is late"}
    assert "[a colleague who is late]" in out

    _, r, out = play([*lines[:-2], "Cor", "Late again"], protocol, owner=None)
    assert r.state.case_titles == {1: "Late again"}  # typing replaces the suggestion


# --- commands at questions, scripts ------------------------------------------------------------


@pytest.mark.parametrize(
    "method",
    ["roddelmethode", "socratische-intervisie", "tienstappenmethode", "vijfstappenmethode"],
)
@pytest.mark.parametrize("where", ["owner", "title"])
def test_quit_at_the_first_question_of_a_method_that_starts_with_the_case(
    method: str, where: str
) -> None:
    set_language("nl")
    protocol = resolve(method, "nl", None).load()
    lines = ["", "/quit"] if where == "owner" else ["", "", "/quit"]
    outcome, r, out = play(lines, protocol)
    assert outcome is Outcome.QUIT
    assert not r.state.begun and r.state.owners == {}
    assert "Vraag afgebroken (/quit is een opdracht, geen antwoord)" in out


def test_text_at_the_ground_rules_agrees_and_is_the_first_line() -> None:
    _, r, out = play(["Anna is er niet vandaag", ""])
    assert r.state.begun
    assert "Your line counts as the first line of the session" in out
    assert [n.text for n in r.state.notes] == ["Anna is er niet vandaag"]


@pytest.mark.parametrize("answer", ["nee", "n", "no"])
def test_no_at_the_ground_rules_starts_nothing_yet(answer: str) -> None:
    _, r, out = play([answer])
    assert not r.state.begun
    assert "Talk the ground rules through" in out


def test_run_says_before_the_start_when_the_group_is_outside_the_method_s_range(
    tmp_path: Path,
) -> None:
    set_language("en")
    result = CliRunner().invoke(
        build_app(),
        [
            "run",
            "roddelmethode",
            "--lang",
            "en",
            "--members",
            "Anna,Bram",
            "--facilitator",
            "Fenna",
        ],
        input="/quit\n",
        env={"INTERVISION_HOME": str(tmp_path)},
    )
    assert "Note: this method is meant for 4–8 members; you are 2." in result.output
    assert result.output.index("you are 2") < result.output.index("ground rules")


class Escaping:
    """Prompts whose every question is left with Escape."""

    def ask(self, question: str, *, default: str | None = None) -> str:
        raise Dismissed

    def choose(self, question: str, choices: object, *, default: str | None = None) -> str:
        raise Dismissed

    def confirm(self, question: str, *, default: bool = True) -> bool:
        raise Dismissed

    def read_command(self) -> str:
        raise EndOfInput


def test_escape_leaves_owner_without_a_change() -> None:
    r = rig(demo_protocol(cases=1), members=MEMBERS)
    r.go_to("case#1", owners=("Cor",))
    out = io.StringIO()
    controller = Controller(r.engine, Escaping(), PlainScreen(out), lambda case, taken: "Anna")
    before = len(r.events)
    assert controller.handle_line("/owner") is Outcome.CONTINUE
    assert r.state.owners == {1: "Cor"}
    assert len(r.events) == before  # nothing journaled
    assert "Nothing changed." in out.getvalue()
