"""``protocols new``: the starting file is valid, never overwrites, and points at the schema."""

from __future__ import annotations

from pathlib import Path

import pytest

from intervision import guides
from intervision.errors import UsageError
from intervision.protocol.library import bundled_dir
from intervision.protocol.loader import load_protocol
from intervision.protocol.scaffold import target_path, write_new
from intervision.protocol.schema import SCHEMA_FILE, schema_text
from intervision.store.files import create_private
from intervision.store.workspace import Origin, Workspace


def new(protocol_id: str, base: str | None, language: str, workspace: Workspace) -> Path:
    """``protocols new`` as the CLI wires it: owner-only files, a group's folder made private."""
    return write_new(
        protocol_id,
        base=base,
        language=language,
        protocols_dir=workspace.protocols_dir,
        create=lambda path, data: create_private(
            path, data, under=workspace.root if workspace.is_group else None
        ),
    )


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_new_protocol_from_the_template_is_valid(tmp_path: Path, language: str) -> None:
    workspace = Workspace(tmp_path / "group", Origin.FLAG)
    path = new("onze-methode", None, language, workspace)
    assert path == tmp_path / "group" / "protocols" / language / "onze-methode.yaml"
    protocol = load_protocol(path)
    assert (protocol.id, protocol.language) == ("onze-methode", language)
    assert path.read_text(encoding="utf-8").splitlines()[0] == (
        "# yaml-language-server: $schema=../protocol.schema.json"
    )
    assert (tmp_path / "group" / "protocols" / SCHEMA_FILE).read_text() == schema_text()


def test_a_copy_takes_the_new_id_and_keeps_the_rest(tmp_path: Path) -> None:
    workspace = Workspace(tmp_path, Origin.FLAG)
    path = new("ons-incident", "incidentmethode", "nl", workspace)
    copy = load_protocol(path)
    assert copy.id == "ons-incident"
    assert copy.title == load_protocol(bundled_dir() / "nl" / "incidentmethode.yaml").title
    assert "ons-incident" in path.read_text(encoding="utf-8").splitlines()[copy_line(path)]


def copy_line(path: Path) -> int:
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(i for i, line in enumerate(lines) if line.startswith("id:"))


def test_an_existing_file_is_never_overwritten(tmp_path: Path) -> None:
    workspace = Workspace(tmp_path, Origin.FLAG)
    path = new("mine", None, "en", workspace)
    path.write_text("# edited by the group\n", encoding="utf-8")
    with pytest.raises(UsageError) as caught:
        new("mine", None, "en", workspace)
    assert caught.value.key == "new.exists"
    assert path.read_text(encoding="utf-8") == "# edited by the group\n"


@pytest.mark.parametrize("bad", ["Mine", "my method", "my_method", "-x", "x-", ""])
def test_a_bad_id_is_refused(tmp_path: Path, bad: str) -> None:
    with pytest.raises(UsageError) as caught:
        new(bad, None, "en", Workspace(tmp_path, Origin.FLAG))
    assert caught.value.key == "new.bad_id"
    assert not (tmp_path / "protocols").exists()


def test_without_a_group_the_file_goes_where_the_tool_looks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Outside a group folder the user data folder's protocols/ is read: the file goes there, and the
    header's 'protocols show ID' finds it; the header's pointer to the format exists."""
    from intervision.protocol.library import resolve

    monkeypatch.chdir(tmp_path)
    workspace = Workspace(tmp_path / "data", Origin.USER)
    path = new("ours", None, "en", workspace)
    assert (
        path
        == target_path("ours", "en", workspace.protocols_dir)
        == workspace.protocols_dir / "en" / "ours.yaml"
    )
    assert not (tmp_path / "ours.yaml").exists()
    assert resolve("ours", "en", workspace.protocols_dir).path == path
    pointer = next(line for line in path.read_text().splitlines() if "full description" in line)
    assert pointer.endswith(":      intervision docs protocols")


@pytest.mark.parametrize(("language", "words"), [("nl", "De volledige uitleg"), ("en", "The full")])
def test_the_header_points_at_the_guide_by_command_not_by_path(
    tmp_path: Path, language: str, words: str
) -> None:
    path = new("onze-methode", None, language, Workspace(tmp_path, Origin.FLAG))
    header = path.read_text(encoding="utf-8").split("\nid:")[0]
    assert header.endswith("intervision docs protocols\n")
    assert f"# {words}" in header
    # a reinstall moves the package: no path to it in a file the group keeps
    assert str(guides.folder()) not in header and ".md" not in header


def test_the_protocol_layer_imports_nothing_of_the_store() -> None:
    import subprocess
    import sys

    code = (
        "import sys, intervision.protocol.scaffold; "
        "print(sorted(m for m in sys.modules if m.startswith('intervision.store')))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
