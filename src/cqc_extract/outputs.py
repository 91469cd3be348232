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

from .schema import ITEM_FIELDS, ArticleRecord, ColumnType, ErrorRecord, SourceInfo, columns, item_models, result_columns

Result = ArticleRecord | ErrorRecord


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


def arrow_type(kind: ColumnType):
    """The Arrow type of a column type of schema.columns()."""
    import pyarrow as pa

    if isinstance(kind, str):
        return {"string": pa.string(), "int64": pa.int64(), "float64": pa.float64(), "bool": pa.bool_()}[kind]
    container, inner = kind
    if container == "list":
        return pa.list_(arrow_type(inner))
    return pa.struct([(name, arrow_type(column)) for name, column in inner])


def record_schema():
    """The Arrow schema of Parquet output and of `batch.map_dataset` (one row per input;
    `error` is set, and the item lists empty, for an input that could not be processed).
    Derived from the models of schema.py (`result_columns()`)."""
    import pyarrow as pa

    return pa.schema([(name, arrow_type(kind)) for name, kind in result_columns()])


def record_row(result: Result | dict[str, Any]) -> dict[str, Any]:
    """One Parquet/Dataset row for a result (keys of `record_schema()`)."""
    data = result_dict(result)
    # A list column is an empty list (not null) when the result has none.
    return {
        name: (data.get(name) or []) if _is_list(kind) else data.get(name)
        for name, kind in result_columns()
    }


def _is_list(kind: ColumnType) -> bool:
    return isinstance(kind, tuple) and kind[0] == "list"


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

# Columns of each table, derived from the models of schema.py; every table
# starts with the article id. An item's first evidence span gives
# evidence_start/evidence_end/evidence_text (the JSONL and Parquet outputs keep
# every span). A list value (an organisation's aliases) is joined into one cell.
_EVIDENCE = ("evidence_start", "evidence_end", "evidence_text")
_EVIDENCE_TYPES = (("evidence_start", "int64"), ("evidence_end", "int64"), ("evidence_text", "string"))
TABLE_FORMATS = ("csv", "parquet")
# Aliases are a list; in a flat cell they are joined with this.
ALIAS_SEPARATOR = " | "
# The article's warnings, in its one cell.
WARNING_SEPARATOR = "; "


# Top-level fields of a record that are neither the id, the item lists nor the source (`warnings`).
_ARTICLE_OTHERS = tuple(name for name, _ in columns(ArticleRecord) if name not in ("id", "source", *ITEM_FIELDS))


def _table_types() -> dict[str, tuple[tuple[str, ColumnType], ...]]:
    """(column, type) of every table; a list or struct value is flattened to a string."""
    source = dict(columns(SourceInfo))
    record = dict(columns(ArticleRecord))
    others = tuple((name, record[name]) for name in _ARTICLE_OTHERS)
    tables: dict[str, tuple[tuple[str, ColumnType], ...]] = {
        "articles": (
            ("id", "string"),
            *((name, source[name]) for name in SourceInfo.TABLE_FIELDS),
            *((name, "int64") for name in ITEM_FIELDS),
            *others,
        ),
        "errors": columns(ErrorRecord),
    }
    for name, model in item_models().items():
        tables[name] = (("id", "string"), *columns(model, exclude=("evidence",)), *_EVIDENCE_TYPES)
    return {name: tuple((column, kind if isinstance(kind, str) else "string") for column, kind in cols)
            for name, cols in tables.items()}


_TABLE_TYPES = _table_types()
TABLE_COLUMNS: dict[str, tuple[str, ...]] = {name: tuple(c for c, _ in cols) for name, cols in _TABLE_TYPES.items()}
# Columns whose value is a list in the record, joined into one cell.
_LIST_COLUMNS: dict[str, frozenset[str]] = {
    name: frozenset(column for column, kind in columns(model) if _is_list(kind) and column != "evidence")
    for name, model in item_models().items()
}


def _cell(value: Any, separator: str) -> Any:
    """A flat cell: a list joined (None when empty), a dict as JSON, else the value."""
    if isinstance(value, list):
        return separator.join(v if isinstance(v, str) else json.dumps(v, ensure_ascii=False) for v in value) or None
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return value


def table_rows(result: Result | dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """(table name, row) for every table row one result gives."""
    data = result_dict(result)
    id_ = data.get("id")
    if "error" in data:  # an ErrorRecord
        yield "errors", {column: data.get(column) for column in TABLE_COLUMNS["errors"]}
        return
    source = data.get("source") or {}
    article = {"id": id_}
    article.update({name: source.get(name) for name in SourceInfo.TABLE_FIELDS})
    article.update({name: len(data.get(name) or []) for name in ITEM_FIELDS})
    article.update({name: _cell(data.get(name), WARNING_SEPARATOR) for name in _ARTICLE_OTHERS})
    yield "articles", article
    for name in ITEM_FIELDS:
        for item in data.get(name) or []:
            row = {"id": id_}
            for column in TABLE_COLUMNS[name][1:]:
                if column not in _EVIDENCE:
                    value = item.get(column)
                    row[column] = _cell(value, ALIAS_SEPARATOR) if column in _LIST_COLUMNS[name] or isinstance(value, dict) else value
            first = (item.get("evidence") or [None])[0] or {}
            row.update(evidence_start=first.get("start"), evidence_end=first.get("end"), evidence_text=first.get("text"))
            yield name, row


def _table_schema(name: str):
    import pyarrow as pa

    return pa.schema([(column, arrow_type(kind)) for column, kind in _TABLE_TYPES[name]])


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
