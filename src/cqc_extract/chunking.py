"""Texts longer than the pipeline's `max_length`: pieces in, one record out.

spaCy refuses a text longer than `nlp.max_length` (and the parser's memory
grows with it). Such a text is cut into pieces at the best boundary each cut
can find — several blank lines (a section), else a blank line (paragraph), else a line break, else the end of a
sentence, else a space, else a hard cut — each piece is processed on its own,
and the piece records are merged into one record whose evidence offsets refer
to the whole text:

- organisations with the same name are one organisation (aliases unioned,
  evidence of both), people likewise by name;
- ratings, investments and actions are concatenated in text order.

Pieces are packed greedily: as many whole paragraphs as fit, so that context
(an organisation named above, "the trust" below) is lost only at the cuts.
"""

from __future__ import annotations

import re
from typing import Any

from .schema import ITEM_FIELDS, ArticleRecord

# Item lists merged by name across pieces; the others are concatenated.
_NAMED = ("organisations", "people")
_CONCATENATED = tuple(name for name in ITEM_FIELDS if name not in _NAMED)

# Cut points, best first. Each pattern matches the separator; the cut falls
# at its end so the separator stays with the piece before it.
_BOUNDARIES = (
    re.compile(r"\n(?:[ \t]*\r?\n){2,}"),  # two blank lines or more: a section (or document) ends
    re.compile(r"\n[ \t]*\r?\n"),  # a blank line: a paragraph ends
    re.compile(r"\n"),  # a line break
    re.compile(r"[.!?][\"'”’)\]]*[ \t]+"),  # the end of a sentence
    re.compile(r"[ \t]+"),  # a space
)
# A cut in the first half of the window would make many tiny pieces: look for
# a boundary in the last half of it first.
_MIN_FILL = 0.5


def _cut(text: str, start: int, limit: int) -> int:
    """Where the piece starting at `start` (at most `limit` chars) should end."""
    end = start + limit
    if end >= len(text):
        return len(text)
    floor = start + int(limit * _MIN_FILL)
    for pattern in _BOUNDARIES:
        last = None
        # The last separator ending inside (floor, end]; finditer over the
        # window is linear and the patterns have no nested quantifiers.
        for m in pattern.finditer(text, floor, end):
            last = m.end()
        if last is not None and last > start:
            return last
    return end  # no boundary at all: a hard cut


def split_text(text: str, max_length: int) -> list[tuple[int, str]]:
    """(offset, piece) pairs covering `text` in order, each piece <= max_length."""
    if max_length < 1:
        raise ValueError("max_length must be positive")
    pieces = []
    start = 0
    while start < len(text):
        end = _cut(text, start, max_length)
        pieces.append((start, text[start:end]))
        start = end
    return pieces


def _shift(evidence: list[dict[str, Any]], offset: int) -> list[dict[str, Any]]:
    return [{**e, "start": e["start"] + offset, "end": e["end"] + offset} for e in evidence]


def _merge_named(groups: dict[str, dict[str, Any]], item: dict[str, Any]) -> None:
    """Fold `item` into the entry of the same name: evidence and aliases unioned,
    other fields kept from the first piece unless it left them empty."""
    key = item["name"]
    if key not in groups:
        groups[key] = item
        return
    kept = groups[key]
    # Pieces come in text order, so the evidence stays in text order.
    kept["evidence"] = kept["evidence"] + item["evidence"]
    if "aliases" in kept:
        kept["aliases"] = kept["aliases"] + [a for a in item.get("aliases", []) if a not in kept["aliases"]]
    if "quoted" in kept:
        kept["quoted"] = bool(kept["quoted"] or item.get("quoted"))
    for field, value in item.items():
        if kept.get(field) in (None, "", []) and value not in (None, "", []):
            kept[field] = value


def merge_records(pieces: list[tuple[int, dict[str, Any]]]) -> dict[str, Any]:
    """One record dict from (offset, piece record dict) pairs, offsets made global."""
    organisations: dict[str, dict[str, Any]] = {}
    people: dict[str, dict[str, Any]] = {}
    merged: dict[str, Any] = {name: [] for name in _CONCATENATED}
    warnings: list[str] = []
    for offset, record in pieces:
        for org in record.get("organisations", []):
            _merge_named(organisations, {**org, "evidence": _shift(org.get("evidence", []), offset)})
        for person in record.get("people", []):
            _merge_named(people, {**person, "evidence": _shift(person.get("evidence", []), offset)})
        for field in _CONCATENATED:
            merged[field] += [{**item, "evidence": _shift(item.get("evidence", []), offset)} for item in record.get(field, [])]
        warnings += record.get("warnings", [])
    merged["organisations"] = list(organisations.values())
    merged["people"] = list(people.values())
    if warnings:
        merged["warnings"] = warnings
    return merged


def extract_long(nlp, text: str, id: str | None = None, max_length: int | None = None) -> ArticleRecord:
    """The record of a text of any length, processed in pieces of at most
    `max_length` (default `nlp.max_length`) characters."""
    pieces = split_text(text, max_length or nlp.max_length)
    docs = nlp.pipe(piece for _, piece in pieces)
    data = merge_records([(offset, doc._.cqc_record) for (offset, _), doc in zip(pieces, docs)])
    data["id"] = id
    data["source"] = {"chars": len(text), "format": "text", "pieces": len(pieces)}
    return ArticleRecord.model_validate(data, context={"source": text})
