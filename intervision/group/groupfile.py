"""The group file (``intervision-group.yaml``): who the group is and how it usually meets.

The same strictness as protocols: strict types, unknown keys refused with a suggestion, custom checks as
``PydanticCustomError`` whose type names a message ``group.err.<type>``; a ``ctx["at"]`` path points the
error at the member it is about. Dates are written ``2026-03-01`` and stay text in YAML 1.2, so a
validator turns them into dates here.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    WithJsonSchema,
    model_validator,
)
from pydantic_core import PydanticCustomError

from intervision.group.registers import RegisterProfile
from intervision.protocol.model import SLUG
from intervision.store.workspace import spelled_language

GROUP_SCHEMA_FILE = "intervision-group.schema.json"

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# Characters that mean something on the command line and at the session prompt: "Anna,Bram",
# "Bram: a note", "/agree Anna: … | by Monday", "--absent 'Cees: ill'".
_NAME_FORBIDDEN = re.compile(r"[,;:|\x00-\x1f\x7f-\x9f]")


def _as_date(value: Any) -> Any:
    if isinstance(value, date):
        return value
    if isinstance(value, str) and _DATE.match(value):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    raise PydanticCustomError("date", "a date written as 2026-03-01")


def _language(value: Any) -> Any:
    """Keep the file strict, but name the code when a language is spelled out (``nederlands``)."""
    if isinstance(value, str) and value not in ("nl", "en"):
        code = spelled_language(value)
        if code:
            raise PydanticCustomError(
                "language_spelled", "{suggestion}", {"got": value.strip(), "suggestion": code}
            )
    return value


def check_name(value: str) -> str:
    """A person's name as the roster keeps it: trimmed, no separators or control characters."""
    name = value.strip()
    if not name:
        raise PydanticCustomError("name_empty", "a name")
    if _NAME_FORBIDDEN.search(name) or name.startswith("/"):
        raise PydanticCustomError("name_chars", "no , ; : | and no leading /")
    return name


Day = Annotated[
    date,
    BeforeValidator(_as_date),
    WithJsonSchema({"type": "string", "format": "date", "pattern": _DATE.pattern}),
]
_NAME_SCHEMA = r"^\s*[^\s,;:|/\u0000-\u001f\u007f-\u009f][^,;:|\u0000-\u001f\u007f-\u009f]*$"
Name = Annotated[
    str,
    Field(min_length=1, max_length=60),
    AfterValidator(check_name),
    WithJsonSchema({"type": "string", "minLength": 1, "maxLength": 60, "pattern": _NAME_SCHEMA}),
]
Slug = Annotated[str, Field(pattern=SLUG, max_length=60)]
Text = Annotated[str, Field(min_length=1, max_length=200)]


class _Strict(BaseModel):
    model_config = ConfigDict(
        strict=True, extra="forbid", frozen=True, hide_input_in_errors=True, defer_build=True
    )


class Member(_Strict):
    """One member. Written as a bare name, or as a mapping when a date or a former name is known."""

    name: Name = Field(description="The name used in sessions and minutes.")
    joined: Day | None = Field(
        default=None, description="First day the member is expected (2026-03-01); empty: always."
    )
    left: Day | None = Field(
        default=None,
        description="The day the member left: from then on no longer expected. History is kept.",
    )
    formerly: list[Name] = Field(
        default_factory=list,
        description="Earlier names (after a rename): old sessions under these names are theirs.",
    )

    @model_validator(mode="before")
    @classmethod
    def _bare_name(cls, data: Any) -> Any:
        return {"name": data} if isinstance(data, str) else data

    @model_validator(mode="after")
    def _ordered(self) -> Member:
        if self.joined and self.left and self.left < self.joined:
            raise PydanticCustomError("left_before_joined", "left after joined")
        return self

    @property
    def aliases(self) -> tuple[str, ...]:
        """Every name this member is known by, the current one first."""
        return (self.name, *self.formerly)

    def active_on(self, day: date) -> bool:
        """Expected on ``day``: joined on or before it, and not yet left."""
        return (self.joined is None or self.joined <= day) and (
            self.left is None or day < self.left
        )


class GroupFile(_Strict):
    """A group of colleagues who meet in a series of sessions."""

    model_config = ConfigDict(
        title="intervision group",
        json_schema_extra={"description": "An intervision group: members and defaults."},
    )

    name: Text = Field(description="The group's name, shown in the minutes.")
    language: Annotated[Literal["nl", "en"], BeforeValidator(_language)] = Field(
        default="nl", description="Language of the sessions and minutes: nl or en."
    )
    protocol: Slug | None = Field(
        default=None, description="The method used when 'run' is given none (a protocol id)."
    )
    minutes: Annotated[float, Field(gt=0, le=1440)] | None = Field(
        default=None, description="The usual length of a session in minutes."
    )
    facilitator: Name | None = Field(
        default=None, description="Who always facilitates (leave out when the group rotates)."
    )
    facilitator_rota: list[Name] = Field(
        default_factory=list,
        description="Members who take turns facilitating, instead of one fixed facilitator.",
    )
    members: list[Member] = Field(
        min_length=1, description="The members: a name, or name with joined / left / formerly."
    )
    scores: list[Slug] = Field(
        default_factory=list,
        description="The group's own evaluation dimensions, e.g. [nut, veiligheid].",
    )
    scores_shown: Literal["all", "means"] = Field(
        default="all",
        description="What the minutes and exported copies show of the evaluation: every member's "
        "scores (all) or only the group's means and how many scored (means).",
    )
    deny_list: list[Text] = Field(
        default_factory=list,
        description="Other names (clients, places, organisations) that a pseudonymised export "
        "replaces, besides the members' names.",
    )
    registers: list[RegisterProfile] = Field(
        default_factory=list,
        description="The group's own register profiles for 'intervision report attendance "
        "--profile' (an id of a built-in one replaces it).",
    )

    @model_validator(mode="after")
    def _consistent(self) -> GroupFile:
        seen: dict[str, int] = {}
        for index, member in enumerate(self.members):
            for alias_index, alias in enumerate(member.aliases):
                key = alias.casefold()
                if key in seen and seen[key] != index:
                    at: tuple[int | str, ...] = (
                        ("members", index, "name")
                        if alias_index == 0
                        else ("members", index, "formerly", alias_index - 1)
                    )
                    raise PydanticCustomError(
                        "duplicate_member",
                        "{name}",
                        {"name": alias, "first": seen[key] + 1, "at": at},
                    )
                seen.setdefault(key, index)
        ids: set[str] = set()
        for index, profile in enumerate(self.registers):
            if profile.id in ids:
                raise PydanticCustomError(
                    "duplicate_register",
                    "{id}",
                    {"id": profile.id, "at": ("registers", index, "id")},
                )
            ids.add(profile.id)
        scores: set[str] = set()
        for index, score in enumerate(self.scores):
            if score in scores:
                raise PydanticCustomError(
                    "duplicate_score", "{id}", {"id": score, "at": ("scores", index)}
                )
            scores.add(score)
        if self.facilitator and self.facilitator_rota:
            raise PydanticCustomError(
                "facilitator_both", "facilitator or facilitator_rota", {"at": ("facilitator",)}
            )
        for index, name in enumerate(self.facilitator_rota):
            if name.casefold() not in seen:
                raise PydanticCustomError(
                    "rota_not_member", "{name}", {"name": name, "at": ("facilitator_rota", index)}
                )
        return self
