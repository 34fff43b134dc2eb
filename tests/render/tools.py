"""System programs the slow render tests drive (chromium, poppler): in CI a missing one fails."""

from __future__ import annotations

import os
import shutil

import pytest


def tool(name: str, package: str) -> str:
    found = shutil.which(name)
    if found:
        return found
    if os.environ.get("CI") == "true":
        pytest.fail(f"{package} is not installed; .ci/run installs it")
    pytest.skip(f"{package} is not installed (apt-get install -y {package})")
