"""libyaml's syntax errors come out as a hint in the user's language, at the right line and column."""

from __future__ import annotations

import pytest

from intervision.i18n import set_language
from intervision.protocol.loader import check_text


@pytest.mark.parametrize(
    ("text", "where", "fragment"),
    [
        ('title: "C:\\q"\n', (1, 11), "use single quotes"),
        ('title: "quoted" extra\n', (1, 17), "no text left after a closing quote"),
        ("- a\nb: 1\n", (2, 1), "the indentation is off"),
        ("id: x\n  title: y\n", (2, 8), "put text that contains ': ' between quotes"),
        ("a:\n  b: 1\n c: 2\n", (3, 2), "is the indentation right"),
        ("title: [1, 2\n", (2, 1), "is a quote or bracket left open?"),
    ],
)
def test_a_syntax_error_gets_a_hint(text: str, where: tuple[int, int], fragment: str) -> None:
    _, problems = check_text(text, "p.yaml")
    assert len(problems) == 1
    problem = problems[0]
    assert (problem.line, problem.column) == where, problem.render()
    assert fragment in problem.render()


def test_hints_are_dutch_in_dutch() -> None:
    set_language("nl")
    _, problems = check_text('title: "C:\\q"\n', "p.yaml")
    assert "gebruik enkele aanhalingstekens" in problems[0].render()
