"""``intervision run``, ``resume``, ``minutes`` and ``sessions list``."""

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from intervision.cli.complete import protocol_ids, session_folders
from intervision.cli.edge import guarded
from intervision.i18n import t
from intervision.protocol.limits import MAX_CASES
from intervision.store.workspace import locate

if TYPE_CHECKING:
    from intervision.store.sessions import StoredSession
    from intervision.store.workspace import Workspace
    from intervision.ui.run import Terminal

DEFAULT_SPEED = 30.0


def normalise_rehearse(argv: list[str]) -> list[str]:
    """Let ``--rehearse`` stand alone (speed 30) as well as take a speed: ``--rehearse 60``."""
    out: list[str] = []
    for i, arg in enumerate(argv):
        if arg == "--rehearse":
            following = argv[i + 1] if i + 1 < len(argv) else None
            try:
                float(following or "")
            except ValueError:
                out.append(f"--rehearse={DEFAULT_SPEED:g}")
                continue
        out.append(arg)
    return out


def _terminal(bell: bool = True, on_phase_end: str | None = None, warn: int = 60) -> "Terminal":
    from intervision.terminal import plain_terminal, safe_stream
    from intervision.ui.run import LiveSettings, Terminal

    # TERM=dumb cannot draw the live screen: it gets the plain mode (with its prompts shown).
    person = sys.stdin.isatty() and sys.stdout.isatty()
    interactive = person and not plain_terminal()
    if hasattr(sys.stdin, "reconfigure"):
        sys.stdin.reconfigure(
            errors="replace"
        )  # a stray non-UTF-8 byte in a script is no reason to stop
    stdout = safe_stream(sys.stdout)  # names, titles and folders are shown, never obeyed
    settings = LiveSettings(bell, on_phase_end, warn)
    return Terminal(sys.stdin, stdout, interactive, settings, person=person)


def _choose_language(lang: str | None) -> None:
    from intervision import i18n

    if lang is not None:
        chosen = i18n.normalise(lang)
        if chosen is None:
            from intervision.terminal import safe

            raise typer.BadParameter(t("cli.bad_lang", value=safe(lang)), param_hint="--lang")
        i18n.set_language(chosen, explicit=True)


def speak_as_group(workspace: "Workspace") -> None:
    """Without ``--lang``, answer in the language of the group whose folder this is."""
    from intervision import i18n
    from intervision.errors import IntervisionError
    from intervision.group.folder import of_workspace

    folder = None if i18n.explicit() else of_workspace(workspace)
    if folder is None:
        return
    try:
        i18n.set_language(folder.load().language)
    except IntervisionError:
        return  # a broken group file is reported by the commands that read it; listing goes on


def speak_as_session(found: "StoredSession") -> None:
    """Without ``--lang``, answer about a session in the session's own language."""
    from intervision import i18n

    if not i18n.explicit() and found.language in i18n.LANGUAGES:
        i18n.set_language(found.language)


def _minutes_text(found: "StoredSession") -> tuple[str, bool]:
    """The minutes of a stored session; for a damaged one, what can be recovered (True)."""
    from intervision.i18n import language
    from intervision.render.recovered import render_recovered
    from intervision.session.state import JournalDamaged
    from intervision.store.journal import JOURNAL, read_journal
    from intervision.terminal import safe_stream
    from intervision.ui.run import render_stored

    err = safe_stream(sys.stderr)
    problem = found.problem
    if not found.damaged:
        try:
            return render_stored(found.folder, err), False
        except JournalDamaged as damaged:  # a start whose method does not validate
            problem = str(damaged)
    err.write(t("store.recovering", folder=found.folder.name, problem=problem) + "\n")
    replay = read_journal(found.folder / JOURNAL)
    for notice in replay.notices():
        err.write(notice + "\n")
    text = render_recovered(
        replay.events, folder=found.folder.name, problem=problem, lang=language()
    )
    return text, True


def register(app: typer.Typer) -> None:
    workspace_opt = typer.Option("--workspace", help=t("cli.opt.workspace"))
    # Options that run and resume share: how the screen signals time, and its language.
    Lang = Annotated[str | None, typer.Option("--lang", help=t("cli.opt.lang"))]
    NoBell = Annotated[bool, typer.Option("--no-bell", help=t("cli.run.no_bell"))]
    OnPhaseEnd = Annotated[
        str | None, typer.Option("--on-phase-end", help=t("cli.run.on_phase_end"))
    ]
    Warn = Annotated[int, typer.Option("--warn", min=0, max=3600, help=t("cli.run.warn"))]

    @app.command("run", help=t("cli.run.help"))
    @guarded
    def run(
        protocol: Annotated[
            str | None, typer.Argument(help=t("cli.arg.protocol"), autocompletion=protocol_ids)
        ] = None,
        members: Annotated[str | None, typer.Option("--members", help=t("cli.run.members"))] = None,
        facilitator: Annotated[
            str | None, typer.Option("--facilitator", help=t("cli.run.facilitator"))
        ] = None,
        owner: Annotated[str | None, typer.Option("--owner", help=t("cli.run.owner"))] = None,
        case: Annotated[str | None, typer.Option("--case", help=t("cli.run.case"))] = None,
        cases: Annotated[
            int | None, typer.Option("--cases", min=1, max=MAX_CASES, help=t("cli.plan.cases"))
        ] = None,
        minutes: Annotated[
            float | None, typer.Option("--minutes", min=1, max=1440, help=t("cli.plan.minutes"))
        ] = None,
        rehearse: Annotated[
            float | None, typer.Option("--rehearse", min=1, max=3600, help=t("cli.run.rehearse"))
        ] = None,
        absent: Annotated[str | None, typer.Option("--absent", help=t("cli.run.absent"))] = None,
        guest: Annotated[list[str] | None, typer.Option("--guest", help=t("cli.run.guest"))] = None,
        lang: Lang = None,
        workspace: Annotated[Path | None, workspace_opt] = None,
        no_bell: NoBell = False,
        on_phase_end: OnPhaseEnd = None,
        warn: Warn = 60,
    ) -> None:
        from intervision.ui.attendance import AttendanceFlags
        from intervision.ui.run import RunOptions, split_names, start_session

        _choose_language(lang)
        options = RunOptions(
            protocol=protocol,
            members=split_names(members) if members else None,
            facilitator=facilitator,
            owner=owner,
            case=case,
            cases=cases,
            minutes=minutes,
            rehearse=rehearse,
            attendance=AttendanceFlags(absent, tuple(guest) if guest else None),
        )
        term = _terminal(not no_bell, on_phase_end, warn)
        raise typer.Exit(start_session(options, locate(workspace), term))

    @app.command("resume", help=t("cli.resume.help"))
    @guarded
    def resume(
        session: Annotated[
            str | None, typer.Argument(help=t("cli.arg.session"), autocompletion=session_folders)
        ] = None,
        workspace: Annotated[Path | None, workspace_opt] = None,
        no_bell: NoBell = False,
        on_phase_end: OnPhaseEnd = None,
        warn: Warn = 60,
        lang: Lang = None,
    ) -> None:
        from intervision.ui.run import resume_session

        _choose_language(lang)
        term = _terminal(not no_bell, on_phase_end, warn)
        raise typer.Exit(resume_session(session, locate(workspace), term))

    @app.command("minutes", help=t("cli.minutes.help"))
    @guarded
    def minutes_command(
        session: Annotated[
            str | None, typer.Argument(help=t("cli.arg.session"), autocompletion=session_folders)
        ] = None,
        stdout: Annotated[bool, typer.Option("--stdout", help=t("cli.minutes.stdout"))] = False,
        workspace: Annotated[Path | None, workspace_opt] = None,
    ) -> None:
        from intervision.store import sessions as store
        from intervision.store.minutes import MINUTES, RECOVERED, write_minutes
        from intervision.terminal import safe, safe_lines

        place = locate(workspace)
        speak_as_group(place)
        found = store.find(place.sessions_dir, session, latest=True)
        speak_as_session(found)
        # as resume does: a copy or a sync tool (or a chmod by hand) may have opened the folder up
        tightened = store.make_private(found.folder)
        text, recovered = _minutes_text(found)
        if stdout:
            if tightened:
                typer.echo(t("store.tightened"), err=True)
            typer.echo(safe_lines(text), nl=False)
            return
        if tightened:
            typer.echo(t("store.tightened"))
        written = write_minutes(found.folder, text, RECOVERED if recovered else MINUTES)
        if written.kept is not None:
            typer.echo(safe(t("store.minutes_kept", path=written.path.name, kept=written.kept)))
        key = "store.recovered_written" if recovered else "cli.minutes.written"
        typer.echo(safe(t(key, path=written.path)))

    sessions = typer.Typer(help=t("cli.sessions.help"), no_args_is_help=True, rich_markup_mode=None)

    @sessions.command("list", help=t("cli.sessions.list.help"))
    @guarded
    def sessions_list(
        as_json: Annotated[bool, typer.Option("--json", help=t("cli.opt.json"))] = False,
        workspace: Annotated[Path | None, workspace_opt] = None,
    ) -> None:
        from intervision.store import sessions as store

        place = locate(workspace)
        speak_as_group(place)
        rows = store.stored(place.sessions_dir)
        if as_json:
            from intervision.terminal import safe_json

            typer.echo(safe_json([r.to_dict() for r in rows]))
            return
        from intervision.cli import views

        views.session_list(rows)

    app.add_typer(sessions, name="sessions")
