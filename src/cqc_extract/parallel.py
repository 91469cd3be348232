"""Records in chunks, in this process or in worker processes: the engine under
`extract_many` and `cqc-extract batch`.

    for pairs, results in map_chunks(chunks, nlp=nlp, n_process=2, isolate=True): ...

Why not `nlp.pipe(n_process=N)`: spaCy sends every processed Doc back to the
caller as bytes (about 0.2 MB an article, most of it the tok2vec tensor), and
the caller rebuilds each Doc before it can build the record. With 2 CPUs that
caller shares the cores with both workers, and two processes gave 1.5 x one.
Here each worker holds the pipeline (forked with it; sent it pickled once
where fork is not available) and sends back finished records, a few KB each,
so the caller only puts them in order (docs/performance.md).

- Work is read in chunks (lists of (id, text) pairs, `batch_size` long) and
  goes out to the workers in pieces of at most PIECE_SIZE documents, so both
  workers stay busy to the end; at most 2 x n_process pieces are in flight,
  so memory stays flat on any corpus, and results come back in input order.
- Texts over `nlp.max_length` are processed in pieces (chunking.py), as
  `extract()` does.
- `isolate=True` (the batch runner): a document the pipeline raises on gets a
  `Failure` and the rest of its chunk their records; a document that kills its
  worker process (a crash, the out-of-memory killer) gets a `Failure` too: the
  pool starts again and the chunks that were in flight are redone one
  document at a time with nothing else running, so no other document is
  blamed. `isolate=False` (`extract_many`): the error is raised (as a
  RuntimeError with its type and message if it cannot be pickled back).
- If reading the input fails, the chunks already in flight are handed out
  before the error is raised. A run that stops early terminates its workers.
- `n_process=-1` means one worker per CPU, as in spaCy.
"""

from __future__ import annotations

import multiprocessing
import os
import pickle
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Any, Iterable, Iterator, TypeVar

from .schema import ArticleRecord

Tag = TypeVar("Tag")
Pair = tuple  # (id or None, text)

# Pieces in flight per worker: one being processed, one waiting, so a worker
# never idles while the caller collects.
IN_FLIGHT_PER_PROCESS = 2
# Workers take a chunk in pieces of at most this many documents: with whole
# chunks (64 documents by default) one worker could sit idle for most of a
# chunk's time at the end of a run, while the other finished the last chunk.
PIECE_SIZE = 16


@dataclass(frozen=True)
class Failure:
    """Why one document has no record: "RuntimeError: boom"."""

    message: str

    @classmethod
    def of(cls, exc: BaseException) -> "Failure":
        return cls(f"{type(exc).__name__}: {exc}")


WORKER_DIED = Failure(
    "WorkerDied: the worker process died while processing this document (a crash or the out-of-memory killer)"
)


# --- one chunk, wherever it runs ----------------------------------------------------


def records_for_chunk(nlp, pairs: list[Pair], isolate: bool) -> list[ArticleRecord | Failure]:
    """One record (or, with `isolate`, a Failure) per (id, text) pair, in order."""
    try:
        return _records(nlp, pairs)
    except Exception:
        if not isolate:
            raise
    # Something in the chunk failed: one document at a time finds which.
    return [_record_or_failure(nlp, id_, text) for id_, text in pairs]


def _records(nlp, pairs: list[Pair]) -> list[ArticleRecord]:
    from .api import extract, record_from_doc

    results: list[Any] = [None] * len(pairs)
    fits = ((text, number) for number, (_, text) in enumerate(pairs) if len(text) <= nlp.max_length)
    for doc, number in nlp.pipe(fits, as_tuples=True, batch_size=max(len(pairs), 1)):
        results[number] = record_from_doc(doc, id=pairs[number][0])
    for number, result in enumerate(results):
        if result is None:  # too long for one Doc, or dropped by an error handler set on nlp
            id_, text = pairs[number]
            results[number] = extract(text, id_, nlp=nlp)
    return results


def _record_or_failure(nlp, id_, text) -> ArticleRecord | Failure:
    from .api import extract

    try:
        return extract(text, id_, nlp=nlp)
    except Exception as exc:
        return Failure.of(exc)


# --- worker processes ----------------------------------------------------------------

_worker_nlp = None
_worker_start_error: str | None = None
# How long a new worker may take to be ready (a spawned one unpickles the pipeline).
START_TIMEOUT_S = 600


def _set_up_worker(nlp, underscore_state) -> None:
    from spacy.tokens.underscore import Underscore

    global _worker_nlp
    # Extensions the caller registered (spawned workers start without them).
    Underscore.load_state(underscore_state)
    _worker_nlp = nlp


def _start_worker(nlp, underscore_state) -> None:
    # An initializer that raises only shows as "terminated abruptly" in the
    # caller; keep the reason for _ready to report.
    global _worker_start_error
    try:
        _set_up_worker(nlp, underscore_state)
    except Exception as exc:
        _worker_start_error = f"{type(exc).__name__}: {exc}"


def _ready() -> None:
    if _worker_start_error is not None:
        raise RuntimeError(_worker_start_error)


def _in_worker(pairs: list[Pair], isolate: bool) -> list[ArticleRecord | Failure]:
    try:
        return records_for_chunk(_worker_nlp, pairs, isolate)
    except Exception as exc:
        # Raised to the caller by pickling: one that cannot be rebuilt there
        # would surface as a broken pool, hiding what went wrong.
        try:
            pickle.loads(pickle.dumps(exc))
        except Exception:
            raise RuntimeError(f"{type(exc).__name__}: {exc}") from None
        raise


def _broken(exc: BaseException) -> Future:
    future: Future = Future()
    future.set_exception(exc)
    return future


class RecordPool:
    """`n_process` worker processes, each holding `nlp`."""

    def __init__(self, nlp, n_process: int):
        if n_process < 2:
            raise ValueError("a RecordPool needs n_process >= 2; use records_for_chunk in this process")
        self.nlp = nlp
        self.n_process = n_process
        self.executor: ProcessPoolExecutor | None = None
        self._start()

    def _start(self) -> None:
        from spacy.tokens.underscore import Underscore

        self.close()
        # fork shares the loaded pipeline with no copying or pickling; spawn
        # (macOS, Windows) pickles it once per worker.
        method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
        self.executor = ProcessPoolExecutor(
            self.n_process,
            mp_context=multiprocessing.get_context(method),
            initializer=_start_worker,
            initargs=(self.nlp, Underscore.get_state()),
        )
        # A worker that cannot start (the pipeline or an extension will not
        # pickle, a model is missing) fails here, once, not once per document.
        try:
            self.executor.submit(_ready).result(timeout=START_TIMEOUT_S)
        except Exception as exc:
            self.close()
            raise RuntimeError(f"the worker processes could not start ({method}): {type(exc).__name__}: {exc}") from exc

    def close(self, wait: bool = False) -> None:
        """Stop the workers: at once (work in flight is dropped and the
        workers are terminated), or with `wait` once they are idle; either
        way none outlives the run."""
        if self.executor is None:
            return
        processes = list((getattr(self.executor, "_processes", None) or {}).values())
        self.executor.shutdown(wait=wait, cancel_futures=True)
        if not wait:
            for process in processes:
                if process.is_alive():
                    process.terminate()
        self.executor = None

    def __enter__(self) -> "RecordPool":
        return self

    def __exit__(self, exc_type, *exc_info) -> None:
        # All results collected: the workers are idle, waiting costs nothing.
        self.close(wait=exc_type is None)

    def _submit(self, pairs: list[Pair], isolate: bool) -> Future | None:
        if not pairs:
            return None
        try:
            return self.executor.submit(_in_worker, pairs, isolate)
        except BrokenProcessPool as exc:  # broke since the last collect: handled there
            return _broken(exc)

    def map(self, chunks: Iterable[tuple[Tag, list[Pair]]], isolate: bool) -> Iterator[tuple[Tag, list]]:
        """(tag, results) for each (tag, pairs), in order: each chunk is sent
        in pieces of at most PIECE_SIZE documents, and its results come back
        joined."""
        results: list = []
        for (tag, last), piece_results in self._map_pieces(_pieces(chunks), isolate):
            results.extend(piece_results)
            if last:
                yield tag, results
                results = []

    def _map_pieces(self, chunks: Iterable[tuple[Any, list[Pair]]], isolate: bool) -> Iterator[tuple[Any, list]]:
        """(tag, results) for each (tag, pairs), in order, at most
        IN_FLIGHT_PER_PROCESS x n_process pieces in flight."""
        chunks = iter(chunks)
        in_flight: deque = deque()
        reader_error: Exception | None = None
        exhausted = False
        while True:
            while not exhausted and len(in_flight) < IN_FLIGHT_PER_PROCESS * self.n_process:
                try:
                    tag, pairs = next(chunks)
                except StopIteration:
                    exhausted = True
                except Exception as exc:  # the input broke: first hand out what is done
                    reader_error, exhausted = exc, True
                else:
                    in_flight.append((tag, pairs, self._submit(pairs, isolate)))
            if not in_flight:
                if reader_error is not None:
                    raise reader_error
                return
            tag, pairs, future = in_flight.popleft()
            try:
                yield tag, future.result() if future is not None else []
            except BrokenProcessPool:
                if not isolate:
                    raise
                # A worker died and took the chunks in flight with it. With a
                # fresh pool and nothing else running, redo them one document
                # at a time: only a document that kills a worker on its own
                # is blamed for it.
                pending = [(tag, pairs, future), *in_flight]
                in_flight.clear()
                self._start()
                for tag, pairs, future in pending:
                    yield tag, self._redo(pairs, future)

    def _redo(self, pairs: list[Pair], future: Future | None) -> list:
        if future is None:
            return []
        if future.done() and not future.cancelled() and future.exception() is None:
            return future.result()  # finished before the pool broke
        return [self._one(pair) for pair in pairs]

    def _one(self, pair: Pair) -> ArticleRecord | Failure:
        try:
            return self.executor.submit(_in_worker, [pair], True).result()[0]
        except BrokenProcessPool:
            self._start()
            return WORKER_DIED


def _pieces(chunks: Iterable[tuple[Tag, list[Pair]]]) -> Iterator[tuple[tuple[Tag, bool], list[Pair]]]:
    """((tag, is_last_piece), pairs) for the pieces of each chunk; an empty
    chunk is one empty piece, so its tag still comes back."""
    for tag, pairs in chunks:
        starts = range(0, len(pairs), PIECE_SIZE) if pairs else [0]
        for start in starts:
            yield (tag, start + PIECE_SIZE >= len(pairs)), pairs[start:start + PIECE_SIZE]


def map_chunks(
    chunks: Iterable[tuple[Tag, list[Pair]]], *, nlp, n_process: int = 1, isolate: bool = False
) -> Iterator[tuple[Tag, list[ArticleRecord | Failure]]]:
    """(tag, results) for each (tag, pairs) chunk, in order: in this process
    when n_process is 1, else in a RecordPool of n_process workers (-1: one
    per CPU, as in spaCy)."""
    if n_process == -1:
        n_process = os.cpu_count() or 1
    if n_process < 1:
        raise ValueError(f"n_process must be >= 1 (or -1 for one per CPU), not {n_process}")
    if n_process == 1:
        for tag, pairs in chunks:
            yield tag, records_for_chunk(nlp, pairs, isolate) if pairs else []
        return
    with RecordPool(nlp, n_process) as pool:
        yield from pool.map(chunks, isolate)


def chunked(items: Iterable, size: int) -> Iterator[list]:
    """Lists of `size` items (the last may be shorter), read lazily."""
    if size < 1:
        raise ValueError(f"batch size must be >= 1, not {size}")
    iterator = iter(items)
    while True:
        chunk = [item for _, item in zip(range(size), iterator)]
        if not chunk:
            return
        yield chunk
