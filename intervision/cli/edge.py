"""The single place where errors become one line on stderr and an exit code."""

from __future__ import annotations

import errno
import functools
import sys
from collections.abc import Callable
from typing import Any, ParamSpec, TypeVar

import typer

from intervision.errors import IntervisionError
from intervision.i18n import t

P = ParamSpec("P")
R = TypeVar("R")

EXIT_OK, EXIT_FAILURE, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


def report(error: IntervisionError) -> int:
    for line in error.messages():
        print(line, file=sys.stderr)
    return error.exit_code


def guarded(fn: Callable[P, R]) -> Callable[P, R]:
    """Wrap a command body: typed errors are printed, never shown as a traceback."""

    @functools.wraps(fn)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return fn(*args, **kwargs)
        except IntervisionError as error:
            raise typer.Exit(report(error)) from None
        except KeyboardInterrupt:
            print(t("cli.interrupted"), file=sys.stderr)
            raise typer.Exit(EXIT_INTERRUPTED) from None
        except OSError as error:
            if error.errno in (errno.ENOSPC, errno.EDQUOT, errno.EACCES, errno.EROFS, errno.EPERM):
                print(t("cli.disk_full", reason=error.strerror or error), file=sys.stderr)
                raise typer.Exit(EXIT_FAILURE) from None
            raise

    return wrapper


def run_edge(call: Callable[[], Any]) -> int:
    """Last line of defence around the whole app; commands are ``guarded`` themselves."""
    try:
        call()
    except IntervisionError as error:
        return report(error)
    except KeyboardInterrupt:
        print(t("cli.interrupted"), file=sys.stderr)
        return EXIT_INTERRUPTED
    return EXIT_OK
