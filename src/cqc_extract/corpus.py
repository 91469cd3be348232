"""The annotated corpus: JSONL, one object per line with `id`, `text`, `gold`
(a SPEC.md record without evidence) and optionally `theme`.

`validate_corpus(path)` checks every gold record against the schema and the
SPEC vocabularies; `load_corpus(path)` returns a `datasets.Dataset` with
declared features; `load_gold(path)` reads a corpus folder (texts/, gold/) or
JSONL file as the scorer takes it.

`iter_inputs(path)` streams `(id, raw)` pairs for the batch runner from a
folder of .txt/.html files, a JSONL, CSV or Parquet file (or Parquet folder),
or a saved `datasets` Dataset (docs/batch.md).
"""

from __future__ import annotations

import csv
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator

from pydantic import ValidationError

from .schema import ITEM_FIELDS, ArticleRecord, ColumnType, columns, item_models

def _feature(kind: ColumnType):
    """The `datasets` feature of a column type of schema.columns()."""
    from datasets import Value

    if isinstance(kind, str):
        return Value(kind)
    container, inner = kind
    if container == "list":
        return [_feature(inner)]
    return {name: _feature(column) for name, column in inner}


def corpus_features():
    """Features of `load_corpus`: id, theme, text, and the gold items (the
    models of schema.py without evidence, which gold records do not carry)."""
    from datasets import Features, Value

    text = Value("string")
    gold = {name: [{c: _feature(k) for c, k in columns(model, exclude=("evidence",))}] for name, model in item_models().items()}
    return Features({"id": text, "theme": text, "text": text, "gold": gold})


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

    # Amounts are JSON integers or floats; a float64 column takes them as floats.
    floats = {name: [c for c, k in columns(model) if k == "float64"] for name, model in item_models().items()}
    rows = []
    for article in read_corpus(path):
        gold = {key: article["gold"].get(key, []) for key in ITEM_FIELDS}
        for key, names in floats.items():
            if names:
                gold[key] = [dict(i, **{n: float(i[n]) for n in names if i.get(n) is not None}) for i in gold[key]]
        rows.append({"id": article["id"], "theme": article.get("theme"), "text": article["text"], "gold": gold})
    return Dataset.from_list(rows, features=corpus_features())


# --- gold corpora for scoring -----------------------------------------------------

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
    records, seen = [], set()
    for obj in iter_json_lines(path, ("id", "text", "gold")):
        if not isinstance(obj["gold"], dict):
            raise ValueError(f"{path}: 'gold' of {obj['id']!r} must be an object")
        if obj["id"] in seen:
            raise ValueError(f"{path}: duplicate id {obj['id']!r}")
        seen.add(obj["id"])
        records.append({"id": obj["id"], "text": obj["text"], "gold": obj["gold"]})
    return records


# --- batch inputs ---------------------------------------------------------------
#
# `iter_inputs(path)` streams `(id, raw)` pairs from any input the batch runner
# takes; raw is str or bytes, or an `Unreadable` saying why a row has no text
# (the runner writes an error record for it: a row is never skipped).

TEXT_SUFFIXES = (".txt", ".html", ".htm")
# How many rows a columnar reader holds at once (memory stays flat).
READ_BATCH_ROWS = 512


@dataclass(frozen=True)
class Unreadable:
    """An input row without a usable text; `reason` goes into its error record."""

    reason: str



def input_kind(path: str | Path) -> str:
    """'folder', 'jsonl', 'csv', 'parquet' or 'dataset' for an input path."""
    path = Path(path)
    if path.is_dir():
        # A saved `datasets` Dataset has these beside its arrow files.
        if (path / "state.json").is_file() and (path / "dataset_info.json").is_file():
            return "dataset"
        if (path / "dataset_dict.json").is_file():
            return "dataset"
        if any(path.rglob("*.parquet")):
            return "parquet"
        return "folder"
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".ndjson"):
        return "jsonl"
    if suffix in (".csv", ".tsv"):
        return "csv"
    if suffix in (".parquet", ".pq"):
        return "parquet"
    if not path.exists():
        raise FileNotFoundError(f"no such input: {path}")
    raise ValueError(f"{path}: unknown input type (use a folder, .jsonl, .csv, .parquet or a saved Dataset)")


def iter_inputs(path: str | Path, *, text_field: str = "text", id_field: str = "id") -> Iterator[tuple[str, Any]]:
    """`(id, raw)` for every article of a folder / JSONL / CSV / Parquet / Dataset."""
    kind = input_kind(path)
    if kind == "folder":
        return iter_folder(path)
    readers = {"jsonl": iter_jsonl, "csv": iter_csv, "parquet": iter_parquet, "dataset": iter_dataset}
    return readers[kind](path, text_field=text_field, id_field=id_field)


def count_inputs(path: str | Path, *, text_field: str = "text", id_field: str = "id") -> int | None:
    """How many items `iter_inputs` will yield (for progress and ETA), cheaply."""
    kind = input_kind(path)
    path = Path(path)
    if kind == "folder":
        return sum(1 for _ in _text_files(path))
    if kind == "jsonl":
        with open(path, "rb") as handle:
            return sum(1 for line in handle if line.strip())
    if kind == "csv":
        return sum(1 for _ in iter_csv(path, text_field=text_field, id_field=id_field))
    if kind == "parquet":
        import pyarrow.parquet as pq

        return sum(pq.ParquetFile(file).metadata.num_rows for file in _parquet_files(path))
    return len(_load_dataset(path))


def _text_files(folder: Path) -> Iterator[Path]:
    # Sorted so that a resumed run meets the files in the same order.
    for file in sorted(folder.rglob("*")):
        if file.suffix.lower() in TEXT_SUFFIXES and file.is_file() and not file.name.startswith("."):
            yield file


def iter_folder(folder: str | Path) -> Iterator[tuple[str, Any]]:
    """Every .txt/.html/.htm file under `folder` (recursively, sorted), id = file stem,
    read as bytes (decoding is the runner's job, so it can flag bad encodings)."""
    for file in _text_files(Path(folder)):
        try:
            yield file.stem, file.read_bytes()
        except OSError as exc:
            yield file.stem, Unreadable(f"could not read {file}: {exc.strerror or exc}")


def _row_item(row: dict[str, Any], number: int, text_field: str, id_field: str) -> tuple[str, Any]:
    """(id, text) of one row; the row number when the id is missing."""
    id_value = row.get(id_field)
    id_ = str(number) if id_value is None or id_value == "" else str(id_value)
    text = row.get(text_field)
    if isinstance(text, (str, bytes)):
        return id_, text
    if text is None:
        return id_, Unreadable(f"no text: field {text_field!r} is missing or null")
    return id_, Unreadable(f"no text: field {text_field!r} holds {type(text).__name__}, not a string")


def iter_jsonl(path: str | Path, *, text_field: str = "text", id_field: str = "id") -> Iterator[tuple[str, Any]]:
    """Rows of a JSONL file; a missing id becomes the line number, a bad line an Unreadable."""
    with open(path, "rb") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except ValueError as exc:  # JSONDecodeError and UnicodeDecodeError
                yield str(number), Unreadable(f"line {number} is not JSON ({exc})")
                continue
            if not isinstance(row, dict):
                yield str(number), Unreadable(f"line {number} is not a JSON object")
                continue
            yield _row_item(row, number, text_field, id_field)


def iter_csv(path: str | Path, *, text_field: str = "text", id_field: str = "id") -> Iterator[tuple[str, Any]]:
    """Rows of a CSV (or .tsv) file with a header; a missing id becomes the row number."""
    # Articles are long: lift the csv module's 128 KB field limit.
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    delimiter = "\t" if Path(path).suffix.lower() == ".tsv" else ","
    with open(path, encoding="utf-8-sig", errors="surrogateescape", newline="") as handle:
        reader = csv.DictReader(handle, delimiter=delimiter)
        if reader.fieldnames is not None and text_field not in reader.fieldnames:
            raise ValueError(f"{path}: no column {text_field!r} (columns: {', '.join(reader.fieldnames)})")
        for number, row in enumerate(reader, 1):
            yield _row_item(row, number, text_field, id_field)


def _parquet_files(path: Path) -> list[Path]:
    return sorted(path.rglob("*.parquet")) if path.is_dir() else [path]


def iter_parquet(path: str | Path, *, text_field: str = "text", id_field: str = "id") -> Iterator[tuple[str, Any]]:
    """Rows of a Parquet file or folder of files, read in record batches."""
    import pyarrow.parquet as pq

    number = 0
    for file in _parquet_files(Path(path)):
        parquet = pq.ParquetFile(file)
        names = parquet.schema_arrow.names
        if text_field not in names:
            raise ValueError(f"{file}: no column {text_field!r} (columns: {', '.join(names)})")
        columns = [text_field] + ([id_field] if id_field in names and id_field != text_field else [])
        for batch in parquet.iter_batches(batch_size=READ_BATCH_ROWS, columns=columns):
            for row in batch.to_pylist():
                number += 1
                yield _row_item(row, number, text_field, id_field)


def _load_dataset(path: str | Path):
    from datasets import DatasetDict, load_from_disk

    dataset = load_from_disk(str(path))
    if isinstance(dataset, DatasetDict):
        raise ValueError(f"{path} is a DatasetDict ({', '.join(dataset)}): give the folder of one split")
    return dataset


def iter_dataset(path_or_dataset: Any, *, text_field: str = "text", id_field: str = "id") -> Iterator[tuple[str, Any]]:
    """Rows of a `datasets.Dataset` (or the folder it was saved to with save_to_disk)."""
    dataset = path_or_dataset if hasattr(path_or_dataset, "column_names") else _load_dataset(path_or_dataset)
    if text_field not in dataset.column_names:
        raise ValueError(f"dataset has no column {text_field!r} (columns: {', '.join(dataset.column_names)})")
    columns = [text_field] + ([id_field] if id_field in dataset.column_names and id_field != text_field else [])
    number = 0
    for batch in dataset.select_columns(columns).iter(batch_size=READ_BATCH_ROWS):
        ids = batch.get(id_field, [None] * len(batch[text_field]))
        for id_value, text in zip(ids, batch[text_field]):
            number += 1
            yield _row_item({id_field: id_value, text_field: text}, number, text_field, id_field)
