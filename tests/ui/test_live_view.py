"""The live status block, rendered from state on a fake clock: a few screens as the facilitator sees them."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from intervision import i18n
from intervision.protocol.library import bundled_dir, resolve
from intervision.session.snapshot import Snapshot
from intervision.terminal import width as columns
from intervision.ui import format as fmt
from intervision.ui.live_view import (
    Limits,
    Line,
    back_question,
    block,
    fit,
    full_lines,
    large,
    live_rows,
    to_text,
    toolbar_text,
    warn_at,
)
from tests.session.helpers import Rig, rig
from tests.ui.helpers import at_gossip, live_rig


def screen(snap: Snapshot, *, width: int = 80, rows: int = 24, warn: float = 60) -> str:
    shown = block(snap, width=width, rows=rows)
    return to_text(shown.top + live_rows(snap, width=width, warn_seconds=warn) + shown.bottom)


def clock_styles(snap: Snapshot, warn: float = 60) -> list[tuple[str, str]]:
    rows = live_rows(snap, width=80, warn_seconds=warn)
    return [
        (style, text.strip())
        for row in rows
        for style, text in row
        if style.startswith("class:clock")
    ]


def in_advice(seconds: float) -> Rig:
    """Cor's turn (2 minutes) in the advice round, ``seconds`` after it started."""
    r = at_gossip(live_rig())
    r.advance(360)
    r.engine.next()
    r.advance(seconds)
    return r


def test_normal_screen() -> None:
    snap = in_advice(75).engine.snapshot()
    assert screen(snap) == (
        "━━ Phase 5/6 · Case: Angry parent · Advice ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━\n"
        "Goal: Why advice.\n"
        "Who:  each member in turn — Bram (case owner) listens and reacts later\n"
        "▶ Now: Cor [1/3]  0:45 left                                          next: Dirk\n"
        "  phase 4:45 left · session 8:45 left · on schedule\n"
        "Enter next · text = advice · Ctrl-P pause · Ctrl-B back · /help"
    )
    assert clock_styles(snap) == [("class:clock", "0:45 left"), ("class:clock", "4:45 left")]


def test_warning_colour_in_the_last_part_of_the_time_box() -> None:
    snap = in_advice(95).engine.snapshot()
    assert "▶ Now: Cor [1/3]   0:25 left " in screen(snap)
    assert clock_styles(snap) == [("class:clock.warn", "0:25 left"), ("class:clock", "4:25 left")]


def test_the_warning_never_covers_more_than_a_quarter_of_a_time_box() -> None:
    assert warn_at(600, 60) == 60
    assert warn_at(120, 60) == 30
    assert warn_at(60, 60) == 15
    assert warn_at(60, 10) == 10


def test_overtime_is_said_in_words_and_marked() -> None:
    snap = in_advice(135).engine.snapshot()
    assert screen(snap).splitlines()[3:5] == [
        "▶ Now: Cor [1/3]   0:15 over time                                    next: Dirk",
        "  phase 3:45 left · session 7:45 left · on schedule",
    ]
    assert clock_styles(snap)[0] == ("class:clock.over", "0:15 over time")


def test_paused_is_said_in_words() -> None:
    r = in_advice(30)
    r.engine.pause()
    r.advance(120)
    lines = screen(r.engine.snapshot()).splitlines()
    assert lines[3].startswith("▶ Now: Cor [1/3]  1:30 left (paused)")
    assert lines[4] == "  phase 5:30 left · session 7:30 left · 2 min behind plan"
    assert lines[5] == "PAUSED — Ctrl-P or /pause starts the clock again · Enter: next · /help"


def test_owner_silent() -> None:
    r = at_gossip(live_rig())
    r.advance(100)
    assert screen(r.engine.snapshot()) == (
        "━━ Phase 4/6 · Case: Angry parent · Gossip ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━\n"
        "Goal: Why gossip.\n"
        "Who:  the members talk about the case; Bram (case owner) is silent and listens\n"
        "▶ Now: members talk, owner silent  4:20 left                 next: Advice (Cor)\n"
        "  session 14:20 left · on schedule\n"
        "Enter next · text = advice · Ctrl-P pause · Ctrl-B back · /help"
    )


def test_tip_and_what_is_not_allowed() -> None:
    r = at_gossip(live_rig())
    r.engine.back()
    text = screen(r.engine.snapshot())
    assert "Not:  advice; hidden advice" in text
    r.engine.back()
    assert "Tip:  Write the question down word for word; ask the owner to read it aloud." in screen(
        r.engine.snapshot()
    )


def test_dutch() -> None:
    i18n.set_language("nl")
    snap = in_advice(135).engine.snapshot()
    assert screen(snap) == (
        "━━ Fase 5/6 · Casus: Angry parent · Advice ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━\n"
        "Doel: Why advice.\n"
        "Wie:  elke deelnemer om de beurt — Bram (casusinbrenger) luistert en reageert\n"
        "      later\n"
        "▶ Nu: Cor [1/3]   0:15 over tijd                                   daarna: Dirk\n"
        "  fase nog 3:45 · sessie nog 7:45 · op schema\n"
        "Enter volgende · tekst = advies · Ctrl-P pauze · Ctrl-B terug · /help"
    )


LONG_GOAL = " ".join(["A goal that goes on and on."] * 12)


@pytest.mark.parametrize(
    ("width", "rows", "goal_rows", "cut", "hint"),
    [
        (80, 24, 2, True, True),
        (160, 50, 3, False, True),
        (80, 16, 1, True, True),
        (80, 10, 0, True, False),
    ],
)
def test_the_block_fits_the_terminal(
    width: int, rows: int, goal_rows: int, cut: bool, hint: bool
) -> None:
    r = live_rig()
    snap = r.engine.snapshot()
    snap = Snapshot(**{**snap.__dict__, "goal": LONG_GOAL})
    shown = block(snap, width=width, rows=rows)
    text = to_text(shown.top)
    goal = [line for line in text.splitlines()[1:] if line.startswith(("Goal:", "      "))]
    assert len(goal) == goal_rows
    if goal_rows:
        assert goal[-1].endswith("…") is cut
    assert bool(shown.bottom) is hint
    assert shown.height + 1 <= rows  # and the input line below it
    for line in [*shown.top, *shown.bottom, *live_rows(snap, width=width, warn_seconds=60)]:
        assert sum(len(text) for _, text in line) < width


def test_a_wide_terminal_shows_all_the_keys() -> None:
    snap = live_rig().engine.snapshot()
    assert "/extend 5 · /skip · /quit" in to_text(block(snap, width=160, rows=50).bottom)


def test_full_lines_cut_nothing() -> None:
    snap = live_rig().engine.snapshot()
    snap = Snapshot(**{**snap.__dict__, "goal": LONG_GOAL})
    text = to_text(full_lines(snap, width=80, warn_seconds=60))
    assert LONG_GOAL in " ".join(text.split())
    assert "…" not in text


def test_the_back_question_replaces_the_hint() -> None:
    snap = live_rig().engine.snapshot()
    shown = block(snap, width=80, rows=24, hint=back_question("Anna"))
    assert to_text(shown.bottom) == "Back to Anna? Ctrl-B again = yes · any other key = no"


def test_fit_cuts_with_an_ellipsis() -> None:
    line: Line = [("a", "12345"), ("b", "67890")]
    assert fit(line, 20) == line
    assert fit(line, 8) == [("a", "12345"), ("b", "6…")]
    assert to_text([fit(line, 5)]) == "123…"


def test_limits_grow_with_the_terminal() -> None:
    assert Limits.for_height(None).goal is None
    assert [Limits.for_height(rows).goal for rows in (10, 19, 24, 35, 60)] == [0, 1, 2, 3, 6]


def test_a_large_terminal_shows_the_speakers_clock_in_large_digits() -> None:
    snap = in_advice(135).engine.snapshot()
    shown = block(snap, width=160, rows=50)
    assert shown.big
    assert shown.live == 5
    rows = live_rows(snap, width=160, warn_seconds=60, big=True)
    assert to_text(rows[1:4]) == "\n".join(
        [
            "  █▀█   ▀█  █▀▀",
            "  █ █ ▀  █  ▀▀█",
            "  ▀▀▀ ▀ ▀▀▀ ▀▀▀",
        ]
    )
    assert {style for row in rows[1:4] for style, _ in row} == {"", "class:big.over"}
    assert not block(snap, width=80, rows=24).big


def test_large_digits() -> None:
    assert large("1:07:59") == [
        "▀█    █▀█ ▀▀█   █▀▀ █▀█",
        " █  ▀ █ █   █ ▀ ▀▀█ ▀▀█",
        "▀▀▀ ▀ ▀▀▀   ▀ ▀ ▀▀▀ ▀▀▀",
    ]


@pytest.mark.parametrize("width", [40, 60, 80])
def test_wide_characters_count_as_the_terminal_shows_them(width: int) -> None:
    from intervision.terminal import width as columns

    r = at_gossip(live_rig())
    snap = r.engine.snapshot()
    wide = {
        "goal": "日本語の目標 " * 12,
        "case_title": "難しい親御さん 👨\u200d👩\u200d👧",
        "next_title": "アドバイス",
        "speaker": "Cafe\u0301 日本",
    }
    snap = Snapshot(**{**snap.__dict__, **wide})
    shown = block(snap, width=width, rows=24)
    lines = [*shown.top, *shown.bottom, *live_rows(snap, width=width, warn_seconds=60)]
    for line in lines:
        assert columns("".join(text for _, text in line)) < width
    assert "日本語の目標" in to_text(shown.top)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_at_80_by_24_no_bundled_tip_or_rule_is_cut(lang: str) -> None:
    i18n.set_language(lang)
    tip, who, rules = (
        i18n.t(key, **{field: ""}).rstrip()
        for key, field in (("ui.tip", "text"), ("ui.pattern", "text"), ("ui.not_allowed", "items"))
    )
    tallest = 0
    for path in sorted((bundled_dir() / lang).glob("*.yaml")):
        r = rig(resolve(path.stem, lang, None).load(), begin=False)
        for index in range(len(r.state.agenda.phases)):
            r.state.phase_index = index
            shown = block(r.engine.snapshot(), width=80, rows=24)
            text = to_text(shown.top)
            phase = r.state.current.phase
            if phase.tip:
                shown_tip = text.split(tip, 1)[1].split(who, 1)[0]
                assert shown_tip.split() == phase.tip.split(), (path.name, index)
            if phase.not_allowed:
                shown_rules = text.split(rules, 1)[1]
                assert shown_rules.split() == "; ".join(phase.not_allowed).split(), path.name
            tallest = max(tallest, shown.height)
    assert tallest + 1 <= 24 - 6  # the input line, and at least six rows of notes above the block


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_at_80_by_24_the_keys_and_the_clocks_under_a_question_are_wrapped_never_cut(
    lang: str,
) -> None:
    """Every step of every bundled method: the key hint and the toolbar under an open question
    keep every word (they used to end in '/he…' and '· sessie n')."""
    i18n.set_language(lang)
    wrapped = 0
    for path in sorted((bundled_dir() / lang).glob("*.yaml")):
        r = rig(resolve(path.stem, lang, None).load(), members=LONG_NAMES, begin=False)
        for snap in _every_step(r):
            for s in (snap, Snapshot(**{**snap.__dict__, "behind": -754, "session_left": 3722})):
                hint = to_text(block(s, width=80, rows=24).bottom).splitlines()
                bar = toolbar_text(s, 80).splitlines()
                for row in [*hint, *bar]:
                    assert columns(row) < 80 and not row.endswith("…"), (path.name, row)
                words = fmt.speaker_text(s).split() + fmt.times_text(s).split()
                assert " ".join(bar).replace("·", " ").split() == [w for w in words if w != "·"]
                wrapped += len(bar) > 1
    assert wrapped  # some steps did need a second row


LONG_NAMES = ["Anna", "Jan Willem", "Cor", "Dirk"]


def _every_step(r: Rig) -> list[Snapshot]:
    from intervision.session.engine import OwnerRequired

    def step(move: Callable[[], None]) -> None:
        try:
            move()
        except OwnerRequired as needed:
            r.engine.choose_owner(needed.case, LONG_NAMES[(needed.case + 1) % 4], "Boze vader")
            move()

    step(r.engine.agree_rules)
    snaps = [r.engine.snapshot()]
    while not r.state.is_last_step():
        r.advance(30)
        step(r.engine.next)
        snaps.append(r.engine.snapshot())
    return snaps
