"""Every bundled protocol loads, sits in the right place, and exists in both languages."""

from __future__ import annotations

import functools
from pathlib import Path

import pytest

from intervision.protocol.library import bundled_dir
from intervision.protocol.loader import load_protocol
from intervision.protocol.model import Protocol
from intervision.protocol.plan import plan

SCHEMA_LINE = "# yaml-language-server: $schema=../protocol.schema.json"
LANGUAGES = ("nl", "en")

FILES = sorted(bundled_dir().glob("*/*.yaml"))
IDS = sorted({path.stem for path in FILES})


@functools.cache
def loaded(path: Path) -> Protocol:
    return load_protocol(path)


def file_id(path: Path) -> str:
    return f"{path.parent.name}/{path.stem}"


def test_the_library_is_not_empty() -> None:
    assert len(IDS) >= 4
    assert {path.parent.name for path in FILES} == set(LANGUAGES)


@pytest.mark.parametrize("path", FILES, ids=file_id)
def test_bundled_protocol_loads_in_its_place_and_plans(path: Path) -> None:
    assert path.read_text(encoding="utf-8").splitlines()[0] == SCHEMA_LINE
    protocol = loaded(path)
    assert protocol.id == path.stem
    assert protocol.language == path.parent.name
    for members in (protocol.group.min, protocol.group.ideal, protocol.group.max):
        agenda = plan(protocol, members)
        assert agenda.total > 0
        assert all(row.minutes > 0 for row in agenda.phases)


def _phase_ids(protocol: Protocol) -> dict[str, list[str]]:
    return {
        "opening": [p.id for p in protocol.opening],
        "per_case": [p.id for p in protocol.per_case],
        "closing": [p.id for p in protocol.closing],
    }


@pytest.mark.parametrize("protocol_id", IDS)
def test_each_protocol_exists_in_dutch_and_english_with_the_same_phases(protocol_id: str) -> None:
    paths = {lang: bundled_dir() / lang / f"{protocol_id}.yaml" for lang in LANGUAGES}
    missing = [str(path) for path in paths.values() if not path.is_file()]
    assert not missing, f"missing translation: {', '.join(missing)}"
    nl, en = (loaded(paths[lang]) for lang in LANGUAGES)
    assert _phase_ids(nl) == _phase_ids(en)
    assert (nl.group, nl.cases, nl.basis) == (en.group, en.cases, en.basis)
