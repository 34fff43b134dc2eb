"""What can be saved of a session whose journal lost its start: every note, agreement and score.

Without the first line the method, the members and the agenda are unknown, so there are no phases,
turns or times to show; but every other line still says who said what in which phase. This document
lists exactly that, in journal order, with what was taken back left out, under a warning that says
what is wrong. Pure: events in, Markdown out; user text goes through ``escape`` like the minutes.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from intervision.i18n import t
from intervision.render.escape import block, inline
from intervision.session.events import Event, Kind


def render_recovered(events: Sequence[Event], *, folder: str, problem: str, lang: str) -> str:
    """``events`` as ``Event.from_dict`` read them (every payload of the type its kind names)."""
    usable = [e for e in events if e.kind is not Kind.STARTED]
    removed = {_data(e)["note"] for e in usable if e.kind is Kind.NOTE_REMOVED}
    kept = [e for e in usable if e.seq not in removed]
    notes = [e for e in kept if e.kind is Kind.NOTE]
    agreements = [e for e in kept if e.kind is Kind.AGREEMENT]
    scores = [e for e in kept if e.kind is Kind.SCORE]
    owners = {_data(e)["case"]: _data(e)["member"] for e in kept if e.kind is Kind.OWNER_CHOSEN}

    def tr(key: str, **fields: object) -> str:
        return t(key, lang=lang, **fields)

    out = [
        f"# {tr('minutes.recovered.title', folder=inline(folder))}",
        f"**{tr('minutes.recovered.warning', problem=inline(problem))}**",
        f"*{tr('minutes.confidential')}*",
    ]
    if owners:
        out.append(f"## {tr('minutes.recovered.owners')}")
        out.append(
            "\n".join(
                f"- {tr('minutes.section.case_n', n=case)}: {inline(who)}"
                for case, who in sorted(owners.items())
            )
        )
    out.append(f"## {tr('minutes.recovered.notes')}")
    out.append("\n".join(_note(e, lang) for e in notes) or tr("minutes.recovered.none"))
    out.append(f"## {tr('minutes.agreements')}")
    out.append(
        "\n".join(
            f"- **{inline(_data(e)['who'])}:** {inline(_data(e)['what'])}"
            + (f" ({inline(_data(e)['by'])})" if _data(e).get("by") else "")
            for e in agreements
        )
        or tr("minutes.no_agreements")
    )
    out.append(f"## {tr('minutes.evaluation')}")
    out.append(
        "\n".join(f"- **{inline(_data(e)['member'])}:** {_data(e)['value']}" for e in scores)
        or tr("minutes.no_scores")
    )
    return "\n\n".join(out) + "\n"


def _data(event: Event) -> dict[str, Any]:
    return dict(event.data)


def _note(event: Event, lang: str) -> str:
    data = _data(event)
    speaker = data.get("speaker")
    kind = data["note_kind"]
    try:
        kind_word = t(f"minutes.kind.{kind}", lang=lang)
    except KeyError:
        kind_word = kind
    who = f"**{inline(speaker)}** " if speaker and inline(speaker) else ""
    return (
        f"- {who}({inline(kind_word)}, {inline(data['phase'])}): {block(data['text'], indent='  ')}"
    )
