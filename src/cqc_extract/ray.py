"""Extraction on Ray Data: the same script on a laptop and on a cluster.

    python -m cqc_extract.ray articles.parquet records/ --actors 4
    python -m cqc_extract.ray s3://bucket/articles/ s3://bucket/records/ --address auto --actors 64

Reads Parquet or JSONL (a file, a folder, or any path Ray's readers take),
maps batches through `Extractor` — a callable class, so each Ray actor loads
the spaCy pipeline once and reuses it for every batch — and writes Parquet
(one row per article, the columns of `outputs.record_schema()`) or JSONL
(one record per line). Sizing and cluster use: docs/batch.md.

Needs the optional extra: `pip install 'cqc-extract[ray]'`. This module is
named after the package it drives; `ray` is imported inside the functions
(the absolute `import ray` always means the real package), so importing
`cqc_extract.ray` never needs Ray installed.

Ray's differences from `cqc-extract batch`: no duplicate-id check and no
resume (Ray retries failed tasks itself); the id column is required (rows are
spread over workers, so a line number is not known); output order follows
Ray's blocks unless `preserve_order=True`.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from .inputs import DEFAULT_MAX_CHARS


class Extractor:
    """A Ray Data batch UDF: pyarrow batch of (id, text) in, record rows out.

    Constructed once per actor (the pipeline loads here), called per batch.
    """

    def __init__(
        self,
        profile: str = "accurate",
        text_field: str = "text",
        id_field: str = "id",
        spacy_batch_size: int = 64,
        max_chars: int | None = DEFAULT_MAX_CHARS,
    ):
        from .pipeline import load

        self.nlp = load(profile)
        self.text_field, self.id_field = text_field, id_field
        self.spacy_batch_size, self.max_chars = spacy_batch_size, max_chars

    def __call__(self, batch):
        import pyarrow as pa

        from .batch import process
        from .corpus import Unreadable
        from .outputs import record_row, record_schema

        texts = batch.column(self.text_field).to_pylist()
        ids = batch.column(self.id_field).to_pylist()
        items = [
            (id_, text if isinstance(text, (str, bytes)) else Unreadable(f"no text in field {self.text_field!r}"))
            for id_, text in zip(ids, texts)
        ]
        results = process(items, nlp=self.nlp, batch_size=self.spacy_batch_size, max_chars=self.max_chars)
        return pa.Table.from_pylist([record_row(result) for result in results], schema=record_schema())


# Reading and writing are light next to extraction; asking a whole CPU for
# them would leave nothing for the reads once the actors hold every CPU (a
# 2-CPU laptop with 2 actors would hang).
IO_CPUS = 0.25


def read(path: str, *, format: str | None = None):
    """A Ray Dataset of the input: Parquet, or JSONL (one object per line)."""
    import ray.data

    fmt = format or ("jsonl" if str(path).rstrip("/").endswith((".jsonl", ".ndjson", ".json")) else "parquet")
    if fmt == "jsonl":
        return ray.data.read_json(path, lines=True, num_cpus=IO_CPUS)
    if fmt == "parquet":
        return ray.data.read_parquet(path, num_cpus=IO_CPUS)
    raise ValueError(f"unknown input format {fmt!r}: parquet or jsonl")


def extract_dataset(
    dataset,
    *,
    profile: str = "accurate",
    text_field: str = "text",
    id_field: str = "id",
    actors: int = 2,
    cpus_per_actor: float | None = None,
    rows_per_batch: int = 256,
    spacy_batch_size: int = 64,
    max_chars: int | None = DEFAULT_MAX_CHARS,
):
    """The Ray Dataset of records for a Ray Dataset of articles (lazy, like any
    Ray Data transform). `actors` actors of `cpus_per_actor` CPUs each
    (default: `default_cpus_per_actor`)."""
    if cpus_per_actor is None:
        cpus_per_actor = default_cpus_per_actor(actors)
    columns = dataset.columns() if callable(getattr(dataset, "columns", None)) else None
    if columns is not None:
        missing = [name for name in (text_field, id_field) if name not in columns]
        if missing:
            raise ValueError(f"input has no column {', '.join(map(repr, missing))} (columns: {', '.join(columns)})")
    return dataset.map_batches(
        Extractor,
        fn_constructor_kwargs={
            "profile": profile,
            "text_field": text_field,
            "id_field": id_field,
            "spacy_batch_size": spacy_batch_size,
            "max_chars": max_chars,
        },
        batch_size=rows_per_batch,
        batch_format="pyarrow",
        concurrency=actors,
        num_cpus=cpus_per_actor,
    )


def write(dataset, path: str, *, format: str | None = None) -> None:
    """Write records as a folder of Parquet files (default) or JSONL files."""
    fmt = format or ("jsonl" if str(path).rstrip("/").endswith(("jsonl", "json")) else "parquet")
    if fmt == "jsonl":
        dataset.write_json(path, force_ascii=False, ray_remote_args={"num_cpus": IO_CPUS})
    elif fmt == "parquet":
        dataset.write_parquet(path, ray_remote_args={"num_cpus": IO_CPUS})
    else:
        raise ValueError(f"unknown output format {fmt!r}: parquet or jsonl")


def default_cpus_per_actor(actors: int) -> float:
    """One CPU per actor, unless that would leave no CPU for Ray Data's file
    listing and reads: then the actors share all CPUs but one (they still use
    a core each while they work; this is only Ray's bookkeeping)."""
    import ray

    total = ray.cluster_resources().get("CPU", 1.0)
    return max(0.1, min(1.0, (total - 1) / max(1, actors)))


def run(
    input: str,
    output: str,
    *,
    address: str | None = None,
    input_format: str | None = None,
    output_format: str | None = None,
    preserve_order: bool = False,
    **options: Any,
) -> None:
    """Read INPUT, extract on Ray, write OUTPUT. Connects to `address` ("auto":
    the running cluster; None: a local Ray instance) unless Ray is already up."""
    import ray

    if not ray.is_initialized():
        ray.init(address=address)
    ray.data.DataContext.get_current().execution_options.preserve_order = preserve_order
    write(extract_dataset(read(input, format=input_format), **options), output, format=output_format)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m cqc_extract.ray",
        description="Extract records from Parquet/JSONL articles with Ray Data (laptop or cluster).",
    )
    parser.add_argument("input", help="Parquet file/folder or JSONL file/folder (any path Ray can read)")
    parser.add_argument("output", help="Output folder: Parquet files, or JSONL when it ends in 'jsonl'")
    parser.add_argument("--address", default=None, help="Ray cluster address ('auto' inside a cluster; default: start a local Ray)")
    parser.add_argument("--actors", type=int, default=2, help="Extractor actors (each loads the pipeline once)")
    parser.add_argument(
        "--cpus-per-actor", type=float, default=None,
        help="CPUs Ray reserves per actor (default 1, less when the actors would take every CPU)",
    )
    parser.add_argument("--profile", default="accurate", choices=("accurate", "fast"))
    parser.add_argument("--text-field", default="text")
    parser.add_argument("--id-field", default="id")
    parser.add_argument("--rows-per-batch", type=int, default=256, help="Rows per Ray batch handed to an actor")
    parser.add_argument("--input-format", choices=("parquet", "jsonl"), default=None)
    parser.add_argument("--output-format", choices=("parquet", "jsonl"), default=None)
    parser.add_argument("--preserve-order", action="store_true", help="Write records in input order (slower)")
    args = parser.parse_args(argv)
    try:
        import ray  # noqa: F401
    except ImportError:
        print("Ray is not installed: pip install 'cqc-extract[ray]'", file=sys.stderr)
        return 2
    if not Path(args.input).exists() and "://" not in args.input:
        print(f"no such input: {args.input}", file=sys.stderr)
        return 2
    run(
        args.input,
        args.output,
        address=args.address,
        input_format=args.input_format,
        output_format=args.output_format,
        preserve_order=args.preserve_order,
        profile=args.profile,
        text_field=args.text_field,
        id_field=args.id_field,
        actors=args.actors,
        cpus_per_actor=args.cpus_per_actor,
        rows_per_batch=args.rows_per_batch,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
