"""Messages of exports and reports: audiences, pseudonyms, the attendance report for registers."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # why a meeting does not count for a register profile
    "report.why.too_few": {
        "nl": "te weinig aanwezigen ({n}; minstens {min})",
        "en": "too few present ({n}; at least {min})",
    },
    "report.why.too_many": {
        "nl": "te veel aanwezigen ({n}; hoogstens {max})",
        "en": "too many present ({n}; at most {max})",
    },
    "report.why.too_short": {
        "nl": "te kort ({minutes} min netto; minstens {min})",
        "en": "too short ({minutes} min net; at least {min})",
    },
    # the attendance report
    "report.topic": {"nl": "casus van {owners}", "en": "case of {owners}"},
    "report.title": {
        "nl": "Presentielijst intervisie: {group}",
        "en": "Intervision attendance: {group}",
    },
    "report.title_member": {
        "nl": "Persoonlijk overzicht intervisie: {member} ({group})",
        "en": "Personal intervision record: {member} ({group})",
    },
    "report.period": {"nl": "Periode", "en": "Period"},
    "report.period_open": {"nl": "alles", "en": "all"},
    "report.period_from": {"nl": "vanaf {first}", "en": "from {first}"},
    "report.period_to": {"nl": "tot en met {last}", "en": "up to {last}"},
    "report.period_both": {"nl": "{first} tot en met {last}", "en": "{first} to {last}"},
    "report.register": {"nl": "Register", "en": "Register"},
    "report.register_source": {
        "nl": "{title}; regels volgens {source}, gecontroleerd op {checked}",
        "en": "{title}; rules from {source}, checked on {checked}",
    },
    "report.rules": {"nl": "Regels", "en": "Rules"},
    "report.rule.min_members": {"nl": "minstens {n} aanwezigen", "en": "at least {n} present"},
    "report.rule.max_members": {"nl": "hoogstens {n} aanwezigen", "en": "at most {n} present"},
    "report.rule.min_minutes": {
        "nl": "een bijeenkomst telt vanaf {n} min netto",
        "en": "a meeting counts from {n} min net",
    },
    "report.rule.max_hours_per_day": {
        "nl": "hoogstens {n} uur per dag",
        "en": "at most {n} hours a day",
    },
    "report.rule.hours_per_year": {"nl": "{n} uur per jaar", "en": "{n} hours a year"},
    "report.rule.meetings_per_year": {
        "nl": "{n} bijeenkomsten per jaar",
        "en": "{n} meetings a year",
    },
    "report.rule.hours_per_five_years": {
        "nl": "{n} uur per vijf jaar",
        "en": "{n} hours per five years",
    },
    "report.rule.carry_over_hours": {
        "nl": "hoogstens {n} uur over mee naar het volgende jaar",
        "en": "at most {n} surplus hours carry over to the next year",
    },
    "report.rule.proof": {"nl": "bewijs: {proof}", "en": "proof: {proof}"},
    "report.rule.none": {"nl": "geen regels; alleen de uren", "en": "no rules; only the hours"},
    "report.net_note": {
        "nl": "Netto minuten: de tijd van de bijeenkomst zonder pauzes (geen voorbereiding of "
        "uitwerken).",
        "en": "Net minutes: the time of the meeting without pauses (no preparation or writing up).",
    },
    "report.meetings": {"nl": "Bijeenkomsten", "en": "Meetings"},
    "report.no_meetings": {
        "nl": "Geen bijeenkomsten in deze periode.",
        "en": "No meetings in this period.",
    },
    "report.col.date": {"nl": "Datum", "en": "Date"},
    "report.col.start": {"nl": "Begin", "en": "Start"},
    "report.col.end": {"nl": "Einde", "en": "End"},
    "report.col.net": {"nl": "Netto min", "en": "Net min"},
    "report.col.facilitator": {"nl": "Begeleider", "en": "Facilitator"},
    "report.col.present": {"nl": "Aanwezig", "en": "Present"},
    "report.col.absent": {"nl": "Afwezig", "en": "Absent"},
    "report.col.method": {"nl": "Methode", "en": "Method"},
    "report.col.topic": {"nl": "Onderwerp", "en": "Topic"},
    "report.col.counts": {"nl": "Telt", "en": "Counts"},
    "report.col.name": {"nl": "Naam", "en": "Name"},
    "report.col.member": {"nl": "Deelnemer", "en": "Member"},
    "report.col.status": {"nl": "Status", "en": "Status"},
    "report.col.why": {"nl": "Waarom niet", "en": "Why not"},
    "report.col.initials": {"nl": "Paraaf", "en": "Initials"},
    "report.col.initials_facilitator": {
        "nl": "Paraaf begeleider",
        "en": "Facilitator's initials",
    },
    "report.col.session": {"nl": "Sessie", "en": "Session"},
    "report.col.attended": {"nl": "Bijeenkomsten", "en": "Meetings"},
    "report.col.counted": {"nl": "Tellen mee", "en": "Counting"},
    "report.col.hours": {"nl": "Uren", "en": "Hours"},
    "report.col.year": {"nl": "Jaar", "en": "Year"},
    "report.col.carried": {"nl": "Meegenomen", "en": "Carried in"},
    "report.col.need": {"nl": "Nodig", "en": "Needed"},
    "report.col.short": {"nl": "Tekort", "en": "Short"},
    "report.col.short_meetings": {"nl": "Bijeenkomsten tekort", "en": "Meetings short"},
    "report.status.present": {"nl": "aanwezig", "en": "present"},
    "report.status.absent": {"nl": "afwezig", "en": "absent"},
    "report.status.facilitator": {"nl": "begeleider", "en": "facilitator"},
    "report.status.guest": {"nl": "gast", "en": "guest"},
    "report.guests": {"nl": "gast: {names}", "en": "guest: {names}"},
    "report.yes": {"nl": "ja", "en": "yes"},
    "report.no": {"nl": "nee", "en": "no"},
    "report.none": {"nl": "niemand", "en": "nobody"},
    "report.warnings": {"nl": "Telt niet mee", "en": "Does not count"},
    "report.warning": {
        "nl": "{day} ({session}) telt niet mee voor {profile}: {why}",
        "en": "{day} ({session}) does not count for {profile}: {why}",
    },
    "report.per_member": {"nl": "Per deelnemer", "en": "Per member"},
    "report.per_year": {"nl": "Per jaar", "en": "Per year"},
    "report.five_years": {
        "nl": "{name}: {hours} van {need} uur per vijf jaar in deze periode; nog {short} uur",
        "en": "{name}: {hours} of {need} hours per five years in this period; {short} hours to go",
    },
    "report.five_years_met": {
        "nl": "{name}: {hours} van {need} uur per vijf jaar in deze periode; gehaald",
        "en": "{name}: {hours} of {need} hours per five years in this period; met",
    },
    "report.signatures": {"nl": "Parafen", "en": "Initials"},
    "report.sign_note": {
        "nl": "Iedere aanwezige zet een paraaf in het eigen vak (geen vinkjes: die neemt een "
        "register niet aan).",
        "en": "Everyone present writes their initials in their own box (no tick marks: a "
        "register does not accept them).",
    },
    "report.learning": {"nl": "Mijn leerpunten", "en": "My learning points"},
    "report.no_learning": {
        "nl": "Geen leerpunten van jou in deze bijeenkomsten.",
        "en": "No learning points of yours in these meetings.",
    },
    "report.made": {
        "nl": "Gemaakt met intervision op {day}.",
        "en": "Made with intervision on {day}.",
    },
    # the proof each built-in register asks (an own profile says it in its own words)
    "report.proof.vit": {
        "nl": "een formulier per bijeenkomst: datum, namen en de paraaf van iedere deelnemer",
        "en": "a form per meeting: date, names and the initials of every participant",
    },
    "report.proof.skj": {
        "nl": "een reflectieverklaring, ondertekend door een geregistreerd supervisor, of een reflectie per reeks",
        "en": "a reflection statement signed by a registered supervisor, or a reflection per series",
    },
    "report.proof.register-vaktherapie": {
        "nl": "een invoer in het online register; 1 uur is 1 punt",
        "en": "an entry in the online register; 1 hour is 1 point",
    },
    "report.proof.schematherapie": {
        "nl": "een presentielijst met parafen per bijeenkomst; een lijst met vinkjes wordt afgewezen",
        "en": "an attendance list with initials per meeting; tick marks are rejected",
    },
    "report.proof.nip-neurofeedback": {
        "nl": "minstens 20 uur (de regels noemen geen periode); 3-5 pagina's: data, medeleden, een korte samenvatting van onderwerpen en leerdoelen",
        "en": "at least 20 hours (the rules name no period); 3-5 pages: meeting dates, co-participants, a short summary of topics and goals",
    },
    "report.proof.fgzpt": {
        "nl": "een formulier per bijeenkomst: een gezamenlijk deel en een persoonlijk deel per lid",
        "en": "a form per meeting: a joint part and a personal part per member",
    },
    "report.proof.nip-arbeid": {
        "nl": "een verslag van de bijgewoonde bijeenkomsten",
        "en": "a report of the meetings attended",
    },
    "report.proof.nvo": {
        "nl": "een digitaal dossier (PE-online); intervisie en supervisie samen",
        "en": "a digital file (PE-online); intervision and supervision together",
    },
    "report.proof.nrgd": {
        "nl": "presentielijsten met datum, begin- en eindtijd, namen en handtekeningen",
        "en": "attendance lists with date, start and end time, names and signatures",
    },
    "report.proof.nhg": {
        "nl": "een jaarplan; na elke bijeenkomst een verslag en de presentielijst",
        "en": "a year plan; a report and the attendance list after every meeting",
    },
    "report.proof.kngf": {
        "nl": "na elke bijeenkomst een SMART-ontwikkelplan",
        "en": "a SMART development plan after each meeting",
    },
    "report.proof.nwp": {
        "nl": "een ondertekende presentielijst",
        "en": "a signed attendance list",
    },
    "report.proof.mfn": {
        "nl": "een bewijs van deelname",
        "en": "proof of participation",
    },
    "report.proof.nova": {
        "nl": "een bewijs van deelname; iedere deelnemer brengt een dilemma in",
        "en": "proof of participation; every participant brings in a dilemma",
    },
    "report.source_builtin": {
        "nl": "de openbare pagina's van het register",
        "en": "the register's public pages",
    },
    # errors
    "report.unknown_profile": {
        "nl": "Onbekend registerprofiel '{name}'; bekend zijn: {known}",
        "en": "Unknown register profile '{name}'; known are: {known}",
    },
    "report.unknown_profile_hint": {
        "nl": "Onbekend registerprofiel '{name}'; bedoel je '{suggestion}'?",
        "en": "Unknown register profile '{name}'; did you mean '{suggestion}'?",
    },
    "report.unknown_member": {
        "nl": "'{name}' was er in deze periode niet bij; wel: {known}",
        "en": "'{name}' did not attend in this period; those who did: {known}",
    },
    "report.unknown_member_hint": {
        "nl": "'{name}' was er in deze periode niet bij; bedoel je '{suggestion}'?",
        "en": "'{name}' did not attend in this period; did you mean '{suggestion}'?",
    },
    "report.bad_date": {
        "nl": "{option}: '{value}' is geen datum (JJJJ-MM-DD, bijvoorbeeld 2026-03-01)",
        "en": "{option}: '{value}' is not a date (YYYY-MM-DD, for example 2026-03-01)",
    },
    "report.period_reversed": {
        "nl": "--to ({last}) ligt vóór --from ({first})",
        "en": "--to ({last}) is before --from ({first})",
    },
    "report.learning_needs_member": {
        "nl": "--learning-points hoort bij een persoonlijk overzicht: geef ook --member NAAM",
        "en": "--learning-points belongs to a personal sheet: give --member NAME too",
    },
    "report.pdf_to_terminal": {
        "nl": "Een PDF gaat naar een bestand: geef -o BESTAND.pdf",
        "en": "A PDF goes to a file: give -o FILE.pdf",
    },
    "report.written": {"nl": "Geschreven: {path}", "en": "Written: {path}"},
    "report.replaced": {"nl": "Vervangen: {path}", "en": "Replaced: {path}"},
    # the list of profiles
    "report.profiles_builtin": {"nl": "ingebouwd", "en": "built in"},
    "report.profiles_own": {"nl": "van de groep", "en": "the group's own"},
    "report.profiles_head": {
        "nl": "Registerprofielen (gebruik: intervision report attendance --profile ID)",
        "en": "Register profiles (use: intervision report attendance --profile ID)",
    },
    # help
    "cli.report.help": {
        "nl": "Overzichten voor registers: een presentielijst met parafen, uren per deelnemer.",
        "en": "Reports for registers: an attendance list with initials, hours per member.",
    },
    "cli.report.attendance": {
        "nl": "Presentielijst van de bijeenkomsten: tijden, netto minuten, wie er was, een leeg "
        "parafenvak per deelnemer, de uren per deelnemer; met --profile ook wat meetelt.",
        "en": "Attendance list of the meetings: times, net minutes, who was there, an empty "
        "initials box per member, the hours per member; with --profile also what counts.",
    },
    "cli.report.profiles": {
        "nl": "Toon de registerprofielen: ingebouwd en van de groep, met bron en datum.",
        "en": "Show the register profiles: built in and the group's own, with source and date.",
    },
    "cli.report.from": {"nl": "Eerste dag (JJJJ-MM-DD)", "en": "First day (YYYY-MM-DD)"},
    "cli.report.to": {"nl": "Laatste dag (JJJJ-MM-DD)", "en": "Last day (YYYY-MM-DD)"},
    "cli.report.member": {
        "nl": "Een persoonlijk overzicht van deze deelnemer",
        "en": "A personal sheet of this member",
    },
    "cli.report.learning": {
        "nl": "Met --member: ook de eigen leerpunten (voor een persoonlijke reflectie)",
        "en": "With --member: their own learning points too (for a personal reflection)",
    },
    "cli.report.profile": {
        "nl": "Toets aan dit registerprofiel (zie: intervision report profiles)",
        "en": "Check against this register profile (see: intervision report profiles)",
    },
    "cli.report.format": {
        "nl": "md, html, pdf of csv (standaard md)",
        "en": "md, html, pdf or csv (default md)",
    },
    "cli.report.output": {
        "nl": "Schrijf naar dit bestand (alleen voor jou leesbaar); geen: naar het scherm",
        "en": "Write to this file (readable only by you); none: to the screen",
    },
    "cli.report.force": {"nl": "Vervang een bestaand bestand", "en": "Replace an existing file"},
    # pseudonyms
    "report.pseudo.member": {"nl": "Deelnemer {letter}", "en": "Member {letter}"},
    "report.pseudo.other": {"nl": "Naam {number}", "en": "Name {number}"},
    "report.pseudo.someone": {"nl": "een deelnemer", "en": "a member"},
}
