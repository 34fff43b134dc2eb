"""Help pages and usage errors (the words Typer and Click would otherwise say in English)."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "usage.usage": {"nl": "Gebruik:", "en": "Usage:"},
    "usage.options": {"nl": "[OPTIES]", "en": "[OPTIONS]"},
    "usage.command": {"nl": "OPDRACHT [ARGUMENTEN]...", "en": "COMMAND [ARGS]..."},
    "usage.arguments": {"nl": "Argumenten", "en": "Arguments"},
    "usage.options_title": {"nl": "Opties", "en": "Options"},
    "usage.commands": {"nl": "Opdrachten", "en": "Commands"},
    "usage.opt.help": {"nl": "Toon deze uitleg en stop.", "en": "Show this message and exit."},
    "usage.opt.install_completion": {
        "nl": "Laat je shell methoden en sessiemappen aanvullen met Tab (eenmalig instellen).",
        "en": "Let your shell complete methods and session folders with Tab (set up once).",
    },
    "usage.opt.show_completion": {
        "nl": "Toon het aanvulscript voor je shell, om het zelf te kopiëren of aan te passen.",
        "en": "Show the completion script for your shell, to copy or adapt it yourself.",
    },
    "usage.default": {"nl": "standaard: {value}", "en": "default: {value}"},
    "usage.range": {"nl": "{low} t/m {high}", "en": "{low} to {high}"},
    "usage.at_least": {"nl": "minstens {low}", "en": "at least {low}"},
    "usage.at_most": {"nl": "hoogstens {high}", "en": "at most {high}"},
    "usage.required": {"nl": "verplicht", "en": "required"},
    "usage.meta.protocol": {"nl": "METHODE", "en": "PROTOCOL"},
    "usage.meta.session": {"nl": "SESSIE", "en": "SESSION"},
    "usage.meta.path": {"nl": "PAD", "en": "PATH"},
    "usage.meta.count": {"nl": "AANTAL", "en": "N"},
    "usage.meta.minutes": {"nl": "MINUTEN", "en": "T"},
    "usage.meta.clock": {"nl": "UU:MM", "en": "HH:MM"},
    "usage.meta.folder": {"nl": "MAP", "en": "DIR"},
    "usage.meta.file_or_folder": {"nl": "BESTAND|MAP/", "en": "FILE|DIR/"},
    "usage.meta.lang": {"nl": "TAAL", "en": "LANG"},
    "usage.meta.seconds": {"nl": "SECONDEN", "en": "SECONDS"},
    "usage.meta.name": {"nl": "NAAM", "en": "NAME"},
    "usage.meta.names": {"nl": "NAMEN", "en": "NAMES"},
    "usage.meta.title": {"nl": "TITEL", "en": "TITLE"},
    "usage.meta.speed": {"nl": "SNELHEID", "en": "SPEED"},
    "usage.meta.command": {"nl": "OPDRACHT", "en": "CMD"},
    "usage.meta.number": {"nl": "GETAL", "en": "NUMBER"},
    "usage.meta.text": {"nl": "TEKST", "en": "TEXT"},
    "usage.try": {"nl": "Uitleg: {command}", "en": "Try '{command}' for help."},
    "usage.error": {"nl": "Fout: {message}", "en": "Error: {message}"},
    "usage.aborted": {"nl": "Afgebroken.", "en": "Aborted."},
    "usage.err.missing_argument": {"nl": "{name} ontbreekt.", "en": "missing argument {name}."},
    "usage.err.missing_option": {
        "nl": "de optie {name} ontbreekt.",
        "en": "missing option {name}.",
    },
    "usage.err.bad_value": {
        "nl": "ongeldige waarde voor {name}: {problem}",
        "en": "invalid value for {name}: {problem}",
    },
    "usage.err.no_option": {"nl": "onbekende optie {name}.", "en": "no such option: {name}."},
    "usage.err.no_option_mean": {
        "nl": "onbekende optie {name}. Bedoel je {match}?",
        "en": "no such option: {name}. Did you mean {match}?",
    },
    "usage.err.no_command": {
        "nl": "onbekende opdracht '{name}'; kies uit: {available}.",
        "en": "no such command '{name}'; choose from: {available}.",
    },
    "usage.err.no_command_mean": {
        "nl": "onbekende opdracht '{name}'. Bedoel je '{match}'?",
        "en": "no such command '{name}'. Did you mean '{match}'?",
    },
    "usage.err.needs_value": {
        "nl": "na {name} hoort een waarde.",
        "en": "option {name} requires a value.",
    },
    "usage.err.takes_no_value": {
        "nl": "na {name} hoort geen waarde.",
        "en": "option {name} does not take a value.",
    },
    "usage.err.extra_args": {
        "nl": "te veel argumenten: {args}.",
        "en": "unexpected extra arguments: {args}.",
    },
    "usage.err.missing_command": {"nl": "kies een opdracht.", "en": "missing command."},
    "usage.value.whole": {
        "nl": "'{value}' is geen geheel getal.",
        "en": "'{value}' is not a whole number.",
    },
    "usage.value.number": {"nl": "'{value}' is geen getal.", "en": "'{value}' is not a number."},
    "usage.value.ge": {
        "nl": "{value} is te klein; minstens {bound}.",
        "en": "{value} is too small; at least {bound}.",
    },
    "usage.value.gt": {
        "nl": "{value} is te klein; meer dan {bound}.",
        "en": "{value} is too small; more than {bound}.",
    },
    "usage.value.le": {
        "nl": "{value} is te groot; hoogstens {bound}.",
        "en": "{value} is too large; at most {bound}.",
    },
    "usage.value.lt": {
        "nl": "{value} is te groot; minder dan {bound}.",
        "en": "{value} is too large; less than {bound}.",
    },
    "usage.value.other": {
        "nl": "'{value}' is hier geen geldige waarde.",
        "en": "'{value}' is not a valid value here.",
    },
}
