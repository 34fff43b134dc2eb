"""The plain tables: fit a terminal's width (counting columns as the terminal does), whole rows to a pipe."""

from __future__ import annotations

import io
import re

import pytest

from intervision.cli import views
from intervision.cli.table import Output, Table
from intervision.protocol import catalog
from intervision.protocol.library import resolve
from intervision.protocol.plan import plan
from intervision.terminal import width


class Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def rendered(table: Table, columns: int | None) -> list[str]:
    stream = io.StringIO()
    table.render(Output(stream, columns=columns))
    return stream.getvalue().splitlines()


def test_a_wide_table_wraps_its_widest_column_to_fit() -> None:
    table = Table(["id", "title", "min"], right={2})
    table.add_row("incidentmethode", "The incident method, with a long title that goes on", "90")
    table.add_row("caf\u00e9", "Cafe\u0301 日本 👨\u200d👩\u200d👧 short", "5")
    assert rendered(table, 40) == [
        "id               title              min",
        "incidentmethode  The incident        90",
        "                 method, with a",
        "                 long title that",
        "                 goes on",
        "café             Cafe\u0301 日本 👨\u200d👩\u200d👧         5",
        "                 short",
    ]


def test_columns_line_up_by_what_the_terminal_shows() -> None:
    table = Table(["name", "x"])
    for name in ("Cafe\u0301", "Café", "日本", "👨\u200d👩\u200d👧"):
        table.add_row(name, "|")
    lines = rendered(table, None)
    assert {width(line) for line in lines[1:]} == {7}


def test_to_a_pipe_rows_stay_whole() -> None:
    table = Table(["id", "title"])
    title = "a title much longer than any terminal " * 4
    table.add_row("x", title)
    assert rendered(table, None)[1] == "x   " + title.strip()


def test_protocols_list_and_plan_fit_an_80_column_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    listing, agenda = Tty(), Tty()
    monkeypatch.setattr("sys.stdout", listing)
    views.protocol_list(catalog.summaries(None))
    monkeypatch.setattr("sys.stdout", agenda)
    entry = resolve("incidentmethode", "en", None)
    views.agenda(plan(entry.load(), 6), 13 * 60 + 30)
    listed, planned = listing.getvalue().splitlines(), agenda.getvalue().splitlines()
    for line in listed + planned:
        assert width(strip_sgr(line)) < 80, line
    assert len(listed) > 10


def strip_sgr(line: str) -> str:
    return re.sub("\x1b\\[[0-9;]*m", "", line)


def test_colour_only_on_a_terminal_that_can_show_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm-256color")
    assert Output(Tty()).colour
    assert not Output(io.StringIO()).colour
    monkeypatch.setenv("TERM", "dumb")
    assert not Output(Tty()).colour
    monkeypatch.setenv("TERM", "xterm")
    monkeypatch.setenv("NO_COLOR", "1")
    assert not Output(Tty()).colour


def test_a_narrow_column_breaks_between_words_and_cuts_only_a_word_too_wide() -> None:
    table = Table(["fase", "wie", "vastleggen"])
    cells = (
        "Casusbeschrijving door de casusinbrenger",
        "deelnemers om de beurt, daarna de casusinbrenger",
        "terugblik op afspraken, notities, casusvoorstellen, vervolgafspraken",
    )
    table.add_row(*cells)
    words = " ".join(cells).split()
    lines = rendered(table, 80)
    assert len(lines) > 2 and all(width(line) < 80 for line in lines), lines
    assert sorted(" ".join(lines[1:]).split()) == sorted(words)  # every word whole
    narrow = rendered(table, 32)  # columns narrower than 'Casusbeschrijving'
    assert all(width(line) < 32 for line in narrow), narrow
    shown = " ".join(narrow[1:]).split()
    cut_words = [w for w in shown if w.endswith("…")]
    assert "Casusbeschr…" in cut_words or any(
        "Casusbeschrijving".startswith(w[:-1]) for w in cut_words
    )
    # a word is whole or cut with '…', never split over two lines
    left = list(words)
    for got in shown:
        match = next(w for w in left if got == w or (got.endswith("…") and w.startswith(got[:-1])))
        left.remove(match)
    assert left == []


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_no_plan_splits_a_word_at_80_columns(monkeypatch: pytest.MonkeyPatch, lang: str) -> None:
    from intervision.i18n import set_language

    set_language(lang)
    monkeypatch.setenv("COLUMNS", "80")
    for summary in catalog.summaries(None):
        if summary.language != lang:
            continue
        whole, fitted = io.StringIO(), Tty()
        agenda = plan(resolve(summary.id, lang, None).load(), 4, minutes=90)
        monkeypatch.setattr("sys.stdout", whole)
        views.agenda(agenda, 13 * 60 + 30)
        monkeypatch.setattr("sys.stdout", fitted)
        views.agenda(agenda, 13 * 60 + 30)
        lines = [strip_sgr(line) for line in fitted.getvalue().splitlines()]
        table = [line for line in lines if line not in whole.getvalue().splitlines()]
        assert all(width(line) < 80 for line in table), (summary.id, lines)
        # the same words, none broken in two and none cut
        assert sorted(" ".join(lines).split()) == sorted(whole.getvalue().split()), summary.id
