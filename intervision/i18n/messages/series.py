"""Messages of the group over time: proposals, agreements reviewed, trends."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "count.session.one": {"nl": "{n} sessie", "en": "{n} session"},
    "count.session.many": {"nl": "{n} sessies", "en": "{n} sessions"},
    "count.time.one": {"nl": "{n} keer", "en": "{n} time"},
    "count.time.many": {"nl": "{n} keer", "en": "{n} times"},
    "session.renew_needs_date": {
        "nl": "een verlengde afspraak heeft een nieuwe datum nodig, bijvoorbeeld: verlengd | 1 maart",
        "en": "a renewed agreement needs a new date, for example: renewed | 1 March",
    },
    # --- proposals: {times} and {sessions} are counted words ("2 keer", "5 sessies") --------------
    "rotation.owner_first": {
        "nl": "{name}: nog geen eerdere sessies, de eerste op de lijst",
        "en": "{name}: no earlier sessions, first on the list",
    },
    "rotation.owner_never": {
        "nl": "{name} heeft in {sessions} nog geen casus ingebracht",
        "en": "{name} has not brought a case in {sessions}",
    },
    "rotation.owner_fewest": {
        "nl": "{name} bracht {times} een casus in, in {sessions}: het minst vaak (laatst {last})",
        "en": "{name} brought a case {times} in {sessions}: the least often (last {last})",
    },
    "rotation.owner_waited": {
        "nl": "{name} bracht even vaak een casus in als {others}, maar wacht het langst (laatst {last})",
        "en": "{name} brought a case as often as {others} but has waited longest (last {last})",
    },
    "rotation.facilitator_never": {
        "nl": "{name} heeft nog geen sessie begeleid",
        "en": "{name} has not facilitated a session yet",
    },
    "rotation.facilitator_fewest": {
        "nl": "{name} begeleidde {times} in {sessions} waarbij hij of zij was: het minst vaak (laatst {last})",
        "en": "{name} facilitated {times} in the {sessions} they were at: the least often (last {last})",
    },
    "rotation.nobody": {
        "nl": "niemand om voor te stellen (wie er is, begeleidt of is er voor het eerst)",
        "en": "nobody to propose (everyone present facilitates or is here for the first time)",
    },
    "rotation.pitch_waiting": {
        "nl": "{name} had op {date} een casus over: {text} — nog actueel?",
        "en": "{name} had a case on {date} about: {text} — still current?",
    },
    "ui.ask_swap_reason": {
        "nl": "Waarom {member} in plaats van {proposed}? (mag leeg, bijvoorbeeld: {member} ruilt met {proposed}) ",
        "en": "Why {member} instead of {proposed}? (may be empty, for example: {member} swaps with {proposed}) ",
    },
    # --- intervision next -----------------------------------------------------------------------
    "series.next.owner": {"nl": "Casusinbrenger: {name}", "en": "Case owner: {name}"},
    "series.next.facilitator": {"nl": "Begeleider: {name}", "en": "Facilitator: {name}"},
    "series.next.none": {"nl": "niemand", "en": "nobody"},
    "series.next.why": {"nl": "  waarom: {reason}", "en": "  why: {reason}"},
    "series.next.open_agreements": {
        "nl": "Open afspraken om terug te blikken: {n}",
        "en": "Open agreements to look back on: {n}",
    },
    "series.next.no_history": {
        "nl": "Nog geen opgeslagen sessies; geef wie er komen met --members.",
        "en": "No stored sessions yet; say who comes with --members.",
    },
    "series.col.member": {"nl": "deelnemer", "en": "member"},
    "series.col.attended": {"nl": "aanwezig", "en": "attended"},
    "series.col.owner_turns": {"nl": "casussen", "en": "cases"},
    "series.col.last_owner": {"nl": "laatste casus", "en": "last case"},
    "series.col.facilitated": {"nl": "begeleid", "en": "facilitated"},
    "series.col.date": {"nl": "datum", "en": "date"},
    "series.col.who": {"nl": "wie", "en": "who"},
    "series.col.what": {"nl": "wat", "en": "what"},
    "series.col.by": {"nl": "wanneer", "en": "by"},
    "series.col.status": {"nl": "stand", "en": "status"},
    "series.col.speaking": {"nl": "spreektijd", "en": "speaking"},
    "series.col.fair": {"nl": "eerlijk deel", "en": "fair share"},
    "series.col.agreements": {"nl": "afspraken gedaan/open", "en": "agreements done/open"},
    "series.status.open": {"nl": "open", "en": "open"},
    "series.status.done": {"nl": "gedaan", "en": "done"},
    "series.status.dropped": {"nl": "vervallen", "en": "dropped"},
    "series.renewed_twice": {"nl": "twee keer verlengd", "en": "renewed twice"},
    "series.group": {"nl": "de groep", "en": "the group"},
    "series.no_agreements": {"nl": "Geen afspraken.", "en": "No agreements."},
    "minutes.review": {
        "nl": "Terugblik op eerdere afspraken",
        "en": "Review of earlier agreements",
    },
    "minutes.col.made": {"nl": "Afgesproken", "en": "Agreed on"},
    "minutes.col.outcome": {"nl": "Stand", "en": "Outcome"},
    "minutes.col.note": {"nl": "Toelichting", "en": "Note"},
    "minutes.renewed_to": {"nl": "verlengd tot {by}", "en": "renewed to {by}"},
    "review.months": {
        "nl": "jan feb mrt apr mei jun jul aug sep okt nov dec",
        "en": "Jan Feb Mar Apr May June July Aug Sept Oct Nov Dec",
    },
    "review.by": {"nl": "uiterlijk {by}", "en": "by {by}"},
    "review.title": {
        "nl": "Terugblik: open afspraken ({n}). Per afspraak: g = gedaan, d = deels, n = niet gedaan, x = vervalt, v = verlengd met een nieuwe datum (v 1 maart); '| notitie' erachter mag; Enter laat hem open.",
        "en": "Review: open agreements ({n}). For each: d = done, p = partly, n = not done, x = dropped, r = renewed with a new date (r 1 March); '| note' after it is fine; Enter leaves it open.",
    },
    "review.none": {
        "nl": "Geen open afspraken om op terug te blikken.",
        "en": "No open agreements to look back on.",
    },
    "review.ask": {"nl": "{line}? ", "en": "{line}? "},
    "review.ask_new_by": {
        "nl": "Nieuwe datum voor deze afspraak? ",
        "en": "New date for this agreement? ",
    },
    "review.bad_answer": {
        "nl": "'{answer}' begrijp ik niet; typ g, d, n, x of v (of gedaan, deels, niet, vervalt, verlengd), of Enter",
        "en": "'{answer}' is not an answer here; type d, p, n, x or r (or done, partly, not done, dropped, renewed), or Enter",
    },
    "review.saved": {"nl": "Vastgelegd: {who} — {outcome}.", "en": "Recorded: {who} — {outcome}."},
    "review.left_open": {
        "nl": "Blijft open voor de volgende keer.",
        "en": "Stays open for next time.",
    },
    "review.stopped": {
        "nl": "Terugblik gestopt; wat niet besproken is, blijft open.",
        "en": "Review stopped; what was not discussed stays open.",
    },
    "review.outcome.done": {"nl": "gedaan", "en": "done"},
    "review.outcome.partly": {"nl": "deels gedaan", "en": "partly done"},
    "review.outcome.not-done": {"nl": "niet gedaan", "en": "not done"},
    "review.outcome.dropped": {"nl": "vervallen", "en": "dropped"},
    "review.outcome.renewed": {"nl": "verlengd", "en": "renewed"},
    # --- intervision stats ----------------------------------------------------------------------
    "stats.title": {"nl": "De groep over {sessions}", "en": "The group over {sessions}"},
    "stats.members": {"nl": "Per deelnemer", "en": "Per member"},
    "stats.scores": {
        "nl": "Scores (groepsgemiddelde per sessie)",
        "en": "Scores (group mean per session)",
    },
    "stats.score_line": {
        "nl": "{dimension}: gemiddeld {mean}, laatst {last} (daarvoor {previous}), laatst gescoord door {scored}",
        "en": "{dimension}: mean {mean}, last {last} (before {previous}), last scored by {scored}",
    },
    "stats.score": {"nl": "cijfer", "en": "score"},
    "stats.facilitator_only": {"nl": "begeleider", "en": "facilitator"},
    "stats.phases": {"nl": "Fasen die uitlopen", "en": "Phases that run over"},
    "stats.phase_line": {
        "nl": "{title} ({protocol}): uitgelopen in {over} van de {runs}, gemiddeld {minutes} te lang",
        "en": "{title} ({protocol}): ran over in {over} of {runs}, by {minutes} on average",
    },
    "stats.advice": {
        "nl": "Advies: plan voor '{title}' {minutes} meer in.",
        "en": "Advice: plan {minutes} more for '{title}'.",
    },
    "stats.no_phases": {"nl": "Geen fase loopt vaak uit.", "en": "No phase often runs over."},
    "stats.empty": {"nl": "Nog geen opgeslagen sessies.", "en": "No stored sessions yet."},
    "stats.bad_since": {
        "nl": "'{value}' is geen datum; schrijf bijvoorbeeld 2026-01-31",
        "en": "'{value}' is not a date; write for example 2026-01-31",
    },
    # --- help -----------------------------------------------------------------------------------
    "cli.next.help": {
        "nl": "Wie is de volgende keer casusinbrenger en wie begeleidt, met de reden en de tabel erachter.",
        "en": "Who brings the case next time and who facilitates, with the reason and the table behind it.",
    },
    "cli.next.members": {
        "nl": "Wie er komen (anders: de leden uit het groepsbestand, of die van de laatste sessie).",
        "en": "Who comes (else the members in the group file, or those of the last session).",
    },
    "cli.agreements.help": {
        "nl": "De afspraken van de reeks: wie, wat, wanneer, uit welke sessie, en hoe het ermee staat.",
        "en": "The series' agreements: who, what, by when, from which session, and how they stand.",
    },
    "cli.agreements.open": {
        "nl": "Alleen open afspraken (zo is het standaard).",
        "en": "Open agreements only (the default).",
    },
    "cli.agreements.all": {
        "nl": "Ook afgeronde en vervallen afspraken.",
        "en": "Also done and dropped ones.",
    },
    "cli.agreements.member": {
        "nl": "Alleen de afspraken van deze deelnemer.",
        "en": "Only this member's agreements.",
    },
    "cli.stats.help": {
        "nl": "Cijfers over de reeks: aanwezigheid, beurten, spreektijd, afspraken, scores en fasen die uitlopen.",
        "en": "Figures over the series: attendance, turns, speaking time, agreements, scores and phases that run over.",
    },
    "cli.stats.since": {
        "nl": "Alleen sessies vanaf deze datum (JJJJ-MM-DD).",
        "en": "Only sessions from this date (YYYY-MM-DD).",
    },
}
