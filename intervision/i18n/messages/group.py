"""Texts of the group file, the roster and the commands init, members and group."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # --- the group file -----------------------------------------------------------------------
    "group.invalid": {
        "nl": "Er zitten fouten in het groepsbestand.",
        "en": "The group file is not valid.",
    },
    "group.err.too_large": {
        "nl": "het bestand is {mb} MB; een groepsbestand is hoogstens 1 MB. Is dit wel het goede bestand?",
        "en": "the file is {mb} MB; a group file is at most 1 MB. Is this the right file?",
    },
    "group.err.empty": {
        "nl": "het bestand is leeg; begin met 'name:' en 'members:' "
        "(of maak een nieuwe groep met 'intervision init')",
        "en": "the file is empty; start with 'name:' and 'members:' "
        "(or make a new group with 'intervision init')",
    },
    "group.err.top_not_mapping": {
        "nl": "een groepsbestand bestaat uit regels 'sleutel: waarde' (name:, members: …), "
        "maar dit bestand bevat {got}",
        "en": "a group file is made of 'key: value' lines (name:, members: …), but this file holds {got}",
    },
    "group.err.date": {
        "nl": "schrijf een datum als jaar-maand-dag, bijvoorbeeld 2026-03-01",
        "en": "write a date as year-month-day, for example 2026-03-01",
    },
    "group.err.name_empty": {"nl": "de naam is leeg", "en": "the name is empty"},
    "group.err.name_chars": {
        "nl": "een naam mag geen , ; : of | bevatten en niet met / beginnen",
        "en": "a name cannot hold , ; : or | nor start with /",
    },
    "group.err.left_before_joined": {
        "nl": "'left' ligt vóór 'joined'; controleer de twee datums",
        "en": "'left' is before 'joined'; check the two dates",
    },
    "group.err.duplicate_member": {
        "nl": "'{name}' staat al bij lid {first}; elke naam (ook een oude) hoort bij één lid",
        "en": "'{name}' is already taken by member {first}; every name (also a former one) "
        "belongs to one member",
    },
    "group.err.duplicate_register": {
        "nl": "het register '{id}' staat er twee keer in; geef elk profiel een eigen id",
        "en": "the register '{id}' is there twice; give every profile its own id",
    },
    "group.err.duplicate_score": {
        "nl": "de score '{id}' staat er twee keer in; noem elke score één keer",
        "en": "the score '{id}' is there twice; name every score once",
    },
    "group.err.language_spelled": {
        "nl": "'{got}' kan hier niet; schrijf '{suggestion}' (kies uit: nl, en)",
        "en": "'{got}' is not possible here; write '{suggestion}' (choose one of: nl, en)",
    },
    "group.err.clock_time": {
        "nl": "{got} lijkt een tijd; schrijf de duur in minuten, bijvoorbeeld 90 voor anderhalf uur",
        "en": "{got} looks like a clock time; write the length in minutes, for example 90 for "
        "an hour and a half",
    },
    "group.err.facilitator_both": {
        "nl": "geef 'facilitator' (één vaste begeleider) óf 'facilitator_rota' (om de beurt), "
        "niet allebei",
        "en": "give 'facilitator' (one fixed facilitator) or 'facilitator_rota' (taking turns), "
        "not both",
    },
    "group.err.rota_not_member": {
        "nl": "'{name}' staat in 'facilitator_rota' maar niet bij 'members'",
        "en": "'{name}' is in 'facilitator_rota' but not under 'members'",
    },
    # --- the roster rules ---------------------------------------------------------------------
    "group.not_expected": {
        "nl": "'{name}' wordt vandaag niet verwacht; verwacht zijn: {members}",
        "en": "'{name}' is not expected today; expected are: {members}",
    },
    "group.named_twice": {
        "nl": "'{name}' staat er twee keer in; noem iedereen één keer",
        "en": "'{name}' is given twice; name everyone once",
    },
    "group.guest_is_member": {
        "nl": "'{name}' is lid van de groep ({member}), geen gast; leden zijn er vanzelf bij",
        "en": "'{name}' is a member of the group ({member}), not a guest; members take part anyway",
    },
    "group.already_member": {
        "nl": "'{name}' is al lid van de groep ({member})",
        "en": "'{name}' is already a member of the group ({member})",
    },
    "group.add_left": {
        "nl": "{name} is op {left} vertrokken; wie terugkomt: haal de regel 'left: {left}' "
        "bij {name} weg in intervision-group.yaml",
        "en": "{name} left on {left}; to welcome them back, remove the line 'left: {left}' "
        "under {name} in intervision-group.yaml",
    },
    "group.already_left": {
        "nl": "{name} is al op {left} vertrokken",
        "en": "{name} already left on {left}",
    },
    "group.leave_before_join": {
        "nl": "{name} kwam pas op {joined} bij de groep; kies een latere datum",
        "en": "{name} only joined on {joined}; choose a later date",
    },
    "group.name_taken": {
        "nl": "de naam '{name}' is al van {member}; kies een andere naam",
        "en": "the name '{name}' already belongs to {member}; choose another name",
    },
    "group.same_name": {
        "nl": "'{name}' heet al zo; er valt niets te veranderen",
        "en": "'{name}' already has that name; nothing to change",
    },
    "group.unknown_member": {
        "nl": "'{name}' is geen lid van de groep; leden: {members}",
        "en": "'{name}' is not a member of the group; members: {members}",
    },
    "group.bad_name": {
        "nl": "'{name}' kan geen naam zijn: gebruik geen , ; : of | en begin niet met /",
        "en": "'{name}' cannot be a name: use no , ; : or | and do not start with /",
    },
    # --- init, members, group -------------------------------------------------------------------
    "init.help": {
        "nl": "Maak een groepsmap: het groepsbestand (leden, taal, methode, duur), protocols/ en "
        "sessions/. Opdrachten in die map werken daarna met deze groep.",
        "en": "Create a group folder: the group file (members, language, method, length), "
        "protocols/ and sessions/. Commands in that folder then work with this group.",
    },
    "init.opt.dir": {
        "nl": "De map van de groep (standaard: de huidige map).",
        "en": "The group's folder (default: the current folder).",
    },
    "init.opt.name": {"nl": "De naam van de groep.", "en": "The group's name."},
    "init.opt.members": {
        "nl": 'De leden, met komma\'s: "Anna,Bram,Cees".',
        "en": 'The members, separated by commas: "Anna,Bram,Cees".',
    },
    "init.opt.facilitator": {
        "nl": "De vaste begeleider (hoeft geen lid te zijn).",
        "en": "The fixed facilitator (need not be a member).",
    },
    "init.opt.lang": {
        "nl": "Taal van de sessies en verslagen: nl of en.",
        "en": "Language of the sessions and minutes: nl or en.",
    },
    "init.opt.protocol": {
        "nl": "De methode die 'run' gebruikt als je er geen noemt.",
        "en": "The method 'run' uses when you name none.",
    },
    "init.opt.minutes": {
        "nl": "De gebruikelijke duur van een sessie in minuten.",
        "en": "The usual length of a session in minutes.",
    },
    "init.no_name": {
        "nl": 'geef de groep een naam met --name "Intervisiegroep Noord"',
        "en": 'give the group a name with --name "Peer group North"',
    },
    "init.no_members": {
        "nl": 'noem de leden met --members "Anna,Bram,Cees"',
        "en": 'name the members with --members "Anna,Bram,Cees"',
    },
    "init.done": {
        "nl": "Groep gemaakt: {path} ({members}). Pas het bestand gerust aan; "
        "'intervision run' in deze map werkt nu met deze groep.",
        "en": "Group created: {path} ({members}). Feel free to edit the file; "
        "'intervision run' in this folder now works with this group.",
    },
    "group.exists": {
        "nl": "{path} bestaat al; intervision overschrijft geen groep. Kies een andere map",
        "en": "{path} already exists; intervision never overwrites a group. Choose another folder",
    },
    "group.none_here": {
        "nl": "geen groep gevonden in {path} of een map erboven; maak er een met 'intervision init' "
        "of ga naar de map van de groep",
        "en": "no group found in {path} or a folder above it; make one with 'intervision init' "
        "or go to the group's folder",
    },
    "group.edit_failed": {
        "nl": "{path} kon niet veilig worden aangepast (de indeling is ongewoon); er is niets "
        "veranderd. Pas het bestand zelf aan in een teksteditor",
        "en": "{path} could not be changed safely (its layout is unusual); nothing was changed. "
        "Edit the file yourself in a text editor",
    },
    "group.help": {
        "nl": "Het groepsbestand: schema voor editors, controle.",
        "en": "The group file: schema for editors, check.",
    },
    "group.help.schema": {
        "nl": "Het JSON Schema van het groepsbestand, voor editors.",
        "en": "The JSON Schema of the group file, for editors.",
    },
    "group.help.check": {
        "nl": "Controleer het groepsbestand; fouten met bestand:regel:kolom.",
        "en": "Check the group file; errors with file:line:column.",
    },
    "group.check_ok": {"nl": "{path}: in orde ({name})", "en": "{path}: ok ({name})"},
    "members.help": {
        "nl": "De leden van de groep: bekijken, toevoegen, vertrek, nieuwe naam.",
        "en": "The group's members: list, add, leave, rename.",
    },
    "members.help.list": {
        "nl": "De leden en wie er vandaag (of op --date) verwacht wordt.",
        "en": "The members and who is expected today (or on --date).",
    },
    "members.help.add": {
        "nl": "Voeg een lid toe (opmerkingen in het bestand blijven staan).",
        "en": "Add a member (comments in the file stay).",
    },
    "members.help.leave": {
        "nl": "Een lid vertrekt: vanaf die dag niet meer verwacht; de eerdere sessies blijven.",
        "en": "A member leaves: no longer expected from that day; earlier sessions stay.",
    },
    "members.help.rename": {
        "nl": "Geef een lid een nieuwe naam; de oude naam wordt bewaard, dus de eerdere sessies "
        "blijven van dit lid.",
        "en": "Give a member a new name; the old name is kept, so earlier sessions stay theirs.",
    },
    "members.opt.name": {"nl": "De naam van het lid.", "en": "The member's name."},
    "members.opt.old": {"nl": "De huidige naam.", "en": "The current name."},
    "members.opt.new": {"nl": "De nieuwe naam.", "en": "The new name."},
    "members.opt.list.date": {
        "nl": "Wie er op deze dag verwacht wordt (2026-03-01; standaard vandaag).",
        "en": "Who is expected on this day (2026-03-01; default today).",
    },
    "members.opt.add.date": {
        "nl": "Vanaf deze dag verwacht (2026-03-01; standaard: meteen).",
        "en": "Expected from this day on (2026-03-01; default: right away).",
    },
    "members.opt.leave.date": {
        "nl": "De dag van vertrek (2026-03-01; standaard vandaag).",
        "en": "The day of leaving (2026-03-01; default today).",
    },
    "members.bad_date": {
        "nl": "'{value}' is geen datum; schrijf jaar-maand-dag, bijvoorbeeld 2026-03-01",
        "en": "'{value}' is not a date; write year-month-day, for example 2026-03-01",
    },
    "members.added": {
        "nl": "{name} is lid van de groep.",
        "en": "{name} is a member of the group.",
    },
    "members.left": {
        "nl": "{name} is vertrokken op {date}; de eerdere sessies blijven bewaard.",
        "en": "{name} left on {date}; earlier sessions are kept.",
    },
    "members.renamed": {
        "nl": "{old} heet nu {name}; de eerdere sessies blijven van {name}.",
        "en": "{old} is now called {name}; earlier sessions stay {name}'s.",
    },
    "members.col.name": {"nl": "lid", "en": "member"},
    "members.col.status": {"nl": "verwacht", "en": "expected"},
    "members.col.formerly": {"nl": "eerder", "en": "formerly"},
    "members.status.expected": {"nl": "ja", "en": "yes"},
    "members.status.left": {"nl": "vertrokken {date}", "en": "left {date}"},
    "members.status.from": {"nl": "vanaf {date}", "en": "from {date}"},
    "members.summary": {
        "nl": "Verwacht op {date}: {members}.",
        "en": "Expected on {date}: {members}.",
    },
    "members.metavar.dir": {"nl": "MAP", "en": "DIR"},
    "members.metavar.name": {"nl": "NAAM", "en": "NAME"},
    "members.metavar.old": {"nl": "OUD", "en": "OLD"},
    "members.metavar.new": {"nl": "NIEUW", "en": "NEW"},
    "group.absent_no_name": {
        "nl": "'{text}': zet de naam vóór de dubbele punt, bijvoorbeeld \"Cees: ziek\"",
        "en": "'{text}': put the name before the colon, for example \"Cees: ill\"",
    },
}
