"""Messages of the command line itself: help texts, generic outcomes."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "cli.help": {
        "nl": "Begeleide intervisie vanaf je laptop: fasen met tijd, notities en verslag.",
        "en": "Guided peer consultation (intervision) from your laptop: timed phases, notes and minutes.",
    },
    "cli.opt.version": {"nl": "Toon het versienummer en stop.", "en": "Show the version and exit."},
    "cli.opt.lang": {
        "nl": "Taal van de uitvoer: nl of en (anders INTERVISION_LANG, dan de systeemtaal).",
        "en": "Language of the output: nl or en (else INTERVISION_LANG, then the system locale).",
    },
    "cli.bad_lang": {
        "nl": "onbekende taal '{lang}'; kies nl of en",
        "en": "unknown language '{lang}'; choose nl or en",
    },
    "cli.error_prefix": {"nl": "fout", "en": "error"},
    "cli.interrupted": {"nl": "Onderbroken.", "en": "Interrupted."},
    "cli.disk_full": {
        "nl": "kan niet schrijven: {reason}. Wat al opgeslagen was blijft bewaard; maak ruimte en probeer opnieuw.",
        "en": "cannot write: {reason}. What was saved stays saved; free some space and try again.",
    },
}
