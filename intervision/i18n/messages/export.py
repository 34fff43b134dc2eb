"""Messages of the export command: titles of each copy, notices, refusals, writing the files."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "export.pdf_missing": {
        "nl": "Voor PDF is een extra onderdeel nodig. Installeer het met: {command}",
        "en": "PDF needs an extra part. Install it with: {command}",
    },
    "export.meta.date": {"nl": "DATUM", "en": "DATE"},
    # the copies
    "export.title.group": {"nl": "Notulen", "en": "Minutes"},
    "export.title.owner": {"nl": "Voor de casusinbrenger", "en": "For the case owner"},
    "export.title.members": {"nl": "Voor de deelnemers", "en": "For the members"},
    "export.pseudonymised": {
        "nl": "Gepseudonimiseerd: namen zijn vervangen door labels. Dat is niet anoniem: "
        "de tekst kan mensen nog steeds herkenbaar maken.",
        "en": "Pseudonymised: names are replaced by labels. That is not anonymous: "
        "the text can still identify people.",
    },
    "export.footer": {"nl": "Vertrouwelijk", "en": "Confidential"},
    "export.case": {"nl": "Casus {n}", "en": "Case {n}"},
    "export.owner": {"nl": "Casusinbrenger: {name}", "en": "Case owner: {name}"},
    "export.notes": {"nl": "Wat er gezegd is", "en": "What was said"},
    "export.reviewed": {"nl": "Afspraken van vorige keer", "en": "Agreements from last time"},
    "export.col.outcome": {"nl": "Hoe staat het", "en": "How it stands"},
    "export.next_meeting": {"nl": "Volgende bijeenkomst", "en": "Next meeting"},
    "export.no_next_meeting": {
        "nl": "Nog niet afgesproken.",
        "en": "Not agreed yet.",
    },
    # refusals and what was written
    "export.leak": {
        "nl": "Niets geschreven: er staat nog een naam in de gepseudonimiseerde uitvoer ({n}×). "
        "Zet hem op de deny_list van het groepsbestand of pas de tekst aan:",
        "en": "Nothing written: a name is still in the pseudonymised output ({n}×). "
        "Put it on the group file's deny_list or change the text:",
    },
    "export.leak_place": {"nl": "  {where}: {name}", "en": "  {where}: {name}"},
    "export.leak_more": {"nl": "  … en nog {n}", "en": "  … and {n} more"},
    "export.leak_line": {"nl": "{file}: regel {n}", "en": "{file}: line {n}"},
    "export.not_an_owner": {
        "nl": "{name} bracht in deze sessies geen casus in",
        "en": "{name} brought no case in these sessions",
    },
    "export.owner_needs_for": {
        "nl": "--owner hoort bij --for owner",
        "en": "--owner goes with --for owner",
    },
    "export.exists": {
        "nl": "{path} bestaat al; niets geschreven (met --force wordt het vervangen)",
        "en": "{path} already exists; nothing written (--force replaces it)",
    },
    "export.replaced": {"nl": "Vervangen: {path}", "en": "Replaced: {path}"},
    "export.written": {"nl": "Geschreven: {path}", "en": "Written: {path}"},
    "export.no_sessions": {
        "nl": "Geen sessies om te exporteren (noem er een, of gebruik --all of --since)",
        "en": "No sessions to export (name one, or use --all or --since)",
    },
    "export.none_in_range": {
        "nl": "Geen sessies in die periode",
        "en": "No sessions in that period",
    },
    "export.skipped_damaged": {
        "nl": "Overgeslagen (beschadigd): {folder}",
        "en": "Skipped (damaged): {folder}",
    },
    "export.pdf_to_terminal": {
        "nl": "Een PDF gaat naar een bestand: geef -o BESTAND.pdf",
        "en": "A PDF goes to a file: give -o FILE.pdf",
    },
    "export.split_needs_dir": {
        "nl": "{path} is geen map; voor een bestand per sessie geef een map, voor één document een bestand",
        "en": "{path} is not a folder; for a file per session give a folder, for one document a file",
    },
    "export.bad_format": {
        "nl": "'{value}' kan niet; kies uit: {choices}",
        "en": "'{value}' is not possible; choose one of: {choices}",
    },
    "export.bad_date": {
        "nl": "{option}: '{value}' is geen datum (JJJJ-MM-DD)",
        "en": "{option}: '{value}' is not a date (YYYY-MM-DD)",
    },
    "export.all_and_sessions": {
        "nl": "Noem sessies óf gebruik --all/--since, niet allebei",
        "en": "Name sessions or use --all/--since, not both",
    },
}
