"""The strict reader works for any root model: its own messages by prefix, problems where ``at`` says."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, model_validator
from pydantic_core import PydanticCustomError

from intervision.yamlfile.reader import Document, check_text


class Item(BaseModel):
    model_config = ConfigDict(strict=True, extra="forbid")
    label: str


class Root(BaseModel):
    model_config = ConfigDict(strict=True, extra="forbid")
    items: list[Item]

    @model_validator(mode="after")
    def _distinct(self) -> Root:
        labels = [i.label for i in self.items]
        for index, label in enumerate(labels):
            if label in labels[:index]:
                raise PydanticCustomError(
                    "duplicate_member",
                    "{name}",
                    {"name": label, "first": 1, "at": ("items", index, "label")},
                )
        return self


DOC = Document(Root, "group")  # borrows the group file's messages for its own checks


def test_a_custom_check_points_where_at_says_with_the_prefix_message() -> None:
    root, problems = check_text("items:\n  - label: a\n  - label: b\n  - label: a\n", "x.yaml", DOC)
    assert root is None
    (problem,) = problems
    assert (problem.line, problem.column, problem.where, problem.key) == (
        4,
        12,
        "items[2].label",
        "group.err.duplicate_member",
    )


def test_shared_messages_for_yaml_and_types() -> None:
    _, problems = check_text("items:\n  - labl: a\n", "x.yaml", DOC)
    assert [(p.line, p.column, p.key) for p in problems] == [
        (2, 5, "yaml.err.missing"),
        (2, 5, "yaml.err.unknown_key_hint"),
    ]
    _, problems = check_text("items: [a, *b]\n", "x.yaml", DOC)
    assert [p.key for p in problems] == ["yaml.err.alias"]
    _, problems = check_text("", "x.yaml", DOC)
    assert [p.key for p in problems] == ["group.err.empty"]


def test_a_good_document() -> None:
    root, problems = check_text("items:\n  - label: a\n", "x.yaml", DOC)
    assert problems == [] and root == Root(items=[Item(label="a")])
