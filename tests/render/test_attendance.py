"""The attendance report in every format: the same rows, empty initials boxes, warnings, hours."""

from __future__ import annotations

import csv
import io
import re
import subprocess
from datetime import date
from pathlib import Path

import pytest

from intervision.group.load import load_group
from intervision.group.register_report import (
    AttendanceReport,
    build,
    choose_profile,
    learning_from,
)
from intervision.group.series import Series
from intervision.render import attendance
from tests.group.register_series import write_register_series
from tests.render.tools import tool

SIGNERS = 5 + 4 + 5 + 5 + 5  # present per meeting, plus the facilitator (Fenna is no member)


@pytest.fixture(scope="module")
def root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_register_series(tmp_path_factory.mktemp("reeks") / "groep")


def make(root: Path, lang: str = "nl", **choices: object) -> AttendanceReport:
    group = load_group(root / "intervision-group.yaml")
    series = Series(root / "sessions", group_file=root / "intervision-group.yaml")
    profile = choose_profile(str(choices.pop("profile")), group) if "profile" in choices else None
    return build(
        series.history,
        group=group,
        group_name=group.name,
        lang=lang,
        profile=profile,
        made=date(2027, 3, 1),
        **choices,  # type: ignore[arg-type]
    )


def test_hours_have_at_most_two_decimals_and_a_comma_in_dutch() -> None:
    assert [attendance.hours(v, "nl") for v in (15, 1.75, 145 / 60, 0.5)] == [
        "15",
        "1,75",
        "2,42",
        "0,5",
    ]
    assert attendance.hours(145 / 60, "en") == "2.42"


def test_markdown_meetings_warnings_hours_and_empty_initials(root: Path) -> None:
    text = attendance.to_markdown(make(root, profile="eigen"))
    assert "| 2026-04-07 | 19:00 | 19:48 | 48 | Fenna | Anna, Bram, Cor | Dirk | Demo |" in text
    assert (
        "- 2026-04-07 (2026-04-07-reeks) telt niet mee voor Ons register: "
        "te weinig aanwezigen (3; minstens 4)" in text
    )
    assert "te kort (20 min netto; minstens 30)" in text
    assert "| Anna | 5 | 3 | 2,42 |" in text  # meetings, counting, hours
    # per year: counting, hours, carried in, needed, short, meetings short
    assert "| Anna | 2026 | 2 | 1,75 | 0 | 1 | 0 | 1 |" in text
    assert "| Anna | 2027 | 1 | 0,67 | 0,5 | 1 | 0 | 2 |" in text
    assert "Anna: 2,42 van 3 uur per vijf jaar in deze periode; nog 0,58 uur" in text
    signing = text.split("## Parafen", 1)[1]
    assert len(re.findall(r"^\| [^|]+ \| (aanwezig|begeleider) \| \|$", signing, re.M)) == SIGNERS
    assert "✓" not in text and "[x]" not in text.lower()
    assert "Gemaakt met intervision op 2027-03-01." in text


def test_english_words_and_no_profile_means_no_counting_column(root: Path) -> None:
    text = attendance.to_markdown(make(root, lang="en"))
    assert (
        "| Date | Start | End | Net min | Facilitator | Present | Absent | Method | Topic |" in text
    )
    assert "Does not count" not in text and "| Anna | 5 | 2,42" not in text
    assert "| Anna | 5 | 3.55 |" in text  # 213 min without a profile


def test_csv_one_row_per_meeting_and_person_parsed_back(root: Path) -> None:
    data = attendance.to_csv(make(root, profile="eigen"))
    assert data.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(data.removeprefix("\ufeff")), delimiter=";"))
    assert len(rows) == SIGNERS + 1  # and Dirk, absent on 2026-04-07
    assert {r["Paraaf"] for r in rows} == {""}
    dirk = [r for r in rows if r["Naam"] == "Dirk"]
    assert [(r["Datum"], r["Status"], r["Telt"]) for r in dirk] == [
        ("2026-03-03", "aanwezig", "ja"),
        ("2026-04-07", "afwezig", "nee"),
        ("2026-05-05", "aanwezig", "nee"),
        ("2026-06-02", "aanwezig", "ja"),
        ("2027-02-02", "aanwezig", "ja"),
    ]
    assert dirk[2]["Waarom niet"] == "te kort (20 min netto; minstens 30)"
    assert sum(int(r["Netto min"]) for r in rows if r["Naam"] == "Anna") == 50 + 48 + 20 + 55 + 40
    assert "\ufeff" not in attendance.to_csv(make(root), bom=False)


def test_html_initials_cells_are_empty_and_text_escaped(root: Path) -> None:
    page = attendance.to_html(make(root, profile="eigen"))
    assert page.count('<td class="sign"></td>') == SIGNERS
    assert '<td class="sign">' not in page.replace('<td class="sign"></td>', "")
    assert "<script" not in page and "te weinig aanwezigen (3; minstens 4)" in page


def test_a_personal_sheet_has_their_boxes_and_learning_points(root: Path) -> None:
    report = make(
        root, profile="eigen", member="Dirk", learning_of=learning_from(root / "sessions")
    )
    page = attendance.to_html(report)
    # theirs and the facilitator's, 4 meetings
    assert page.count('<td class="sign"></td>') == 2 * 4
    assert "first ask what the client wants" in page and "slow down" not in page
    text = attendance.to_markdown(report)
    assert "Persoonlijk overzicht intervisie: Dirk (De Dinsdaggroep)" in text
    assert "## Mijn leerpunten" in text and "Anna" not in text.split("## Per deelnemer")[1]
    rows = list(csv.reader(io.StringIO(attendance.to_csv(report, bom=False)), delimiter=";"))
    assert {r[7] for r in rows[1:]} == {"Dirk"} and len(rows) == 1 + 4


@pytest.mark.slow
def test_pdf_text_and_a_page_as_an_image(root: Path, tmp_path: Path) -> None:
    pdftotext, pdftoppm = tool("pdftotext", "poppler-utils"), tool("pdftoppm", "poppler-utils")
    pdf = tmp_path / "presentie.pdf"
    pdf.write_bytes(attendance.to_pdf(make(root, profile="eigen")))
    text = subprocess.run(
        [pdftotext, "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    flat = " ".join(text.split())
    assert "Presentielijst intervisie: De Dinsdaggroep" in text
    assert "te weinig aanwezigen (3; minstens 4)" in flat
    assert "Parafen" in flat and flat.count("begeleider") == 5
    assert "Anna: 2,42 van 3 uur per vijf jaar" in flat
    subprocess.run(
        [pdftoppm, "-png", "-r", "60", "-f", "2", "-l", "2", str(pdf), str(tmp_path / "page")],
        check=True,
    )
    assert list(tmp_path.glob("page*.png"))


def hostile_report() -> AttendanceReport:
    from datetime import datetime

    from intervision.group.registers import Meeting, judge, totals

    evil = "Eve\x1b[31m <b>x</b> | *y*; w\n# z"
    begin = datetime(2026, 3, 3, 19, 0)
    meeting = Meeting(
        session="2026-03-03-x",
        start=begin,
        end=begin.replace(hour=21),
        net_minutes=110,
        facilitator=evil,
        present=(evil, "Anna"),
        method="<script>alert(1)</script>",
        topic="case of " + evil,
    )
    verdicts = (judge(meeting, None),)
    return AttendanceReport(
        group="G;roup",
        lang="en",
        first=None,
        last=None,
        profile=None,
        members=(evil, "Anna"),
        verdicts=verdicts,
        totals=tuple(totals(verdicts, [evil, "Anna"], None)),
    )


def test_hostile_names_make_no_markup_and_no_escape_codes() -> None:
    report = hostile_report()
    page = attendance.to_html(report)
    assert "<script>" not in page and "<b>" not in page and "\x1b" not in page
    assert "&lt;script&gt;" in page
    text = attendance.to_markdown(report)
    assert "\x1b" not in text and "<b>" not in text and "\n# z" not in text
    rows = list(csv.reader(io.StringIO(attendance.to_csv(report, bom=False)), delimiter=";"))
    assert all(len(row) == len(rows[0]) for row in rows)  # no cell broke the row
    assert not any("\x1b" in cell for row in rows for cell in row)
    assert rows[1][7].startswith("Eve") and "\n" not in rows[1][7]


def test_no_meetings_in_the_period_says_so(root: Path) -> None:
    report = make(root, first=date(2030, 1, 1))
    assert "Geen bijeenkomsten in deze periode." in attendance.to_markdown(report)
    assert "Geen bijeenkomsten in deze periode." in attendance.to_html(report)
    assert attendance.to_csv(report, bom=False).count("\r\n") == 1  # the header only


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_built_in_profile_says_its_proof_and_source_in_the_language(lang: str) -> None:
    from intervision.group.registers import BUILTIN
    from intervision.i18n import t

    for profile in BUILTIN:
        said = attendance.rules(profile, lang)[-1]
        assert said == t(
            "report.rule.proof", lang=lang, proof=t(f"report.proof.{profile.id}", lang=lang)
        )
        if lang == "en":
            assert profile.proof in said  # the catalog's English is the profile's own text
        else:
            assert profile.proof not in said
        assert attendance.source(profile, lang) == t("report.source_builtin", lang=lang)
    own = BUILTIN[0].model_copy(update={"proof": "ons formulier", "source": "reglement"})
    assert attendance.rules(own, lang)[-1].endswith("ons formulier")
    assert attendance.source(own, lang) == "reglement"


def table_shapes(text: str) -> list[tuple[int, set[int]]]:
    """Each Markdown table's header cells against the cells of its rows (escaped pipes kept)."""
    shapes: list[tuple[int, set[int]]] = []
    header: int | None = None
    for line in [*text.splitlines(), ""]:
        if line.startswith("|"):
            cells = len(re.split(r"(?<!\\)\|", line.strip())) - 2
            if header is None:
                header, rows = cells, set()
            elif not set(line) <= set("|-: "):
                rows.add(cells)
        elif header is not None:
            shapes.append((header, rows))
            header = None
    return shapes


@pytest.mark.parametrize("member", [None, "Dirk"])
def test_every_markdown_table_has_as_many_cells_as_its_header(
    root: Path, member: str | None
) -> None:
    text = attendance.to_markdown(make(root, profile="eigen", member=member))
    shapes = table_shapes(text)
    assert len(shapes) >= 3
    assert all(rows == {header} for header, rows in shapes), shapes


@pytest.mark.slow
@pytest.mark.parametrize("member", [None, "Dirk"])
def test_the_markdown_linter_accepts_the_report(
    root: Path, tmp_path: Path, member: str | None
) -> None:
    import sys

    config = Path(__file__).with_name("pymarkdown.json")
    page = tmp_path / "presentie.md"
    page.write_text(attendance.to_markdown(make(root, profile="eigen", member=member)), "utf-8")
    lint = [sys.executable, "-m", "pymarkdown", "--strict-config", "--config", str(config)]
    done = subprocess.run(
        [*lint, "scan", str(page)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.slow
@pytest.mark.parametrize("member", [None, "Dirk"])
def test_pdf_tables_keep_whole_words(root: Path, tmp_path: Path, member: str | None) -> None:
    """The tester saw 'Begelei der', 'Afwezi g', 'Metho de': every header word fits its column."""
    pdftotext = tool("pdftotext", "poppler-utils")
    pdf = tmp_path / "presentie.pdf"
    pdf.write_bytes(attendance.to_pdf(make(root, profile="vit", member=member)))
    text = subprocess.run(
        [pdftotext, "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    words = set(text.split())
    for word in ("Begeleider", "Aanwezig", "Afwezig", "Methode", "Onderwerp", "Bijeenkomsten"):
        assert word in words, word
    if member is None:
        assert "Meegenomen" in words
    assert "bewijs: een formulier per bijeenkomst" in " ".join(text.split())
    assert "shared/reference" not in text and "a form per meeting" not in text
