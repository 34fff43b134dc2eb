"""The guides in ``docs/``: the Dutch version says the same as the English one.

A guide that changes in one language and not in the other fails here: both must name the same commands,
the same options and the same YAML keys, every command they name must exist, and the YAML examples that
are a whole protocol or group file must be valid in both languages alike.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

import pytest
import typer
from typer.core import TyperGroup

from intervision import guides
from intervision.cli.app import build_app
from intervision.group import schema as group_schema
from intervision.group.load import check_group_text
from intervision.protocol import schema as protocol_schema
from intervision.protocol.loader import check_text

FENCE = re.compile(r"^```(\w*)\n(.*?)^```", re.DOTALL | re.MULTILINE)
INLINE = re.compile(r"`([^`\n]+)`")
OPTION = re.compile(r"(?<![\w-])--[a-z][a-z-]*")
INLINE_KEY = re.compile(r"^([a-z_]+):(?:\s|$)")
BLOCK_KEY = re.compile(r"^\s*(?:- )?([a-z_]+):(?:\s|$)", re.MULTILINE)
ROOT_WITH_VALUE = {"--lang", "--workspace"}
# `key: value` / `sleutel: waarde` is the shape of a line; `speaker:` the misspelling an example shows
PLACEHOLDERS = {"key", "sleutel", "speaker"}

TRANSLATED = [name for name in guides.GUIDES if (guides.folder() / f"{name}.nl.md").is_file()]


def text(name: str, language: str) -> str:
    suffix = "" if language == "en" else f".{language}"
    return (guides.folder() / f"{name}{suffix}.md").read_text(encoding="utf-8")


def code(guide: str) -> list[str]:
    """Every piece of code: each line of a fenced block, and each inline `span` outside the blocks."""
    pieces = [line for _, block in FENCE.findall(guide) for line in block.splitlines()]
    return pieces + INLINE.findall(FENCE.sub("", guide))


@cache
def command_tree() -> TyperGroup:
    group = typer.main.get_command(build_app())
    assert isinstance(group, TyperGroup)
    return group


def commands(guide: str) -> set[str]:
    """``intervision protocols new`` and the like: the words after ``intervision`` that are commands.

    A word where a command is due that is none is kept with a ``?`` (``intervision members ?purge``).
    """
    found = set()
    for piece in code(guide):
        for match in re.finditer(r"(?:^|\s)intervision((?:\s+\S+)*)", piece):
            words, node, path = match.group(1).split(), command_tree(), ["intervision"]
            while words:
                word = words.pop(0)
                if word in ROOT_WITH_VALUE and node is command_tree():
                    words = words[1:]
                elif isinstance(node, TyperGroup) and word in node.commands:
                    node = node.commands[word]
                    path.append(word)
                else:
                    if isinstance(node, TyperGroup) and re.fullmatch(r"[a-z]+", word):
                        path.append(f"?{word}")
                    break
            found.add(" ".join(path))
    return found


def options(guide: str) -> set[str]:
    return {option for piece in code(guide) for option in OPTION.findall(piece)}


def yaml_keys(guide: str) -> set[str]:
    """Keys as `key:` or `key: value`, as a bare `key` where it is one of the formats', and in YAML blocks."""
    spans = INLINE.findall(guide)
    inline = {m.group(1) for span in spans if (m := INLINE_KEY.match(span))}
    inline |= {span for span in spans if span in format_keys()}
    blocks = {
        key
        for kind, block in FENCE.findall(guide)
        if kind == "yaml"
        for key in BLOCK_KEY.findall(block)
    }
    return inline | blocks


@cache
def format_keys() -> set[str]:
    """Every key of the protocol and group file formats, from their JSON schemas."""
    found: set[str] = set()

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if isinstance(node.get("properties"), dict):
                found.update(node["properties"])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(protocol_schema.schema())
    walk(group_schema.schema())
    return found


def all_options() -> set[str]:
    found: set[str] = set()

    def walk(command: Any) -> None:
        for param in command.params:
            found.update(opt for opt in param.opts if opt.startswith("--"))
        if isinstance(command, TyperGroup):
            for sub in command.commands.values():
                walk(sub)

    walk(command_tree())
    return found | {"--lang", "--version", "--help"}


def validity(guide: str) -> list[bool | None]:
    """Per YAML block: valid or not where it is a whole protocol or group file, else None."""
    result: list[bool | None] = []
    for kind, block in FENCE.findall(guide):
        if kind != "yaml":
            continue
        if re.search(r"(?m)^members:", block):
            result.append(not check_group_text(block, "intervision-group.yaml")[1])
        elif re.search(r"(?m)^id:", block) and re.search(r"(?m)^language:", block):
            result.append(not check_text(block, "example.yaml")[1])
        else:
            result.append(None)
    return result


def test_every_guide_has_a_dutch_version() -> None:
    assert list(guides.GUIDES) == TRANSLATED
    for name in guides.GUIDES:
        assert guides.path(name, "nl").name == f"{name}.nl.md"


@pytest.mark.parametrize("name", TRANSLATED)
def test_both_languages_name_the_same_commands_options_and_keys(name: str) -> None:
    english, dutch = text(name, "en"), text(name, "nl")
    assert commands(dutch) == commands(english)
    assert options(dutch) == options(english)
    assert yaml_keys(dutch) - PLACEHOLDERS == yaml_keys(english) - PLACEHOLDERS


@pytest.mark.parametrize("name", TRANSLATED)
def test_every_command_and_option_named_exists(name: str) -> None:
    for language in ("en", "nl"):
        guide = text(name, language)
        unknown = {command for command in commands(guide) if "?" in command}
        assert not unknown, (name, language, unknown)
        assert options(guide) <= all_options(), (name, language, options(guide) - all_options())
        assert yaml_keys(guide) - format_keys() <= PLACEHOLDERS, (name, language)


@pytest.mark.parametrize("name", TRANSLATED)
def test_the_json_examples_are_the_same_in_both_languages(name: str) -> None:
    def blocks(guide: str) -> list[str]:
        return [block for kind, block in FENCE.findall(guide) if kind == "json"]

    assert blocks(text(name, "nl")) == blocks(text(name, "en"))


@pytest.mark.parametrize("name", TRANSLATED)
def test_the_yaml_examples_are_valid_in_both_languages_alike(name: str) -> None:
    english, dutch = validity(text(name, "en")), validity(text(name, "nl"))
    assert dutch == english


@pytest.mark.parametrize("name", ["protocols", "group"])
def test_the_complete_examples_are_valid(name: str) -> None:
    for language in ("en", "nl"):
        assert True in validity(text(name, language)), (name, language)
        assert False not in validity(text(name, language)), (name, language)


def test_the_comparison_notices_a_change_in_one_language() -> None:
    english = text("group", "en")
    assert "intervision members ?purge" in commands(english + "\n`intervision members purge`\n")
    assert options(english + "\n`intervision run --speed 2`\n") != options(english)
    assert yaml_keys(english + "\n`pronouns: she`\n") != yaml_keys(english)
    assert "intervision members add" in commands(english)


def slug(heading: str) -> str:
    """The anchor GitHub gives a heading: lower case, punctuation dropped, spaces to dashes."""
    return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")


@pytest.mark.parametrize("name", TRANSLATED)
def test_the_links_between_the_guides_lead_somewhere(name: str) -> None:
    for language in ("en", "nl"):
        for target, anchor in re.findall(
            r"\]\(([\w.-]*\.md|)(?:#([\w-]+))?\)", text(name, language)
        ):
            path = guides.folder() / (target or f"{name}{'' if language == 'en' else '.nl'}.md")
            assert path.is_file(), (name, language, target)
            if anchor:
                headings = re.findall(r"(?m)^#+ (.+)$", path.read_text(encoding="utf-8"))
                assert anchor in {slug(h) for h in headings}, (name, language, anchor)


def outline(guide: str) -> tuple[list[int], int, int, list[str]]:
    """Heading levels, table rows, list items and code-block kinds: a section or row missing shows."""
    prose = FENCE.sub("", guide)
    return (
        [len(hashes) for hashes in re.findall(r"(?m)^(#+) ", prose)],
        len(re.findall(r"(?m)^\|", prose)),
        len(re.findall(r"(?m)^\s*(?:-|\d+\.) ", prose)),
        [kind for kind, _ in FENCE.findall(guide)],
    )


@pytest.mark.parametrize("name", TRANSLATED)
def test_both_languages_have_the_same_sections_rows_and_items(name: str) -> None:
    assert outline(text(name, "nl")) == outline(text(name, "en"))
