from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from intervision.render import pdf_doc
from intervision.render.pdf_doc import PdfDocument, PdfUnavailable
from tests.render.tools import tool


def sample() -> PdfDocument:
    doc = PdfDocument("Notulen Zoë", author="Fenna", footer="Vertrouwelijk")
    doc.heading(1, "Zoë's <b>casus</b>")
    doc.facts([("Datum", "2026-12-01"), ("Aanwezig", "Anna, Bram, Zoë")])
    doc.paragraph("R&D <i>niet schuin</i>\nregel twee \x1b[31m")
    doc.bullets(["één", "twee"])
    doc.table(["Naam", "Paraaf"], [[f"Deelnemer {i} " * 6, ""] for i in range(40)], sign=[1])
    return doc


def test_a_pdf_is_built_and_is_the_same_bytes_every_time() -> None:
    first, second = sample().build(), sample().build()
    assert first.startswith(b"%PDF-") and first.rstrip().endswith(b"%%EOF")
    assert first == second


def test_without_the_library_it_says_how_to_install_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdf_doc.importlib.util, "find_spec", lambda name: None)
    with pytest.raises(PdfUnavailable) as raised:
        sample().build()
    assert raised.value.key == "export.pdf_missing"
    assert "pip install 'intervision[pdf]'" in str(raised.value)


@pytest.mark.slow
def test_the_text_reads_as_typed_with_accents_and_no_markup(tmp_path: Path) -> None:
    pdftotext = tool("pdftotext", "poppler-utils")
    path = tmp_path / "x.pdf"
    path.write_bytes(sample().build())
    text = subprocess.run(
        [pdftotext, "-raw", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Zoë's <b>casus</b>" in text
    assert "R&D <i>niet schuin</i>" in text and "regel twee" in text
    assert "één" in text and "Vertrouwelijk · 2" in text  # the table runs onto a second page
    assert "Deelnemer 39" in text and "\x1b" not in text
