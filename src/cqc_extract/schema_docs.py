"""The record's field reference in Markdown, from the pydantic models in schema.py.

    cqc-extract schema --markdown > schema-reference.md

Generated on demand rather than committed, so adding a field to a model is an
edit to schema.py alone: the reference, like the JSON Schema, the Arrow schema,
the flat tables and the `datasets` Features, follows from the model. Field
descriptions come from the models (`Field(description=...)`); fields that have
none take the wording below, which paraphrases SPEC.md §2.
"""

from __future__ import annotations

import json
import types
import typing
from decimal import Decimal
from typing import Any, Literal

from pydantic import BaseModel

from . import schema as S

# In reading order: the record, its items, then what they hold, then errors.
MODELS: tuple[type[BaseModel], ...] = (
    S.ArticleRecord,
    *S.item_models().values(),
    S.Evidence,
    S.SourceInfo,
    S.ErrorRecord,
)

# Descriptions for fields whose model gives none (SPEC.md §2 in short).
DESCRIPTIONS: dict[tuple[str, str], str] = {
    ("ArticleRecord", "id"): "The article's id as the caller gave it (file name, JSONL/CSV id field, or null).",
    ("ArticleRecord", "organisations"): "Every named organisation in the article (not page chrome, not \"NHS\" alone).",
    ("ArticleRecord", "people"): "Every named person.",
    ("ArticleRecord", "ratings"): "One item per (subject, service, key question) rating the article states as a result.",
    ("ArticleRecord", "investments"): "Money committed, spent, awarded or planned for a named purpose.",
    ("ArticleRecord", "actions"): "Regulatory enforcement actions the text reports.",
    ("ArticleRecord", "source"): "How the text the evidence offsets refer to was obtained from the input.",
    ("Organisation", "name"): "The fullest form of the name used in the text.",
    ("Organisation", "kind"): "regulator (CQC and national oversight bodies), provider (runs services), location (a named hospital, home, practice, unit), other.",
    ("Organisation", "aliases"): "Other names the text uses for it: abbreviations, short forms, possessives reduced (\"X Group's\" -> \"X Group\").",
    ("Person", "name"): "The name without honorifics (Dr, Professor, Sir, Dame, Mr, Mrs, Ms, Miss, Cllr).",
    ("Person", "role"): "Job title as written, lower case, without the organisation it is attached to or descriptive modifiers; null when the text gives none.",
    ("Person", "organisation"): "`name` of the organisation the person speaks for, or null.",
    ("Person", "quoted"): "True when the text quotes the person directly (a short quoted fragment counts).",
    ("Rating", "subject"): "`name` of the rated organisation or location, or null when the text never names it.",
    ("Rating", "service"): "null for the subject as a whole; else a canonical service label (models/vocab/services.json) or the text's own words, lower case.",
    ("Rating", "domain"): "The key question; `overall` when none is named.",
    ("Rating", "rating"): "The rating on CQC's four-level scale.",
    ("Rating", "previous"): "The rating before this inspection, when the text states or implies it.",
    ("Rating", "change"): "Direction of change; follows from `previous` when that is known (checked on validation).",
    ("Investment", "description"): "Short phrase from the text naming what the money is for (no funder, mechanism or amount).",
    ("Investment", "timing"): "The time expression attached to the money or what it funds, as written, or null.",
    ("Action", "kind"): "The kind of regulatory action.",
    ("Action", "status"): "imposed, lifted (\"taken out of special measures\", a notice met) or continued (\"remains in\").",
    ("Action", "subject"): "`name` of the organisation it applies to, or null (e.g. a group the clause does not name).",
    ("Evidence", "start"): "Character offset of the first character, into the text the pipeline read.",
    ("Evidence", "end"): "Character offset one past the last character.",
    ("Evidence", "text"): "`source[start:end]`, checked when the source is given as validation context.",
    ("SourceInfo", "format"): "`html` when the input was HTML reduced to its text: offsets then refer to that text.",
    ("ErrorRecord", "id"): "The input's id (null when it had none).",
    ("ErrorRecord", "error"): "Why the input could not be processed.",
}

# Added after any description: what the type alone does not say.
NOTES: dict[tuple[str, str], str] = {
    ("Investment", "amount_gbp"): "A JSON number (an integer when whole); in Python an exact `Decimal`.",
}

_SCALARS = {str: "string", int: "integer", bool: "boolean", float: "number", Decimal: "number", type(None): "null"}


def _anchor(model: type[BaseModel]) -> str:
    return f"[{model.__name__}](#{model.__name__.lower()})"


def type_name(annotation: Any) -> str:
    """A reader's name for a field type: `list of Rating`, `string or null`."""
    origin = typing.get_origin(annotation)
    args = typing.get_args(annotation)
    if origin is typing.Annotated:
        return type_name(args[0])
    if origin is Literal:
        kinds = {type(a) for a in args}
        return " or ".join(sorted(_SCALARS.get(k, k.__name__) for k in kinds))
    if origin in (typing.Union, types.UnionType):
        return " or ".join(type_name(a) for a in args)
    if origin is list:
        return f"list of {type_name(args[0])}"
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return _anchor(annotation)
    if annotation in _SCALARS:
        return _SCALARS[annotation]
    return getattr(annotation, "__name__", str(annotation))


def allowed_values(annotation: Any) -> list[str]:
    """The closed vocabulary of a Literal field (inside Optional/Annotated too)."""
    origin = typing.get_origin(annotation)
    args = typing.get_args(annotation)
    if origin is Literal:
        return [str(a) for a in args]
    if origin in (typing.Union, types.UnionType, typing.Annotated):
        values: list[str] = []
        for arg in args:
            values.extend(v for v in allowed_values(arg) if v not in values)
        return values
    return []


def constraints(field) -> list[str]:
    notes = []
    for item in field.metadata:
        for attr, symbol in (("ge", ">="), ("gt", ">"), ("le", "<="), ("lt", "<"), ("min_length", "length >=")):
            value = getattr(item, attr, None)
            if value is not None:
                notes.append(f"{symbol} {value}")
    return notes


def required_cell(field) -> str:
    if field.is_required():
        return "yes"
    if field.default_factory is not None:
        return "no (default `[]`)" if field.default_factory is list else "no"
    return f"no (default `{json.dumps(field.default)}`)"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def model_section(model: type[BaseModel]) -> list[str]:
    doc = (model.__doc__ or "").strip().split("\n\n")[0].replace("\n", " ")
    lines = [f"## {model.__name__}", ""]
    if doc and not doc.startswith("!!!"):
        lines += [doc, ""]
    lines += ["| field | type | required | description | allowed values |", "|---|---|---|---|---|"]
    for name, field in model.model_fields.items():
        description = field.description or DESCRIPTIONS.get((model.__name__, name), "")
        note = NOTES.get((model.__name__, name))
        if note:
            description = f"{description.rstrip('.')}. {note}" if description else note
        extra = constraints(field)
        if extra:
            description = f"{description} ({', '.join(extra)})" if description else ", ".join(extra)
        values = ", ".join(f"`{v}`" for v in allowed_values(field.annotation))
        lines.append(
            f"| `{name}` | {_cell(type_name(field.annotation))} | {required_cell(field)} "
            f"| {_cell(description)} | {values} |"
        )
    extra_mode = model.model_config.get("extra")
    lines.append("")
    if extra_mode == "allow":
        lines += ["Other fields are allowed and kept (the project may add fields; it never renames these).", ""]
    elif extra_mode == "forbid":
        lines += ["No other fields are allowed.", ""]
    return lines


def render() -> str:
    """The whole field reference: every model's fields, then both JSON Schemas."""
    lines = [
        "# Record schema: field reference",
        "",
        "<!-- Written by `cqc-extract schema --markdown` from the models in cqc_extract/schema.py. -->",
        "",
        f"Schema version {S.SCHEMA_VERSION}. One `ArticleRecord` per article (SPEC.md §1–2); "
        "`cqc-extract schema` prints the JSON Schema below, `cqc_extract.json_schema()` returns it. "
        "Every organisation, person, rating, investment and action carries `evidence`: "
        "character offsets into the text the pipeline read, with `text == source[start:end]`. "
        "Validate a record against its text with "
        "`ArticleRecord.model_validate(data, context={\"source\": text})`. "
        "A batch writes an `ErrorRecord` for an input it could not process.",
        "",
        "Models: " + ", ".join(_anchor(m) for m in MODELS) + ".",
        "",
    ]
    for model in MODELS:
        lines += model_section(model)
    lines += [
        "## JSON Schema of ArticleRecord",
        "",
        "```json",
        json.dumps(S.json_schema(), indent=2, ensure_ascii=False),
        "```",
        "",
        "## JSON Schema of ErrorRecord",
        "",
        "```json",
        json.dumps(S.ErrorRecord.model_json_schema(mode="serialization"), indent=2, ensure_ascii=False),
        "```",
        "",
    ]
    return "\n".join(lines)
