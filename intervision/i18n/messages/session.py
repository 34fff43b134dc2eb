"""Messages of the session core: engine refusals, journal, resume, sessions list."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "session.owner_required": {
        "nl": "kies eerst de casusinbrenger voor casus {case}",
        "en": "choose the case owner for case {case} first",
    },
    "session.too_many_members": {
        "nl": "te veel deelnemers voor één sessie ({n}); hoogstens {max}",
        "en": "too many members for one session ({n}); at most {max}",
    },
    "session.too_few_members": {
        "nl": "een sessie heeft minstens twee deelnemers nodig; geef meer namen op",
        "en": "a session needs at least two members",
    },
    "session.duplicate_member": {
        "nl": "een naam staat twee keer in de lijst van deelnemers; maak de namen verschillend (bijvoorbeeld 'Anna B.')",
        "en": "a name appears twice among the members; make the names different (for example 'Anna B.')",
    },
    "session.no_facilitator": {
        "nl": "wie is de begeleider? Geef een naam op",
        "en": "who is the facilitator? Give a name",
    },
    "session.already_ended": {
        "nl": "deze sessie is al afgesloten",
        "en": "this session has already ended",
    },
    "session.bad_case": {
        "nl": "er is geen casus {case} in deze sessie",
        "en": "there is no case {case} in this session",
    },
    "session.owner_twice": {
        "nl": "{member} brengt in deze sessie al een casus in; kies iemand anders",
        "en": "{member} already brings a case in this session; choose someone else",
    },
    "session.empty_note": {
        "nl": "een lege notitie wordt niet bewaard",
        "en": "an empty note is not saved",
    },
    "session.note_too_long": {
        "nl": "de notitie is te lang (hoogstens {limit} tekens); verdeel de tekst over twee of meer notities",
        "en": "the note is too long (at most {limit} characters)",
    },
    "session.bad_note_kind": {
        "nl": "onbekende soort notitie '{kind}'",
        "en": "unknown kind of note '{kind}'",
    },
    "session.nothing_to_undo": {
        "nl": "er is nog niets vastgelegd om terug te nemen",
        "en": "nothing has been written down yet to take back",
    },
    "session.at_start": {
        "nl": "dit is het begin van de sessie; verder terug kan niet",
        "en": "this is the start of the session; there is no going further back",
    },
    "session.already_paused": {
        "nl": "de sessie staat al op pauze",
        "en": "the session is already paused",
    },
    "session.not_paused": {
        "nl": "de sessie staat niet op pauze",
        "en": "the session is not paused",
    },
    "session.bad_extend": {
        "nl": "geef een aantal minuten, bijvoorbeeld /extend 5 (hoogstens {limit}; negatief om in te korten)",
        "en": "give a number of minutes, for example /extend 5 (at most {limit}; negative to shorten)",
    },
    "session.bad_agreement": {
        "nl": "een afspraak heeft een wie en een wat nodig, bijvoorbeeld: /agree Anna: ouders bellen | vrijdag",
        "en": "an agreement needs a who and a what",
    },
    "session.bad_score": {
        "nl": "een cijfer is van 1 tot en met 10 (halve punten mogen, zoals 7,5), niet {value}",
        "en": "a score is from 1 to 10 (half points allowed, such as 7.5), not {value}",
    },
    "session.bad_dimension": {
        "nl": "deze sessie kent geen cijfer '{dimension}' (wel: {known})",
        "en": "this session has no score '{dimension}' (it has: {known})",
    },
    "session.unknown_member": {
        "nl": "'{name}' is geen deelnemer van deze sessie ({members})",
        "en": "'{name}' is not a member of this session ({members})",
    },
}

MESSAGES.update(
    {
        "run.ask_protocol": {
            "nl": "Welke methode? (id, zie 'intervision protocols list')",
            "en": "Which method? (id, see 'intervision protocols list')",
        },
        "run.ask_members": {
            "nl": "Wie zijn er? (namen van de deelnemers, gescheiden door komma's)",
            "en": "Who is here (members, separated by commas)?",
        },
        "run.expected": {
            "nl": "Verwacht volgens de groep: {members}",
            "en": "Expected by the group: {members}",
        },
        "run.ask_absent": {
            "nl": 'Wie is er niet? (Enter: iedereen is er; een reden mag erbij: "Cees: ziek, Dirk")',
            "en": 'Who is absent? (Enter: everyone is here; a reason may follow: "Cees: ill, Dirk")',
        },
        "run.ask_guests": {
            "nl": "Doen er gasten mee? (namen met komma's; Enter: geen)",
            "en": "Any guests joining? (names separated by commas; Enter: none)",
        },
        "run.attendance_needs_group": {
            "nl": "--absent en --guest horen bij een groep: gebruik ze in de map van de groep (zie "
            "'intervision init'), zonder --members",
            "en": "--absent and --guest belong to a group: use them in the group's folder (see "
            "'intervision init'), without --members",
        },
        "run.ask_facilitator": {
            "nl": "Wie is de begeleider? (naam)",
            "en": "Who facilitates (name)?",
        },
        "run.input_ended_early": {
            "nl": "de invoer hield op voordat de sessie kon beginnen; er is niets opgeslagen",
            "en": "the input ended before the session could begin; nothing was saved",
        },
        "run.not_started": {
            "nl": "gestopt voordat de sessie begon; er is niets opgeslagen",
            "en": "stopped before the session began; nothing was saved",
        },
        "run.started": {
            "nl": "De sessie wordt bewaard in {folder}",
            "en": "The session is kept in {folder}",
        },
        "run.does_not_fit": {
            "nl": "Let op: de methode past niet in {target}; ook als elke fase zo kort mogelijk is, duurt ze {over} te lang.",
            "en": "Note: even with every phase at its minimum the method does not fit into {target}; it runs {over} over.",
        },
        "run.does_not_fill": {
            "nl": "Let op: de methode vult {target} niet; ook als elke fase zo lang mogelijk duurt, houd je {under} over.",
            "en": "Note: with every phase at its maximum the method does not fill {target}; you have {under} to spare.",
        },
        "run.resumed": {
            "nl": "Verder met de sessie in {folder}",
            "en": "Continuing the session in {folder}",
        },
        "run.already_finished": {
            "nl": "de sessie {folder} is al afgesloten; 'intervision minutes {folder}' toont het verslag",
            "en": "the session {folder} has already ended; 'intervision minutes {folder}' shows the minutes",
        },
        "run.torn_line": {
            "nl": "Let op: de laatste regel van het logboek was half geschreven (stroomuitval?) en is overgeslagen; een kopie staat in journal.jsonl.torn",
            "en": "Note: the journal's last line was half written (power cut?) and is skipped; a copy is in journal.jsonl.torn",
        },
        "run.bad_line": {
            "nl": "Let op: regel {number} van het logboek is onleesbaar en overgeslagen",
            "en": "Note: line {number} of the journal is unreadable and skipped",
        },
        "run.draft_saved": {
            "nl": "De regel die werd getypt toen de sessie stopte, is als notitie bewaard: {text}",
            "en": "The line being typed when the session stopped was saved as a note: {text}",
        },
        "run.draft_not_run": {
            "nl": "Toen de sessie stopte, werd deze opdracht getypt; hij is niet uitgevoerd: {text}",
            "en": "This command was being typed when the session stopped; it was not run: {text}",
        },
        "run.saved_resume": {
            "nl": "Alles is opgeslagen. Later verder: intervision resume {folder}",
            "en": "Everything is saved. To continue: intervision resume {folder}",
        },
        "run.finished": {
            "nl": "Sessie afgesloten. Verslag: {path}",
            "en": "Session ended. Minutes: {path}",
        },
        "store.too_many_sessions": {
            "nl": "te veel sessies op één dag in {folder}; ruim oude sessiemappen op of kies met --workspace een andere map",
            "en": "too many sessions on one day in {folder}",
        },
        "store.locked": {
            "nl": "de sessie {folder} is al geopend in een ander venster (proces {pid}); sluit dat eerst",
            "en": "the session {folder} is already open in another window (process {pid}); close that first",
        },
        "store.no_such_session": {
            "nl": "geen sessie '{ref}' gevonden; 'intervision sessions list' toont ze",
            "en": "no session '{ref}' found; 'intervision sessions list' shows them",
        },
        "store.nothing_to_resume": {
            "nl": "er is geen onafgemaakte sessie om mee verder te gaan; begin een nieuwe met 'intervision run'",
            "en": "there is no unfinished session to continue",
        },
        "journal.damaged": {
            "nl": "het logboek van deze sessie is beschadigd: de eerste regel (het begin van de sessie) ontbreekt of is onleesbaar",
            "en": "this session's journal is damaged: its first line (the start of the session) is missing or unreadable",
        },
        "run.skipped_events": {
            "nl": "Let op: onleesbaar en overgeslagen in het logboek: {lines}",
            "en": "Note: unreadable and skipped in the journal: {lines}",
        },
        "journal.unreadable": {
            "nl": "kan het logboek {path} niet lezen ({reason})",
            "en": "cannot read the journal {path} ({reason})",
        },
    }
)

# A damaged journal: what was repaired or left out, and why (store/journal.py, session/payload.py).
MESSAGES.update(
    {
        "journal.wrong_value": {
            "nl": "Let op: regel {number} van het logboek is overgeslagen: {what}",
            "en": "Note: line {number} of the journal is skipped: {what}",
        },
        "journal.field_problem": {
            "nl": "'{field}' {expected}",
            "en": "'{field}' {expected}",
        },
        "journal.repeated_line": {
            "nl": "Let op: regel {number} van het logboek herhaalt regel {first} en telt maar één keer",
            "en": "Note: line {number} of the journal repeats line {first} and counts only once",
        },
        "journal.shared_number": {
            "nl": "Let op: de regels {lines} van het logboek hebben hetzelfde nummer {seq} maar zeggen iets anders (twee kopieën samengevoegd?); ze blijven allebei staan",
            "en": "Note: lines {lines} of the journal carry the same number {seq} but say different things (two copies merged?); both are kept",
        },
        "journal.reordered": {
            "nl": "Let op: de regels van het logboek stonden niet op volgorde (een synchronisatieconflict?); ze zijn gelezen in de volgorde van hun nummers",
            "en": "Note: the journal's lines were out of order (a sync conflict?); they are read in the order of their numbers",
        },
        "journal.expect.missing": {"nl": "ontbreekt", "en": "is missing"},
        "journal.expect.text": {"nl": "moet tekst zijn", "en": "should be text"},
        "journal.expect.other": {
            "nl": "heeft een waarde die hier niet past",
            "en": "holds a value that does not fit here",
        },
        "journal.expect.names": {
            "nl": "moet een lijst met namen zijn",
            "en": "should be a list of names",
        },
        "journal.expect.number": {"nl": "moet een getal zijn", "en": "should be a number"},
        "journal.expect.whole": {
            "nl": "moet een heel getal zijn",
            "en": "should be a whole number",
        },
        "journal.expect.flag": {"nl": "moet true of false zijn", "en": "should be true or false"},
        "journal.expect.score": {
            "nl": "moet een cijfer van 1 tot en met 10 zijn, in halve punten",
            "en": "should be a score from 1 to 10, in half points",
        },
        "journal.expect.owners": {
            "nl": "moet casusnummers met namen zijn",
            "en": "should be case numbers with names",
        },
        "journal.expect.protocol": {
            "nl": "moet een beschreven methode zijn",
            "en": "should be a method's description",
        },
    }
)

# A session folder whose journal has no usable start (store/sessions.py).
MESSAGES.update(
    {
        "store.problem.empty": {"nl": "het logboek is leeg", "en": "the journal is empty"},
        "store.problem.unreadable": {
            "nl": "het logboek is niet te lezen ({reason})",
            "en": "the journal cannot be read ({reason})",
        },
        "store.problem.no_start": {
            "nl": "de eerste regel (het begin van de sessie: methode en deelnemers) ontbreekt",
            "en": "its first line (the start of the session: method and members) is missing",
        },
        "store.problem.unreadable_start": {
            "nl": "de eerste regel (het begin van de sessie: methode en deelnemers) is onleesbaar",
            "en": "its first line (the start of the session: method and members) cannot be read",
        },
        "store.problem.bad_method": {
            "nl": "de methode in de eerste regel (het begin van de sessie) is beschadigd",
            "en": "the method in its first line (the start of the session) is damaged",
        },
        "store.problem.wrong_start": {
            "nl": "in de eerste regel (het begin van de sessie): {what}",
            "en": "in its first line (the start of the session): {what}",
        },
        "store.damaged": {
            "nl": "de sessie {folder} is beschadigd en kan niet verder: {problem}. 'intervision minutes {folder}' haalt terug wat er nog te redden is",
            "en": "the session {folder} is damaged and cannot be continued: {problem}. 'intervision minutes {folder}' recovers what can be saved",
        },
        "store.damaged_listed": {
            "nl": "Let op: de sessie {folder} is beschadigd: {problem}. 'intervision minutes {folder}' haalt terug wat er nog te redden is",
            "en": "Note: the session {folder} is damaged: {problem}. 'intervision minutes {folder}' recovers what can be saved",
        },
        "store.minutes_kept": {
            "nl": "{path} was veranderd nadat intervision het schreef (met de hand bewerkt?); die versie is bewaard als {kept}",
            "en": "{path} was changed after intervision wrote it (edited by hand?); that version is kept as {kept}",
        },
        "store.minutes_not_written": {
            "nl": "kan {path} niet schrijven ({reason}); de sessie zelf staat veilig in het logboek. Maak ruimte vrij of los het op en maak het verslag opnieuw met: intervision minutes {folder}",
            "en": "cannot write {path} ({reason}); the session itself is safe in its journal. Free some space or fix it, then write the minutes again with: intervision minutes {folder}",
        },
        "store.tightened": {
            "nl": "Let op: de map van deze sessie was ook voor anderen leesbaar of schrijfbaar; alleen jij kunt er nu bij",
            "en": "Note: this session's folder could be read or written by others; it is yours alone again",
        },
        "store.recovered_written": {
            "nl": "Wat er te redden was, staat in {path}",
            "en": "What could be saved is in {path}",
        },
        "store.recovering": {
            "nl": "Let op: het logboek van {folder} is beschadigd: {problem}. Alleen wat er te redden is, komt in het verslag: notities, afspraken en cijfers",
            "en": "Note: the journal of {folder} is damaged: {problem}. Only what can be saved goes into the minutes: notes, agreements and scores",
        },
    }
)
