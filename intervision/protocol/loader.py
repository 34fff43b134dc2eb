"""Read a protocol file and report *every* problem with its file, line and column."""

from __future__ import annotations

import difflib
import types
import typing
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ValidationError
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from intervision.errors import Problem, ProtocolError
from intervision.i18n import t
from intervision.protocol import yamlsafe
from intervision.protocol.model import Protocol

MAX_BYTES = 1_000_000
_STR = "tag:yaml.org,2002:str"

Loc = tuple[int | str, ...]


def load_protocol(path: Path, *, display: str | None = None) -> Protocol:
    """The protocol in ``path``, or a ``ProtocolError`` listing all its problems."""
    protocol, problems = check_file(path, display=display)
    if problems or protocol is None:
        raise ProtocolError(problems)
    return protocol


def check_file(path: Path, *, display: str | None = None) -> tuple[Protocol | None, list[Problem]]:
    name = display or str(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            return None, [
                _problem(name, 1, 1, "", "protocol.err.too_large", mb=f"{size / 1e6:.1f}")
            ]
        data = path.read_bytes()
    except OSError as exc:
        return None, [
            _problem(name, 1, 1, "", "protocol.err.unreadable", reason=exc.strerror or exc)
        ]
    return check_bytes(data, name)


def check_bytes(data: bytes, name: str) -> tuple[Protocol | None, list[Problem]]:
    if len(data) > MAX_BYTES:
        return None, [
            _problem(name, 1, 1, "", "protocol.err.too_large", mb=f"{len(data) / 1e6:.1f}")
        ]
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line, column = _line_col(data[: exc.start].decode("utf-8", "replace"))
        return None, [_problem(name, line, column, "", "protocol.err.not_utf8")]
    return check_text(text, name)


def check_text(text: str, name: str) -> tuple[Protocol | None, list[Problem]]:
    try:
        node = yamlsafe.compose(text, name)
        if node is None:
            return None, [_problem(name, 1, 1, "", "protocol.err.empty")]
        data = yamlsafe.construct(node, name)
    except yaml.MarkedYAMLError as exc:
        return None, [_yaml_problem(exc, name, text)]
    except yaml.reader.ReaderError as exc:
        line, column = _line_col(text[: exc.position])
        return None, [
            _problem(
                name, line, column, "", "protocol.err.control_char", code=f"{exc.character:#04x}"
            )
        ]
    except yaml.YAMLError as exc:  # anything else PyYAML may raise without a mark
        return None, [_problem(name, 1, 1, "", "protocol.err.syntax", problem=str(exc))]
    if not isinstance(data, dict):
        mark = node.start_mark
        return None, [
            _problem(
                name,
                mark.line + 1,
                mark.column + 1,
                "",
                "protocol.err.top_not_mapping",
                got=_describe(data),
            )
        ]
    try:
        return Protocol.model_validate(data), []
    except ValidationError as exc:
        problems = [
            _validation_problem(err, node, name, data) for err in exc.errors(include_input=False)
        ]
        return None, sorted(
            set(problems), key=lambda p: (p.line, p.column, p.where, p.key, p.fields)
        )


# --- YAML errors -------------------------------------------------------------------------------


def _yaml_problem(exc: yaml.MarkedYAMLError, name: str, text: str = "") -> Problem:
    mark = exc.problem_mark or exc.context_mark
    line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    problem = exc.problem or ""
    if problem.startswith("duplicate:"):
        _, first, key = problem.split(":", 2)
        return _problem(name, line, column, "", "protocol.err.duplicate_key", key=key, first=first)
    if problem in {"alias", "anchor", "merge", "depth", "key_unhashable"}:
        return _problem(name, line, column, "", f"protocol.err.{problem}", depth=yamlsafe.MAX_DEPTH)
    if "could not determine a constructor for the tag" in problem:
        tag = problem.split("tag", 1)[-1].strip(" '").replace("tag:yaml.org,2002:", "!!", 1)
        return _problem(name, line, column, "", "protocol.err.tag", tag=tag)
    if "found character '\\t'" in problem or _tab_at(text, mark):
        return _problem(name, line, column, "", "protocol.err.tab")
    return _problem(name, line, column, "", "protocol.err.syntax", problem=_syntax_hint(exc))


def _tab_at(text: str, mark: Any) -> bool:
    """libyaml reports a tab used for indentation as a character that cannot start a token."""
    if mark is None or not text:
        return False
    lines = text.split("\n")
    if mark.line >= len(lines):
        return False
    line = lines[mark.line]
    return "\t" in line[: mark.column + 1] and not line[: mark.column].strip(" \t")


def _syntax_hint(exc: yaml.MarkedYAMLError) -> str:
    known = {
        "mapping values are not allowed": "protocol.syntax.colon",
        "did not find expected ',' or": "protocol.syntax.unclosed_quote",
        "while parsing a flow": "protocol.syntax.unclosed_quote",
        "did not find expected key": "protocol.syntax.indent",
        "could not find expected ':'": "protocol.syntax.no_colon",
        "expected <block end>, but found": "protocol.syntax.indent",
        "found unexpected end of stream": "protocol.syntax.unclosed_quote",
        "'<stream end>'": "protocol.syntax.unclosed_quote",  # an open [ or {
        "that cannot start any token": "protocol.syntax.bad_start",
        "found undefined alias": "protocol.syntax.undefined_alias",
        "expected a single document in the stream": "protocol.syntax.two_documents",
    }
    text = f"{exc.context or ''} {exc.problem or ''}"
    for fragment, key in known.items():
        if fragment in text:
            return t(key)
    return (exc.problem or exc.context or "").strip()


# --- validation errors -------------------------------------------------------------------------


def _validation_problem(err: Any, root: Node, name: str, data: Any) -> Problem:
    loc: Loc = tuple(err["loc"])
    kind: str = err["type"]
    ctx: dict[str, Any] = dict(err.get("ctx") or {})
    where = _where(loc)
    if kind == "extra_forbidden":
        key = str(loc[-1])
        node = _key_node(root, loc) or _node_at(root, loc[:-1])
        allowed = _allowed_keys(loc[:-1])
        return _at(
            name, node, where, _unknown_key_key(key, allowed), key=key, **_suggest(key, allowed)
        )
    if kind == "invalid_key":  # a key YAML reads as a number, true/false or nothing: unknown too
        parent = _node_at(root, loc[:-1])
        node = _non_text_key(parent, str(loc[-1])) or parent
        key = node.value if isinstance(node, ScalarNode) else str(loc[-1])
        allowed = _allowed_keys(loc[:-1])
        message = _unknown_key_key(key, allowed)
        return _at(name, node, _where((*loc[:-1], key)), message, key=key, **_suggest(key, allowed))
    if kind == "missing":
        parent = _node_at(root, loc[:-1])
        return _at(name, parent, _where(loc[:-1]), "protocol.err.missing", key=str(loc[-1]))
    if kind == "duplicate_phase_id":
        second = _duplicate_phase_node(root, str(ctx.get("id")))
        return _at(name, second or root, where, "protocol.err.duplicate_phase_id", id=ctx.get("id"))
    value = _value_at(data, loc)
    node = _node_at(root, loc)
    fields: dict[str, object] = {"got": _describe(value, node)}
    if kind == "enum" or kind == "literal_error":
        choices = _choices(ctx.get("expected", ""))
        fields["choices"] = ", ".join(choices)
        fields.update(_suggest(str(value), choices))
        key = "protocol.err.choice_hint" if "suggestion" in fields else "protocol.err.choice"
        return _at(name, node, where, key, **fields)
    key = f"protocol.err.{_KIND_KEYS.get(kind, kind)}"
    if key not in _known_keys():
        key, fields["problem"] = "protocol.err.other", err.get("msg", kind)
    if (
        kind in {"float_type", "float_parsing", "int_type"}
        and isinstance(value, str)
        and ":" in value
    ):
        key = "protocol.err.clock_time"
    if kind in {"string_type"} and isinstance(value, bool):
        key = "protocol.err.text_bool"
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
    "group_order": "group_order",
    "minutes_both": "minutes_both",
    "minutes_missing": "minutes_missing",
    "bounds_order": "bounds_order",
    "minutes_outside_bounds": "minutes_outside_bounds",
    "no_phases": "no_phases",
}


def _known_keys() -> set[str]:
    from intervision.i18n.messages import MESSAGES

    return set(MESSAGES)


def _unknown_key_key(key: str, allowed: list[str]) -> str:
    has_hint = "suggestion" in _suggest(key, allowed)
    return "protocol.err.unknown_key_hint" if has_hint else "protocol.err.unknown_key"


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


def _allowed_keys(loc: Loc) -> list[str]:
    model: Any = Protocol
    for part in loc:
        if isinstance(part, int):
            continue
        is_model = isinstance(model, type) and issubclass(model, BaseModel)
        field = model.model_fields.get(part) if is_model else None
        if field is None:
            return []
        model = _model_in(field.annotation)
        if model is None:
            return []
    return (
        list(model.model_fields) if isinstance(model, type) and issubclass(model, BaseModel) else []
    )


def _model_in(annotation: Any) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
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


def _duplicate_phase_node(root: Node, phase_id: str) -> Node | None:
    hits: list[Node] = []
    for section in ("opening", "per_case", "closing"):
        phases = _child(root, section)
        if isinstance(phases, SequenceNode):
            for phase in phases.value:
                id_node = _child(phase, "id")
                if isinstance(id_node, ScalarNode) and id_node.value == phase_id:
                    hits.append(id_node)
    return hits[1] if len(hits) > 1 else None


def _value_at(data: Any, loc: Loc) -> Any:
    value = data
    for part in loc:
        try:
            value = value[part]
        except (KeyError, IndexError, TypeError):
            return None
    return value


def _describe(value: Any, node: Node | None = None) -> str:
    if isinstance(node, ScalarNode) and not isinstance(value, (dict, list)) and value is not None:
        return repr(node.value) if isinstance(value, str) else str(node.value)
    if value is None:
        return t("protocol.got.nothing")
    if isinstance(value, dict):
        return t("protocol.got.mapping")
    if isinstance(value, list):
        return t("protocol.got.list")
    if isinstance(value, str):
        return repr(value)
    return str(value).lower() if isinstance(value, bool) else str(value)


def _line_col(prefix: str) -> tuple[int, int]:
    line = prefix.count("\n") + 1
    column = len(prefix) - (prefix.rfind("\n") + 1) + 1
    return line, column


def _at(name: str, node: Node, where: str, message: str, /, **fields: object) -> Problem:
    return _problem(
        name, node.start_mark.line + 1, node.start_mark.column + 1, where, message, **fields
    )


def _problem(
    name: str, line: int, column: int, where: str, message: str, /, **fields: object
) -> Problem:
    return Problem(
        name, line, column, where, message, tuple((k, str(v)) for k, v in fields.items())
    )
