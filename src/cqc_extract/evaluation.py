"""Running the pipeline over an annotated corpus and scoring it (SPEC.md §3)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Iterable

from .scoring import EvaluationReport, load_gold, score_corpus


def read_predictions(path: str | Path) -> dict[str, dict]:
    """Predicted records from a JSONL file, by id."""
    records: dict[str, dict] = {}
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{number}: not JSON ({exc.msg})") from exc
            if not isinstance(record, dict) or "id" not in record:
                raise ValueError(f"{path}:{number}: a record needs an 'id'")
            records[str(record["id"])] = record
    return records


def predict(articles: Iterable[dict], *, profile: str = "accurate", nlp=None) -> dict[str, dict]:
    """Run the pipeline over {id, text} articles; records as JSON dicts by id."""
    from . import extract_many

    pairs = [(a["id"], a["text"]) for a in articles]
    return {
        record.id: record.model_dump(mode="json")
        for record in extract_many(pairs, nlp=nlp, profile=profile)
    }


def evaluate_corpus(
    gold: str | Path | list[dict],
    predictions: str | Path | dict[str, dict] | None = None,
    *,
    profile: str = "accurate",
    nlp=None,
) -> EvaluationReport:
    """Score predictions (a JSONL path, a dict by id, or None to run the pipeline)
    against gold (a corpus path or a list of {id, text, gold})."""
    articles = load_gold(gold) if isinstance(gold, (str, Path)) else list(gold)
    if predictions is None:
        predicted = predict(articles, profile=profile, nlp=nlp)
    elif isinstance(predictions, (str, Path)):
        predicted = read_predictions(predictions)
    else:
        predicted = predictions
    # An article with no prediction scores as an empty record: nothing is skipped.
    pairs = [(a["gold"], predicted.get(a["id"], {"id": a["id"]})) for a in articles]
    return score_corpus(pairs)
