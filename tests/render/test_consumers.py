"""The minutes read by the tools people use: a Markdown linter, pandoc (HTML and DOCX) and kramdown.

Slow: they run real programs. pymarkdown comes with the test extra; pandoc and kramdown (Jekyll's
renderer) are system packages (``apt-get install -y pandoc ruby-kramdown``; ``.ci/run`` installs them).
In CI (``CI=true``) a missing tool fails the test; on a developer's machine it is skipped.
"""

from __future__ import annotations

import html
import html.parser
import os
import re
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from intervision.protocol.loader import load_protocol
from intervision.protocol.model import Capture, Protocol
from intervision.render.minutes import render_minutes
from intervision.session.clock import FakeClock
from intervision.session.engine import OwnerRequired, SessionEngine

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
CONFIG = Path(__file__).with_name("pymarkdown.json")
WALL = "2026-12-01T13:30:00+01:00"
BUNDLED = sorted((ROOT / "protocols").glob("*/*.yaml"))
TEXTS = [
    "R&D en AT&T; &amp; &#60; als getypt",
    "2^10^ of x^2, H~2~O en ~5 minuten, ~~doorgestreept~~",
    "# kop | cel | <b>vet</b> *nadruk* _ook_ `code` [link](x) {.klasse} $x$",
    "1. lijst\n- punt\n> citaat\n---\n===\n: definitie\n(@) voorbeeld",
    "regel een\nregel twee",
]


def tool(name: str, package: str, check: list[str] | None = None) -> str:
    found = shutil.which(name)
    if found and (
        check is None or subprocess.run([found, *check], capture_output=True).returncode == 0
    ):
        return found
    if os.environ.get("CI") == "true":
        pytest.fail(f"{package} is not installed; .ci/run installs it")
    pytest.skip(f"{package} is not installed (apt-get install -y {package})")


def visible(page: str) -> str:
    """The text of an HTML body as a reader sees it."""
    body = page.split("<body>", 1)[-1]
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", body)).split())


# What a reader must see of TEXTS, character for character (dashes and quotes untouched by them).
AS_TYPED = [
    "R&D en AT&T; &amp; &#60; als getypt",
    "2^10^ of x^2, H~2~O en ~5 minuten, ~~doorgestreept~~",
    "# kop | cel | <b>vet</b> *nadruk* _ook_ `code` [link](x) {.klasse} $x$",
    "(@) voorbeeld",
]


def walk(protocol: Protocol, *, end_early: bool = False) -> str:
    """A whole session of ``protocol`` with awkward text in every phase; its minutes."""
    clock = FakeClock()
    members = ["Anna", "Bram", "Cor", "Dirk"]
    engine = SessionEngine.start(
        protocol,
        members=members,
        facilitator="Fenna",
        clock=clock,
        sink=lambda event: None,
        wall=lambda: WALL,
        cases=min(2, protocol.cases) if protocol.cases else None,
    )

    def step(command: Callable[[], None]) -> None:
        try:
            command()
        except OwnerRequired as needed:
            taken = set(engine.state.owners.values())
            owner = next(m for m in members if m not in taken)
            engine.choose_owner(needed.case, owner, f"Casus van {owner} & co")
            command()

    step(engine.agree_rules)
    texts = iter(TEXTS * 100)
    steps = 0
    while not engine.state.ended:
        clock.advance(70)
        steps += 1
        captures = engine.state.current.phase.captures
        if Capture.SCORES in captures:
            engine.score(members[steps % 4], 7 + steps % 3)
        if Capture.AGREEMENTS in captures:
            engine.agree("Bram", next(texts), "volgende keer")
        engine.note(next(texts))
        if end_early and steps == 6:
            engine.end()
            break
        step(engine.next)
    return render_minutes(engine.state, lang=protocol.language)


@pytest.fixture(scope="module")
def minutes_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("minutes")
    for path in BUNDLED:
        protocol = load_protocol(path)
        name = f"{path.parent.name}-{path.stem}"
        (folder / f"{name}.md").write_text(walk(protocol), encoding="utf-8")
    early = load_protocol(ROOT / "protocols" / "nl" / "begeleide-intervisie.yaml")
    (folder / "early.md").write_text(walk(early, end_early=True), encoding="utf-8")
    return folder


def test_every_bundled_method_gives_minutes_the_linter_accepts(minutes_dir: Path) -> None:
    files = sorted(minutes_dir.glob("*.md"))
    assert len(files) == len(BUNDLED) + 1 >= 10
    done = subprocess.run(
        [sys.executable, "-m", "pymarkdown", "--strict-config", "--config", str(CONFIG), "scan"]
        + [str(f) for f in files],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout + done.stderr


class _Html(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.attrs: dict[str, dict[str, str | None]] = {}
        self.meta: dict[str, str] = {}
        self.title = ""
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attrs.setdefault(tag, dict(attrs))
        found = dict(attrs)
        if tag == "meta" and found.get("name"):
            self.meta[str(found["name"])] = str(found.get("content"))
        self._in_title = tag == "title"

    def handle_endtag(self, tag: str) -> None:
        self._in_title = False

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data


@pytest.mark.parametrize(
    ("name", "lang", "title"),
    [
        ("nl-begeleide-intervisie", "nl", "Verslag intervisie 2026-12-01"),
        ("en-begeleide-intervisie", "en", "Intervision minutes 2026-12-01"),
        ("early", "nl", "Verslag intervisie 2026-12-01"),
    ],
)
def test_pandoc_html_reads_title_author_date_and_language_once(
    minutes_dir: Path, name: str, lang: str, title: str
) -> None:
    pandoc = tool("pandoc", "pandoc")
    out = subprocess.run(
        [pandoc, str(minutes_dir / f"{name}.md"), "--standalone", "--to", "html5", "--wrap=none"],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    page = _Html()
    page.feed(out.stdout)
    assert page.title == title
    assert page.attrs["html"]["lang"] == lang
    assert page.meta["author"] == "Fenna"
    assert page.meta["dcterms.date"] == "2026-12-01"
    assert page.tags.count("h1") == 1  # pandoc's title block; no heading repeats it
    text = visible(out.stdout)
    assert "\\" not in text  # no stray backslashes
    if name != "early":
        assert all(typed in text for typed in AS_TYPED), text
    assert "warning" not in out.stderr.lower(), out.stderr


def test_pandoc_docx_reads_title_author_date_and_language(
    minutes_dir: Path, tmp_path: Path
) -> None:
    pandoc = tool("pandoc", "pandoc")
    target = tmp_path / "minutes.docx"
    subprocess.run(
        [pandoc, str(minutes_dir / "nl-begeleide-intervisie.md"), "-o", str(target)],
        capture_output=True,
        timeout=120,
        check=True,
    )
    with zipfile.ZipFile(target) as docx:
        core = docx.read("docProps/core.xml").decode("utf-8")
        document = docx.read("word/document.xml").decode("utf-8")
    assert "<dc:title>Verslag intervisie 2026-12-01</dc:title>" in core
    assert "<dc:creator>Fenna</dc:creator>" in core
    assert "<dc:language>nl</dc:language>" in core
    assert re.search(r'w:val="Date".*?2026-12-01', document, re.DOTALL)
    assert document.count('w:val="Title"') == 1


def test_kramdown_shows_typed_text_as_typed(minutes_dir: Path) -> None:
    """Jekyll renders with kramdown, which takes fewer backslash escapes than CommonMark."""
    ruby = tool("ruby", "ruby-kramdown", ["-rkramdown", "-e", "1"])
    script = (
        "src = File.read(ARGV[0]).split(/^---$/, 3)[2]; puts Kramdown::Document.new(src).to_html"
    )
    for name in ("nl-incidentmethode", "en-begeleide-intervisie"):
        out = subprocess.run(
            [ruby, "-rkramdown", "-e", script, str(minutes_dir / f"{name}.md")],
            capture_output=True,
            text=True,
            timeout=120,
            check=True,
        )
        text = visible(out.stdout)
        assert "\\" not in text, text
        assert all(typed in text for typed in AS_TYPED), text
        assert " --- " in text  # a typed '---' line stays three hyphens, no dash
