"""cqc_extract.ray on a local Ray instance (num_cpus=2): its records equal the
single-process `extract_many` ones. Skipped when Ray is not installed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ray = pytest.importorskip("ray")

from cqc_extract import extract_many  # noqa: E402
from cqc_extract.corpus import read_corpus  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
ARTICLES = 10


@pytest.fixture(scope="module")
def local_ray():
    if ray.is_initialized():
        pytest.skip("a Ray instance is already running in this process")
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, configure_logging=False)
    ray.data.DataContext.get_current().enable_progress_bars = False
    yield
    ray.shutdown()


@pytest.fixture(scope="module")
def articles():
    return [{"id": a["id"], "text": a["text"]} for a in read_corpus(REPO / "corpus" / "cqc-corpus.jsonl")[:ARTICLES]]


def _comparable(record: dict) -> dict:
    keys = ("id", "organisations", "people", "ratings", "investments", "actions")
    return {key: record[key] for key in keys}


def test_ray_records_equal_single_process_records(tmp_path, local_ray, articles, nlp):
    import pyarrow as pa
    import pyarrow.parquet as pq

    from cqc_extract import ray as cqc_ray

    # Two files: both actors get work.
    source = tmp_path / "articles"
    source.mkdir()
    half = len(articles) // 2
    pq.write_table(pa.Table.from_pylist(articles[:half]), source / "part-0.parquet")
    pq.write_table(pa.Table.from_pylist(articles[half:]), source / "part-1.parquet")
    out = tmp_path / "records"
    cqc_ray.run(str(source), str(out), actors=2, rows_per_batch=4, profile="accurate")

    rows = pq.read_table(out).to_pylist()
    expected = {r.id: r.model_dump(mode="json") for r in extract_many([(a["id"], a["text"]) for a in articles], nlp=nlp)}
    assert sorted(row["id"] for row in rows) == sorted(expected)
    for row in rows:
        assert row["error"] is None
        assert _comparable(row) == _comparable(expected[row["id"]]), row["id"]


def test_ray_jsonl_in_and_out_with_an_error_row(tmp_path, local_ray, articles):
    from cqc_extract import ray as cqc_ray

    source = tmp_path / "articles.jsonl"
    rows = articles[:2] + [{"id": "no-text", "text": None}]
    source.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    out = tmp_path / "records-jsonl"
    cqc_ray.run(str(source), str(out), output_format="jsonl", actors=1, profile="fast", preserve_order=True)
    written = [json.loads(line) for file in sorted(out.glob("*.json*")) for line in file.read_text().splitlines()]
    assert [r["id"] for r in written] == [a["id"] for a in articles[:2]] + ["no-text"]
    assert written[2]["error"].startswith("no text")
    assert written[0]["ratings"]
