"""One input grammar: text is a note, an empty line moves on, '/' starts a command."""

from __future__ import annotations

import pytest

from intervision.ui.commands import (
    ALIASES,
    HELP_ORDER,
    Action,
    Command,
    SaidScore,
    is_bare_score,
    parse,
    parse_agreement,
    said_score,
    split_speaker,
)

NAMES = ["Anna", "Bram", "Cor", "Dirk", "Fenna"]

ROWS = [
    # (line, expected command)
    ("", Command(Action.NEXT)),
    ("   ", Command(Action.NEXT)),
    ("\n", Command(Action.NEXT)),
    ("/next", Command(Action.NEXT)),
    ("/back", Command(Action.BACK)),
    ("/b", Command(Action.BACK)),
    ("/terug", Command(Action.BACK)),
    ("/pause", Command(Action.PAUSE)),
    ("/PAUZE", Command(Action.PAUSE)),
    ("/extend", Command(Action.EXTEND, number=5)),
    ("/extend 5", Command(Action.EXTEND, number=5)),
    ("/extend -2", Command(Action.EXTEND, number=-2)),
    ("/extend +2,5", Command(Action.EXTEND, number=2.5)),
    ("/e 3", Command(Action.EXTEND, number=3)),
    ("/extend abc", Command(Action.INVALID, "/extend abc")),
    ("/extend nan", Command(Action.INVALID, "/extend nan")),
    ("/extend inf", Command(Action.INVALID, "/extend inf")),
    ("/skip", Command(Action.SKIP)),
    ("/sla-over", Command(Action.SKIP)),
    ("/agree Anna: call X | 1 dec", Command(Action.AGREE, "Anna: call X | 1 dec")),
    ("/afspraak", Command(Action.AGREE)),
    ("/score 8", Command(Action.SCORE, number=8)),
    ("/score Bram 7", Command(Action.SCORE, speaker="Bram", number=7)),
    ("/score 7 Bram", Command(Action.SCORE, speaker="Bram", number=7)),
    ("/score bram 7", Command(Action.SCORE, speaker="Bram", number=7)),
    ("/score Zoë 7", Command(Action.SCORE, speaker="Zoë", number=7)),  # the engine refuses Zoë
    ("/cijfer 6,5", Command(Action.SCORE, number=6.5)),
    ("/score 9/10 Anna", Command(Action.SCORE, speaker="Anna", number=9)),
    ("/score 7.5 Jan Willem", Command(Action.SCORE, speaker="Jan Willem", number=7.5)),
    ("/score 11", Command(Action.SCORE, number=11)),  # out of range: explained and asked again
    ("/score Anna 7 Bram", Command(Action.INVALID, "/score Anna 7 Bram")),
    ("/score", Command(Action.SCORE)),
    ("/score Bram", Command(Action.INVALID, "/score Bram")),
    ("/score Bram nan", Command(Action.INVALID, "/score Bram nan")),
    ("/undo", Command(Action.UNDO)),
    ("/owner", Command(Action.OWNER)),
    ("/status", Command(Action.STATUS)),
    ("/help", Command(Action.HELP)),
    ("/?", Command(Action.HELP)),
    ("/quit", Command(Action.QUIT)),
    ("/q", Command(Action.QUIT)),
    ("/end", Command(Action.END)),
    ("/einde", Command(Action.END)),
    ("/unknown", Command(Action.UNKNOWN, "unknown")),
    ("/unknown with words", Command(Action.UNKNOWN, "unknown")),
    ("/", Command(Action.UNKNOWN, "")),
    ("//note starting with slash", Command(Action.NOTE, "/note starting with slash")),
    ("//Bram: /etc is full", Command(Action.NOTE, "/Bram: /etc is full")),
    ("a plain note", Command(Action.NOTE, "a plain note")),
    ("  padded note  \r\n", Command(Action.NOTE, "padded note")),
    ("Bram: question", Command(Action.NOTE, "question", "Bram")),
    ("bram:   what happened?", Command(Action.NOTE, "what happened?", "Bram")),
    (
        "Fenna: a word from the facilitator",
        Command(Action.NOTE, "a word from the facilitator", "Fenna"),
    ),
    # A name that is nobody present is marked, so the line is questioned instead of filed.
    ("Zoë: not here", Command(Action.NOTE, "Zoë: not here", named="Zoë")),
    ("Jan: hallo", Command(Action.NOTE, "Jan: hallo", named="Jan")),
    ("Time: 10:30", Command(Action.NOTE, "Time: 10:30", named="Time")),
    ("let op: de klok", Command(Action.NOTE, "let op: de klok")),  # not a name: a note as typed
    ("om 10 uur: pauze", Command(Action.NOTE, "om 10 uur: pauze")),
    ("Bram:no space", Command(Action.NOTE, "Bram:no space")),
    ("8", Command(Action.NOTE, "8")),  # a score only where the phase captures scores
]


@pytest.mark.parametrize(("line", "expected"), ROWS, ids=[repr(row[0]) for row in ROWS])
def test_parse(line: str, expected: Command) -> None:
    assert parse(line, NAMES) == expected


def test_every_alias_is_a_command_and_every_command_has_help() -> None:
    assert set(ALIASES.values()) <= set(Action)
    assert set(HELP_ORDER) == set(ALIASES.values())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Anna: call the team lead | by 1 December",
            ("Anna", "call the team lead", "by 1 December"),
        ),
        ("anna: call the team lead", ("Anna", "call the team lead", None)),
        ("call the team lead |  ", (None, "call the team lead", None)),
        ("Zoë: call | soon", ("Zoë", "call", "soon")),  # who may be anyone
    ],
)
def test_parse_agreement(text: str, expected: tuple[str | None, str, str | None]) -> None:
    assert parse_agreement(text, NAMES) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("8", SaidScore(8)),
        (" 10 ", SaidScore(10)),
        ("7,5", SaidScore(7.5)),
        ("7.5", SaidScore(7.5)),
        ("9/10", SaidScore(9)),
        ("9 / 10", SaidScore(9)),
        # a number followed by a plain word may be a sentence: the controller asks
        ("8 goed gesprek", SaidScore(8, note="goed gesprek", ambiguous=True)),
        ("2 dingen vond ik lastig", SaidScore(2, note="dingen vond ik lastig", ambiguous=True)),
        ("8 - goed gesprek", SaidScore(8, note="goed gesprek")),
        ("8: goed", SaidScore(8, note="goed")),
        ("8, goed", SaidScore(8, note="goed")),
        ("7,5 - fijn", SaidScore(7.5, note="fijn")),
        ("9/10: prima", SaidScore(9, note="prima")),
        ("0", SaidScore(0)),  # out of range, but said as a score: the controller explains
        ("11", SaidScore(11)),
        ("eight", None),
        ("goed gesprek, 8", None),
        ("10:30 koffie", None),
    ],
)
def test_said_score(text: str, expected: SaidScore | None) -> None:
    assert said_score(text) == expected


@pytest.mark.parametrize(
    ("text", "bare"), [("8", True), ("7,5", True), ("9/10", True), ("8 goed", False), ("x", False)]
)
def test_a_bare_score_is_only_a_number(text: str, bare: bool) -> None:
    assert is_bare_score(text) is bare


def test_a_speaker_name_is_short_and_on_the_first_line() -> None:
    long_name = "x" * 41
    assert split_speaker(f"{long_name}: text", [long_name]) == (None, f"{long_name}: text")
    assert split_speaker("Anna\nBram: two lines", NAMES) == (None, "Anna\nBram: two lines")
