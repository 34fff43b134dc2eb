"""The controller in plain mode, driven line by line from a string, as a pipe or a script would."""

from __future__ import annotations

import io

import pytest

from intervision.protocol.model import Protocol
from intervision.session.events import Kind
from intervision.ui.controller import Controller, Outcome
from intervision.ui.plain import PlainScreen, run_plain
from intervision.ui.prompts import EndOfInput, LinePrompts
from tests.session.helpers import Rig, demo_protocol, rig


class Proposer:
    """Proposes an owner and remembers what it was asked."""

    def __init__(self, name: str | None) -> None:
        self.name = name
        self.asked: list[tuple[int, list[str]]] = []

    def __call__(self, case: int, taken: list[str]) -> str | None:
        self.asked.append((case, taken))
        return self.name


def session(
    lines: list[str],
    *,
    protocol: Protocol | None = None,
    proposal: str | None = "Cor",
    confirm: bool = False,
    hints: dict[int, str] | None = None,
) -> tuple[Outcome, Rig, str, Proposer]:
    r = rig(protocol or demo_protocol(cases=1), begin=False)
    stdin = io.StringIO("".join(line + "\n" for line in lines))
    out = io.StringIO()
    prompts = LinePrompts(stdin, out, echo_prompt=False)
    screen = PlainScreen(out)
    proposer = Proposer(proposal)
    controller = Controller(r.engine, prompts, screen, proposer)
    controller.title_hints = dict(hints or {})
    outcome = run_plain(controller, prompts, screen, confirm=confirm)
    return outcome, r, out.getvalue(), proposer


SCRIPT = [
    "",  # the ground rules are agreed
    "Anna: feeling fine",  # check-in: Anna, Bram, Cor, Dirk
    "",
    "",
    "",
    "",  # the first per-case phase starts: who brings the case?
    "Zed",  # not a member: asked again
    "",  # the proposal (Cor) is the default
    "Lastige ouder",
    "the story",  # case#1: Cor tells
    "/undo",
    "the story, told again",
    "/status",
    "/help",
    "",
    "Anna: what did you do?",  # questions#1
    "/bogus",
    "/extend abc",
    "/extend 2",
    "/pause",
    "/pause",
    "",
    "I would ask the team",  # advice#1: Bram first (second round), Cor left out
    "",
    "",
    "",  # learning: everyone in turn
    "",
    "",
    "",
    "",
    "Cor: call the school | Friday",  # agreements: a typed line is an agreement
    "call the parents",  # plenary: a line without a who is asked about, never the owner's silently
    "Cor",
    "/agree Dirk: send the article",
    "",
    "8",  # evaluation: a bare number is the speaker's score
    "Anna: 9",
    "/score Bram 7",
    "/score 11",  # out of range: explained and asked again; empty = no score
    "",
    "great session",
    "",
    "",
    "",
    "",
]


@pytest.fixture(scope="module")
def scripted() -> tuple[Outcome, Rig, str, Proposer]:
    return session(SCRIPT)


def test_a_scripted_session_runs_to_the_end(scripted: tuple[Outcome, Rig, str, Proposer]) -> None:
    outcome, r, _, _ = scripted
    assert outcome is Outcome.ENDED
    assert r.state.ended
    assert r.state.end_reason == "finished"
    assert all(r.state.phases[row.key].visits for row in r.state.agenda.phases)


def test_the_owner_is_asked_when_the_case_starts(
    scripted: tuple[Outcome, Rig, str, Proposer],
) -> None:
    _, r, out, proposer = scripted
    assert proposer.asked == [(1, [])]
    assert r.state.owners == {1: "Cor"}
    assert r.state.case_titles == {1: "Lastige ouder"}
    assert "Who brings case 1?" in out
    assert "  3. Cor *" in out
    assert "(Enter picks Cor)" in out
    assert "'Zed' is not in the list" in out
    assert out.count("Who brings case 1?") == 2
    assert "Cor brings case 1." in out


def test_notes_are_attributed(scripted: tuple[Outcome, Rig, str, Proposer]) -> None:
    _, r, out, _ = scripted
    notes = [(n.phase, n.kind, n.speaker, n.text, n.removed) for n in r.state.notes]
    assert notes == [
        ("check-in", "aside", "Anna", "feeling fine", False),  # check-in captures nothing
        ("case#1", "note", "Cor", "the story", True),
        ("case#1", "note", "Cor", "the story, told again", False),
        ("questions#1", "question", "Anna", "what did you do?", False),
        ("advice#1", "advice", "Bram", "I would ask the team", False),
        ("evaluation", "note", "Dirk", "great session", False),
    ]
    assert "Taken back: the story" in out


def test_agreements_and_scores(scripted: tuple[Outcome, Rig, str, Proposer]) -> None:
    _, r, out, _ = scripted
    assert [(a.who, a.what, a.by) for a in r.state.agreements] == [
        ("Cor", "call the school", "Friday"),
        ("Cor", "call the parents", None),
        ("Dirk", "send the article", None),
    ]
    evaluation = r.state.turn_orders["evaluation"]
    assert [(s.member, s.value) for s in r.state.scores] == [
        (evaluation[0], 8),
        ("Anna", 9),
        ("Bram", 7),
    ]
    assert "! a score is from 1 to 10, half points allowed (7.5); 11 is not saved" in out
    assert "Whose agreement is 'call the parents'?" in out
    assert "No score saved." in out


def test_commands_in_between(scripted: tuple[Outcome, Rig, str, Proposer]) -> None:
    _, r, out, _ = scripted
    assert "How it works:" in out
    assert "! " in out and "bogus" in out
    assert "/extend abc" in out
    assert "Phase extended by 2 min." in out
    assert r.state.phases["questions#1"].extra == 120
    kinds = [e.kind for e in r.events]
    assert kinds.count(Kind.PAUSED) == kinds.count(Kind.RESUMED) == 1
    assert "\x1b" not in out


def test_status_shows_the_whole_phase(scripted: tuple[Outcome, Rig, str, Proposer]) -> None:
    _, _, out, _ = scripted
    heading = "== Phase 2/7 · Case: Lastige ouder · Case =="
    assert out.count(heading) == 2  # on entering the phase, and for /status


def test_end_of_input_quits() -> None:
    outcome, r, _, _ = session(["", "a note", ""])
    assert outcome is Outcome.QUIT
    assert not r.state.ended
    assert [n.text for n in r.state.notes] == ["a note"]


def test_end_of_input_while_choosing_the_owner_quits() -> None:
    outcome, r, _, _ = session(["", "", "", "", ""])
    assert outcome is Outcome.QUIT
    assert r.state.owners == {}
    assert r.state.current.key == "check-in"


def test_empty_input_quits_before_the_rules() -> None:
    outcome, r, _, _ = session([])
    assert outcome is Outcome.QUIT
    assert not r.state.begun


def test_quit() -> None:
    outcome, r, _, _ = session(["", "/quit", "never read"])
    assert outcome is Outcome.QUIT
    assert r.state.notes == []


def test_a_script_that_ends_with_end_ends_the_session() -> None:
    outcome, r, out, _ = session(["", "a note", "/end"])
    assert outcome is Outcome.ENDED
    assert r.state.ended and r.state.end_reason == "ended-early"
    assert "End the session now" not in out  # a script cannot know to send a 'y'


@pytest.mark.parametrize(
    ("answer", "ended"),
    [
        ("y", True),
        ("ja", True),
        ("j", True),
        ("yes", True),
        ("", False),
        ("n", False),
        ("nee", False),
    ],
)
def test_end_asks_first_when_a_person_types(answer: str, ended: bool) -> None:
    outcome, r, _, _ = session(["", "/end", answer], confirm=True)
    assert r.state.ended is ended
    assert outcome is (Outcome.ENDED if ended else Outcome.QUIT)
    if ended:
        assert r.state.end_reason == "ended-early"


def test_an_unclear_yes_or_no_is_asked_again_and_reported_as_not_saved() -> None:
    _, r, out, _ = session(["", "/end", "maybe", "y"], confirm=True)
    assert "'maybe' is not yes or no (not saved); type y or n" in out
    assert r.state.ended
    assert r.state.notes == []


def test_a_refusal_is_one_line_and_the_session_goes_on() -> None:
    outcome, r, out, _ = session(["", "/back", "/undo", "still here"])
    assert "! this is the start of the session; there is no going further back" in out
    assert "! nothing has been written down yet to take back" in out
    assert [n.text for n in r.state.notes] == ["still here"]
    assert outcome is Outcome.QUIT


def test_without_a_proposal_the_owner_must_be_named() -> None:
    lines = ["", "", "", "", "", "", "2", ""]
    _, r, out, _ = session(lines, proposal=None)
    assert "Enter picks" not in out
    assert "Pick a number or type a name." in out and "'–'" not in out
    assert r.state.owners == {1: "Bram"}


def test_the_owner_may_be_changed_later() -> None:
    lines = ["", "", "", "", "", "Anna", "", "/owner", "", "new title"]
    _, r, _, proposer = session(lines)
    assert r.state.owners == {1: "Anna"}  # the current owner is the default when changing
    assert r.state.case_titles == {1: "new title"}
    assert proposer.asked == [(1, [])]


def test_a_score_without_a_number_asks_for_it() -> None:
    protocol = demo_protocol(cases=1)
    _, r, out, _ = session(["", "/score", "6"], protocol=protocol)
    assert [(s.member, s.value) for s in r.state.scores] == [("Anna", 6)]
    assert out


def test_a_score_answer_that_is_no_number_is_asked_again() -> None:
    _, r, out, _ = session(["", "/score", "abc", "11", "7"])
    assert "! a score is from 1 to 10 (half points allowed, such as 7.5), not abc" in out
    assert "! a score is from 1 to 10, half points allowed (7.5); 11 is not saved" in out
    assert [(s.member, s.value) for s in r.state.scores] == [("Anna", 7)]


def test_line_prompts_raise_end_of_input() -> None:
    prompts = LinePrompts(io.StringIO(""), io.StringIO())
    with pytest.raises(EndOfInput):
        prompts.read_command()


def test_line_prompts_echo_a_prompt_only_when_asked() -> None:
    out = io.StringIO()
    LinePrompts(io.StringIO("x\n"), out, echo_prompt=True).read_command()
    assert out.getvalue() == "> "
    out = io.StringIO()
    assert LinePrompts(io.StringIO("x\r\n"), out, echo_prompt=False).read_command() == "x"
    assert out.getvalue() == ""


def test_line_prompts_choose_by_number_or_name() -> None:
    prompts = LinePrompts(io.StringIO("2\nCOR\n0\n"), io.StringIO())
    choices = ["Anna", "Bram", "Cor"]
    assert prompts.choose("Who?", choices) == "Bram"
    assert prompts.choose("Who?", choices) == "Cor"
    with pytest.raises(EndOfInput):
        prompts.choose("Who?", choices)  # '0' is no choice; then the input ends


def test_line_prompts_ask_with_a_default() -> None:
    out = io.StringIO()
    prompts = LinePrompts(io.StringIO("\n  typed  \n"), out, echo_prompt=False)
    assert prompts.ask("Title?", default="old") == "old"
    assert prompts.ask("Title?", default="old") == "typed"
    assert "Title? [old]" in out.getvalue()


def test_a_method_that_starts_with_the_case_asks_for_the_owner_before_the_first_phase() -> None:
    protocol = Protocol.model_validate(
        {
            **demo_protocol().model_dump(mode="json", exclude_none=True),
            "opening": [],
            "cases": 1,
        }
    )
    _, r, out, proposer = session(["", "", "Een lastige ouder", "the story"], protocol=protocol)
    assert proposer.asked == [(1, [])]
    assert r.state.owners == {1: "Cor"}
    assert r.state.begun
    assert r.state.phase_index == 0 and r.state.speaker == "Cor"
    assert out.index("Who brings case 1?") < out.index("== Phase 1/")
    assert r.state.notes[-1].speaker == "Cor"


def test_a_line_in_agreement_form_is_an_agreement_where_agreements_are_not_first() -> None:
    base = demo_protocol(cases=1).model_dump(mode="json", exclude_none=True)
    base["opening"] = [
        {
            "id": "choice",
            "title": "Choice",
            "goal": "The owner chooses.",
            "speakers": "plenary",
            "minutes": 5,
            "captures": ["reaction", "agreements"],
        }
    ]
    protocol = Protocol.model_validate(base)
    _, r, _, _ = session(["", "I will call", "Bram: call the parent | Friday"], protocol=protocol)
    assert [(a.who, a.what, a.by) for a in r.state.agreements] == [
        ("Bram", "call the parent", "Friday")
    ]
    assert [(n.kind, n.text) for n in r.state.notes] == [("reaction", "I will call")]


def _one_phase_protocol() -> Protocol:
    base = demo_protocol(cases=1).model_dump(mode="json", exclude_none=True)
    base["per_case"] = []
    base["closing"] = []
    base["opening"] = [
        {"id": "only", "title": "Only", "goal": "One.", "speakers": "plenary", "minutes": 5}
    ]
    return Protocol.model_validate(base)


def test_a_stray_enter_on_the_last_step_asks_before_ending_when_interactive() -> None:
    lines = ["", "", "n", "note", "", "j"]  # rules; Enter on the last step: no; a note; Enter: yes
    outcome, r, out, _ = session(lines, protocol=_one_phase_protocol(), confirm=True)
    assert out.count("This was the last step.") == 2
    assert r.state.ended and outcome is Outcome.ENDED
    assert [n.text for n in r.state.notes] == ["note"]


def test_a_failed_write_keeps_the_session_and_gives_the_text_back() -> None:
    r = rig(demo_protocol(cases=1), begin=True)
    out = io.StringIO()
    prompts = LinePrompts(io.StringIO(""), out, echo_prompt=False)
    controller = Controller(r.engine, prompts, PlainScreen(out), Proposer("Cor"))

    def full(event: object) -> None:
        raise OSError(28, "No space left on device")

    r.engine.sink = full
    assert controller.handle_line("a note that must not vanish") is Outcome.CONTINUE
    assert "this text was NOT saved, copy it: a note that must not vanish" in out.getvalue()
    assert r.state.notes == []


def test_a_case_title_given_before_the_owner_is_the_default() -> None:
    lines = ["", "", "", "", "", "", ""]  # through the check-in, then the owner and title questions
    _, r, out, _ = session(lines, hints={1: "Angry parent"})
    assert "[Angry parent]" in out
    assert r.state.case_titles == {1: "Angry parent"}


def test_resume_only_resumes() -> None:
    _, r, out, _ = session(["", "/resume", "/pause", "/resume"])
    assert "the session is not paused" in out
    assert not r.state.paused
    assert [e.kind for e in r.events].count(Kind.RESUMED) == 1


def test_quit_at_the_ground_rules_starts_nothing() -> None:
    outcome, r, _, _ = session(["/quit"])
    assert outcome is Outcome.QUIT
    assert not r.state.begun
    assert Kind.RULES_AGREED not in [e.kind for e in r.events]


def test_a_negative_extension_is_called_shortening() -> None:
    _, r, out, _ = session(["", "/extend -2", "/extend 3"])
    assert "Phase shortened by 2 min." in out
    assert "Phase extended by 3 min." in out
    assert r.state.record(r.state.current.key).extra == 60.0


def test_a_command_typed_at_a_question_drops_the_question() -> None:
    # The first case phase asks for the owner; '/quit' there is a command, not a name.
    lines = ["", "", "", "", "", "", "/quit", "/status"]
    outcome, r, out, _ = session(lines)
    assert "Question dropped (/quit is a command, not an answer)" in out
    assert r.state.owners == {}
    assert outcome is Outcome.QUIT  # end of input after /status


def test_an_agreement_question_does_not_take_a_command_as_its_text() -> None:
    _, r, out, _ = session(["", "/agree", "Anna", "/owner"])
    assert "Question dropped (/owner is a command" in out
    assert r.state.agreements == []
