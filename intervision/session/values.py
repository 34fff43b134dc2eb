"""The values events carry and the fold reads: note kinds, end reasons and a session's status.

Each is a text enum whose value is what the journal stores; ``str()`` and f-strings give that value
(on every Python the project supports), so a member can go into a catalog key or JSON unchanged.
"""

from __future__ import annotations

from enum import Enum

from intervision.protocol.model import Capture


class WireEnum(str, Enum):
    """A text enum that formats as its value (Python 3.11 formats a plain ``str, Enum`` by name)."""

    def __str__(self) -> str:
        return str(self.value)

    def __format__(self, spec: str) -> str:
        return str(self.value).__format__(spec)


class NoteKind(WireEnum):
    NOTE = "note"
    QUESTION = "question"
    CORE_QUESTION = "core-question"
    ADVICE = "advice"
    REACTION = "reaction"
    LEARNING_POINT = "learning-point"
    PITCH = "pitch"
    OWNER_REMARK = "owner-remark"  # the case owner speaking where the method has them listen
    ASIDE = "aside"  # a line in a phase that captures nothing: kept, not passed off as the method's


# The kind a typed line gets in a phase, from the phase's first capture.
NOTE_KIND: dict[Capture, NoteKind] = {
    Capture.NOTES: NoteKind.NOTE,
    Capture.QUESTIONS: NoteKind.QUESTION,
    Capture.CORE_QUESTION: NoteKind.CORE_QUESTION,
    Capture.ADVICE: NoteKind.ADVICE,
    Capture.REACTION: NoteKind.REACTION,
    Capture.LEARNING_POINTS: NoteKind.LEARNING_POINT,
    Capture.AGREEMENTS: NoteKind.NOTE,
    Capture.SCORES: NoteKind.NOTE,
    Capture.PITCHES: NoteKind.PITCH,
    Capture.REVIEW: NoteKind.NOTE,
}


class EndReason(WireEnum):
    FINISHED = "finished"  # the agenda was walked to its end
    ENDED_EARLY = "ended-early"  # /end before the last step


class SessionStatus(WireEnum):
    RUNNING = "running"
    INTERRUPTED = "interrupted"
    FINISHED = "finished"
    DAMAGED = "damaged"  # a stored journal without a usable start (store/sessions.py)
    ENDED_EARLY = "ended-early"  # /end before the last step; the store's quick reads say finished

    @property
    def ended(self) -> bool:
        return self in (SessionStatus.FINISHED, SessionStatus.ENDED_EARLY)

    @classmethod
    def of(cls, *, ended: bool, interrupted: bool, early: bool = False) -> SessionStatus:
        """The one rule, for the store's quick scan and for the folded state alike."""
        if ended:
            return cls.ENDED_EARLY if early else cls.FINISHED
        return cls.INTERRUPTED if interrupted else cls.RUNNING
