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

- Work goes out in chunks (lists of (id, text) pairs, `batch_size` long); at
  most 2 x n_process chunks are in flight, so memory stays flat on any corpus,
  and results come back in input order.
- Texts over `nlp.max_length` are processed in pieces (chunking.py), as
  `extract()` does.
- `isolate=True` (the batch runner): a document the pipeline raises on gets a
  `Failure` and the rest of its chunk their records; a document that kills its
  worker process (a crash, the out-of-memory killer) gets a `Failure` too and
  the pool starts again. `isolate=False` (`extract_many`): the error is raised.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Any, Iterable, Iterator, TypeVar

from .schema import ArticleRecord

Tag = TypeVar("Tag")
Pair = tuple  # (id or None, text)

# Chunks in flight per worker: one being processed, one waiting, so a worker
# never idles while the caller collects.
IN_FLIGHT_PER_PROCESS = 2


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
    from . import extract, record_from_doc

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
    from . import extract

    try:
        return extract(text, id_, nlp=nlp)
    except Exception as exc:
        return Failure.of(exc)


# --- worker processes ----------------------------------------------------------------

_worker_nlp = None


def _start_worker(nlp, underscore_state) -> None:
    from spacy.tokens.underscore import Underscore

    global _worker_nlp
    # Extensions the caller registered (spawned workers start without them).
    Underscore.load_state(underscore_state)
    _worker_nlp = nlp


def _in_worker(pairs: list[Pair], isolate: bool) -> list[ArticleRecord | Failure]:
    return records_for_chunk(_worker_nlp, pairs, isolate)


def _ready() -> bool:
    return _worker_nlp is not None


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

        if self.executor is not None:
            self.executor.shutdown(wait=False, cancel_futures=True)
        # fork shares the loaded pipeline with no copying or pickling; spawn
        # (macOS, Windows) pickles it once per worker.
        method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
        self.executor = ProcessPoolExecutor(
            self.n_process,
            mp_context=multiprocessing.get_context(method),
            initializer=_start_worker,
            initargs=(self.nlp, Underscore.get_state()),
        )
        # A worker that cannot start (the pipeline will not unpickle, say)
        # fails here, once, rather than as one error per document.
        try:
            self.executor.submit(_ready).result()
        except BrokenProcessPool as exc:
            self.close()
            raise RuntimeError(f"the worker processes could not start ({method}): {exc}") from exc

    def close(self, wait: bool = False) -> None:
        """Stop the workers: at once (work in flight is dropped), or with
        `wait` once they are idle, so none outlives the run."""
        if self.executor is not None:
            self.executor.shutdown(wait=wait, cancel_futures=True)
            self.executor = None

    def __enter__(self) -> "RecordPool":
        return self

    def __exit__(self, exc_type, *exc_info) -> None:
        # All results collected: the workers are idle, waiting costs nothing.
        self.close(wait=exc_type is None)

    def map(self, chunks: Iterable[tuple[Tag, list[Pair]]], isolate: bool) -> Iterator[tuple[Tag, list]]:
        """(tag, results) for each (tag, pairs), in order, at most
        IN_FLIGHT_PER_PROCESS x n_process chunks in flight."""
        in_flight: deque = deque()
        for tag, pairs in chunks:
            future = self.executor.submit(_in_worker, pairs, isolate) if pairs else None
            in_flight.append((tag, pairs, future, self.executor))
            if len(in_flight) >= IN_FLIGHT_PER_PROCESS * self.n_process:
                yield self._collect(*in_flight.popleft(), isolate=isolate)
        while in_flight:
            yield self._collect(*in_flight.popleft(), isolate=isolate)

    def _collect(self, tag, pairs, future: Future | None, executor, isolate: bool) -> tuple[Any, list]:
        if future is None:
            return tag, []
        try:
            return tag, future.result()
        except BrokenProcessPool:
            if not isolate:
                raise
        # A worker died and took every chunk in flight with it. Start again
        # (once for them all), then redo this chunk one document per task so
        # the document that kills a worker is the only one without a record.
        if executor is self.executor:
            self._start()
        return tag, [self._one(pair) for pair in pairs]

    def _one(self, pair: Pair) -> ArticleRecord | Failure:
        try:
            return self.executor.submit(_in_worker, [pair], True).result()[0]
        except BrokenProcessPool:
            self._start()
            return WORKER_DIED


def map_chunks(
    chunks: Iterable[tuple[Tag, list[Pair]]], *, nlp, n_process: int = 1, isolate: bool = False
) -> Iterator[tuple[Tag, list[ArticleRecord | Failure]]]:
    """(tag, results) for each (tag, pairs) chunk, in order: in this process
    when n_process is 1, else in a RecordPool of n_process workers."""
    if n_process <= 1:
        for tag, pairs in chunks:
            yield tag, records_for_chunk(nlp, pairs, isolate) if pairs else []
        return
    with RecordPool(nlp, n_process) as pool:
        yield from pool.map(chunks, isolate)


def chunked(items: Iterable, size: int) -> Iterator[list]:
    """Lists of `size` items (the last may be shorter), read lazily."""
    iterator = iter(items)
    while True:
        chunk = [item for _, item in zip(range(size), iterator)]
        if not chunk:
            return
        yield chunk
