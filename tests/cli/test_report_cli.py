"""``intervision report attendance`` and ``report profiles``: choices, files, and clear errors."""

from __future__ import annotations

import csv
import io
import os
import stat
from pathlib import Path

import pytest

from intervision.render import pdf_doc
from tests.cli.conftest import Invoke
from tests.group.register_series import write_register_series


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_register_series(tmp_path_factory.mktemp("reeks") / "groep")


@pytest.fixture
def group(made: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(made)
    return made


def test_markdown_to_the_screen_in_the_groups_language(cli: Invoke, group: Path) -> None:
    result = cli("report", "attendance", "--profile", "eigen", "--from", "2026-04-01")
    assert result.exit_code == 0, result.output
    assert "# Presentielijst intervisie: De Dinsdaggroep" in result.stdout
    assert (
        "2026-03-03" not in result.stdout and "| 2026-04-07 | 19:00 | 19:48 | 48 |" in result.stdout
    )
    english = cli("--lang", "en", "report", "attendance", "--profile", "eigen")
    assert "too few present (3; at least 4)" in english.stdout


def test_a_file_is_owner_only_with_a_bom_and_never_overwritten(cli: Invoke, group: Path) -> None:
    os.umask(0o022)
    target = group / "out" / "presentie.csv"
    result = cli("report", "attendance", "--format", "csv", "-o", str(target))
    assert result.exit_code == 0, result.output
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert f"Geschreven: {target}" in result.output
    data = target.read_bytes()
    assert data.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    assert rows[0][:3] == ["Datum", "Begin", "Einde"] and len(rows) == 1 + 25
    target.write_text("mine", encoding="utf-8")
    refused = cli("report", "attendance", "--format", "csv", "-o", str(target))
    assert refused.exit_code == 1 and "bestaat al" in refused.output
    assert target.read_text(encoding="utf-8") == "mine"
    forced = cli("report", "attendance", "--format", "csv", "-o", str(target), "--force")
    assert forced.exit_code == 0 and f"Vervangen: {target}" in forced.output
    assert target.read_bytes() == data


def test_a_personal_sheet_with_learning_points(cli: Invoke, group: Path) -> None:
    result = cli("report", "attendance", "--member", "DIRK", "--learning-points")
    assert result.exit_code == 0, result.output
    assert "Persoonlijk overzicht intervisie: Dirk" in result.stdout
    assert "first ask what the client wants" in result.stdout and "slow down" not in result.stdout
    without = cli("report", "attendance", "--member", "Dirk")
    assert "first ask" not in without.stdout and "leerpunten" not in without.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--profile", "vitt"], "Onbekend registerprofiel 'vitt'; bedoel je 'vit'?"),
        (["--member", "Anne"], "'Anne' was er in deze periode niet bij; bedoel je 'Anna'?"),
        (["--from", "2026-13-01"], "--from: '2026-13-01' is geen datum (JJJJ-MM-DD"),
        (["--to", "gisteren"], "--to: 'gisteren' is geen datum"),
        (["--from", "2026-06-01", "--to", "2026-01-01"], "--to (2026-01-01) ligt vóór --from"),
        (["--learning-points"], "--learning-points hoort bij een persoonlijk overzicht"),
        (["--format", "docx"], "docx"),
    ],
)
def test_bad_choices_are_one_clear_line(
    cli: Invoke, group: Path, args: list[str], message: str
) -> None:
    result = cli("report", "attendance", *args)
    assert result.exit_code == 2
    assert message in result.output and "Traceback" not in result.output


def test_unknown_profile_in_english_lists_the_known(cli: Invoke, group: Path) -> None:
    result = cli("--lang", "en", "report", "attendance", "--profile", "qqqqqq")
    assert result.exit_code == 2
    assert "Unknown register profile 'qqqqqq'; known are:" in result.output
    assert "eigen" in result.output and "vit" in result.output


def test_profiles_lists_built_in_and_own_with_source_and_date(cli: Invoke, group: Path) -> None:
    result = cli("report", "profiles")
    assert result.exit_code == 0, result.output
    assert "eigen  Ons register (van de groep)" in result.stdout
    assert "regels volgens reglement 2026, gecontroleerd op 2026-11-01" in result.stdout
    assert "vit  VIT (therapeuten) (ingebouwd)" in result.stdout
    assert "minstens 4 aanwezigen; 15 uur per jaar" in result.stdout


def test_a_pdf_goes_to_a_file(cli: Invoke, group: Path, tmp_path: Path) -> None:
    target = tmp_path / "presentie.pdf"
    result = cli("report", "attendance", "--format", "pdf", "-o", str(target))
    assert result.exit_code == 0, result.output
    assert target.read_bytes().startswith(b"%PDF-")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_without_the_pdf_library_it_says_how_to_get_it(
    cli: Invoke, group: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pdf_doc, "available", lambda: False)
    result = cli("report", "attendance", "--format", "pdf", "-o", str(tmp_path / "x.pdf"))
    assert result.exit_code == 1 and "pip install 'intervision[pdf]'" in result.output
    assert not (tmp_path / "x.pdf").exists()


def test_a_group_files_bad_profile_points_at_its_line(cli: Invoke, tmp_path: Path) -> None:
    root = tmp_path / "g"
    root.mkdir()
    (root / "intervision-group.yaml").write_text(
        "name: G\nmembers: [Anna]\nregisters:\n  - id: eigen\n    title: E\n"
        "    source: s\n    checked: 2026-11-01\n    min_member: 4\n",
        encoding="utf-8",
    )
    result = cli("report", "profiles", "--workspace", str(root))
    assert result.exit_code != 0 and "Traceback" not in result.output
    assert "intervision-group.yaml:8" in result.output and "min_members" in result.output


def test_profile_ids_are_completed_with_the_groups_own(made: Path) -> None:
    from tests.cli.test_complete import complete

    result = complete(f"intervision report attendance --workspace {made} --profile ni")
    assert result.stdout.split() == ["nip-arbeid", "nip-neurofeedback"]
    own = complete(f"intervision report attendance --workspace {made} --profile ei")
    assert own.stdout.split() == ["eigen"]
