"""The one place that decides where a group's protocols and sessions live.

Order: ``--workspace DIR``, else a group folder (the current folder or a parent holding the group file,
found the way git finds a repository), else ``INTERVISION_HOME``, else the user data folder.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

GROUP_FILE = "intervision-group.yaml"
ENV_HOME = "INTERVISION_HOME"


class Origin(str, Enum):
    FLAG = "flag"
    GROUP = "group"
    ENV = "env"
    USER = "user"


@dataclass(frozen=True)
class Workspace:
    root: Path
    origin: Origin

    @property
    def protocols_dir(self) -> Path:
        return self.root / "protocols"

    @property
    def sessions_dir(self) -> Path:
        return self.root / "sessions"

    @property
    def is_group(self) -> bool:
        return self.origin is not Origin.USER


def find_group(start: Path) -> Path | None:
    for folder in (start, *start.parents):
        if (folder / GROUP_FILE).is_file():
            return folder
    return None


_LANGUAGE_LINE = re.compile(r"""^language:[ \t]*["']?([A-Za-z_-]+)""", re.MULTILINE)


# Ways people write a language where the group file wants its code. The file stays strict: these are
# refused there with a "did you mean", but they do decide the language the refusal is written in.
_SPELLINGS = {
    "nl": ("nederlands", "dutch", "vlaams", "flemish", "hollands", "ned", "nld", "dut"),
    "en": ("engels", "english", "eng"),
}


def spelled_language(value: str) -> str | None:
    """The language code that ``value`` (``nederlands``, ``Dutch``, ``nl_NL``, ``english``) means."""
    from intervision import i18n

    code = i18n.normalise(value)
    if code:
        return code
    word = value.strip().casefold()
    return next((code for code, words in _SPELLINGS.items() if word in words), None)


def group_language(start: Path) -> str | None:
    """The ``language:`` of the group whose folder ``start`` is in, read without parsing the file.

    Read before the app is built, so that help texts and messages come out in the group's language;
    a file too broken to say is left to the commands that load it.
    """
    folder = find_group(start)
    if folder is None:
        return None
    try:
        with (folder / GROUP_FILE).open(encoding="utf-8", errors="replace") as file:
            text = file.read(65536)
    except OSError:
        return None
    found = _LANGUAGE_LINE.search(text)
    return spelled_language(found.group(1)) if found else None


def locate(
    flag: Path | None = None, *, cwd: Path | None = None, environ: Mapping[str, str] | None = None
) -> Workspace:
    env = os.environ if environ is None else environ
    if flag is not None:
        return Workspace(flag.expanduser().resolve(), Origin.FLAG)
    group = find_group((cwd or Path.cwd()).resolve())
    if group is not None:
        return Workspace(group, Origin.GROUP)
    home = env.get(ENV_HOME)
    if home:
        return Workspace(Path(home).expanduser().resolve(), Origin.ENV)
    import platformdirs  # only here: 30+ ms of start-up that most commands never pay

    return Workspace(Path(platformdirs.user_data_dir("intervision", appauthor=False)), Origin.USER)


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` so that it and every folder created on the way (the workspace, the user data
    folder) are owner-only (0700), whatever the umask; ``path`` itself is made 0700 if it exists."""
    from intervision.store.files import PRIVATE_DIR, make_dirs

    make_dirs(path, PRIVATE_DIR)
    if os.name == "posix":
        os.chmod(path, PRIVATE_DIR)
    return path
