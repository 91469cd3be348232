"""Property tests (issue 8): over arbitrary Unicode and article-like text built
from the vocabularies, extraction never raises, every evidence slice is its
text, records validate, the same input gives the same record, and an
unrelated paragraph appended leaves the ratings of named subjects alone.

Example counts are small in the default run. The long fuzz run:

    CQC_FUZZ_EXAMPLES=2000 .venv/bin/pytest -q tests/test_properties.py --runslow

(`--runslow` adds the slow tests, which run ten times the default examples;
CQC_FUZZ_EXAMPLES sets the count for every property; docs/robustness.md has
the figures of a long run).
"""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

import cqc_extract
from cqc_extract.inputs import InputError, prepare_input
from cqc_extract.resources import read_json
from cqc_extract.schema import validate_record


def examples(default: int) -> int:
    return int(os.environ.get("CQC_FUZZ_EXAMPLES") or default)


def fuzz(default: int):
    """Settings for a property: bounded examples, no deadline (timing is not a property)."""
    return settings(
        max_examples=examples(default),
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
        derandomize=os.environ.get("CQC_FUZZ_SEED") is None,
    )


def check_record(record, text: str) -> None:
    """Every evidence slice equals its text; the record validates against the text."""
    data = record.model_dump(mode="json")
    for field in ("organisations", "people", "ratings", "investments", "actions"):
        for item in data[field]:
            for ev in item["evidence"]:
                assert 0 <= ev["start"] <= ev["end"] <= len(text)
                assert text[ev["start"] : ev["end"]] == ev["text"], (field, ev)
    validate_record(data, source=text)


# --- strategies --------------------------------------------------------------------

# Invented names only (the house rule: no real trusts or people).
LOCATIONS = ["Northbrook Care Home", "Eastmoor Medical Practice", "Hollin Lane Surgery", "Larchfield House"]
PROVIDERS = ["Riverside Healthcare NHS Trust", "Westdale Care Limited", "Fenwick Community Health NHS Trust"]
PEOPLE = ["Ada Quennell", "Tomas Brightwater", "Priya Olumide"]


def _phrases(name: str) -> dict[str, list[str]]:
    return {k: v for k, v in read_json(f"vocab/{name}.json").items() if not k.startswith("_")}


RATING_PHRASES = _phrases("ratings")
DOMAIN_PHRASES = _phrases("domains")
SERVICE_PHRASES = _phrases("services")

rating_word = st.sampled_from(sorted(RATING_PHRASES)).flatmap(lambda v: st.sampled_from(RATING_PHRASES[v]))
domain_word = st.sampled_from(sorted(DOMAIN_PHRASES)).flatmap(lambda v: st.sampled_from(DOMAIN_PHRASES[v]))
service_word = st.sampled_from(sorted(SERVICE_PHRASES)).flatmap(lambda v: st.sampled_from(SERVICE_PHRASES[v]))
subject = st.sampled_from(LOCATIONS + PROVIDERS)

sentence = st.one_of(
    st.builds("{} has been rated {} overall by the Care Quality Commission (CQC).".format, subject, rating_word),
    st.builds("{} was rated {} for being {}.".format, subject, rating_word, domain_word),
    st.builds("Its {} were rated {}, up from {}.".format, service_word, rating_word, rating_word),
    st.builds("The rating for {} went from {} to {}.".format, domain_word, rating_word, rating_word),
    st.builds("{} remains {} overall.".format, subject, rating_word),
    st.builds("{} will spend £{},000 on a new garden room next year.".format, subject, st.integers(1, 999)),
    st.builds("The CQC issued a warning notice to {}.".format, subject),
    st.builds("{}, chief executive of {}, said: “We are proud of our staff.”".format, st.sampled_from(PEOPLE), subject),
    st.builds("- {}: {}".format, domain_word, rating_word),
    st.text(st.characters(codec="utf-8"), max_size=40),  # noise between sentences
)
separator = st.sampled_from([" ", "\n", "\n\n", "  ", "\r\n", "\t", " \u200b", "\u00a0"])


@st.composite
def articles(draw) -> str:
    parts = draw(st.lists(sentence, min_size=1, max_size=12))
    out = parts[0]
    for part in parts[1:]:
        out += draw(separator) + part
    return out


# A paragraph that names nothing the pipeline rates: no organisation, no rating words.
UNRELATED = st.sampled_from(
    [
        "The weather in the town was mild for most of the week.",
        "Visitors can park at the rear of the building after six o'clock.",
        "A summer fair raised money for new books for the library.",
        "Bus routes 12 and 14 stop nearby; timetables are on the council website.",
        "Residents planted tulips and sweet peas in the spring.",
    ]
)

unicode_text = st.text(st.characters(codec="utf-8"), max_size=400) | st.text(max_size=200)


# --- arbitrary Unicode ---------------------------------------------------------------


@fuzz(60)
@given(text=unicode_text)
def test_any_unicode_text_gives_a_valid_record(nlp_fast, text):
    record = cqc_extract.extract(text, nlp=nlp_fast)
    check_record(record, text)


@fuzz(40)
@given(raw=st.binary(max_size=400) | unicode_text.map(lambda t: t.encode("utf-8", "surrogatepass")))
def test_any_bytes_give_a_record_or_an_input_error(nlp_fast, raw):
    try:
        prepared = prepare_input(raw)
    except InputError as exc:
        assert str(exc)  # a message, never an empty error
        return
    assert len(prepared.text) == prepared.source.chars
    prepared.text.encode("utf-8")  # no lone surrogates left
    record = cqc_extract.extract(raw, nlp=nlp_fast)
    assert record.source == prepared.source
    check_record(record, prepared.text)


@fuzz(30)
@given(text=unicode_text)
def test_preparing_plain_text_never_shifts_offsets(text):
    """Without HTML, preparing text keeps its length: controls become spaces,
    lone surrogates U+FFFD, one for one (a leading BOM is dropped)."""
    try:
        prepared = prepare_input(text, format="text")
    except InputError:
        return
    body = text[1:] if text.startswith("\ufeff") else text
    assert len(prepared.text) == len(body)
    assert all(a == b or b in " \ufffd" for a, b in zip(body, prepared.text))


# --- article-like text -------------------------------------------------------------


@fuzz(60)
@given(text=articles())
def test_article_like_text_gives_a_valid_record(nlp_fast, text):
    record = cqc_extract.extract(text, nlp=nlp_fast)
    check_record(record, text)


@fuzz(30)
@given(text=articles())
def test_same_input_same_record(nlp_fast, text):
    first = cqc_extract.extract(text, nlp=nlp_fast).model_dump(mode="json")
    again = cqc_extract.extract(text, nlp=nlp_fast).model_dump(mode="json")
    assert first == again


def named_ratings(record) -> list[tuple]:
    return sorted(
        (
            (r.subject, r.service or "", r.domain, r.rating, r.previous or "", r.change or "")
            for r in record.ratings
            if r.subject
        )
    )


@fuzz(40)
@given(text=articles(), extra=UNRELATED, glue=st.sampled_from(["\n\n", "\n\n\n"]))
def test_unrelated_paragraph_leaves_named_ratings_alone(nlp_fast, text, extra, glue):
    before = cqc_extract.extract(text, nlp=nlp_fast)
    after = cqc_extract.extract(text + glue + extra, nlp=nlp_fast)
    check_record(after, text + glue + extra)
    assert named_ratings(after) == named_ratings(before)


# --- the accurate profile: fewer examples (the statistical model is slower) ---------


@fuzz(12)
@given(text=articles() | unicode_text)
def test_accurate_profile_gives_valid_records(nlp, text):
    record = cqc_extract.extract(text, nlp=nlp)
    check_record(record, text)
    assert record.model_dump(mode="json") == cqc_extract.extract(text, nlp=nlp).model_dump(mode="json")


@fuzz(8)
@given(text=articles(), extra=UNRELATED)
def test_accurate_unrelated_paragraph_leaves_named_ratings_alone(nlp, text, extra):
    assume(text.strip())
    before = cqc_extract.extract(text, nlp=nlp)
    after = cqc_extract.extract(text + "\n\n" + extra, nlp=nlp)
    assert named_ratings(after) == named_ratings(before)


# --- the long run (--runslow): ten times the examples --------------------------------


@pytest.mark.slow
def test_long_fuzz_run(nlp_fast):
    @fuzz(600)
    @given(text=articles() | unicode_text, extra=UNRELATED)
    def run(text, extra):
        record = cqc_extract.extract(text, nlp=nlp_fast)
        check_record(record, text)
        after = cqc_extract.extract(text + "\n\n" + extra, nlp=nlp_fast)
        check_record(after, text + "\n\n" + extra)
        assert named_ratings(after) == named_ratings(record)

    run()
