"""Ratings answer "may this cue's strings stand in this window?" two ways
(issue 15, session 13): the first WINDOW_SEARCHES windows of a page asked
about a cue are searched themselves (cheap for a page that asks a few times),
later ones are looked up in the places of the cue's strings in the page
(found once: linear for a page that asks thousands of times). Both ways must
give the same records: this forces each way on every window of the project's
own corpus and compares them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cqc_extract.components.ratings import reader

CORPUS = Path(__file__).resolve().parent.parent / "corpus" / "cqc-corpus.jsonl"


def _ratings(nlp, texts: list[str]) -> list[list]:
    return [nlp(t)._.cqc_ratings for t in texts]


def test_window_search_and_page_index_agree(nlp_fast, monkeypatch):
    texts = [json.loads(line)["text"] for line in CORPUS.read_text(encoding="utf-8").splitlines()[:40]]
    monkeypatch.setattr(reader, "WINDOW_SEARCHES", 0)  # every window looked up in the page's index
    by_index = _ratings(nlp_fast, texts)
    monkeypatch.setattr(reader, "WINDOW_SEARCHES", 10**9)  # every window searched itself
    by_search = _ratings(nlp_fast, texts)
    assert sum(map(len, by_index)) > 100  # (the corpus has ratings to compare)
    assert by_search == by_index
