"""Text for the terminal: every hostile payload loses what steers the terminal and keeps its words."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from intervision.terminal import (
    cut,
    plain_terminal,
    safe,
    safe_json,
    safe_lines,
    safe_stream,
    width,
    wrap,
)
from tests.hostile import PAYLOADS, assert_clean, steering

NASTY = st.text(st.sampled_from(list("\x1b\x07\x9b\x9c\x9d\x90[]0;Pm\\\n\r\t\u202e\u2066a ")))


@pytest.mark.parametrize(
    ("payload", "words"), [(p, w) for _, p, w in PAYLOADS], ids=[n for n, _, _ in PAYLOADS]
)
def test_hostile_payloads_keep_their_words_only(payload: str, words: str) -> None:
    for shown in (safe(payload), safe_lines(payload)):
        assert_clean(shown)
        assert words in shown
    assert "\n" not in safe(payload)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Anna", "Anna"),
        ("\x1b]0;titel\x07Intake met \x1b[1mteam\x1b[0m", "Intake met team"),
        ("eerste regel\n\n  tweede\r\nderde", "eerste regel tweede derde"),
        ("  ingesprongen\tmet tab", "  ingesprongen met tab"),
        ("Anna\n", "Anna"),
        ("Café", "Café"),
        (
            "Cafe\u0301 👨\u200d👩\u200d👧 \u200fשלום\u200f 日本",
            "Cafe\u0301 👨\u200d👩\u200d👧 \u200fשלום\u200f 日本",
        ),
        ("[bold]niet vet[/bold]", "[bold]niet vet[/bold]"),
    ],
)
def test_safe_one_line(raw: str, expected: str) -> None:
    assert safe(raw) == expected


def test_safe_lines_keeps_line_breaks() -> None:
    assert safe_lines("kop\n  \x1b[31m• regel\x1b[0m\r\nslot") == "kop\n  • regel\nslot"


@given(st.one_of(st.text(), NASTY))
def test_nothing_steering_survives(text: str) -> None:
    assert steering(safe(text)) == []
    assert steering(safe_lines(text)) == []
    assert "\n" not in safe(text)
    assert safe(safe(text)) == safe(text)


WIDTHS = [
    ("Anna", 4),
    ("Cafe\u0301", 4),  # decomposed: e + combining acute
    ("Café", 4),
    ("日本語", 6),
    ("👨\u200d👩\u200d👧", 2),  # a family: three emoji joined
    ("👩🏽\u200d💻", 2),
    ("👋🏽", 2),
    ("❤️", 2),  # text heart + emoji presentation
    ("⌚︎", 1),  # wide watch + text presentation
    ("🇳🇱🇧🇪", 4),
    ("a\u200bb", 2),  # zero-width space
    ("\u200fשלום", 4),
    ("क्ष", 2),
    ("각", 2),  # Hangul jamo: one syllable
    ("\u00ad", 1),
]


@pytest.mark.parametrize(("text", "columns"), WIDTHS)
def test_width_counts_like_a_terminal(text: str, columns: int) -> None:
    import wcwidth  # prompt_toolkit's dependency, as the reference; the product does not import it

    assert width(text) == columns == wcwidth.wcswidth(text)


def test_cut_ends_in_an_ellipsis_only_when_it_must() -> None:
    assert cut("Intervisie", 10) == "Intervisie"
    assert cut("Intervisie met het team", 12) == "Intervisie…"
    assert cut("日本語です", 5) == "日本…"
    assert width(cut("日本語です", 5)) <= 5


def test_wrap_breaks_at_spaces_and_splits_long_words() -> None:
    assert wrap("een twee drie vier vijf", 9) == ["een twee", "drie vier", "vijf"]
    assert wrap("/a/very/long/path", 6) == ["/a/ver", "y/long", "/path"]
    assert wrap("", 10) == [""]
    assert all(width(line) <= 4 for line in wrap("日本語 日本語です", 4))


def test_safe_json_is_the_same_data_without_raw_controls() -> None:
    import json

    value = {"title": "\x1b]0;PWNED\x07Intake \u202eevil\x9b", "members": ["Anna"]}
    text = safe_json(value)
    assert steering(text) == []
    assert json.loads(text) == value


def test_safe_writer_cleans_every_write() -> None:
    import io

    buffer = io.StringIO()
    stream = safe_stream(buffer)
    stream.write("map \x1b]0;PWNED\x07\x1b[2Jsessions/2026\n")
    stream.flush()
    assert buffer.getvalue() == "map sessions/2026\n"


def test_term_dumb_is_a_plain_terminal() -> None:
    assert plain_terminal({"TERM": "dumb"})
    assert not plain_terminal({"TERM": "xterm-256color"})
    assert not plain_terminal({})
