"""The corpus report of SPEC.md §3 scores: micro-averaged figures as JSON,
Markdown or a terminal table, and the error list as text (visualize.py renders
the same `ArticleScore.errors()` as HTML)."""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass, field
from typing import Iterable

from .fields import FIELDS, ArticleScore, FieldScore, ScoreError, _empty_scores, item_field, score_pair


def _evidence_text(item: dict) -> str:
    """" @start-end" for each evidence span an item carries, else ""."""
    spans = item.get("evidence") or []
    marks = [
        f"{e.get('start')}-{e.get('end')}"
        for e in spans if isinstance(e, dict) and "start" in e and "end" in e
    ]
    return f" @{','.join(marks)}" if marks else ""



@functools.lru_cache(maxsize=None)
def _keys_by_field() -> dict[str, tuple[str, ...]]:
    # The record models are the one source of an item's keys; imported late so
    # that matching and the field rules need nothing but the standard library.
    from ..schema import item_models

    return {name: tuple(f for f in model.model_fields if f != "evidence") for name, model in item_models().items()}


def item_keys(name: str) -> tuple[str, ...] | None:
    """The keys (SPEC §1, evidence aside) an error line shows of an item of the
    score field `name`, in record order; None for a field of no record list."""
    return _keys_by_field().get(item_field(name))


def _describe(field_name: str, item: dict) -> str:
    """One-line view of an item: its SPEC keys, then evidence offsets."""
    keys = item_keys(field_name) or tuple(sorted(k for k in item if k != "evidence"))
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
            current = None
            for error in art.errors():
                if error.field != current:
                    out.append(f"  {error.field}:")
                    current = error.field
                out.append(_error_line(error))
        return "\n".join(out) + "\n" if out else "no errors\n"


def _error_line(error: ScoreError) -> str:
    """The line of one error in `errors_text`."""
    if error.kind == "wrong":
        sub = error.subfield
        return (
            f"    wrong {sub}: gold {json.dumps(error.gold.get(sub), ensure_ascii=False)}"
            f" / predicted {json.dumps(error.item.get(sub), ensure_ascii=False)}"
            f" ({_describe(error.field, error.item)})"
        )
    if error.kind == "missed":
        return f"    - missed   {_describe(error.field, error.item)}"
    return f"    + spurious {_describe(error.field, error.item)}"


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
