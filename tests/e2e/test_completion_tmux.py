"""Shell completion in a real bash (tmux): installed with ``--install-completion``, then Tab completes."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.test_live_tmux import BIN, Tmux, private_tmux

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        shutil.which("tmux") is None or shutil.which("bash") is None, reason="needs tmux and bash"
    ),
]


@pytest.fixture
def shell(tmp_path: Path) -> Iterator[Tmux]:
    """bash in a private tmux server, with its own HOME and the program on PATH."""
    (tmp_path / "user").mkdir()
    env = {
        "HOME": str(tmp_path / "user"),
        "PATH": f"{BIN.parent}:/usr/local/bin:/usr/bin:/bin",
        "INTERVISION_HOME": str(tmp_path / "home"),
        "INTERVISION_LANG": "nl",
    }
    with private_tmux("intervision-complete", env, size=(100, 30)) as session:
        yield session


def test_install_completion_then_tab_completes_methods_and_sessions(
    shell: Tmux, tmp_path: Path
) -> None:
    shell.type("intervision --install-completion")
    shell.keys("Enter")
    shell.wait("Aanvullen met Tab ingesteld voor bash")
    assert "source" in (tmp_path / "user" / ".bashrc").read_text()
    shell.type("source ~/.bashrc; clear")
    shell.keys("Enter")

    shell.type("intervision protocols show incid")
    shell.keys("Tab")
    shell.wait("intervision protocols show incidentmethode")
    shell.keys("C-u")

    (tmp_path / "home" / "sessions" / "2026-12-01-incidentmethode").mkdir(parents=True)
    shell.type("intervision resume 2026-12")
    shell.keys("Tab")
    shell.wait("intervision resume 2026-12-01-incidentmethode")
