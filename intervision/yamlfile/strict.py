"""A strict, safe YAML reader for files that people edit by hand.

On top of PyYAML's ``SafeLoader`` it refuses anchors/aliases (the alias bomb), merge keys, duplicate keys,
unhashable keys and deep nesting, and it resolves plain scalars the YAML 1.2 way for the surprises of 1.1:
only ``true``/``false`` are booleans, ``no`` stays text, ``010`` is ten, ``1:30`` and ``2024-01-05`` stay text.
Every refusal is a ``MarkedYAMLError`` with a line and column.
"""

from __future__ import annotations

import re
from typing import Any

import yaml
from yaml.composer import Composer, ComposerError
from yaml.constructor import ConstructorError, SafeConstructor
from yaml.nodes import MappingNode, Node
from yaml.resolver import Resolver

try:  # libyaml scans and parses about seven times faster; composing stays ours, in Python
    from yaml.cyaml import CParser as _Parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - PyYAML built without libyaml
    from yaml.parser import Parser as _PyParser
    from yaml.reader import Reader
    from yaml.scanner import Scanner

    class _Parser(Reader, Scanner, _PyParser):  # type: ignore[no-redef]
        def __init__(self, stream: str) -> None:
            Reader.__init__(self, stream)
            Scanner.__init__(self)
            _PyParser.__init__(self)


MAX_DEPTH = 40
# The refusals below, each a ``problem`` text that the reader turns into ``yaml.err.<name>``.
REFUSALS = ("alias", "anchor", "merge", "depth", "key_unhashable")

_BOOL = "tag:yaml.org,2002:bool"
_INT = "tag:yaml.org,2002:int"
_FLOAT = "tag:yaml.org,2002:float"
_TIMESTAMP = "tag:yaml.org,2002:timestamp"


class StrictLoader(Composer, _Parser, SafeConstructor, Resolver):
    """A safe loader with the refusals above; ``problem`` texts name messages (see ``reader.py``).

    Python's ``Composer`` comes first in the bases so that its composing methods (and our overrides of
    them) run on top of the C parser's events.
    """

    name: str

    def __init__(self, stream: str) -> None:
        _Parser.__init__(self, stream)
        Composer.__init__(self)
        SafeConstructor.__init__(self)
        Resolver.__init__(self)
        self._depth = 0

    def compose_node(self, parent: Node | None, index: Any) -> Node | None:
        event: Any = self.peek_event()
        if self.check_event(yaml.AliasEvent):
            raise ComposerError(None, None, "alias", event.start_mark)
        if getattr(event, "anchor", None):
            raise ComposerError(None, None, "anchor", event.start_mark)
        self._depth += 1
        try:
            if self._depth > MAX_DEPTH:
                raise ComposerError(None, None, "depth", event.start_mark)
            node: Node | None = Composer.compose_node(self, parent, index)
            return node
        finally:
            self._depth -= 1

    def construct_mapping(self, node: MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: dict[Any, Any] = {}
        for key_node, _ in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                raise ConstructorError(None, None, "merge", key_node.start_mark)
            key = self.construct_object(key_node, deep=deep)
            try:
                hash(key)
            except TypeError:
                raise ConstructorError(None, None, "key_unhashable", key_node.start_mark) from None
            if key in seen:
                raise ConstructorError(
                    None, None, f"duplicate:{seen[key].line + 1}:{key}", key_node.start_mark
                )
            seen[key] = key_node.start_mark
        mapping: dict[Any, Any] = SafeConstructor.construct_mapping(self, node, deep)
        return mapping


def _yaml12_resolvers() -> dict[Any, list[tuple[str, re.Pattern[str]]]]:
    dropped = {_BOOL, _INT, _FLOAT, _TIMESTAMP}
    return {
        first: [(tag, rx) for tag, rx in resolvers if tag not in dropped]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }


StrictLoader.yaml_implicit_resolvers = _yaml12_resolvers()
StrictLoader.add_implicit_resolver(
    _BOOL, re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)
StrictLoader.add_implicit_resolver(_INT, re.compile(r"^[-+]?[0-9]+$"), list("-+0123456789"))
StrictLoader.add_implicit_resolver(
    _FLOAT,
    re.compile(r"^[-+]?(?:[0-9]+\.[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?$"),
    list("-+0123456789."),
)


def _construct_decimal_int(loader: yaml.SafeLoader, node: Node) -> int:
    # SafeLoader's own int constructor reads "010" as octal; a person writing it means ten.
    return int(str(node.value).replace("_", ""))


StrictLoader.add_constructor(_INT, _construct_decimal_int)


def compose(text: str, name: str) -> Node | None:
    """Parse ``text`` into a node tree (None for an empty document)."""
    loader = StrictLoader(text)
    loader.name = name
    try:
        node: Node | None = loader.get_single_node()
        return node
    except yaml.MarkedYAMLError as exc:
        # libyaml 0.2.6 (bundled since PyYAML 6.0.4) stops flow collections at 1 000 levels while
        # scanning, before our composer can count to MAX_DEPTH: the same refusal, whichever libyaml.
        if exc.problem and "maximum nesting depth" in exc.problem:
            raise ComposerError(None, None, "depth", exc.problem_mark) from None
        raise
    finally:
        loader.dispose()


def construct(node: Node, name: str) -> Any:
    loader = StrictLoader("")
    loader.name = name
    try:
        return loader.construct_document(node)
    finally:
        loader.dispose()
