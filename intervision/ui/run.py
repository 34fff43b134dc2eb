"""A live session, in the order of the flow: ask what is missing, record (``store.recording``), drive
the screen, write the minutes."""

from __future__ import annotations

import contextlib
import sys
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TextIO

from intervision import i18n
from intervision.errors import EXIT_OK, IntervisionError, UsageError, exit_code_of
from intervision.group.series import Series
from intervision.i18n import language, t
from intervision.protocol.library import resolve
from intervision.protocol.model import Protocol
from intervision.protocol.plan import Agenda
from intervision.session.attendance import Attendance
from intervision.session.engine import SessionEngine, Sink
from intervision.session.events import Event
from intervision.session.state import SessionState
from intervision.store import recording
from intervision.store import sessions as store
from intervision.store.minutes import Written
from intervision.store.workspace import GROUP_FILE, Workspace
from intervision.terminal import safe, safe_stream
from intervision.ui.advice import owner_advice
from intervision.ui.attendance import (
    AttendanceFlags,
    attendance,
    group_of,
    score_dimensions,
    without,
)
from intervision.ui.attendance import facilitator as ask_facilitator
from intervision.ui.commands import Action, parse
from intervision.ui.controller import Controller, Outcome, Proposal
from intervision.ui.live_draft import recovered
from intervision.ui.plain import PlainScreen, run_plain
from intervision.ui.prompts import Cancelled, EndOfInput, LinePrompts
from intervision.ui.stopping import (
    hangup,
    quiet_dead_outputs,
    saving,
    say,
    signals_stop,
    terminal_gone,
)

DEFAULT_PROTOCOL = "begeleide-intervisie"


@dataclass(frozen=True)
class RunOptions:
    protocol: str | None = None
    members: list[str] | None = None
    facilitator: str | None = None
    owner: str | None = None
    case: str | None = None
    cases: int | None = None
    minutes: float | None = None
    rehearse: float | None = None
    attendance: AttendanceFlags = field(default_factory=AttendanceFlags)


@dataclass(frozen=True)
class LiveSettings:
    """How the live screen signals time: bell at zero, a command of the user's, the warning moment."""

    bell: bool = True
    on_phase_end: str | None = None
    warn_seconds: int = 60


@dataclass
class Terminal:
    stdin: TextIO
    stdout: TextIO
    interactive: bool
    live: LiveSettings = LiveSettings()
    person: bool | None = (
        None  # someone at a keyboard (a TERM=dumb terminal too); None: interactive
    )

    @property
    def echo_prompts(self) -> bool:
        return self.interactive if self.person is None else self.person


def split_names(text: str) -> list[str]:
    return [name.strip() for name in text.replace(";", ",").split(",") if name.strip()]


def series_of(workspace: Workspace, skip: Path | None = None) -> Series:
    """The group's history for this session, read only when first needed (never before the first screen)."""
    group_file = workspace.root / GROUP_FILE if workspace.is_group else None
    return Series(workspace.sessions_dir, group_file=group_file, skip=skip.name if skip else None)


def _ask_protocol(prompts: LinePrompts, workspace: Workspace, out: TextIO) -> Protocol:
    while True:
        ref = prompts.ask(t("run.ask_protocol"), default=DEFAULT_PROTOCOL)
        try:
            return resolve(ref, language(), workspace.protocols_dir).load()
        except IntervisionError as error:  # explained, then asked again
            for message in error.messages():
                out.write(t("ui.error_line", message=message) + "\n")


def _ask_members(prompts: LinePrompts, out: TextIO) -> list[str]:
    while True:
        members = split_names(prompts.ask(t("run.ask_members")))
        if len(members) < 2:
            out.write(t("ui.error_line", message=t("session.too_few_members")) + "\n")
        elif len({m.casefold() for m in members}) != len(members):
            out.write(t("ui.error_line", message=t("session.duplicate_member")) + "\n")
        else:
            return members


def start_session(options: RunOptions, workspace: Workspace, term: Terminal) -> int:
    prompts = LinePrompts(term.stdin, term.stdout, echo_prompt=term.echo_prompts)
    group = group_of(workspace)  # its method, language and length are the defaults
    if (group is None or options.members) and options.attendance.given:
        raise UsageError("run.attendance_needs_group")
    seen: Attendance | None = None
    try:
        if options.protocol or (group and group.protocol):
            ref = options.protocol or (group.protocol if group else None) or ""
            protocol = resolve(ref, language(), workspace.protocols_dir).load()
        else:
            protocol = _ask_protocol(prompts, workspace, term.stdout)
        if group is not None and not options.members:
            seen = attendance(group, options.attendance, prompts, term.stdout, date.today())
        members = (
            seen.taking_part if seen else options.members or _ask_members(prompts, term.stdout)
        )
        facilitator = ask_facilitator(options.facilitator, group, workspace, members, prompts)
        if seen is not None:
            seen = without(seen, facilitator)
            members = seen.taking_part
    except EndOfInput:
        raise UsageError("run.input_ended_early") from None
    except Cancelled:
        raise UsageError("run.not_started") from None

    def begin(sink: Sink) -> SessionEngine:
        engine = SessionEngine.start(
            protocol,
            members=members,
            facilitator=facilitator,
            clock=recording.base_clock(options.rehearse),
            sink=sink,
            cases=options.cases,
            minutes=options.minutes or (group.minutes if group else None),
            rehearsal=options.rehearse,
            attendance=seen,
            dimensions=score_dimensions(group),
            means_only=group is not None and group.scores_shown == "means",
        )
        if options.owner:
            engine.choose_owner(1, options.owner, options.case)
        return engine

    with recording.new(workspace.sessions_dir, protocol.id, begin) as record:
        term.stdout.write(t("run.started", folder=record.folder) + "\n")
        _tell_fit(record.engine.state.agenda, term.stdout)
        _tell_size(record.engine.state.protocol, len(record.engine.state.members), term.stdout)
        hints = {1: options.case} if options.case and not options.owner else {}
        return drive(record, workspace, term, prompts, title_hints=hints)


def _tell_size(protocol: Protocol, members: int, out: TextIO) -> None:
    """A group smaller or larger than the method is meant for hears so before the start, as in plan."""
    group = protocol.group
    if not group.min <= members <= group.max:
        out.write(t("plan.group_outside", min=group.min, max=group.max, n=members) + "\n")


def _tell_fit(agenda: Agenda, out: TextIO) -> None:
    if agenda.fits:
        return
    over, under = round(agenda.shortfall), round(agenda.surplus)
    target = i18n.count(round(agenda.target or 0), "minute")
    if over:
        out.write(t("run.does_not_fit", target=target, over=i18n.count(over, "minute")) + "\n")
    elif under:
        out.write(t("run.does_not_fill", target=target, under=i18n.count(under, "minute")) + "\n")


def report_reading(reading: recording.Reading, out: TextIO) -> None:
    """Tell ``out`` about every journal line that had to be left out."""
    if reading.tightened:
        out.write(t("store.tightened") + "\n")
    for notice in reading.notices:
        out.write(notice + "\n")
    if reading.skipped:
        out.write(t("run.skipped_events", lines=i18n.count(len(reading.skipped), "line")) + "\n")


def read_session(folder: Path, out: TextIO) -> tuple[list[Event], SessionState]:
    """The events of a session folder and the state they make, telling ``out`` about every line that
    had to be left out. A journal without a readable start is refused (``JournalDamaged``)."""
    reading = recording.read(folder)
    report_reading(reading, out)
    return reading.events, reading.state


def render_stored(folder: Path, out: TextIO) -> str:
    """The minutes of a stored session, finished or not, rendered again from its journal."""
    from intervision.render.minutes import render_minutes

    _, state = read_session(folder, out)
    return render_minutes(state, lang=state.protocol.language)


def resume_session(ref: str | None, workspace: Workspace, term: Terminal) -> int:
    found = store.find(workspace.sessions_dir, ref)
    if found.status.ended:
        raise UsageError("run.already_finished", folder=found.folder)
    if not i18n.explicit() and found.language in i18n.LANGUAGES:
        i18n.set_language(found.language)  # go on in the session's own language
    with recording.resumed(found.folder, lambda r: report_reading(r, term.stdout)) as record:
        term.stdout.write(t("run.resumed", folder=found.folder) + "\n")
        prompts = LinePrompts(term.stdin, term.stdout, echo_prompt=term.echo_prompts)
        return drive(record, workspace, term, prompts)


def drive(
    record: recording.Recording,
    workspace: Workspace,
    term: Terminal,
    prompts: LinePrompts,
    *,
    title_hints: dict[int, str] | None = None,
) -> int:
    engine, folder = record.engine, record.folder
    series = series_of(workspace, skip=folder)

    def propose(case: int, taken: list[str]) -> Proposal | None:
        state = engine.state
        return owner_advice(series, state.members, facilitator=state.facilitator, taken=taken)

    with signals_stop():  # also around the saving: a signal then cannot kill the process half-way
        try:
            if term.interactive:
                from intervision.ui.live import run_live

                outcome = run_live(
                    engine, propose, term.live, title_hints=title_hints, review=series.to_review
                )
            else:
                screen = PlainScreen(term.stdout)
                controller = Controller(engine, prompts, screen, propose)
                controller.title_hints = dict(title_hints or {})
                controller.review = series.to_review
                _keep_draft(controller, screen)
                outcome = _plain(controller, prompts, screen, term.stdin)
        except KeyboardInterrupt as stop:  # Ctrl-C, SIGTERM, SIGHUP or the terminal gone
            return _stop(engine, folder, term, exit_code_of(stop))
        if outcome is Outcome.ENDED:
            written = write_minutes(record)
            if written.kept is not None:
                kept = t("store.minutes_kept", path=written.path.name, kept=written.kept)
                term.stdout.write(kept + "\n")
            term.stdout.write(t("run.finished", path=written.path) + "\n")
            return EXIT_OK
        return _stop(engine, folder, term, EXIT_OK)


def _plain(
    controller: Controller, prompts: LinePrompts, screen: PlainScreen, stdin: TextIO
) -> Outcome:
    """The plain mode; typed in a terminal (stdout piped, ``| tee log``), the input failing because the
    window was closed is a hang-up, whether it ends (EOF) or fails (EIO) before the SIGHUP comes."""
    try:
        typed = stdin.isatty()
    except (OSError, ValueError):
        typed = False
    try:
        outcome = run_plain(controller, prompts, screen)
    except OSError:
        if not (typed and terminal_gone(stdin)):
            raise
        raise hangup() from None
    if outcome is Outcome.QUIT and typed and terminal_gone(stdin):
        raise hangup()
    return outcome


def _keep_draft(controller: Controller, screen: PlainScreen) -> None:
    """A line typed on the live screen when the session crashed, resumed without one: kept as a note
    (a command is shown, not run), so it is never silently dropped."""
    text = recovered(controller.engine.state, controller.names)
    command = parse(text, controller.names)
    if not text:
        pass
    elif command.action is Action.NOTE:
        controller.handle(command)
        screen.say(t("run.draft_saved", text=safe(text)))
    else:
        screen.say(t("run.draft_not_run", text=safe(text)))
    with contextlib.suppress(OSError):
        controller.engine.draft("")


def _stop(engine: SessionEngine, folder: Path, term: Terminal, code: int) -> int:
    """Leave a session: it is saved for resume, unless it never began (the caller removes it).

    After an interruption the message goes to stderr, where the facilitator sees it even when stdout is
    piped (``| tee log``); a closed terminal or pipe takes nothing more, and changes no exit code.
    """
    saving()
    quiet_dead_outputs()
    out = (
        term.stdout if code == EXIT_OK else safe_stream(sys.stderr)
    )  # the folder: shown, not obeyed
    if not engine.state.begun:
        say(out, "\n" + t("run.not_started"))
        return code
    engine.interrupt()
    say(out, "\n" + t("run.saved_resume", folder=folder))
    quiet_dead_outputs()
    return code


def write_minutes(record: recording.Recording) -> Written:
    from intervision.render.minutes import render_minutes

    state = record.engine.state
    now = record.engine.clock.now()
    return record.write_minutes(render_minutes(state, lang=state.protocol.language, now=now))
