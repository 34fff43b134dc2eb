"""The single place where errors become one line on stderr and an exit code."""

from __future__ import annotations

import contextlib
import errno
import functools
import sys
from collections.abc import Callable
from typing import Any, ParamSpec, TypeVar

import typer

from intervision.errors import EXIT_FAILURE, EXIT_OK, IntervisionError, Stopped, exit_code_of
from intervision.i18n import t

P = ParamSpec("P")
R = TypeVar("R")


HANDLED = (IntervisionError, KeyboardInterrupt, OSError)


def report(error: BaseException) -> int:
    """Say what went wrong in one line each on stderr (never a traceback); return the exit code.

    Ids, paths and values in the message come from a person or a file: shown, never obeyed."""
    from intervision.terminal import safe_lines

    if isinstance(error, IntervisionError):
        for line in error.messages():
            print(safe_lines(line), file=sys.stderr)
        return error.exit_code
    if isinstance(error, KeyboardInterrupt):
        if isinstance(error, Stopped):
            message = t("cli.stopped", signal=_signal_name(error.signum))
        else:
            message = t("cli.interrupted")
        with contextlib.suppress(
            OSError
        ):  # a closed terminal hears nothing; the exit code still says it
            print(message, file=sys.stderr)
        return exit_code_of(error)
    if isinstance(error, BrokenPipeError):
        # The reader went away (`| head`): nothing to tell, and nothing more to write to it.
        _silence_stdout()
        return EXIT_OK
    if isinstance(error, OSError):
        print(safe_lines(os_error_message(error)), file=sys.stderr)
        return EXIT_FAILURE
    raise error


def _signal_name(signum: int) -> str:
    import signal

    try:
        return signal.Signals(signum).name
    except ValueError:
        return str(signum)


def os_error_message(error: OSError) -> str:
    """One line for a failed read or write: what, where, and what to do about it."""
    reason = error.strerror or str(error)
    where = error.filename or t("cli.unnamed_file")
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return t("cli.disk_full", path=where, reason=reason)
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return t("cli.not_writable", path=where, reason=reason)
    return t("cli.os_error", path=where, reason=reason)


def _silence_stdout() -> None:
    """Point stdout at /dev/null so Python's own flush at exit does not fail on the closed pipe."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def guarded(fn: Callable[P, R]) -> Callable[P, R]:
    """Wrap a command body: its errors are reported by ``report`` and end with their exit code."""

    @functools.wraps(fn)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return fn(*args, **kwargs)
        except HANDLED as error:
            raise typer.Exit(report(error)) from None

    return wrapper


def run_edge(call: Callable[[], Any]) -> int:
    """Last line of defence around the whole app (option callbacks, help output); the same rules."""
    try:
        call()
    except HANDLED as error:
        return report(error)
    return EXIT_OK
