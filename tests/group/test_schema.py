"""The group file's JSON Schema agrees with the reader, and the committed copy is up to date."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator  # type: ignore[import-untyped]
from pydantic import ValidationError

from intervision.group.folder import starting_text
from intervision.group.groupfile import GroupFile
from intervision.group.schema import SCHEMA_FILE, schema
from intervision.yamlfile import strict
from tests.schema_equal import same_schema

COMMITTED = Path(__file__).resolve().parents[2] / "docs" / SCHEMA_FILE

FULL: dict[str, Any] = {
    "name": "Noord",
    "language": "en",
    "protocol": "incidentmethode",
    "minutes": 150,
    "facilitator_rota": ["Anna", "Bram"],
    "members": [
        "Anna",
        {"name": "Bram", "joined": "2026-03-01"},
        {"name": "Cees", "left": "2026-06-01", "formerly": ["Kees"]},
    ],
    "scores": ["nut", "veiligheid"],
    "deny_list": ["De Horst"],
}


@pytest.fixture(scope="module")
def validator() -> Draft202012Validator:
    Draft202012Validator.check_schema(schema())
    return Draft202012Validator(schema())


def model_accepts(data: dict[str, Any]) -> bool:
    try:
        GroupFile.model_validate(data)
    except ValidationError:
        return False
    return True


def test_the_committed_schema_is_the_generated_one() -> None:
    # compared by meaning: pydantic 2.5 (the floor) spells the same schema differently
    assert same_schema(json.loads(COMMITTED.read_text(encoding="utf-8")), schema()), (
        "run: intervision group schema > docs/intervision-group.schema.json"
    )


@pytest.mark.parametrize("language", ["nl", "en"])
def test_what_init_writes_passes_both(language: str, validator: Draft202012Validator) -> None:
    text = starting_text(
        name="Noord: de groep",
        members=["Anna", "José", "'t Hart"],
        language=language,
        facilitator="Fenna",
        protocol="incidentmethode",
        minutes=120,
    )
    node = strict.compose(text, "g.yaml")
    assert node is not None
    data = strict.construct(node, "g.yaml")
    assert [e.message for e in validator.iter_errors(data)] == []
    assert model_accepts(data)
    assert data["name"] == "Noord: de groep" and data["members"][2] == "'t Hart"


def test_a_full_file_passes_both(validator: Draft202012Validator) -> None:
    assert validator.is_valid(FULL) and model_accepts(FULL)


def _with(path: tuple[Any, ...], value: Any) -> dict[str, Any]:
    data = copy.deepcopy(FULL)
    target: Any = data
    for part in path[:-1]:
        target = target[part]
    if value is KeyError:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return data


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(_with(("colour",), "blue"), id="unknown-key"),
        pytest.param(_with(("members", 1, "joind"), "2026-01-01"), id="unknown-member-key"),
        pytest.param(_with(("members", 1, "joined"), "1 maart"), id="date-in-words"),
        pytest.param(_with(("members", 1, "joined"), 20260301), id="date-as-number"),
        pytest.param(_with(("members", 0), "Anna: x"), id="colon-in-name"),
        pytest.param(_with(("members", 0), "/agree"), id="slash-name"),
        pytest.param(_with(("members", 0), ""), id="empty-name"),
        pytest.param(_with(("members",), []), id="no-members"),
        pytest.param(_with(("members", 0), 5), id="name-is-a-number"),
        pytest.param(_with(("language",), "de"), id="language"),
        pytest.param(_with(("minutes",), 0), id="zero-minutes"),
        pytest.param(_with(("minutes",), "twee uur"), id="minutes-in-words"),
        pytest.param(_with(("protocol",), "Incident Methode"), id="protocol-not-an-id"),
        pytest.param(_with(("facilitator",), "Fenna"), id="facilitator-and-rota"),
        pytest.param(_with(("name",), KeyError), id="no-name"),
        pytest.param(_with(("deny_list",), "De Horst"), id="deny-list-not-a-list"),
    ],
)
def test_broken_files_fail_both(data: dict[str, Any], validator: Draft202012Validator) -> None:
    assert not validator.is_valid(data), "the schema accepts it"
    assert not model_accepts(data), "the reader accepts it"
