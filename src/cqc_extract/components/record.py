"""cqc_record: gathers what the other components wrote into one validated record.

Reads `doc._.cqc_organisations/people/ratings/investments/actions`; writes
`doc._.cqc_record`, the ArticleRecord of SPEC.md as a JSON-ready dict (no id:
the caller knows it). An item that fails validation is dropped and named in
`warnings` rather than failing the whole article.
"""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError
from spacy.language import Language
from spacy.tokens import Doc

from ..schema import item_models
from .base import FOLDED_KEY, OTHER_STORIES_KEY, TEXT_KEY, ensure_extensions, given_text

# Each item list of the record -> (the Doc extension its component writes, its
# model), derived from the schema so a new item list needs no edit here.
ITEM_SOURCES = {field: (f"cqc_{field}", model) for field, model in item_models().items()}


class RecordBuilder:
    def __init__(self, nlp: Language, name: str):
        self.name = name
        ensure_extensions()

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        ensure_extensions()

    def __call__(self, doc: Doc) -> Doc:
        context = {"source": given_text(doc)}
        record: dict[str, Any] = {}
        warnings: list[str] = []
        for field, (extension, model) in ITEM_SOURCES.items():
            items = []
            for item in getattr(doc._, extension) or []:
                try:
                    items.append(model.model_validate(item, context=context).model_dump(mode="json"))
                except ValidationError as exc:
                    warnings.append(f"{field}: dropped an invalid item ({exc.errors()[0]['msg']})")
            record[field] = items
        record["source"] = {"chars": len(context["source"]), "format": "text"}
        if warnings:
            record["warnings"] = warnings
        # No second check of the whole: every item was validated against the text
        # above and the rest (source, warnings) is built here; record_from_doc
        # validates the whole record again (tests/test_pipeline.py checks the dict).
        doc._.cqc_record = record
        # The components' cached text (base.doc_text) is not sent along with the Doc.
        doc.user_data.pop(TEXT_KEY, None)
        doc.user_data.pop(FOLDED_KEY, None)
        doc.user_data.pop(OTHER_STORIES_KEY, None)
        return doc


@Language.factory(
    "cqc_record",
    default_config={},
    requires=[
        "doc._.cqc_organisations",
        "doc._.cqc_people",
        "doc._.cqc_ratings",
        "doc._.cqc_investments",
        "doc._.cqc_actions",
    ],
    assigns=["doc._.cqc_record"],
)
def make_record(nlp: Language, name: str) -> RecordBuilder:
    return RecordBuilder(nlp, name)
