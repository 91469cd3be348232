"""Running the pipeline over an annotated corpus and scoring it (SPEC.md §3)."""

from __future__ import annotations

from pathlib import Path
from typing import Iterable

from .corpus import iter_json_lines, load_gold
from .scoring import EvaluationReport, score_corpus


def read_predictions(path: str | Path) -> dict[str, dict]:
    """Predicted records from a JSONL file, by id."""
    return {str(record["id"]): record for record in iter_json_lines(path, ("id",))}


def predict(articles: Iterable[dict], *, profile: str = "accurate", nlp=None) -> dict[str, dict]:
    """Run the pipeline over {id, text} articles; records as JSON dicts by id."""
    from .api import extract_many

    pairs = [(a["id"], a["text"]) for a in articles]
    return {
        record.id: record.model_dump(mode="json")
        for record in extract_many(pairs, nlp=nlp, profile=profile)
    }


def gold_and_predictions(gold, predictions=None, *, profile: str = "accurate", nlp=None):
    """The gold articles and the predicted records by id: read from a JSONL
    path, taken as given, or (None) made by running the pipeline."""
    articles = load_gold(gold) if isinstance(gold, (str, Path)) else list(gold)
    if predictions is None:
        predicted = predict(articles, profile=profile, nlp=nlp)
    elif isinstance(predictions, (str, Path)):
        predicted = read_predictions(predictions)
    else:
        predicted = predictions
    return articles, predicted


def evaluate_corpus(
    gold: str | Path | list[dict],
    predictions: str | Path | dict[str, dict] | None = None,
    *,
    profile: str = "accurate",
    nlp=None,
) -> EvaluationReport:
    """Score predictions (a JSONL path, a dict by id, or None to run the pipeline)
    against gold (a corpus path or a list of {id, text, gold})."""
    articles, predicted = gold_and_predictions(gold, predictions, profile=profile, nlp=nlp)
    # An article with no prediction scores as an empty record: nothing is skipped.
    pairs = [(a["gold"], predicted.get(a["id"], {"id": a["id"]})) for a in articles]
    report = score_corpus(pairs)
    report.texts = {a["id"]: a["text"] for a in articles}
    return report
