"""The live status block, laid out for a terminal size: a Snapshot in, lines of styled fragments out.

Pure (no terminal, no clock): prompt_toolkit draws the fragments below the notes, rich prints the same
fragments for /status, and tests read them as plain text.
"""

from __future__ import annotations

from dataclasses import dataclass

from intervision.i18n import t
from intervision.protocol.model import Capture
from intervision.session.snapshot import Snapshot
from intervision.session.values import NoteKind
from intervision.terminal import safe, wrap
from intervision.terminal import width as columns_of
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
    "big": ("bold", "bold"),  # large digits: colour in the foreground only, half-blocks need it
    "big.warn": ("bold fg:ansiyellow", "bold yellow"),
    "big.over": ("bold fg:ansired", "bold red"),
    "hint": ("", "dim"),
    "prompt": ("bold", "bold"),
}

LIVE_ROWS = 2  # the clock rows; everything else in the block changes only when the facilitator acts
# A large terminal also shows the speaker's clock in large digits, to be read from a distance.
BIG_ROWS = 3
BIG_FROM = (60, 40)  # columns, rows
RULE = "━"
ELLIPSIS = "…"
BEHIND_WARN_SECONDS = 300
WIDE = 100  # beyond this, 'next' stays near 'now' instead of at the far right of a wide terminal


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
        # From 80×24 on, the tip and the phase's rules ('Not: …') are never cut: they are what the
        # facilitator must hold the group to. The longest bundled ones take 4 and 2 rows at 80 columns.
        if rows < 30:
            return cls(2, None, 2, None)
        if rows < 40:
            return cls(3, None, 2, None)
        return cls(6, None, 3, None)


@dataclass(frozen=True)
class Block:
    """The status block: ``top`` rows, then LIVE_ROWS clock rows, then ``bottom`` rows."""

    top: list[Line]
    bottom: list[Line]
    big: bool = False

    @property
    def live(self) -> int:
        """How many clock rows there are between top and bottom."""
        return LIVE_ROWS + (BIG_ROWS if self.big else 0)

    @property
    def height(self) -> int:
        return len(self.top) + self.live + len(self.bottom)


def big_clock_fits(width: int, rows: int | None) -> bool:
    return rows is not None and width >= BIG_FROM[0] and rows >= BIG_FROM[1]


def block(snap: Snapshot, *, width: int, rows: int | None, hint: Line | None = None) -> Block:
    """Heading, goal, tip, who and what not (above the clocks), and the key hint (below them)."""
    limits = Limits.for_height(rows)
    rows_of = [(t("ui.goal", text=""), safe(snap.goal), limits.goal)]
    if snap.tip:
        rows_of.append((t("ui.tip", text=""), safe(snap.tip), limits.tip))
    rows_of.append((t("ui.pattern", text=""), fmt.who_text(snap), limits.who))
    if snap.not_allowed:
        items = "; ".join(safe(item) for item in snap.not_allowed)
        rows_of.append((t("ui.not_allowed", items=""), items, limits.not_allowed))
    column = max(len(label.rstrip()) for label, _, _ in rows_of) + 1
    top = [heading_line(snap, width)]
    for label, text, limit in rows_of:
        top += labelled(label.rstrip().ljust(column), text, width, limit)
    bottom: list[Line] = []
    if limits.hint:
        shown = [hint] if hint is not None else hint_lines(snap, width)
        bottom += [fit(line, width) for line in shown]
    return Block(top, bottom, big=big_clock_fits(width, rows))


def heading_line(snap: Snapshot, width: int) -> Line:
    text = f"{RULE}{RULE} {fmt.heading(snap)} "
    room = width - 1 - columns_of(text)
    return fit([("class:heading", text + RULE * max(room, 0))], width)


def hint_lines(snap: Snapshot, width: int) -> list[Line]:
    """The keys: all of them when they fit, else the main ones, wrapped between keys (never cut)."""
    if snap.paused:
        return [[("class:paused", t("live.hint_paused"))]]
    line = plain_line(snap)
    wide = t("live.hint_wide", line=line)
    if columns_of(wide) < width:
        return [[("class:hint", wide)]]
    rows = joined_rows(t("live.hint", line=line).split(" · "), width - 1)
    return [[("class:hint", row)] for row in rows]


def toolbar_text(snap: Snapshot, width: int) -> str:
    """Who speaks and the clocks under an open question, on as many rows as the width needs."""
    if not snap.begun:
        return ""
    parts = f"{fmt.speaker_text(snap)} · {fmt.times_text(snap)}".split(" · ")
    return "\n".join(" " + row for row in joined_rows(parts, width - 2))


def joined_rows(parts: list[str], columns: int, sep: str = " · ") -> list[str]:
    """Parts joined by ``sep`` into rows of at most ``columns`` (a part too long alone gets a row)."""
    rows: list[str] = []
    for part in parts:
        if rows and columns_of(rows[-1] + sep + part) <= columns:
            rows[-1] += sep + part
        else:
            rows.append(part)
    return rows


def plain_line(snap: Snapshot) -> str:
    """What a typed line becomes in this phase: 'text = question', 'number = score', …"""
    if Capture.SCORES in snap.captures:
        return t("live.line.score")
    if snap.captures[:1] == (Capture.AGREEMENTS,):
        return t("live.line.agreement")
    if snap.questions_per_member and snap.note_kind == NoteKind.QUESTION:
        return t("live.line.questions", n=snap.questions_per_member)
    kind = NoteKind.ASIDE if not snap.captures else snap.note_kind
    return t("live.line.kind", kind=t(f"kind.{kind}"))


def labelled(label: str, text: str, width: int, limit: int | None) -> list[Line]:
    """'Goal: …' wrapped under its label, cut to ``limit`` rows with an ellipsis (0 rows: left out)."""
    if limit == 0:
        return []
    indent = " " * columns_of(label)
    rows = wrap(text, max(width - 1 - columns_of(label), 10))
    if limit is not None and len(rows) > limit:
        rows = rows[:limit]
        last = rows[-1]
        room = max(width - 1 - columns_of(label) - 1, 1)
        rows[-1] = (last if columns_of(last) < room else _cut(last, room - 1).rstrip()) + ELLIPSIS
    lines: list[Line] = [[("class:label", label), ("", rows[0])]]
    lines += [[("", indent + row)] for row in rows[1:]]
    return lines


def live_rows(snap: Snapshot, *, width: int, warn_seconds: float, big: bool = False) -> list[Line]:
    """The rows that change every second: who speaks with their clock (and that clock in large digits
    when ``big``), then the phase and the session."""
    primary = snap.turn_left if snap.turn_left is not None else snap.phase_left
    phase_warn = warn_at(snap.phase_allowed, warn_seconds)
    primary_warn = phase_warn
    if snap.turn_left is not None:
        primary_warn = warn_at(snap.phase_allowed / max(snap.turn_count, 1), warn_seconds)
    rows = [_now_row(snap, _clock(primary, primary_warn, snap.paused), width)]
    if big:
        style = _BIG_STYLE[_level(primary, primary_warn, snap.paused)]
        rows += [[("", "  "), (style, row)] for row in large(fmt.clock(primary))]
    rows.append(_times_row(snap, phase_warn))
    return [fit(row, width) for row in rows]


def _now_row(snap: Snapshot, clock: Fragment, width: int) -> Line:
    """'▶ Now: Bram [2/5]  1:12 left            next: Cor'."""
    row: Line = [
        ("class:now", "▶ "),
        ("class:label", t("live.now")),
        ("class:now", fmt.now_text(snap)),
        ("", "  "),
        clock,
    ]
    if snap.paused:
        row += [("", " "), ("class:paused", t("ui.paused_marker"))]
    following = [("", t("live.next")), ("class:now", fmt.next_text(snap))]
    gap = min(width, WIDE) - 1 - _length(row) - _length(following)
    return [*row, ("", " " * max(gap, 2)), *following]


def _times_row(snap: Snapshot, phase_warn: float) -> Line:
    """'  phase 8:40 left · session 1:02:10 left · 2 min behind plan'."""
    row: Line = [("", "  ")]
    if snap.turn_left is not None:
        row += [
            ("", t("ui.phase_time", text="")),
            _clock(snap.phase_left, phase_warn, snap.paused),
            ("", " · "),
        ]
    behind = "class:clock.warn" if snap.behind >= BEHIND_WARN_SECONDS else ""
    return [
        *row,
        ("", t("ui.session_time", text="")),
        ("class:clock.over" if snap.session_left < 0 else "", fmt.left_text(snap.session_left)),
        ("", " · "),
        (behind, fmt.schedule_text(snap.behind)),
    ]


_CLOCK_STYLE = {"ok": "class:clock", "warn": "class:clock.warn", "over": "class:clock.over"}
_BIG_STYLE = {"ok": "class:big", "warn": "class:big.warn", "over": "class:big.over"}


def _level(seconds: float, warn_seconds: float, paused: bool) -> str:
    return "ok" if paused else fmt.level(seconds, warn_seconds)


def _clock(seconds: float, warn_seconds: float, paused: bool) -> Fragment:
    level = _level(seconds, warn_seconds, paused)
    text = fmt.left_text(seconds)
    return (_CLOCK_STYLE[level], text if level == "ok" else f" {text} ")


def warn_at(allowed: float, warn_seconds: float) -> float:
    """The warning comes ``warn_seconds`` before the end, but never before the last quarter of a time box:
    a one-minute turn that is 'almost over' from its first second warns nobody."""
    return min(warn_seconds, max(allowed, 0.0) / 4)


# Digits three characters wide and three rows high (six half-blocks), for a clock read across a room.
_FONT = {
    "0": ("█▀█", "█ █", "▀▀▀"),
    "1": ("▀█ ", " █ ", "▀▀▀"),
    "2": ("▀▀█", "█▀▀", "▀▀▀"),
    "3": ("▀▀█", " ▀█", "▀▀▀"),
    "4": ("█ █", "▀▀█", "  ▀"),
    "5": ("█▀▀", "▀▀█", "▀▀▀"),
    "6": ("█▀▀", "█▀█", "▀▀▀"),
    "7": ("▀▀█", "  █", "  ▀"),
    "8": ("█▀█", "█▀█", "▀▀▀"),
    "9": ("█▀█", "▀▀█", "▀▀▀"),
    ":": (" ", "▀", "▀"),
}


def large(text: str) -> list[str]:
    """'4:05' in large digits, three rows."""
    glyphs = [_FONT[char] for char in text if char in _FONT]
    return [" ".join(glyph[row] for glyph in glyphs) for row in range(BIG_ROWS)]


def full_lines(snap: Snapshot, *, width: int, warn_seconds: float) -> list[Line]:
    """Everything, nothing cut: for /status."""
    shown = block(snap, width=width, rows=None, hint=[])
    return shown.top + live_rows(snap, width=width, warn_seconds=warn_seconds)


def back_question(target: str) -> Line:
    return [("class:ask", t("live.confirm_back", target=safe(target)))]


def fit(line: Line, width: int) -> Line:
    """Cut a line to ``width - 1`` columns (the last column stays free: no wrapping, ever)."""
    room = width - 1
    if _length(line) <= room:
        return line
    out: Line = []
    used = 0
    for style, text in line:
        if used + columns_of(text) >= room:
            out.append((style, _cut(text, max(room - used - 1, 0)) + ELLIPSIS))
            break
        out.append((style, text))
        used += columns_of(text)
    return out


def _cut(text: str, columns: int) -> str:
    """The longest start of ``text`` that takes at most ``columns`` columns."""
    out = ""
    for char in text:
        if columns_of(out + char) > columns:
            break
        out += char
    return out


def to_text(lines: list[Line]) -> str:
    return "\n".join("".join(text for _, text in line).rstrip() for line in lines)


def _length(line: Line) -> int:
    """Columns on the terminal: wide characters count two, combining and zero-width ones none."""
    return sum(columns_of(text) for _, text in line)
