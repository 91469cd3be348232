"""The front door's machinery: `extract`, `extract_many`, `evaluate` and the
one cache of loaded pipelines, below the package's __init__ (which only
re-exports). Modules of the package import from here, never from __init__.
"""

from __future__ import annotations

import functools
from typing import Any, Iterable, Iterator

from .inputs import DEFAULT_MAX_CHARS, prepare_input, with_source
from .pipeline import PROFILES, load
from .schema import ArticleRecord


@functools.lru_cache(maxsize=len(PROFILES))
def shared_pipeline(profile: str):
    """The pipeline of a profile, loaded once per process and shared by
    `extract`, `extract_many`, `evaluate` and the batch runner."""
    return load(profile)


def record_from_doc(doc, id: str | None = None) -> ArticleRecord:
    """The ArticleRecord a processed Doc holds (`doc._.cqc_record`), with its id."""
    from .components.base import read_doc_text

    data = dict(doc._.cqc_record)
    data["id"] = id
    return ArticleRecord.model_validate(data, context={"source": read_doc_text(doc)})


def extract(
    text: str | bytes,
    id: str | None = None,
    *,
    nlp=None,
    profile: str = "accurate",
    format: str | None = None,
    max_chars: int | None = DEFAULT_MAX_CHARS,
) -> ArticleRecord:
    """Extract one article's record. `nlp` defaults to a cached `load(profile)`.

    A str with no `format` is read as it is (offsets refer to it). Bytes, or
    any input with `format` ("auto", "text", "html"), first go through
    `inputs.prepare_input` (decoding, HTML to text, control characters, size
    limit `max_chars`, None for none); `record.source`
    then says what the offsets refer to, and bad input raises `InputError`.
    Texts longer than `nlp.max_length` are processed in pieces (chunking.py).
    """
    from .chunking import extract_long

    source = None
    if isinstance(text, (bytes, bytearray, memoryview)) or format is not None:
        prepared = prepare_input(text, format=format or "auto", max_chars=max_chars)
        text, source = prepared.text, prepared.source
    elif not isinstance(text, str):
        raise TypeError(f"extract() takes the article text as str or bytes, not {type(text).__name__}")
    nlp = nlp or shared_pipeline(profile)
    if len(text) > nlp.max_length:
        record = extract_long(nlp, text, id=id)
    else:
        record = record_from_doc(nlp(text), id=id)
    return with_source(record, source)


def _split_items(items: Iterable[Any]) -> Iterator[tuple[str | None, str]]:
    for number, item in enumerate(items):
        if isinstance(item, str):
            yield None, item
        elif isinstance(item, tuple) and len(item) == 2 and isinstance(item[1], str):
            yield (None if item[0] is None else str(item[0])), item[1]
        else:
            # Bytes, HTML and other raw input: extract(..., format=...) or cqc-extract batch.
            raise TypeError(f"extract_many item {number}: expected a str text or an (id, str text) pair")


def extract_many(
    texts: Iterable[str] | Iterable[tuple[str, str]],
    *,
    batch_size: int = 32,
    n_process: int = 1,
    nlp=None,
    profile: str = "accurate",
) -> Iterator[ArticleRecord]:
    """Records for many texts (or (id, text) pairs), in input order, streamed.

    `n_process` > 1 runs the pipeline in that many worker processes, which
    send back records (parallel.py); texts over `nlp.max_length` are
    processed in pieces, as by `extract`. An error in any document is raised
    (`cqc-extract batch` instead gives that document an error record).
    """
    from .parallel import chunked, map_chunks

    nlp = nlp or shared_pipeline(profile)
    chunks = ((None, pairs) for pairs in chunked(_split_items(texts), batch_size))
    for _, records in map_chunks(chunks, nlp=nlp, n_process=n_process):
        yield from records


def evaluate(gold, predictions=None, *, profile: str = "accurate", nlp=None):
    """Score against an annotated corpus (SPEC.md §3); runs the pipeline when
    no predictions are given. Returns a `scoring.EvaluationReport`."""
    from .evaluation import evaluate_corpus

    return evaluate_corpus(gold, predictions, profile=profile, nlp=nlp)
