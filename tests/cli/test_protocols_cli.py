"""``intervision protocols …`` and the root options, through Typer's test runner."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from intervision import __version__
from intervision.protocol.library import bundled_dir
from intervision.protocol.loader import load_protocol
from intervision.protocol.schema import schema
from tests.builders import protocol_dict, to_yaml
from tests.cli.conftest import Invoke
from tests.conftest import write_tree

INCIDENT_EN = bundled_dir() / "en" / "incidentmethode.yaml"
TITLE_EN = load_protocol(INCIDENT_EN).title
NL = load_protocol(bundled_dir() / "nl" / "incidentmethode.yaml")


def test_version(cli: Invoke) -> None:
    result = cli("--version")
    assert result.exit_code == 0
    assert result.stdout == f"intervision {__version__}\n"


@pytest.mark.parametrize(
    ("args", "fragments"),
    [
        (("--help",), ["Usage: intervision", "protocols", "plan", "--version", "--lang"]),
        (("protocols", "--help"), ["list", "show", "validate", "new", "schema"]),
        (("protocols", "new", "--help"), ["--from", "--workspace", "ID"]),
        (("plan", "-h"), ["--members", "--minutes", "--cases", "--start", "--json"]),
    ],
)
def test_help(cli: Invoke, args: tuple[str, ...], fragments: list[str]) -> None:
    result = cli(*args)
    assert result.exit_code == 0
    for fragment in fragments:
        assert fragment in result.stdout


def test_help_in_dutch(cli: Invoke) -> None:
    result = cli("--lang", "nl", "protocols", "--help")
    assert result.exit_code == 0
    assert "Bekijk, controleer en maak methoden (protocollen)." in result.stdout


def test_an_unknown_language_is_refused(cli: Invoke) -> None:
    result = cli("--lang", "de", "protocols", "list")
    assert result.exit_code == 2
    assert "unknown language 'de'; choose nl or en" in result.output


@pytest.mark.usefixtures("small_library")
def test_list_shows_the_current_language_only(cli: Invoke) -> None:
    result = cli("protocols", "list")
    assert result.exit_code == 0
    assert TITLE_EN in result.stdout
    assert NL.title not in result.stdout
    assert " en " in result.stdout
    assert " nl " not in result.stdout


@pytest.mark.usefixtures("small_library")
def test_list_all_shows_both_languages(cli: Invoke) -> None:
    result = cli("protocols", "list", "--all")
    assert result.exit_code == 0
    assert TITLE_EN in result.stdout
    assert NL.title in result.stdout


def test_list_json(cli: Invoke) -> None:
    result = cli("protocols", "list", "--json")
    assert result.exit_code == 0
    rows = json.loads(result.stdout)
    assert isinstance(rows, list)
    assert rows
    assert len(rows) == len(list(bundled_dir().glob("en/*.yaml")))
    for row in rows:
        assert {"id", "language", "title", "path"} <= set(row)
        assert row["language"] == "en"
        assert Path(row["path"]).is_file()
    incident = next(row for row in rows if row["id"] == "incidentmethode")
    assert incident["title"] == TITLE_EN
    assert incident["origin"] == "bundled"
    assert incident["valid"] is True


@pytest.mark.usefixtures("small_library")
def test_list_json_all_has_both_languages(cli: Invoke) -> None:
    rows = json.loads(cli("protocols", "list", "--json", "--all").stdout)
    assert {row["language"] for row in rows} == {"nl", "en"}


@pytest.mark.usefixtures("small_library")
def test_list_in_dutch(cli: Invoke) -> None:
    result = cli("--lang", "nl", "protocols", "list")
    assert result.exit_code == 0
    assert NL.title in result.stdout
    assert "titel" in result.stdout
    assert "meegeleverd" in result.stdout


def test_show_gives_phases_rules_and_sources(cli: Invoke) -> None:
    protocol = load_protocol(INCIDENT_EN)
    result = cli("protocols", "show", protocol.id)
    assert result.exit_code == 0
    out = result.stdout
    assert protocol.title in out
    for number, one in enumerate(protocol.all_phases, 1):
        assert f"{number}. {one.title}" in out
    if protocol.ground_rules:
        assert "Ground rules" in out
        assert protocol.ground_rules[0] in out
    assert "Sources" in out
    assert protocol.sources[0].title in out


def test_show_in_dutch(cli: Invoke) -> None:
    result = cli("--lang", "nl", "protocols", "show", "incidentmethode")
    assert result.exit_code == 0
    titles = [NL.title, NL.per_case[0].title, NL.sources[0].title]
    for fragment in ("Spelregels", "Bronnen", "Per casus", *titles):
        assert fragment in result.stdout


def test_show_an_unknown_id_suggests_the_closest(cli: Invoke) -> None:
    result = cli("protocols", "show", "incidentmethod")
    assert result.exit_code == 2
    assert "did you mean 'incidentmethode'?" in result.stderr
    assert "Traceback" not in result.output


def test_show_a_broken_file_lists_its_problems(cli: Invoke, tmp_path: Path) -> None:
    write_tree(tmp_path, {"broken.yaml": "id: broken\ntitle: 5\n"})
    result = cli("protocols", "show", str(tmp_path / "broken.yaml"))
    assert result.exit_code == 2
    assert f"{tmp_path / 'broken.yaml'}:2:8: title: text is expected here, got 5" in result.stderr


def test_validate_without_arguments_checks_the_library(cli: Invoke) -> None:
    result = cli("protocols", "validate")
    assert result.exit_code == 0
    assert "all valid" in result.stdout
    assert result.stderr == ""


def test_validate_a_broken_file(cli: Invoke) -> None:
    write_tree(Path.cwd(), {"broken.yaml": "id: broken\nlanguage: en\nlanguage: nl\n"})
    result = cli("protocols", "validate", "broken.yaml")
    assert result.exit_code == 2
    assert (
        "broken.yaml:3:1: the key 'language' appears twice (first on line 2); keep one"
        in result.stderr.splitlines()
    )
    assert "Problems in 1 of 1 protocol." in result.stderr
    assert "Traceback" not in result.output


def test_validate_one_line_per_problem(cli: Invoke) -> None:
    text = to_yaml(protocol_dict(title=5, basis="xyz", cases=0))
    write_tree(Path.cwd(), {"three.yaml": text})
    result = cli("protocols", "validate", "three.yaml")
    assert result.exit_code == 2
    problems = [line for line in result.stderr.splitlines() if line.startswith("three.yaml:")]
    assert len(problems) == 3


def test_validate_in_dutch(cli: Invoke) -> None:
    write_tree(Path.cwd(), {"kapot.yaml": "id: kapot\ntitel: x\n"})
    result = cli("--lang", "nl", "protocols", "validate", "kapot.yaml")
    assert result.exit_code == 2
    assert "kapot.yaml:2:1: titel: onbekende sleutel 'titel'; bedoel je 'title'?" in result.stderr


@pytest.mark.usefixtures("small_library")
def test_new_writes_a_valid_file_into_the_home_folder(cli: Invoke, home: Path) -> None:
    result = cli("protocols", "new", "our-method")
    assert result.exit_code == 0
    path = home / "protocols" / "en" / "our-method.yaml"
    assert str(path) in result.stdout
    assert load_protocol(path).id == "our-method"
    assert cli("protocols", "validate", str(path)).exit_code == 0
    rows = json.loads(cli("protocols", "list", "--json").stdout)
    mine = next(row for row in rows if row["id"] == "our-method")
    assert (mine["origin"], mine["valid"], mine["path"]) == ("group", True, str(path))


def test_new_in_dutch_uses_the_dutch_template(cli: Invoke, home: Path) -> None:
    result = cli("--lang", "nl", "protocols", "new", "onze-methode")
    assert result.exit_code == 0
    assert "Nieuw protocol geschreven" in result.stdout
    # two sentences, even when the line break is shown as a space
    assert "onze-methode.yaml. Pas het aan" in " ".join(result.stdout.split())
    english = cli("--lang", "en", "protocols", "new", "our-method")
    assert "our-method.yaml. Edit it" in " ".join(english.stdout.split())
    assert load_protocol(home / "protocols" / "nl" / "onze-methode.yaml").language == "nl"


def test_new_refuses_to_overwrite(cli: Invoke, home: Path) -> None:
    assert cli("protocols", "new", "twice").exit_code == 0
    path = home / "protocols" / "en" / "twice.yaml"
    path.write_text("# ours\n", encoding="utf-8")
    result = cli("protocols", "new", "twice")
    assert result.exit_code == 2
    assert "already exists" in result.stderr
    assert path.read_text(encoding="utf-8") == "# ours\n"


def test_new_refuses_a_bad_id(cli: Invoke) -> None:
    result = cli("protocols", "new", "Our Method")
    assert result.exit_code == 2
    assert "'Our Method' is not a valid id" in result.stderr


@pytest.mark.usefixtures("small_library")
def test_new_from_copies_a_protocol_with_the_new_id(cli: Invoke, home: Path) -> None:
    result = cli("protocols", "new", "our-incident", "--from", "incidentmethode")
    assert result.exit_code == 0
    copy = load_protocol(home / "protocols" / "en" / "our-incident.yaml")
    original = load_protocol(INCIDENT_EN)
    assert copy.id == "our-incident"
    assert copy.title == original.title
    assert [p.id for p in copy.all_phases] == [p.id for p in original.all_phases]


def test_new_from_an_unknown_protocol_fails_cleanly(cli: Invoke, home: Path) -> None:
    result = cli("protocols", "new", "x", "--from", "incidentmethod")
    assert result.exit_code == 2
    assert "did you mean 'incidentmethode'?" in result.stderr
    assert not (home / "protocols" / "en" / "x.yaml").exists()


@pytest.mark.usefixtures("small_library")
def test_new_with_a_workspace_writes_there_and_list_finds_it(cli: Invoke, tmp_path: Path) -> None:
    workspace = tmp_path / "group"
    result = cli("protocols", "new", "ours", "--workspace", str(workspace))
    assert result.exit_code == 0
    path = workspace / "protocols" / "en" / "ours.yaml"
    assert path.is_file()
    assert (workspace / "protocols" / "protocol.schema.json").is_file()
    listed = json.loads(cli("protocols", "list", "--json", "--workspace", str(workspace)).stdout)
    assert any(row["id"] == "ours" and row["origin"] == "group" for row in listed)
    elsewhere = json.loads(cli("protocols", "list", "--json").stdout)
    assert not any(row["id"] == "ours" for row in elsewhere)


@pytest.mark.usefixtures("small_library")
def test_a_new_copy_under_the_same_id_overrides_the_bundled_one(cli: Invoke, home: Path) -> None:
    result = cli("protocols", "new", "incidentmethode", "--from", "incidentmethode")
    assert result.exit_code == 0
    path = home / "protocols" / "en" / "incidentmethode.yaml"
    text = path.read_text(encoding="utf-8")
    assert f"\ntitle: {TITLE_EN}\n" in text
    path.write_text(text.replace(f"\ntitle: {TITLE_EN}\n", "\ntitle: Ours\n", 1), encoding="utf-8")
    rows = json.loads(cli("protocols", "list", "--json").stdout)
    assert [(r["id"], r["title"], r["origin"]) for r in rows] == [
        ("incidentmethode", "Ours", "group")
    ]
    assert "Ours" in cli("protocols", "show", "incidentmethode").stdout


@pytest.mark.usefixtures("small_library")
def test_a_group_protocol_overrides_the_bundled_one(cli: Invoke, home: Path) -> None:
    own = protocol_dict(id="incidentmethode", title="Our incident method")
    write_tree(home, {"protocols/en/incidentmethode.yaml": to_yaml(own)})
    rows = json.loads(cli("protocols", "list", "--json").stdout)
    incident = [row for row in rows if row["id"] == "incidentmethode"]
    assert [(row["title"], row["origin"]) for row in incident] == [("Our incident method", "group")]
    shown = cli("protocols", "show", "incidentmethode")
    assert "Our incident method" in shown.stdout
    planned = json.loads(cli("plan", "incidentmethode", "--members", "4", "--json").stdout)
    assert [p["id"] for p in planned["phases"]] == ["case"]
    dutch = json.loads(cli("--lang", "nl", "protocols", "list", "--json").stdout)
    assert any(r["id"] == "incidentmethode" and r["origin"] == "bundled" for r in dutch)


@pytest.mark.usefixtures("small_library")
def test_a_broken_group_protocol_is_listed_as_invalid(cli: Invoke, home: Path) -> None:
    write_tree(home, {"protocols/en/kapot.yaml": "id: kapot\n"})
    result = cli("protocols", "list")
    assert result.exit_code == 0
    assert "invalid — see 'intervision protocols validate'" in result.stdout
    assert cli("protocols", "validate").exit_code == 2


def test_schema_prints_the_json_schema(cli: Invoke) -> None:
    result = cli("protocols", "schema")
    assert result.exit_code == 0
    assert json.loads(result.stdout) == schema()


def test_brackets_in_a_groups_protocol_are_text_not_markup(cli: Invoke, home: Path) -> None:
    from tests.builders import protocol_dict

    data = protocol_dict(title="Mine [/b] v2 [red]x")
    data["id"] = "mine"
    import yaml

    target = home / "protocols" / "en" / "mine.yaml"
    target.parent.mkdir(parents=True)
    target.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    result = cli("protocols", "show", "mine")
    assert result.exit_code == 0, result.output
    assert "Mine [/b] v2 [red]x" in result.output


def test_validate_reports_a_misplaced_file_with_its_other_problems(cli: Invoke, home: Path) -> None:
    """The name mismatch is said at the line of 'id' (and 'language'), beside a broken title."""
    text = to_yaml(protocol_dict(id="other", title=5))
    write_tree(home, {"protocols/nl/ours.yaml": text})
    lines = text.splitlines()
    id_line = next(i for i, line in enumerate(lines, 1) if line.startswith("id:"))
    lang_line = next(i for i, line in enumerate(lines, 1) if line.startswith("language:"))
    result = cli("protocols", "validate")
    assert result.exit_code == 2
    said = result.stderr.splitlines()
    path = str(home / "protocols" / "nl" / "ours.yaml")
    assert any(
        line.startswith(f"{path}:{id_line}:5: id: the file says 'id: other'") for line in said
    )
    assert any(line.startswith(f"{path}:{lang_line}:11: language: ") for line in said)
    assert any(": title: text is expected here" in line for line in said)


@pytest.mark.usefixtures("small_library")
def test_validate_without_a_path_shows_the_problems_and_a_count(cli: Invoke, home: Path) -> None:
    write_tree(home, {"protocols/en/broken.yaml": to_yaml(protocol_dict(id="broken", title=5))})
    result = cli("protocols", "validate")
    assert result.exit_code == 2
    assert result.stdout == ""  # no line per valid file
    said = result.stderr.splitlines()
    assert said[-2:] == ["Valid: 2 protocols.", "Problems in 1 of 3 protocols."]
    assert all("broken.yaml" in line for line in said[:-2])
