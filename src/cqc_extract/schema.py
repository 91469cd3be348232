"""The record contract (SPEC.md §1–2) as pydantic v2 models.

One `ArticleRecord` per article. Every organisation, person, rating,
investment and action carries `evidence`: character offsets into the text the
pipeline read, with `text == source[start:end]` (checked when a source is
given as validation context: ``ArticleRecord.model_validate(d, context={"source": text})``).
Gold records (the annotated corpus) use the same models with empty evidence.
"""

from __future__ import annotations

import types
import typing
from decimal import Decimal
from typing import Annotated, Any, ClassVar, Literal, Union

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PlainSerializer,
    SerializerFunctionWrapHandler,
    ValidationInfo,
    field_validator,
    model_serializer,
    model_validator,
)

SCHEMA_VERSION = "1.0"

# Closed vocabularies of SPEC.md §2. The synonym tables that map text onto
# them live in models/vocab/*.json; these are only the canonical values.
OrgKind = Literal["regulator", "provider", "location", "other"]
Domain = Literal["overall", "safe", "effective", "caring", "responsive", "well-led", "use of resources"]
RatingValue = Literal["outstanding", "good", "requires improvement", "inadequate"]
Change = Literal["improved", "declined", "unchanged"]
ActionKind = Literal[
    "warning notice",
    "special measures",
    "conditions",
    "requirement notice",
    "fine",
    "prosecution",
    "suspension",
    "cancellation",
    "enforcement action",
]
ActionStatus = Literal["imposed", "lifted", "continued"]

DOMAINS: tuple[str, ...] = Domain.__args__  # type: ignore[attr-defined]
RATING_VALUES: tuple[str, ...] = RatingValue.__args__  # type: ignore[attr-defined]
# Order of the four-level scale, worst to best: used to derive `change`.
RATING_ORDER = {"inadequate": 0, "requires improvement": 1, "good": 2, "outstanding": 3}


def change_between(previous: str | None, rating: str) -> str | None:
    """The direction of change from `previous` to `rating` (None when unknown)."""
    if previous is None:
        return None
    delta = RATING_ORDER[rating] - RATING_ORDER[previous]
    return "improved" if delta > 0 else "declined" if delta < 0 else "unchanged"


def _json_number(value: Decimal) -> int | float:
    # JSON consumers expect a number in pounds, not pydantic's default string.
    return int(value) if value == value.to_integral_value() else float(value)


Pounds = Annotated[
    Decimal,
    Field(ge=0, description="Amount in pounds sterling"),
    PlainSerializer(_json_number, return_type=float, when_used="json"),
]


class Evidence(BaseModel):
    """A slice of the source text: `text == source[start:end]`."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str

    @model_validator(mode="after")
    def _check_slice(self, info: ValidationInfo) -> "Evidence":
        if self.end < self.start:
            raise ValueError(f"evidence end {self.end} is before start {self.start}")
        if self.end - self.start != len(self.text):
            raise ValueError("evidence text length does not equal end - start")
        source = (info.context or {}).get("source") if info else None
        if source is not None and source[self.start : self.end] != self.text:
            raise ValueError(
                f"evidence text {self.text!r} is not source[{self.start}:{self.end}]"
                f" ({source[self.start:self.end]!r})"
            )
        return self


class _Item(BaseModel):
    model_config = ConfigDict(extra="allow")


def _evidence_field() -> Any:
    # Declared last in each item so JSON reads: the facts, then where they came from.
    return Field(default_factory=list, description="Where in the source text the item was found")


class Organisation(_Item):
    name: str = Field(min_length=1)
    kind: OrgKind
    aliases: list[str] = Field(default_factory=list)
    evidence: list[Evidence] = _evidence_field()


class Person(_Item):
    name: str = Field(min_length=1)
    role: str | None = None
    organisation: str | None = None
    quoted: bool = False
    evidence: list[Evidence] = _evidence_field()


class Rating(_Item):
    subject: str | None = None
    service: str | None = None
    domain: Domain = "overall"
    rating: RatingValue
    previous: RatingValue | None = None
    change: Change | None = None
    evidence: list[Evidence] = _evidence_field()

    @model_validator(mode="after")
    def _change_follows_previous(self) -> "Rating":
        derived = change_between(self.previous, self.rating)
        if derived is not None and self.change != derived:
            raise ValueError(
                f"change {self.change!r} contradicts previous {self.previous!r} -> {self.rating!r}"
            )
        return self


class Investment(_Item):
    amount_gbp: Pounds
    description: str | None = None
    timing: str | None = None
    evidence: list[Evidence] = _evidence_field()


class Action(_Item):
    kind: ActionKind
    status: ActionStatus
    subject: str | None = None
    evidence: list[Evidence] = _evidence_field()


class SourceInfo(BaseModel):
    """How the text that offsets refer to was obtained from the input."""

    model_config = ConfigDict(extra="allow")

    # The fields the flat `articles` table shows (outputs.py); the others are
    # details of how the input was cleaned, kept in JSONL and Parquet.
    TABLE_FIELDS: ClassVar[tuple[str, ...]] = ("chars", "format", "encoding", "decoding_errors")

    chars: int = Field(0, ge=0, description="Length of the text evidence offsets refer to")
    format: Literal["text", "html"] = "text"
    encoding: str | None = Field(None, description="Encoding the input bytes were decoded with")
    decoding_errors: bool = Field(
        False,
        description="True when the input bytes were not valid UTF-8: bytes were replaced with U+FFFD"
        " or a legacy encoding (`encoding`) was assumed",
    )
    # Filled by inputs.prepare_input (docs/robustness.md); absent for plain str input.
    control_chars: int | None = Field(
        None, ge=0, description="Control characters (C0/C1, DEL, NUL) replaced by a space, one for one"
    )
    original_chars: int | None = Field(
        None, ge=0, description="Length of the decoded input before HTML was reduced to text"
    )
    pieces: int | None = Field(
        None, ge=1, description="Pieces a text longer than the pipeline's max_length was processed in"
    )


class ArticleRecord(BaseModel):
    """One extracted (or gold) record per article, SPEC.md §1."""

    model_config = ConfigDict(extra="allow")

    id: str | None = None
    organisations: list[Organisation] = Field(default_factory=list)
    people: list[Person] = Field(default_factory=list)
    ratings: list[Rating] = Field(default_factory=list)
    investments: list[Investment] = Field(default_factory=list)
    actions: list[Action] = Field(default_factory=list)
    source: SourceInfo | None = None
    # Items the record component dropped as invalid, one line each; left out
    # of the output when empty (so a clean record has no `warnings` key).
    warnings: list[str] = Field(
        default_factory=list,
        description="Items dropped because they failed validation, one message each (absent when none)",
    )

    @field_validator("id", mode="before")
    @classmethod
    def _id_as_text(cls, value: Any) -> Any:
        return None if value is None else str(value)

    def to_json(self, **kwargs: Any) -> str:
        return self.model_dump_json(**kwargs)

    # No return annotation: the JSON Schema stays the model's own.
    @model_serializer(mode="wrap")
    def _without_empty_warnings(self, handler: SerializerFunctionWrapHandler):
        data = handler(self)
        if not self.warnings and isinstance(data, dict):
            data.pop("warnings", None)
        return data


class ErrorRecord(BaseModel):
    """What a batch writes for an input it could not process: nothing is skipped silently."""

    model_config = ConfigDict(extra="allow")

    id: str | None
    error: str = Field(min_length=1)


def json_schema() -> dict[str, Any]:
    """JSON Schema of `ArticleRecord` (what `cqc-extract schema` prints)."""
    schema = ArticleRecord.model_json_schema(mode="serialization")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = f"https://cqc-extract/schema/article-record/{SCHEMA_VERSION}"
    return schema


def validate_record(data: dict[str, Any], source: str | None = None) -> ArticleRecord:
    """Validate a record dict; with `source`, also check every evidence slice."""
    return ArticleRecord.model_validate(data, context={"source": source} if source is not None else None)


# --- The record's shape, spelt out for the writers that need it -------------
#
# The models above are the one source of the record's shape: the Arrow schema
# and flat tables (outputs.py), the `datasets` Features (corpus.py), the JSON
# Schema and docs/schema.md all walk them with `columns()`. A column type is
# "string", "int64", "float64" or "bool" (scalars), ("list", type), or
# ("struct", ((name, type), ...)).

ColumnType = Union[str, tuple]

_SCALARS: tuple[tuple[type, str], ...] = ((bool, "bool"), (int, "int64"), (float, "float64"), (Decimal, "float64"), (str, "string"))


def column_type(annotation: Any) -> ColumnType:
    """The column type of a field annotation (Optional is dropped: every column is nullable)."""
    origin = typing.get_origin(annotation)
    if origin is Annotated:
        return column_type(typing.get_args(annotation)[0])
    if origin in (Union, types.UnionType):
        kinds = {column_type(arg) for arg in typing.get_args(annotation) if arg is not type(None)}
        if len(kinds) != 1:
            raise TypeError(f"no single column type for {annotation!r}")
        return kinds.pop()
    if origin is Literal:
        values = typing.get_args(annotation)
        if all(isinstance(value, str) for value in values):
            return "string"
        raise TypeError(f"no column type for {annotation!r}")
    if origin in (list, tuple, set, frozenset):
        return ("list", column_type(typing.get_args(annotation)[0]))
    if isinstance(annotation, type):
        if issubclass(annotation, BaseModel):
            return ("struct", columns(annotation))
        for python_type, kind in _SCALARS:
            if issubclass(annotation, python_type):
                return kind
    raise TypeError(f"no column type for {annotation!r}")


def columns(model: type[BaseModel], *, exclude: tuple[str, ...] = ()) -> tuple[tuple[str, ColumnType], ...]:
    """(field name, column type) of a model's fields, in declaration order."""
    return tuple(
        (name, column_type(info.annotation)) for name, info in model.model_fields.items() if name not in exclude
    )


def _item_models() -> dict[str, type[BaseModel]]:
    found = {}
    for name, info in ArticleRecord.model_fields.items():
        if typing.get_origin(info.annotation) is list:
            (inner,) = typing.get_args(info.annotation)
            if isinstance(inner, type) and issubclass(inner, _Item):
                found[name] = inner
    return found


def item_models() -> dict[str, type[BaseModel]]:
    """The record's item lists and their models, in record order
    (organisations: Organisation, people: Person, ...). Read at call time, so a
    model swapped into ArticleRecord is seen."""
    return _item_models()


# The item lists of a record, in record order.
ITEM_FIELDS: tuple[str, ...] = tuple(_item_models())


def result_columns() -> tuple[tuple[str, ColumnType], ...]:
    """Columns of one row per input (Parquet, `batch.map_dataset`): the record's
    fields, with an error record's own fields (`error`) after `id`."""
    record = columns(ArticleRecord)
    names = {name for name, _ in record}
    extra = tuple(column for column in columns(ErrorRecord) if column[0] not in names)
    return record[:1] + extra + record[1:]
