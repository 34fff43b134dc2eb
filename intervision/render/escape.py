"""Make user text safe inside Markdown: it may show anything, but never add structure or HTML.

Notes, names, titles and agreements are typed during a session and may hold anything a terminal
can produce: Markdown, HTML, pasted colour codes, control characters. Cleaning removes what no
document should hold (escape sequences, control characters, and bidi overrides that make text read
differently from what it says); escaping makes every remaining character literal, so that the text
renders as typed (emoji and right-to-left script included) in CommonMark, GFM tables and pandoc.
"""

from __future__ import annotations

import re

_ANSI = re.compile(
    r"""
      \x1b\[[0-?]*[ -/]*[@-~]              # CSI: colours, cursor movement
    | \x9b[0-?]*[ -/]*[@-~]                # the same with the 8-bit introducer
    | (?:\x1b\]|\x9d)[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)  # OSC: window titles, hyperlinks
    | (?:\x1b[PX^_]|[\x90\x98\x9e\x9f])[^\x1b\x9c]*(?:\x1b\\|\x9c)  # DCS, SOS, PM, APC
    | \x1b[ -/]*[0-~]                      # every other escape sequence
    """,
    re.VERBOSE,
)
_LINE_BREAK = re.compile("\r\n?|[\x0b\x0c\x85\u2028\u2029]")
# C0 and C1 controls (newline and tab are handled apart), lone surrogates (they cannot be written as
# UTF-8), and the bidi embeddings, overrides and isolates; the marks U+200E/U+200F stay.
UNWANTED = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")

# Inline syntax, escaped wherever it appears: code, emphasis, links, HTML, table cells, pandoc
# attributes, math, ATX heading closers. Only characters every renderer takes a backslash before: kramdown
# (Jekyll) shows the backslash of ``\&``, ``\^`` and ``\~``, so those three are written as character
# references, and only where they would make something: an entity, a superscript, strikethrough.
_ALWAYS = re.compile(r"([\\`*_{}\[\]<>|#$])")
_ENTITY = re.compile(r"&(?=#?\w+;)")  # '&amp;' or '&#60;' as typed, not the character it names
_SUPERSCRIPT = re.compile(r"\^(?=[^\s^]+\^)")  # pandoc's ^sup^ needs a pair with no space inside
# Block syntax only counts at the start of a line: there the first character is escaped when it could
# open a block (heading, quote, list, setext underline, definition, example list), and the dot or
# bracket of a list number (``1.``, ``2)``, pandoc's ``a.`` and ``iv)``).
_LIST_MARKER = re.compile(r"^(\d{1,9}|[A-Za-z]|[ivxlcdmIVXLCDM]{1,8})([.)])(?=[ \t]|$)")
_BLOCK_START = frozenset("#>-+*=:|(")
_HARD_BREAK = "  \n"  # two spaces: the one line break CommonMark, GFM, pandoc and kramdown all read


def clean(text: str) -> str:
    """``text`` without escape sequences and control characters; line breaks become ``\\n``."""
    text = _ANSI.sub("", text)
    text = _LINE_BREAK.sub("\n", text)
    return UNWANTED.sub("", text.replace("\t", " "))


def lines(text: str) -> list[str]:
    """The non-empty lines of the cleaned text, stripped (leading spaces make a code block)."""
    return [line for line in (raw.strip() for raw in clean(text).split("\n")) if line]


def single_line(text: str) -> str:
    """Cleaned text on one line: for names, titles and front matter values."""
    return " ".join(lines(text))


def escape_line(line: str) -> str:
    """One line with every Markdown-significant character made literal. ``line`` has no newline."""
    escaped = _ALWAYS.sub(r"\\\1", _ENTITY.sub("&amp;", line))
    escaped = _SUPERSCRIPT.sub("&#94;", escaped)
    if escaped.count("~") > 1 or escaped.startswith("~"):  # strikethrough, subscript, a fence
        escaped = escaped.replace("~", "&#126;")
    marker = _LIST_MARKER.match(escaped)
    if marker:
        return f"{marker.group(1)}\\{escaped[marker.end(1) :]}"
    if escaped.startswith("--"):  # a rule, or kramdown's and pandoc's dashes ('---' reads '-–')
        run = len(escaped) - len(escaped.lstrip("-"))
        return "\\-" * run + escaped[run:]
    if escaped[:1] in _BLOCK_START:
        return "\\" + escaped
    return escaped


def inline(text: str) -> str:
    """User text for a heading, a list item or a table cell: one line, escaped.

    Line breaks become spaces and ``|`` is escaped, so the text cannot end or split a table row.
    """
    return escape_line(single_line(text))


def block(text: str, *, indent: str = "") -> str:
    """Multi-line user text kept as lines: each escaped, joined with hard line breaks (two spaces).

    ``indent`` goes before every line after the first, to keep them inside a list item. Empty
    lines are left out, because a blank line would end the list item.
    """
    return (_HARD_BREAK + indent).join(escape_line(line) for line in lines(text))
