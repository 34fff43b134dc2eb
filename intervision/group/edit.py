"""Change the roster in the group file's own text, so that people's comments and layout stay.

People edit ``intervision-group.yaml`` by hand, so the ``members`` commands do not rewrite it: they find
the member's entry by the line and column marks of the strict reader and change only the few
characters concerned (a name, a ``left:`` line added under the entry, a new ``- Name`` line after the
last member). The caller reads the result back and checks it says exactly the intended roster
(``folder.py``), so no YAML round-trip library (ruamel.yaml: a new dependency) is needed.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from intervision.group.groupfile import Member
from intervision.yamlfile import strict

_PLAIN = re.compile(r"[^\W\d_][\w .'’()&+-]*(?<![ ])", re.UNICODE)
_WORDS_YAML_READS = {"true", "false", "null", "~", "yes", "no", "on", "off", "y", "n"}


def scalar(text: str) -> str:
    """``text`` as a YAML scalar: plain where that reads back the same, else double-quoted."""
    if _PLAIN.fullmatch(text) and text.lower() not in _WORDS_YAML_READS and " #" not in text:
        return text
    return json.dumps(text, ensure_ascii=False)


def flow_list(items: list[str]) -> str:
    return "[" + ", ".join(scalar(i) for i in items) + "]"


@dataclass(frozen=True)
class _Splice:
    line: int  # 0-based
    column: int
    end_line: int
    end_column: int
    text: str


class _Text:
    """The file as lines, changed by splices applied from the bottom up so marks stay valid."""

    def __init__(self, text: str) -> None:
        self.newline = "\r\n" if "\r\n" in text else "\n"
        self.lines = text.split("\n")
        self.splices: list[_Splice] = []

    def replace(self, node: Node, text: str) -> None:
        start, end = node.start_mark, node.end_mark
        self.splices.append(_Splice(start.line, start.column, end.line, end.column, text))

    def insert_after_line(self, line: int, new_lines: list[str]) -> None:
        row = self.lines[line]
        end = len(row) - 1 if row.endswith("\r") else len(row)
        joined = "".join(self.newline + piece for piece in new_lines)
        self.splices.append(_Splice(line, end, line, end, joined))

    def result(self) -> str:
        order = sorted(self.splices, key=lambda s: (s.line, s.column), reverse=True)
        for s in order:
            head = self.lines[s.line][: s.column]
            tail = self.lines[s.end_line][s.end_column :]
            self.lines[s.line : s.end_line + 1] = (head + s.text + tail).split("\n")
        return "\n".join(self.lines)


def _child(mapping: Node, key: str) -> Node | None:
    if isinstance(mapping, MappingNode):
        for k, v in mapping.value:
            if isinstance(k, ScalarNode) and k.value == key:
                found: Node = v
                return found
    return None


def _last_line(node: Node) -> int:
    """The last line with content of ``node`` (a block collection's end mark lies beyond it)."""
    if isinstance(node, ScalarNode):
        end = node.end_mark
        return int(end.line if end.column > 0 or end.line == node.start_mark.line else end.line - 1)
    if isinstance(node, SequenceNode):
        return max((_last_line(item) for item in node.value), default=node.start_mark.line)
    if isinstance(node, MappingNode):
        return max((_last_line(v) for _, v in node.value), default=node.start_mark.line)
    return int(node.start_mark.line)


def _is_block(node: Node) -> bool:
    return not getattr(node, "flow_style", False)


def _flow_member(member: Member) -> str:
    parts = [f"name: {scalar(member.name)}"]
    if member.joined:
        parts.append(f"joined: {member.joined.isoformat()}")
    if member.left:
        parts.append(f"left: {member.left.isoformat()}")
    if member.formerly:
        parts.append(f"formerly: {flow_list(member.formerly)}")
    return "{" + ", ".join(parts) + "}"


def _root(text: str) -> Node:
    node = strict.compose(text, "group")
    if node is None:  # the caller loaded the same text successfully just before
        raise ValueError("empty group file")
    return node


def _members(root: Node) -> SequenceNode:
    node = _child(root, "members")
    if not isinstance(node, SequenceNode):
        raise ValueError("members is not a list")
    return node


def add_member(text: str, member: Member) -> str:
    members = _members(_root(text))
    out = _Text(text)
    if not _is_block(members) or not members.value:
        closing = members.end_mark  # just after ']'
        entry = scalar(member.name) if member.joined is None else _flow_member(member)
        sep = ", " if members.value else ""
        out.splices.append(
            _Splice(closing.line, closing.column - 1, closing.line, closing.column - 1, sep + entry)
        )
        return out.result()
    dash = members.start_mark.column
    offset = members.value[0].start_mark.column - dash
    lines = [" " * dash + "-" + " " * (offset - 1) + f"name: {scalar(member.name)}"]
    if member.joined is None:
        lines = [" " * dash + "-" + " " * (offset - 1) + scalar(member.name)]
    else:
        lines.append(" " * (dash + offset) + f"joined: {member.joined.isoformat()}")
    out.insert_after_line(_last_line(members), lines)
    return out.result()


def _set_fields(
    text: str,
    index: int,
    fields: dict[str, str],
    before: Member,
    appended: dict[str, list[str]] | None = None,
) -> str:
    """Give member ``index`` the ``fields`` (key -> YAML text), adding keys that are not there.

    ``appended`` names list fields whose new value only adds items at the end: a block list then
    gets new ``- item`` lines, so comments on its items stay."""
    appended = appended or {}
    item = _members(_root(text)).value[index]
    out = _Text(text)
    if isinstance(item, ScalarNode):
        name = fields.pop("name", item.value if item.style is None else scalar(before.name))
        if item.start_mark.line != item.end_mark.line:  # a multi-line scalar: keep it simple
            fields["name"] = name
            out.replace(item, _flow_member_text(fields))
            return out.result()
        container_block = _is_block(_members(_root(text)))
        if not container_block:
            fields["name"] = name
            out.replace(item, _flow_member_text(fields))
            return out.result()
        out.replace(item, f"name: {name}")
        indent = " " * item.start_mark.column
        out.insert_after_line(
            item.start_mark.line, [f"{indent}{k}: {v}" for k, v in fields.items()]
        )
        return out.result()
    if not isinstance(item, MappingNode):
        raise ValueError("a member is neither a name nor a mapping")
    if not _is_block(item):
        current = {
            str(k.value): _node_text(text, v) for k, v in item.value if isinstance(k, ScalarNode)
        }
        current.update(fields)
        out.replace(item, _flow_member_text(current))
        return out.result()
    missing: list[str] = []
    indent = " " * item.value[0][0].start_mark.column
    for key, value in fields.items():
        node = _child(item, key)
        if node is None:
            missing.append(f"{indent}{key}: {value}")
        elif isinstance(node, ScalarNode) or not _is_block(node):
            out.replace(node, value)
        elif isinstance(node, SequenceNode) and key in appended:
            dash = node.start_mark.column
            offset = node.value[0].start_mark.column - dash if node.value else 2
            lines = [" " * dash + "-" + " " * (offset - 1) + scalar(v) for v in appended[key]]
            out.insert_after_line(_last_line(node), lines)
        else:  # a block list that loses an item becomes one flow list on the key's line
            key_node = next(k for k, v in item.value if v is node)
            out.splices.append(
                _Splice(
                    key_node.end_mark.line,
                    key_node.end_mark.column,
                    _last_line(node),
                    len(out.lines[_last_line(node)].rstrip("\r")),
                    f": {value}",
                )
            )
    if missing:
        out.insert_after_line(_last_line(item), missing)
    return out.result()


def _flow_member_text(fields: dict[str, str]) -> str:
    order = ["name", "joined", "left", "formerly"]
    keys = sorted(fields, key=lambda k: order.index(k) if k in order else len(order))
    return "{" + ", ".join(f"{k}: {fields[k]}" for k in keys) + "}"


def _node_text(text: str, node: Node) -> str:
    lines = text.split("\n")
    start, end = node.start_mark, node.end_mark
    if start.line == end.line:
        return lines[start.line][start.column : end.column]
    return json.dumps(strict.construct(node, "group"), ensure_ascii=False, default=str)


def set_left(text: str, index: int, before: Member, day: date) -> str:
    return _set_fields(text, index, {"left": day.isoformat()}, before)


def rename_member(text: str, index: int, before: Member, after: Member) -> str:
    fields = {"name": scalar(after.name)}
    appended: dict[str, list[str]] = {}
    if after.formerly or before.formerly:
        fields["formerly"] = flow_list(after.formerly)
        kept = after.formerly[: len(before.formerly)]
        if before.formerly and kept == before.formerly:
            appended["formerly"] = after.formerly[len(before.formerly) :]
    changed = _set_fields(text, index, fields, before, appended)
    return _rename_in_rota(changed, before.name, after.name)


def _rename_in_rota(text: str, old: str, new: str) -> str:
    root = _root(text)
    out = _Text(text)
    rota = _child(root, "facilitator_rota")
    nodes = list(rota.value) if isinstance(rota, SequenceNode) else []
    fixed = _child(root, "facilitator")
    if fixed is not None:
        nodes.append(fixed)
    for node in nodes:
        if isinstance(node, ScalarNode) and str(node.value).strip().casefold() == old.casefold():
            out.replace(node, scalar(new))
    return out.result()
