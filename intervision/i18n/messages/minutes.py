"""Messages of the Markdown minutes: headings, labels, time sentences, kinds of notes."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # title and opening lines
    "minutes.title": {"nl": "Verslag intervisie", "en": "Intervision minutes"},
    "minutes.title_dated": {"nl": "Verslag intervisie {date}", "en": "Intervision minutes {date}"},
    "minutes.label.date": {"nl": "Datum", "en": "Date"},
    "minutes.label.method": {"nl": "Methode", "en": "Method"},
    "minutes.label.facilitator": {"nl": "Begeleider", "en": "Facilitator"},
    "minutes.label.present": {"nl": "Aanwezig", "en": "Present"},
    "minutes.label.guests": {"nl": "Gasten", "en": "Guests"},
    "minutes.label.absent": {"nl": "Afwezig", "en": "Absent"},
    "minutes.nobody": {"nl": "niemand", "en": "nobody"},
    "minutes.confidential": {
        "nl": "Vertrouwelijk: wat hier staat, blijft in de groep.",
        "en": "Confidential: what is written here stays within the group.",
    },
    "minutes.rehearsal": {
        "nl": (
            "Dit is een oefenronde ({speed}× versneld), geen echte sessie; "
            "de tijden zijn oefentijden."
        ),
        "en": (
            "This is a rehearsal ({speed}× faster), not a real session; "
            "the times are rehearsal times."
        ),
    },
    "minutes.unfinished": {
        "nl": "De sessie is nog niet afgelopen.",
        "en": "The session has not finished yet.",
    },
    "minutes.unfinished_at": {
        "nl": "De sessie is nog niet afgelopen; dit is de stand na {elapsed} sessietijd.",
        "en": (
            "The session has not finished yet; "
            "this is where it stood after {elapsed} of session time."
        ),
    },
    "minutes.interrupted": {
        "nl": "De sessie is onderbroken en nog niet afgesloten.",
        "en": "The session was interrupted and has not been finished.",
    },
    "minutes.ended_early": {
        "nl": "De sessie is eerder afgesloten dan gepland.",
        "en": "The session was ended early.",
    },
    # agenda
    "minutes.section.opening": {"nl": "Opening", "en": "Opening"},
    "minutes.section.closing": {"nl": "Afsluiting", "en": "Closing"},
    "minutes.section.case": {"nl": "Casus", "en": "Case"},
    "minutes.section.case_n": {"nl": "Casus {n}", "en": "Case {n}"},
    "minutes.case_owner": {"nl": "casusinbrenger: {owner}", "en": "case owner: {owner}"},
    "minutes.owner_swap": {
        "nl": "Voorgesteld als casusinbrenger: {proposed}; gekozen: {owner}.",
        "en": "Proposed as case owner: {proposed}; chosen: {owner}.",
    },
    "minutes.owner_swap_reason": {
        "nl": "Voorgesteld als casusinbrenger: {proposed}; gekozen: {owner} ({reason}).",
        "en": "Proposed as case owner: {proposed}; chosen: {owner} ({reason}).",
    },
    "minutes.phase.planned": {"nl": "gepland {minutes}", "en": "planned {minutes}"},
    "minutes.phase.actual": {"nl": "werkelijk {minutes}", "en": "actual {minutes}"},
    "minutes.phase.so_far": {"nl": "tot nu toe {minutes}", "en": "so far {minutes}"},
    "minutes.phase.extended": {"nl": "verlengd met {minutes}", "en": "extended by {minutes}"},
    "minutes.phase.shortened": {"nl": "ingekort met {minutes}", "en": "shortened by {minutes}"},
    "minutes.phase.overtime": {"nl": "{minutes} over tijd", "en": "{minutes} over time"},
    "minutes.phase.skipped": {"nl": "overgeslagen", "en": "skipped"},
    "minutes.phase.skipped_notes.one": {
        "nl": "overgeslagen, met {n} notitie",
        "en": "skipped, with {n} note",
    },
    "minutes.phase.skipped_notes.many": {
        "nl": "overgeslagen, met {n} notities",
        "en": "skipped, with {n} notes",
    },
    "minutes.phase.not_reached": {"nl": "niet aan bod gekomen", "en": "not reached"},
    "minutes.phase.speakers_over": {
        "nl": "sprekers die over hun tijd gingen: {speakers}",
        "en": "speakers over their time: {speakers}",
    },
    "minutes.col.over": {"nl": "Over tijd (m:ss)", "en": "Over time (m:ss)"},
    "minutes.phase.stopped": {"nl": "hier onderbroken", "en": "interrupted here"},
    "minutes.phase.running": {"nl": "loopt nog", "en": "still running"},
    # kinds of notes
    "minutes.kind.note": {"nl": "notitie", "en": "note"},
    "minutes.kind.question": {"nl": "vraag", "en": "question"},
    "minutes.kind.core-question": {"nl": "kernvraag", "en": "core question"},
    "minutes.kind.advice": {"nl": "advies", "en": "advice"},
    "minutes.kind.reaction": {"nl": "reactie", "en": "reaction"},
    "minutes.kind.learning-point": {"nl": "leerpunt", "en": "learning point"},
    "minutes.kind.pitch": {"nl": "casusvoorstel", "en": "pitch"},
    "minutes.kind.owner-remark": {
        "nl": "eigen opmerking van de casusinbrenger",
        "en": "the case owner's own remark",
    },
    "minutes.kind.aside": {"nl": "losse notitie", "en": "loose note"},
    "minutes.core_final": {"nl": "definitief", "en": "final"},
    "minutes.core_earlier": {"nl": "eerdere versie", "en": "earlier version"},
    "minutes.scores_other": {"nl": "zonder onderwerp", "en": "without a dimension"},
    # collected sections
    "minutes.core_question": {"nl": "Kernvraag", "en": "Core question"},
    "minutes.core_questions": {"nl": "Kernvragen", "en": "Core questions"},
    "minutes.no_core_question": {
        "nl": "Er is geen kernvraag vastgelegd.",
        "en": "No core question was recorded.",
    },
    "minutes.learning_points": {"nl": "Leerpunten", "en": "Learning points"},
    "minutes.no_learning_points": {
        "nl": "Er zijn geen leerpunten vastgelegd.",
        "en": "No learning points were recorded.",
    },
    "minutes.other_notes": {"nl": "Overige notities", "en": "Other notes"},
    "minutes.agreements": {"nl": "Afspraken", "en": "Agreements"},
    "minutes.no_agreements": {
        "nl": "Er zijn geen afspraken vastgelegd.",
        "en": "No agreements were recorded.",
    },
    "minutes.col.who": {"nl": "Wie", "en": "Who"},
    "minutes.col.what": {"nl": "Wat", "en": "What"},
    "minutes.col.by": {"nl": "Wanneer", "en": "By when"},
    "minutes.evaluation": {"nl": "Evaluatie", "en": "Evaluation"},
    "minutes.no_scores": {"nl": "Er zijn geen cijfers gegeven.", "en": "No scores were given."},
    "minutes.col.member": {"nl": "Deelnemer", "en": "Member"},
    "minutes.col.scores": {"nl": "Cijfers", "en": "Scores"},
    "minutes.col.mean": {"nl": "Gemiddelde", "en": "Mean"},
    "minutes.group_mean": {
        "nl": "Gemiddelde van de groep: {mean} ({n} cijfers; het gemiddelde van ieders eigen gemiddelde).",
        "en": "Group mean: {mean} ({n} scores; the mean of each member's own mean).",
    },
    "minutes.group_mean_one": {
        "nl": "Gemiddelde van de groep: {mean} (1 cijfer).",
        "en": "Group mean: {mean} (1 score).",
    },
    "minutes.speaking": {"nl": "Spreektijd", "en": "Speaking time"},
    "minutes.col.speaking": {"nl": "Spreektijd (m:ss)", "en": "Speaking time (m:ss)"},
    "minutes.col.share": {"nl": "Aandeel", "en": "Share"},
    # time
    "minutes.time": {"nl": "Tijd", "en": "Time"},
    "minutes.time.planned": {
        "nl": "Gepland: {planned}; werkelijk (zonder pauzes): {actual}.",
        "en": "Planned: {planned}; actual (without pauses): {actual}.",
    },
    "minutes.time.paused": {
        "nl": "Pauzes: {minutes} in totaal.",
        "en": "Pauses: {minutes} in total.",
    },
    "minutes.time.gap": {
        "nl": "Het programma stond {minutes} stil (na {at} sessietijd); die tijd telt niet mee in de sessietijd.",
        "en": (
            "The tool was not running for {minutes} (after {at} of session time); "
            "that time is left out of the session's time."
        ),
    },
    "minutes.time.interrupted_one": {
        "nl": "De sessie is 1 keer onderbroken.",
        "en": "The session was interrupted once.",
    },
    "minutes.time.interrupted_many": {
        "nl": "De sessie is {n} keer onderbroken.",
        "en": "The session was interrupted {n} times.",
    },
    # units
    "minutes.unit.minutes": {"nl": "{m} min", "en": "{m} min"},
    "minutes.unit.minutes_seconds": {"nl": "{m}:{s} min", "en": "{m}:{s} min"},
    "minutes.unit.hours": {"nl": "{h} uur {m} min", "en": "{h} h {m} min"},
}

# What can be saved of a session whose journal lost its start (render/recovered.py).
MESSAGES.update(
    {
        "minutes.recovered.title": {
            "nl": "Teruggehaalde notities: {folder}",
            "en": "Recovered notes: {folder}",
        },
        "minutes.recovered.warning": {
            "nl": "Het logboek van deze sessie is beschadigd: {problem}. Hieronder staat alles wat uit de andere regels te halen is: de notities, afspraken en cijfers zoals ze zijn getypt, op volgorde. Zonder het begin zijn de methode, de deelnemers en de tijden niet bekend.",
            "en": "This session's journal is damaged: {problem}. Below is everything the other lines still hold: the notes, agreements and scores as typed, in order. Without the start the method, the members and the times are unknown.",
        },
        "minutes.recovered.owners": {"nl": "Casusinbrengers", "en": "Case owners"},
        "minutes.recovered.notes": {"nl": "Notities", "en": "Notes"},
        "minutes.recovered.none": {"nl": "Geen notities.", "en": "No notes."},
    }
)
