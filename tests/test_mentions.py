"""Mention-level scores (nervaluate schemes) on hand-made span sets."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from cqc_extract.cli import app
from cqc_extract.mentions import (
    EvidenceSpan,
    compare,
    gold_mentions,
    predicted_mentions,
    score_article,
    score_mentions,
)

ORG, PER = "organisations", "people"
CATS = ("correct", "incorrect", "partial", "missed", "spurious")


def counts(scores, kind, scheme):
    c = scores.kinds[kind][scheme]
    return tuple(getattr(c, name) for name in CATS)


# One row per nervaluate scenario: gold spans, predicted spans, and the
# (correct, incorrect, partial, missed, spurious) counts each scheme gives.
SCENARIOS = [
    pytest.param(
        [EvidenceSpan(0, 10, ORG)], [EvidenceSpan(0, 10, ORG)],
        {"strict": (1, 0, 0, 0, 0), "exact": (1, 0, 0, 0, 0),
         "partial": (1, 0, 0, 0, 0), "type": (1, 0, 0, 0, 0)},
        id="same span, same kind"),
    pytest.param(
        [EvidenceSpan(0, 10, ORG)], [EvidenceSpan(0, 10, PER)],
        {"strict": (0, 1, 0, 0, 0), "exact": (1, 0, 0, 0, 0),
         "partial": (1, 0, 0, 0, 0), "type": (0, 1, 0, 0, 0)},
        id="same span, other kind"),
    pytest.param(
        [EvidenceSpan(0, 10, ORG)], [EvidenceSpan(4, 14, ORG)],
        {"strict": (0, 1, 0, 0, 0), "exact": (0, 1, 0, 0, 0),
         "partial": (0, 0, 1, 0, 0), "type": (1, 0, 0, 0, 0)},
        id="overlap, same kind"),
    pytest.param(
        [EvidenceSpan(0, 10, ORG)], [EvidenceSpan(4, 14, PER)],
        {"strict": (0, 1, 0, 0, 0), "exact": (0, 1, 0, 0, 0),
         "partial": (0, 0, 1, 0, 0), "type": (0, 1, 0, 0, 0)},
        id="overlap, other kind"),
    pytest.param(
        [EvidenceSpan(0, 10, ORG)], [],
        {s: (0, 0, 0, 1, 0) for s in ("strict", "exact", "partial", "type")},
        id="missed"),
    pytest.param(
        [EvidenceSpan(0, 10, ORG)], [EvidenceSpan(10, 20, ORG)],  # touching is not overlapping
        {s: (0, 0, 0, 1, 1) for s in ("strict", "exact", "partial", "type")},
        id="adjacent: missed and spurious"),
]


@pytest.mark.parametrize("gold, pred, expected", SCENARIOS)
def test_each_nervaluate_scenario(gold, pred, expected):
    scores = compare(gold, pred)
    for scheme, want in expected.items():
        assert counts(scores, ORG, scheme) == want, scheme


def test_spurious_counts_under_the_predicted_kind():
    scores = compare([EvidenceSpan(0, 10, ORG)], [EvidenceSpan(0, 10, ORG), EvidenceSpan(30, 40, PER)])
    assert counts(scores, PER, "strict") == (0, 0, 0, 0, 1)
    assert counts(scores, ORG, "strict") == (1, 0, 0, 0, 0)
    total = scores.total()["strict"]
    assert (total.correct, total.spurious, total.actual, total.possible) == (1, 1, 2, 1)


def test_one_to_one_exact_pair_wins_and_the_other_overlap_is_spurious():
    # "North Wessex Trust" found, and again with a trailing word.
    scores = compare([EvidenceSpan(0, 18, ORG)], [EvidenceSpan(0, 27, ORG), EvidenceSpan(0, 18, ORG)])
    assert counts(scores, ORG, "strict") == (1, 0, 0, 0, 1)
    assert counts(scores, ORG, "partial") == (1, 0, 0, 0, 1)


def test_one_to_one_best_overlap_first():
    gold = [EvidenceSpan(0, 10, ORG), EvidenceSpan(12, 20, ORG)]
    pred = [EvidenceSpan(2, 11, ORG)]  # overlaps only the first
    assert counts(compare(gold, pred), ORG, "type") == (1, 0, 0, 1, 0)
    # Two predictions over one gold span: the larger overlap is paired.
    scores = compare([EvidenceSpan(0, 10, ORG)], [EvidenceSpan(8, 12, ORG), EvidenceSpan(1, 9, ORG)])
    assert counts(scores, ORG, "partial") == (0, 0, 1, 0, 1)


def test_partial_credit_is_half_and_other_schemes_give_none():
    gold = [EvidenceSpan(0, 10, ORG), EvidenceSpan(20, 30, ORG), EvidenceSpan(40, 50, ORG)]
    pred = [EvidenceSpan(0, 10, ORG), EvidenceSpan(25, 35, ORG), EvidenceSpan(60, 70, ORG)]
    scores = compare(gold, pred)
    partial = scores.kinds[ORG]["partial"]
    assert counts(scores, ORG, "partial") == (1, 0, 1, 1, 1)
    assert partial.p == pytest.approx(1.5 / 3) and partial.r == pytest.approx(1.5 / 3)
    strict = scores.kinds[ORG]["strict"]
    assert strict.p == pytest.approx(1 / 3) and strict.r == pytest.approx(1 / 3)
    type_ = scores.kinds[ORG]["type"]
    assert type_.p == pytest.approx(2 / 3) and type_.f1 == pytest.approx(2 / 3)


def test_nothing_scores_one_and_only_gold_scores_zero():
    empty = compare([], []).kinds[ORG]["strict"]
    assert (empty.p, empty.r, empty.f1) == (1.0, 1.0, 1.0)
    only_gold = compare([EvidenceSpan(0, 3, ORG)], []).kinds[ORG]["strict"]
    assert (only_gold.p, only_gold.r, only_gold.f1) == (0.0, 0.0, 0.0)


def test_duplicate_spans_count_once():
    scores = compare([EvidenceSpan(0, 5, ORG)], [EvidenceSpan(0, 5, ORG), EvidenceSpan(0, 5, ORG)])
    assert counts(scores, ORG, "strict") == (1, 0, 0, 0, 0)


# -- spans of records -------------------------------------------------------

TEXT = ("Harrowby Vale NHS Trust (HVT) was rated good. The Harrowby Vale NHS Trust "
        "chief executive, Dr Lena Okafor, said HVTs were fine. Lena Okafor added that "
        "£4.2m would go on a new ward, beside a £1m fine.")


def test_gold_spans_found_in_the_text():
    gold = {
        "organisations": [{"name": "Harrowby Vale NHS Trust", "kind": "provider", "aliases": ["HVT"]}],
        "people": [{"name": "Lena Okafor", "role": "chief executive", "organisation": None, "quoted": True}],
        "ratings": [{"subject": "Harrowby Vale NHS Trust", "service": None, "domain": "overall",
                     "rating": "good", "previous": None, "change": None}],
        "investments": [{"amount_gbp": 4_200_000, "description": "a new ward", "timing": None}],
        "actions": [],
    }
    spans, judged = gold_mentions(TEXT, gold)
    shown = [(TEXT[m.start:m.end], m.kind) for m in spans]
    assert shown == [
        ("Harrowby Vale NHS Trust", ORG), ("HVT", ORG), ("Harrowby Vale NHS Trust", ORG),
        ("Lena Okafor", PER), ("Lena Okafor", PER), ("£4.2m", "investments"),
    ]  # "HVTs" is not "HVT"; "The" left out of the second; the £1m fine is no investment
    # Ratings have no span in the text; actions have no items and no evidence.
    assert judged == {ORG, PER, "investments"}


def test_gold_evidence_is_used_when_present():
    start = TEXT.index("good")
    gold = {"ratings": [{"subject": None, "service": None, "domain": "overall", "rating": "good",
                         "previous": None, "change": None,
                         "evidence": [{"start": start, "end": start + 4, "text": "good"}]}]}
    pred = {"ratings": [{"evidence": [{"start": start, "end": start + 4, "text": "good"}]}],
            "actions": [{"evidence": [{"start": 0, "end": 8, "text": TEXT[:8]}]}]}
    scores = score_article(TEXT, gold, pred)
    assert counts(scores, "ratings", "strict") == (1, 0, 0, 0, 0)
    assert scores.articles["ratings"] == 1 and scores.articles["actions"] == 0
    # Actions are not judged here, so the predicted action span is not spurious.
    assert counts(scores, "actions", "strict") == (0, 0, 0, 0, 0)


def test_predicted_mentions_are_distinct_evidence_spans():
    ev = {"start": 0, "end": 4, "text": "good"}
    record = {"ratings": [{"evidence": [ev]}, {"evidence": [ev]}],
              "people": [{"evidence": [{"start": 5, "end": 9, "text": "x"}]}], "actions": None}
    assert predicted_mentions(record) == [EvidenceSpan(0, 4, "ratings"), EvidenceSpan(5, 9, PER)]


def test_score_mentions_sums_articles_and_a_missing_prediction_misses_everything():
    articles = [
        {"id": "a", "text": "Care Quality Commission", "gold": {
            "organisations": [{"name": "Care Quality Commission", "kind": "regulator", "aliases": []}]}},
        {"id": "b", "text": "Care Quality Commission", "gold": {
            "organisations": [{"name": "Care Quality Commission", "kind": "regulator", "aliases": []}]}},
    ]
    preds = {"a": {"id": "a", "organisations": [
        {"name": "Care Quality Commission", "evidence": [{"start": 0, "end": 23, "text": "Care Quality Commission"}]}]}}
    scores = score_mentions(articles, preds)
    assert counts(scores, ORG, "strict") == (1, 0, 0, 1, 0)
    assert scores.articles[ORG] == 2
    data = scores.to_json()
    assert data["kinds"][ORG]["strict"]["r"] == 0.5
    assert data["all"]["partial"]["possible"] == 2


def test_cli_evaluate_mentions_in_json_and_text(tmp_path):
    text = "Care Quality Commission inspectors visited Elmfield House."
    gold = {"organisations": [
        {"name": "Care Quality Commission", "kind": "regulator", "aliases": []},
        {"name": "Elmfield House", "kind": "location", "aliases": []}]}
    corpus = tmp_path / "gold.jsonl"
    corpus.write_text(json.dumps({"id": "x", "text": text, "gold": gold}) + "\n", encoding="utf-8")
    pred = tmp_path / "pred.jsonl"
    pred.write_text(json.dumps({"id": "x", "organisations": [
        {"name": "Elmfield", "kind": "location", "aliases": [],
         "evidence": [{"start": 43, "end": 51, "text": "Elmfield"}]}]}) + "\n", encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(app, ["evaluate", "--gold", str(corpus), "--pred", str(pred), "--json", "--mentions"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["scores"]["organisations"]["fn"] == 2  # "Elmfield" is not "Elmfield House"
    org = data["mentions"]["kinds"][ORG]
    assert (org["partial"]["partial"], org["partial"]["missed"], org["type"]["correct"]) == (1, 1, 1)
    plain = runner.invoke(app, ["evaluate", "--gold", str(corpus), "--pred", str(pred)])
    assert plain.exit_code == 0 and "mentions" not in plain.output
    table = runner.invoke(app, ["evaluate", "--gold", str(corpus), "--pred", str(pred), "--mentions"])
    assert "organisations  partial" in table.output
    listed = runner.invoke(app, ["evaluate", "--gold", str(corpus), "--pred", str(pred), "--mentions", "--errors"])
    assert "missed    0-23 'Care Quality Commission'" in listed.output
    assert "overlap: gold 43-57 'Elmfield House', predicted 43-51 'Elmfield'" in listed.output


def test_errors_text_lists_all_but_exact_matches():
    text = "Ashcombe Trust and Ashcombe Trust staff met Ivo Lund."
    gold = {"organisations": [{"name": "Ashcombe Trust", "kind": "provider", "aliases": []}],
            "people": [{"name": "Ivo Lund", "role": None, "organisation": None, "quoted": False}]}
    pred = {"organisations": [{"evidence": [{"start": 0, "end": 14, "text": "Ashcombe Trust"}]}],
            "people": [{"evidence": [{"start": 19, "end": 27, "text": "Ashcombe"}]}]}
    scores = score_article(text, gold, pred, id="t1")
    lines = scores.errors["t1"]
    assert lines == [
        "organisations / predicted as people overlap, other kind: gold 19-33 'Ashcombe Trust', "
        "predicted 19-27 'Ashcombe'",
        "people        missed    44-52 'Ivo Lund'",
    ]
    assert scores.errors_text().startswith("== t1 (mentions)\n")


def test_markdown_keeps_the_note_out_of_the_table():
    scores = score_article("Ivo Lund", {"people": [{"name": "Ivo Lund"}]}, {})
    md = scores.to_markdown()
    assert "| people | strict | 0 | 0 | 0 | 1 | 0 |" in md
    assert md.endswith("|\n\nnot judged (no gold spans): ratings, actions\n")
