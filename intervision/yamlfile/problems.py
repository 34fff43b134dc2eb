"""Validation errors in words: a pydantic error becomes a Problem at the file's line and column, with
a "did you mean" where a key or a choice is close to a known one.

Works for any root model. A model's own check (``PydanticCustomError``) of type ``x`` is the message
``<prefix>.err.x``; when its context has ``at`` (a location such as ``("members", 2, "name")``) the
problem points there instead of at the place the check ran.
"""

from __future__ import annotations

import difflib
import types
import typing
from typing import Any

from pydantic import BaseModel
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from intervision.errors import Problem
from intervision.i18n import t

Loc = tuple[int | str, ...]
_STR = "tag:yaml.org,2002:str"


def validation_problem(
    err: Any, root: Node, name: str, data: Any, model: type[BaseModel], prefix: str
) -> Problem:
    loc: Loc = tuple(err["loc"])
    kind: str = err["type"]
    ctx: dict[str, Any] = dict(err.get("ctx") or {})
    where = _where(loc)
    if kind == "extra_forbidden":
        key = str(loc[-1])
        node = _key_node(root, loc) or _node_at(root, loc[:-1])
        allowed = _allowed_keys(model, loc[:-1])
        return _at(
            name, node, where, _unknown_key_key(key, allowed), key=key, **_suggest(key, allowed)
        )
    if kind == "invalid_key":  # a key YAML reads as a number, true/false or nothing: unknown too
        parent = _node_at(root, loc[:-1])
        node = _non_text_key(parent, str(loc[-1])) or parent
        key = node.value if isinstance(node, ScalarNode) else str(loc[-1])
        allowed = _allowed_keys(model, loc[:-1])
        message = _unknown_key_key(key, allowed)
        return _at(name, node, _where((*loc[:-1], key)), message, key=key, **_suggest(key, allowed))
    if kind == "missing":
        parent = _node_at(root, loc[:-1])
        return _at(name, parent, _where(loc[:-1]), "yaml.err.missing", key=str(loc[-1]))
    if kind not in _KIND_KEYS and f"{prefix}.err.{kind}" in _known_keys():
        at: Loc = tuple(ctx.pop("at", loc))
        return _at(name, _node_at(root, at), _where(at), f"{prefix}.err.{kind}", **ctx)
    value = _value_at(data, loc)
    node = _node_at(root, loc)
    fields: dict[str, object] = {"got": describe(value, node)}
    if kind == "enum" or kind == "literal_error":
        choices = _choices(ctx.get("expected", ""))
        fields["choices"] = ", ".join(choices)
        fields.update(_suggest(str(value), choices))
        key = "yaml.err.choice_hint" if "suggestion" in fields else "yaml.err.choice"
        return _at(name, node, where, key, **fields)
    key = f"yaml.err.{_KIND_KEYS.get(kind, kind)}"
    if key not in _known_keys():
        key, fields["problem"] = "yaml.err.other", err.get("msg", kind)
    if (
        kind in {"float_type", "float_parsing", "int_type"}
        and isinstance(value, str)
        and ":" in value
    ):
        own = f"{prefix}.err.clock_time"  # a session's length reads 1:30 otherwise than a phase's
        key = own if own in _known_keys() else "yaml.err.clock_time"
    if kind in {"string_type"} and isinstance(value, bool):
        key = "yaml.err.text_bool"
    for limit in ("gt", "ge", "lt", "le", "min_length", "max_length"):
        if limit in ctx:
            fields["limit"] = ctx[limit]
    return _at(name, node, where, key, **fields)


_KIND_KEYS = {
    "string_type": "text",
    "string_too_short": "empty_text",
    "string_too_long": "text_too_long",
    "string_pattern_mismatch": "slug",
    "float_type": "number",
    "float_parsing": "number",
    "int_type": "whole_number",
    "int_from_float": "whole_number",
    "bool_type": "bool",
    "list_type": "list",
    "model_type": "mapping",
    "dict_type": "mapping",
    "model_attributes_type": "mapping",
    "too_short": "empty_list",
    "greater_than": "greater_than",
    "greater_than_equal": "at_least",
    "less_than_equal": "at_most",
    "less_than": "less_than",
}


def _known_keys() -> set[str]:
    from intervision.i18n.messages import MESSAGES

    return set(MESSAGES)


def _unknown_key_key(key: str, allowed: list[str]) -> str:
    has_hint = "suggestion" in _suggest(key, allowed)
    return "yaml.err.unknown_key_hint" if has_hint else "yaml.err.unknown_key"


def _suggest(word: str, choices: list[str]) -> dict[str, object]:
    normalised = word.replace("-", "_").lower()
    direct = [c for c in choices if c.replace("-", "_").lower() == normalised]
    close = direct or difflib.get_close_matches(normalised, choices, n=1, cutoff=0.6)
    result: dict[str, object] = {"allowed": ", ".join(choices)}
    if close:
        result["suggestion"] = close[0]
    return result


def _choices(expected: str) -> list[str]:
    return [
        part.strip().strip("'")
        for part in expected.replace(" or ", ", ").split(",")
        if part.strip()
    ]


def _where(loc: Loc) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out


def _allowed_keys(root_model: type[BaseModel], loc: Loc) -> list[str]:
    model: Any = root_model
    for part in loc:
        if isinstance(part, int):
            continue
        field = model.model_fields.get(part) if _is_model(model) else None
        if field is None:
            return []
        model = _model_in(field.annotation)
        if model is None:
            return []
    return list(model.model_fields) if _is_model(model) else []


def _is_model(annotation: Any) -> bool:
    # On Python 3.10 ``list[Phase]`` is an instance of ``type`` too, and issubclass() refuses it.
    return (
        typing.get_origin(annotation) is None
        and isinstance(annotation, type)
        and issubclass(annotation, BaseModel)
    )


def _model_in(annotation: Any) -> type[BaseModel] | None:
    if _is_model(annotation):
        return typing.cast("type[BaseModel]", annotation)
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return _model_in(typing.get_args(annotation)[0])
    if origin in (list, typing.Union, types.UnionType):
        for arg in typing.get_args(annotation):
            found = _model_in(arg)
            if found:
                return found
    return None


def _node_at(root: Node, loc: Loc) -> Node:
    node = root
    for part in loc:
        child = _child(node, part)
        if child is None:
            return node
        node = child
    return node


def _key_node(root: Node, loc: Loc) -> Node | None:
    parent = _node_at(root, loc[:-1])
    if isinstance(parent, MappingNode):
        for key, _ in parent.value:
            if isinstance(key, ScalarNode) and key.value == str(loc[-1]):
                return key
    return None


def _non_text_key(mapping: Node, text: str) -> Node | None:
    """The key node YAML did not read as text, preferring one written as ``text``."""
    if not isinstance(mapping, MappingNode):
        return None
    keys: list[Node] = [k for k, _ in mapping.value if isinstance(k, ScalarNode) and k.tag != _STR]
    exact = [k for k in keys if k.value == text]
    return next(iter(exact or keys), None)


def _child(node: Node, part: int | str) -> Node | None:
    if isinstance(node, MappingNode):
        for key, value in node.value:
            if isinstance(key, ScalarNode) and key.value == str(part):
                found: Node = value
                return found
    if isinstance(node, SequenceNode) and isinstance(part, int) and part < len(node.value):
        child: Node = node.value[part]
        return child
    return None


def _value_at(data: Any, loc: Loc) -> Any:
    value = data
    for part in loc:
        try:
            value = value[part]
        except (KeyError, IndexError, TypeError):
            return None
    return value


def describe(value: Any, node: Node | None = None) -> str:
    if isinstance(node, ScalarNode) and not isinstance(value, (dict, list)) and value is not None:
        return repr(node.value) if isinstance(value, str) else str(node.value)
    if value is None:
        return t("yaml.got.nothing")
    if isinstance(value, dict):
        return t("yaml.got.mapping")
    if isinstance(value, list):
        return t("yaml.got.list")
    if isinstance(value, str):
        return repr(value)
    return str(value).lower() if isinstance(value, bool) else str(value)


def _at(name: str, node: Node, where: str, message: str, /, **fields: object) -> Problem:
    mark = node.start_mark
    return Problem(
        name,
        mark.line + 1,
        mark.column + 1,
        where,
        message,
        tuple((k, str(v)) for k, v in fields.items()),
    )
