"""Small text helpers of the views."""

from __future__ import annotations

import pytest

from intervision.cli.views import clock, duration_text, minutes_text


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
