"""Small text helpers of the views."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from intervision.cli.views import clock, duration_text, minutes_text, session_list
from intervision.i18n import set_language
from intervision.session.values import SessionStatus
from intervision.store.sessions import StoredSession


@pytest.mark.parametrize(
    ("value", "expected"),
    [(None, "–"), (7, "7"), (7.0, "7"), (7.5, "7½"), (0.5, "½"), (7.25, "7.2"), (12.75, "12.8")],
)
def test_minutes_text(value: float | None, expected: str) -> None:
    assert minutes_text(value) == expected


@pytest.mark.parametrize(
    ("minutes", "expected"), [(1, "1:00"), (1.5, "1:30"), (0.25, "0:15"), (2 / 3, "0:40")]
)
def test_duration_text(minutes: float, expected: str) -> None:
    assert duration_text(minutes) == expected


@pytest.mark.parametrize(
    ("start", "offset", "expected"),
    [
        (None, 10, ""),
        (810, 0, "13:30"),
        (810, 90, "15:00"),
        (1430, 20, "00:10"),
        (600, 7.5, "10:08"),
    ],
)
def test_clock(start: int | None, offset: float, expected: str) -> None:
    assert clock(start, offset) == expected


def _stored(name: str, **fields: object) -> StoredSession:
    base: dict[str, object] = {
        "folder": Path("/data/sessions") / name,
        "date": name[:10],
        "protocol": "probleemoplossende-methode",
        "title": "x",
        "language": "nl",
        "members": ["Annemarie", "Bartholomeus", "Cornelis", "Dirk-Jan", "Evelien", "Fatima"],
        "facilitator": "Gert",
        "owners": {1: "Bartholomeus", 2: "Evelien"},
        "status": SessionStatus.INTERRUPTED,
        "rehearsal": False,
        "last_wall": "",
        "started": name[:10] + "T13:30:05+01:00",
        "titles": {1: "Een boze ouder aan de telefoon", 2: "Te veel werk"},
    }
    return StoredSession(**{**base, **fields})  # type: ignore[arg-type]


def test_sessions_list_fits_80_columns_without_breaking_a_word(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from intervision.cli import table

    monkeypatch.setattr(table, "_terminal_columns", lambda stream: 80)
    monkeypatch.setattr(table.Output, "__init__", _at_80(table.Output.__init__))
    rows = [
        _stored("2026-11-23-probleemoplossende-methode-10"),
        _stored("2026-11-23-incidentmethode", rehearsal=True, status=SessionStatus.FINISHED),
    ]
    set_language("nl")
    session_list(rows)
    shown = capsys.readouterr().out
    lines = shown.splitlines()
    assert max(len(line) for line in lines) <= 80
    words = set(shown.split())
    for row in rows:
        assert row.folder.name in words  # the name resume takes, whole
        for text in [*row.members, *row.titles.values()]:
            assert all(
                word.strip(",()") in {w.strip(",()") for w in words} for word in text.split()
            )
    assert "13:30" in words and "oefening" in words
    assert any("Een boze" in line for line in lines) and "(Bartholomeus)" in shown


def _at_80(init: Any) -> Any:
    def fitted(self: Any, stream: Any = None, columns: int | None = None) -> None:
        init(self, stream, 80)

    return fitted
