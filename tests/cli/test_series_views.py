"""The stats view: Dutch titles and decimal commas, a facilitator's row, and 80 columns that fit."""

from __future__ import annotations

import io
from collections.abc import Iterator

import pytest

from intervision.cli.series_views import show_stats
from intervision.cli.table import Output
from intervision.group.history import History
from intervision.group.trends import compute
from intervision.i18n import set_language
from intervision.terminal import width
from tests.group.helpers import summary


class Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.fixture
def dutch() -> Iterator[None]:
    set_language("nl")
    yield
    set_language("en")


def series(n: int = 3) -> History:
    members = ["Anna", "Bram", "Cornelis", "Gijs"]
    return History.of(
        summary(
            f"2026-{1 + i // 28:02d}-{1 + i % 28:02d}",
            members,
            owner=members[i % 4],
            facilitator="Eva",
            id=f"s{i}",
            speaking={"Eva": 150, "Anna": 240, "Bram": 200, "Cornelis": 210, "Gijs": 200},
            dimensions=[
                ["usefulness", "Nut", 4, 7.75 if i % 2 else 7.5],
                ["safety", "Veiligheid", 4, 8.0],
            ],
            agreements=[[1, "Anna", "iets", None]],
        )
        for i in range(n)
    )


def stats(history: History, columns: int | None) -> list[str]:
    stream = Tty() if columns else io.StringIO()
    show_stats(compute(history), Output(stream, columns=columns))
    return stream.getvalue().splitlines()


def test_stats_speak_dutch_with_the_minutes_numbers(dutch: None) -> None:
    lines = stats(series(), None)
    text = "\n".join(lines)
    assert "Nut: gemiddeld 7,6, laatst 7,5 (daarvoor 7,8)" in text
    assert "Veiligheid: gemiddeld 8," in text
    assert "  7,5 7,8 7,5" in lines  # the means per session, to a pipe
    assert "usefulness" not in text and "safety" not in text
    eva = next(line for line in lines if line.startswith("Eva"))
    assert eva.split()[1] == "begeleider"  # not an attendance of 0/0
    anna = next(line for line in lines if line.startswith("Anna"))
    assert "24%" in anna  # 240 of the 1000 s everyone spoke, as the minutes say


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_stats_fit_80_columns(lang: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    set_language(lang)
    try:
        lines = stats(series(120), 80)
    finally:
        set_language("en")
    assert all(width(line) <= 79 for line in lines), [x for x in lines if width(x) > 79]
    table = lines[lines.index(next(x for x in lines if x.startswith("Anna"))) - 1 :]
    rows = [x for x in table[:6] if x.split()[0] in {"Anna", "Bram", "Cornelis", "Gijs", "Eva"}]
    assert len(rows) == 5  # every member's row on one line
    assert next(x for x in table[:6] if x.startswith("Anna")).split()[1] == "120/120"
    sparklines = [x for x in lines if x.startswith("  ") and set(x.strip()) <= set("▁▂▃▄▅▆▇█ ")]
    assert len(sparklines) == 2 and all(width(x) == 79 for x in sparklines)
