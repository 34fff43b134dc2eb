from __future__ import annotations

import html.parser

import pytest
from hypothesis import given
from hypothesis import strategies as st

from intervision.render import html_page as h

HOSTILE = "<script>alert(1)</script> <img src=x onerror=alert(1)> \x1b]0;title\x07 a & b \u202e"


class Tags(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str | None]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attrs += attrs


def parsed(page: str) -> Tags:
    tags = Tags()
    tags.feed(page)
    return tags


def test_user_text_never_makes_a_tag_in_any_building_block() -> None:
    body = [
        h.heading(1, HOSTILE),
        h.paragraph(HOSTILE),
        h.items([HOSTILE]),
        h.facts([(HOSTILE, HOSTILE)]),
        h.table([HOSTILE], [[HOSTILE]]),
        h.section([HOSTILE]),
        HOSTILE,
    ]
    page = h.page(HOSTILE, body, lang="nl")
    tags = parsed(page)
    assert "script" not in tags.tags and "img" not in tags.tags
    assert not any(name.startswith("on") for name, _ in tags.attrs)
    assert "\x1b" not in page and "\u202e" not in page and "\x07" not in page
    assert page.count("&lt;script&gt;alert(1)&lt;/script&gt;") == 10
    assert "a &amp; b" in page


def test_the_page_is_self_contained_and_forbids_scripts_and_outside_resources() -> None:
    page = h.page("T", [h.paragraph("x")])
    assert "default-src 'none'" in page
    assert "http://" not in page and "https://" not in page and "url(" not in page
    assert set(parsed(page).tags) <= {"html", "head", "meta", "title", "style", "body", "p"}


def test_print_layout_is_a4_with_a_page_break_between_parts() -> None:
    assert "@page { size: A4" in h.CSS
    assert "section.part + section.part { break-before: page" in h.CSS
    assert 'name="viewport"' in h.page("T", [])


def test_line_breaks_in_user_text_stay_and_markup_is_not_escaped_twice() -> None:
    assert h.paragraph("een\r\ntwee") == "<p>een<br>twee</p>"
    assert h.paragraph([h.inline("a<"), "b>"]) == "<p>a&lt;b&gt;</p>"


@pytest.mark.parametrize(("numeric", "sign", "cls"), [((1,), (), "num"), ((), (1,), "sign")])
def test_table_columns_get_their_class(
    numeric: tuple[int, ...], sign: tuple[int, ...], cls: str
) -> None:
    out = h.table(["a", "b"], [["1", "2"]], numeric=numeric, sign=sign)
    assert f'<td class="{cls}">2</td>' in out and "<td>1</td>" in out


@given(st.text())
def test_no_typed_text_makes_markup(value: str) -> None:
    out = h.paragraph(value) + h.table([value], [[value]]) + h.facts([(value, value)])
    tags = parsed(out).tags
    assert set(tags) <= {
        "p",
        "br",
        "div",
        "table",
        "thead",
        "tbody",
        "tr",
        "th",
        "td",
        "dl",
        "dt",
        "dd",
    }
    assert tags.count("p") == 1 and tags.count("table") == 1
