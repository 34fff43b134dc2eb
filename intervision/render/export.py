"""An export: sessions in, the bytes of each output file out — pseudonymised and checked first.

Pure: folded states in, bytes out; writing is ``store/exported.py``'s job. Per session the state is
pseudonymised first (when asked), the figures are computed once from it, and the document tree for the
audience is built from both; every format renders that tree (the group's Markdown is the minutes
themselves, from the same state). With ``--pseudonymise`` every text of the tree and every line of
each output is searched for a roster, guest, facilitator or deny-list name before anything is
returned, and a name found refuses the whole export with the places (session, field).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from intervision.errors import IntervisionError
from intervision.i18n import t
from intervision.render.document import (
    Audience,
    ExportDoc,
    SessionOut,
    export_doc,
    session_doc,
    texts,
)
from intervision.render.pseudonymise import Leak, Pseudonyms
from intervision.render.pseudostate import people, pseudonymised
from intervision.session.figures import figures
from intervision.session.state import SessionState

MAX_PLACES = 20  # places listed in a refusal; the rest are counted


class Format(str, Enum):
    MD = "md"
    HTML = "html"
    JSON = "json"
    PDF = "pdf"

    def __str__(self) -> str:
        return str(self.value)


@dataclass(frozen=True)
class Output:
    """One file: ``stem`` is the session's folder name for one file per session, else ``None``."""

    stem: str | None
    data: bytes


class NotAnOwner(IntervisionError):
    """``--owner`` names someone who brought no case in the sessions chosen."""


class NamesLeft(IntervisionError):
    """A pseudonymised export that still holds a name: nothing is written."""

    def __init__(self, leaks: list[Leak]) -> None:
        super().__init__("export.leak", n=len(leaks))
        self.leaks = leaks

    def messages(self) -> list[str]:
        lines = [t("export.leak", n=len(self.leaks))]
        lines += [
            t("export.leak_place", where=leak.where, name=leak.found)
            for leak in self.leaks[:MAX_PLACES]
        ]
        if len(self.leaks) > MAX_PLACES:
            lines.append(t("export.leak_more", n=len(self.leaks) - MAX_PLACES))
        return lines


@dataclass(frozen=True)
class Stored:
    """A session as read from its folder: its folder name and its folded state."""

    folder: str
    state: SessionState


def pseudonyms_for(
    sessions: list[Stored],
    *,
    roster: Sequence[str | Sequence[str]],
    deny: list[str],
    lang: str,
) -> Pseudonyms:
    """One set of labels for the whole export: the roster's order first, then everyone else the
    sessions name in the order they appear, so a person has the same label in every session."""
    names: list[str | Sequence[str]] = list(roster)  # a member may come with their former names
    for stored in sessions:
        names += people(stored.state)
    return Pseudonyms(
        names,
        deny,
        person_label=t("report.pseudo.member", lang=lang),
        other_label=t("report.pseudo.other", lang=lang),
        someone=t("report.pseudo.someone", lang=lang),
    )


def export(
    sessions: list[Stored],
    *,
    fmt: Format,
    audience: Audience,
    lang: str,
    names: Pseudonyms | None = None,
    split: bool = False,
    owner: str | None = None,
) -> list[Output]:
    """The output files of ``sessions`` (in order): one, or one per session with ``split``; for the
    owner's copy ``owner`` keeps one person's cases (``NotAnOwner`` if they brought none)."""
    from intervision.render.minutes import render_minutes

    states = [
        Stored(s.folder, pseudonymised(s.state, names) if names else s.state) for s in sessions
    ]
    if owner is not None and audience is Audience.OWNER:
        wanted = owner.casefold()
        kept = [
            (s, p)
            for s, p in zip(sessions, states, strict=True)
            if any(o.casefold() == wanted for o in s.state.owners.values())
        ]
        if not kept:
            raise NotAnOwner("export.not_an_owner", name=owner)
        states = [p for _, p in kept]
        owner = names.label(owner) if names else owner
    parts: list[SessionOut] = []
    minutes: list[str] = []
    for stored in states:
        numbers = figures(stored.state)  # once per session: the tree and the minutes share them
        parts.append(session_doc(stored.folder, stored.state, numbers, audience, lang, owner=owner))
        if fmt is Format.MD and audience is Audience.GROUP:
            text = render_minutes(stored.state, lang=lang, numbers=numbers)
            minutes.append(_notice(text, lang) if names else text)
    whole = export_doc(parts, audience, lang=lang, pseudonymised=names is not None)
    if names is not None:
        found = names.leaks(texts(whole))
        if found:
            raise NamesLeft(found)
    groups: list[tuple[str | None, ExportDoc, list[str]]]
    if split:
        groups = [
            (part.id, whole.model_copy(update={"sessions": (part,)}), minutes[i : i + 1])
            for i, part in enumerate(parts)
        ]
    else:
        groups = [(None, whole, minutes)]
    outputs = [Output(stem, _render(doc, fmt, texts_md)) for stem, doc, texts_md in groups]
    if names is not None:
        found = []
        for (stem, doc, _), output in zip(groups, outputs, strict=True):
            label = stem or fmt.value
            if fmt is Format.PDF:
                from intervision.render.export_formats import pdf_texts

                lines = pdf_texts(doc)
            else:
                lines = output.data.decode("utf-8").splitlines()
            found += names.leaks(
                (t("export.leak_line", lang=lang, file=label, n=n), line)
                for n, line in enumerate(lines, 1)
            )
        if found:
            raise NamesLeft(found)
    return outputs


def _render(doc: ExportDoc, fmt: Format, minutes: list[str]) -> bytes:
    from intervision.render import export_formats

    if fmt is Format.JSON:
        return to_json(doc).encode("utf-8")
    if fmt is Format.HTML:
        return export_formats.to_html(doc).encode("utf-8")
    if fmt is Format.PDF:
        return export_formats.to_pdf(doc)
    if minutes:
        return _joined_minutes(doc, minutes).encode("utf-8")
    return export_formats.to_markdown(doc).encode("utf-8")


def _notice(minutes: str, lang: str) -> str:
    """The minutes with the pseudonymised notice as their first paragraph, after the front matter."""
    end = minutes.index("\n---\n", 4) + len("\n---\n") if minutes.startswith("---\n") else 0
    notice = f"**{t('export.pseudonymised', lang=lang)}**\n\n"
    return minutes[:end] + "\n" + notice + minutes[end:].lstrip("\n")


def _joined_minutes(doc: ExportDoc, minutes: list[str]) -> str:
    """One session: its minutes as they are. A series: each session under its own ``#`` title,
    without its front matter (one file holds one front matter at most)."""
    if len(minutes) == 1:
        return minutes[0]
    from intervision.render.escape import inline
    from intervision.render.export_layout import session_title

    out = []
    for session, text in zip(doc.sessions, minutes, strict=True):
        body = text.split("\n---\n", 1)[1].lstrip("\n") if text.startswith("---\n") else text
        out.append(f"# {inline(session_title(session, doc.lang))}\n\n{body}")
    return "\n".join(out)


def to_json(doc: ExportDoc) -> str:
    """The JSON export: the tree as it is, keys in the model's order, text as typed (UTF-8)."""
    return json.dumps(doc.model_dump(mode="json"), indent=2, ensure_ascii=False) + "\n"


def from_json(text: str) -> ExportDoc:
    return ExportDoc.model_validate_json(text)


def schema() -> dict[str, object]:
    data = ExportDoc.model_json_schema(mode="serialization")
    data["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    return data


def schema_text() -> str:
    """The JSON Schema as generated from the models (the shipped file is written from this)."""
    return json.dumps(schema(), indent=2, ensure_ascii=False) + "\n"


def shipped_schema_text() -> str:
    """The shipped ``minutes.schema.json``: the documented contract, the same under every pydantic."""
    return (Path(__file__).parent / "minutes.schema.json").read_text(encoding="utf-8")
