"""The room in a real terminal (tmux, 80×24, Dutch): what a facilitator types lands where they meant it.

/quit at the first question of a method that starts with the case, the questions counted, the case owner
speaking while listening, an agreement without a name, scores said as '7,5' per dimension, and a Dutch
'j' that ends the session (echoed as 'ja').
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.test_live_tmux import BIN, Tmux, journal, private_tmux

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("tmux") is None, reason="needs tmux"),
]

RUN = "run roddelmethode --members Anna,Bram,Cor,Dirk --facilitator Fenna --rehearse 60"


@pytest.fixture
def tmux(tmp_path: Path) -> Iterator[Tmux]:
    env = {"INTERVISION_HOME": str(tmp_path / "home"), "INTERVISION_LANG": "nl"}
    with private_tmux("room", env) as session:
        yield session


def line(tmux: Tmux, text: str) -> None:
    tmux.type(text)
    tmux.keys("Enter")


def test_quit_at_the_owner_question_ends_without_a_traceback(tmux: Tmux, tmp_path: Path) -> None:
    line(tmux, f"{BIN} {RUN}; echo EXIT=$?")
    tmux.wait("Gaat iedereen akkoord met de spelregels?")
    tmux.keys("Enter")
    tmux.wait("Wie brengt casus 1 in?")
    tmux.keys("Escape")  # a list takes no typed command; Escape leaves it, and it is asked again
    tmux.wait("kies eerst wie hem inbrengt")
    tmux.keys("Enter")  # the proposal; then /quit at the case title
    tmux.wait("Titel van de casus")
    line(tmux, "/quit")
    screen = tmux.wait("EXIT=0")
    assert "Voorstel: Anna: nog geen eerdere sessies" in tmux.history()
    assert "Traceback" not in tmux.history() and "Cancelled" not in tmux.history()
    assert "gestopt voordat de sessie begon" in screen
    sessions = tmp_path / "home" / "sessions"
    assert not sessions.exists() or not [p for p in sessions.iterdir() if p.is_dir()]


def test_a_session_in_which_every_line_lands_where_it_was_meant(tmux: Tmux, tmp_path: Path) -> None:
    line(tmux, f"{BIN} {RUN} --owner Cor --case Ruzie; echo EXIT=$?")
    tmux.wait("Gaat iedereen akkoord met de spelregels?")
    tmux.keys("Enter")
    tmux.wait("▶ Nu: Cor (casusinbrenger)")
    tmux.keys("Enter")  # the questions: three each
    tmux.wait("Probleemverkenning")
    line(tmux, "Anna: wat gebeurde er toen?")
    tmux.wait("Anna: vraag 1 van 3")
    tmux.keys("Enter")  # gossip: the owner listens
    tmux.wait("Roddelen")
    line(tmux, "Cor: dat klopt niet")
    screen = tmux.wait("eigen opmerking")
    assert "niet als advies" in tmux.history()
    tmux.keys("Enter")  # the owner's reaction: also records agreements
    tmux.wait("Reactie van de casusinbrenger")
    line(tmux, "de volgende bijeenkomst is op 15 januari | 15 jan")
    tmux.wait("Voor wie is de afspraak")
    tmux.keys("Down", "Down", "Enter")  # from Cor (who speaks) down to 'de hele groep'
    tmux.wait("+ afspraak — de hele groep")
    tmux.keys("Enter")  # evaluation: usefulness and safety, one after the other
    tmux.wait("Evaluatie")
    line(tmux, "7,5")
    screen = tmux.wait("nog van")
    assert "cijfer 7,5 voor nut" in tmux.history()
    line(tmux, "8")
    tmux.wait("cijfer 8 voor veiligheid")
    line(tmux, "/end")
    tmux.wait("De sessie nu afsluiten en het verslag maken?")
    line(tmux, "j")
    screen = tmux.wait("EXIT=0")
    assert "Sessie afgesloten." in screen
    assert "De sessie nu afsluiten en het verslag maken? ja" in tmux.history()

    events = journal(tmp_path / "home")
    notes = [(e["speaker"], e["note_kind"], e["text"]) for e in events if e["kind"] == "note"]
    assert ("Anna", "question", "wat gebeurde er toen?") in notes
    assert ("Cor", "owner-remark", "dat klopt niet") in notes
    agreements = [(e["who"], e["what"], e.get("by")) for e in events if e["kind"] == "agreement"]
    assert agreements == [("de hele groep", "de volgende bijeenkomst is op 15 januari", "15 jan")]
    scores = [(e["value"], e.get("dimension")) for e in events if e["kind"] == "score"]
    assert scores == [(7.5, "usefulness"), (8, "safety")]
