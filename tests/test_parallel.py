"""parallel.py: records from worker processes — same records as one process,
in input order, a bounded number of chunks in flight, a document that raises
or kills its worker isolated, and the spawn start method (macOS, Windows)."""

from __future__ import annotations

import itertools
import multiprocessing
import time

import pytest
import cqc_extract
from cqc_extract import batch, parallel

from conftest import DIE_MARKER, RAISE_MARKER, pipeline_failing_on_marker

# Invented articles: no names from any real corpus.
ARTICLE = (
    "Inspectors have rated Hollybrook Lodge, a care home run by Ashgrove Care Ltd, as good overall. "
    "It was previously rated requires improvement."
)
OTHER = "Ferncliffe Surgery has been rated inadequate by the Care Quality Commission and placed in special measures."


def _dumps(records) -> list[dict]:
    return [r.model_dump(mode="json") for r in records]


def test_two_processes_equal_one_in_order(nlp_fast):
    items = [(f"a{i}", ARTICLE if i % 3 else OTHER) for i in range(11)]
    one = _dumps(cqc_extract.extract_many(items, nlp=nlp_fast, batch_size=3))
    two = _dumps(cqc_extract.extract_many(items, nlp=nlp_fast, batch_size=3, n_process=2))
    assert [r["id"] for r in two] == [f"a{i}" for i in range(11)]
    assert two == one
    assert one[0]["ratings"][0]["rating"] == "inadequate" and one[1]["ratings"][0]["rating"] == "good"


def test_a_chunk_goes_out_in_pieces_and_comes_back_whole(nlp_fast, monkeypatch):
    """Chunks longer than PIECE_SIZE are split among the workers; each chunk's
    records come back joined, in order, as one process gives them."""
    monkeypatch.setattr(parallel, "PIECE_SIZE", 2)
    items = [(f"p{i}", OTHER if i % 4 else ARTICLE) for i in range(13)]
    one = _dumps(cqc_extract.extract_many(items, nlp=nlp_fast, batch_size=5))
    two = _dumps(cqc_extract.extract_many(items, nlp=nlp_fast, batch_size=5, n_process=2))
    assert two == one and [r["id"] for r in two] == [f"p{i}" for i in range(13)]


def test_pieces_of_a_chunk_mark_its_last_piece(monkeypatch):
    monkeypatch.setattr(parallel, "PIECE_SIZE", 2)
    pieces = list(parallel._pieces([("a", [1, 2, 3, 4, 5]), ("b", []), ("c", [6, 7])]))
    assert pieces == [(("a", False), [1, 2]), (("a", False), [3, 4]), (("a", True), [5]),
                      (("b", True), []), (("c", True), [6, 7])]


def test_only_a_bounded_number_of_chunks_is_taken_from_the_input(nlp_fast):
    """An endless input: taking 5 records pulls at most the chunks in flight
    (memory stays flat however long the corpus)."""
    pulled = itertools.count()

    def endless():
        for i in itertools.count():
            next(pulled)
            yield (str(i), ARTICLE)

    records = cqc_extract.extract_many(endless(), nlp=nlp_fast, batch_size=2, n_process=2)
    first = [next(records).id for _ in range(5)]
    records.close()
    assert first == ["0", "1", "2", "3", "4"]
    in_flight = parallel.IN_FLIGHT_PER_PROCESS * 2 * 2  # chunks x batch size
    assert next(pulled) <= 5 + in_flight + 2


@pytest.mark.parametrize("n_process", [1, 2])
def test_texts_over_max_length_are_processed_in_pieces(n_process):
    nlp = cqc_extract.load("fast")
    nlp.max_length = len(ARTICLE) + 20
    long_text = ARTICLE + "\n\n" + OTHER + "\n\n" + ARTICLE
    records = list(cqc_extract.extract_many([("short", OTHER), ("long", long_text)], nlp=nlp, n_process=n_process))
    assert [r.id for r in records] == ["short", "long"]
    assert records[1].source.pieces == 3
    for rating in records[1].ratings:
        evidence = rating.evidence[0]
        assert long_text[evidence.start:evidence.end] == evidence.text


def test_extract_many_raises_what_a_worker_raised():
    nlp = pipeline_failing_on_marker("test_raise_on_marker")
    texts = [ARTICLE, ARTICLE + " " + RAISE_MARKER, ARTICLE]
    with pytest.raises(RuntimeError, match="boom on a marked document"):
        list(cqc_extract.extract_many(texts, nlp=nlp, n_process=2, batch_size=1))


def test_extract_many_refuses_bytes_with_a_clear_error(nlp_fast):
    with pytest.raises(TypeError, match="item 1: expected a str text"):
        list(cqc_extract.extract_many([ARTICLE, ("b", b"bytes")], nlp=nlp_fast))


def test_a_document_that_kills_its_worker_gets_an_error_record():
    """The worker process dies (os._exit) on one document: that document gets
    an error record, every other one its record, in order, and the pool
    carries on with fresh workers."""
    nlp = pipeline_failing_on_marker("test_die_on_marker")
    items = [(f"t{i}", ARTICLE + (" " + DIE_MARKER if i == 4 else "")) for i in range(12)]
    results = list(batch.process(items, nlp=nlp, batch_size=3, n_process=2))
    assert [r.id for r in results] == [id_ for id_, _ in items]
    failed = [r for r in results if isinstance(r, cqc_extract.ErrorRecord)]
    assert [r.id for r in failed] == ["t4"]
    assert "worker process died" in failed[0].error
    assert all(r.ratings for r in results if r.id != "t4")


def test_a_failing_worker_start_is_one_clear_error_with_its_reason(monkeypatch, nlp_fast):
    def cannot_start(nlp, underscore_state):
        raise ImportError("no model here")

    monkeypatch.setattr(parallel, "_set_up_worker", cannot_start)
    with pytest.raises(RuntimeError, match="worker processes could not start.*ImportError: no model here"):
        list(cqc_extract.extract_many([ARTICLE] * 4, nlp=nlp_fast, n_process=2))


def test_a_worker_death_while_the_caller_is_busy_is_isolated():
    """The pool breaks while the caller is writing a result (not waiting on a
    chunk), so the next chunk is submitted to a broken pool: still one error
    record, for the document that killed its worker."""
    nlp = pipeline_failing_on_marker("test_die_on_marker")
    items = [(f"t{i}", ARTICLE + (" " + DIE_MARKER if i == 3 else "")) for i in range(10)]
    results = []
    for result in batch.process(items, nlp=nlp, batch_size=1, n_process=2):
        results.append(result)
        time.sleep(0.15)
    assert [r.id for r in results] == [id_ for id_, _ in items]
    assert [r.id for r in results if isinstance(r, cqc_extract.ErrorRecord)] == ["t3"]


def test_only_the_document_that_kills_a_worker_is_blamed():
    """Two killers, slow documents in between: documents redone after the
    first death never share the pool with the second killer."""
    nlp = pipeline_failing_on_marker("test_die_on_marker")
    nlp.add_pipe("test_slow_on_marker", first=True)
    kinds = ["ok", "die", "slow", "slow", "ok", "ok", "ok", "ok", "die", "ok"]
    text = {"ok": ARTICLE, "die": ARTICLE + " " + DIE_MARKER, "slow": ARTICLE + " SLOW-HERE"}
    items = [(f"t{i}-{k}", text[k]) for i, k in enumerate(kinds)]
    results = list(batch.process(items, nlp=nlp, batch_size=2, n_process=2))
    assert [r.id for r in results] == [id_ for id_, _ in items]
    assert [r.id for r in results if isinstance(r, cqc_extract.ErrorRecord)] == ["t1-die", "t8-die"]


def test_results_done_before_an_input_error_are_handed_out_first(nlp_fast):
    def failing_input():
        for i in range(9):
            yield (f"t{i}", ARTICLE)
        raise OSError("disk error while reading")

    got = []
    with pytest.raises(OSError, match="disk error"):
        for result in batch.process(failing_input(), nlp=nlp_fast, batch_size=2, n_process=2):
            got.append(result.id)
    assert got == [f"t{i}" for i in range(8)]  # the last, partial chunk was never sent


def test_an_exception_that_cannot_cross_processes_keeps_its_message():
    nlp = pipeline_failing_on_marker("test_raise_unpicklable_on_marker")
    with pytest.raises(RuntimeError, match="TwoArgumentError: 1/2"):
        list(cqc_extract.extract_many([ARTICLE, ARTICLE + " " + RAISE_MARKER], nlp=nlp, n_process=2, batch_size=1))


def test_stopping_early_leaves_no_worker_running():
    nlp = pipeline_failing_on_marker("test_slow_on_marker")
    records = cqc_extract.extract_many([ARTICLE] + [ARTICLE + " SLOW-HERE"] * 20, nlp=nlp, batch_size=1, n_process=2)
    next(records)
    before = set(multiprocessing.active_children())
    records.close()
    deadline = time.monotonic() + 0.5  # a slow document takes 0.5 s; 4 chunks were in flight
    while any(p.is_alive() for p in before) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert before and not any(p.is_alive() for p in before)


@pytest.mark.parametrize("kwargs, message", [({"batch_size": 0}, "batch size must be >= 1"),
                                             ({"n_process": 0}, "n_process must be >= 1")])
def test_sizes_below_one_are_refused(nlp_fast, kwargs, message):
    with pytest.raises(ValueError, match=message):
        list(cqc_extract.extract_many([ARTICLE] * 3, nlp=nlp_fast, **kwargs))


def test_n_process_minus_one_means_one_per_cpu(nlp_fast):
    items = [(str(i), ARTICLE) for i in range(4)]
    assert _dumps(cqc_extract.extract_many(items, nlp=nlp_fast, n_process=-1, batch_size=1)) == _dumps(
        cqc_extract.extract_many(items, nlp=nlp_fast))


def test_spawned_workers_give_the_same_records(monkeypatch, nlp_fast):
    """Where fork is not available the pipeline is pickled to each worker."""
    items = [("x", ARTICLE), ("y", OTHER), ("z", ARTICLE)]
    one = _dumps(cqc_extract.extract_many(items, nlp=nlp_fast))
    monkeypatch.setattr(parallel.multiprocessing, "get_all_start_methods", lambda: ["spawn"])
    two = _dumps(cqc_extract.extract_many(items, nlp=nlp_fast, n_process=2, batch_size=1))
    assert two == one


def test_a_record_pool_needs_two_processes(nlp_fast):
    with pytest.raises(ValueError, match="n_process >= 2"):
        parallel.RecordPool(nlp_fast, 1)
