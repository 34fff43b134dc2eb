"""The HTML and PDF exports in the programs people read them with (slow).

Chromium (Debian's ``chromium``, headless) takes a screenshot at a phone's width and prints the page to
PDF on A4; poppler's ``pdftotext`` and ``pdftoppm`` read the printed page and the PDF export back.
``.ci/run`` installs both; in CI a missing one fails, on a developer's machine it skips.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from tests.render.named_series import HOSTILE, write_series
from tests.render.tools import tool

pytestmark = pytest.mark.slow

BIN = Path(sys.executable).parent / "intervision"
SESSIONS = 3
PHONE = 390  # CSS pixels: an ordinary phone held upright


@pytest.fixture(scope="module")
def group(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_series(tmp_path_factory.mktemp("groep"), SESSIONS)


def export(group: Path, target: Path, *args: str) -> Path:
    env = {**os.environ, "INTERVISION_LANG": "nl"}
    result = subprocess.run(
        [str(BIN), "export", "--all", "-o", str(target), *args],
        cwd=group,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    return target


def chromium(*args: str) -> None:
    browser = shutil.which("chromium") or tool("chromium", "chromium")
    home = Path(os.environ.get("TMPDIR", "/tmp"))
    subprocess.run(
        [browser, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", *args],
        capture_output=True,
        timeout=120,
        check=True,
        env={**os.environ, "HOME": str(home)},
    )


def pdf_text(path: Path) -> str:
    pdftotext = tool("pdftotext", "poppler-utils")
    return subprocess.run(
        [pdftotext, "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_the_page_fits_a_phone_and_shows_text(group: Path, tmp_path: Path) -> None:
    page = export(group, tmp_path / "notulen.html", "--format", "html")
    shot = tmp_path / "phone.png"
    chromium(f"--window-size={PHONE},1600", f"--screenshot={shot}", page.as_uri())
    image = Image.open(shot).convert("L")
    assert image.size == (PHONE, 1600)
    width, height = image.size
    # Nothing runs off the right edge: long names and notes wrap inside the screen.
    edge = [image.getpixel((x, y)) for x in range(width - 6, width) for y in range(height)]
    assert min(edge) > 240  # type: ignore[operator]
    # And there is text to read: dark pixels over much of the height.
    rows = [
        y for y in range(0, height, 8) if min(image.getpixel((x, y)) for x in range(width)) < 100
    ]  # type: ignore[operator]
    assert len(rows) > height / 8 / 4


def test_printed_on_a4_each_session_starts_a_page_and_reads_as_typed(
    group: Path, tmp_path: Path
) -> None:
    page = export(group, tmp_path / "notulen.html", "--format", "html")
    printed = tmp_path / "printed.pdf"
    chromium("--no-pdf-header-footer", f"--print-to-pdf={printed}", page.as_uri())
    info = subprocess.run(
        [tool("pdfinfo", "poppler-utils"), str(printed)], capture_output=True, text=True, check=True
    ).stdout
    assert "(A4)" in info
    pages = pdf_text(printed).split("\f")
    dates = [f"2025-01-{day:02d}" for day in (6, 13, 20)]
    starts = [next(i for i, p in enumerate(pages) if f"· {d}" in p) for d in dates]
    assert starts == sorted(starts) and len(set(starts)) == SESSIONS
    for index in starts[1:]:  # a later session's heading is the first thing on its page
        assert pages[index].strip().startswith("Begeleide intervisie")
    flat = " ".join(" ".join(pages).split())
    assert " ".join(HOSTILE.split()) in flat


def test_the_pdf_export_reads_back_and_renders_a_page(group: Path, tmp_path: Path) -> None:
    pdf = export(group, tmp_path / "leden.pdf", "--format", "pdf", "--for", "members")
    text = pdf_text(pdf)
    assert "Voor de deelnemers" in text and "Volgende bijeenkomst" in text
    assert text.count("\f") >= SESSIONS  # a page per session at least
    assert "Vertrouwelijk · 1" in text
    pdftoppm = tool("pdftoppm", "poppler-utils")
    subprocess.run(
        [pdftoppm, "-png", "-r", "50", "-f", "1", "-l", "1", str(pdf), str(tmp_path / "page")],
        check=True,
    )
    image = Image.open(next(tmp_path.glob("page*.png"))).convert("L")
    width, height = image.size
    assert abs(height / width - 297 / 210) < 0.01  # A4 upright
    dark = sum(
        1 for x in range(0, width, 2) for y in range(0, height, 2) if image.getpixel((x, y)) < 128
    )  # type: ignore[operator]
    assert dark > 200  # ink on the page, not a blank sheet
