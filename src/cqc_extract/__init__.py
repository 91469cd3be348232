"""cqc-extract: structured, source-grounded records from CQC inspection news.

    import cqc_extract
    record = cqc_extract.extract(text, id="dudley-2023")
    record.ratings[0].rating, record.ratings[0].evidence[0].start

    for record in cqc_extract.extract_many(texts, batch_size=32, n_process=2):
        ...
"""

from __future__ import annotations

from .api import evaluate, extract, extract_many, record_from_doc
from .pipeline import PROFILES, load, load_base_model
from .inputs import DEFAULT_MAX_CHARS, InputError, prepare_input, with_source
from .schema import ArticleRecord, ErrorRecord, json_schema, validate_record

__version__ = "0.1.0"

__all__ = [
    "ArticleRecord",
    "ErrorRecord",
    "InputError",
    "PROFILES",
    "evaluate",
    "extract",
    "extract_many",
    "json_schema",
    "load",
    "load_base_model",
    "prepare_input",
    "record_from_doc",
    "validate_record",
]
