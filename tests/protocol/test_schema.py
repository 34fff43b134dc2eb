"""The JSON Schema and the validator agree: on the bundled files, and on broken ones."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator  # type: ignore[import-untyped]
from pydantic import ValidationError

from intervision.protocol.library import bundled_dir
from intervision.protocol.model import Protocol
from intervision.protocol.schema import SCHEMA_FILE, schema, schema_text
from intervision.yamlfile import strict as yamlsafe
from tests.builders import phase, protocol_dict
from tests.schema_equal import same_schema

BUNDLED = sorted(bundled_dir().glob("*/*.yaml"))
REPOSITORY_PROTOCOLS = Path(__file__).resolve().parents[2] / "protocols"

Mutation = Callable[[dict[str, Any]], None]


@pytest.fixture(scope="module")
def validator() -> Draft202012Validator:
    Draft202012Validator.check_schema(schema())
    return Draft202012Validator(schema())


def read_yaml(path: Path) -> Any:
    node = yamlsafe.compose(path.read_text(encoding="utf-8"), str(path))
    assert node is not None
    return yamlsafe.construct(node, str(path))


def model_accepts(data: dict[str, Any]) -> bool:
    try:
        Protocol.model_validate(data)
    except ValidationError:
        return False
    return True


def test_the_schema_is_a_valid_draft_2020_12_schema() -> None:
    Draft202012Validator.check_schema(schema())
    assert schema()["$schema"] == "https://json-schema.org/draft/2020-12/schema"


@pytest.mark.parametrize("path", BUNDLED, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_bundled_protocol_passes_schema_and_validator(
    path: Path, validator: Draft202012Validator
) -> None:
    data = read_yaml(path)
    assert [e.message for e in validator.iter_errors(data)] == []
    assert model_accepts(data)


def _set(*path: Any, value: Any) -> Mutation:
    def mutate(data: dict[str, Any]) -> None:
        target: Any = data
        for part in path[:-1]:
            target = target[part]
        target[path[-1]] = value

    return mutate


def _delete(*path: Any) -> Mutation:
    def mutate(data: dict[str, Any]) -> None:
        target: Any = data
        for part in path[:-1]:
            target = target[part]
        del target[path[-1]]

    return mutate


PHASE = ("per_case", 0)

INVALID: list[Any] = [
    pytest.param(_set("colour", value="blue"), id="unknown-key"),
    pytest.param(_set(*PHASE, "minuts", value=3), id="unknown-phase-key"),
    pytest.param(_set("group", "size", value=3), id="unknown-group-key"),
    pytest.param(_set("title", value=5), id="text-gets-number"),
    pytest.param(_set("title", value=True), id="text-gets-bool"),
    pytest.param(_set(*PHASE, "minutes", value="ten"), id="number-gets-text"),
    pytest.param(_set(*PHASE, "minutes", value=True), id="number-gets-bool"),
    pytest.param(_set("group", "min", value=2.5), id="whole-number-gets-fraction"),
    pytest.param(_set("cases", value="2"), id="whole-number-gets-text"),
    pytest.param(_set("sources", value="a book"), id="list-gets-text"),
    pytest.param(_set("ground_rules", value="be kind"), id="rules-get-text"),
    pytest.param(_set("group", value=5), id="mapping-gets-number"),
    pytest.param(_set(*PHASE, "speakers", value="rounds"), id="bad-speakers"),
    pytest.param(_set(*PHASE, "owner", value="gone"), id="bad-owner"),
    pytest.param(_set(*PHASE, "captures", value=["notes", "nope"]), id="bad-capture"),
    pytest.param(_set("basis", value="xyz"), id="bad-basis"),
    pytest.param(_set("language", value="de"), id="bad-language"),
    pytest.param(_delete("title"), id="missing-title"),
    pytest.param(_delete("group"), id="missing-group"),
    pytest.param(_delete("group", "ideal"), id="missing-ideal"),
    pytest.param(_delete(*PHASE, "goal"), id="missing-goal"),
    pytest.param(_delete("sources", 0, "title"), id="missing-source-title"),
    pytest.param(_set(*PHASE, "minutes_per_member", value=1), id="both-minutes"),
    pytest.param(_delete(*PHASE, "minutes"), id="neither-minutes"),
    pytest.param(_set(*PHASE, "minutes", value=-5), id="negative-minutes"),
    pytest.param(_set(*PHASE, "minutes", value=0), id="zero-minutes"),
    pytest.param(_set(*PHASE, "minutes", value=601), id="too-many-minutes"),
    pytest.param(_set("id", value="Demo Method"), id="id-with-capitals"),
    pytest.param(_set("id", value="demo_method"), id="id-with-underscore"),
    pytest.param(_set("id", value="-demo"), id="id-leading-dash"),
    pytest.param(_set("id", value="a" * 61), id="id-too-long"),
    pytest.param(_set(*PHASE, "id", value="Case 1"), id="bad-phase-id"),
    pytest.param(_set("sources", value=[]), id="empty-sources"),
    pytest.param(_set("title", value=""), id="empty-title"),
    pytest.param(_set("ground_rules", value=[""]), id="empty-rule"),
    pytest.param(_set("sources", 0, "year", value=1800), id="year-too-early"),
    pytest.param(_set("cases", value=0), id="no-cases"),
    pytest.param(_set("group", "max", value=51), id="group-too-big"),
    pytest.param(_set(*PHASE, "questions_per_member", value=0), id="no-questions"),
]


@pytest.mark.parametrize("mutate", INVALID)
def test_broken_protocols_fail_schema_and_validator(
    mutate: Mutation, validator: Draft202012Validator
) -> None:
    data = protocol_dict()
    mutate(data)
    assert not validator.is_valid(data), "the schema accepts it"
    assert not model_accepts(data), "the validator accepts it"


VALID: list[Any] = [
    pytest.param(protocol_dict(), id="minimal"),
    pytest.param(
        protocol_dict(per_case=[phase("round", "round", minutes=None, minutes_per_member=2)]),
        id="minutes-null",
    ),
    pytest.param(protocol_dict(per_case=[phase("case", captures=[])]), id="captures-empty"),
    pytest.param(
        protocol_dict(per_case=[phase("case", "silent-owner", owner="away", minutes=7.5)]),
        id="owner-away",
    ),
    pytest.param(
        protocol_dict(
            cases=12,
            ground_rules=["One at a time."],
            opening=[phase("in", "round-all", minutes_per_member=1)],
            closing=[phase("out", "plenary", minutes=5, min_minutes=2, max_minutes=10)],
        ),
        id="full",
    ),
]


@pytest.mark.parametrize("data", VALID)
def test_good_protocols_pass_schema_and_validator(
    data: dict[str, Any], validator: Draft202012Validator
) -> None:
    assert [e.message for e in validator.iter_errors(data)] == []
    assert model_accepts(data)


def test_the_committed_schema_file_is_up_to_date() -> None:
    committed = REPOSITORY_PROTOCOLS / SCHEMA_FILE
    assert committed.is_file(), (
        f"{committed} is missing; run: intervision protocols schema > protocols/{SCHEMA_FILE}"
    )
    assert same_schema(json.loads(committed.read_text(encoding="utf-8")), schema()), (
        f"{committed} is out of date; run: intervision protocols schema > protocols/{SCHEMA_FILE}"
    )


def test_schemas_compare_by_meaning() -> None:
    spelled_old = {
        "$defs": {"B__1": {"enum": ["a"], "type": "string"}, "B__2": {"$ref": "#/$defs/B__1"}},
        "properties": {"basis": {"allOf": [{"$ref": "#/$defs/B__2"}]}, "n": {"maximum": 600.0}},
    }
    spelled_new = {
        "$defs": {"B": {"enum": ["a"], "type": "string"}},
        "properties": {"basis": {"$ref": "#/$defs/B"}, "n": {"maximum": 600}},
    }
    assert same_schema(spelled_old, spelled_new)
    changed = {**spelled_new, "$defs": {"B": {"enum": ["a", "b"], "type": "string"}}}
    assert not same_schema(spelled_old, changed)
    assert same_schema({"const": "x"}, {"const": "x", "type": "string"})
    assert not same_schema({"const": "x"}, {"const": "x", "type": "number"})


def test_schema_text_is_the_schema_as_json() -> None:
    text = schema_text()
    assert text.endswith("}\n")
    assert json.loads(text) == schema()
