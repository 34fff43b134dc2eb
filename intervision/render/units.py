"""Numbers and durations as people read them in minutes: ``12 min``, ``3:25``, ``7,5`` in Dutch."""

from __future__ import annotations

from intervision.i18n import t


def number(value: float) -> int | float:
    """Whole when it is, else one decimal: for front matter and means."""
    rounded = round(value, 1)
    return int(rounded) if rounded == int(rounded) else rounded


def decimal(value: float, lang: str) -> str:
    """``number`` as text, with a decimal comma in Dutch."""
    text = str(number(value))
    return text.replace(".", ",") if lang == "nl" else text


def clock(seconds: float) -> str:
    """m:ss, the minutes going past 59 (``125:30``): for table columns and moments in a session."""
    whole = max(0, round(seconds))
    return f"{whole // 60}:{whole % 60:02d}"


def span(seconds: float, lang: str) -> str:
    """A duration in a sentence: ``12 min``, ``12:30 min``, ``2 uur 5 min``."""
    whole = max(0, round(seconds))
    if whole >= 3600:
        return t("minutes.unit.hours", lang=lang, h=whole // 3600, m=whole % 3600 // 60)
    if whole % 60 == 0:
        return t("minutes.unit.minutes", lang=lang, m=whole // 60)
    return t("minutes.unit.minutes_seconds", lang=lang, m=whole // 60, s=f"{whole % 60:02d}")
