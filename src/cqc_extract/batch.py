"""The streaming batch runner behind `cqc-extract batch` (docs/batch.md).

    summary = batch.run("archive/", "records.jsonl", tables="tables/", n_process=2)
    for result in batch.process(pairs, nlp=nlp): ...        # records / error records
    records = batch.map_dataset(dataset, profile="fast")    # a datasets.Dataset

What it promises:
- Every input appears exactly once in the output, in input order, as an
  `ArticleRecord` or an `ErrorRecord` {"id", "error"}: unreadable, empty,
  binary or oversized inputs, rows without text, and documents the pipeline
  fails on all get error records; nothing is skipped and one bad document
  never stops the batch.
- Duplicate ids: the first input with an id is processed; each later input
  with the same id gets an error record ("duplicate id ...") and is not
  processed, so a record's id always names one article.
- Memory stays flat: inputs are read in chunks, a bounded number of chunks
  is in the pipeline at once (parallel.py), results are written as they
  come; only the ids seen are kept (for duplicates and resume).
- `resume=True` (JSONL output): a torn last line is cut off, inputs already
  in the output are skipped, the rest is appended.
"""

from __future__ import annotations

import logging
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Iterator

from .corpus import Unreadable, count_inputs, input_kind, iter_inputs
from .inputs import DEFAULT_MAX_CHARS, InputError, prepare_input, with_source
from .outputs import JsonlWriter, ParquetWriter, Result, TablesWriter, read_results, record_schema, record_row, repair_jsonl
from .parallel import Failure, chunked, map_chunks
from .schema import ArticleRecord, ErrorRecord, SourceInfo

log = logging.getLogger(__name__)

OUTPUT_FORMATS = ("jsonl", "parquet")


# --- one input on its way through ---------------------------------------------------


@dataclass
class _Work:
    id: str | None
    text: str = ""
    source: SourceInfo | None = None
    error: str | None = None  # set for inputs that never reach the pipeline


def _prepare(id_: Any, raw: Any, max_chars: int | None) -> _Work:
    id_ = None if id_ is None else str(id_)
    if isinstance(raw, Unreadable):
        return _Work(id_, error=raw.reason)
    try:
        prepared = prepare_input(raw, max_chars=max_chars)
    except (InputError, TypeError) as exc:
        return _Work(id_, error=str(exc))
    return _Work(id_, prepared.text, prepared.source)


def _result(work: _Work, outcome: ArticleRecord | Failure) -> Result:
    if isinstance(outcome, Failure):
        log.warning("article %r failed: %s", work.id, outcome.message)
        return ErrorRecord(id=work.id, error=f"processing failed: {outcome.message}")
    return with_source(outcome, work.source)


# --- the core: prepared inputs in chunks, results in input order -----------------------


def process(
    items: Iterable[tuple[Any, Any]],
    *,
    nlp,
    batch_size: int = 32,
    n_process: int = 1,
    max_chars: int | None = DEFAULT_MAX_CHARS,
) -> Iterator[Result]:
    """One result per `(id, raw)` item, in input order (raw: str, bytes or Unreadable).

    Inputs are prepared here (decoding, HTML, limits); those that cannot be
    get their error records in place, the rest go through the pipeline in
    chunks of `batch_size`, in this process or in `n_process` workers
    (parallel.py). A document the pipeline fails on, or that kills its
    worker, gets an error record; the rest of its chunk their records.
    """
    works = (_prepare(id_, raw, max_chars) for id_, raw in items)
    chunks = ((chunk, [(w.id, w.text) for w in chunk if w.error is None]) for chunk in chunked(works, batch_size))
    for chunk, outcomes in map_chunks(chunks, nlp=nlp, n_process=n_process, isolate=True):
        outcome = iter(outcomes)
        for work in chunk:
            yield ErrorRecord(id=work.id, error=work.error) if work.error is not None else _result(work, next(outcome))


# --- the runner ------------------------------------------------------------------------


@dataclass
class Summary:
    """What a run did; `line()` is what the CLI prints at the end."""

    articles: int = 0  # inputs handled in this run (records + errors)
    records: int = 0
    errors: int = 0
    skipped: int = 0  # already in the output (resume)
    seconds: float = 0.0

    @property
    def docs_per_second(self) -> float:
        return self.articles / self.seconds if self.seconds > 0 else 0.0

    def line(self) -> str:
        skipped = f", {self.skipped:,} already done" if self.skipped else ""
        return (
            f"{self.articles:,} articles: {self.records:,} records, {self.errors:,} errors{skipped}; "
            f"{self.seconds:.1f} s, {self.docs_per_second:.1f} docs/s"
        )


def output_format(path: str | Path, format: str | None = None) -> str:
    """'jsonl' or 'parquet': `format` if given, else from the file suffix."""
    if format is not None:
        if format not in OUTPUT_FORMATS:
            raise ValueError(f"unknown output format {format!r}: choose one of {', '.join(OUTPUT_FORMATS)}")
        return format
    suffix = Path(path).suffix.lower()
    if suffix in (".parquet", ".pq"):
        return "parquet"
    if suffix in (".jsonl", ".ndjson"):
        return "jsonl"
    raise ValueError(f"{path}: cannot tell the output format from the suffix; use .jsonl or .parquet (or --format)")


def _done_counts(path: Path) -> Counter:
    """How many results each id already has in a JSONL output (after repairing it)."""
    cut = repair_jsonl(path)
    if cut:
        log.warning("%s: cut a torn last line (%d bytes) before resuming", path, cut)
    return Counter(result.get("id") for result in read_results(path))


def _select(items: Iterable[tuple[str, Any]], done: Counter, summary: Summary) -> Iterator[tuple[str, Any]]:
    """Inputs still to do: resume skips and the duplicate-id policy."""
    seen: Counter = Counter()
    for id_, raw in items:
        seen[id_] += 1
        if seen[id_] <= done[id_]:
            # Same input order every run: the n-th input with an id matches
            # the n-th result with it, so a duplicate's error record counts too.
            summary.skipped += 1
        elif seen[id_] > 1:
            yield id_, Unreadable(f"duplicate id: input number {seen[id_]} with id {id_!r}; only the first is processed")
        else:
            yield id_, raw


def run(
    input: str | Path,
    output: str | Path | None = None,
    *,
    tables: str | Path | None = None,
    format: str | None = None,
    tables_format: str = "csv",
    text_field: str = "text",
    id_field: str = "id",
    profile: str = "accurate",
    nlp=None,
    batch_size: int = 64,
    n_process: int = 1,
    max_chars: int | None = DEFAULT_MAX_CHARS,
    resume: bool = False,
    overwrite: bool = False,
    progress: bool = True,
) -> Summary:
    """Extract every article of INPUT into OUTPUT (JSONL or Parquet) and/or flat
    tables; see the module docstring and docs/batch.md. Progress and the
    summary go to stderr; returns the Summary."""
    if output is None and tables is None:
        raise ValueError("nothing to write: give an output file, a tables folder, or both")
    if not Path(input).exists():
        raise FileNotFoundError(f"no such input: {input}")
    input_kind(input)  # an unknown input type fails here, before any output is opened
    fmt = output_format(output, format) if output is not None else None
    if resume and fmt != "jsonl":
        raise ValueError("--resume needs a JSONL output (-o FILE.jsonl); Parquet and tables are rewritten")
    output = Path(output) if output is not None else None
    if output is not None and output.exists() and output.stat().st_size and not (resume or overwrite):
        raise FileExistsError(f"{output} exists: --resume to continue it, --overwrite to start again")

    from .api import shared_pipeline

    nlp = nlp or shared_pipeline(profile)
    summary = Summary()
    done: Counter = _done_counts(output) if resume and output.exists() else Counter()
    writers: list[Any] = []
    if output is not None:
        writers.append(JsonlWriter(output, append=resume) if fmt == "jsonl" else ParquetWriter(output))
    if tables is not None:
        table_writer = TablesWriter(tables, format=tables_format)
        writers.append(table_writer)
        if done:  # tables are rebuilt: first what the output already holds
            for result in read_results(output):
                table_writer.write(result)

    bar = None
    if progress:
        from tqdm import tqdm

        total = count_inputs(input, text_field=text_field, id_field=id_field)
        bar = tqdm(total=total, initial=sum(done.values()), unit="doc", file=sys.stderr, dynamic_ncols=True)
    start = time.perf_counter()
    try:
        items = _select(iter_inputs(input, text_field=text_field, id_field=id_field), done, summary)
        for result in process(items, nlp=nlp, batch_size=batch_size, n_process=n_process, max_chars=max_chars):
            for writer in writers:
                writer.write(result)
            summary.articles += 1
            if isinstance(result, ErrorRecord):
                summary.errors += 1
            else:
                summary.records += 1
            if bar is not None:
                bar.update(1)
    finally:
        summary.seconds = time.perf_counter() - start
        if bar is not None:
            bar.close()
        for writer in writers:
            writer.close()
    return summary


# --- datasets ------------------------------------------------------------------------


def _map_batch(batch: dict[str, list], indices: list[int], *, text_field, id_field, profile, max_chars):
    from .api import shared_pipeline

    # Cached per process: datasets' num_proc workers each load it once.
    nlp = shared_pipeline(profile)
    texts = batch[text_field]
    ids = batch.get(id_field) or [None] * len(texts)
    items = []
    for index, id_value, text in zip(indices, ids, texts):
        id_ = str(index + 1) if id_value is None or id_value == "" else str(id_value)
        items.append((id_, text if isinstance(text, (str, bytes)) else Unreadable(f"no text in field {text_field!r}")))
    rows = [record_row(result) for result in process(items, nlp=nlp, batch_size=len(items) or 1, max_chars=max_chars)]
    return {name: [row[name] for row in rows] for name in record_schema().names}


def map_dataset(
    dataset,
    *,
    text_field: str = "text",
    id_field: str = "id",
    profile: str = "accurate",
    batch_size: int = 64,
    num_proc: int | None = None,
    max_chars: int | None = DEFAULT_MAX_CHARS,
):
    """A `datasets.Dataset` of records, one row per row of `dataset`, with the
    columns of `outputs.record_schema()` (id, error, organisations, people,
    ratings, investments, actions, source, warnings). Uses `Dataset.map(batched=True)`;
    each worker process (num_proc) loads the pipeline once. A missing id
    becomes the row number (from 1)."""
    from datasets import Features

    if text_field not in dataset.column_names:
        raise ValueError(f"dataset has no column {text_field!r} (columns: {', '.join(dataset.column_names)})")
    return dataset.map(
        _map_batch,
        batched=True,
        batch_size=batch_size,
        with_indices=True,
        num_proc=num_proc,
        remove_columns=dataset.column_names,
        features=Features.from_arrow_schema(record_schema()),
        fn_kwargs={"text_field": text_field, "id_field": id_field, "profile": profile, "max_chars": max_chars},
        desc="cqc-extract",
    )
