"""The live status block, laid out for a terminal size: a Snapshot in, lines of styled fragments out.

Pure (no terminal, no clock): prompt_toolkit draws the fragments below the notes, rich prints the same
fragments for /status, and tests read them as plain text.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass

from intervision.i18n import t
from intervision.session.snapshot import Snapshot
from intervision.ui import format as fmt

Fragment = tuple[str, str]  # (style class, text), as prompt_toolkit's formatted text
Line = list[Fragment]

# One look for both renderers: prompt_toolkit style, rich style. Colour is never the only signal: overtime
# and pause are said in words too, and NO_COLOR leaves bold and reverse.
STYLES: dict[str, tuple[str, str]] = {
    "heading": ("bold", "bold"),
    "label": ("bold", "bold"),
    "now": ("bold", "bold"),
    "clock": ("bold", "bold"),
    "clock.warn": ("bold fg:ansiblack bg:ansiyellow", "bold black on yellow"),
    "clock.over": ("bold fg:ansiwhite bg:ansired", "bold white on red"),
    "paused": ("bold reverse", "bold reverse"),
    "ask": ("bold fg:ansiblack bg:ansiyellow", "bold black on yellow"),
    "hint": ("", "dim"),
    "prompt": ("bold", "bold"),
}

LIVE_ROWS = 2  # the clock rows; everything else in the block changes only when the facilitator acts
RULE = "━"
ELLIPSIS = "…"
BEHIND_WARN_SECONDS = 300


@dataclass(frozen=True)
class Limits:
    """How many rows the texts of a phase may take; the terminal height decides."""

    goal: int | None
    tip: int | None
    who: int | None
    not_allowed: int | None
    hint: bool = True

    @classmethod
    def for_height(cls, rows: int | None) -> Limits:
        if rows is None:
            return cls(None, None, None, None)
        if rows < 12:
            return cls(0, 0, 0, 0, hint=False)
        if rows < 20:
            return cls(1, 1, 1, 1)
        if rows < 30:
            return cls(2, 2, 2, 1)
        if rows < 40:
            return cls(3, 3, 2, 2)
        return cls(6, 6, 3, 2)


@dataclass(frozen=True)
class Block:
    """The status block: ``top`` rows, then LIVE_ROWS clock rows, then ``bottom`` rows."""

    top: list[Line]
    bottom: list[Line]

    @property
    def height(self) -> int:
        return len(self.top) + LIVE_ROWS + len(self.bottom)


def block(snap: Snapshot, *, width: int, rows: int | None, hint: Line | None = None) -> Block:
    """Heading, goal, tip, who and what not (above the clocks), and the key hint (below them)."""
    limits = Limits.for_height(rows)
    rows_of = [(t("ui.goal", text=""), snap.goal, limits.goal)]
    if snap.tip:
        rows_of.append((t("ui.tip", text=""), snap.tip, limits.tip))
    rows_of.append((t("ui.pattern", text=""), fmt.who_text(snap), limits.who))
    if snap.not_allowed:
        rows_of.append((t("ui.not_allowed", items=""), "; ".join(snap.not_allowed), limits.not_allowed))
    column = max(len(label.rstrip()) for label, _, _ in rows_of) + 1
    top = [heading_line(snap, width)]
    for label, text, limit in rows_of:
        top += labelled(label.rstrip().ljust(column), text, width, limit)
    bottom: list[Line] = []
    if limits.hint:
        bottom.append(fit(hint if hint is not None else hint_line(snap, width), width))
    return Block(top, bottom)


def heading_line(snap: Snapshot, width: int) -> Line:
    text = f"{RULE}{RULE} {fmt.heading(snap)} "
    room = width - 1 - len(text)
    return fit([("class:heading", text + RULE * max(room, 0))], width)


def hint_line(snap: Snapshot, width: int) -> Line:
    if snap.paused:
        return [("class:paused", t("live.hint_paused"))]
    wide = t("live.hint_wide")
    return [("class:hint", wide if len(wide) < width else t("live.hint"))]


def labelled(label: str, text: str, width: int, limit: int | None) -> list[Line]:
    """'Goal: …' wrapped under its label, cut to ``limit`` rows with an ellipsis (0 rows: left out)."""
    if limit == 0:
        return []
    indent = " " * len(label)
    rows = textwrap.wrap(" ".join(text.split()), width=max(width - 1 - len(label), 10)) or [""]
    if limit is not None and len(rows) > limit:
        rows = rows[:limit]
        last = rows[-1]
        room = max(width - 1 - len(label) - 1, 1)
        rows[-1] = (last if len(last) < room else last[: room - 1].rstrip()) + ELLIPSIS
    lines: list[Line] = [[("class:label", label), ("", rows[0])]]
    lines += [[("", indent + row)] for row in rows[1:]]
    return lines


def live_rows(snap: Snapshot, *, width: int, warn_seconds: float) -> list[Line]:
    """The two rows that change every second: who speaks with their clock, then phase and session."""
    primary = snap.turn_left if snap.turn_left is not None else snap.phase_left
    first: Line = [
        ("class:now", "▶ "),
        ("class:label", t("live.now")),
        ("class:now", fmt.now_text(snap)),
        ("", "  "),
    ]
    first.append(_clock(primary, warn_seconds, snap.paused))
    if snap.paused:
        first += [("", " "), ("class:paused", t("ui.paused_marker"))]
    following = [("", t("live.next")), ("class:now", fmt.next_text(snap))]
    gap = width - 1 - _length(first) - _length(following)
    first += [("", " " * gap if gap >= 2 else "  "), *following]
    second: Line = [("", "  ")]
    if snap.turn_left is not None:
        second += [
            ("", t("ui.phase_time", text="")),
            _clock(snap.phase_left, warn_seconds, snap.paused),
            ("", " · "),
        ]
    session_style = "class:clock.over" if snap.session_left < 0 else ""
    second += [
        ("", t("ui.session_time", text="")),
        (session_style, fmt.left_text(snap.session_left)),
        ("", " · "),
    ]
    second.append(
        (
            "class:clock.warn" if snap.behind >= BEHIND_WARN_SECONDS else "",
            fmt.schedule_text(snap.behind),
        )
    )
    return [fit(first, width), fit(second, width)]


def _clock(seconds: float, warn_seconds: float, paused: bool) -> Fragment:
    style = (
        "class:clock"
        if paused
        else "class:"
        + {"ok": "clock", "warn": "clock.warn", "over": "clock.over"}[
            fmt.level(seconds, warn_seconds)
        ]
    )
    return (
        style,
        f" {fmt.left_text(seconds)} " if style != "class:clock" else fmt.left_text(seconds),
    )


def full_lines(snap: Snapshot, *, width: int, warn_seconds: float) -> list[Line]:
    """Everything, nothing cut: for /status."""
    shown = block(snap, width=width, rows=None, hint=[])
    return shown.top + live_rows(snap, width=width, warn_seconds=warn_seconds)


def back_question(target: str) -> Line:
    return [("class:ask", t("live.confirm_back", target=target))]


def fit(line: Line, width: int) -> Line:
    """Cut a line to ``width - 1`` characters (the last column stays free: no wrapping, ever)."""
    room = width - 1
    if _length(line) <= room:
        return line
    out: Line = []
    used = 0
    for style, text in line:
        if used + len(text) >= room:
            out.append((style, text[: max(room - used - 1, 0)] + ELLIPSIS))
            break
        out.append((style, text))
        used += len(text)
    return out


def to_text(lines: list[Line]) -> str:
    return "\n".join("".join(text for _, text in line).rstrip() for line in lines)


def _length(line: Line) -> int:
    return sum(len(text) for _, text in line)
