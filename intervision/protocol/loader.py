"""Read a protocol file and report *every* problem with its file, line and column."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from intervision.errors import Problem, ProtocolError
from intervision.i18n import t
from intervision.protocol import yamlsafe
from intervision.protocol.model import Protocol
from intervision.protocol.problems import describe, validation_problem

MAX_BYTES = 1_000_000


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
                got=describe(data),
            )
        ]
    try:
        return Protocol.model_validate(data), []
    except ValidationError as exc:
        problems = [
            validation_problem(err, node, name, data) for err in exc.errors(include_input=False)
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
        "did not find expected key": "protocol.syntax.expected_key",
        "did not find expected '-' indicator": "protocol.syntax.indent",
        "not allowed in this context": "protocol.syntax.indent",
        "found unknown escape character": "protocol.syntax.escape",
        "expected a comment or a line break": "protocol.syntax.after_quote",
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


def _line_col(prefix: str) -> tuple[int, int]:
    line = prefix.count("\n") + 1
    column = len(prefix) - (prefix.rfind("\n") + 1) + 1
    return line, column


def _problem(
    name: str, line: int, column: int, where: str, message: str, /, **fields: object
) -> Problem:
    return Problem(
        name, line, column, where, message, tuple((k, str(v)) for k, v in fields.items())
    )
