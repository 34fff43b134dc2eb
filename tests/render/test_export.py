"""Every format for one session and for a series, the JSON document and its schema, the leak check."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

import intervision
from intervision.render.document import Audience
from intervision.render.export import (
    Format,
    NamesLeft,
    Stored,
    export,
    from_json,
    pseudonyms_for,
    schema,
    to_json,
)
from intervision.render.minutes import render_minutes
from intervision.session.values import NoteKind
from intervision.store import recording
from tests.render.named_series import DENY, ROSTER, write_series
from tests.schema_equal import same_schema

SCHEMA_FILE = Path(intervision.__file__).parent / "render" / "minutes.schema.json"


@pytest.fixture(scope="module")
def series(tmp_path_factory: pytest.TempPathFactory) -> list[Stored]:
    root = write_series(tmp_path_factory.mktemp("series"), 3)
    return [Stored(f.name, recording.read(f).state) for f in sorted((root / "sessions").iterdir())]


def one(
    stored: list[Stored], fmt: Format, audience: Audience = Audience.GROUP, **kw: object
) -> bytes:
    outputs = export(stored, fmt=fmt, audience=audience, lang="nl", **kw)  # type: ignore[arg-type]
    assert len(outputs) == 1
    return outputs[0].data


def test_the_groups_markdown_of_one_session_is_its_minutes(series: list[Stored]) -> None:
    text = one(series[:1], Format.MD).decode()
    assert text == render_minutes(series[0].state, lang="nl")


def test_a_series_is_one_document_in_order_or_one_file_per_session(series: list[Stored]) -> None:
    for fmt in Format:
        whole = export(series, fmt=fmt, audience=Audience.MEMBERS, lang="nl")
        split = export(series, fmt=fmt, audience=Audience.MEMBERS, lang="nl", split=True)
        assert len(whole) == 1 and [o.stem for o in split] == [s.folder for s in series]
        if fmt is not Format.PDF:
            text = whole[0].data.decode()
            days = [text.index(s.folder[:10]) for s in series]
            assert days == sorted(days)
    md = one(series, Format.MD).decode()
    assert md.count("\n# ") + md.startswith("# ") == 3 and "---\ntitle:" not in md


def test_html_has_a_section_per_session_and_escapes_every_note(series: list[Stored]) -> None:
    page = one(series, Format.HTML).decode()
    assert page.count('<section class="part">') == 3
    assert "<script" not in page
    for note in series[0].state.notes:
        if "'" in note.text:
            assert note.text.replace("'", "&#x27;") in page
            break
    else:
        pytest.fail("no note with a quote to check")


def test_json_round_trips_and_validates_against_the_shipped_schema(series: list[Stored]) -> None:
    for audience in Audience:
        text = one(series, Format.JSON, audience).decode()
        data = json.loads(text)
        assert data["format"] == "intervision.minutes/1" and data["audience"] == audience.value
        jsonschema.validate(data, json.loads(SCHEMA_FILE.read_text(encoding="utf-8")))
        assert to_json(from_json(text)) == text


def test_json_holds_what_a_script_wants(series: list[Stored]) -> None:
    data = json.loads(one(series, Format.JSON))
    session = data["sessions"][1]
    assert session["started"] == "2025-01-13T19:00:00+01:00"
    note = session["phases"][0]["notes"][0]
    assert set(note) == {"kind", "speaker", "text", "at_seconds"}
    assert {a["status"] for a in session["agreements"]} == {"open"}
    assert {r["outcome"] for r in session["reviewed"]} <= {"done", "partly"}
    assert {s["dimension"] for s in session["scores"]} == {"usefulness", "safety"}
    dimensions = session["score_dimensions"]
    assert [(d["dimension"], d["title"]) for d in dimensions] == [
        ("usefulness", "nut"),
        ("safety", "veiligheid"),
    ]
    for d in dimensions:  # the figures' mean of the members' means, as the minutes say it
        means = [m["mean"] for m in d["members"]]
        assert d["mean"] == pytest.approx(sum(means) / len(means))
        assert d["count"] == sum(len(m["values"]) for m in d["members"])
    assert abs(sum(s["share"] for s in session["speakers"]) - 1) < 1e-9


def test_the_shipped_schema_is_the_models_schema() -> None:
    shipped = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    assert same_schema(shipped, schema()), (
        "run: intervision export schema > intervision/render/minutes.schema.json"
    )


def test_pseudonymised_output_keeps_no_name_and_says_it_is_not_anonymous(
    series: list[Stored],
) -> None:
    names = pseudonyms_for(series, roster=ROSTER, deny=DENY, lang="nl")
    for fmt in (Format.MD, Format.HTML, Format.JSON):
        text = one(series, fmt, names=names).decode()
        assert names.leaks([("x", text)]) == []
        assert ("Gepseudonimiseerd" in text) is (fmt is not Format.JSON)
        assert "anoniem" not in text.replace("niet anoniem", "")
    data = json.loads(one(series, Format.JSON, names=names))
    assert data["pseudonymised"] is True
    # the same person carries the same label in every session
    facilitators = {s["facilitator"] for s in data["sessions"]}
    assert len(facilitators) == 1 and facilitators != {"Fenna Smit"}


def test_a_name_the_pseudonymiser_cannot_see_refuses_with_its_places(series: list[Stored]) -> None:
    # The method's own texts are not rewritten: a group's method named after a member leaks.
    state = series[1].state
    renamed = state.protocol.model_copy(update={"title": "Methode van Bram Jansen"})
    leaky = [series[0], Stored(series[1].folder, _with_protocol(state, renamed))]
    names = pseudonyms_for(leaky, roster=ROSTER, deny=DENY, lang="nl")
    with pytest.raises(NamesLeft) as refused:
        export(leaky, fmt=Format.HTML, audience=Audience.GROUP, lang="nl", names=names)
    places = [leak.where for leak in refused.value.leaks]
    assert f"{series[1].folder}: protocol_title" in places
    assert all(series[0].folder not in place for place in places)
    message = str(refused.value)
    assert "Niets geschreven" in message or "Nothing written" in message
    assert f"{series[1].folder}: protocol_title: Bram Jansen" in message


def _with_protocol(state: object, protocol: object) -> object:
    import copy

    out = copy.copy(state)
    out.protocol = protocol  # type: ignore[attr-defined]
    return out


def test_the_pdfs_own_words_are_checked_too(series: list[Stored]) -> None:
    # 'Vertrouwelijk' stands only in the PDF's page footer: on a deny list it must be found there.
    names = pseudonyms_for(series[:1], roster=ROSTER, deny=["Vertrouwelijk"], lang="nl")
    with pytest.raises(NamesLeft) as refused:
        export(series[:1], fmt=Format.PDF, audience=Audience.MEMBERS, lang="nl", names=names)
    assert [leak.where for leak in refused.value.leaks if leak.found == "Vertrouwelijk"]
    assert any(leak.where.startswith("pdf: regel") for leak in refused.value.leaks)


@pytest.mark.slow
@pytest.mark.parametrize("audience", [Audience.OWNER, Audience.MEMBERS])
def test_the_copies_markdown_passes_the_linter(
    series: list[Stored], tmp_path: Path, audience: Audience
) -> None:
    import subprocess
    import sys

    path = tmp_path / "copy.md"
    path.write_bytes(one(series, Format.MD, audience))
    config = Path(__file__).with_name("pymarkdown.json")
    lint = subprocess.run(
        [
            sys.executable,
            "-m",
            "pymarkdown",
            "--strict-config",
            "--config",
            str(config),
            "scan",
            str(path),
        ],
        capture_output=True,
        text=True,
    )
    assert lint.returncode == 0, lint.stdout + lint.stderr


@pytest.mark.parametrize("guide", ["export.md", "export.nl.md"])
def test_the_guides_json_example_names_only_fields_of_the_schema(guide: str) -> None:
    text = (Path(__file__).parents[2] / "docs" / guide).read_text(encoding="utf-8")
    example = json.loads(text.split("```json\n", 1)[1].split("```", 1)[0])
    shipped = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    defs = shipped["$defs"]

    def check(value: object, node: dict[str, object], where: str) -> None:
        while "$ref" in node or "anyOf" in node:
            if "$ref" in node:
                node = defs[str(node["$ref"]).rsplit("/", 1)[1]]
            else:
                node = next(n for n in node["anyOf"] if n.get("type") != "null")  # type: ignore[attr-defined, union-attr]
        if isinstance(value, dict):
            props = node["properties"]
            assert isinstance(props, dict)
            for key, item in value.items():
                assert key in props, f"{guide}: {where}.{key} is not in the schema"
                check(item, props[key], f"{where}.{key}")
        elif isinstance(value, list) and value:
            check(value[0], node["items"], f"{where}[0]")  # type: ignore[arg-type]

    check(example, shipped, "")
    assert set(example["sessions"][0]) == set(defs["SessionOut"]["properties"]) - {
        "lang",
        "rehearsal",
        "protocol",
        "protocol_title",
        "group",
    }


@pytest.mark.parametrize("kind", list(NoteKind))
def test_every_note_kind_has_its_word_in_both_languages_in_every_export(kind: NoteKind) -> None:
    from intervision.i18n.messages import MESSAGES
    from intervision.render.document import NoteOut
    from intervision.render.export_layout import _note
    from intervision.render.minutes import kind_word

    entry = MESSAGES[f"minutes.kind.{kind.value}"]
    for lang in ("nl", "en"):
        assert kind_word(kind.value, lang) == entry[lang]
        note = NoteOut.model_construct(kind=kind.value, speaker="Bram", text="x")
        assert _note(note, lang) == f"{entry[lang]} · Bram: x"
