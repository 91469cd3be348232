"""The per-field rules of SPEC.md §3: what matches what, and the counts
(tp, fp, fn) of one article. Standard library only."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable

from .matching import max_matching
from .normalise import dice, name_keys, normalise, person_key

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

# Dice thresholds of SPEC §3.
_RATIO = {"role": 0.5, "description": 0.5, "service": 0.7}


def same_org(a_names: Iterable[str | None], b_names: Iterable[str | None]) -> bool:
    """True when two organisations share a normalised name/alias, or one side's
    acronym equals a name/alias of the other ("CQC" = "Care Quality Commission")."""
    a_norm, a_acro = name_keys(a_names)
    b_norm, b_acro = name_keys(b_names)
    return bool(a_norm & b_norm or a_acro & b_norm or b_acro & a_norm)


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


def item_field(name: str) -> str:
    """The record list the items of a score field come from: "people.role" ->
    "people", "transitions" and "changes" -> "ratings"."""
    base = name.split(".")[0]
    return "ratings" if base in ("transitions", "changes") else base


@dataclass(frozen=True)
class ScoreError:
    """One error of one article: a gold item missed, a predicted item that is
    spurious, or (accuracy fields) a matched pair whose sub-field is wrong."""

    field: str  # a name of FIELDS
    kind: str  # "missed", "spurious" or "wrong"
    item: dict  # the gold item (missed) or the predicted item (spurious, wrong)
    gold: dict | None = None  # wrong: the gold item of the pair

    @property
    def subfield(self) -> str | None:
        """The wrong sub-field ("role" of "people.role"), for a wrong pair."""
        return self.field.split(".")[1] if self.kind == "wrong" else None


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

    def errors(self) -> list[ScoreError]:
        """Every error of the article, field by field in FIELDS order: the wrong
        pairs of an accuracy field, else its missed then its spurious items."""
        found: list[ScoreError] = []
        for name in FIELDS:
            misses, spurious = self.misses.get(name, []), self.spurious.get(name, [])
            if name in ACCURACY_FIELDS:
                found += [ScoreError(name, "wrong", p, g) for g, p in zip(misses, spurious)]
            else:
                found += [ScoreError(name, "missed", g) for g in misses]
                found += [ScoreError(name, "spurious", p) for p in spurious]
        return found



def record_items(record: Mapping, key: str) -> list[dict]:
    """The items under ``key`` of a record dict, or [] when absent or null
    (e.g. an error record); anything that is not an item is skipped."""
    value = record.get(key) or []
    return [x for x in value if isinstance(x, Mapping)]


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
        art, "organisations", record_items(gold, "organisations"), record_items(pred, "organisations"),
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
        key = person_key(g.get("name"))
        return bool(key) and key == person_key(p.get("name"))

    pairs = _count_matches(
        art, "people", record_items(gold, "people"), record_items(pred, "people"), same_person, correct,
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
        for r in record_items(gold, "ratings")
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
        art, "ratings", record_items(gold, "ratings"), record_items(pred, "ratings"),
        rating_ok, lambda g, p: int(subject_ok(g, p)),
    )
    for g, p in pairs:
        art._judge("ratings.subject", subject_ok(g, p), g, p)

    # transitions / changes: only items with the value, matched as ratings
    # plus an equal value.
    for name, key in (("transitions", "previous"), ("changes", "change")):
        golds = [r for r in record_items(gold, "ratings") if r.get(key) is not None]
        preds = [r for r in record_items(pred, "ratings") if r.get(key) is not None]
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
        art, "investments", record_items(gold, "investments"), record_items(pred, "investments"),
        _same_amount, correct,
    )
    for g, p in pairs:
        if g.get("description") is not None:
            art._judge("investments.description", description_ok(g, p), g, p)


def _score_actions(art: ArticleScore, gold: dict, pred: dict) -> None:
    _count_matches(
        art, "actions", record_items(gold, "actions"), record_items(pred, "actions"),
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
