"""Patterns for the `cqc_span_ruler` (spaCy's own SpanRuler) built from models/.

Vocabulary files (models/vocab/*.json: canonical value -> phrases) become
phrase patterns whose `id` is the canonical value, so a matched span's `id_`
says e.g. "requires improvement" for "requiring improvement". Hand-written
token patterns live in models/patterns/*.jsonl (one SpanRuler pattern a line).
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.pipeline import SpanRuler
from spacy.tokens import Doc, Span

from ..resources import list_files, read_json, read_jsonl, vocabulary

SPANS_KEY = "cqc"

# label in doc.spans["cqc"] -> vocabulary file in models/vocab
VOCAB_LABELS = {"RATING": "ratings", "KEY_QUESTION": "domains", "SERVICE": "services"}


def vocabulary_patterns() -> list[dict[str, Any]]:
    patterns: list[dict[str, Any]] = []
    for label, name in VOCAB_LABELS.items():
        for canonical, phrases in vocabulary(name).items():
            for phrase in sorted(set(phrases)):
                patterns.append({"label": label, "pattern": phrase, "id": canonical})
    other = read_json("vocab/other_services.json")
    for phrase in other_service_names(other) + other["population_groups"]:
        patterns.append({"label": "SERVICE", "pattern": phrase, "id": phrase})
    for rel in list_files("patterns", ".jsonl"):
        patterns.extend(read_jsonl(rel))
    return patterns


def other_service_names(other: dict[str, Any]) -> list[str]:
    """The services of other_services.json, each also with its last word in the other number when that word
    is one of its "number_variants" ("... care unit" / "... care units"); in the file's order, each once."""
    nouns = set(other.get("number_variants", []))
    names: list[str] = []
    for phrase in other["services"]:
        names.append(phrase)
        head, _, last = phrase.rpartition(" ")
        if last in nouns:
            names.append(f"{head} {last}s" if head else f"{last}s")
        elif last.endswith("s") and last[:-1] in nouns:
            names.append(f"{head} {last[:-1]}" if head else last[:-1])
    return list(dict.fromkeys(names))


class CqcSpanRuler(SpanRuler):
    """spaCy's SpanRuler, filled with our vocabulary patterns when created.

    Phrase patterns are tokenized with the tokenizer alone: the stock ruler
    runs the whole pipeline over each pattern when it is added last (spaCy
    warning W012), which is slow and the same either way for LOWER matching.
    """

    def add_patterns(self, patterns: list[dict[str, Any]]) -> None:
        with self.nlp.select_pipes(enable=[]):
            super().add_patterns(patterns)

    def match(self, doc: Doc):
        """The stock `match` when there are token patterns; with phrase patterns only, the same spans
        without calling the empty token Matcher, which warns (W036) on every Doc and is silenced
        by a `warnings.catch_warnings` block each time: ~30 µs a page of the ruler's ~80 (issue 15)."""
        if len(self.matcher) or not len(self.phrase_matcher):
            return super().match(doc)
        self._require_patterns()
        labels = self._match_label_id_map
        return sorted({Span(doc, start, end, label=labels[m_id]["label"], span_id=labels[m_id]["id"])
                       for m_id, start, end in self.phrase_matcher(doc) if start != end})


@Language.factory(
    "cqc_span_ruler",
    default_config={"spans_key": SPANS_KEY, "phrase_matcher_attr": "LOWER", "validate": True},
    assigns=["doc.spans"],
)
def make_span_ruler(nlp: Language, name: str, spans_key: str, phrase_matcher_attr: str, validate: bool) -> CqcSpanRuler:
    ruler = CqcSpanRuler(
        nlp,
        name,
        spans_key=spans_key,
        spans_filter=None,
        annotate_ents=False,
        ents_filter=None,
        phrase_matcher_attr=phrase_matcher_attr,
        matcher_fuzzy_compare=None,
        validate=validate,
        overwrite=True,
        scorer=None,
    )
    # A saved pipeline replaces these with its own in from_disk.
    ruler.add_patterns(vocabulary_patterns())
    return ruler
