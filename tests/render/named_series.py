"""A group's series full of names, played through the real engine: the material of the export tests.

Names stand everywhere a facilitator may type them: whole and first names, possessives ("Anna's",
Dutch "Brams"), lower case, the facilitator, a guest, an absent member's reason, deny-list names
(a client, a place, an organisation) in notes, case titles, agreements and reviews.
"""

from __future__ import annotations

import json
import os
import random
from datetime import date, timedelta
from pathlib import Path

from intervision.protocol.library import bundled_dir
from intervision.protocol.loader import load_protocol
from intervision.session.attendance import Absence, Attendance
from intervision.session.clock import FakeClock
from intervision.session.engine import OwnerRequired, SessionEngine
from intervision.session.events import Event
from intervision.session.review import Outcome
from intervision.store.journal import JOURNAL

ROSTER = [
    "Anna de Vries",
    "Bram Jansen",
    "Cees van Dijk",
    "Dirk Bakker",
    "Eva Visser",
    "Fatima el Amrani",
]
FACILITATOR = "Fenna Smit"
GUEST = "Gijs Mulder"
DENY = ["Karel Peeters", "Zwolle", "Jeugdzorg Oost"]
GROUP_FILE = "\n".join(
    [
        "name: Team Zwolle",
        "language: nl",
        "protocol: begeleide-intervisie",
        f"facilitator: {FACILITATOR}",
        "members:",
        *(f"  - {name}" for name in ROSTER),
        "deny_list:",
        *(f"  - {name}" for name in DENY),
        "",
    ]
)
# Every name a pseudonymised export must leave out, and the words each of them is known by.
NAMES = [*ROSTER, FACILITATOR, GUEST, *DENY]
WORDS = sorted({w for n in NAMES for w in n.split() if w not in ("de", "van", "el")} | set(NAMES))

HOSTILE = "<script>alert('x')</script> <b>vet</b> & co"  # typed text that must show as typed
NOTES = [
    "{a}'s team loopt vast met {client} uit {place}.",
    "Wat zou {first} doen als {client} weer belt?",
    "{b}s idee: eerst met {org} praten, zegt {facil}.",
    "ik hoorde {lower} zeggen dat {guest} het anders ziet",
    "{full} vraagt: wat is jouw rol bij {org}?",
]


def encode(event: Event) -> bytes:
    line = json.dumps(event.to_dict(), ensure_ascii=False, separators=(",", ":")) + "\n"
    return line.encode("utf-8")


def _fill(rng: random.Random, template: str, present: list[str]) -> str:
    a, b = rng.sample(present, 2)
    return template.format(
        a=a.split()[0],
        b=b.split()[0],
        first=rng.choice(present).split()[0],
        full=rng.choice(present),
        lower=rng.choice(present).split()[0].lower(),
        client=rng.choice(["Karel Peeters", "Karel", "Peeters"]),
        place="Zwolle",
        org="Jeugdzorg Oost",
        facil=rng.choice([FACILITATOR, "Fenna"]),
        guest=rng.choice([GUEST, "Gijs"]),
    )


def play(
    n: int, rng: random.Random, day: date, open_agreements: list[tuple[str, str, str]], folder: str
) -> list[Event]:
    protocol = load_protocol(bundled_dir() / "nl" / "begeleide-intervisie.yaml")
    away = ROSTER[n % len(ROSTER)]
    present = [m for m in ROSTER if m != away]
    guests = (GUEST,) if n % 3 == 0 else ()
    attendance = Attendance(
        present=tuple(present),
        absent=(Absence(away, f"ziek, zegt {present[0].split()[0]}"),),
        guests=guests,
        group="Team Zwolle",
    )
    events: list[Event] = []
    clock = FakeClock()
    wall = f"{day.isoformat()}T19:00:00+01:00"
    engine = SessionEngine.start(
        protocol,
        members=[*present, *guests],
        facilitator=FACILITATOR,
        clock=clock,
        sink=events.append,
        wall=lambda: wall,
        attendance=attendance,
    )
    engine.agree_rules()
    state = engine.state
    owner = present[n % len(present)]
    while not state.ended:
        row = state.current
        if row.phase.id == "review" and state.turn_index == 0:
            for ref, who, what in list(open_agreements):
                if who in present:
                    engine.review(
                        ref,
                        rng.choice([Outcome.DONE, Outcome.PARTLY]),
                        who=who,
                        what=what,
                        note=f"met {who.split()[0]} besproken",
                    )
                    open_agreements.remove((ref, who, what))
        if n == 0 and row.phase.id == "case":
            engine.note(HOSTILE)
        if row.phase.id == "agreements":
            who = rng.choice(present)
            what = f"bel {rng.choice(present).split()[0]} over {rng.choice(DENY)}"
            engine.agree(who, what, "vrijdag")
            open_agreements.append((f"{folder}#{state.seq}", who, what))
            engine.agree(
                "groep", f"volgende bijeenkomst bij {owner.split()[0]} thuis", "12 januari"
            )
        elif row.phase.id == "evaluation" and state.speaker:
            engine.score(state.speaker, rng.randint(5, 10), "usefulness")
            engine.score(state.speaker, rng.randint(10, 20) / 2, "safety")
        elif state.speaker is not None or row.phase.id in ("case", "pitches"):
            engine.note(_fill(rng, rng.choice(NOTES), present))
        clock.advance(rng.randint(30, 120))
        try:
            engine.next()
        except OwnerRequired as needed:
            title = f"{owner.split()[0]}'s gesprek met {rng.choice(['Karel', 'Karel Peeters'])} in Zwolle"
            engine.choose_owner(needed.case, owner, title)
            engine.next()
    return events


def write_series(root: Path, count: int, *, seed: int = 10) -> Path:
    """A group folder at ``root`` with ``count`` finished sessions, one a week."""
    (root / "sessions").mkdir(parents=True, exist_ok=True)
    (root / "intervision-group.yaml").write_text(GROUP_FILE, encoding="utf-8")
    rng = random.Random(seed)
    open_agreements: list[tuple[str, str, str]] = []
    first = date(2025, 1, 6)
    for n in range(count):
        day = first + timedelta(weeks=n)
        folder = root / "sessions" / f"{day.isoformat()}-begeleide-intervisie"
        folder.mkdir(mode=0o700)
        events = play(n, rng, day, open_agreements, folder.name)
        fd = os.open(folder / JOURNAL, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as out:
            out.write(b"".join(encode(e) for e in events))
    return root
