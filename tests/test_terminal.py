"""Text for the terminal: every hostile payload loses what steers the terminal and keeps its words."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from intervision.terminal import safe, safe_lines
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
