"""The error edge: every failed read or write is one line and exit code 1, never a traceback."""

from __future__ import annotations

import errno

import pytest
import typer

from intervision.cli.edge import guarded, os_error_message
from intervision.errors import Stopped


@pytest.mark.parametrize(
    ("error", "fragment"),
    [
        (OSError(errno.ENOSPC, "No space left on device"), "free some space"),
        (PermissionError(errno.EACCES, "Permission denied", "/etc/x"), "no access to /etc/x"),
        (OSError(errno.EROFS, "Read-only file system", "/mnt"), "no access to /mnt"),
        (
            NotADirectoryError(errno.ENOTDIR, "Not a directory", "/etc/passwd/sessions"),
            "cannot use /etc/passwd/sessions",
        ),
    ],
)
def test_os_errors_become_one_line(
    error: OSError, fragment: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert fragment in os_error_message(error)

    @guarded
    def command() -> None:
        raise error

    with pytest.raises(typer.Exit) as done:
        command()
    assert done.value.exit_code == 1
    err = capsys.readouterr().err
    assert fragment in err and err.count("\n") == 1


def test_a_closed_pipe_ends_quietly(tmp_path: object) -> None:
    import os
    import subprocess
    import sys
    from pathlib import Path

    binary = Path(sys.executable).parent / "intervision"
    env = {**os.environ, "INTERVISION_HOME": str(tmp_path)}
    done = subprocess.run(
        f"'{binary}' protocols list --all | head -1",
        shell=True,
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert done.stdout.startswith("id")
    assert "Broken pipe" not in done.stderr and "Traceback" not in done.stderr


@pytest.mark.parametrize(
    ("error", "code", "said"),
    [
        (KeyboardInterrupt(), 130, "Interrupted."),
        (Stopped(15), 143, "Stopped by a signal (SIGTERM)."),
        (Stopped(1), 129, "Stopped by a signal (SIGHUP)."),
    ],
)
def test_an_interruption_exits_as_the_shell_expects(
    error: KeyboardInterrupt, code: int, said: str, capsys: pytest.CaptureFixture[str]
) -> None:
    @guarded
    def command() -> None:
        raise error

    with pytest.raises(typer.Exit) as done:
        command()
    assert done.value.exit_code == code
    assert capsys.readouterr().err == said + "\n"
