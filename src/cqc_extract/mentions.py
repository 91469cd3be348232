"""Mention-level scores: the spans the pipeline found against gold spans.

SPEC.md §3 scores records (one item per organisation, rating, ...). People who
tune the rules also want to know whether each *mention* was found, and with the
right boundaries. This module compares spans per kind (organisations, people,
ratings, investments, actions) in the sense of nervaluate / SemEval-2013 9.1,
under four schemes:

* ``strict``  — exact offsets and the same kind;
* ``exact``   — exact offsets, any kind;
* ``partial`` — overlapping offsets, any kind; an overlap that is not exact
  earns half credit;
* ``type``    — overlapping offsets and the same kind.

Each gold span and each predicted span is used at most once (unlike
nervaluate, where one gold span can be found by several predictions):
pairs are taken best first — exact and same kind, exact, overlapping and
same kind, overlapping — then by the size of the overlap. A pair is
``correct``, ``incorrect`` or ``partial`` depending on the scheme; a gold
span left over is ``missed``, a predicted one ``spurious``.

Predicted spans are the ``evidence`` offsets of the predicted items (one span
per distinct (start, end, kind)). Gold spans come from the gold items'
``evidence`` when they carry it; otherwise they are found in the text:

* organisations: every occurrence of a gold name or alias (also without a
  leading "The"), case-sensitive, whole words, leftmost-longest;
* people: every occurrence of a gold name (surname-only mentions are not
  counted: the gold record does not say which are theirs);
* investments: every sum of money in the text (``money.find_amounts``) within
  0.5 % of a gold amount.

Ratings and actions have no span in the text that the gold record pins down,
so they are judged only in articles whose gold items of that kind all carry
evidence (none in the bundled corpus); other articles are left out for that
kind and ``articles`` counts the ones judged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from .schema import ITEM_FIELDS
from .scoring import record_items

# The record's item lists (schema.py), in record order.
KINDS: tuple[str, ...] = ITEM_FIELDS
SCHEMES: tuple[str, ...] = ("strict", "exact", "partial", "type")
# Kinds whose gold spans can be found in the text when gold has no evidence.
TEXT_FOUND_KINDS = frozenset({"organisations", "people", "investments"})
CATEGORIES: tuple[str, ...] = ("correct", "incorrect", "partial", "missed", "spurious")


@dataclass(frozen=True, order=True)
class EvidenceSpan:
    """One evidence span as the mention scores compare it (not the ratings component's cue hit, ratings.facts.Mention)."""

    start: int
    end: int
    kind: str

    def overlap(self, other: "EvidenceSpan") -> int:
        return max(0, min(self.end, other.end) - max(self.start, other.start))


# How a matched pair counts under each scheme (nervaluate's scenarios),
# indexed by rank: 0 same span and kind, 1 same span, 2 overlap and same kind, 3 overlap.
SCENARIO_NAMES = ("exact", "exact, other kind", "overlap", "overlap, other kind")
_SAME_SPAN_SAME_KIND = {"strict": "correct", "exact": "correct", "partial": "correct", "type": "correct"}
_SAME_SPAN_OTHER_KIND = {"strict": "incorrect", "exact": "correct", "partial": "correct", "type": "incorrect"}
_OVERLAP_SAME_KIND = {"strict": "incorrect", "exact": "incorrect", "partial": "partial", "type": "correct"}
_OVERLAP_OTHER_KIND = {"strict": "incorrect", "exact": "incorrect", "partial": "partial", "type": "incorrect"}


@dataclass
class MentionCounts:
    """nervaluate counts of one scheme, with precision, recall and F1."""

    correct: int = 0
    incorrect: int = 0
    partial: int = 0
    missed: int = 0
    spurious: int = 0
    half_credit: bool = False  # the partial scheme: a partial pair is worth 0.5

    @property
    def possible(self) -> int:
        return self.correct + self.incorrect + self.partial + self.missed

    @property
    def actual(self) -> int:
        return self.correct + self.incorrect + self.partial + self.spurious

    def _credit(self) -> float:
        return self.correct + (0.5 * self.partial if self.half_credit else 0.0)

    @property
    def p(self) -> float:
        # As in SPEC §3: 1 over nothing, 0 when only gold spans exist.
        if self.actual == 0:
            return 1.0 if self.possible == 0 else 0.0
        return self._credit() / self.actual

    @property
    def r(self) -> float:
        if self.possible == 0:
            return 1.0 if self.actual == 0 else 0.0
        return self._credit() / self.possible

    @property
    def f1(self) -> float:
        p, r = self.p, self.r
        return 0.0 if p + r == 0 else 2 * p * r / (p + r)

    def add(self, other: "MentionCounts") -> None:
        for name in CATEGORIES:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def as_dict(self) -> dict[str, float | int]:
        counts = {name: getattr(self, name) for name in CATEGORIES}
        return {**counts, "possible": self.possible, "actual": self.actual,
                "p": self.p, "r": self.r, "f1": self.f1}


def _empty_schemes() -> dict[str, MentionCounts]:
    return {s: MentionCounts(half_credit=(s == "partial")) for s in SCHEMES}


@dataclass
class MentionScores:
    """Counts per kind and scheme, plus how many articles each kind was judged in."""

    kinds: dict[str, dict[str, MentionCounts]] = field(
        default_factory=lambda: {k: _empty_schemes() for k in KINDS})
    articles: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))
    # Every pairing decision: (scenario, gold span or None, predicted span or None).
    pairs: list[tuple[str, EvidenceSpan | None, EvidenceSpan | None]] = field(default_factory=list)
    # Readable lines for every span that is not an exact match, by article id.
    errors: dict[str, list[str]] = field(default_factory=dict)

    def total(self) -> dict[str, MentionCounts]:
        out = _empty_schemes()
        for schemes in self.kinds.values():
            for s, counts in schemes.items():
                out[s].add(counts)
        return out

    def add(self, other: "MentionScores") -> None:
        for kind in KINDS:
            self.articles[kind] += other.articles[kind]
            for s in SCHEMES:
                self.kinds[kind][s].add(other.kinds[kind][s])
        self.pairs += other.pairs
        self.errors.update(other.errors)

    def errors_text(self) -> str:
        """Per article: missed and spurious spans, and pairs that are not exact
        (offsets and text), for whoever tunes the rules."""
        out = []
        for art_id, lines in self.errors.items():
            if lines:
                out.append(f"== {art_id} (mentions)")
                out += [f"  {line}" for line in lines]
        return "\n".join(out) + "\n" if out else "no mention errors\n"

    def to_json(self) -> dict[str, Any]:
        """``{"kinds": {kind: {"articles": n, scheme: counts}}, "all": {scheme: counts}}``."""
        kinds = {
            kind: {"articles": self.articles[kind],
                   **{s: self.kinds[kind][s].as_dict() for s in SCHEMES}}
            for kind in KINDS
        }
        return {"kinds": kinds, "all": {s: c.as_dict() for s, c in self.total().items()}}

    def _rows(self) -> list[list[str]]:
        rows = []
        judged = [k for k in KINDS if self.articles[k]]
        groups = [(k, self.kinds[k]) for k in judged] + [("all", self.total())]
        for name, schemes in groups:
            for s in SCHEMES:
                c = schemes[s]
                rows.append([name, s, *(str(getattr(c, n)) for n in CATEGORIES),
                             f"{c.p:.3f}", f"{c.r:.3f}", f"{c.f1:.3f}"])
        return rows

    _HEADER = ["kind", "scheme", "COR", "INC", "PAR", "MIS", "SPU", "P", "R", "F1"]

    def _not_judged(self) -> str:
        missing = [k for k in KINDS if not self.articles[k]]
        return f"not judged (no gold spans): {', '.join(missing)}\n" if missing else ""

    def to_text(self) -> str:
        rows = [self._HEADER, *self._rows()]
        widths = [max(len(r[c]) for r in rows) for c in range(len(self._HEADER))]

        def fmt(row: list[str]) -> str:
            left = [row[0].ljust(widths[0]), row[1].ljust(widths[1])]
            return "  ".join(left + [cell.rjust(w) for cell, w in zip(row[2:], widths[2:])])

        lines = ["mentions (nervaluate schemes):", fmt(self._HEADER),
                 "  ".join("-" * w for w in widths)]
        lines += [fmt(r) for r in rows[1:]]
        return "\n".join(lines) + "\n" + self._not_judged()

    def to_markdown(self) -> str:
        lines = ["| " + " | ".join(self._HEADER) + " |",
                 "|---|---|" + "---:|" * (len(self._HEADER) - 2)]
        lines += ["| " + " | ".join(r) + " |" for r in self._rows()]
        note = self._not_judged()  # after a blank line, or Markdown reads it as a table row
        return "\n".join(lines) + "\n" + (f"\n{note}" if note else "")


# --------------------------------------------------------------------------
# Comparing span sets
# --------------------------------------------------------------------------

def compare(gold: Iterable[EvidenceSpan], predicted: Iterable[EvidenceSpan]) -> MentionScores:
    """nervaluate counts of predicted spans against gold spans (one to one)."""
    gold = sorted(set(gold))
    predicted = sorted(set(predicted))
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(predicted):
            overlap = g.overlap(p)
            if overlap == 0:
                continue
            same_span = (g.start, g.end) == (p.start, p.end)
            rank = (0 if same_span else 2) + (0 if g.kind == p.kind else 1)
            candidates.append((rank, -overlap, gi, pi))
    candidates.sort()
    scores = MentionScores()
    used_g: set[int] = set()
    used_p: set[int] = set()
    scenarios = (_SAME_SPAN_SAME_KIND, _SAME_SPAN_OTHER_KIND, _OVERLAP_SAME_KIND, _OVERLAP_OTHER_KIND)
    for rank, _, gi, pi in candidates:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        scores.pairs.append((SCENARIO_NAMES[rank], gold[gi], predicted[pi]))
        for scheme, category in scenarios[rank].items():
            counts = scores.kinds[gold[gi].kind][scheme]  # a pair counts under its gold kind
            setattr(counts, category, getattr(counts, category) + 1)
    for gi, g in enumerate(gold):
        if gi not in used_g:
            scores.pairs.append(("missed", g, None))
            for counts in scores.kinds[g.kind].values():
                counts.missed += 1
    for pi, p in enumerate(predicted):
        if pi not in used_p:
            scores.pairs.append(("spurious", None, p))
            for counts in scores.kinds[p.kind].values():
                counts.spurious += 1
    return scores


# --------------------------------------------------------------------------
# Spans of a record
# --------------------------------------------------------------------------

def _evidence_spans(item: dict, kind: str) -> list[EvidenceSpan]:
    spans = []
    for ev in item.get("evidence") or []:
        if isinstance(ev, dict) and isinstance(ev.get("start"), int) and isinstance(ev.get("end"), int):
            spans.append(EvidenceSpan(ev["start"], ev["end"], kind))
    return spans


def predicted_mentions(record: dict) -> list[EvidenceSpan]:
    """The evidence spans of a predicted record, one per (start, end, kind)."""
    spans = {m for kind in KINDS for item in record_items(record, kind) for m in _evidence_spans(item, kind)}
    return sorted(spans)


def _occurrences(text: str, phrases: Iterable[str], kind: str) -> list[EvidenceSpan]:
    """Whole-word occurrences of any phrase, leftmost-longest, not overlapping."""
    phrases = sorted({p for p in phrases if p and p.strip()}, key=len, reverse=True)
    if not phrases:
        return []
    # \b would fail beside a final '.' or ')'; look for word characters instead.
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, phrases)) + r")(?!\w)")
    return [EvidenceSpan(m.start(), m.end(), kind) for m in pattern.finditer(text)]


def _org_phrases(item: dict) -> list[str]:
    names = [item.get("name") or "", *(item.get("aliases") or [])]
    out = []
    for name in names:
        out.append(name)
        if name[:4].lower() == "the ":
            out.append(name[4:])  # "The X Trust" is often "the X Trust" in running text
    return out


def _near(amount: float, gold_amounts: list[float]) -> bool:
    return any(abs(amount - g) * 1000 <= 5 * abs(g) for g in gold_amounts)


def gold_mentions(text: str, gold: dict) -> tuple[list[EvidenceSpan], set[str]]:
    """Gold spans of an article and the kinds they judge (see the module doc)."""
    spans: list[EvidenceSpan] = []
    judged: set[str] = set()
    for kind in KINDS:
        items = record_items(gold, kind)
        if items and all(item.get("evidence") for item in items):
            spans += [m for item in items for m in _evidence_spans(item, kind)]
            judged.add(kind)
        elif kind in TEXT_FOUND_KINDS:
            spans += _found_in_text(text, items, kind)
            judged.add(kind)
    return sorted(set(spans)), judged


def _found_in_text(text: str, items: list[dict], kind: str) -> list[EvidenceSpan]:
    if kind == "organisations":
        return _occurrences(text, [p for item in items for p in _org_phrases(item)], kind)
    if kind == "people":
        return _occurrences(text, [item.get("name") or "" for item in items], kind)
    from .money import find_amounts

    amounts = [float(i["amount_gbp"]) for i in items if isinstance(i.get("amount_gbp"), (int, float))]
    if not amounts:
        return []
    return [EvidenceSpan(m.start, m.end, kind) for m in find_amounts(text) if _near(float(m.amount_gbp), amounts)]


def score_article(text: str, gold: dict, pred: dict, id: str | None = None) -> MentionScores:
    """Mention scores of one article; kinds without gold spans are left out."""
    gold_spans, judged = gold_mentions(text, gold)
    pred_spans = [m for m in predicted_mentions(pred or {}) if m.kind in judged]
    scores = compare(gold_spans, pred_spans)
    for kind in judged:
        scores.articles[kind] = 1
    scores.errors[str(id)] = _error_lines(text, scores.pairs)
    return scores


def _error_lines(text: str, pairs) -> list[str]:
    def show(m: EvidenceSpan) -> str:
        return f"{m.start}-{m.end} {text[m.start:m.end]!r}"

    lines = []
    for scenario, g, p in sorted(pairs, key=lambda x: (x[1] or x[2]).start):
        if scenario == "exact":
            continue
        if g is None:
            lines.append(f"{p.kind:13s} spurious  {show(p)}")
        elif p is None:
            lines.append(f"{g.kind:13s} missed    {show(g)}")
        else:
            kind = g.kind if g.kind == p.kind else f"{g.kind} / predicted as {p.kind}"
            lines.append(f"{kind:13s} {scenario}: gold {show(g)}, predicted {show(p)}")
    return lines


def score_mentions(articles: Iterable[dict], predictions: dict[str, dict]) -> MentionScores:
    """Micro-summed mention scores over {id, text, gold} articles and records by id."""
    total = MentionScores()
    for article in articles:
        total.add(score_article(article["text"], article["gold"],
                                predictions.get(article["id"]) or {}, id=article["id"]))
    return total


def evaluate_with_mentions(
    gold: str | Path | list[dict],
    predictions: str | Path | dict[str, dict] | None = None,
    *,
    profile: str = "accurate",
    nlp=None,
):
    """The SPEC §3 report and the mention scores from one pass of the pipeline."""
    from .evaluation import evaluate_corpus, gold_and_predictions

    articles, predicted = gold_and_predictions(gold, predictions, profile=profile, nlp=nlp)
    return evaluate_corpus(articles, predicted), score_mentions(articles, predicted)
