"""Words for showing protocols and agendas: patterns, captures, columns, fit reports."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # who speaks, in words (short and long)
    "count.member.one": {"nl": "{n} deelnemer", "en": "{n} member"},
    "count.member.many": {"nl": "{n} deelnemers", "en": "{n} members"},
    "count.case.one": {"nl": "{n} casus", "en": "{n} case"},
    "count.case.many": {"nl": "{n} casussen", "en": "{n} cases"},
    "count.protocol.one": {"nl": "{n} protocol", "en": "{n} protocol"},
    "count.protocol.many": {"nl": "{n} protocollen", "en": "{n} protocols"},
    "count.minute.one": {"nl": "{n} minuut", "en": "{n} minute"},
    "count.minute.many": {"nl": "{n} minuten", "en": "{n} minutes"},
    "count.question.one": {"nl": "{n} vraag", "en": "{n} question"},
    "count.question.many": {"nl": "{n} vragen", "en": "{n} questions"},
    "count.line.one": {"nl": "{n} regel", "en": "{n} line"},
    "count.line.many": {"nl": "{n} regels", "en": "{n} lines"},
    "pattern.owner": {"nl": "casusinbrenger", "en": "case owner"},
    "pattern.facilitator": {"nl": "begeleider", "en": "facilitator"},
    "pattern.q-and-a": {"nl": "vragen en antwoorden", "en": "questions and answers"},
    "pattern.round": {"nl": "deelnemers om de beurt", "en": "round of members"},
    "pattern.round-all": {"nl": "iedereen om de beurt", "en": "round of everyone"},
    "pattern.open": {"nl": "deelnemers in gesprek", "en": "open discussion of members"},
    "pattern.silent-owner": {
        "nl": "deelnemers praten, casusinbrenger zwijgt",
        "en": "members talk, owner silent",
    },
    "pattern.write": {"nl": "iedereen schrijft", "en": "everyone writes"},
    "pattern.plenary": {"nl": "plenair gesprek", "en": "plenary discussion"},
    "pattern.long.owner": {
        "nl": "de casusinbrenger vertelt; de anderen luisteren",
        "en": "the case owner speaks; the others listen",
    },
    "pattern.long.facilitator": {
        "nl": "de begeleider licht toe; de groep luistert",
        "en": "the facilitator explains; the group listens",
    },
    "pattern.long.q-and-a": {
        "nl": "deelnemers vragen, één vraag tegelijk; de casusinbrenger antwoordt",
        "en": "members ask, one question at a time; the case owner answers",
    },
    "pattern.long.round": {
        "nl": "elke deelnemer om de beurt",
        "en": "each member in turn",
    },
    "pattern.long.round-all": {
        "nl": "iedereen om de beurt, de casusinbrenger ook",
        "en": "everyone in turn, the case owner too",
    },
    "pattern.long.open": {
        "nl": "open gesprek tussen de deelnemers",
        "en": "open discussion among the members",
    },
    "pattern.long.silent-owner": {
        "nl": "de deelnemers praten óver de casus; de casusinbrenger zwijgt en luistert",
        "en": "the members talk about the case; the case owner is silent and listens",
    },
    "pattern.long.write": {
        "nl": "iedereen schrijft in stilte",
        "en": "everyone writes in silence",
    },
    "pattern.long.plenary": {
        "nl": "open gesprek met de hele groep, de casusinbrenger ook",
        "en": "open discussion with the whole group, the case owner included",
    },
    "owner.speaks": {"nl": "doet mee", "en": "speaks"},
    "owner.listens": {"nl": "luistert, reageert later", "en": "listens, reacts later"},
    "owner.away": {"nl": "buiten de kring", "en": "is away (turns their back)"},
    "owner.long.speaks": {"nl": "de casusinbrenger doet mee", "en": "the case owner takes part"},
    "owner.long.listens": {
        "nl": "de casusinbrenger luistert en reageert later",
        "en": "the case owner listens and reacts later",
    },
    "owner.long.away": {
        "nl": "de casusinbrenger zit buiten de kring en luistert zonder te reageren",
        "en": "the case owner sits outside the circle and listens without reacting",
    },
    "capture.notes": {"nl": "notities", "en": "notes"},
    "capture.questions": {"nl": "vragen", "en": "questions"},
    "capture.core-question": {"nl": "kernvraag", "en": "core question"},
    "capture.advice": {"nl": "adviezen", "en": "advice"},
    "capture.reaction": {"nl": "reactie casusinbrenger", "en": "owner's reaction"},
    "capture.learning-points": {"nl": "leerpunten", "en": "learning points"},
    "capture.agreements": {"nl": "afspraken", "en": "agreements"},
    "capture.scores": {"nl": "cijfers", "en": "scores"},
    "capture.pitches": {"nl": "casusvoorstellen", "en": "case pitches"},
    "capture.review": {"nl": "terugblik op afspraken", "en": "review of agreements"},
    "capture.none": {"nl": "niets", "en": "nothing"},
    "section.opening": {"nl": "Opening", "en": "Opening"},
    "section.per_case": {"nl": "Casus {case}", "en": "Case {case}"},
    "section.per_case_generic": {"nl": "Per casus", "en": "Per case"},
    "section.closing": {"nl": "Afsluiting", "en": "Closing"},
    "basis.published": {"nl": "gepubliceerd stappenplan", "en": "published step plan"},
    "basis.composed": {
        "nl": "samengesteld uit meerdere bronnen",
        "en": "composed from several sources",
    },
    "basis.suggested": {
        "nl": "voorgestelde opbouw (geen gepubliceerd stappenplan gevonden)",
        "en": "suggested structure (no published step plan found)",
    },
    "origin.bundled": {"nl": "meegeleverd", "en": "bundled"},
    "origin.group": {"nl": "eigen groep", "en": "group's own"},
    "origin.path": {"nl": "los bestand", "en": "path"},
    "col.id": {"nl": "id", "en": "id"},
    "col.language": {"nl": "taal", "en": "language"},
    "col.title": {"nl": "titel", "en": "title"},
    "col.minutes": {"nl": "min", "en": "min"},
    "col.origin": {"nl": "herkomst", "en": "from"},
    "col.phase": {"nl": "fase", "en": "phase"},
    "col.who": {"nl": "wie spreekt", "en": "who speaks"},
    "col.owner": {"nl": "casusinbrenger", "en": "owner"},
    "col.captures": {"nl": "vastleggen", "en": "captures"},
    "col.clock": {"nl": "klok", "en": "clock"},
    "col.slice": {"nl": "per persoon", "en": "per person"},
    "show.group": {
        "nl": "Groep: {min}–{max} deelnemers (ideaal {ideal}) · standaard {cases}",
        "en": "Group: {min}–{max} members (ideal {ideal}) · {cases} by default",
    },
    "show.basis": {"nl": "Basis: {basis}", "en": "Basis: {basis}"},
    "show.typical": {
        "nl": "Duur: ongeveer {minutes} bij {members}",
        "en": "Typical length: {minutes} with {members}",
    },
    "show.ground_rules": {"nl": "Spelregels", "en": "Ground rules"},
    "show.sources": {"nl": "Bronnen", "en": "Sources"},
    "show.not_allowed": {"nl": "niet: {items}", "en": "not: {items}"},
    "show.per_member": {"nl": "{n} min per persoon", "en": "{n} min per person"},
    "show.questions_per_member": {"nl": "{questions} p.p.", "en": "{questions} each"},
    "list.invalid": {
        "nl": "bevat fouten — zie 'intervision protocols validate'",
        "en": "invalid — see 'intervision protocols validate'",
    },
    "list.empty": {"nl": "Geen protocollen gevonden.", "en": "No protocols found."},
    "validate.ok": {"nl": "{path}: in orde", "en": "{path}: ok"},
    "validate.summary_ok": {
        "nl": "{protocols} gecontroleerd: alles in orde.",
        "en": "{protocols} checked: all valid.",
    },
    "validate.summary_fine": {
        "nl": "In orde: {protocols}.",
        "en": "Valid: {protocols}.",
    },
    "validate.summary_bad": {
        "nl": "Fouten in {bad} van {protocols}.",
        "en": "Problems in {bad} of {protocols}.",
    },
    "new.written": {
        "nl": "Nieuw protocol geschreven: {path}.\nPas het aan in je teksteditor en controleer het met: intervision protocols validate {path}",
        "en": "New protocol written: {path}.\nEdit it in your text editor and check it with: intervision protocols validate {path}",
    },
    "new.exists": {
        "nl": "{path} bestaat al; kies een andere id of verwijder het bestand eerst",
        "en": "{path} already exists; choose another id or remove the file first",
    },
    "new.bad_id": {
        "nl": "'{id}' is geen geldige id; gebruik kleine letters, cijfers en streepjes (bijvoorbeeld 'mijn-methode')",
        "en": "'{id}' is not a valid id; use lowercase letters, digits and dashes (for example 'my-method')",
    },
    "plan.bad_members": {
        "nl": "het aantal deelnemers moet tussen {min} en {max} liggen, niet {n}",
        "en": "the number of members must be {min} to {max}, not {n}",
    },
    "plan.bad_cases": {
        "nl": "het aantal casussen kan niet {n} zijn; kies 1 tot en met {max}",
        "en": "the number of cases cannot be {n}; choose 1 to {max}",
    },
    "plan.bad_minutes": {
        "nl": "de beschikbare tijd moet meer dan 0 minuten zijn",
        "en": "the time available must be more than 0 minutes",
    },
    "plan.bad_start": {
        "nl": "'{value}' is geen kloktijd; schrijf UU:MM, bijvoorbeeld 13:30",
        "en": "'{value}' is not a clock time; write HH:MM, for example 13:30",
    },
    "plan.title": {
        "nl": "{title} — {members}, {cases}",
        "en": "{title} — {members}, {cases}",
    },
    "plan.total": {"nl": "Totaal: {minutes}", "en": "Total: {minutes}"},
    "plan.total_clock": {
        "nl": "Totaal: {minutes} ({start}–{end})",
        "en": "Total: {minutes} ({start}–{end})",
    },
    "plan.fitted": {
        "nl": "Aangepast aan {target} (de methode duurt normaal {base}).",
        "en": "Fitted into {target} (the protocol asks for {base}).",
    },
    "plan.too_long": {
        "nl": "Past niet in {target}: ook als elke fase zo kort mogelijk is, duurt het {over} te lang.",
        "en": "Does not fit into {target}: even with every phase at its minimum it runs {over} over.",
    },
    "plan.too_short": {
        "nl": "Vult {target} niet: ook als elke fase zo lang mogelijk duurt, houd je {under} over.",
        "en": "Does not fill {target}: with every phase at its maximum you have {under} to spare.",
    },
    "plan.at_minimum": {"nl": "Zo kort mogelijk: {phases}", "en": "At their minimum: {phases}"},
    "plan.group_outside": {
        "nl": "Let op: deze methode is bedoeld voor {min}–{max} deelnemers; jullie zijn met {n}.",
        "en": "Note: this method is meant for {min}–{max} members; you are {n}.",
    },
}
