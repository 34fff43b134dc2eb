"""Markdown minutes rendered from whole sessions driven with a fake clock."""

from __future__ import annotations

import datetime
import re
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from markdown_it.token import Token

from intervision.protocol.loader import load_protocol
from intervision.protocol.model import Protocol
from intervision.render.escape import lines, single_line
from intervision.render.minutes import render_minutes
from intervision.session.clock import FakeClock
from intervision.session.engine import OwnerRequired, SessionEngine
from intervision.session.events import Event, Kind
from intervision.session.state import SessionState, fold

ROOT = Path(__file__).resolve().parents[2]
WALL = "2025-03-14T19:30:00+01:00"
SAFE = MarkdownIt("commonmark", {"html": False}).enable("table")
HTML_ON = MarkdownIt("commonmark").enable("table")  # raw HTML allowed: escaping alone must stop it

# fmt: off
SMALL: dict[str, Any] = {
    "id": "small",
    "language": "en",
    "title": "Small method",
    "summary": "A short method for tests.",
    "basis": "suggested",
    "sources": [{"title": "Tests"}],
    "group": {"min": 2, "max": 8, "ideal": 3},
    "opening": [
        {"id": "check-in", "title": "Check-in", "goal": "Arrive.", "speakers": "round-all",
         "minutes_per_member": 1},
    ],
    "per_case": [
        {"id": "case", "title": "Case description", "goal": "Tell.", "speakers": "owner",
         "minutes": 5},
        {"id": "questions", "title": "Questions", "goal": "Ask.", "speakers": "q-and-a",
         "minutes": 4, "captures": ["questions"]},
        {"id": "core-question", "title": "Core question", "goal": "Focus.", "speakers": "owner",
         "minutes": 2, "captures": ["core-question"]},
        {"id": "advice", "title": "Advice", "goal": "Advise.", "speakers": "round",
         "minutes_per_member": 1, "captures": ["advice"]},
    ],
    "closing": [
        {"id": "learning", "title": "Learning points", "goal": "Learn.", "speakers": "round-all",
         "minutes_per_member": 1, "captures": ["learning-points"]},
        {"id": "agreements", "title": "Agreements", "goal": "Agree.", "speakers": "plenary",
         "minutes": 3, "captures": ["agreements"]},
        {"id": "evaluation", "title": "Evaluation", "goal": "Score.", "speakers": "round-all",
         "minutes_per_member": 1, "captures": ["scores", "notes"]},
    ],
}
# fmt: on
# Fewer phases, so that property tests parse short minutes.
TINY = {
    **SMALL,
    "id": "tiny",
    "per_case": [SMALL["per_case"][1]],
    "closing": [SMALL["closing"][1], SMALL["closing"][2]],
}


# --- driving sessions ---------------------------------------------------------------------------


class Run:
    """A session on a fake clock, with the events it wrote."""

    def __init__(
        self,
        protocol: Protocol | None = None,
        members: tuple[str, ...] = ("Anna", "Bea", "Cem"),
        **options: Any,
    ) -> None:
        self.clock = FakeClock()
        self.events: list[Event] = []
        self.engine = SessionEngine.start(
            protocol or Protocol.model_validate(SMALL),
            members=list(members),
            facilitator="Fien",
            clock=self.clock,
            sink=self.events.append,
            wall=lambda: WALL,
            **options,
        )

    @property
    def state(self) -> SessionState:
        return self.engine.state

    def wait(self, minutes: float) -> None:
        self.clock.advance(minutes * 60)

    def next(self, owner: str = "Anna", title: str = "A difficult talk") -> None:
        try:
            self.engine.next()
        except OwnerRequired as needed:
            self.engine.choose_owner(needed.case, owner, title)
            self.engine.next()

    def minutes(self, lang: str = "en", **options: Any) -> str:
        return render_minutes(self.state, lang=lang, **options)


def full_session() -> Run:
    """The small method from start to end, with overtime, an extension, a skip and a pause."""
    run = Run()
    e = run.engine
    e.agree_rules()
    run.wait(1)  # check-in: Anna, Bea, Cem — 3:30 of 3 min
    e.note("I'm here")
    run.next()
    run.wait(1)
    run.next()
    run.wait(1.5)
    run.next()
    run.wait(4)  # case description, owner Anna
    e.note("The situation at work")
    run.next()
    e.extend(2)  # questions: 5 of 4 + 2 min
    run.wait(5)
    e.note("How long has this been going on?", speaker="Bea")
    e.note("A question taken back", speaker="Cem")
    e.undo()
    e.note("What did you try?", speaker="Cem")
    run.next()
    run.wait(2)  # core question
    e.note("How do I talk to my manager?")
    run.next()
    run.wait(0.5)  # advice, skipped after half a minute
    e.skip()
    for point in ("Listen first", "Ask open questions", "Slow down"):  # learning points
        run.wait(1)
        e.note(point)
        run.next()
    e.pause()  # agreements
    run.wait(5)
    e.resume_clock()
    e.agree("Anna", "Talk to the manager", "next session")
    e.agree("Bea", "Send the article")
    run.wait(2)
    run.next()
    for member, value in (("Anna", 8), ("Bea", 7), ("Cem", 6), ("Anna", 9)):  # evaluation
        e.score(member, value)
    for _ in range(3):
        run.wait(1)
        run.next()
    assert run.state.ended
    return run


# --- reading minutes ----------------------------------------------------------------------------


def split(minutes: str) -> tuple[dict[str, Any], str]:
    """Front matter (parsed) and body."""
    assert minutes.startswith("---\n")
    end = minutes.index("\n---\n", 4)
    meta = yaml.safe_load(minutes[4:end])
    assert isinstance(meta, dict)
    return meta, minutes[end + 5 :]


@lru_cache(maxsize=16)
def parse(body: str, *, html: bool = False) -> list[Token]:
    """Tokens of ``body``, cached: a property test looks at the same minutes several times."""
    return (HTML_ON if html else SAFE).parse(body)


def text_of(tokens: list[Token]) -> str:
    out: list[str] = []
    for token in tokens:
        if token.type == "inline":
            out.append(text_of(token.children or []))
        elif token.type in ("text", "code_inline"):
            out.append(token.content)
        elif token.type in ("softbreak", "hardbreak"):
            out.append("\n")
    return "".join(out)


def headings(body: str) -> list[tuple[str, str]]:
    tokens = parse(body)
    return [
        (token.tag, text_of([tokens[i + 1]]))
        for i, token in enumerate(tokens)
        if token.type == "heading_open"
    ]


def _title(heading: str) -> str:
    """A phase heading without what makes it unique: 'Agreements (closing)' is 'Agreements'."""
    return _CONTEXT.sub("", heading)


_CONTEXT = re.compile(r" \((?:opening|closing|case(?: \d+)?|afsluiting|casus(?: \d+)?)\)$")


def blocks_after(body: str, heading: str, tag: str) -> list[Token]:
    """The block tokens between the first ``tag`` heading with this text and the next heading."""
    tokens = parse(body)
    start = next(
        i
        for i, t in enumerate(tokens)
        if t.type == "heading_open" and t.tag == tag and text_of([tokens[i + 1]]) == heading
    )
    rest = tokens[start + 3 :]
    end = next((i for i, t in enumerate(rest) if t.type == "heading_open"), len(rest))
    return rest[:end]


def paragraph(body: str, heading: str, tag: str = "h3") -> str:
    return text_of([t for t in blocks_after(body, heading, tag) if t.type == "inline"][:1])


def items(body: str, heading: str, tag: str = "h3") -> list[str]:
    tokens = blocks_after(body, heading, tag)
    return [text_of([tokens[i + 2]]) for i, t in enumerate(tokens) if t.type == "list_item_open"]


def table(body: str, heading: str, tag: str = "h2") -> list[list[str]]:
    rows: list[list[str]] = []
    for token in blocks_after(body, heading, tag):
        if token.type == "tr_open":
            rows.append([])
        elif token.type == "inline" and rows:
            rows[-1].append(text_of([token]))
        elif token.type == "table_close":
            break
    return rows


def skeleton(body: str) -> list[tuple[str, str, int]]:
    """The block structure: what a note may never change."""
    return [(t.type, t.tag, t.level) for t in parse(body) if t.type != "inline"]


def all_tokens(body: str, *, html: bool) -> list[Token]:
    out: list[Token] = []
    for token in parse(body, html=html):
        out.append(token)
        out.extend(token.children or [])
    return out


def assert_harmless(body: str) -> None:
    for html in (False, True):
        for token in all_tokens(body, html=html):
            assert token.type not in ("html_inline", "html_block", "link_open", "image"), token
            assert "javascript:" not in str(token.attrGet("href") or "")


# --- front matter -------------------------------------------------------------------------------


def test_front_matter_fields() -> None:
    meta, _ = split(full_session().minutes())
    assert list(meta) == [
        "title", "date", "started", "ended", "author", "lang", "tags", "draft", "published",
        "publish", "protocol", "protocol_title", "facilitator", "members", "owners", "case_titles",
        "cases", "planned_minutes", "actual_minutes", "pause_minutes", "rehearsal", "confidential",
        "status",
    ]  # fmt: skip
    assert meta["title"] == "Intervision minutes 2025-03-14"
    assert meta["date"] == datetime.date(2025, 3, 14)
    plus_one = datetime.timezone(datetime.timedelta(hours=1))
    assert meta["started"] == datetime.datetime(2025, 3, 14, 19, 30, tzinfo=plus_one)
    assert meta["ended"] == meta["started"]  # the test's wall clock stands still
    assert meta["author"] == "Fien"
    assert meta["tags"] == ["intervision", "small"]
    assert (meta["draft"], meta["published"], meta["publish"]) == (True, False, False)
    assert meta["owners"] == ["Anna"] and meta["case_titles"] == ["A difficult talk"]
    assert meta["lang"] == "en"
    assert (meta["protocol"], meta["protocol_title"]) == ("small", "Small method")
    assert meta["facilitator"] == "Fien"
    assert meta["members"] == ["Anna", "Bea", "Cem"]
    assert meta["cases"] == [{"case": 1, "owner": "Anna", "title": "A difficult talk"}]
    assert meta["planned_minutes"] == 25
    assert meta["actual_minutes"] == 23  # 3.5 + 4 + 5 + 2 + 0.5 + 3 + 2 + 3, the pause left out
    assert meta["pause_minutes"] == 5
    assert meta["rehearsal"] is False
    assert meta["confidential"] is True
    assert meta["status"] == "finished"


def test_title_is_given_and_risky_values_are_quoted() -> None:
    run = Run(members=("no", "Ömer", "2025-01-01"))
    meta, body = split(run.minutes(title="Team A: session #3"))
    assert meta["title"] == "Team A: session #3"
    assert meta["members"] == ["no", "Ömer", "2025-01-01"]
    assert "h1" not in {tag for tag, _ in headings(body)}  # the title is the front matter's


def test_rehearsal_is_flagged() -> None:
    run = Run(rehearsal=30.0)
    meta, body = split(run.minutes())
    assert meta["rehearsal"] is True
    assert "This is a rehearsal (30× faster)" in text_of(parse(body))


# --- phases -------------------------------------------------------------------------------------


def test_planned_and_actual_per_phase() -> None:
    _, body = split(full_session().minutes())
    assert paragraph(body, "Check-in") == (
        "Planned 3 min · actual 3:30 min · 0:30 min over time · speakers over their time: Cem 0:30"
    )
    assert paragraph(body, "Case description") == "Planned 5 min · actual 4 min"
    assert paragraph(body, "Questions") == "Planned 4 min · actual 5 min · extended by 2 min"
    assert paragraph(body, "Advice") == "Skipped · planned 2 min · actual 0:30 min"
    assert paragraph(body, "Agreements (closing)") == "Planned 3 min · actual 2 min"


def test_overtime_is_bold() -> None:
    assert "**0:30 min over time**" in full_session().minutes()


def test_phases_grouped_by_opening_case_and_closing() -> None:
    _, body = split(full_session().minutes())
    assert headings(body)[:10] == [
        ("h2", "Opening"),
        ("h3", "Check-in"),
        ("h2", "Case: A difficult talk (case owner: Anna)"),
        ("h3", "Case description"),
        ("h3", "Questions"),
        ("h3", "Core question (case)"),  # the section 'Core question' comes later
        ("h3", "Advice"),
        ("h2", "Closing"),
        ("h3", "Learning points (closing)"),
        ("h3", "Agreements (closing)"),
    ]
    names = [text.casefold() for _, text in headings(body)]
    assert len(names) == len(set(names))


def test_notes_in_order_with_speaker_and_kind_and_without_removed_ones() -> None:
    minutes = full_session().minutes()
    _, body = split(minutes)
    assert items(body, "Check-in") == ["Anna (note): I'm here"]
    assert items(body, "Questions") == [
        "Bea (question): How long has this been going on?",
        "Cem (question): What did you try?",
    ]
    assert items(body, "Core question (case)")[0] == (
        "Anna (core question): How do I talk to my manager?"
    )
    assert "taken back" not in minutes


def test_core_question_and_learning_points_have_their_own_sections() -> None:
    _, body = split(full_session().minutes())
    names = [text for _, text in headings(body)]
    assert names.count("Core question") == 1  # the section; the phase is 'Core question (case)'
    start = names.index("Core question")
    assert names[start:] == [
        "Core question", "Learning points", "Agreements", "Evaluation", "Speaking time", "Time",
    ]  # fmt: skip
    tokens = SAFE.parse(body)
    sections = [i for i, t in enumerate(tokens) if t.type == "heading_open" and t.tag == "h2"]
    core = text_of(tokens[sections[-6] : sections[-5]])
    assert core.endswith("Anna: How do I talk to my manager?")
    learning = text_of(tokens[sections[-5] : sections[-4]])
    # The third round starts with the third member: turns rotate from round to round.
    assert learning == "Learning points" + "Cem: Listen first" + "Anna: Ask open questions" + (
        "Bea: Slow down"
    )


def test_phases_not_reached_and_running_phase_with_now() -> None:
    run = Run()
    run.engine.agree_rules()
    run.wait(1)
    run.next()
    run.wait(2.5)  # Bea's turn, not yet recorded by any event
    minutes = run.minutes(now=run.engine.clock.now())
    meta, body = split(minutes)
    assert meta["status"] == "running"
    assert meta["actual_minutes"] == 3.5
    assert paragraph(body, "Check-in") == (
        "Still running · planned 3 min · so far 3:30 min · 0:30 min over time"
        " · speakers over their time: Bea 1:30"
    )
    assert paragraph(body, "Case description") == "Not reached · planned 5 min"
    assert "The session has not finished yet; this is where it stood after 3:30 min" in minutes
    assert table(body, "Speaking time")[1:] == [
        ["Anna", "1:00", "29%", "–"],
        ["Bea", "2:30", "71%", "1:30"],
        ["Cem", "0:00", "0%", "–"],
    ]
    without_now = run.minutes()
    assert "The session has not finished yet." in without_now
    assert split(without_now)[0]["actual_minutes"] == 1


def test_ended_early_marks_the_rest_not_reached() -> None:
    run = Run()
    run.engine.agree_rules()
    run.wait(2)
    run.engine.end()
    meta, body = split(run.minutes())
    assert meta["status"] == "ended-early"  # what the body says
    assert "The session was ended early." in text_of(parse(body))
    assert paragraph(body, "Evaluation (closing)") == "Not reached · planned 3 min"


def test_end_on_the_last_speaker_is_finished_in_front_matter_and_body() -> None:
    run = Run()
    run.engine.agree_rules()
    while not run.state.is_last_step():
        run.wait(1)
        run.next()
    run.engine.end()  # '/end' on the very last speaker
    meta, body = split(run.minutes())
    assert meta["status"] == "finished"
    assert "ended early" not in body


def test_a_skipped_phase_with_notes_says_both() -> None:
    run = Run()
    run.engine.agree_rules()
    for _ in range(3):
        run.next()
    run.engine.skip()  # case description skipped
    run.engine.back()
    run.engine.note("Said anyway")
    run.engine.next()
    _, body = split(run.minutes())
    line = paragraph(body, "Case description")
    assert line.startswith("Skipped, with 1 note · planned 5 min")
    assert items(body, "Case description") == ["Anna (note): Said anyway"]
    _, dutch = split(run.minutes("nl"))
    assert "Overgeslagen, met 1 notitie" in dutch


def test_tables_have_spaced_delimiter_rows() -> None:
    minutes = full_session().minutes()
    delimiters = [line for line in minutes.splitlines() if line.startswith("|") and "---" in line]
    assert delimiters and all(line.startswith("| --- |") for line in delimiters)


def test_two_cases_each_with_owner_title_and_core_question() -> None:
    run = Run(cases=2)
    e = run.engine
    e.agree_rules()
    owners = iter([("Anna", "Conflict"), ("Bea", "Workload")])
    while not run.state.ended:
        run.wait(1)
        if run.state.note_kind == "core-question":
            e.note(f"Core question of {run.state.owner}")
        try:
            e.next()
        except OwnerRequired as needed:
            owner, title = next(owners)
            e.choose_owner(needed.case, owner, title)
            e.next()
    meta, body = split(run.minutes())
    assert meta["cases"] == [
        {"case": 1, "owner": "Anna", "title": "Conflict"},
        {"case": 2, "owner": "Bea", "title": "Workload"},
    ]
    h2 = [text for tag, text in headings(body) if tag == "h2"]
    assert h2[1:3] == ["Case 1: Conflict (case owner: Anna)", "Case 2: Workload (case owner: Bea)"]
    assert items(body, "Core questions", "h2") == [
        "Case 1, Anna: Core question of Anna",
        "Case 2, Bea: Core question of Bea",
    ]


def test_facilitator_speaking_time_comes_after_the_members() -> None:
    intro = {"id": "intro", "title": "Introduction", "goal": "Explain.", "speakers": "facilitator"}
    protocol = Protocol.model_validate(
        {**SMALL, "opening": [{**intro, "minutes": 2}, *SMALL["opening"]]}
    )
    run = Run(protocol)
    run.engine.agree_rules()
    run.wait(2)
    run.engine.note("Welcome")
    run.next()
    run.wait(2)
    run.engine.end()
    _, body = split(run.minutes())
    assert items(body, "Introduction") == ["Fien (note): Welcome"]
    assert table(body, "Speaking time")[1:] == [
        ["Anna", "2:00", "50%", "1:00"],
        ["Bea", "0:00", "0%", "–"],
        ["Cem", "0:00", "0%", "–"],
        ["Fien", "2:00", "50%", "–"],
    ]


def test_notes_of_an_unknown_phase_are_kept() -> None:
    events = list(_base_events())
    stray = {"phase": "gone#3", "note_kind": "mystery", "speaker": None, "text": "kept *anyway*"}
    events.insert(-1, Event(999, 1.0, Kind.NOTE, stray))
    _, body = split(render_minutes(fold(events), lang="en"))
    assert items(body, "Other notes", "h2") == ["Mystery: kept *anyway*"]


# --- tables -------------------------------------------------------------------------------------


def test_agreements_table() -> None:
    _, body = split(full_session().minutes())
    assert table(body, "Agreements")[-3:] == [
        ["Who", "What", "By when"],
        ["Anna", "Talk to the manager", "next session"],
        ["Bea", "Send the article", "–"],
    ]


def test_scores_per_member_with_means() -> None:
    run = full_session()
    _, body = split(run.minutes())
    assert table(body, "Evaluation")[-4:] == [
        ["Member", "Scores", "Mean"],
        ["Anna", "8 / 9", "8.5"],
        ["Bea", "7", "7"],
        ["Cem", "6", "6"],
    ]
    # The mean of the members' means, (8.5 + 7 + 6) / 3, not of the four scores (7.5).
    assert "Group mean: 7.2 (4 scores; the mean of each member's own mean)." in body
    _, dutch = split(run.minutes("nl"))
    assert table(dutch, "Evaluatie")[-4][0:3] == ["Deelnemer", "Cijfers", "Gemiddelde"]
    assert table(dutch, "Evaluatie")[-3] == ["Anna", "8 / 9", "8,5"]
    assert "Gemiddelde van de groep: 7,2 (4 cijfers;" in dutch


def _at(run: Run, phase: str) -> None:
    while run.state.current.key != phase:
        run.next()


def test_a_table_per_score_dimension_with_half_points() -> None:
    dims = [{"id": "usefulness", "title": "nut"}, {"id": "safety", "title": "veiligheid"}]
    run = Run(Protocol.model_validate({**SMALL, "score_dimensions": dims}))
    run.engine.agree_rules()
    _at(run, "evaluation")
    run.engine.score("Anna", 7.5, "usefulness")
    run.engine.score("Anna", 9, "safety")
    run.engine.score("Bea", 6, "usefulness")
    _, dutch = split(run.minutes("nl"))
    assert "### Nut" in dutch and "### Veiligheid" in dutch
    useful = dutch[dutch.index("### Nut") : dutch.index("### Veiligheid")]
    assert "| Anna | 7,5 | 7,5 |" in useful and "| Bea | 6 | 6 |" in useful
    assert "Gemiddelde van de groep: 6,8 (2 cijfers;" in useful  # (7.5 + 6) / 2 = 6.75
    safe = dutch[dutch.index("### Veiligheid") :]
    assert "| Anna | 9 | 9 |" in safe and "Bea" not in safe.split("##")[0]


def test_a_group_that_shows_means_only_gets_no_member_scores_anywhere() -> None:
    from intervision.render.document import Audience, session_doc
    from intervision.session.events import Event
    from intervision.session.figures import figures
    from intervision.session.state import fold

    dims = [{"id": "usefulness", "title": "nut"}, {"id": "safety", "title": "veiligheid"}]
    run = Run(Protocol.model_validate({**SMALL, "score_dimensions": dims}), means_only=True)
    run.engine.agree_rules()
    _at(run, "evaluation")
    run.engine.score("Anna", 7.5, "usefulness")
    run.engine.score("Bea", 6, "usefulness")
    run.engine.score("Cem", 9, "safety")
    assert run.events[0].data["means_only"] is True
    replayed = fold([Event.from_dict(e.to_dict()) for e in run.events])
    assert replayed.means_only
    _, dutch = split(run.minutes("nl"))
    evaluation = dutch[dutch.index("## Evaluatie") :].split("\n## ")[0]
    assert "Gemiddelde van de groep: 6,8 (2 cijfers;" in evaluation
    assert "| Anna |" not in evaluation and "7,5" not in evaluation
    doc = session_doc("s", run.state, figures(run.state), Audience.GROUP, "nl")
    assert doc.scores == ()
    assert [d.members for d in doc.score_dimensions] == [(), ()]
    assert [d.mean for d in doc.score_dimensions] == [6.75, 9.0]


def test_without_the_choice_no_means_only_mark_is_written() -> None:
    run = Run()
    assert "means_only" not in run.events[0].data
    assert not run.state.means_only


def test_the_owner_s_own_remark_and_a_loose_note_are_named_as_such() -> None:
    run = Run()
    run.engine.agree_rules()
    run.engine.note("hello all")  # check-in captures notes: a plain note
    _at(run, "advice#1")
    run.engine.note("that is not what happened", speaker="Anna", kind="owner-remark")
    _, body = split(run.minutes())
    assert "- **Anna** (the case owner's own remark): that is not what happened" in body
    assert "(advice): that is not" not in body


def test_a_core_question_typed_again_is_the_final_one_and_the_first_an_earlier_version() -> None:
    run = Run()
    run.engine.agree_rules()
    _at(run, "core-question#1")
    run.engine.note("How do I stay calm?")
    run.next()
    run.engine.back()  # back into the core question, and typed again
    run.engine.note("How do I stay calm when a parent shouts?")
    _, body = split(run.minutes())
    section = body[body.index("\n## Core question\n") + 1 :].split("\n## ")[0]
    assert "- **Anna:** How do I stay calm when a parent shouts? *(final)*" in section
    assert "  - *earlier version:* How do I stay calm?" in section
    assert "## Core questions" not in body  # one case, one question: no competing ones


def test_speaking_time_table() -> None:
    run = full_session()
    _, body = split(run.minutes())
    rows = table(body, "Speaking time")
    assert rows[0] == ["Member", "Speaking time (m:ss)", "Share", "Over time (m:ss)"]
    assert [row[0] for row in rows[1:]] == ["Anna", "Bea", "Cem"]
    anna = 1 + 4 + 2 + 1 + 1  # check-in, case, core question, learning, evaluation
    assert rows[1][1] == f"{anna}:00"
    assert sum(int(row[2].rstrip("%")) for row in rows[1:]) in (99, 100, 101)


def test_members_who_never_spoke_show_zero() -> None:
    run = Run(members=("Anna", "Bea", "Cem", "Dirk"))
    run.engine.agree_rules()
    run.wait(2)
    run.engine.end()
    _, body = split(run.minutes())
    assert table(body, "Speaking time")[1:] == [
        ["Anna", "2:00", "100%", "1:00"],
        ["Bea", "0:00", "0%", "–"],
        ["Cem", "0:00", "0%", "–"],
        ["Dirk", "0:00", "0%", "–"],
    ]


# --- languages ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", ["Opening", "Closing", "Core question", "Learning points", "Agreements",
                "Evaluation", "Speaking time", "Time"]),
        ("nl", ["Opening", "Afsluiting", "Kernvraag", "Leerpunten", "Afspraken", "Evaluatie",
                "Spreektijd", "Tijd"]),
    ],
)  # fmt: skip
def test_headings_in_the_session_language(lang: str, expected: list[str]) -> None:
    meta, body = split(full_session().minutes(lang))
    assert meta["lang"] == lang
    h2 = [text for tag, text in headings(body) if tag == "h2"]
    assert [h for h in h2 if not h.startswith(("Case", "Casus"))] == expected
    confidential = {"en": "Confidential: what", "nl": "Vertrouwelijk: wat"}[lang]
    assert confidential in body


def test_bundled_dutch_protocol_whole_session() -> None:
    protocol = load_protocol(ROOT / "protocols" / "nl" / "begeleide-intervisie.yaml")
    run = Run(protocol, members=("Anna", "Bea", "Cem", "Dirk"))
    run.engine.agree_rules()
    while not run.state.ended:
        run.wait(1)
        if run.state.note_kind == "core-question":
            run.engine.note("Hoe kan ik rust brengen in het team?")
        if run.state.current.phase.id == "agreements":
            run.engine.agree("Anna", "Gesprek plannen", "1 april")
        run.next(title="Onrust in het team")
    meta, body = split(run.minutes("nl"))
    assert meta["protocol"] == "begeleide-intervisie"
    assert meta["protocol_title"] == "Begeleide intervisie (basisbijeenkomst)"
    assert meta["cases"] == [{"case": 1, "owner": "Anna", "title": "Onrust in het team"}]
    assert meta["planned_minutes"] == run.state.agenda.total
    titles = [_title(text) for tag, text in headings(body) if tag == "h3"]
    assert titles == [row.phase.title for row in run.state.agenda.phases]
    assert "Casus: Onrust in het team (casusinbrenger: Anna)" in [t for _, t in headings(body)]
    assert items(body, "Kernvraag", "h2") == ["Anna: Hoe kan ik rust brengen in het team?"]
    assert table(body, "Afspraken")[-1] == ["Anna", "Gesprek plannen", "1 april"]
    assert paragraph(body, "Inchecken").startswith("Gepland 6 min · werkelijk 4 min")


def test_bundled_english_protocol_renders_in_english() -> None:
    protocol = load_protocol(ROOT / "protocols" / "en" / "begeleide-intervisie.yaml")
    run = Run(protocol)
    run.engine.agree_rules()
    while not run.state.ended:
        run.wait(2)
        run.next()
    _, body = split(run.minutes("en"))
    assert [_title(text) for tag, text in headings(body) if tag == "h3"] == [
        row.phase.title for row in run.state.agenda.phases
    ]
    assert_harmless(body)


# --- interruptions ------------------------------------------------------------------------------


def test_gap_and_interruption_after_resume() -> None:
    run = Run()
    run.engine.agree_rules()
    run.wait(2)
    run.engine.interrupt()
    meta, body = split(run.minutes())
    assert meta["status"] == "interrupted"
    assert "The session was interrupted and has not been finished." in body
    events = list(run.events)
    clock = FakeClock(1000)
    engine = SessionEngine.resume(
        events, clock=clock, sink=events.append, wall=lambda: WALL, gap_seconds=720
    )
    engine.pause()
    clock.advance(90)
    engine.resume_clock()
    engine.end()
    meta, body = split(render_minutes(engine.state, lang="en"))
    assert meta["status"] == "ended-early"
    assert items(body, "Time", "h2") == [
        "Planned: 25 min; actual (without pauses): 2 min.",
        "Pauses: 1:30 min in total.",
        "The tool was not running for 12 min (after 2:00 of session time); "
        "that time is left out of the session's time.",
        "The session was interrupted once.",
    ]
    _, dutch = split(render_minutes(engine.state, lang="nl"))
    assert items(dutch, "Tijd", "h2")[2] == (
        "Het programma stond 12 min stil (na 2:00 sessietijd); die tijd telt niet mee in de sessietijd."
    )
    assert items(dutch, "Tijd", "h2")[3] == "De sessie is 1 keer onderbroken."


def test_long_gap_in_hours() -> None:
    run = Run()
    run.engine.agree_rules()
    run.wait(1)
    events = list(run.events)
    engine = SessionEngine.resume(events, clock=FakeClock(), sink=events.append, gap_seconds=8100)
    assert "not running for 2 h 15 min" in render_minutes(engine.state, lang="en")
    assert "stond 2 uur 15 min stil" in render_minutes(engine.state, lang="nl")


# --- hostile text -------------------------------------------------------------------------------

HOSTILE = [
    "# kop",
    "<script>alert(1)</script>",
    "| a | b |\n|---|---|\n| c | d |",
    "---",
    "text\n---",
    "text\n===",
    "[x](javascript:alert(1))",
    "<javascript:alert(1)>",
    "`code` ```fence``` ~~~",
    "```\nfenced\n```",
    "1. list\n2) more",
    "> quote",
    "- item\n* item\n+ item",
    "    indented code",
    "[ref]: javascript:alert(1)",
    "<div onclick=x>\n\nblock\n</div>",
    "&lt;b&gt; &#x3C;script&#x3E;",
    "\x1b[31mred\x1b[0m \x1b]0;title\x07 \x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\",
    "nul\x00 bell\x07 back\x08 del\x7f c1\x85 vt\x0b ff\x0c cr\r end",
    "end with backslash \\",
    "trailing spaces   \nnext",
    "---\nfront: matter\n---",
    "...",
    "title: x\nconfidential: false",
    "emoji 👩🏽\u200d💻 🇳🇱 and RTL שלום עולם مرحبا بالعالم",
    "\u202eevil override\u202c",
]


def run_with(
    note: str = "x", who: str = "Anna", what: str = "y", by: str = "z", title: str = "t"
) -> str:
    """Minutes of a fixed finished session with one note, agreement and case title put in.

    The events go around the engine, which would strip or refuse some texts: the renderer must cope
    with anything a journal can hold.
    """
    base = _base_events()
    events = list(base[:-1])
    owner = _owner_index(events)
    events[owner] = _with(events[owner], title=title)
    seq = len(events) + 100
    note_data = {"phase": "check-in", "note_kind": "note", "speaker": "Anna", "text": note}
    agreement = {"phase": "agreements", "who": who, "what": what, "by": by}
    events.append(Event(seq, 1.0, Kind.NOTE, note_data))
    events.append(Event(seq + 1, 1.0, Kind.AGREEMENT, agreement))
    events.append(base[-1])
    return render_minutes(fold(events), lang="en")


@lru_cache(maxsize=1)
def _base_events() -> list[Event]:
    """A short finished session with a note, a score and an agreement of its own."""
    run = Run(Protocol.model_validate(TINY))
    run.engine.agree_rules()
    run.wait(1)
    run.engine.note("I'm here")
    for _ in range(3):
        run.next()
    run.wait(2)
    run.next()
    run.engine.agree("Bea", "Read the article", "Friday")
    run.next()
    run.engine.score("Cem", 7)
    while not run.state.ended:
        run.wait(1)
        run.next()
    return run.events


def _owner_index(events: list[Event]) -> int:
    return next(i for i, e in enumerate(events) if e.kind is Kind.OWNER_CHOSEN)


def _with(event: Event, **data: Any) -> Event:
    return replace(event, data={**event.data, **data})


BASELINE = run_with()
BASE_META, BASE_BODY = split(BASELINE)
BASE_SKELETON = skeleton(BASE_BODY)
BASE_HEADINGS = headings(BASE_BODY)


def note_text(body: str) -> str:
    """What a reader sees of the inserted note: the last item under Check-in, without its label."""
    item = items(body, "Check-in")[-1]
    assert item.startswith("Anna (note):")
    return item.removeprefix("Anna (note):").removeprefix(" ")


def assert_same_structure(minutes: str) -> tuple[dict[str, Any], str]:
    meta, body = split(minutes)
    assert list(meta) == list(BASE_META)
    assert meta["confidential"] is True
    assert skeleton(body) == BASE_SKELETON
    assert_harmless(body)
    return meta, body


@pytest.mark.parametrize("note", HOSTILE)
def test_hostile_note_changes_nothing_but_its_text(note: str) -> None:
    meta, body = assert_same_structure(run_with(note))
    assert meta == BASE_META
    assert headings(body) == BASE_HEADINGS
    assert note_text(body) == "\n".join(lines(note))
    assert "\x1b" not in body


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_agreement_and_case_title(text: str) -> None:
    _, body = assert_same_structure(run_with(who=text, what=text, by=text, title=text))
    row = table(body, "Agreements")[-1]
    shown = single_line(text) or "–"
    assert row == [single_line(text), single_line(text), shown]
    case = [h for tag, h in headings(body) if tag == "h2"][1]
    assert case == f"Case: {single_line(text)} (case owner: Anna)".replace("Case:  (", "Case (")


def test_emoji_and_right_to_left_text_stay_intact() -> None:
    note = "Dank je 🙏🏾 👨\u200d👩\u200d👧 — \u200fשלום עולם\u200f — مرحبا"
    minutes = run_with(note)
    assert note in minutes
    assert note_text(split(minutes)[1]) == note


def test_a_100_kb_note() -> None:
    line = "Een lange notitie met *sterretjes*, <tags> en | pijpen | 👍\n"
    note = line * (100_000 // len(line) + 1)
    assert len(note) > 100_000
    _, body = assert_same_structure(run_with(note))
    assert note_text(body) == note.strip()


def test_front_matter_survives_hostile_names() -> None:
    run = Run(members=("---", "a: b", "- c\n---"))
    meta, body = split(run.minutes(title="...\n---\n# x"))
    assert meta["members"] == ["---", "a: b", "- c ---"]
    assert meta["title"] == "... --- # x"
    assert headings(body)[0] == ("h2", "Opening")


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text())
def test_any_note_adds_no_heading_table_row_or_html(note: str) -> None:
    meta, body = assert_same_structure(run_with(note))
    assert meta == BASE_META
    assert headings(body) == BASE_HEADINGS
    assert note_text(body) == "\n".join(lines(note))


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(), st.text(), st.text(), st.text())
def test_any_agreement_or_case_title_keeps_the_structure(
    who: str, what: str, by: str, title: str
) -> None:
    meta, body = assert_same_structure(run_with(who=who, what=what, by=by, title=title))
    assert meta["cases"][0].get("title", "") == single_line(title)
    assert table(body, "Agreements")[-1][:2] == [single_line(who), single_line(what)]


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(min_size=1))
def test_any_member_name_keeps_the_structure(name: str) -> None:
    assume(name.strip() and name.strip().casefold() not in ("bea", "cem"))
    run = Run(members=(name, "Bea", "Cem"))
    run.engine.agree_rules()
    run.wait(1)
    run.engine.note("hello")
    run.engine.end()
    baseline = Run()
    baseline.engine.agree_rules()
    baseline.wait(1)
    baseline.engine.note("hello")
    baseline.engine.end()
    meta, body = split(run.minutes())
    _, base_body = split(baseline.minutes())
    assert meta["members"][0] == single_line(name.strip())
    assert skeleton(body) == skeleton(base_body)
    assert_harmless(body)
    assert table(body, "Speaking time")[1][0] == single_line(name.strip())


def test_rendering_does_not_change_the_state() -> None:
    run = full_session()
    before = fold(run.events)
    first = run.minutes(now=99999.0)
    assert run.minutes(now=99999.0) == first
    assert fold(run.events) == before == run.state


def test_the_phase_where_an_interrupted_session_stopped_says_so() -> None:
    run = Run()
    run.engine.agree_rules()
    run.wait(1)
    run.engine.interrupt()
    _, body = split(run.minutes())
    assert paragraph(body, "Check-in").startswith("Interrupted here · planned 3 min")
