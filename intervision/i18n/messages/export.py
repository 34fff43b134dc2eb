"""Messages of the export command: formats, audiences, pseudonymised output, writing the files."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "export.pdf_missing": {
        "nl": "Voor PDF is een extra onderdeel nodig. Installeer het met: {command}",
        "en": "PDF needs an extra part. Install it with: {command}",
    },
}
