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

MESSAGES.update(
    {
        "cli.opt.workspace": {
            "nl": "Map met de protocollen en sessies van de groep (anders de groepsmap, INTERVISION_HOME of de gebruikersmap).",
            "en": "Folder holding the group's protocols and sessions (else the group folder, INTERVISION_HOME or the user data folder).",
        },
        "cli.opt.json": {"nl": "Uitvoer als JSON.", "en": "Output as JSON."},
        "cli.protocols.help": {
            "nl": "Methoden (protocollen) bekijken, controleren en maken.",
            "en": "Look at, check and create methods (protocols).",
        },
        "cli.protocols.list.help": {
            "nl": "Toon de beschikbare methoden.",
            "en": "List the available methods.",
        },
        "cli.protocols.list.all": {
            "nl": "Toon beide talen, niet alleen de huidige.",
            "en": "Show both languages, not only the current one.",
        },
        "cli.protocols.show.help": {
            "nl": "Toon een methode: fasen, wie spreekt, minuten, spelregels en bronnen.",
            "en": "Show a method: phases, who speaks, minutes, ground rules and sources.",
        },
        "cli.protocols.validate.help": {
            "nl": "Controleer protocolbestanden (zonder pad: alle die gevonden worden).",
            "en": "Check protocol files (no path: every one the tool can find).",
        },
        "cli.protocols.new.help": {
            "nl": "Schrijf een nieuw protocol met uitleg als startpunt in de protocollenmap van de groep.",
            "en": "Write a new, commented protocol as a starting point into the group's protocols folder.",
        },
        "cli.protocols.new.from": {
            "nl": "Begin met een kopie van deze methode.",
            "en": "Start from a copy of this method.",
        },
        "cli.protocols.schema.help": {
            "nl": "Druk het JSON-schema van het protocolformaat af (voor je editor).",
            "en": "Print the JSON Schema of the protocol format (for your editor).",
        },
        "cli.arg.protocol": {"nl": "Id van de methode, of een pad naar een .yaml-bestand.", "en": "Method id, or a path to a .yaml file."},
        "cli.arg.paths": {"nl": "Protocolbestanden.", "en": "Protocol files."},
        "cli.arg.new_id": {"nl": "Id van de nieuwe methode.", "en": "Id of the new method."},
        "cli.plan.help": {
            "nl": "Maak de tijdsplanning van een sessie voor jullie groep.",
            "en": "Make the timed agenda of a session for your group.",
        },
        "cli.plan.members": {
            "nl": "Aantal deelnemers (inclusief casusinbrenger, zonder begeleider).",
            "en": "Number of members (case owner included, facilitator not).",
        },
        "cli.plan.minutes": {
            "nl": "Beschikbare minuten: de flexibele fasen worden passend gemaakt.",
            "en": "Minutes available: the flexible phases are scaled to fit.",
        },
        "cli.plan.cases": {"nl": "Aantal casussen.", "en": "Number of cases."},
        "cli.plan.start": {"nl": "Begintijd (UU:MM) voor kloktijden.", "en": "Start time (HH:MM) for clock times."},
    }
)
