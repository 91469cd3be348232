"""Score extracted records against gold records, exactly as SPEC.md §3 says.

Records are plain dicts in the SPEC §1 shape. Predicted records may carry
extra keys (``id``, ``evidence`` on items, ``error``); they are ignored by the
matching but kept in the per-article misses and spurious lists so a report
can point at the offsets the prediction came from.

The package: ``normalise`` (text comparison), ``matching`` (the Hungarian
solver), ``fields`` (the per-field rules and counts), ``reports`` (figures
and error lists). Matching and the rules are pure Python, standard library
only: the scorer runs without spaCy or the corpus files, so it can judge any
extractor (ours or someone else's). Gold corpora are read by
``corpus.load_gold`` (also importable from here).

Decisions where SPEC §3 leaves room (also listed in the module's tests):

* ``dice`` compares the *sets* of content tokens (a token used twice counts
  once, the usual Sørensen–Dice); a trailing plural "s" is stripped from
  tokens longer than three letters that do not end in "ss"; stop words
  (``STOP_WORDS``) are dropped first.
* Services: when both labels are canonical (after synonyms) they must be
  equal; when at least one is free text they match when equal or when their
  Dice is >= 0.7.
* Acronyms count only when they have at least two letters, so a one-word
  name never matches a single initial.
* The ratings subject rule ("where the gold record has that (service,
  domain) more than once") counts over all gold ratings, also for
  ``transitions`` and ``changes``.
* ``investments.description`` and ``people.role``/``people.organisation``
  are judged only where the gold value is not null; a null prediction there
  is wrong.
* Precision with no predictions is 0 unless there is also nothing to find
  (then 1); recall likewise; F1 = 2tp / (2tp + fp + fn), 1 over nothing.
"""

from __future__ import annotations

from ..corpus import load_gold
from .fields import (
    ACCURACY_FIELDS,
    FIELDS,
    SERVICE_SYNONYMS,
    ArticleScore,
    FieldScore,
    ScoreError,
    canonical_service,
    item_field,
    record_items,
    same_org,
    same_service,
    score_pair,
)
from .matching import max_matching
from .normalise import ACRONYM_SKIP, HONORIFICS, STOP_WORDS, acronym, dice, normalise, person_key
from .reports import EvaluationReport, item_keys, score_corpus

__all__ = [
    "FIELDS",
    "ACCURACY_FIELDS",
    "SERVICE_SYNONYMS",
    "STOP_WORDS",
    "HONORIFICS",
    "normalise",
    "acronym",
    "same_org",
    "dice",
    "canonical_service",
    "same_service",
    "max_matching",
    "FieldScore",
    "ArticleScore",
    "ScoreError",
    "EvaluationReport",
    "item_field",
    "item_keys",
    "person_key",
    "record_items",
    "score_pair",
    "score_corpus",
    "load_gold",
]
