"""Summaries of every protocol, and checking many files at once."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from intervision.protocol.catalog import summaries, typical_minutes, validate_paths
from intervision.protocol.library import bundled_dir
from intervision.protocol.loader import load_protocol
from tests.builders import protocol_dict, to_yaml
from tests.conftest import write_tree


@pytest.fixture
def no_bundled(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Group-file tests need not read the whole bundled library."""
    empty = tmp_path / "no-bundled"
    empty.mkdir()
    monkeypatch.setattr("intervision.protocol.library.bundled_dir", lambda: empty)


def test_summaries_cover_every_bundled_file() -> None:
    rows = summaries(None)
    assert len(rows) == len(list(bundled_dir().glob("*/*.yaml")))
    assert all(row.valid for row in rows)
    row = next(r for r in rows if (r.id, r.language) == ("incidentmethode", "en"))
    assert row.title == load_protocol(row.path).title
    assert row.minutes == typical_minutes(load_protocol(row.path))
    assert row.to_dict()["path"] == str(row.path)
    assert set(row.to_dict()) >= {"id", "language", "title", "path", "minutes", "origin", "valid"}


@pytest.mark.parametrize(
    ("rel", "text"),
    [
        ("protocols/en/broken.yaml", "id: broken\n"),
        ("protocols/en/named.yaml", to_yaml(protocol_dict(id="other"))),
        ("protocols/nl/taal.yaml", to_yaml(protocol_dict(id="taal", language="en"))),
    ],
)
@pytest.mark.usefixtures("no_bundled")
def test_a_broken_or_misplaced_group_file_is_listed_as_invalid(
    tmp_path: Path, rel: str, text: str
) -> None:
    write_tree(tmp_path, {rel: text})
    rows = [r for r in summaries(tmp_path / "protocols") if r.origin == "group"]
    assert len(rows) == 1
    assert not rows[0].valid
    assert rows[0].to_dict()["valid"] is False
    assert rows[0].title is None


@pytest.mark.parametrize(
    ("rel", "text", "fragment"),
    [
        (
            "protocols/en/named.yaml",
            to_yaml(protocol_dict(id="other")),
            "the file says 'id: other' but is named 'named.yaml'",
        ),
        (
            "protocols/nl/taal.yaml",
            to_yaml(protocol_dict(id="taal", language="en")),
            "the file says 'language: en' but lies in the folder 'nl'",
        ),
    ],
)
@pytest.mark.usefixtures("no_bundled")
def test_validate_reports_a_misplaced_library_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], rel: str, text: str, fragment: str
) -> None:
    write_tree(tmp_path, {rel: text})
    assert validate_paths([], tmp_path / "protocols") is False
    err = capsys.readouterr().err
    assert fragment in err
    assert "Problems in 1 of 1 protocol." in err


def test_validate_given_paths_checks_only_those(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_tree(
        tmp_path,
        {
            "good.yaml": to_yaml(protocol_dict(id="good")),
            "bad.yaml": "id: bad\ntitle: [\n",
        },
    )
    paths = [tmp_path / "good.yaml", tmp_path / "bad.yaml", tmp_path / "gone.yaml"]
    ok = validate_paths(paths, None)
    assert ok is False
    out, err = capsys.readouterr()
    assert "good.yaml: ok" in out
    assert f"{tmp_path / 'bad.yaml'}:3:1: the YAML is not well-formed here" in err
    assert "is a quote or bracket left open?" in err
    assert "gone.yaml: no such file" in err
    assert "Problems in 2 of 3 protocols." in err


def test_validate_of_the_bundled_library_is_clean(capsys: pytest.CaptureFixture[str]) -> None:
    assert validate_paths([], None) is True
    out, err = capsys.readouterr()
    assert err == ""
    assert "all valid" in out


def test_validate_a_folder_checks_the_files_in_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from intervision.protocol.catalog import validate_paths

    library = tmp_path / "protocols"
    shutil.copytree(bundled_dir() / "nl", library / "nl")
    assert validate_paths([library], None) is True
    out = capsys.readouterr().out
    assert out.count(": ok") == len(list((library / "nl").glob("*.yaml")))
