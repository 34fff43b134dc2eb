"""User text made safe for Markdown: cleaned, escaped, and still saying what was typed."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from markdown_it.token import Token

from intervision.render.escape import block, clean, escape_line, inline, lines, single_line

HTML_ON = MarkdownIt("commonmark").enable("table")  # raw HTML allowed: escaping alone must stop it

# Any text, and text made mostly of characters that Markdown cares about, so examples hit syntax.
MARKDOWNY = st.text(
    st.sampled_from(list("#*_-+=>|<`~[]()!:.1a \n\t\\&$^{}'\"\x1b\r")) | st.characters()
)
TEXTS = st.one_of(st.text(), MARKDOWNY)


def visible(tokens: list[Token]) -> str:
    """The text a reader sees: text and code content, line breaks as newlines."""
    out: list[str] = []
    for token in tokens:
        if token.type == "inline":
            out.append(visible(token.children or []))
        elif token.type in ("text", "code_inline"):
            out.append(token.content)
        elif token.type in ("softbreak", "hardbreak"):
            out.append("\n")
    return "".join(out)


def block_types(source: str) -> list[str]:
    return [token.type for token in HTML_ON.parse(source) if token.type != "inline"]


def inline_types(source: str) -> set[str]:
    types: set[str] = set()
    for token in HTML_ON.parse(source):
        types.add(token.type)
        types.update(child.type for child in token.children or [])
    return types


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("plain text", "plain text"),
        ("\x1b[31mred\x1b[0m", "red"),
        ("\x1b[1;38;5;208mbold\x1b[m", "bold"),
        ("\x1b]0;title\x07after", "after"),
        ("\x1b]8;;https://x.invalid\x1b\\link\x1b]8;;\x1b\\", "link"),
        ("\x9b31mc1\x9b0m", "c1"),
        ("a\x00b\x07c\x7fd\x1b", "abcd"),
        ("tab\there", "tab here"),
        ("one\r\ntwo\rthree\u2028four\x85five", "one\ntwo\nthree\nfour\nfive"),
        ("over\u202eride\u2066iso\u2069", "overrideiso"),
        ("lone \ud800 surrogate", "lone  surrogate"),
        ("👩🏽\u200d💻 and \u200fשלום\u200f", "👩🏽\u200d💻 and \u200fשלום\u200f"),
    ],
)
def test_clean(raw: str, expected: str) -> None:
    assert clean(raw) == expected


def test_lines_are_stripped_and_blank_lines_dropped() -> None:
    assert lines("  first  \n\n\t    indented code?\n \n last") == [
        "first",
        "indented code?",
        "last",
    ]
    assert single_line("a\nb\r\nc ") == "a b c"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("# kop", r"\# kop"),
        ("1. list", r"1\. list"),
        ("12) list", r"12\) list"),
        ("a. pandoc list", r"a\. pandoc list"),
        ("- bullet", r"\- bullet"),
        ("+ bullet", r"\+ bullet"),
        ("* bullet", r"\* bullet"),
        ("> quote", r"\> quote"),
        ("---", r"\-\-\-"),
        ("-- aside", r"\-\- aside"),
        ("- bullet -- mid", r"\- bullet -- mid"),
        ("===", r"\==="),
        (": definition", r"\: definition"),
        ("| a | b |", r"\| a \| b \|"),
        ("<script>alert(1)</script>", r"\<script\>alert(1)\</script\>"),
        ("[x](javascript:alert(1))", r"\[x\](javascript:alert(1))"),
        ("`code` and ```fence", r"\`code\` and \`\`\`fence"),
        ("&amp; &#60;", r"&amp;amp; &amp;\#60;"),
        ("AT&T & co; R&D", "AT&T & co; R&D"),
        ("*em* _em_ ~~del~~", r"\*em\* \_em\_ &#126;&#126;del&#126;&#126;"),
        ("~5 minutes", "&#126;5 minutes"),
        ("about ~5 minutes", "about ~5 minutes"),
        ("H~2~O", "H&#126;2&#126;O"),
        ("back\\slash", r"back\\slash"),
        ("$x^2$ {.class}", r"\$x^2\$ \{.class\}"),
        ("2^10^ and x^2 + y^2", "2&#94;10^ and x^2 + y^2"),
        ("'quoted' @ 50% / ok?", "'quoted' @ 50% / ok?"),
        ("(@) example", r"\(@) example"),
        ("mid-line 1. and - stay", "mid-line 1. and - stay"),
        ("Ömer zegt: prima.", "Ömer zegt: prima."),
    ],
)
def test_escape_line(raw: str, expected: str) -> None:
    assert escape_line(raw) == expected


@pytest.mark.parametrize(
    "raw",
    [
        "# kop",
        "<script>alert(1)</script>",
        "<div>\nblock\n</div>",
        "| a | b |\n|---|---|\n| c | d |",
        "---",
        "title\n===",
        "[x](javascript:alert(1))",
        "<javascript:alert(1)>",
        "```\ncode\n```",
        "    indented",
        "1. list\n2. more",
        "> quote",
        "[ref]: /url",
    ],
)
def test_block_renders_as_one_paragraph_of_literal_text(raw: str) -> None:
    source = block(raw)
    assert block_types(source) == ["paragraph_open", "paragraph_close"]
    assert visible(HTML_ON.parse(source)) == "\n".join(lines(raw))
    assert not inline_types(source) & {"html_inline", "html_block", "link_open", "image"}


def test_inline_stays_one_table_cell() -> None:
    cell = inline("a | b\nc \\| d")
    table = f"| h |\n|---|\n| {cell} |\n"
    tokens = HTML_ON.parse(table)
    assert [t.type for t in tokens].count("td_open") == 1
    assert visible([t for t in tokens if t.type == "inline"][1:]) == "a | b c \\| d"


def test_block_indent_keeps_lines_in_a_list_item() -> None:
    source = "- " + block("first\n# second\n    third", indent="  ")
    types = block_types(source)
    assert types.count("list_item_open") == 1
    assert "heading_open" not in types and "code_block" not in types
    assert visible(HTML_ON.parse(source)) == "first\n# second\nthird"


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_any_text_is_one_literal_paragraph(raw: str) -> None:
    source = block(raw, indent="  ")
    expected = "\n".join(lines(raw))
    item = "- " + source
    types = block_types(item)
    if expected:
        assert types == [
            "bullet_list_open",
            "list_item_open",
            "paragraph_open",
            "paragraph_close",
            "list_item_close",
            "bullet_list_close",
        ]
    assert visible(HTML_ON.parse(item)) == expected
    assert not inline_types(item) & {"html_inline", "html_block", "link_open", "image"}


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_any_text_is_one_table_cell(raw: str) -> None:
    table = f"| h | k |\n|---|---|\n| {inline(raw)} | z |\n"
    tokens = HTML_ON.parse(table)
    assert [t.type for t in tokens].count("td_open") == 2
    cells = [visible([t]) for t in tokens if t.type == "inline"]
    assert cells[2:] == [single_line(raw), "z"]


# kramdown (Jekyll's renderer) takes a backslash only before these; before any other character the
# backslash shows. Its list, from kramdown's parser (ESCAPED_CHARS).
KRAMDOWN_ESCAPABLE = set("\\.*_+`<>()[]{}#!:|\"'$=-")


@given(TEXTS)
@settings(max_examples=300)
def test_every_backslash_is_one_kramdown_takes(raw: str) -> None:
    for line in block(raw).split("\n"):
        escaped = line.removesuffix("  ")
        i = 0
        while i < len(escaped):
            if escaped[i] == "\\":
                assert escaped[i + 1 : i + 2] in KRAMDOWN_ESCAPABLE, (raw, escaped)
                i += 2
            else:
                i += 1
