"""Words and clock texts for screens, shared by the plain and the live display."""

from __future__ import annotations

import math

from intervision.i18n import t
from intervision.protocol.model import OwnerPosition, Pattern
from intervision.session.snapshot import Snapshot
from intervision.terminal import safe


def clock(seconds: float) -> str:
    """'4:05', '1:02:03'; the sign is left to the caller."""
    # A countdown shows 1:30 until a whole second has gone; overtime counts whole seconds past zero.
    total = int(abs(seconds)) if seconds < 0 else math.ceil(seconds - 1e-6)
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def left_text(seconds: float) -> str:
    """'4:05 left' or '1:10 over time' — overtime said in words, not only in colour."""
    if seconds < 0:
        return t("ui.over_time", clock=clock(seconds))
    return t("ui.time_left", clock=clock(seconds))


def schedule_text(behind: float) -> str:
    minutes = round(behind / 60)
    if minutes >= 1:
        return t("ui.behind", minutes=minutes)
    if minutes <= -1:
        return t("ui.ahead", minutes=-minutes)
    return t("ui.on_schedule")


def pattern_text(snap: Snapshot) -> str:
    """'each member in turn — the case owner listens and reacts later'."""
    text = t(f"pattern.long.{snap.pattern.value}")
    if (
        snap.case is not None
        and snap.pattern not in (Pattern.OWNER, Pattern.SILENT_OWNER)  # these say it themselves
        and snap.owner_position is not OwnerPosition.SPEAKS
    ):
        text += " — " + t(f"owner.long.{snap.owner_position.value}")
    return text


def heading(snap: Snapshot) -> str:
    parts = [t("ui.phase_of", k=snap.phase_number, n=snap.phase_count)]
    if snap.case is not None:
        case = (
            t("ui.case_of", k=snap.case, n=snap.case_count) if snap.case_count > 1 else t("ui.case")
        )
        if snap.case_title:
            case += f": {safe(snap.case_title)}"
        parts.append(case)
    parts.append(safe(snap.title))
    return " · ".join(parts)


def speaker_text(snap: Snapshot) -> str:
    now, following = speaker_text_parts(snap)
    return t("ui.now_next", now=now, next=following)


def times_text(snap: Snapshot) -> str:
    parts = []
    if snap.turn_left is not None:
        parts.append(t("ui.turn_time", text=left_text(snap.turn_left)))
    parts.append(t("ui.phase_time", text=left_text(snap.phase_left)))
    parts.append(t("ui.session_time", text=left_text(snap.session_left)))
    parts.append(schedule_text(snap.behind))
    text = " · ".join(parts)
    if snap.paused:
        text = t("ui.paused_marker") + " " + text
    return text


# --- pieces for the live screen -------------------------------------------------------------------


def level(seconds: float | None, warn_seconds: float) -> str:
    """'ok', 'warn' (the last ``warn_seconds``) or 'over' (past zero): how a clock should look."""
    if seconds is None or seconds > warn_seconds:
        return "ok"
    return "over" if seconds < 0 else "warn"


def now_text(snap: Snapshot) -> str:
    """Who speaks now: 'Bram [2/5]', 'Anna (case owner)', or the pattern when nobody in particular."""
    return speaker_text_parts(snap)[0]


def next_text(snap: Snapshot) -> str:
    """Who or what comes next: 'Cor', 'Information round (Bram)', or '–' at the end."""
    return speaker_text_parts(snap)[1]


def speaker_text_parts(snap: Snapshot) -> tuple[str, str]:
    now = safe(snap.speaker) if snap.speaker else t(f"pattern.{snap.pattern.value}")
    if snap.speaker and snap.owner and snap.speaker == snap.owner:
        now += f" ({t('ui.owner_word')})"
    if snap.turn_count:
        now += f" [{snap.turn_number}/{snap.turn_count}]"
    following = safe(snap.next_speaker or "")
    if snap.next_title:
        following = safe(snap.next_title) + (f" ({following})" if following else "")
    return now, following or "–"


def who_text(snap: Snapshot) -> str:
    """The pattern in words, naming the case owner when they listen or sit outside the circle."""
    if snap.pattern is Pattern.SILENT_OWNER and snap.owner:
        return t("live.who.silent-owner", owner=safe(snap.owner))
    text = t(f"pattern.long.{snap.pattern.value}")
    if (
        snap.case is None
        or snap.pattern is Pattern.OWNER
        or snap.owner_position is OwnerPosition.SPEAKS
    ):
        return text
    if snap.owner:
        owner = safe(snap.owner)
        return text + " — " + t(f"live.owner.{snap.owner_position.value}", owner=owner)
    return text + " — " + t(f"owner.long.{snap.owner_position.value}")
