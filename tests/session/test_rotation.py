"""Fair case-owner rotation: who has not brought a case for the longest comes first."""

from __future__ import annotations

import pytest

from intervision.session.rotation import PastSession, propose_owner

ROSTER = ["Anna", "Bram", "Cor", "Dirk"]


def past(*rows: tuple[str, tuple[str, ...]]) -> list[PastSession]:
    return [PastSession(order, owners) for order, owners in rows]


@pytest.mark.parametrize(
    ("history", "exclude", "expected"),
    [
        pytest.param([], (), "Anna", id="no-history-roster-order"),
        pytest.param(past(("2024-01", ("Anna",))), (), "Bram", id="never-owner-first"),
        pytest.param(
            past(("2024-01", ("Anna", "Bram")), ("2024-02", ("Cor",)), ("2024-03", ("Anna",))),
            (),
            "Dirk",
            id="never-owner-even-after-others",
        ),
        pytest.param(
            past(
                ("2024-01", ("Anna",)),
                ("2024-02", ("Bram",)),
                ("2024-03", ("Cor",)),
                ("2024-04", ("Dirk",)),
                ("2024-05", ("Anna",)),
            ),
            (),
            "Bram",
            id="fewest-times",
        ),
        pytest.param(
            past(("2024-03", ("Anna",)), ("2024-01", ("Cor",)), ("2024-02", ("Bram", "Dirk"))),
            (),
            "Cor",
            id="tie-longest-ago-whatever-the-history-order",
        ),
        pytest.param(
            past(("2024-01", ("Anna", "Bram", "Cor", "Dirk"))),
            (),
            "Anna",
            id="tie-same-session-roster-order",
        ),
        pytest.param([], ("Anna",), "Bram", id="exclude"),
        pytest.param([], ("anna", "BRAM"), "Cor", id="exclude-any-spelling"),
        pytest.param(
            past(("2024-01", ("anna", "BRAM", "cor"))), (), "Dirk", id="history-any-spelling"
        ),
        pytest.param(past(("2024-01", ("Zoë",))), (), "Anna", id="absent-owners-ignored"),
        pytest.param([], ROSTER, None, id="everyone-excluded"),
    ],
)
def test_propose_owner(
    history: list[PastSession], exclude: tuple[str, ...], expected: str | None
) -> None:
    assert propose_owner(ROSTER, history, exclude=exclude) == expected


def test_the_proposal_keeps_the_spelling_of_the_roster() -> None:
    assert propose_owner(["anna", "Bram"], past(("2024-01", ("ANNA",)))) == "Bram"
    assert propose_owner(["anna", "Bram"], past(("2024-01", ("bram",)))) == "anna"


def test_nobody_present() -> None:
    assert propose_owner([], []) is None


def test_rotation_goes_round_the_group() -> None:
    history: list[PastSession] = []
    owners = []
    for month in range(1, 9):
        owner = propose_owner(ROSTER, history)
        assert owner is not None
        owners.append(owner)
        history.append(PastSession(f"2024-{month:02d}", (owner,)))
    assert owners == ROSTER + ROSTER
