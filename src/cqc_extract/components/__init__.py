"""The cqc_* spaCy components, one module per concern. Importing this package
registers their factories (the `spacy_factories` entry points point here too)."""

from . import actions, investments, organisations, page_layout, people, ratings, record, vocabulary  # noqa: F401
