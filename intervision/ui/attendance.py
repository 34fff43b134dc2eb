"""Who is there, for a session of a group: the roster says who is expected today; the facilitator
names only who is absent (with a reason if they like) and any guest, on the command line or when
asked."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING, TextIO, TypeVar

from intervision import i18n
from intervision.errors import IntervisionError
from intervision.i18n import t
from intervision.protocol.model import ScoreDimension
from intervision.session.attendance import Attendance
from intervision.store.workspace import GROUP_FILE, Workspace
from intervision.terminal import safe, safe_lines
from intervision.ui.prompts import LinePrompts

if TYPE_CHECKING:  # the group file's modules (its pydantic models) load only for a group's session
    from intervision.group.groupfile import GroupFile
    from intervision.group.roster import Absence, Roster


@dataclass(frozen=True)
class AttendanceFlags:
    absent: str | None = None  # --absent "Cees: ziek, Dirk"
    guests: tuple[str, ...] | None = None  # --guest NAME, repeated

    @property
    def given(self) -> bool:
        return self.absent is not None or self.guests is not None


def group_of(workspace: Workspace) -> GroupFile | None:
    """The workspace's group (its file read, problems reported as for protocols); it also sets the
    language of the session unless ``--lang`` chose one."""
    if not (workspace.root / GROUP_FILE).is_file():
        return None  # no group here: its modules are not even imported (start-up of a plain run)
    from intervision.group.folder import of_workspace

    folder = of_workspace(workspace)
    if folder is None:
        return None
    group = folder.load()
    if not i18n.explicit():
        i18n.set_language(group.language)
    return group


def attendance(
    group: GroupFile, flags: AttendanceFlags, prompts: LinePrompts, out: TextIO, day: date
) -> Attendance:
    """From the flags when any is given (no questions then), else asked until the answer is usable."""
    from intervision.group.roster import Roster, parse_absent

    roster = Roster.of(group)
    if flags.given:
        absent = parse_absent(flags.absent or "")
        return roster.attendance(day, absent, flags.guests or (), group.name)
    expected = ", ".join(m.name for m in roster.expected_on(day))
    out.write(safe(t("run.expected", members=expected)) + "\n")
    absent = _until_usable(
        lambda: _checked(roster, day, parse_absent(prompts.ask(t("run.ask_absent")))), out
    )
    return _until_usable(
        lambda: roster.attendance(
            day, absent, _names(prompts.ask(t("run.ask_guests"))), group.name
        ),
        out,
    )


T = TypeVar("T")


def _until_usable(ask: Callable[[], T], out: TextIO) -> T:
    while True:
        try:
            return ask()
        except IntervisionError as error:  # explained, then asked again
            for message in error.messages():
                out.write(safe_lines(t("ui.error_line", message=message)) + "\n")


def _checked(roster: Roster, day: date, absent: list[Absence]) -> list[Absence]:
    roster.attendance(day, absent)  # refuses a name that is not expected today
    return absent


def facilitator(
    given: str | None,
    group: GroupFile | None,
    workspace: Workspace,
    present: list[str],
    prompts: LinePrompts,
) -> str:
    """``--facilitator``, else the group's fixed one, else asked; with a rota the one whose turn it
    is (``group/rotation.py``) is the answer Enter gives."""
    name = (given or (group.facilitator if group else "") or "").strip()
    proposed = None
    if not name and group is not None and group.facilitator_rota:
        from intervision.group.rotation import propose_facilitator
        from intervision.group.series import Series

        series = Series(workspace.sessions_dir, group_file=workspace.root / GROUP_FILE)
        proposed = propose_facilitator(series.history, present, group.facilitator_rota).name
    while not name:
        name = prompts.ask(t("run.ask_facilitator"), default=proposed).strip()
    return name


def score_dimensions(group: GroupFile | None) -> list[ScoreDimension] | None:
    """The group's own evaluation questions (``scores: [nut, veiligheid]``), scored one by one
    instead of the method's; None leaves the method's."""
    if group is None or not group.scores:
        return None
    return [ScoreDimension(id=score, title=score) for score in group.scores]


def without(seen: Attendance, person: str) -> Attendance:
    """The attendance with ``person`` (the day's facilitator, from the rota) not among the members
    taking part: they lead the session instead."""
    present = tuple(m for m in seen.present if m.casefold() != person.strip().casefold())
    return replace(seen, present=present)


def _names(text: str) -> list[str]:
    return [n.strip() for n in text.replace(";", ",").split(",") if n.strip()]
