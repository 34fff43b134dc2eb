"""Typed errors that carry a ready message; the CLI edge prints them and picks the exit code."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from intervision.i18n import t

# Exit codes, the same for every command; a stop by a signal follows the shell: 128 + the signal's number.
EXIT_OK, EXIT_FAILURE, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130
SIGHUP, SIGTERM = 1, 15  # the same number on every POSIX system; Windows sends neither
EXIT_HANGUP, EXIT_TERMINATED = 128 + SIGHUP, 128 + SIGTERM


class Stopped(KeyboardInterrupt):
    """A signal that stops the program (SIGTERM; SIGHUP, also when the terminal's input fails first): it
    is saved exactly like Ctrl-C, so it is a KeyboardInterrupt to every handler on the way out."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


def exit_code_of(interrupt: KeyboardInterrupt) -> int:
    """130 for Ctrl-C, 129 for a hang-up, 143 for SIGTERM."""
    return 128 + interrupt.signum if isinstance(interrupt, Stopped) else EXIT_INTERRUPTED


class IntervisionError(Exception):
    """A mistake or failure the user can act on. Never shown with a traceback."""

    exit_code = 1

    def __init__(self, key: str, /, **fields: Any) -> None:
        super().__init__(key)
        self.key = key
        self.fields = fields

    def messages(self) -> list[str]:
        return [t(self.key, **self.fields)]

    def __str__(self) -> str:
        return "\n".join(self.messages())


class UsageError(IntervisionError):
    """Bad arguments or an answer that cannot be used."""

    exit_code = 2


@dataclass(frozen=True)
class Problem:
    """One thing wrong in a protocol file, pointing at its line and column (1-based)."""

    path: str
    line: int
    column: int
    where: str
    key: str
    fields: tuple[tuple[str, str], ...] = ()

    def render(self) -> str:
        where = f"{self.where}: " if self.where else ""
        return f"{self.path}:{self.line}:{self.column}: {where}{t(self.key, **dict(self.fields))}"


class ProtocolError(IntervisionError):
    """All problems of one or more protocol files at once."""

    exit_code = 2

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("protocol.invalid")
        self.problems = problems

    def messages(self) -> list[str]:
        return [problem.render() for problem in self.problems]


class GroupFileError(ProtocolError):
    """All problems of the group file at once (the same one-line-each report as a protocol's)."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__(problems)
        self.key = "group.invalid"
