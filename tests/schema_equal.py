"""Compare two JSON Schemas by what they accept, not by how pydantic happened to spell them.

pydantic 2.5 names enum definitions ``intervision__protocol__model__Basis__1``, wraps references in
``allOf`` and leaves out the ``type`` of a ``const``; later releases write ``Basis``, a plain ``$ref``
and the type. A committed schema file must match what
the model generates under every pydantic the floors allow, so both are compared with every reference
resolved in place.
"""

from __future__ import annotations

from typing import Any

_JSON_TYPE = {str: "string", bool: "boolean", int: "integer", float: "number"}


def resolved(schema: dict[str, Any]) -> Any:
    """``schema`` with every local ``$ref`` replaced by its target and one-item ``allOf`` unwrapped."""
    defs = schema.get("$defs", {})

    def walk(node: Any, depth: int = 0) -> Any:
        assert depth < 50, "a recursive schema: compare it another way"
        if isinstance(node, list):
            return [walk(item, depth + 1) for item in node]
        if not isinstance(node, dict):
            return node
        node = dict(node)
        ref = node.pop("$ref", None)
        if ref is not None:
            target = walk(defs[ref.removeprefix("#/$defs/")], depth + 1)
            node = {**target, **node}
        all_of = node.get("allOf")
        if isinstance(all_of, list) and len(all_of) == 1:
            del node["allOf"]
            node = {**walk(all_of[0], depth + 1), **node}
        if "const" in node and node.get("type") == _JSON_TYPE.get(type(node["const"])):
            del node["type"]  # pydantic 2.5 leaves out the type a constant already implies
        return {key: walk(value, depth + 1) for key, value in node.items() if key != "$defs"}

    return walk(schema)


def same_schema(one: dict[str, Any], other: dict[str, Any]) -> bool:
    return bool(resolved(one) == resolved(other))
