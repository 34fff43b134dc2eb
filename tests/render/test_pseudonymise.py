"""Pseudonyms: stable labels, names found in free text however they are written, and the leak check."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from intervision.render.pseudonymise import Pseudonyms

ROSTER = ["Anna de Vries", "Bram", "Jan Willem Bos", "Jan Smit", "Zoë"]


@pytest.fixture
def names() -> Pseudonyms:
    return Pseudonyms(
        ROSTER,
        deny=["Jeugdzorg Noord", "Karel", "Bram"],
        person_label="Deelnemer {letter}",
        other_label="Naam {number}",
        someone="een deelnemer",
    )


def test_labels_follow_the_given_order_and_are_stable(names: Pseudonyms) -> None:
    assert [names.label(n) for n in ROSTER] == [f"Deelnemer {c}" for c in "ABCDE"]
    assert names.label("anna  DE vries") == "Deelnemer A"
    assert names.label(ROSTER[1]) == names.label("Bram")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Anna de Vries belde de school", "Deelnemer A belde de school"),
        ("anna vroeg door", "Deelnemer A vroeg door"),
        ("mevrouw De Vries zei", "mevrouw Deelnemer A zei"),
        ("Anna's vraag", "Deelnemer A's vraag"),
        ("Anna’s vraag", "Deelnemer A's vraag"),
        ("Brams aanpak werkte", "Deelnemer B's aanpak werkte"),
        ("Jan Willem twijfelt", "Deelnemer C twijfelt"),
        ("Willem twijfelt", "Deelnemer C twijfelt"),
        ("Smit twijfelt", "Deelnemer D twijfelt"),
        ("Jan twijfelt", "een deelnemer twijfelt"),
        ("Zoe en Zoë", "Deelnemer E en Deelnemer E"),
        ("Karel van Jeugdzorg  Noord", "Naam 2 van Naam 1"),
        ("Jeugdzorg belde uit Noord", "Naam 1 belde uit Naam 1"),
        ("de vries", "Deelnemer A"),
        ("Annabel en Brammetje blijven", "Annabel en Brammetje blijven"),
        ("van de kant", "van de kant"),
    ],
)
def test_free_text(names: Pseudonyms, text: str, expected: str) -> None:
    assert names.text(text) == expected


def test_a_deny_entry_that_is_a_member_keeps_the_member_label(names: Pseudonyms) -> None:
    assert names.text("Bram") == "Deelnemer B"


def test_a_decomposed_name_is_found() -> None:
    names = Pseudonyms(["Zoë"], person_label="M {letter}")
    assert names.text("Zoe\u0308 lachte") == "M A lachte"


def test_leaks_are_named_with_their_place(names: Pseudonyms) -> None:
    leaks = names.leaks([("notes[0]", "Deelnemer A en karel"), ("title", "niets")])
    assert [(leak.where, leak.offset, leak.found) for leak in leaks] == [("notes[0]", 15, "karel")]


def test_no_names_no_search() -> None:
    names = Pseudonyms([])
    assert names.text("Anna") == "Anna"
    assert names.leaks([("x", "Anna")]) == []


@given(st.text(max_size=80))
def test_nothing_survives_the_replacement(text: str) -> None:
    names = Pseudonyms(ROSTER, deny=["Karel"], person_label="P{letter}", other_label="O{number}")
    assert names.leaks([("t", names.text(text))]) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("_Bram_ belde", "_Deelnemer B_ belde"),
        ("**Anna** en Bram2", "**Deelnemer A** en Deelnemer B2"),
        ("Zoe kwam", "Deelnemer E kwam"),
        ("ÁNNA kwam", "Deelnemer A kwam"),
        ("An\u00adna en Br\u200bam", "Deelnemer A en Deelnemer B"),
    ],
)
def test_names_hidden_by_markup_digits_accents_or_invisible_characters(
    names: Pseudonyms, text: str, expected: str
) -> None:
    assert names.text(text) == expected
    assert names.leaks([("t", text)])
    assert names.leaks([("t", names.text(text))]) == []


def test_a_renamed_member_keeps_one_label() -> None:
    names = Pseudonyms([("Anna", "Anne de Wit"), "Bram", "Anne de Wit"], person_label="M {letter}")
    assert names.label("Anna") == names.label("Anne de Wit") == "M A"
    assert names.label("Bram") == "M B"
    assert names.text("Anne zei tegen Anna") == "M A zei tegen M A"


def test_a_leak_is_reported_at_its_place_in_the_original_text() -> None:
    names = Pseudonyms(["Anna"])
    (leak,) = names.leaks([("note", "zie \u00ad_An\u00adna_")])
    assert (leak.offset, leak.found) == (6, "An\u00adna")
