"""The batch runner: every input format, every output format, tables, error
records, duplicate ids, resume after a torn line, map_dataset and the CLI.

Runs on the fast profile (the runner does not care which pipeline it drives;
test_ray.py and the accurate checks compare profiles)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cqc_extract import batch, extract
from cqc_extract.cli import app
from cqc_extract.corpus import iter_inputs, read_corpus
from cqc_extract.outputs import TABLE_COLUMNS, read_results, repair_jsonl

from conftest import RAISE_MARKER, pipeline_failing_on_marker

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "corpus" / "cqc-corpus.jsonl"
# Invented articles: no names from any real corpus.
ARTICLE = (
    "Inspectors have rated Hollybrook Lodge, a care home run by Ashgrove Care Ltd, as good overall. "
    "It was previously rated requires improvement.\n\n"
    "Maria Fenwick, the registered manager, said: \"We are delighted.\""
)
HTML = "<html><head><title>Care home rated</title><script>alert(1)</script></head><body><p>" + ARTICLE + "</p></body></html>"


@pytest.fixture(scope="module")
def articles() -> list[dict]:
    return [{"id": a["id"], "text": a["text"]} for a in read_corpus(CORPUS)[:6]]


@pytest.fixture(scope="module")
def expected(articles, nlp_fast) -> dict[str, dict]:
    """The single-text records the batch must reproduce."""
    return {a["id"]: extract(a["text"], a["id"], nlp=nlp_fast).model_dump(mode="json") for a in articles}


def _items(record: dict) -> dict:
    return {key: record[key] for key in ("organisations", "people", "ratings", "investments", "actions")}


def _write_jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    return path


def _run(tmp_path, source, name="out.jsonl", nlp=None, **kwargs):
    out = tmp_path / name
    summary = batch.run(source, out, nlp=nlp, progress=False, **kwargs)
    return summary, out


# --- inputs ------------------------------------------------------------------------


def _make_inputs(tmp_path: Path, articles: list[dict]) -> dict[str, Path]:
    import pyarrow as pa
    import pyarrow.parquet as pq
    from datasets import Dataset

    paths = {}
    paths["jsonl"] = _write_jsonl(tmp_path / "in.jsonl", articles)
    paths["csv"] = tmp_path / "in.csv"
    with open(paths["csv"], "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=["id", "text"])
        writer.writeheader()
        writer.writerows(articles)
    paths["parquet"] = tmp_path / "in.parquet"
    # Small row groups: the reader must stream across them.
    pq.write_table(pa.Table.from_pylist(articles), paths["parquet"], row_group_size=2)
    paths["parquet-folder"] = tmp_path / "pq"
    paths["parquet-folder"].mkdir()
    pq.write_table(pa.Table.from_pylist(articles[:3]), paths["parquet-folder"] / "part-0.parquet")
    pq.write_table(pa.Table.from_pylist(articles[3:]), paths["parquet-folder"] / "part-1.parquet")
    paths["dataset"] = tmp_path / "ds"
    Dataset.from_list(articles).save_to_disk(str(paths["dataset"]))
    paths["folder"] = tmp_path / "texts"
    paths["folder"].mkdir()
    for article in articles:
        (paths["folder"] / f"{article['id']}.txt").write_bytes(article["text"].encode("utf-8"))
    return paths


@pytest.mark.parametrize("kind", ["jsonl", "csv", "parquet", "parquet-folder", "dataset", "folder"])
def test_every_input_format_gives_the_single_text_records(tmp_path, articles, expected, nlp_fast, kind):
    source = _make_inputs(tmp_path, articles)[kind]
    summary, out = _run(tmp_path, source, nlp=nlp_fast)
    results = list(read_results(out))
    assert [r["id"] for r in results] == [a["id"] for a in articles]
    assert (summary.articles, summary.records, summary.errors) == (len(articles), len(articles), 0)
    for result in results:
        assert _items(result) == _items(expected[result["id"]])
    # Bytes from a folder are decoded and say so.
    if kind == "folder":
        assert results[0]["source"]["encoding"] == "utf-8"


def test_missing_ids_become_line_and_row_numbers(tmp_path):
    path = _write_jsonl(tmp_path / "in.jsonl", [{"text": ARTICLE}, {"id": None, "text": ARTICLE}])
    assert [id_ for id_, _ in iter_inputs(path)] == ["1", "2"]
    other = tmp_path / "in.csv"
    other.write_text("body\n" + json.dumps(ARTICLE) + "\nsecond\n", encoding="utf-8")
    assert [id_ for id_, _ in iter_inputs(other, text_field="body")] == ["1", "2"]


def test_html_files_are_reduced_to_text(tmp_path, nlp_fast):
    folder = tmp_path / "html"
    folder.mkdir()
    (folder / "hollybrook.html").write_text(HTML, encoding="utf-8")
    _, out = _run(tmp_path, folder, nlp=nlp_fast)
    (result,) = read_results(out)
    assert result["source"]["format"] == "html"
    assert "alert" not in json.dumps(result)
    assert [r["rating"] for r in result["ratings"]] == ["good"]


# --- error records --------------------------------------------------------------------


def test_bad_inputs_get_error_records_and_the_batch_goes_on(tmp_path, nlp_fast):
    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "a-good.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "b-empty.txt").write_bytes(b"")
    (folder / "c-pdf.txt").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n" + bytes(range(256)) * 20)
    (folder / "d-cp1252.txt").write_bytes(ARTICLE.replace('"', "\u201c", 1).encode("cp1252"))
    (folder / "e-good.html").write_text(HTML, encoding="utf-8")
    (folder / "notes.pdf").write_bytes(b"%PDF-1.4")  # not a text suffix: not an input
    summary, out = _run(tmp_path, folder, nlp=nlp_fast)
    results = {r["id"]: r for r in read_results(out)}
    assert list(results) == ["a-good", "b-empty", "c-pdf", "d-cp1252", "e-good"]
    assert "empty input" in results["b-empty"]["error"]
    assert "PDF" in results["c-pdf"]["error"]
    assert results["d-cp1252"]["source"]["decoding_errors"] is True
    assert results["d-cp1252"]["ratings"]
    assert (summary.records, summary.errors) == (3, 2)


def test_rows_without_text_are_error_records_not_skipped(tmp_path, nlp_fast):
    rows = [{"id": "x1", "text": ARTICLE}, {"id": "x2"}, {"id": "x3", "text": 42}, {"id": "x4", "text": ARTICLE}]
    path = _write_jsonl(tmp_path / "in.jsonl", rows)
    with open(path, "a", encoding="utf-8") as handle:
        handle.write('{"id": "x5", "text": \n')  # a broken line
    _, out = _run(tmp_path, path, nlp=nlp_fast)
    results = list(read_results(out))
    assert [r["id"] for r in results] == ["x1", "x2", "x3", "x4", "5"]
    assert "missing" in results[1]["error"] and "int" in results[2]["error"]
    assert "not JSON" in results[4]["error"]
    assert "error" not in results[3]


def test_duplicate_ids_first_processed_later_ones_error_records(tmp_path, nlp_fast):
    rows = [{"id": "d", "text": ARTICLE}, {"id": "e", "text": ARTICLE}, {"id": "d", "text": "Another text."}]
    _, out = _run(tmp_path, _write_jsonl(tmp_path / "in.jsonl", rows), nlp=nlp_fast)
    results = list(read_results(out))
    assert [r["id"] for r in results] == ["d", "e", "d"]
    assert "ratings" in results[0] and results[2]["error"].startswith("duplicate id")


@pytest.mark.parametrize("n_process", [1, 2])
def test_a_document_that_breaks_the_pipeline_is_isolated(n_process):
    """A component that raises on one document: that document gets an error
    record, the others (before and after it, in the same batch) their records,
    also when the failure happens in a worker process."""
    import cqc_extract

    nlp = pipeline_failing_on_marker("test_raise_on_marker")
    texts = [("t%d" % i, ARTICLE + (" " + RAISE_MARKER if i in (3, 7) else "")) for i in range(10)]
    results = list(batch.process(texts, nlp=nlp, batch_size=4, n_process=n_process))
    assert [r.id for r in results] == [id_ for id_, _ in texts]
    failed = [r.id for r in results if isinstance(r, cqc_extract.ErrorRecord)]
    assert failed == ["t3", "t7"]
    assert "boom" in results[3].error
    assert all(r.ratings for r in results if r.id not in failed)


def test_texts_over_max_length_go_singly_through_extract(nlp_fast):
    import cqc_extract

    nlp = cqc_extract.load("fast")
    nlp.max_length = len(ARTICLE) + 10
    long_text = (ARTICLE + "\n\n") * 3
    results = list(batch.process([("short", ARTICLE), ("long", long_text), ("after", ARTICLE)], nlp=nlp))
    assert [r.id for r in results] == ["short", "long", "after"]
    # Either chunked into a record (extract() cuts long texts) or an error record: never lost.
    long_result = results[1]
    assert isinstance(long_result, (cqc_extract.ArticleRecord, cqc_extract.ErrorRecord))
    if isinstance(long_result, cqc_extract.ArticleRecord):
        for rating in long_result.ratings:
            ev = rating.evidence[0]
            assert long_text[ev.start : ev.end] == ev.text


# --- outputs -------------------------------------------------------------------------


def test_parquet_output_loads_in_pandas_with_nested_items(tmp_path, articles, expected, nlp_fast):
    import pyarrow.parquet as pq

    source = _write_jsonl(tmp_path / "in.jsonl", articles + [{"id": "no-text"}])
    out = tmp_path / "out.parquet"
    batch.run(source, out, nlp=nlp_fast, progress=False)
    table = pq.read_table(out)
    frame = table.to_pandas()
    assert list(frame["id"]) == [a["id"] for a in articles] + ["no-text"]
    assert frame["error"].isna().sum() == len(articles)
    first = articles[0]["id"]
    ratings = frame.loc[frame["id"] == first, "ratings"].iloc[0]
    assert [r["rating"] for r in ratings] == [r["rating"] for r in expected[first]["ratings"]]
    assert table.to_pylist()[0]["ratings"][0]["evidence"] == expected[first]["ratings"][0]["evidence"]


def test_parquet_writer_writes_row_groups(tmp_path, nlp_fast):
    import pyarrow.parquet as pq
    from cqc_extract.outputs import ParquetWriter

    writer = ParquetWriter(tmp_path / "g.parquet", rows_per_group=3)
    for result in batch.process([(str(i), ARTICLE) for i in range(7)], nlp=nlp_fast):
        writer.write(result)
    writer.close()
    meta = pq.ParquetFile(tmp_path / "g.parquet").metadata
    assert (meta.num_rows, meta.num_row_groups) == (7, 3)


@pytest.mark.parametrize("tables_format", ["csv", "parquet"])
def test_tables_have_the_article_id_on_every_row(tmp_path, articles, expected, nlp_fast, tables_format):
    import pandas as pd

    source = _write_jsonl(tmp_path / "in.jsonl", articles + [{"id": "no-text"}])
    folder = tmp_path / "tables"
    batch.run(source, None, tables=folder, tables_format=tables_format, nlp=nlp_fast, progress=False)
    read = pd.read_csv if tables_format == "csv" else pd.read_parquet
    frames = {name: read(folder / f"{name}.{tables_format}") for name in TABLE_COLUMNS}
    for name, frame in frames.items():
        assert list(frame.columns) == list(TABLE_COLUMNS[name])
    assert list(frames["errors"]["id"]) == ["no-text"]
    assert list(frames["articles"]["id"]) == [a["id"] for a in articles]
    for kind in ("organisations", "people", "ratings", "investments", "actions"):
        wanted = sum(len(expected[a["id"]][kind]) for a in articles)
        assert len(frames[kind]) == wanted, kind
        assert set(frames[kind]["id"]) <= {a["id"] for a in articles}
    first = articles[0]["id"]
    rows = frames["ratings"][frames["ratings"]["id"] == first]
    assert list(rows["rating"]) == [r["rating"] for r in expected[first]["ratings"]]
    assert list(rows["evidence_start"]) == [r["evidence"][0]["start"] for r in expected[first]["ratings"]]


# --- resume ---------------------------------------------------------------------------


def test_resume_after_a_torn_last_line(tmp_path, articles, nlp_fast):
    source = _write_jsonl(tmp_path / "in.jsonl", articles + [{"id": "no-text"}, articles[0]])
    _, full = _run(tmp_path, source, name="full.jsonl", nlp=nlp_fast)
    whole = full.read_bytes()
    lines = whole.splitlines(keepends=True)
    # A run killed in the middle of writing its fourth line.
    torn = tmp_path / "torn.jsonl"
    torn.write_bytes(b"".join(lines[:3]) + lines[3][: len(lines[3]) // 2])
    summary = batch.run(source, torn, resume=True, tables=tmp_path / "t", nlp=nlp_fast, progress=False)
    assert summary.skipped == 3 and summary.articles == len(lines) - 3
    assert torn.read_bytes() == whole  # no duplicates, no gaps, same order
    # Tables are rebuilt over the whole output.
    assert len(list(csv.DictReader(open(tmp_path / "t" / "articles.csv")))) == len(articles)
    # Resuming a finished run does nothing.
    again = batch.run(source, torn, resume=True, nlp=nlp_fast, progress=False)
    assert (again.articles, again.skipped) == (0, len(lines))
    assert torn.read_bytes() == whole


def test_repair_keeps_a_whole_last_object_without_its_newline(tmp_path):
    path = tmp_path / "o.jsonl"
    path.write_bytes(b'{"id": "a"}\n{"id": "b"}')
    assert repair_jsonl(path) == 0
    assert path.read_bytes() == b'{"id": "a"}\n{"id": "b"}\n'
    path.write_bytes(b'{"id": "a"}\n{"id": "b", "ratings": [{"rat')
    assert repair_jsonl(path) == len(b'{"id": "b", "ratings": [{"rat')
    assert path.read_bytes() == b'{"id": "a"}\n'


def test_resume_refuses_a_corrupt_line_before_the_last(tmp_path):
    path = tmp_path / "o.jsonl"
    path.write_bytes(b'{"id": "a"}\nGARBAGE\n{"id": "b"}\n')
    with pytest.raises(ValueError, match="corrupt line before the last"):
        repair_jsonl(path)
    assert path.read_bytes() == b'{"id": "a"}\nGARBAGE\n{"id": "b"}\n'


def test_an_existing_output_is_not_overwritten_by_accident(tmp_path, nlp_fast):
    source = _write_jsonl(tmp_path / "in.jsonl", [{"id": "a", "text": ARTICLE}])
    out = tmp_path / "out.jsonl"
    out.write_text('{"id": "old"}\n')
    with pytest.raises(FileExistsError):
        batch.run(source, out, nlp=nlp_fast, progress=False)
    with pytest.raises(ValueError, match="JSONL"):
        batch.run(source, tmp_path / "out.parquet", resume=True, nlp=nlp_fast, progress=False)
    batch.run(source, out, overwrite=True, nlp=nlp_fast, progress=False)
    assert [r["id"] for r in read_results(out)] == ["a"]


# --- datasets -------------------------------------------------------------------------


def test_map_dataset_gives_one_record_row_per_row(articles, expected):
    from datasets import Dataset

    rows = [dict(a) for a in articles[:3]] + [{"id": None, "text": "   "}]
    mapped = batch.map_dataset(Dataset.from_list(rows), profile="fast", batch_size=2)
    assert len(mapped) == 4
    assert mapped["id"] == [a["id"] for a in articles[:3]] + ["4"]
    assert mapped[3]["error"].startswith("empty input")
    for row in mapped.select(range(3)):
        assert row["error"] is None
        assert [r["rating"] for r in row["ratings"]] == [r["rating"] for r in expected[row["id"]]["ratings"]]
        assert row["source"]["chars"] == len(next(a["text"] for a in articles if a["id"] == row["id"]))


# --- CLI --------------------------------------------------------------------------------


def test_cli_batch_writes_records_tables_and_a_summary(tmp_path, articles):
    source = _write_jsonl(tmp_path / "in.jsonl", articles[:2] + [{"id": "empty", "text": ""}])
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(
        app, ["batch", str(source), "-o", str(out), "--tables", str(tmp_path / "t"), "--profile", "fast", "--batch-size", "2"]
    )
    assert result.exit_code == 0, result.output
    assert [r["id"] for r in read_results(out)] == [articles[0]["id"], articles[1]["id"], "empty"]
    assert "3 articles: 2 records, 1 errors" in result.output
    assert (tmp_path / "t" / "ratings.csv").is_file()
    again = CliRunner().invoke(app, ["batch", str(source), "-o", str(out), "--profile", "fast"])
    assert again.exit_code == 2 and "--resume" in again.output


def test_cli_batch_needs_an_output():
    result = CliRunner().invoke(app, ["batch", "whatever.jsonl"])
    assert result.exit_code != 0


def test_two_processes_give_the_same_results_in_order(tmp_path, articles, expected):
    import cqc_extract

    nlp = cqc_extract.load("fast")
    items = [(a["id"], a["text"]) for a in articles] + [("empty", "")]
    results = list(batch.process(items, nlp=nlp, batch_size=2, n_process=2))
    assert [r.id for r in results] == [id_ for id_, _ in items]
    assert isinstance(results[-1], cqc_extract.ErrorRecord)
    for result in results[:-1]:
        assert _items(result.model_dump(mode="json")) == _items(expected[result.id])


def test_cli_batch_max_chars_gives_error_records(tmp_path):
    source = _write_jsonl(tmp_path / "in.jsonl", [{"id": "short", "text": "Good."}, {"id": "long", "text": ARTICLE}])
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["batch", str(source), "-o", str(out), "--profile", "fast", "--max-chars", "100", "-q"])
    assert result.exit_code == 0, result.output
    results = {r["id"]: r for r in read_results(out)}
    assert "error" not in results["short"] and results["long"]["error"].startswith("input too large")
