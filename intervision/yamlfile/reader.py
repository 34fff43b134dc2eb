"""Read a hand-written YAML file into a pydantic model and report *every* problem with its file,
line and column.

A ``Document`` says which model and which messages: ``<prefix>.err.too_large`` / ``empty`` /
``top_not_mapping`` speak of the kind of file, and a custom error type ``x`` of the model is the
message ``<prefix>.err.x``; everything else (YAML syntax, types, unknown keys) is shared ``yaml.*``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Generic, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from intervision.errors import Problem
from intervision.i18n import t
from intervision.yamlfile import strict
from intervision.yamlfile.problems import describe, validation_problem

M = TypeVar("M", bound=BaseModel)


@dataclass(frozen=True)
class Document(Generic[M]):
    """One kind of file: its root model and the prefix of its own messages."""

    model: type[M]
    prefix: str
    max_bytes: int = 1_000_000


def check_file(
    path: Path, doc: Document[M], *, display: str | None = None
) -> tuple[M | None, list[Problem]]:
    name = display or str(path)
    try:
        size = path.stat().st_size
        if size > doc.max_bytes:
            return None, [_too_large(name, doc, size)]
        data = path.read_bytes()
    except OSError as exc:
        return None, [_problem(name, 1, 1, "", "yaml.err.unreadable", reason=exc.strerror or exc)]
    return check_bytes(data, name, doc)


def check_bytes(data: bytes, name: str, doc: Document[M]) -> tuple[M | None, list[Problem]]:
    if len(data) > doc.max_bytes:
        return None, [_too_large(name, doc, len(data))]
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line, column = _line_col(data[: exc.start].decode("utf-8", "replace"))
        return None, [_problem(name, line, column, "", "yaml.err.not_utf8")]
    return check_text(text, name, doc)


def check_text(text: str, name: str, doc: Document[M]) -> tuple[M | None, list[Problem]]:
    try:
        node = strict.compose(text, name)
        if node is None:
            return None, [_problem(name, 1, 1, "", f"{doc.prefix}.err.empty")]
        data = strict.construct(node, name)
    except yaml.MarkedYAMLError as exc:
        return None, [_yaml_problem(exc, name, text)]
    except yaml.reader.ReaderError as exc:
        line, column = _line_col(text[: exc.position])
        return None, [
            _problem(name, line, column, "", "yaml.err.control_char", code=f"{exc.character:#04x}")
        ]
    except yaml.YAMLError as exc:  # anything else PyYAML may raise without a mark
        return None, [_problem(name, 1, 1, "", "yaml.err.syntax", problem=str(exc))]
    if not isinstance(data, dict):
        mark = node.start_mark
        key = f"{doc.prefix}.err.top_not_mapping"
        return None, [_problem(name, mark.line + 1, mark.column + 1, "", key, got=describe(data))]
    try:
        return doc.model.model_validate(data), []
    except ValidationError as exc:
        problems = [
            validation_problem(err, node, name, data, doc.model, doc.prefix)
            for err in exc.errors(include_input=False)
        ]
        return None, sorted(
            set(problems), key=lambda p: (p.line, p.column, p.where, p.key, p.fields)
        )


def _too_large(name: str, doc: Document[M], size: int) -> Problem:
    return _problem(name, 1, 1, "", f"{doc.prefix}.err.too_large", mb=f"{size / 1e6:.1f}")


# --- YAML errors -------------------------------------------------------------------------------


def _yaml_problem(exc: yaml.MarkedYAMLError, name: str, text: str = "") -> Problem:
    mark = exc.problem_mark or exc.context_mark
    line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    problem = exc.problem or ""
    if problem.startswith("duplicate:"):
        _, first, key = problem.split(":", 2)
        return _problem(name, line, column, "", "yaml.err.duplicate_key", key=key, first=first)
    if problem in strict.REFUSALS:
        return _problem(name, line, column, "", f"yaml.err.{problem}", depth=strict.MAX_DEPTH)
    if "could not determine a constructor for the tag" in problem:
        tag = problem.split("tag", 1)[-1].strip(" '").replace("tag:yaml.org,2002:", "!!", 1)
        return _problem(name, line, column, "", "yaml.err.tag", tag=tag)
    if "found character '\\t'" in problem or _tab_at(text, mark):
        return _problem(name, line, column, "", "yaml.err.tab")
    return _problem(name, line, column, "", "yaml.err.syntax", problem=_syntax_hint(exc))


def _tab_at(text: str, mark: object) -> bool:
    """libyaml reports a tab used for indentation as a character that cannot start a token."""
    if mark is None or not text:
        return False
    lines = text.split("\n")
    row, col = getattr(mark, "line", 0), getattr(mark, "column", 0)
    if row >= len(lines):
        return False
    line = lines[row]
    return "\t" in line[: col + 1] and not line[:col].strip(" \t")


def _syntax_hint(exc: yaml.MarkedYAMLError) -> str:
    known = {
        "mapping values are not allowed": "yaml.syntax.colon",
        "did not find expected ',' or": "yaml.syntax.unclosed_quote",
        "while parsing a flow": "yaml.syntax.unclosed_quote",
        "did not find expected key": "yaml.syntax.expected_key",
        "did not find expected '-' indicator": "yaml.syntax.indent",
        "not allowed in this context": "yaml.syntax.indent",
        "found unknown escape character": "yaml.syntax.escape",
        "expected a comment or a line break": "yaml.syntax.after_quote",
        "could not find expected ':'": "yaml.syntax.no_colon",
        "expected <block end>, but found": "yaml.syntax.indent",
        "found unexpected end of stream": "yaml.syntax.unclosed_quote",
        "'<stream end>'": "yaml.syntax.unclosed_quote",  # an open [ or {
        "that cannot start any token": "yaml.syntax.bad_start",
        "found undefined alias": "yaml.syntax.undefined_alias",
        "expected a single document in the stream": "yaml.syntax.two_documents",
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
