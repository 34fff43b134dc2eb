"""Messages of the command line itself: help texts, generic outcomes."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "cli.docs.help": {
        "nl": "De handleidingen bij het programma: een methode schrijven, het groepsbestand, exporteren.",
        "en": "The guides that come with the program: writing a method, the group file, exporting.",
    },
    "cli.docs.arg": {
        "nl": "Welke handleiding (protocols, group, export); leeg: de lijst.",
        "en": "Which guide (protocols, group, export); empty: the list.",
    },
    "cli.docs.opt.path": {
        "nl": "Alleen waar het bestand staat, om het in een editor of viewer te openen.",
        "en": "Only where the file is, to open it in an editor or viewer.",
    },
    "cli.docs.hint": {
        "nl": "Lezen: intervision docs NAAM  (waar het bestand staat: intervision docs NAAM --path)",
        "en": "To read one: intervision docs NAME  (where the file is: intervision docs NAME --path)",
    },
    "cli.docs.unknown": {
        "nl": "Er is geen handleiding '{name}'; kies uit: {names}.",
        "en": "There is no guide '{name}'; choose from: {names}.",
    },
    "cli.help": {
        "nl": "Begeleide intervisie vanaf je laptop: fasen met tijd, notities en verslag.",
        "en": "Guided peer consultation (intervision) from your laptop: timed phases, notes and minutes.",
    },
    "cli.opt.version": {"nl": "Toon het versienummer en stop.", "en": "Show the version and exit."},
    "cli.opt.lang": {
        "nl": "Taal van de teksten: nl of en (zonder deze optie: INTERVISION_LANG, anders de systeemtaal).",
        "en": "Language of the output: nl or en (else INTERVISION_LANG, then the system locale).",
    },
    "cli.bad_lang": {
        "nl": "onbekende taal '{value}'; kies nl of en",
        "en": "unknown language '{value}'; choose nl or en",
    },
    "cli.interrupted": {"nl": "Onderbroken.", "en": "Interrupted."},
    "cli.completion.installed": {
        "nl": "Aanvullen met Tab ingesteld voor {shell}: {path}",
        "en": "Tab completion set up for {shell}: {path}",
    },
    "cli.completion.restart": {
        "nl": "Het werkt in een nieuw terminalvenster (of na 'source' van je shellbestand).",
        "en": "It works in a new terminal window (or after 'source' of your shell's start-up file).",
    },
    "cli.stopped": {
        "nl": "Gestopt door een signaal ({signal}).",
        "en": "Stopped by a signal ({signal}).",
    },
    "cli.not_writable": {
        "nl": "geen toegang tot {path} ({reason}); kies een map waarin je mag schrijven, bijvoorbeeld met --workspace",
        "en": "no access to {path} ({reason}); choose a folder you may write to, for example with --workspace",
    },
    "cli.os_error": {
        "nl": "kan {path} niet gebruiken: {reason}; controleer of de map of het bestand bestaat en of je er toegang toe hebt",
        "en": "cannot use {path}: {reason}",
    },
    "cli.write_failed_note": {
        "nl": "opslaan is mislukt ({reason}); deze tekst is NIET bewaard, kopieer hem zelf: {text}",
        "en": "could not save ({reason}); this text was NOT saved, copy it: {text}",
    },
    "cli.disk_full": {
        "nl": "kan {path} niet opslaan: {reason}. Wat al was opgeslagen, blijft bewaard. Maak ruimte vrij op de schijf en probeer het opnieuw.",
        "en": "cannot write {path}: {reason}. What was saved stays saved; free some space and try again.",
    },
    "cli.unnamed_file": {"nl": "een bestand", "en": "a file"},
}

MESSAGES.update(
    {
        "cli.opt.workspace": {
            "nl": "Map met de protocollen en sessies van de groep (zonder deze optie: de groepsmap, INTERVISION_HOME of je gebruikersmap).",
            "en": "Folder holding the group's protocols and sessions (else the group folder, INTERVISION_HOME or the user data folder).",
        },
        "cli.opt.json": {"nl": "Uitvoer als JSON.", "en": "Output as JSON."},
        "cli.protocols.help": {
            "nl": "Bekijk, controleer en maak methoden (protocollen).",
            "en": "Look at, check and create methods (protocols).",
        },
        "cli.protocols.list.help": {
            "nl": "Toon de beschikbare methoden.",
            "en": "List the available methods.",
        },
        "cli.protocols.list.all": {
            "nl": "Toon de methoden in beide talen, niet alleen in de huidige taal.",
            "en": "Show both languages, not only the current one.",
        },
        "cli.protocols.show.help": {
            "nl": "Toon een methode: fasen, wie spreekt, minuten, spelregels en bronnen.",
            "en": "Show a method: phases, who speaks, minutes, ground rules and sources.",
        },
        "cli.protocols.validate.help": {
            "nl": "Controleer protocolbestanden (zonder pad: alle protocollen die het programma vindt).",
            "en": "Check protocol files (no path: every one the tool can find).",
        },
        "cli.protocols.new.help": {
            "nl": "Maak een nieuw protocol met uitleg, als begin van een eigen methode, in de protocollenmap van de groep.",
            "en": "Write a new, commented protocol as a starting point into the group's protocols folder.",
        },
        "cli.protocols.new.from": {
            "nl": "Begin met een kopie van deze methode.",
            "en": "Start from a copy of this method.",
        },
        "cli.protocols.schema.help": {
            "nl": "Toon het JSON-schema van het protocolformaat (voor je teksteditor).",
            "en": "Print the JSON Schema of the protocol format (for your editor).",
        },
        "cli.arg.protocol": {
            "nl": "Id van de methode, of een pad naar een .yaml-bestand.",
            "en": "Method id, or a path to a .yaml file.",
        },
        "cli.arg.paths": {"nl": "Protocolbestanden.", "en": "Protocol files."},
        "cli.arg.new_id": {"nl": "Id van de nieuwe methode.", "en": "Id of the new method."},
        "cli.plan.help": {
            "nl": "Maak de tijdsplanning van een sessie voor jullie groep.",
            "en": "Make the timed agenda of a session for your group.",
        },
        "cli.plan.members": {
            "nl": "Aantal deelnemers: de casusinbrenger telt mee, de begeleider niet.",
            "en": "Number of members (case owner included, facilitator not).",
        },
        "cli.plan.minutes": {
            "nl": "Beschikbare tijd in minuten; fasen met speelruimte worden korter of langer, zodat het past.",
            "en": "Minutes available: the flexible phases are scaled to fit.",
        },
        "cli.plan.cases": {"nl": "Aantal casussen.", "en": "Number of cases."},
        "cli.plan.start": {
            "nl": "Begintijd (UU:MM); dan staan de kloktijden erbij.",
            "en": "Start time (HH:MM) for clock times.",
        },
        "cli.run.help": {
            "nl": "Leid een sessie: fasen met klok, notities, afspraken en verslag. Wat je niet opgeeft, wordt gevraagd.",
            "en": "Run a session: timed phases, notes, agreements and minutes. What is missing is asked.",
        },
        "cli.run.members": {
            "nl": 'Deelnemers, gescheiden door komma\'s: "Anna,Bram,Cor".',
            "en": 'Members, separated by commas: "Anna,Bram,Cor".',
        },
        "cli.run.facilitator": {"nl": "Naam van de begeleider.", "en": "Name of the facilitator."},
        "cli.run.owner": {
            "nl": "Casusinbrenger van de (eerste) casus.",
            "en": "Case owner of the (first) case.",
        },
        "cli.run.case": {"nl": "Titel van de (eerste) casus.", "en": "Title of the (first) case."},
        "cli.run.rehearse": {
            "nl": "Oefenen: de klok loopt zoveel keer zo snel (zonder getal: 30 keer). In het verslag staat dat het een oefening was.",
            "en": "Rehearse: the clock runs this many times faster (no number: 30). The minutes are marked as a rehearsal.",
        },
        "cli.resume.help": {
            "nl": "Ga verder met een onderbroken sessie (zonder naam: de laatste).",
            "en": "Continue an interrupted session (no name: the most recent).",
        },
        "cli.arg.session": {
            "nl": "Naam van de sessiemap (zie 'intervision sessions list').",
            "en": "Name of the session folder (see 'intervision sessions list').",
        },
        "cli.minutes.help": {
            "nl": "Maak het verslag (minutes.md) opnieuw uit het logboek, ook van een onafgemaakte sessie.",
            "en": "Render the minutes (minutes.md) again from the journal, also of an unfinished session.",
        },
        "cli.minutes.stdout": {
            "nl": "Toon het verslag op het scherm in plaats van het op te slaan.",
            "en": "Print the minutes instead of saving them.",
        },
        "cli.minutes.written": {
            "nl": "Verslag opgeslagen: {path}",
            "en": "Minutes written: {path}",
        },
        "cli.sessions.help": {
            "nl": "Bekijk de opgeslagen sessies.",
            "en": "Look at stored sessions.",
        },
        "cli.sessions.list.help": {
            "nl": "Toon de sessies: datum, methode, deelnemers, casusinbrenger, status, map.",
            "en": "List the sessions: date, method, members, owner, status, folder.",
        },
        "cli.run.no_bell": {
            "nl": "Geen belsignaal als de tijd op is.",
            "en": "No bell when time is up.",
        },
        "cli.run.on_phase_end": {
            "nl": "Opdracht die wordt uitgevoerd als de tijd van een fase of spreker op is (bijvoorbeeld een geluid of melding).",
            "en": "Command to run when a phase's or speaker's time is up (a sound, a notification).",
        },
        "cli.run.absent": {
            "nl": 'In een groep: wie er vandaag niet is, met een reden na een dubbele punt: "Cees: ziek, Dirk". '
            "Dan wordt er niet naar afwezigen en gasten gevraagd.",
            "en": 'In a group: who is not there today, with a reason after a colon: "Cees: ill, Dirk". '
            "Then absentees and guests are not asked.",
        },
        "cli.run.guest": {
            "nl": "In een groep: een gast die deze ene sessie meedoet (zo vaak als nodig). Dan wordt er "
            "niet naar afwezigen en gasten gevraagd.",
            "en": "In a group: a guest who joins this one session (repeat as needed). Then absentees "
            "and guests are not asked.",
        },
        "cli.run.warn": {
            "nl": "Zoveel seconden voor het einde krijgt de klok een waarschuwingskleur; een korte beurt of fase waarschuwt pas in het laatste kwart.",
            "en": "Warning colour this many seconds before the end; a short turn or phase warns in its last quarter.",
        },
        "store.no_sessions": {
            "nl": "er zijn nog geen sessies; begin er een met 'intervision run'",
            "en": "there are no sessions yet",
        },
        "status.running": {"nl": "loopt", "en": "running"},
        "status.interrupted": {"nl": "onderbroken", "en": "interrupted"},
        "status.finished": {"nl": "afgesloten", "en": "finished"},
        "status.damaged": {"nl": "beschadigd", "en": "damaged"},
        "cli.sessions.members": {"nl": "met {names}", "en": "with {names}"},
        "status.rehearsal": {"nl": "{status}, oefening", "en": "{status}, rehearsal"},
    }
)

# export
MESSAGES.update(
    {
        "cli.export.help": {
            "nl": "Exporteer sessies als md, html, json of pdf, voor de groep, de casusinbrenger of "
            "de deelnemers, desgewenst gepseudonimiseerd. 'intervision export schema' toont het JSON "
            "Schema van de json-export.",
            "en": "Export sessions as md, html, json or pdf, for the group, the case owner or the "
            "members, pseudonymised if asked. 'intervision export schema' prints the JSON Schema of "
            "the json export.",
        },
        "cli.export.sessions": {
            "nl": "Sessiemappen (geen: de laatste sessie)",
            "en": "Session folders (none: the latest session)",
        },
        "cli.export.all": {"nl": "Alle sessies", "en": "Every session"},
        "cli.export.since": {
            "nl": "Sessies vanaf deze datum (JJJJ-MM-DD)",
            "en": "Sessions from this date (YYYY-MM-DD)",
        },
        "cli.export.until": {
            "nl": "Sessies tot en met deze datum (JJJJ-MM-DD)",
            "en": "Sessions up to and including this date (YYYY-MM-DD)",
        },
        "cli.export.format": {
            "nl": "md (standaard), html, json of pdf",
            "en": "md (the default), html, json or pdf",
        },
        "cli.export.for": {
            "nl": "group (alles, standaard), owner (de casusinbrenger) of members (de deelnemers)",
            "en": "group (everything, the default), owner (the case owner) or members (the members)",
        },
        "cli.export.owner": {
            "nl": "Bij --for owner: alleen de casussen van deze casusinbrenger (en alleen de sessies "
            "waarin die een casus inbracht)",
            "en": "With --for owner: only this case owner's cases (and only the sessions in which they "
            "brought one)",
        },
        "cli.export.pseudonymise": {
            "nl": "Vervang namen door labels (ook de deny_list van het groepsbestand)",
            "en": "Replace names by labels (also the group file's deny_list)",
        },
        "cli.export.output": {
            "nl": "Bestand (één document) of map (een bestand per sessie); geen: naar het scherm",
            "en": "File (one document) or folder (a file per session); none: to the screen",
        },
        "cli.export.force": {
            "nl": "Vervang een bestaand bestand",
            "en": "Replace an existing file",
        },
    }
)
