"""Note kinds, end reasons and session status: their wire text, and the one status rule."""

from __future__ import annotations

import json

import pytest

from intervision.protocol.model import Capture
from intervision.session.values import NOTE_KIND, EndReason, NoteKind, SessionStatus


def test_every_capture_has_a_note_kind_and_every_kind_is_reachable_or_plain() -> None:
    assert set(NOTE_KIND) == set(Capture)
    # Two kinds come from who speaks rather than from a capture: the owner's own remark where the
    # owner listens, and a loose note where the phase captures nothing.
    assert set(NOTE_KIND.values()) | {NoteKind.OWNER_REMARK, NoteKind.ASIDE} == set(NoteKind)


@pytest.mark.parametrize("member", [*NoteKind, *EndReason, *SessionStatus])
def test_a_value_formats_and_serialises_as_its_wire_text(member: NoteKind) -> None:
    assert f"kind.{member}" == f"kind.{member.value}"
    assert str(member) == member.value
    assert json.dumps(member) == json.dumps(member.value)
    assert type(member)(member.value) is member


@pytest.mark.parametrize(
    ("ended", "interrupted", "status"),
    [
        (True, True, SessionStatus.FINISHED),
        (True, False, SessionStatus.FINISHED),
        (False, True, SessionStatus.INTERRUPTED),
        (False, False, SessionStatus.RUNNING),
    ],
)
def test_the_status_rule(ended: bool, interrupted: bool, status: SessionStatus) -> None:
    assert SessionStatus.of(ended=ended, interrupted=interrupted) is status
