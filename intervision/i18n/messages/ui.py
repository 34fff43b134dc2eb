"""Messages of the session screens (plain and live) and prompts."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # questionary's yes/no question listens to the keys y and n only, so the Dutch hint says so.
    "live.confirm_hint_yes": {"nl": "(j/n, Enter = ja) ", "en": "(y/n, Enter = yes) "},
    "live.confirm_hint_no": {"nl": "(j/n, Enter = nee) ", "en": "(y/n, Enter = no) "},
    "prompt.yes": {"nl": "ja", "en": "yes"},
    "prompt.no": {"nl": "nee", "en": "no"},
    "live.suggestion_hint": {
        "nl": "(Enter neemt de suggestie over, typen vervangt hem, Tab om hem aan te passen)",
        "en": "(Enter takes the suggestion, typing replaces it, Tab to edit it)",
    },
    "live.select_hint": {
        "nl": "(kies met de pijltjestoetsen en Enter)",
        "en": "(arrow keys, Enter picks)",
    },
    "prompt.default_hint": {"nl": "(Enter kiest {default})", "en": "(Enter picks {default})"},
    "prompt.invalid_choice": {
        "nl": "'{answer}' staat niet in de lijst (niet bewaard); typ een nummer of een naam",
        "en": "'{answer}' is not in the list (not saved); type a number or a name",
    },
    "prompt.yes_no_default_yes": {"nl": "[J/n]", "en": "[Y/n]"},
    "prompt.yes_no_default_no": {"nl": "[j/N]", "en": "[y/N]"},
    "prompt.yes_no_invalid": {
        "nl": "'{answer}' is geen ja of nee (niet bewaard); typ j of n",
        "en": "'{answer}' is not yes or no (not saved); type y or n",
    },
    "ui.rules_title": {"nl": "{title} — spelregels:", "en": "{title} — ground rules:"},
    "ui.rules_agree": {
        "nl": "Gaat iedereen akkoord met de spelregels? Druk op Enter om te beginnen.",
        "en": "Are the ground rules agreed? Press Enter to begin",
    },
    "ui.cancelled": {
        "nl": "Vraag afgebroken ({text} is een opdracht, geen antwoord); de opdracht wordt nu uitgevoerd.",
        "en": "Question dropped ({text} is a command, not an answer); running the command now.",
    },
    "ui.dismissed": {"nl": "Niets veranderd.", "en": "Nothing changed."},
    "ui.rules_not_agreed": {
        "nl": "Bespreek de spelregels; druk op Enter zodra iedereen akkoord is (of /quit om te stoppen).",
        "en": "Talk the ground rules through; press Enter once everyone agrees (or /quit to stop).",
    },
    "ui.rules_line_kept": {
        "nl": "Spelregels akkoord. Je regel telt als eerste regel van de sessie: {text}",
        "en": "Ground rules agreed. Your line counts as the first line of the session: {text}",
    },
    "ui.not_yet": {
        "nl": "{text} kan pas als de sessie begonnen is; druk eerst op Enter bij de spelregels (of /quit)",
        "en": "{text} can only be used once the session has begun; press Enter at the ground rules first (or /quit)",
    },
    "ui.owner_needed_first": {
        "nl": "Deze methode begint met de casus: kies eerst wie hem inbrengt (of /quit).",
        "en": "This method starts with the case: choose who brings it first (or /quit).",
    },
    "ui.confirm_back": {
        "nl": "Terug naar de vorige spreker of fase? De tijd loopt daar verder.",
        "en": "Go back to the previous speaker or phase? Its clock carries on there.",
    },
    "ui.confirm_last": {
        "nl": "Dit was de laatste stap. De sessie afsluiten en het verslag maken?",
        "en": "This was the last step. End the session and write the minutes?",
    },
    "ui.confirm_end": {
        "nl": "De sessie nu afsluiten en het verslag maken?",
        "en": "End the session now and write the minutes?",
    },
    "ui.paused": {
        "nl": "Pauze: de klokken van de spreker en de fase staan stil; de sessieklok loopt door naar het vaste einde. /pause of /resume zet ze weer aan; doorgaan naar de volgende stap ook.",
        "en": "Paused: the speaker's and the phase's clocks stand still; the session clock runs on towards the fixed end. /pause again starts them; so does moving on.",
    },
    "ui.resumed": {"nl": "De klok loopt weer.", "en": "The clock runs again."},
    "ui.shortened": {
        "nl": "Fase ingekort met {minutes} min.",
        "en": "Phase shortened by {minutes} min.",
    },
    "ui.extended": {
        "nl": "Fase verlengd met {minutes} min.",
        "en": "Phase extended by {minutes} min.",
    },
    "ui.undone": {"nl": "Teruggenomen: {text}", "en": "Taken back: {text}"},
    "ui.unknown_command": {
        "nl": "onbekende opdracht '/{word}'; /help toont ze allemaal (begin met // voor een notitie die met / begint)",
        "en": "unknown command '/{word}'; /help shows them all (start with // for a note that begins with /)",
    },
    "ui.invalid_command": {
        "nl": "'{text}' begrijp ik niet; /help toont hoe het moet",
        "en": "I do not understand '{text}'; /help shows how",
    },
    "ui.help_title": {"nl": "Zo werkt het:", "en": "How it works:"},
    "ui.help.next": {
        "nl": "Enter (lege regel)   volgende spreker of fase",
        "en": "Enter (empty line)   next speaker or phase",
    },
    "ui.help.back": {
        "nl": "/back                terug naar de vorige spreker of fase",
        "en": "/back                back to the previous speaker or phase",
    },
    "ui.help.pause": {
        "nl": "/pause               pauze aan/uit (spreker- en faseklok staan stil)",
        "en": "/pause               pause on/off (speaker and phase clocks stop)",
    },
    "ui.help.resume": {
        "nl": "/resume              zet de klok weer aan na een pauze",
        "en": "/resume              start the clock again after a pause",
    },
    "ui.help.extend": {
        "nl": "/extend N            deze fase N minuten langer (negatief: korter)",
        "en": "/extend N            this phase N minutes longer (negative: shorter)",
    },
    "ui.help.skip": {
        "nl": "/skip                sla deze fase over",
        "en": "/skip                skip this phase",
    },
    "ui.help.agree": {
        "nl": "/agree Naam: wat | wanneer   leg een afspraak vast",
        "en": "/agree Name: what | when   record an agreement",
    },
    "ui.help.score": {
        "nl": "/score [nut] 7,5 [Naam]   een cijfer (in de evaluatie: typ alleen het cijfer)",
        "en": "/score [safety] 7.5 [Name]   a score (in the evaluation: just the number)",
    },
    "ui.help.undo": {
        "nl": "/undo                neem het laatste terug (notitie, afspraak of cijfer)",
        "en": "/undo                take back the last note, agreement or score",
    },
    "ui.help.owner": {
        "nl": "/owner               kies (een andere) casusinbrenger",
        "en": "/owner               choose (another) case owner",
    },
    "ui.help.status": {
        "nl": "/status              toon waar we zijn en hoeveel tijd er nog is",
        "en": "/status              show where we are and the time",
    },
    "ui.help.help": {
        "nl": "/help                deze uitleg",
        "en": "/help                this help",
    },
    "ui.help.quit": {
        "nl": "/quit                stop nu; alles bewaard, verder met 'intervision resume'",
        "en": "/quit                stop now; all saved, go on with 'intervision resume'",
    },
    "ui.help.end": {
        "nl": "/end                 sluit de sessie af en maak het verslag",
        "en": "/end                 end the session and write the minutes",
    },
    "ui.help_notes": {
        "nl": "Andere tekst: een notitie van wie spreekt; 'Bram: tekst' op naam van Bram.",
        "en": "Other text: a note of the speaker; 'Bram: text' in Bram's name.",
    },
    "ui.ask_owner": {"nl": "Wie brengt casus {case} in?", "en": "Who brings case {case}?"},
    "ui.ask_case_title": {
        "nl": "Titel van de casus (mag leeg blijven)",
        "en": "Title of the case (may be empty)",
    },
    "ui.owner_chosen": {
        "nl": "{member} brengt casus {case} in.",
        "en": "{member} brings case {case}.",
    },
    "ui.ask_agreement_who": {"nl": "Afspraak: voor wie?", "en": "Agreement: for whom?"},
    "ui.ask_agreement_who_line": {
        "nl": "Voor wie is de afspraak '{text}'?",
        "en": "Whose agreement is '{text}'?",
    },
    "ui.ask_agreement_who_named": {
        "nl": "'{name}' is niet aanwezig. Voor wie is deze afspraak?",
        "en": "'{name}' is not present. Whose agreement is this?",
    },
    "ui.whole_group": {"nl": "de hele groep", "en": "the whole group"},
    "ui.outside_group": {"nl": "{name} (niet in de groep)", "en": "{name} (not in the group)"},
    "ui.agreement_format": {
        "nl": "De afspraak is niet bewaard. Schrijf 'Naam: wat | wanneer', of 'iedereen: wat' voor de hele groep.",
        "en": "The agreement is not saved. Write 'Name: what | when', or 'everyone: what' for the whole group.",
    },
    "ui.who_meant": {
        "nl": "'{name}' is niet aanwezig. Bedoel je {names}?",
        "en": "'{name}' is not present. Do you mean {names}?",
    },
    "ui.not_present": {
        "nl": "'{name}' is niet aanwezig (aanwezig: {members}). Wat doe ik met deze regel?",
        "en": "'{name}' is not present (present: {members}). What shall I do with this line?",
    },
    "ui.line_as_typed": {"nl": "bewaar zoals getypt: '{text}'", "en": "keep as typed: '{text}'"},
    "ui.line_not_saved": {"nl": "niet bewaren", "en": "do not save"},
    "ui.cut_off_kept": {
        "nl": "Vraag afgebroken; de regel is bewaard zoals getypt, als losse notitie: {text}",
        "en": "Question cut off; the line is kept as typed, as a loose note: {text}",
    },
    "prompt.pick_one": {
        "nl": "Kies een nummer of typ een naam.",
        "en": "Pick a number or type a name.",
    },
    "ui.score_or_sentence": {
        "nl": "'{text}': is {value} een cijfer (en de rest een notitie)? Nee bewaart de hele regel als notitie.",
        "en": "'{text}': is {value} a score (and the rest a note)? No keeps the whole line as a note.",
    },
    "ui.line_refused": {"nl": "niet bewaard: {text}", "en": "not saved: {text}"},
    "ui.number_not_score": {
        "nl": "'{text}' lijkt een cijfer, maar in deze fase worden geen cijfers gegeven. Toch bewaren als {kind}?",
        "en": "'{text}' looks like a score, but this phase takes no scores. Keep it as a {kind} anyway?",
    },
    "ui.score_hint": {
        "nl": "Een cijfer geef je met /score {text} (zet er een naam achter voor iemand anders).",
        "en": "Give a score with /score {text} (add a name for someone else).",
    },
    "ui.score_range": {
        "nl": "een cijfer is van 1 tot en met 10, halve punten mogen (7,5); {value} is niet bewaard",
        "en": "a score is from 1 to 10, half points allowed (7.5); {value} is not saved",
    },
    "ui.ask_score_value_for": {
        "nl": "Cijfer van {member} voor {dimension} (1–10; leeg = geen cijfer)",
        "en": "Score of {member} for {dimension} (1–10; empty = no score)",
    },
    "ui.score_saved_for": {
        "nl": "  + cijfer {value} voor {dimension} — {member}",
        "en": "  + score {value} for {dimension} — {member}",
    },
    "ui.score_ask": {
        "nl": "  {member}, cijfer voor {dimension}: {question}",
        "en": "  {member}, score for {dimension}: {question}",
    },
    "ui.score_next": {
        "nl": "  nog van {member}: {dimension} — {question}",
        "en": "  still from {member}: {dimension} — {question}",
    },
    "ui.all_scored": {
        "nl": "{member} heeft alle cijfers al gegeven ({dimensions}); niet bewaard. /undo neemt het laatste terug",
        "en": "{member} has given every score already ({dimensions}); not saved. /undo takes the last one back",
    },
    "ui.owner_listens": {
        "nl": "  Bewaard als eigen opmerking, niet als advies. In deze fase luistert {owner} en reageert later: het moment van feedback is aan wie hem geeft.",
        "en": "  Kept as the owner's own remark, not as advice. In this phase {owner} listens and reacts later: the moment of feedback belongs to the one who gives it.",
    },
    "ui.owner_answer_saved": {
        "nl": "  Bewaard als antwoord van de casusinbrenger, niet als vraag.",
        "en": "  Kept as the owner's answer, not as a question.",
    },
    "ui.aside_saved": {
        "nl": "  In deze fase legt de methode niets vast; de regel is bewaard als losse notitie.",
        "en": "  The method records nothing in this phase; the line is kept as a loose note.",
    },
    "ui.core_new_version": {
        "nl": "  Nieuwe versie van de kernvraag: het verslag toont deze als de definitieve, de vorige als eerdere versie.",
        "en": "  A new version of the core question: the minutes show this one as final, the earlier one as an earlier version.",
    },
    "ui.questions_count": {
        "nl": "  {member}: vraag {n} van {limit}",
        "en": "  {member}: question {n} of {limit}",
    },
    "ui.questions_done": {
        "nl": "  {member} heeft alle vragen gehad ({questions}).",
        "en": "  {member} has had all the questions ({questions}).",
    },
    "ui.questions_over": {
        "nl": "{member} had alle vragen al gehad (de methode geeft {questions} per deelnemer; dit is nummer {n}); wel bewaard",
        "en": "{member} had had all the questions (the method gives {questions} each; this is number {n}); saved all the same",
    },
    "ui.score_not_saved": {"nl": "Geen cijfer bewaard.", "en": "No score saved."},
    "ui.pitch_choice": {"nl": "{member} — {text}", "en": "{member} — {text}"},
    "ui.owner_reason": {
        "nl": "Voorstel: {reason}",
        "en": "Proposed: {reason}",
    },
    "ui.ask_agreement_what": {"nl": "Afspraak: wat?", "en": "Agreement: what?"},
    "ui.ask_agreement_by": {
        "nl": "Afspraak: vóór wanneer? (mag leeg blijven)",
        "en": "Agreement: by when? (may be empty)",
    },
    "ui.agreement_saved": {"nl": "  + afspraak — {who}", "en": "  + agreement — {who}"},
    "ui.ask_score_member": {"nl": "Cijfer van wie?", "en": "Whose score?"},
    "ui.ask_score_value": {
        "nl": "Cijfer van {member} (1–10; leeg = geen cijfer)",
        "en": "Score of {member} (1–10; empty = no score)",
    },
    "ui.score_saved": {"nl": "  + cijfer {value} — {member}", "en": "  + score {value} — {member}"},
    "ui.note_saved": {"nl": "  + {kind}", "en": "  + {kind}"},
    "ui.note_saved_by": {"nl": "  + {kind} — {who}", "en": "  + {kind} — {who}"},
    "ui.error_line": {"nl": "! {message}", "en": "! {message}"},
    "ui.goal": {"nl": "Doel: {text}", "en": "Goal: {text}"},
    "ui.tip": {"nl": "Tip: {text}", "en": "Tip: {text}"},
    "ui.pattern": {"nl": "Wie: {text}", "en": "Who: {text}"},
    "ui.not_allowed": {"nl": "Niet: {items}", "en": "Not: {items}"},
    "ui.now_next": {"nl": "Nu: {now} · daarna: {next}", "en": "Now: {now} · next: {next}"},
    "ui.owner_word": {"nl": "casusinbrenger", "en": "case owner"},
    "ui.phase_of": {"nl": "Fase {k}/{n}", "en": "Phase {k}/{n}"},
    "ui.case_of": {"nl": "Casus {k}/{n}", "en": "Case {k}/{n}"},
    "ui.case": {"nl": "Casus", "en": "Case"},
    "ui.time_left": {"nl": "nog {clock}", "en": "{clock} left"},
    "ui.over_time": {"nl": "{clock} over tijd", "en": "{clock} over time"},
    "ui.turn_time": {"nl": "spreker {text}", "en": "speaker {text}"},
    "ui.phase_time": {"nl": "fase {text}", "en": "phase {text}"},
    "ui.session_time": {"nl": "sessie {text}", "en": "session {text}"},
    "ui.behind": {"nl": "{minutes} min achter op schema", "en": "{minutes} min behind plan"},
    "ui.ahead": {"nl": "{minutes} min voor op schema", "en": "{minutes} min ahead of plan"},
    "ui.on_schedule": {"nl": "op schema", "en": "on schedule"},
    "ui.paused_marker": {"nl": "(gepauzeerd)", "en": "(paused)"},
    "kind.note": {"nl": "notitie", "en": "note"},
    "kind.question": {"nl": "vraag", "en": "question"},
    "kind.core-question": {"nl": "kernvraag", "en": "core question"},
    "kind.advice": {"nl": "advies", "en": "advice"},
    "kind.reaction": {"nl": "reactie", "en": "reaction"},
    "kind.learning-point": {"nl": "leerpunt", "en": "learning point"},
    "kind.pitch": {"nl": "casusvoorstel", "en": "case pitch"},
    "kind.owner-remark": {
        "nl": "eigen opmerking van de casusinbrenger",
        "en": "case owner's own remark",
    },
    "kind.aside": {"nl": "losse notitie", "en": "loose note"},
}

# The live terminal screen (ui/live*.py): the status block, its keys and its signals.
MESSAGES.update(
    {
        "live.owner.listens": {
            "nl": "{owner} (casusinbrenger) luistert en reageert later",
            "en": "{owner} (case owner) listens and reacts later",
        },
        "live.owner.away": {
            "nl": "{owner} (casusinbrenger) zit buiten de kring en luistert zonder te reageren",
            "en": "{owner} (case owner) sits outside the circle and listens without reacting",
        },
        "live.owner.speaks": {
            "nl": "{owner} (casusinbrenger) doet mee",
            "en": "{owner} (case owner) takes part",
        },
        "live.who.silent-owner": {
            "nl": "de deelnemers praten óver de casus; {owner} (casusinbrenger) zwijgt en luistert",
            "en": "the members talk about the case; {owner} (case owner) is silent and listens",
        },
        "live.now": {"nl": "Nu: ", "en": "Now: "},
        "live.next": {"nl": "daarna: ", "en": "next: "},
        "live.speaker_line": {"nl": "→ {who}", "en": "→ {who}"},
        "live.prompt": {"nl": "› ", "en": "› "},
        "live.hint": {
            "nl": "Enter volgende · {line} · Ctrl-P pauze · Ctrl-B terug · /help",
            "en": "Enter next · {line} · Ctrl-P pause · Ctrl-B back · /help",
        },
        "live.hint_wide": {
            "nl": "Enter volgende · {line} · Ctrl-P pauze · Ctrl-B terug · /extend 5 · "
            "/skip · /quit · /help alle opdrachten",
            "en": "Enter next · {line} · Ctrl-P pause · Ctrl-B back · /extend 5 · /skip · /quit · "
            "/help all commands",
        },
        # What a plain typed line is in this phase, for the footer.
        "live.line.kind": {"nl": "tekst = {kind}", "en": "text = {kind}"},
        "live.line.score": {"nl": "getal = cijfer", "en": "number = score"},
        "live.line.agreement": {"nl": "tekst = afspraak", "en": "text = agreement"},
        "live.line.questions": {
            "nl": "Naam: tekst = vraag ({n} elk)",
            "en": "Name: text = question ({n} each)",
        },
        "live.hint_paused": {
            "nl": "PAUZE — Ctrl-P of /pause zet de klok weer aan · Enter: volgende · /help",
            "en": "PAUSED — Ctrl-P or /pause starts the clock again · Enter: next · /help",
        },
        "live.confirm_back": {
            "nl": "Terug naar {target}? Nog eens Ctrl-B = ja · een andere toets = nee",
            "en": "Back to {target}? Ctrl-B again = yes · any other key = no",
        },
        "live.keys_title": {"nl": "Toetsen:", "en": "Keys:"},
        "live.key.pause": {
            "nl": "Ctrl-P of F5         pauze aan/uit, ook midden in een notitie",
            "en": "Ctrl-P or F5         pause on/off, also in the middle of a note",
        },
        "live.key.back": {
            "nl": "Ctrl-B of F6         terug naar de vorige spreker of fase (twee keer drukken)",
            "en": "Ctrl-B or F6         back to the previous speaker or phase (press twice)",
        },
        "live.key.edit": {
            "nl": "← → Home End ↑ ↓     door de regel bewegen; eerdere regels terughalen",
            "en": "← → Home End ↑ ↓     move in the line; bring back earlier lines",
        },
        "live.key.stop": {
            "nl": "Ctrl-C               stoppen; alles bewaard, verder met 'intervision resume'",
            "en": "Ctrl-C               stop; all saved, go on with 'intervision resume'",
        },
        "live.unsent_saved": {
            "nl": "De onafgemaakte regel is als notitie bewaard.",
            "en": "The unfinished line was saved as a note.",
        },
        "live.draft_back": {
            "nl": "De regel die je aan het typen was toen de sessie stopte, staat weer klaar: maak hem af en druk op Enter, of wis hem.",
            "en": "The line you were typing when the session stopped is back: finish it and press Enter, or erase it.",
        },
        "live.hook_failed": {
            "nl": "de opdracht voor het einde van de tijd (--on-phase-end) is mislukt ({error}); de sessie gaat gewoon door",
            "en": "the command for the end of a time box failed ({error}); the session carries on",
        },
    }
)
