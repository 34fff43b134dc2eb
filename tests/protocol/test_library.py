"""Finding protocols: bundled, the group's own folder (which wins), or a path."""

from __future__ import annotations

from pathlib import Path

import pytest

from intervision.errors import UsageError
from intervision.protocol.library import (
    Origin,
    bundled_dir,
    discover,
    display_path,
    looks_like_path,
    resolve,
)
from tests.builders import protocol_dict, to_yaml
from tests.conftest import write_tree


def group_file(protocol_id: str, language: str, title: str = "Our own") -> str:
    return to_yaml(protocol_dict(id=protocol_id, language=language, title=title))


def test_bundled_protocols_are_found_in_both_languages() -> None:
    entries = discover(None)
    keys = {(e.id, e.language) for e in entries}
    assert ("incidentmethode", "nl") in keys
    assert ("incidentmethode", "en") in keys
    assert all(e.origin is Origin.BUNDLED for e in entries)
    assert all(e.path.parent.parent == bundled_dir() for e in entries)


def test_a_group_file_hides_its_bundled_twin_only(tmp_path: Path) -> None:
    write_tree(tmp_path, {"protocols/en/incidentmethode.yaml": group_file("incidentmethode", "en")})
    entries = discover(tmp_path / "protocols")
    twins = [e for e in entries if e.id == "incidentmethode"]
    assert sorted((e.language, e.origin) for e in twins) == [
        ("en", Origin.GROUP),
        ("nl", Origin.BUNDLED),
    ]


def test_group_files_come_first_and_loose_files_have_no_language(tmp_path: Path) -> None:
    write_tree(
        tmp_path,
        {
            "protocols/nl/eigen.yaml": group_file("eigen", "nl"),
            "protocols/los.yml": group_file("los", "en"),
            "protocols/.hidden.yaml": "not: a protocol",
            "protocols/notes.txt": "not yaml",
            "protocols/de/fremd.yaml": group_file("fremd", "en"),
        },
    )
    entries = discover(tmp_path / "protocols")
    group = [(e.id, e.language) for e in entries if e.origin is Origin.GROUP]
    assert group == [("los", None), ("eigen", "nl")]
    assert entries[: len(group)] == [e for e in entries if e.origin is Origin.GROUP]


def test_a_missing_group_folder_is_no_error(tmp_path: Path) -> None:
    assert discover(tmp_path / "nowhere") == discover(None)


@pytest.mark.parametrize(
    ("language", "files", "expected"),
    [
        # the requested language wins
        ("nl", {}, ("nl", Origin.BUNDLED)),
        ("en", {}, ("en", Origin.BUNDLED)),
        # the group's own wins over bundled in the same language
        ("en", {"en/incidentmethode.yaml": "en"}, ("en", Origin.GROUP)),
        # but not over bundled in the requested language
        ("nl", {"en/incidentmethode.yaml": "en"}, ("nl", Origin.BUNDLED)),
        # a loose file (language unknown) beats the other language, not the right one
        ("nl", {"incidentmethode.yaml": "en"}, ("nl", Origin.BUNDLED)),
    ],
)
def test_resolve_prefers_the_language_then_the_group(
    tmp_path: Path, language: str, files: dict[str, str], expected: tuple[str, Origin]
) -> None:
    write_tree(
        tmp_path,
        {f"protocols/{rel}": group_file("incidentmethode", lang) for rel, lang in files.items()},
    )
    entry = resolve("incidentmethode", language, tmp_path / "protocols")
    assert (entry.language, entry.origin) == expected


def test_resolve_falls_back_to_the_other_language(tmp_path: Path) -> None:
    write_tree(tmp_path, {"protocols/nl/alleen-nl.yaml": group_file("alleen-nl", "nl")})
    entry = resolve("alleen-nl", "en", tmp_path / "protocols")
    assert (entry.language, entry.origin) == ("nl", Origin.GROUP)


def test_resolve_takes_a_path(tmp_path: Path) -> None:
    write_tree(tmp_path, {"mine.yaml": group_file("mine", "en")})
    entry = resolve(str(tmp_path / "mine.yaml"), "en", None)
    assert (entry.id, entry.origin, entry.language) == ("mine", Origin.PATH, None)
    assert entry.load().title == "Our own"


def test_resolve_refuses_a_missing_path() -> None:
    with pytest.raises(UsageError) as caught:
        resolve("nowhere/x.yaml", "en", None)
    assert caught.value.key == "protocol.path_missing"
    assert "nowhere/x.yaml: no such file" in str(caught.value)


@pytest.mark.parametrize(
    ("ref", "key", "fragment"),
    [
        ("incidentmethod", "protocol.not_found_hint", "did you mean 'incidentmethode'?"),
        ("incident-methode", "protocol.not_found_hint", "did you mean 'incidentmethode'?"),
        ("zzzzzz", "protocol.not_found", "'intervision protocols list' shows what there is"),
    ],
)
def test_an_unknown_id_is_a_usage_error_with_a_hint(ref: str, key: str, fragment: str) -> None:
    with pytest.raises(UsageError) as caught:
        resolve(ref, "en", None)
    assert caught.value.key == key
    assert caught.value.exit_code == 2
    assert fragment in str(caught.value)


@pytest.mark.parametrize(
    ("ref", "expected"),
    [
        ("incidentmethode", False),
        ("my-method", False),
        ("x.yaml", True),
        ("x.yml", True),
        ("./x", True),
        ("protocols/nl/x", True),
        ("dir\\x", True),
    ],
)
def test_looks_like_path(ref: str, expected: bool) -> None:
    assert looks_like_path(ref) is expected


def test_display_path_is_relative_inside_the_current_folder(tmp_path: Path) -> None:
    inside = Path.cwd() / "protocols" / "x.yaml"
    assert display_path(inside) == str(Path("protocols") / "x.yaml")
    outside = tmp_path / "home" / "x.yaml"
    assert display_path(outside) == str(outside)
