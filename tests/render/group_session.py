"""One group session played through the real engine, in Dutch or English, holding what the export
must handle with care: whole-group agreements (new and reviewed), earlier agreements that stayed open
(partly, not done, renewed), a guest, a swapped case owner with the facilitator's reason, and a core
question typed twice (a /back and a second try)."""

from __future__ import annotations

from intervision.i18n import t
from intervision.protocol.library import bundled_dir
from intervision.protocol.loader import load_protocol
from intervision.session.attendance import Absence, Attendance
from intervision.session.clock import FakeClock
from intervision.session.engine import OwnerRequired, SessionEngine
from intervision.session.events import Event
from intervision.session.review import Outcome
from intervision.session.state import SessionState
from intervision.session.values import NoteKind

MEMBERS = ["Anna de Vries", "Bram Jansen", "Eva Visser", "Dirk Bakker"]
GUEST = "Gijs Mulder"
FACILITATOR = "Fenna Smit"
SWAP_REASON = "Anna ruilt met Bram"
# (outcome, who, what): every outcome, one of them for the whole group.
REVIEWED = [
    (Outcome.DONE, "Anna de Vries", "leest het boek"),
    (Outcome.PARTLY, "Bram Jansen", "belt de teamleider"),
    (Outcome.NOT_DONE, "Eva Visser", "schrijft het plan"),
    (Outcome.RENEWED, "Dirk Bakker", "maakt een rooster"),
    (Outcome.DROPPED, "Anna de Vries", "zoekt een zaal"),
]


def group_session(lang: str) -> tuple[SessionState, list[Event]]:
    protocol = load_protocol(bundled_dir() / lang / "begeleide-intervisie.yaml")
    everyone = t("ui.whole_group", lang=lang)  # what the room records for 'groep: …'
    present = MEMBERS[:3]
    events: list[Event] = []
    clock = FakeClock()
    engine = SessionEngine.start(
        protocol,
        members=[*present, GUEST],
        facilitator=FACILITATOR,
        clock=clock,
        sink=events.append,
        wall=lambda: "2026-12-01T19:00:00+01:00",
        attendance=Attendance(
            present=tuple(present),
            absent=(Absence(MEMBERS[3], None),),
            guests=(GUEST,),
            group="Team",
        ),
    )
    engine.agree_rules()
    state = engine.state
    second_try = False
    while not state.ended:
        phase = state.current.phase.id
        if phase == "review" and state.turn_index == 0 and not state.reviews:
            for n, (outcome, who, what) in enumerate(REVIEWED):
                engine.review(
                    f"2026-11-24-x#{n}",
                    outcome,
                    who=who,
                    what=what,
                    made="2026-11-24",
                    new_by="15-12" if outcome is Outcome.RENEWED else None,
                )
            engine.review("2026-11-24-x#9", Outcome.DONE, who=everyone, what="leest het artikel")
        if phase == "core-question" and not second_try:
            engine.note("Hoe zeg ik nee?", kind=NoteKind.CORE_QUESTION)
            engine.back()
            engine.next()
            engine.note("Hoe zeg ik nee tegen mijn leidinggevende?", kind=NoteKind.CORE_QUESTION)
            second_try = True
        if phase == "agreements" and not state.agreements:
            engine.agree("Eva Visser", "belt de leidinggevende", "vrijdag")
            engine.agree(everyone, "volgende bijeenkomst op 12 januari", "12 januari")
        clock.advance(60)
        try:
            engine.next()
        except OwnerRequired as needed:
            engine.choose_owner(
                needed.case, "Eva Visser", "Nee zeggen", proposed="Bram Jansen", reason=SWAP_REASON
            )
            engine.next()
    return state, events
