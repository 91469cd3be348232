"""The annotated corpus: JSONL, one object per line with `id`, `text`, `gold`
(a SPEC.md record without evidence) and optionally `theme`.

`validate_corpus(path)` checks every gold record against the schema and the
SPEC vocabularies; `load_corpus(path)` returns a `datasets.Dataset` with
declared features.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Iterator

from pydantic import ValidationError

from .schema import ArticleRecord

_S = "string"


def corpus_features():
    from datasets import Features, Value

    text = Value(_S)
    return Features(
        {
            "id": text,
            "theme": text,
            "text": text,
            "gold": {
                "organisations": [{"name": text, "kind": text, "aliases": [text]}],
                "people": [{"name": text, "role": text, "organisation": text, "quoted": Value("bool")}],
                "ratings": [
                    {"subject": text, "service": text, "domain": text, "rating": text, "previous": text, "change": text}
                ],
                "investments": [{"amount_gbp": Value("float64"), "description": text, "timing": text}],
                "actions": [{"kind": text, "status": text, "subject": text}],
            },
        }
    )


def iter_json_lines(path: str | Path, required: tuple[str, ...] = ()) -> Iterator[dict[str, Any]]:
    """JSON objects of a JSONL file, blank lines skipped; a ValueError names the
    line of anything that is not an object with the `required` keys."""
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{number}: not JSON ({exc.msg})") from exc
            missing = sorted(set(required) - set(obj)) if isinstance(obj, dict) else ["an object"]
            if missing:
                raise ValueError(f"{path}:{number}: missing {', '.join(missing)}")
            yield obj


def read_corpus(path: str | Path) -> list[dict[str, Any]]:
    """Articles of a corpus JSONL file, in file order (ValueError names the line)."""
    return list(iter_json_lines(path, ("id", "text", "gold")))


def validate_corpus(path: str | Path) -> list[str]:
    """Problems found in a corpus (empty when it is valid)."""
    problems: list[str] = []
    seen: set[str] = set()
    for article in read_corpus(path):
        art_id = article["id"]
        if art_id in seen:
            problems.append(f"{art_id}: duplicate id")
        seen.add(art_id)
        gold = article["gold"]
        if gold.get("id") not in (None, art_id):
            problems.append(f"{art_id}: gold id {gold.get('id')!r} differs")
        try:
            record = ArticleRecord.model_validate(gold)
        except ValidationError as exc:
            problems.append(f"{art_id}: {exc.errors()[0]['loc']}: {exc.errors()[0]['msg']}")
            continue
        names = {o.name for o in record.organisations}
        refs = [r.subject for r in record.ratings] + [p.organisation for p in record.people] + [a.subject for a in record.actions]
        for ref in refs:
            if ref is not None and ref not in names:
                problems.append(f"{art_id}: {ref!r} is not the name of an organisation in the record")
        keys = [(r.subject, r.service, r.domain) for r in record.ratings]
        if len(keys) != len(set(keys)):
            problems.append(f"{art_id}: a (subject, service, domain) is rated twice")
    return problems


def load_corpus(path: str | Path):
    """The corpus as a `datasets.Dataset` with declared features."""
    from datasets import Dataset

    rows = []
    for article in read_corpus(path):
        gold = {key: article["gold"].get(key, []) for key in ("organisations", "people", "ratings", "investments", "actions")}
        gold["investments"] = [dict(i, amount_gbp=float(i["amount_gbp"])) for i in gold["investments"]]
        rows.append({"id": article["id"], "theme": article.get("theme"), "text": article["text"], "gold": gold})
    return Dataset.from_list(rows, features=corpus_features())
