"""Score extracted records against gold records, exactly as SPEC.md §3 says.

Records are plain dicts in the SPEC §1 shape. Predicted records may carry
extra keys (``id``, ``evidence`` on items, ``error``); they are ignored by the
matching but kept in the per-article misses and spurious lists so a report
can point at the offsets the prediction came from.

Pure Python and stdlib only: the scorer must run without spaCy or the corpus
files, so it can judge any extractor (ours or someone else's).

Decisions where SPEC §3 leaves room (also listed in the module's tests):

* ``dice`` counts tokens as a bag (a token used twice counts twice); a
  trailing plural "s" is stripped from tokens longer than three letters that
  do not end in "ss"; stop words (``STOP_WORDS``) are dropped first.
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

import json
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable

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
    "EvaluationReport",
    "score_pair",
    "score_corpus",
    "load_gold",
]

# Report order of the fields; the names are the ones of SPEC §3.
FIELDS: tuple[str, ...] = (
    "organisations",
    "people",
    "people.role",
    "people.organisation",
    "people.quoted",
    "ratings",
    "ratings.subject",
    "transitions",
    "changes",
    "investments",
    "investments.description",
    "actions",
)

# Fields that are accuracies over matched items: a wrong value is both a
# miss and a spurious item (SPEC §3).
ACCURACY_FIELDS: frozenset[str] = frozenset(
    {"people.role", "people.organisation", "people.quoted", "ratings.subject",
     "investments.description"}
)

# Canonical service labels of SPEC §2 with their synonyms, exactly as listed
# there. Keys and values are as written in the SPEC; lookups normalise both
# sides. Kept a plain dict so it can move to a data file under models/.
SERVICE_SYNONYMS: dict[str, str] = {
    "urgent and emergency care": "urgent and emergency care",
    "urgent and emergency services": "urgent and emergency care",
    "A&E": "urgent and emergency care",
    "emergency department": "urgent and emergency care",
    "emergency care": "urgent and emergency care",
    "medical care": "medical care",
    "medical care including older people's care": "medical care",
    "medicine": "medical care",
    "surgery": "surgery",
    "critical care": "critical care",
    "maternity": "maternity",
    "maternity services": "maternity",
    "maternity and gynaecology": "maternity",
    "maternity unit": "maternity",
    "gynaecology": "gynaecology",
    "services for children and young people": "services for children and young people",
    "children and young people's services": "services for children and young people",
    "children's services": "services for children and young people",
    "paediatrics": "services for children and young people",
    "end of life care": "end of life care",
    "outpatients": "outpatients",
    "outpatients and diagnostic imaging": "outpatients",
    "outpatient services": "outpatients",
    "diagnostic imaging": "diagnostic imaging",
}

# Words Dice ignores. SPEC §3 says "stop words aside" without a list; this is
# a deliberately small one (articles, conjunctions, prepositions, possessive
# determiners and forms of "be"), so content words such as "services" or
# "care" always count and the score stays predictable.
STOP_WORDS: frozenset[str] = frozenset(
    """a an the and or but of for in at on to with by from as into
    its their our his her your my this that these those is are was were be""".split()
)

# Leading titles dropped from person names (SPEC §2 "people").
HONORIFICS: frozenset[str] = frozenset(
    {"dr", "professor", "prof", "sir", "dame", "mr", "mrs", "ms", "miss", "cllr"}
)

# Words an acronym skips (SPEC §3, organisations).
ACRONYM_SKIP: frozenset[str] = frozenset({"of", "and", "the", "for", "in", "at"})

_SINGLE_QUOTES = dict.fromkeys(map(ord, "\u2018\u2019\u201a\u201b\u2032"), "'")
_DOUBLE_QUOTES = dict.fromkeys(map(ord, "\u201c\u201d\u201e\u201f\u2033"), '"')
_POSSESSIVE = re.compile(r"(?<=\w)'s\b")
_SPACES = re.compile(r"\s+")
_LEADING_THE = re.compile(r"^the\s+")
# Dice thresholds of SPEC §3.
_RATIO = {"role": 0.5, "description": 0.5, "service": 0.7}


# --------------------------------------------------------------------------
# Text comparison
# --------------------------------------------------------------------------

def _punct_to_space(text: str) -> str:
    """Replace every punctuation or symbol character (Unicode P*/S*) by a space."""
    return "".join(" " if unicodedata.category(ch)[0] in "PS" else ch for ch in text)


def normalise(text: str) -> str:
    """Normalise text for comparison, in the order SPEC §3 lists the steps.

    NFKC, lower case, curly quotes to straight, ``&`` to "and", possessive
    's removed, other punctuation to spaces, whitespace collapsed, one
    leading "the" removed.
    """
    text = unicodedata.normalize("NFKC", text or "").lower()
    text = text.translate(_SINGLE_QUOTES).translate(_DOUBLE_QUOTES)
    text = text.replace("&", " and ")
    text = _POSSESSIVE.sub("", text)
    text = _SPACES.sub(" ", _punct_to_space(text)).strip()
    return _LEADING_THE.sub("", text)


def acronym(name: str) -> str:
    """Initials of the normalised words, skipping of/and/the/for/in/at."""
    return "".join(w[0] for w in normalise(name).split() if w not in ACRONYM_SKIP)


def _name_keys(names: Iterable[str | None]) -> tuple[set[str], set[str]]:
    """Normalised names and their acronyms (two letters or more) for a set of names."""
    norm = {normalise(n) for n in names if n}
    norm.discard("")
    acros = {acronym(n) for n in norm}
    return norm, {a for a in acros if len(a) >= 2}


def same_org(a_names: Iterable[str | None], b_names: Iterable[str | None]) -> bool:
    """True when two organisations share a normalised name/alias, or one side's
    acronym equals a name/alias of the other ("CQC" = "Care Quality Commission")."""
    a_norm, a_acro = _name_keys(a_names)
    b_norm, b_acro = _name_keys(b_names)
    return bool(a_norm & b_norm or a_acro & b_norm or b_acro & a_norm)


def _strip_plural(token: str) -> str:
    # Crude but symmetric: both sides go through it, so "services"/"service"
    # meet while "business" or "is" stay whole.
    if len(token) > 3 and token.endswith("s") and not token.endswith("ss"):
        return token[:-1]
    return token


def _content_tokens(text: str | None) -> frozenset[str]:
    """Set of normalised, de-pluralised tokens without stop words."""
    words = normalise(text or "").split()
    return frozenset(_strip_plural(w) for w in words if w not in STOP_WORDS)


def dice(a: str | None, b: str | None) -> float:
    """Dice token overlap 2·|A ∩ B| / (|A| + |B|) over content-token sets
    (the usual Sørensen–Dice; a repeated word counts once).

    When neither side has a content token, fall back to equality of the
    normalised strings (1.0 or 0.0).
    """
    ta, tb = _content_tokens(a), _content_tokens(b)
    size = len(ta) + len(tb)
    if size == 0:
        return 1.0 if normalise(a or "") == normalise(b or "") else 0.0
    return 2 * len(ta & tb) / size


# --------------------------------------------------------------------------
# Services, people, organisations in a record
# --------------------------------------------------------------------------

_SERVICE_INDEX: dict[str, str] = {normalise(k): v for k, v in SERVICE_SYNONYMS.items()}
_CANONICAL: frozenset[str] = frozenset(SERVICE_SYNONYMS.values())


def canonical_service(label: str | None) -> str | None:
    """Canonical SPEC §2 label for a service, or its normalised text when free.

    None (and a label that normalises to nothing) stays None: the rating is
    for the subject as a whole.
    """
    if label is None:
        return None
    norm = normalise(label)
    if not norm:
        return None
    return _SERVICE_INDEX.get(norm, norm)


def same_service(a: str | None, b: str | None) -> bool:
    """Service match of SPEC §3: null only matches null; two canonical labels
    must be equal; with free text on either side, equal or Dice >= 0.7."""
    ca, cb = canonical_service(a), canonical_service(b)
    if ca is None or cb is None:
        return ca is cb
    if ca == cb:
        return True
    if ca in _CANONICAL and cb in _CANONICAL:
        return False
    return dice(ca, cb) >= _RATIO["service"]


def _person_key(name: str | None) -> str:
    """Normalised person name with leading honorifics ("Professor Sir") removed."""
    words = normalise(name or "").split()
    while len(words) > 1 and words[0] in HONORIFICS:
        words.pop(0)
    return " ".join(words)


def _org_names(item: dict) -> list[str]:
    """Name and aliases of an organisation item."""
    return [item.get("name") or "", *(item.get("aliases") or [])]


def _resolve_org(record: dict, name: str) -> list[str]:
    """All names of the record's own organisation called ``name``.

    A name match wins over an alias match; a string not found among the
    record's organisations stands alone.
    """
    key = normalise(name)
    orgs = record.get("organisations") or []
    for item in orgs:
        if normalise(item.get("name") or "") == key:
            return _org_names(item)
    for item in orgs:
        if key in {normalise(a) for a in item.get("aliases") or []}:
            return _org_names(item)
    return [name]


def _same_org_ref(gold: dict, g_name: str | None, pred: dict, p_name: str | None) -> bool:
    """Same organisation for two references (people.organisation, subjects);
    both null agree, one null does not."""
    if not g_name or not p_name:
        return not g_name and not p_name
    return same_org(_resolve_org(gold, g_name), _resolve_org(pred, p_name))


def _same_text(a: Any, b: Any) -> bool:
    """Equality of two closed-vocabulary values after normalisation."""
    if a is None or b is None:
        return a is None and b is None
    return normalise(str(a)) == normalise(str(b))


# --------------------------------------------------------------------------
# Matching
# --------------------------------------------------------------------------

def _hungarian(cost: list[list[int]]) -> list[int]:
    """Minimum-cost assignment on a square matrix; returns col index per row.

    Classic O(n^3) Kuhn-Munkres with potentials (e-maxx formulation).
    """
    n = len(cost)
    inf = float("inf")
    u, v = [0] * (n + 1), [0] * (n + 1)
    owner, way = [0] * (n + 1), [0] * (n + 1)  # owner[col] = row (1-based)
    for row in range(1, n + 1):
        owner[0] = row
        col0 = 0
        minv = [inf] * (n + 1)
        used = [False] * (n + 1)
        while True:
            used[col0] = True
            r0, delta, col1 = owner[col0], inf, 0
            for col in range(1, n + 1):
                if used[col]:
                    continue
                cur = cost[r0 - 1][col - 1] - u[r0] - v[col]
                if cur < minv[col]:
                    minv[col], way[col] = cur, col0
                if minv[col] < delta:
                    delta, col1 = minv[col], col
            for col in range(n + 1):
                if used[col]:
                    u[owner[col]] += delta
                    v[col] -= delta
                else:
                    minv[col] -= delta
            col0 = col1
            if owner[col0] == 0:
                break
        while col0:  # flip the augmenting path
            col1 = way[col0]
            owner[col0] = owner[col1]
            col0 = col1
    assignment = [-1] * n
    for col in range(1, n + 1):
        if owner[col]:
            assignment[owner[col] - 1] = col - 1
    return assignment


def max_matching(
    n_gold: int,
    n_pred: int,
    weight: Callable[[int, int], int | None],
) -> list[tuple[int, int]]:
    """Largest one-to-one matching, then the best tie-break among those.

    ``weight(i, j)`` is None when gold item i and predicted item j cannot
    match, else a small non-negative tie-break score (here: the number of
    correct accuracy sub-fields of the pair). Each edge is given the weight
    ``BIG + score`` with ``BIG`` larger than any sum of scores, and a
    maximum-weight assignment (Hungarian algorithm) is solved: it therefore
    has the maximum number of pairs (so tp is the maximum cardinality) and,
    among all maximum matchings, the most correct sub-field values.
    Returns sorted (gold index, pred index) pairs; deterministic.
    """
    if n_gold == 0 or n_pred == 0:
        return []
    edges = {}
    for i in range(n_gold):
        for j in range(n_pred):
            w = weight(i, j)
            if w is not None:
                edges[i, j] = w
    if not edges:
        return []
    size = max(n_gold, n_pred)
    big = (max(edges.values()) + 1) * size + 1
    cost = [[0] * size for _ in range(size)]
    for (i, j), w in edges.items():
        cost[i][j] = -(big + w)
    assignment = _hungarian(cost)
    return sorted((i, j) for i, j in enumerate(assignment) if (i, j) in edges)


# --------------------------------------------------------------------------
# Scores
# --------------------------------------------------------------------------

@dataclass
class FieldScore:
    """Micro counts of one field, with precision, recall and F1 derived."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def p(self) -> float:
        """Precision; 1 over nothing, 0 when only gold items exist."""
        if self.tp + self.fp == 0:
            return 1.0 if self.fn == 0 else 0.0
        return self.tp / (self.tp + self.fp)

    @property
    def r(self) -> float:
        """Recall; 1 over nothing, 0 when only predicted items exist."""
        if self.tp + self.fn == 0:
            return 1.0 if self.fp == 0 else 0.0
        return self.tp / (self.tp + self.fn)

    @property
    def f1(self) -> float:
        """F1 = 2tp / (2tp + fp + fn), the harmonic mean of p and r; 1 over nothing."""
        total = 2 * self.tp + self.fp + self.fn
        return 1.0 if total == 0 else 2 * self.tp / total

    def add(self, other: "FieldScore") -> None:
        """Add another score's counts to this one (micro-averaging)."""
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def as_dict(self, digits: int | None = None) -> dict[str, float | int]:
        """``{"p", "r", "f1", "tp", "fp", "fn"}``, ratios optionally rounded."""
        ratios = {"p": self.p, "r": self.r, "f1": self.f1}
        if digits is not None:
            ratios = {k: round(v, digits) for k, v in ratios.items()}
        return {**ratios, "tp": self.tp, "fp": self.fp, "fn": self.fn}


def _empty_scores() -> dict[str, FieldScore]:
    return {f: FieldScore() for f in FIELDS}


@dataclass
class ArticleScore:
    """Scores of one article, with the items behind every miss and spurious one.

    For accuracy fields (``ACCURACY_FIELDS``) a wrong pair adds its gold item
    to ``misses`` and its predicted item to ``spurious`` at the same index, so
    ``zip(misses[f], spurious[f])`` gives the wrong pairs.
    """

    id: str | None
    scores: dict[str, FieldScore] = field(default_factory=_empty_scores)
    misses: dict[str, list[dict]] = field(default_factory=dict)
    spurious: dict[str, list[dict]] = field(default_factory=dict)
    error: str | None = None

    def _miss(self, name: str, item: dict) -> None:
        self.scores[name].fn += 1
        self.misses.setdefault(name, []).append(item)

    def _spurious(self, name: str, item: dict) -> None:
        self.scores[name].fp += 1
        self.spurious.setdefault(name, []).append(item)

    def _judge(self, name: str, right: bool, g: dict, p: dict) -> None:
        """Record one accuracy judgement: right is a tp, wrong a miss and a spurious."""
        if right:
            self.scores[name].tp += 1
        else:
            self._miss(name, g)
            self._spurious(name, p)

    @property
    def has_errors(self) -> bool:
        return any(self.misses.values()) or any(self.spurious.values())


def _items(record: dict, key: str) -> list[dict]:
    """The list under ``key``, or [] when absent or null (e.g. an error record)."""
    value = record.get(key) or []
    return [x for x in value if isinstance(x, dict)]


def _count_matches(
    art: ArticleScore, name: str, golds: list[dict], preds: list[dict],
    can_match: Callable[[dict, dict], bool],
    tie_break: Callable[[dict, dict], int] = lambda g, p: 0,
) -> list[tuple[dict, dict]]:
    """Match one field, count tp/fp/fn into ``art`` and return the matched pairs."""
    def weight(i: int, j: int) -> int | None:
        return tie_break(golds[i], preds[j]) if can_match(golds[i], preds[j]) else None

    pairs = max_matching(len(golds), len(preds), weight)
    art.scores[name].tp += len(pairs)
    matched_g = {i for i, _ in pairs}
    matched_p = {j for _, j in pairs}
    for i, g in enumerate(golds):
        if i not in matched_g:
            art._miss(name, g)
    for j, p in enumerate(preds):
        if j not in matched_p:
            art._spurious(name, p)
    return [(golds[i], preds[j]) for i, j in pairs]


# -- per-field rules --------------------------------------------------------

def _score_organisations(art: ArticleScore, gold: dict, pred: dict) -> None:
    _count_matches(
        art, "organisations", _items(gold, "organisations"), _items(pred, "organisations"),
        lambda g, p: same_org(_org_names(g), _org_names(p)),
    )


def _score_people(art: ArticleScore, gold: dict, pred: dict) -> None:
    def role_ok(g: dict, p: dict) -> bool:
        return bool(p.get("role")) and dice(g.get("role"), p.get("role")) >= _RATIO["role"]

    def org_ok(g: dict, p: dict) -> bool:
        return _same_org_ref(gold, g.get("organisation"), pred, p.get("organisation"))

    def quoted_ok(g: dict, p: dict) -> bool:
        return bool(g.get("quoted")) == bool(p.get("quoted"))

    def correct(g: dict, p: dict) -> int:
        return (
            (g.get("role") is not None and role_ok(g, p))
            + (g.get("organisation") is not None and org_ok(g, p))
            + quoted_ok(g, p)
        )

    def same_person(g: dict, p: dict) -> bool:
        key = _person_key(g.get("name"))
        return bool(key) and key == _person_key(p.get("name"))

    pairs = _count_matches(
        art, "people", _items(gold, "people"), _items(pred, "people"), same_person, correct,
    )
    for g, p in pairs:
        if g.get("role") is not None:
            art._judge("people.role", role_ok(g, p), g, p)
        if g.get("organisation") is not None:
            art._judge("people.organisation", org_ok(g, p), g, p)
        art._judge("people.quoted", quoted_ok(g, p), g, p)


def _rating_matcher(gold: dict, pred: dict) -> Callable[[dict, dict], bool]:
    """The ``ratings`` match rule, with the subject required for gold
    (service, domain) pairs that occur more than once in the gold record."""
    keys = Counter(
        (canonical_service(r.get("service")), normalise(r.get("domain") or ""))
        for r in _items(gold, "ratings")
    )

    def can_match(g: dict, p: dict) -> bool:
        if not (_same_text(g.get("domain"), p.get("domain"))
                and _same_text(g.get("rating"), p.get("rating"))
                and same_service(g.get("service"), p.get("service"))):
            return False
        key = (canonical_service(g.get("service")), normalise(g.get("domain") or ""))
        if keys[key] > 1:
            return _same_org_ref(gold, g.get("subject"), pred, p.get("subject"))
        return True

    return can_match


def _score_ratings(art: ArticleScore, gold: dict, pred: dict) -> None:
    rating_ok = _rating_matcher(gold, pred)

    def subject_ok(g: dict, p: dict) -> bool:
        return _same_org_ref(gold, g.get("subject"), pred, p.get("subject"))

    pairs = _count_matches(
        art, "ratings", _items(gold, "ratings"), _items(pred, "ratings"),
        rating_ok, lambda g, p: int(subject_ok(g, p)),
    )
    for g, p in pairs:
        art._judge("ratings.subject", subject_ok(g, p), g, p)

    # transitions / changes: only items with the value, matched as ratings
    # plus an equal value.
    for name, key in (("transitions", "previous"), ("changes", "change")):
        golds = [r for r in _items(gold, "ratings") if r.get(key) is not None]
        preds = [r for r in _items(pred, "ratings") if r.get(key) is not None]
        _count_matches(
            art, name, golds, preds,
            lambda g, p, key=key: rating_ok(g, p) and _same_text(g.get(key), p.get(key)),
        )


def _amount(value: Any) -> float | None:
    """A numeric amount, or None when the value is not a number."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return float(value)


def _same_amount(g: dict, p: dict) -> bool:
    """Amounts equal within 0.5 % of the gold amount."""
    ga, pa = _amount(g.get("amount_gbp")), _amount(p.get("amount_gbp"))
    if ga is None or pa is None:
        return False
    # Scaled to avoid float rounding at the boundary: |p-g|/|g| <= 5/1000.
    return abs(pa - ga) * 1000 <= 5 * abs(ga)


def _score_investments(art: ArticleScore, gold: dict, pred: dict) -> None:
    def description_ok(g: dict, p: dict) -> bool:
        return bool(p.get("description")) and \
            dice(g.get("description"), p.get("description")) >= _RATIO["description"]

    def correct(g: dict, p: dict) -> int:
        return int(g.get("description") is not None and description_ok(g, p))

    pairs = _count_matches(
        art, "investments", _items(gold, "investments"), _items(pred, "investments"),
        _same_amount, correct,
    )
    for g, p in pairs:
        if g.get("description") is not None:
            art._judge("investments.description", description_ok(g, p), g, p)


def _score_actions(art: ArticleScore, gold: dict, pred: dict) -> None:
    _count_matches(
        art, "actions", _items(gold, "actions"), _items(pred, "actions"),
        lambda g, p: _same_text(g.get("kind"), p.get("kind"))
        and _same_text(g.get("status"), p.get("status")),
    )


def score_pair(gold: dict, pred: dict) -> ArticleScore:
    """Score one predicted record against its gold record (SPEC §3)."""
    pred = pred or {}
    error = pred.get("error")
    art = ArticleScore(
        id=gold.get("id") or pred.get("id"),
        error=str(error) if error else None,
    )
    _score_organisations(art, gold, pred)
    _score_people(art, gold, pred)
    _score_ratings(art, gold, pred)
    _score_investments(art, gold, pred)
    _score_actions(art, gold, pred)
    return art


# --------------------------------------------------------------------------
# Corpus report
# --------------------------------------------------------------------------

def _evidence_text(item: dict) -> str:
    """" @start-end" for each evidence span an item carries, else ""."""
    spans = item.get("evidence") or []
    marks = [
        f"{e.get('start')}-{e.get('end')}"
        for e in spans if isinstance(e, dict) and "start" in e and "end" in e
    ]
    return f" @{','.join(marks)}" if marks else ""


_SUMMARY_KEYS: dict[str, tuple[str, ...]] = {
    "organisations": ("name", "kind", "aliases"),
    "people": ("name", "role", "organisation", "quoted"),
    "ratings": ("subject", "service", "domain", "rating", "previous", "change"),
    "investments": ("amount_gbp", "description", "timing"),
    "actions": ("kind", "status", "subject"),
}


def _describe(field_name: str, item: dict) -> str:
    """One-line view of an item: its SPEC keys, then evidence offsets."""
    base = field_name.split(".")[0]
    base = "ratings" if base in ("transitions", "changes") else base
    keys = _SUMMARY_KEYS.get(base, tuple(sorted(k for k in item if k != "evidence")))
    parts = [f"{k}={json.dumps(item.get(k), ensure_ascii=False)}" for k in keys]
    return ", ".join(parts) + _evidence_text(item)


@dataclass
class EvaluationReport:
    """Micro-averaged scores over a corpus, with the per-article details."""

    docs: int
    scores: dict[str, FieldScore]
    articles: list[ArticleScore]
    # Article texts by id, when the caller has them (evaluate_corpus does): the
    # HTML report highlights evidence in them. Not part of the scores.
    texts: dict[str, str] = field(default_factory=dict)

    def to_json(self) -> dict:
        """``{"docs": n, "scores": {field: {p, r, f1, tp, fp, fn}}}``, ratios unrounded.

        Unrounded because a reader who rounds a 4-decimal figure again to 3
        decimals can be off by one in the third (0.95849 -> 0.9585 -> 0.959).
        """
        return {
            "docs": self.docs,
            "scores": {f: self.scores[f].as_dict() for f in FIELDS},
        }

    def _rows(self) -> list[list[str]]:
        rows = []
        for f in FIELDS:
            s = self.scores[f]
            rows.append([f, f"{s.p:.3f}", f"{s.r:.3f}", f"{s.f1:.3f}",
                         str(s.tp), str(s.fp), str(s.fn)])
        return rows

    def to_markdown(self) -> str:
        """A Markdown table: field | P | R | F1 | TP | FP | FN."""
        lines = [f"Documents: {self.docs}", "",
                 "| field | P | R | F1 | TP | FP | FN |",
                 "|---|---:|---:|---:|---:|---:|---:|"]
        lines += ["| " + " | ".join(row) + " |" for row in self._rows()]
        return "\n".join(lines) + "\n"

    def to_text(self) -> str:
        """An aligned plain-text table for a terminal."""
        header = ["field", "P", "R", "F1", "TP", "FP", "FN"]
        rows = [header, *self._rows()]
        widths = [max(len(r[c]) for r in rows) for c in range(len(header))]

        def fmt(row: list[str]) -> str:
            cells = [row[0].ljust(widths[0])]
            cells += [cell.rjust(w) for cell, w in zip(row[1:], widths[1:])]
            return "  ".join(cells)

        lines = [f"docs: {self.docs}", fmt(header), "  ".join("-" * w for w in widths)]
        lines += [fmt(r) for r in rows[1:]]
        return "\n".join(lines) + "\n"

    def errors_text(self) -> str:
        """Per article and field: missed gold items, spurious predicted items,
        and for accuracy fields the wrong (gold, predicted) pairs; evidence
        offsets are shown as ``@start-end`` when the prediction has them."""
        out: list[str] = []
        for art in self.articles:
            if not art.has_errors and not art.error:
                continue
            out.append(f"== {art.id}")
            if art.error:
                out.append(f"  error: {art.error}")
            for f in FIELDS:
                out += _field_errors(f, art)
        return "\n".join(out) + "\n" if out else "no errors\n"


def _field_errors(name: str, art: ArticleScore) -> list[str]:
    """The error lines of one field of one article."""
    misses, spurious = art.misses.get(name, []), art.spurious.get(name, [])
    if not misses and not spurious:
        return []
    lines = [f"  {name}:"]
    if name in ACCURACY_FIELDS:
        sub = name.split(".")[1]
        for g, p in zip(misses, spurious):
            lines.append(
                f"    wrong {sub}: gold {json.dumps(g.get(sub), ensure_ascii=False)}"
                f" / predicted {json.dumps(p.get(sub), ensure_ascii=False)}"
                f" ({_describe(name, p)})"
            )
        return lines
    lines += [f"    - missed   {_describe(name, g)}" for g in misses]
    lines += [f"    + spurious {_describe(name, p)}" for p in spurious]
    return lines


def score_corpus(pairs: Iterable[tuple[dict, dict]]) -> EvaluationReport:
    """Score (gold, predicted) record pairs and micro-average over the corpus."""
    totals = _empty_scores()
    articles = []
    for gold, pred in pairs:
        art = score_pair(gold, pred)
        for f in FIELDS:
            totals[f].add(art.scores[f])
        articles.append(art)
    return EvaluationReport(docs=len(articles), scores=totals, articles=articles)


# --------------------------------------------------------------------------
# Gold corpora
# --------------------------------------------------------------------------

def load_gold(path: str | Path) -> list[dict]:
    """Load a gold corpus as ``[{"id", "text", "gold"}]``.

    ``path`` is a folder with ``texts/<id>.txt`` and ``gold/<id>.json``
    (sorted by id) or a JSONL file with one ``{"id", "text", "gold"}`` object
    per line (file order; blank lines skipped).
    """
    path = Path(path)
    if not path.exists():
        raise FileNotFoundError(f"gold corpus not found: {path}")
    if path.is_dir():
        return _load_gold_folder(path)
    return _load_gold_jsonl(path)


def _load_gold_folder(path: Path) -> list[dict]:
    texts_dir, gold_dir = path / "texts", path / "gold"
    for d in (texts_dir, gold_dir):
        if not d.is_dir():
            raise FileNotFoundError(
                f"{path} is not a gold corpus folder: missing {d.name}/ "
                "(expected texts/<id>.txt and gold/<id>.json)"
            )
    texts = {p.stem: p for p in texts_dir.glob("*.txt")}
    golds = {p.stem: p for p in gold_dir.glob("*.json")}
    if missing := sorted(texts.keys() - golds.keys()):
        raise FileNotFoundError(
            f"texts without gold in {path}: {', '.join(missing)} "
            f"(expected {gold_dir}/<id>.json)"
        )
    if orphans := sorted(golds.keys() - texts.keys()):
        raise ValueError(f"gold without text in {path}: {', '.join(orphans)}")
    records = []
    for doc_id in sorted(texts):
        try:
            gold = json.loads(golds[doc_id].read_text(encoding="utf-8"))
        except json.JSONDecodeError as exc:
            raise ValueError(f"{golds[doc_id]}: bad JSON: {exc}") from exc
        if not isinstance(gold, dict):
            raise ValueError(f"{golds[doc_id]}: expected a JSON object")
        text = texts[doc_id].read_text(encoding="utf-8")
        records.append({"id": doc_id, "text": text, "gold": gold})
    return records


def _load_gold_jsonl(path: Path) -> list[dict]:
    # One JSONL reader for the project (it names the line of bad JSON or
    # missing keys); imported here so the scorer itself needs no pydantic.
    from .corpus import iter_json_lines

    records, seen = [], set()
    for obj in iter_json_lines(path, ("id", "text", "gold")):
        if not isinstance(obj["gold"], dict):
            raise ValueError(f"{path}: 'gold' of {obj['id']!r} must be an object")
        if obj["id"] in seen:
            raise ValueError(f"{path}: duplicate id {obj['id']!r}")
        seen.add(obj["id"])
        records.append({"id": obj["id"], "text": obj["text"], "gold": obj["gold"]})
    return records
