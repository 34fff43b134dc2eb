"""A session with the whole group's agreements (made and reviewed), exported pseudonymised in both
languages, every format and every audience: the group is nobody's name."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from intervision.i18n import t
from intervision.render.document import Audience
from intervision.render.export import Format, NamesLeft, Stored, export, pseudonyms_for
from intervision.render.pseudonymise import Pseudonyms
from intervision.render.pseudostate import people
from tests.render.group_session import FACILITATOR, GUEST, MEMBERS, group_session


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_whole_group_is_not_a_person(lang: str) -> None:
    state, _ = group_session(lang)
    everyone = t("ui.whole_group", lang=lang)
    assert any(a.who == everyone for a in state.agreements)
    assert any(r.who == everyone for r in state.reviews)
    assert everyone not in people(state)


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("fmt", list(Format))
@pytest.mark.parametrize("audience", list(Audience))
def test_a_pseudonymised_export_with_group_agreements_is_written(
    lang: str, fmt: Format, audience: Audience
) -> None:
    state, _ = group_session(lang)
    stored = [Stored("2026-12-01-begeleide-intervisie", state)]
    names = pseudonyms_for(stored, roster=MEMBERS, deny=[], lang=lang)
    owner = "Eva Visser" if audience is Audience.OWNER else None
    outputs = export(stored, fmt=fmt, audience=audience, lang=lang, names=names, owner=owner)
    assert outputs and outputs[0].data
    if fmt is not Format.PDF:
        text = outputs[0].data.decode("utf-8")
        for name in [*MEMBERS, GUEST, FACILITATOR]:
            assert not re.search(rf"\b{name.split()[0]}\b", text), name
        if audience is not Audience.OWNER:
            assert t("ui.whole_group", lang=lang) in text


@pytest.mark.parametrize(
    ("lang", "word", "line"), [("nl", "Vertrouwelijk", "regel"), ("en", "Confidential", "line")]
)
def test_a_refusal_names_the_line_in_its_own_language(lang: str, word: str, line: str) -> None:
    state, _ = group_session(lang)
    stored = [Stored("2026-12-01-begeleide-intervisie", state)]
    # A word only the minutes' own sentence holds: found in the output's lines, not in the tree.
    names = Pseudonyms([word])
    with pytest.raises(NamesLeft) as refused:
        export(stored, fmt=Format.MD, audience=Audience.GROUP, lang=lang, names=names)
    places = [leak.where for leak in refused.value.leaks]
    assert places
    assert all(re.fullmatch(rf"md: {line} \d+", where) for where in places), places


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_one_case_with_two_core_question_versions_has_one_core_question_heading(
    lang: str,
) -> None:
    from intervision.render.minutes import render_minutes

    state, _ = group_session(lang)
    text = render_minutes(state, lang=lang)
    singular = t("minutes.core_question", lang=lang)
    headings = [line for line in text.splitlines() if line.startswith("#")]
    assert f"## {singular}" in headings
    assert f"## {t('minutes.core_questions', lang=lang)}" not in headings  # one case
    assert len({h.casefold() for h in headings}) == len(headings), headings


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("audience", list(Audience))
def test_the_group_sessions_markdown_passes_the_linter(
    lang: str, audience: Audience, tmp_path: Path
) -> None:
    state, _ = group_session(lang)
    stored = [Stored("2026-12-01-begeleide-intervisie", state)]
    owner = "Eva Visser" if audience is Audience.OWNER else None
    path = tmp_path / "out.md"
    path.write_bytes(
        export(stored, fmt=Format.MD, audience=audience, lang=lang, owner=owner)[0].data
    )
    config = Path(__file__).with_name("pymarkdown.json")
    command = [sys.executable, "-m", "pymarkdown", "--strict-config", "--config", str(config)]
    lint = subprocess.run(
        [*command, "scan", str(path)],
        capture_output=True,
        text=True,
    )
    assert lint.returncode == 0, lint.stdout + lint.stderr


def test_the_groups_markdown_computes_the_figures_once(monkeypatch: pytest.MonkeyPatch) -> None:
    import intervision.render.export as export_module
    import intervision.render.minutes as minutes_module
    from intervision.render.minutes import render_minutes
    from intervision.session.figures import figures

    state, _ = group_session("nl")
    calls: list[object] = []

    def counted(*args: object, **kw: object) -> object:
        calls.append(args[0])
        return figures(*args, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(export_module, "figures", counted)
    monkeypatch.setattr(minutes_module, "figures", counted)
    stored = [Stored("2026-12-01-begeleide-intervisie", state)]
    text = export(stored, fmt=Format.MD, audience=Audience.GROUP, lang="nl")[0].data.decode()
    assert len(calls) == 1
    monkeypatch.undo()
    assert text == render_minutes(state, lang="nl")


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_front_matter_lists_members_present_and_guests_apart(lang: str) -> None:
    import yaml

    from intervision.render.minutes import render_minutes

    state, _ = group_session(lang)
    meta = yaml.safe_load(render_minutes(state, lang=lang).split("\n---\n", 1)[0][4:])
    assert meta["members"] == MEMBERS[:3]
    assert meta["guests"] == [GUEST]


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_members_copy_holds_every_reviewed_agreement_with_its_outcome(lang: str) -> None:
    from intervision.render.export import from_json

    state, _ = group_session(lang)
    stored = [Stored("2026-12-01-begeleide-intervisie", state)]
    doc = from_json(export(stored, fmt=Format.JSON, audience=Audience.MEMBERS, lang=lang)[0].data)
    session = doc.sessions[0]
    assert [(r.who, r.outcome) for r in session.reviewed] == [
        (r.who, r.outcome.value) for r in state.reviews
    ]
    assert {r.outcome for r in session.reviewed} >= {"partly", "not-done", "renewed"}
    assert [a.what for a in session.agreements] == [a.what for a in state.agreements]
    text = export(stored, fmt=Format.MD, audience=Audience.MEMBERS, lang=lang)[0].data.decode()
    for r in state.reviews:
        assert f"| {r.who} | {r.what} |" in text


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_owner_chosen_over_the_proposed_one_is_told_with_the_reason(lang: str) -> None:
    from intervision.render.export import from_json
    from intervision.render.minutes import render_minutes
    from tests.render.group_session import SWAP_REASON

    state, _ = group_session(lang)
    said = t(
        "minutes.owner_swap_reason",
        lang=lang,
        proposed="Bram Jansen",
        owner="Eva Visser",
        reason=SWAP_REASON,
    )
    assert f"*{said}*" in render_minutes(state, lang=lang)
    stored = [Stored("2026-12-01-begeleide-intervisie", state)]
    for fmt in (Format.HTML,):
        assert said in export(stored, fmt=fmt, audience=Audience.GROUP, lang=lang)[0].data.decode()
    doc = from_json(export(stored, fmt=Format.JSON, audience=Audience.GROUP, lang=lang)[0].data)
    case = doc.sessions[0].cases[0]
    assert (case.owner, case.proposed, case.swap_reason) == (
        "Eva Visser",
        "Bram Jansen",
        SWAP_REASON,
    )
    # The owner's copy is the owner's: whom the group proposed instead stays out.
    owner = from_json(
        export(stored, fmt=Format.JSON, audience=Audience.OWNER, lang=lang, owner="Eva Visser")[
            0
        ].data
    )
    assert owner.sessions[0].cases[0].proposed is None
    names = pseudonyms_for(stored, roster=MEMBERS, deny=[], lang=lang)
    hidden = export(stored, fmt=Format.MD, audience=Audience.GROUP, lang=lang, names=names)[0]
    assert "Bram" not in hidden.data.decode()
