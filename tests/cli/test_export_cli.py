"""``intervision export``: choosing sessions, writing owner-only files, refusing to overwrite."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from intervision.render import pdf_doc
from tests.cli.conftest import Invoke
from tests.render.named_series import write_series


@pytest.fixture
def group(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = write_series(tmp_path / "groep", 3)
    monkeypatch.chdir(root)
    return root


def folders(group: Path) -> list[str]:
    return sorted(p.name for p in (group / "sessions").iterdir() if p.is_dir())


def test_no_session_named_exports_the_latest_to_stdout(cli: Invoke, group: Path) -> None:
    result = cli("export")
    assert result.exit_code == 0, result.output
    assert "date: 2025-01-20" in result.stdout and "2025-01-13" not in result.stdout


def test_sessions_by_name_or_period_in_order(cli: Invoke, group: Path) -> None:
    names = folders(group)
    result = cli("export", names[2], names[0], "--format", "json")
    assert [s["id"] for s in json.loads(result.stdout)["sessions"]] == [names[0], names[2]]
    result = cli("export", "--since", "2025-01-13", "--format", "json")
    assert [s["id"] for s in json.loads(result.stdout)["sessions"]] == names[1:]
    result = cli("export", "--all", "--until", "2025-01-13", "--format", "json")
    assert [s["id"] for s in json.loads(result.stdout)["sessions"]] == names[:2]
    result = cli("export", "--since", "2030-01-01")
    assert result.exit_code == 2 and "Geen sessies in die periode" in result.output


def test_a_file_is_owner_only_and_never_overwritten_without_force(cli: Invoke, group: Path) -> None:
    os.umask(0o022)
    target = group / "out" / "leden.html"
    result = cli("export", "--all", "--for", "members", "--format", "html", "-o", str(target))
    assert result.exit_code == 0, result.output
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert stat.S_IMODE(target.parent.stat().st_mode) == 0o700
    assert f"Geschreven: {target}" in result.output
    before = target.read_bytes()
    target.write_text("mine", encoding="utf-8")
    refused = cli("export", "--all", "--format", "html", "-o", str(target))
    assert refused.exit_code == 1 and "bestaat al" in refused.output
    assert target.read_text(encoding="utf-8") == "mine"
    forced = cli(
        "export", "--all", "--for", "members", "--format", "html", "-o", str(target), "--force"
    )
    assert forced.exit_code == 0 and f"Vervangen: {target}" in forced.output
    assert target.read_bytes() == before


def test_a_folder_gets_one_file_per_session(cli: Invoke, group: Path) -> None:
    out = group / "uit"
    out.mkdir()
    result = cli("export", "--all", "--for", "owner", "--format", "md", "-o", str(out))
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == [f"{n}.owner.md" for n in folders(group)]
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in out.iterdir())


def test_a_new_folder_ending_in_a_slash_gets_one_file_per_session(cli: Invoke, group: Path) -> None:
    out = group / "verslagen"
    result = cli("export", "--all", "--for", "members", "--format", "html", "-o", f"{out}/")
    assert result.exit_code == 0, result.output
    assert out.is_dir()
    assert sorted(p.name for p in out.iterdir()) == [f"{n}.members.html" for n in folders(group)]


def test_a_leak_writes_nothing_and_names_the_place(cli: Invoke, group: Path) -> None:
    target = group / "x.json"
    # the method's own texts are not rewritten: a name in its title is found and refused
    journal = group / "sessions" / folders(group)[0] / "journal.jsonl"
    lines = journal.read_text(encoding="utf-8").splitlines()
    first = json.loads(lines[0])
    first["protocol"]["title"] = "Methode van Dirk Bakker"
    journal.write_text(
        "\n".join([json.dumps(first, ensure_ascii=False), *lines[1:]]) + "\n", encoding="utf-8"
    )
    result = cli("export", "--all", "--format", "json", "--pseudonymise", "-o", str(target))
    assert result.exit_code == 1
    assert "Niets geschreven" in result.output
    assert f"{folders(group)[0]}: protocol_title: Dirk Bakker" in result.output
    assert not target.exists()


def test_pdf_without_its_library_says_how_to_get_it(
    cli: Invoke, group: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pdf_doc, "available", lambda: False)
    for lang, words in (
        ("en", "PDF needs an extra part"),
        ("nl", "Voor PDF is een extra onderdeel nodig"),
    ):
        result = cli("--lang", lang, "export", "--format", "pdf", "-o", str(group / "x.pdf"))
        assert result.exit_code == 1
        assert words in result.output and "pip install 'intervision[pdf]'" in result.output
    assert not (group / "x.pdf").exists()


def test_the_schema_command_prints_the_shipped_schema(cli: Invoke) -> None:
    import intervision

    result = cli("export", "schema")
    assert result.exit_code == 0
    shipped = Path(intervision.__file__).parent / "render" / "minutes.schema.json"
    assert result.stdout == shipped.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--since", "13-01-2025"], "--since: '13-01-2025' is geen datum (JJJJ-MM-DD)"),
        (["--format", "docx"], "docx"),
        (["--for", "boss"], "boss"),
        (["nonsense"], "nonsense"),
    ],
)
def test_bad_input_is_one_line(cli: Invoke, group: Path, args: list[str], words: str) -> None:
    result = cli("export", *args)
    assert result.exit_code == 2
    assert words in result.output and "Traceback" not in result.output


def test_owner_keeps_one_persons_sessions_and_cases(cli: Invoke, group: Path) -> None:
    result = cli("export", "--all", "--for", "owner", "--owner", "Bram Jansen", "--format", "json")
    assert result.exit_code == 0, result.output
    sessions = json.loads(result.stdout)["sessions"]
    assert sessions and all(c["owner"] == "Bram Jansen" for s in sessions for c in s["cases"])
    nobody = cli("export", "--all", "--for", "owner", "--owner", "Fenna Smit")
    assert nobody.exit_code == 1 and "bracht in deze sessies geen casus in" in nobody.output
    wrong = cli("export", "--owner", "Bram Jansen")
    assert wrong.exit_code == 2 and "--owner hoort bij --for owner" in wrong.output


@pytest.mark.parametrize(
    ("lang", "words"), [("nl", "kies uit: md, html, json, pdf"), ("en", "choose one of: md, html")]
)
def test_a_format_it_does_not_make_is_refused_with_the_formats_it_does(
    cli: Invoke, group: Path, lang: str, words: str
) -> None:
    result = cli("--lang", lang, "export", "--format", "docx")
    assert result.exit_code == 2
    assert "'docx'" in result.output and words in result.output, result.output
