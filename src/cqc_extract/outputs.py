"""Where batch results go: JSONL, Parquet, and flat tables (docs/batch.md).

Every writer takes one result at a time, `write(result)`, where a result is an
`ArticleRecord` or an `ErrorRecord`, and keeps at most one chunk in memory.

- `JsonlWriter`: one JSON object per line, flushed after every line, opened
  for appending, so a killed run leaves whole lines (plus at most one torn
  last line, which `repair_jsonl` cuts off on resume).
- `ParquetWriter`: one row per input with nested columns (`RECORD_SCHEMA`),
  written in row groups of `rows_per_group`; `pandas.read_parquet` gives lists
  of dicts per cell.
- `TablesWriter`: one flat CSV or Parquet file per item kind with the
  article id on every row, plus articles and errors.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any, Iterator

from .schema import ArticleRecord, ErrorRecord

Result = ArticleRecord | ErrorRecord

ITEM_FIELDS = ("organisations", "people", "ratings", "investments", "actions")


def result_dict(result: Result | dict[str, Any]) -> dict[str, Any]:
    """The JSON-ready dict of a record or an error record (a dict passes as it is)."""
    return result if isinstance(result, dict) else result.model_dump(mode="json")


# --- JSONL -----------------------------------------------------------------------


class JsonlWriter:
    """Appends one JSON line per result; each line is written and flushed whole."""

    def __init__(self, path: str | Path, *, append: bool = False):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        # Binary and unbuffered: a line is one write() call, no partial buffer
        # left behind in this process when it is killed.
        self._handle = open(self.path, "ab" if append else "wb", buffering=0)

    def write(self, result: Result) -> None:
        line = result.model_dump_json().encode("utf-8") + b"\n"
        view = memoryview(line)
        while view:  # a regular file takes it in one call; loop for the rare short write
            written = self._handle.write(view)
            view = view[written:]

    def close(self) -> None:
        self._handle.close()


def repair_jsonl(path: str | Path) -> int:
    """Cut a torn or corrupt last line off a JSONL output (a killed run leaves at
    most one) and end the file with a newline; returns the bytes cut. A bad
    line before the last is not a torn write: ValueError, the file is left alone."""
    path = Path(path)
    if not path.exists():
        return 0
    size = path.stat().st_size
    keep, offset, newline_missing = 0, 0, False
    with open(path, "rb") as handle:
        for number, line in enumerate(handle, 1):
            end = offset + len(line)
            if line.strip() and _json_object(line) is None:
                if end < size:
                    raise ValueError(f"{path}:{number}: corrupt line before the last; not resuming over it")
                break  # the torn last line
            keep, offset = end, end
            newline_missing = not line.endswith(b"\n")
    if keep < size:
        with open(path, "r+b") as handle:
            handle.truncate(keep)
        return size - keep
    if newline_missing:  # a whole last object whose newline was not written
        with open(path, "ab") as handle:
            handle.write(b"\n")
    return 0


def _json_object(line: bytes) -> dict[str, Any] | None:
    try:
        obj = json.loads(line)
    except ValueError:
        return None
    return obj if isinstance(obj, dict) and "id" in obj else None


def read_results(path: str | Path) -> Iterator[dict[str, Any]]:
    """The result dicts of a JSONL output, in file order (blank lines skipped)."""
    with open(path, "rb") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


# --- Parquet (one row per input, nested columns) ----------------------------------


def _record_schema():
    import pyarrow as pa

    s = pa.string()
    evidence = pa.list_(pa.struct([("start", pa.int64()), ("end", pa.int64()), ("text", s)]))
    items = {
        "organisations": [("name", s), ("kind", s), ("aliases", pa.list_(s))],
        "people": [("name", s), ("role", s), ("organisation", s), ("quoted", pa.bool_())],
        "ratings": [("subject", s), ("service", s), ("domain", s), ("rating", s), ("previous", s), ("change", s)],
        "investments": [("amount_gbp", pa.float64()), ("description", s), ("timing", s)],
        "actions": [("kind", s), ("status", s), ("subject", s)],
    }
    source = pa.struct(
        [
            ("chars", pa.int64()),
            ("format", s),
            ("encoding", s),
            ("decoding_errors", pa.bool_()),
            ("control_chars", pa.int64()),
            ("original_chars", pa.int64()),
            ("pieces", pa.int64()),
        ]
    )
    fields = [("id", s), ("error", s)]
    fields += [(name, pa.list_(pa.struct(cols + [("evidence", evidence)]))) for name, cols in items.items()]
    fields += [("source", source), ("warnings", pa.list_(s))]
    return pa.schema(fields)


def record_schema():
    """The Arrow schema of Parquet output and of `batch.map_dataset` (one row per input;
    `error` is set, and the item lists empty, for an input that could not be processed)."""
    return _record_schema()


def record_row(result: Result | dict[str, Any]) -> dict[str, Any]:
    """One Parquet/Dataset row for a result (keys of `record_schema()`)."""
    data = result_dict(result)
    row: dict[str, Any] = {"id": data.get("id"), "error": data.get("error")}
    for name in ITEM_FIELDS:
        row[name] = data.get(name) or []
    row["source"] = data.get("source")
    row["warnings"] = data.get("warnings") or []
    return row


class ParquetWriter:
    """Rows of `record_schema()`, flushed as a row group every `rows_per_group` results."""

    def __init__(self, path: str | Path, *, rows_per_group: int = 1000):
        import pyarrow.parquet as pq

        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.schema = record_schema()
        self.rows_per_group = rows_per_group
        self._rows: list[dict[str, Any]] = []
        self._writer = pq.ParquetWriter(self.path, self.schema)

    def write(self, result: Result) -> None:
        self._rows.append(record_row(result))
        if len(self._rows) >= self.rows_per_group:
            self._flush()

    def _flush(self) -> None:
        import pyarrow as pa

        if self._rows:
            self._writer.write_table(pa.Table.from_pylist(self._rows, schema=self.schema))
            self._rows = []

    def close(self) -> None:
        self._flush()
        self._writer.close()


# --- flat tables -------------------------------------------------------------------

# Columns of each table; every table starts with the article id. An item's
# first evidence span gives evidence_start/evidence_end/evidence_text (the
# JSONL and Parquet outputs keep every span).
_EVIDENCE = ("evidence_start", "evidence_end", "evidence_text")
TABLE_COLUMNS: dict[str, tuple[str, ...]] = {
    "articles": (
        "id", "chars", "format", "encoding", "decoding_errors", "organisations", "people",
        "ratings", "investments", "actions", "warnings",
    ),
    "errors": ("id", "error"),
    "organisations": ("id", "name", "kind", "aliases", *_EVIDENCE),
    "people": ("id", "name", "role", "organisation", "quoted", *_EVIDENCE),
    "ratings": ("id", "subject", "service", "domain", "rating", "previous", "change", *_EVIDENCE),
    "investments": ("id", "amount_gbp", "description", "timing", *_EVIDENCE),
    "actions": ("id", "kind", "status", "subject", *_EVIDENCE),
}  # fmt: skip
TABLE_FORMATS = ("csv", "parquet")
# Aliases are a list; in a flat cell they are joined with this.
ALIAS_SEPARATOR = " | "


def table_rows(result: Result | dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """(table name, row) for every table row one result gives."""
    data = result_dict(result)
    id_ = data.get("id")
    if "error" in data:  # an ErrorRecord
        yield "errors", {"id": id_, "error": data["error"]}
        return
    source = data.get("source") or {}
    article = {"id": id_, "chars": source.get("chars"), "format": source.get("format")}
    article.update(encoding=source.get("encoding"), decoding_errors=source.get("decoding_errors"))
    article.update({name: len(data.get(name) or []) for name in ITEM_FIELDS})
    article["warnings"] = "; ".join(data.get("warnings") or []) or None
    yield "articles", article
    for name in ITEM_FIELDS:
        for item in data.get(name) or []:
            row = {"id": id_}
            for column in TABLE_COLUMNS[name][1:]:
                if column not in _EVIDENCE:
                    row[column] = item.get(column)
            if name == "organisations":
                row["aliases"] = ALIAS_SEPARATOR.join(item.get("aliases") or []) or None
            first = (item.get("evidence") or [None])[0] or {}
            row.update(evidence_start=first.get("start"), evidence_end=first.get("end"), evidence_text=first.get("text"))
            yield name, row


def _table_schema(name: str):
    import pyarrow as pa

    types = {
        "chars": pa.int64(),
        "decoding_errors": pa.bool_(),
        "quoted": pa.bool_(),
        "amount_gbp": pa.float64(),
        "evidence_start": pa.int64(),
        "evidence_end": pa.int64(),
        **{field: pa.int64() for field in ITEM_FIELDS if name == "articles"},
    }
    return pa.schema([(column, types.get(column, pa.string())) for column in TABLE_COLUMNS[name]])


class TablesWriter:
    """articles, errors, organisations, people, ratings, investments, actions as
    `<dir>/<table>.csv` (or .parquet), rewritten from the start on every run."""

    def __init__(self, folder: str | Path, *, format: str = "csv", rows_per_group: int = 5000):
        if format not in TABLE_FORMATS:
            raise ValueError(f"unknown table format {format!r}: choose one of {', '.join(TABLE_FORMATS)}")
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        self.format = format
        self.rows_per_group = rows_per_group
        self._files: dict[str, Any] = {}
        self._csv: dict[str, csv.DictWriter] = {}
        self._parquet: dict[str, Any] = {}
        self._rows: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLE_COLUMNS}
        # Every table exists after a run, with its header, even when empty.
        for name in TABLE_COLUMNS:
            self._open(name)

    def path(self, name: str) -> Path:
        return self.folder / f"{name}.{self.format}"

    def _open(self, name: str) -> None:
        if self.format == "csv":
            handle = open(self.path(name), "w", encoding="utf-8", newline="")
            writer = csv.DictWriter(handle, fieldnames=TABLE_COLUMNS[name])
            writer.writeheader()
            self._files[name], self._csv[name] = handle, writer
        else:
            import pyarrow.parquet as pq

            self._parquet[name] = pq.ParquetWriter(self.path(name), _table_schema(name))

    def write(self, result: Result | dict[str, Any]) -> None:
        for name, row in table_rows(result):
            if self.format == "csv":
                self._csv[name].writerow(row)
            else:
                self._rows[name].append(row)
                if len(self._rows[name]) >= self.rows_per_group:
                    self._flush(name)

    def _flush(self, name: str) -> None:
        import pyarrow as pa

        rows = self._rows[name]
        if rows:
            self._parquet[name].write_table(pa.Table.from_pylist(rows, schema=_table_schema(name)))
            self._rows[name] = []

    def close(self) -> None:
        for name in TABLE_COLUMNS:
            if self.format == "csv":
                self._files[name].close()
            else:
                self._flush(name)
                self._parquet[name].close()
