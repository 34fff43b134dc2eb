"""A session being recorded: its folder, the lock on it, the journal and the engine that writes to it.

``new`` and ``resumed`` are context managers that own the whole life of those four: the folder is made
(or found), locked, the journal opened, the engine started or continued on it; on leaving, the journal
is closed and the lock released, and a new session that never began (the ground rules were not agreed)
leaves no folder behind. The UI only drives the engine and writes the minutes it renders.
"""

from __future__ import annotations

import contextlib
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path

from intervision.session.clock import Clock, MonotonicClock, ScaledClock
from intervision.session.engine import SessionEngine, Sink
from intervision.session.events import MAX_NUMBER, Event
from intervision.session.state import SessionState, fold
from intervision.store.journal import JOURNAL, Journal, read_journal
from intervision.store.minutes import Written, write_minutes
from intervision.store.sessions import SessionLock, create_folder, make_private


def base_clock(rehearse: float | None) -> Clock:
    """The clock of a session: real time, or ``rehearse`` times faster."""
    return ScaledClock(MonotonicClock(), rehearse) if rehearse else MonotonicClock()


@dataclass(frozen=True)
class Reading:
    """A journal read back: its events, the state they fold to, and every line that was left out."""

    events: list[Event]
    state: SessionState
    torn_tail: bool  # the last line was cut off by a crash
    bad_lines: list[int]  # 1-based line numbers that could not be read
    skipped: list[int] = field(default_factory=list)  # event numbers the state could not take
    notices: list[str] = field(default_factory=list)  # every repair and left-out line, in words
    tightened: bool = False  # the folder was open to others and is owner-only again


def read(folder: Path) -> Reading:
    """The session stored in ``folder``; ``JournalDamaged`` when its journal has no readable start."""
    replay = read_journal(folder / JOURNAL)
    skipped: list[int] = []
    state = fold(replay.events, skipped=skipped)
    return Reading(
        replay.events, state, bool(replay.torn_tail), replay.bad_lines, skipped, replay.notices()
    )


@dataclass(frozen=True)
class Recording:
    folder: Path
    engine: SessionEngine

    def write_minutes(self, text: str) -> Written:
        """``minutes.md``; an edited copy is kept beside it, a failed write says how to retry."""
        return write_minutes(self.folder, text)


@contextlib.contextmanager
def new(
    sessions_dir: Path, protocol_id: str, begin: Callable[[Sink], SessionEngine]
) -> Iterator[Recording]:
    """A new session folder with the engine ``begin`` makes writing into its journal.

    ``begin`` runs twice: first writing nowhere, so that a refusal (a misspelt owner) leaves no
    session behind, then on the journal.
    """
    begin(lambda event: None)
    folder = create_folder(sessions_dir, protocol_id)
    lock = SessionLock(folder)
    journal: Journal | None = None
    engine: SessionEngine | None = None
    try:  # from here on a failure (a full disk) leaves no empty session folder behind either
        lock.acquire()
        journal = Journal(folder / JOURNAL)
        engine = begin(journal.append)
        yield Recording(folder, engine)
    finally:
        if journal is not None:
            journal.close()
        lock.release()
        if engine is None or not engine.state.begun:
            shutil.rmtree(folder, ignore_errors=True)  # nothing began: leave no session behind


@contextlib.contextmanager
def resumed(folder: Path, report: Callable[[Reading], None]) -> Iterator[Recording]:
    """The stored session in ``folder`` going on, locked, at the same phase and speaker.

    ``report`` hears about lines left out of the journal before the session continues; the time the
    session stood still (by the wall clock since its last event) is journaled as a gap.
    """
    lock = SessionLock(folder)
    lock.acquire()
    try:
        tightened = make_private(folder)  # a copy or a sync tool may have opened it up
        reading = replace(read(folder), tightened=tightened)
        report(reading)
        journal = Journal(folder / JOURNAL)
        try:
            engine = SessionEngine.continue_from(
                reading.state,
                clock=base_clock(reading.state.rehearsal),
                sink=journal.append,
                # A journal holds no number above MAX_NUMBER (115 days of seconds): a line with a
                # longer stand-still would be refused when read back, and the session look stopped.
                gap_seconds=min(seconds_since(reading.events[-1].wall), MAX_NUMBER),
            )
            yield Recording(folder, engine)
        finally:
            journal.close()
    finally:
        lock.release()


def seconds_since(wall: str) -> float:
    try:
        then = datetime.fromisoformat(wall).astimezone()  # a time without offset is local time
    except ValueError:
        return 0.0
    return max(0.0, (datetime.now().astimezone() - then).total_seconds())
