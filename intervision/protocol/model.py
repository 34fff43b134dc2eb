"""The protocol model: what a method file may say, checked strictly.

Strict mode keeps YAML's loose typing out (``minutes: yes`` is not one minute); ``extra="forbid"`` turns a
typo into an error with a suggestion. Custom checks raise ``PydanticCustomError`` whose type names a
message in the catalog (``protocol.err.<type>``).
"""

from __future__ import annotations

from enum import Enum
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, Strict, model_validator
from pydantic_core import PydanticCustomError

SLUG = r"^[a-z0-9]+(-[a-z0-9]+)*$"

Slug = Annotated[str, Field(pattern=SLUG, max_length=60)]
Text = Annotated[str, Field(min_length=1)]
Minutes = Annotated[float, Field(gt=0, le=600)]


class Pattern(str, Enum):
    """Who speaks in a phase."""

    OWNER = "owner"
    FACILITATOR = "facilitator"
    Q_AND_A = "q-and-a"
    ROUND = "round"
    ROUND_ALL = "round-all"
    OPEN = "open"
    SILENT_OWNER = "silent-owner"
    WRITE = "write"
    PLENARY = "plenary"

    @property
    def takes_turns(self) -> bool:
        return self in (Pattern.ROUND, Pattern.ROUND_ALL)

    @property
    def leaves_out_owner(self) -> bool:
        """Members only: the owner answers, listens or is away, but takes no turn of their own."""
        return self in (Pattern.ROUND, Pattern.Q_AND_A, Pattern.OPEN, Pattern.SILENT_OWNER)

    @property
    def default_owner(self) -> OwnerPosition:
        if self in (Pattern.ROUND, Pattern.OPEN, Pattern.SILENT_OWNER, Pattern.FACILITATOR):
            return OwnerPosition.LISTENS
        return OwnerPosition.SPEAKS


class OwnerPosition(str, Enum):
    SPEAKS = "speaks"
    LISTENS = "listens"
    AWAY = "away"


class Capture(str, Enum):
    """What a phase records; a typed note gets the kind of the phase's first capture."""

    NOTES = "notes"
    QUESTIONS = "questions"
    CORE_QUESTION = "core-question"
    ADVICE = "advice"
    REACTION = "reaction"
    LEARNING_POINTS = "learning-points"
    AGREEMENTS = "agreements"
    SCORES = "scores"
    PITCHES = "pitches"
    REVIEW = "review"  # the open agreements of earlier sessions, walked one at a time


class Basis(str, Enum):
    PUBLISHED = "published"
    COMPOSED = "composed"
    SUGGESTED = "suggested"


# Strict mode would demand enum instances; a YAML file can only give their text.
PatternField = Annotated[Pattern, Strict(False)]
OwnerField = Annotated[OwnerPosition, Strict(False)]
CaptureField = Annotated[Capture, Strict(False)]
BasisField = Annotated[Basis, Strict(False)]


class _Strict(BaseModel):
    model_config = ConfigDict(
        strict=True,
        extra="forbid",
        frozen=True,
        hide_input_in_errors=True,
        use_enum_values=False,
        # Validators are built on first use: commands that read a cached protocol never pay for them.
        defer_build=True,
    )


class Source(_Strict):
    """Where the method comes from."""

    title: Text = Field(description="Book, article or web page the method is taken from.")
    author: Text | None = Field(default=None, description="Author or organisation.")
    year: Annotated[int, Field(ge=1900, le=2100)] | None = Field(default=None)
    url: Text | None = Field(default=None, description="Web address, if public.")
    note: Text | None = Field(default=None, description="What was taken from this source.")


class GroupSize(_Strict):
    """How many members the method works for."""

    min: Annotated[int, Field(ge=1, le=50)]
    max: Annotated[int, Field(ge=1, le=50)]
    ideal: Annotated[int, Field(ge=1, le=50)]

    @model_validator(mode="after")
    def _ordered(self) -> GroupSize:
        if not self.min <= self.ideal <= self.max:
            raise PydanticCustomError("group_order", "min <= ideal <= max")
        return self


class ScoreDimension(_Strict):
    """One thing the evaluation scores from 1 to 10, such as usefulness or safety."""

    id: Slug = Field(
        description="Short name, the same in every language, so scores compare across sessions."
    )
    title: Text = Field(
        description="The word shown and typed in this file's language: '/score veiligheid 8'."
    )
    question: Text | None = Field(
        default=None, description="The question each member is asked for this score."
    )


class Phase(_Strict):
    """One time-boxed step of a session."""

    id: Slug = Field(
        description="Short name, unique in the protocol: lowercase letters, digits, dashes."
    )
    title: Text = Field(description="Name shown on screen and in the minutes.")
    goal: Text = Field(description="Why this phase: one or two sentences.")
    tip: Text | None = Field(
        default=None, description="Tip shown to the facilitator during the phase."
    )
    speakers: PatternField = Field(description="Who speaks: the pattern of the phase.")
    owner: OwnerField | None = Field(
        default=None,
        description="Where the case owner is: speaks, listens (and does not react) or away. "
        "Default follows from speakers.",
    )
    minutes: Minutes | None = Field(default=None, description="Fixed length in minutes.")
    minutes_per_member: Minutes | None = Field(
        default=None, description="Length per member taking part, so a round scales with the group."
    )
    min_minutes: Minutes | None = Field(
        default=None,
        description="Shortest this phase may become when a session is fitted into less time.",
    )
    max_minutes: Minutes | None = Field(
        default=None, description="Longest this phase may become when a session is given more time."
    )
    captures: list[CaptureField] = Field(
        default_factory=lambda: [Capture.NOTES],
        description="What is written down in this phase; [] for nothing.",
    )
    questions_per_member: Annotated[int, Field(ge=1, le=20)] | None = Field(
        default=None,
        description="How many questions each member may ask, where the method fixes it.",
    )
    not_allowed: list[Text] = Field(
        default_factory=list, description="What is not allowed in this phase, shown on screen."
    )

    @model_validator(mode="after")
    def _timing(self) -> Phase:
        if self.minutes is not None and self.minutes_per_member is not None:
            raise PydanticCustomError("minutes_both", "minutes and minutes_per_member")
        if self.minutes is None and self.minutes_per_member is None:
            raise PydanticCustomError("minutes_missing", "minutes or minutes_per_member")
        if (
            self.min_minutes is not None
            and self.max_minutes is not None
            and self.min_minutes > self.max_minutes
        ):
            raise PydanticCustomError("bounds_order", "min_minutes <= max_minutes")
        if self.minutes is not None and not (
            (self.min_minutes or 0) <= self.minutes <= (self.max_minutes or self.minutes)
        ):
            raise PydanticCustomError(
                "minutes_outside_bounds", "min_minutes <= minutes <= max_minutes"
            )
        return self

    @property
    def owner_position(self) -> OwnerPosition:
        return self.owner or self.speakers.default_owner

    @property
    def note_kind(self) -> Capture:
        """The kind a plain typed note gets in this phase."""
        for capture in self.captures:
            if capture is not Capture.NOTES:
                return capture
        return Capture.NOTES


class Protocol(_Strict):
    """A method: ordered, time-boxed phases with a rule for who speaks."""

    model_config = ConfigDict(
        title="intervision protocol",
        json_schema_extra={"$id": "https://intervision.invalid/protocol.schema.json"},
    )

    id: Slug = Field(description="Short name of the method, the same in every language.")
    language: Literal["nl", "en"] = Field(description="Language of the texts in this file.")
    title: Text
    summary: Text = Field(description="A few sentences: what the method is for and when to use it.")
    basis: BasisField = Field(
        description="published: a published step plan; composed: assembled from several sources; "
        "suggested: no published step plan was found, this is a suggested structure."
    )
    sources: Annotated[list[Source], Field(min_length=1)]
    group: GroupSize
    cases: Annotated[int, Field(ge=1, le=12)] = Field(
        default=1,
        description="How many cases a session treats unless the facilitator says otherwise.",
    )
    ground_rules: list[Text] = Field(default_factory=list)
    score_dimensions: list[ScoreDimension] = Field(
        default_factory=list,
        description="What a phase that captures scores asks each member to score, one by one "
        "(for example usefulness and safety); [] for one score each.",
    )
    opening: list[Phase] = Field(default_factory=list, description="Phases before the case work.")
    per_case: list[Phase] = Field(
        default_factory=list, description="Phases repeated for every case."
    )
    closing: list[Phase] = Field(default_factory=list, description="Phases after the case work.")

    @model_validator(mode="after")
    def _phases(self) -> Protocol:
        if not self.all_phases:
            raise PydanticCustomError("no_phases", "at least one phase")
        names: set[str] = set()
        for index, dimension in enumerate(self.score_dimensions):
            own = {dimension.id, dimension.title.casefold()}
            if own & names:
                at = ("score_dimensions", index, "id")
                raise PydanticCustomError(
                    "duplicate_dimension", "{id}", {"id": dimension.id, "at": at}
                )
            names |= own
        seen: set[str] = set()
        for section in ("opening", "per_case", "closing"):
            for index, phase in enumerate(getattr(self, section)):
                if phase.id in seen:
                    at = (section, index, "id")  # the second one: the reader points there
                    raise PydanticCustomError(
                        "duplicate_phase_id", "{id}", {"id": phase.id, "at": at}
                    )
                seen.add(phase.id)
        return self

    @property
    def all_phases(self) -> list[Phase]:
        return [*self.opening, *self.per_case, *self.closing]


def trusted(data: dict[str, Any]) -> Protocol:
    """A protocol from data this tool validated and cached itself, built without validating again."""

    def phase(raw: dict[str, Any]) -> Phase:
        fields = dict(raw)
        fields["speakers"] = Pattern(fields["speakers"])
        if fields.get("owner") is not None:
            fields["owner"] = OwnerPosition(fields["owner"])
        fields["captures"] = [Capture(c) for c in fields.get("captures", ["notes"])]
        return Phase.model_construct(**fields)

    fields = dict(data)
    fields["basis"] = Basis(fields["basis"])
    fields["sources"] = [Source.model_construct(**s) for s in fields["sources"]]
    fields["group"] = GroupSize.model_construct(**fields["group"])
    fields["score_dimensions"] = [
        ScoreDimension.model_construct(**d) for d in fields.get("score_dimensions", [])
    ]
    for section in ("opening", "per_case", "closing"):
        fields[section] = [phase(p) for p in fields.get(section, [])]
    return Protocol.model_construct(**fields)
