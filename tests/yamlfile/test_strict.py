"""The strict YAML reader: YAML 1.2 scalars and the refusals, each with its mark."""

from __future__ import annotations

from typing import Any

import pytest
import yaml

from intervision.yamlfile import strict as yamlsafe


def load(text: str) -> Any:
    node = yamlsafe.compose(text, "f.yaml")
    assert node is not None
    return yamlsafe.construct(node, "f.yaml")


@pytest.mark.parametrize(
    ("scalar", "expected"),
    [
        ("no", "no"),
        ("yes", "yes"),
        ("on", "on"),
        ("off", "off"),
        ("y", "y"),
        ("true", True),
        ("False", False),
        ("TRUE", True),
        ("010", 10),
        ("007", 7),
        ("-3", -3),
        ("+4", 4),
        ("0x10", "0x10"),
        ("0o10", "0o10"),
        ("1_000", "1_000"),
        ("1:30", "1:30"),
        ("2024-01-05", "2024-01-05"),
        ("7.5", 7.5),
        (".5", 0.5),
        ("1.", 1.0),
        ("1e3", "1e3"),
        ("1.5e1", 15.0),
        (".inf", ".inf"),
        (".nan", ".nan"),
        ("~", None),
        ("null", None),
        ("'010'", "010"),
        ('"true"', "true"),
    ],
)
def test_plain_scalars_resolve_the_yaml_1_2_way(scalar: str, expected: object) -> None:
    value = load(f"v: {scalar}\n")["v"]
    assert value == expected
    assert type(value) is type(expected)


@pytest.mark.parametrize(
    ("text", "problem", "line", "column"),
    [
        ("a: &x 1\n", "anchor", 1, 4),
        ("a: 1\nb: *x\n", "alias", 2, 4),
        ("a:\n  <<: {b: 1}\n", "merge", 2, 3),
        ("? [a]\n: 1\n", "key_unhashable", 1, 3),
        ("a: 1\nb: 2\na: 3\n", "duplicate:1:a", 3, 1),
        ("top:\n  x: 1\n  y: 2\n  x: 3\n", "duplicate:2:x", 4, 3),
    ],
)
def test_refusals_carry_a_problem_name_and_a_mark(
    text: str, problem: str, line: int, column: int
) -> None:
    with pytest.raises(yaml.MarkedYAMLError) as caught:
        load(text)
    mark = caught.value.problem_mark
    assert caught.value.problem == problem
    assert mark is not None
    assert (mark.line + 1, mark.column + 1) == (line, column)


def test_nesting_up_to_the_limit_is_read_and_one_more_is_refused() -> None:
    # The top mapping is one level; "[" * n adds n more.
    inner = yamlsafe.MAX_DEPTH - 1
    assert load("v: " + "[" * inner + "]" * inner + "\n")["v"] is not None
    too_deep = yamlsafe.MAX_DEPTH
    with pytest.raises(yaml.MarkedYAMLError) as caught:
        load("v: " + "[" * too_deep + "]" * too_deep + "\n")
    assert caught.value.problem == "depth"


def test_python_tags_are_not_constructed(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []

    def fake_system(command: str) -> int:
        calls.append(command)
        return 0

    monkeypatch.setattr("os.system", fake_system)
    with pytest.raises(yaml.constructor.ConstructorError):
        load('v: !!python/object/apply:os.system ["echo hi"]\n')
    assert calls == []


def test_an_empty_document_composes_to_nothing() -> None:
    assert yamlsafe.compose("# only a comment\n", "f.yaml") is None


def test_the_safe_loader_itself_is_left_alone() -> None:
    # The YAML 1.2 resolvers belong to StrictLoader only.
    assert yaml.safe_load("v: no\n") == {"v": False}
    assert load("v: no\n") == {"v": "no"}
