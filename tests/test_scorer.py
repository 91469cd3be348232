"""Tests for the SPEC.md §3 scorer: one table or case per rule of §3."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cqc_extract.scoring import (
    FIELDS,
    SERVICE_SYNONYMS,
    FieldScore,
    acronym,
    canonical_service,
    dice,
    load_gold,
    max_matching,
    normalise,
    same_org,
    same_service,
    score_corpus,
    score_pair,
)

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


# -- helpers ---------------------------------------------------------------

def rec(**fields) -> dict:
    """A record in the SPEC §1 shape with empty lists by default."""
    base = {"id": "t", "organisations": [], "people": [], "ratings": [],
            "investments": [], "actions": []}
    base.update(fields)
    return base


def org(name, kind="provider", aliases=()):
    return {"name": name, "kind": kind, "aliases": list(aliases)}


def person(name, role=None, organisation=None, quoted=False):
    return {"name": name, "role": role, "organisation": organisation, "quoted": quoted}


def rating(domain="overall", value="good", service=None, subject=None,
           previous=None, change=None):
    return {"subject": subject, "service": service, "domain": domain,
            "rating": value, "previous": previous, "change": change}


def counts(art, name):
    """(tp, fp, fn) of one field of an ArticleScore."""
    s = art.scores[name]
    return (s.tp, s.fp, s.fn)


# -- normalisation -----------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("\ufb01nance", "finance"),                         # NFKC: ligature
    ("\uff23\uff31\uff23", "cqc"),                      # NFKC: full-width letters
    ("Russells HALL Hospital", "russells hall hospital"),  # lower case
    ("Dudley\u2019s trust", "dudley trust"),           # curly ' to straight, then possessive
    ("\u201cGood\u201d", "good"),                       # curly " to straight, then punctuation
    ("A&E", "a and e"),                                 # & -> and
    ("Brenton & The Weald", "brenton and the weald"),     # & with spaces
    ("Bishop's Marsh", "bishop marsh"),                       # possessive 's removed
    ("patients' views", "patients views"),              # plural possessive: only punctuation
    ("well-led", "well led"),                           # punctuation to spaces
    ("Horizon Care (South West) Ltd.", "horizon care south west ltd"),
    ("  chief \t executive\n ", "chief executive"),     # whitespace collapsed
    ("The Dudley Group", "dudley group"),               # leading "the" removed
    ("the the trust", "the trust"),                     # only one leading "the"
    ("Theatre services", "theatre services"),           # "the" as a word only
    ("Bathe the trust", "bathe the trust"),             # not inside
    ("", ""),
])
def test_normalise(text, expected):
    assert normalise(text) == expected


@pytest.mark.parametrize("name, expected", [
    ("Care Quality Commission", "cqc"),
    ("The Royal College of Nursing", "rcn"),
    ("Department of Health and Social Care", "dhsc"),
    ("NHS Trust Development Authority", "ntda"),
    ("Centre for Care at Home in Kent", "cchk"),
    ("Dudley's Hospital Trust", "dht"),
])
def test_acronym(name, expected):
    assert acronym(name) == expected


@pytest.mark.parametrize("a, b, expected", [
    ({"Care Quality Commission"}, {"CQC"}, True),              # acronym of a
    ({"CQC"}, {"the Care Quality Commission"}, True),          # acronym of b
    ({"The Dudley Group"}, {"Dudley Group"}, True),            # normalised equality
    ({"Dudley Group NHS FT", "Dudley Group"}, {"Dudley Group's"}, True),  # alias
    ({"Care Quality Commission"}, {"NHS England"}, False),
    ({"Fenner"}, {"F"}, False),                                # one-letter acronyms ignored
    ({"Royal College of Nursing"}, {"RCN"}, True),
    (set(), {"CQC"}, False),
])
def test_same_org(a, b, expected):
    assert same_org(a, b) is expected


# -- Dice ----------------------------------------------------------------------

@pytest.mark.parametrize("a, b, expected", [
    ("chief executive", "chief executive", 1.0),
    ("chief executive", "interim chief executive officer", 2 * 2 / 6),
    ("chief executive", "chief nurse", 0.5),
    ("chief executive", "chief nursing officer", 0.4),
    ("chief executives", "chief executive", 1.0),              # plural s stripped
    ("director of the nursing services", "nursing service director", 1.0),  # stop words aside
    ("business manager", "busines manager", 0.5),              # "ss" is not a plural
    ("director of nursing and director of quality", "director of quality", 2 * 2 / 5),  # sets: "director" once
    ("community community mental health services", "community mental health services for adults of working age", 2 * 4 / 11),
    ("chief executive", None, 0.0),
    ("of the", "of the", 1.0),                                 # no content: equality
    ("of the", "in a", 0.0),
])
def test_dice(a, b, expected):
    assert dice(a, b) == pytest.approx(expected)


# -- services ------------------------------------------------------------------

@pytest.mark.parametrize("label, expected", [
    (None, None),
    ("", None),
    ("A&E", "urgent and emergency care"),
    ("Urgent and Emergency Services", "urgent and emergency care"),
    ("the emergency department", "urgent and emergency care"),
    ("Medical care (including older people\u2019s care)", "medical care"),
    ("Maternity and Gynaecology", "maternity"),
    ("gynaecology", "gynaecology"),
    ("children\u2019s services", "services for children and young people"),
    ("Paediatrics", "services for children and young people"),
    ("outpatients and diagnostic imaging", "outpatients"),
    ("Patient Transport Services", "patient transport services"),   # free text
    ("The community dental services", "community dental services"),
])
def test_canonical_service(label, expected):
    assert canonical_service(label) == expected


def test_every_synonym_maps_to_its_canonical_label():
    for synonym, canonical in SERVICE_SYNONYMS.items():
        assert canonical_service(synonym) == canonical
        assert canonical_service(canonical) == canonical


@pytest.mark.parametrize("a, b, expected", [
    ("A&E", "urgent and emergency care", True),               # synonym
    ("children's services", "paediatrics", True),             # two synonyms, one label
    ("maternity", "gynaecology", False),                      # canonical, different
    ("patient transport services", "transport services", True),          # 0.8
    ("patient transport services", "emergency transport services", False),  # 0.667
    ("community health services for adults", "community health adults", True),  # 0.857
    ("community health services for adults", "community adults", False),  # 0.667
    (None, None, True),                                       # null matches null
    (None, "surgery", False),                                 # and nothing else
    ("surgery", None, False),
])
def test_same_service(a, b, expected):
    assert same_service(a, b) is expected


# -- organisations -------------------------------------------------------------

@pytest.mark.parametrize("pred_orgs, expected", [
    ([org("CQC", "regulator")], (1, 0, 0)),                                  # alias of gold
    ([org("Care Quality Commission", "regulator")], (1, 0, 0)),
    ([org("the care quality commission", "regulator")], (1, 0, 0)),          # normalised
    ([org("NHS England", "regulator")], (0, 1, 1)),
    ([org("CQC"), org("Care Quality Commission")], (1, 1, 0)),              # one to one
    ([], (0, 0, 1)),
])
def test_organisations_alias_and_acronym(pred_orgs, expected):
    gold = rec(organisations=[org("Care Quality Commission", "regulator", ["CQC"])])
    assert counts(score_pair(gold, rec(organisations=pred_orgs)), "organisations") == expected


def test_organisation_acronym_without_alias_in_gold():
    gold = rec(organisations=[org("Royal College of Nursing", "other")])
    pred = rec(organisations=[org("RCN", "other")])
    assert counts(score_pair(gold, pred), "organisations") == (1, 0, 0)


def test_largest_matching_beats_greedy():
    # P1 matches both gold items, P2 only G1. Greedy (G1-P1) gives 1 pair;
    # the largest matching (G1-P2, G2-P1) gives 2.
    gold = rec(organisations=[org("Alpha Beta", aliases=["Alpha"]),
                              org("Beta Gamma", aliases=["Beta"])])
    pred = rec(organisations=[org("Alpha", aliases=["Beta"]), org("Alpha Beta")])
    assert counts(score_pair(gold, pred), "organisations") == (2, 0, 0)


# -- people --------------------------------------------------------------------

@pytest.mark.parametrize("gold_name, pred_name, matched", [
    ("Mark Ridley", "Professor Sir Mark Ridley", True),
    ("Jane Doe", "Dr. Jane Doe", True),
    ("Jane Doe", "Mrs Jane Doe", True),
    ("Ted Baker", "Cllr Ted Baker", True),
    ("Dame Jane Doe", "Jane Doe", True),            # gold side stripped too
    ("Jane Doe", "Jane Smith", False),
    ("Jane Doe", "Jane", False),
])
def test_people_names_with_honorifics(gold_name, pred_name, matched):
    art = score_pair(rec(people=[person(gold_name)]), rec(people=[person(pred_name)]))
    assert counts(art, "people") == ((1, 0, 0) if matched else (0, 1, 1))


@pytest.mark.parametrize("pred_role, expected", [
    ("chief executive", (1, 0, 0)),
    ("interim chief executive officer", (1, 0, 0)),   # 0.667
    ("chief nurse", (1, 0, 0)),                       # exactly 0.5
    ("chief nursing officer", (0, 1, 1)),             # 0.4, just below
    (None, (0, 1, 1)),                                # missing role is wrong
])
def test_people_role_threshold(pred_role, expected):
    gold = rec(people=[person("Jane Doe", role="chief executive")])
    pred = rec(people=[person("Jane Doe", role=pred_role)])
    art = score_pair(gold, pred)
    assert counts(art, "people") == (1, 0, 0)
    assert counts(art, "people.role") == expected


def test_people_role_not_counted_when_gold_role_null():
    gold = rec(people=[person("Jane Doe", role=None)])
    pred = rec(people=[person("Jane Doe", role="chief executive")])
    assert counts(score_pair(gold, pred), "people.role") == (0, 0, 0)


GOLD_ORGS = [org("Care Quality Commission", "regulator", ["CQC"]),
             org("The Dudley Group NHS Foundation Trust", "provider", ["Dudley Group"])]


@pytest.mark.parametrize("gold_org, pred_org, pred_orgs, expected", [
    ("Care Quality Commission", "CQC", [], (1, 0, 0)),              # acronym
    ("The Dudley Group NHS Foundation Trust", "Dudley Group", [], (1, 0, 0)),  # gold alias
    # the prediction's own alias resolves to its organisation item
    ("The Dudley Group NHS Foundation Trust", "the trust",
     [org("Dudley Group NHS Foundation Trust", aliases=["the trust"])], (1, 0, 0)),
    ("Care Quality Commission", "NHS England", [], (0, 1, 1)),
    ("Care Quality Commission", None, [], (0, 1, 1)),
    (None, "CQC", [], (0, 0, 0)),                                   # gold null: not counted
])
def test_people_organisation(gold_org, pred_org, pred_orgs, expected):
    gold = rec(organisations=GOLD_ORGS, people=[person("Jane Doe", organisation=gold_org)])
    pred = rec(organisations=pred_orgs, people=[person("Jane Doe", organisation=pred_org)])
    assert counts(score_pair(gold, pred), "people.organisation") == expected


@pytest.mark.parametrize("gold_q, pred_q, expected", [
    (True, True, (1, 0, 0)),
    (False, False, (1, 0, 0)),
    (True, False, (0, 1, 1)),
    (False, True, (0, 1, 1)),
])
def test_people_quoted(gold_q, pred_q, expected):
    art = score_pair(rec(people=[person("Jane Doe", quoted=gold_q)]),
                     rec(people=[person("Jane Doe", quoted=pred_q)]))
    assert counts(art, "people.quoted") == expected


def test_people_tie_break_prefers_the_correct_pair():
    gold = rec(people=[person("Jane Doe", role="chief executive", quoted=True)])
    pred = rec(people=[person("Jane Doe", role="nurse", quoted=False),
                       person("Dr Jane Doe", role="chief executive", quoted=True)])
    art = score_pair(gold, pred)
    assert counts(art, "people") == (1, 1, 0)
    assert counts(art, "people.role") == (1, 0, 0)
    assert counts(art, "people.quoted") == (1, 0, 0)
    assert art.spurious["people"][0]["role"] == "nurse"


def test_accuracy_field_counts_as_miss_and_spurious_and_keeps_items():
    evidence = [{"start": 812, "end": 901, "text": "x"}]
    gold = rec(people=[person("Jane Doe", role="chief executive")])
    pred_person = {**person("Jane Doe", role="porter"), "evidence": evidence}
    art = score_pair(gold, rec(people=[pred_person]))
    assert counts(art, "people.role") == (0, 1, 1)
    assert art.scores["people.role"].p == art.scores["people.role"].r == 0.0
    assert art.misses["people.role"] == [gold["people"][0]]
    assert art.spurious["people.role"] == [pred_person]
    assert art.spurious["people.role"][0]["evidence"] == evidence


# -- ratings -------------------------------------------------------------------

@pytest.mark.parametrize("gold_r, pred_r, expected", [
    (rating(service="urgent and emergency care"), rating(service="A&E"), (1, 0, 0)),
    (rating(service="maternity"), rating(service="maternity services"), (1, 0, 0)),
    (rating(service="maternity"), rating(service="gynaecology"), (0, 1, 1)),
    (rating(service="patient transport services"),
     rating(service="transport services"), (1, 0, 0)),                   # Dice 0.8
    (rating(service="patient transport services"),
     rating(service="emergency transport services"), (0, 1, 1)),         # Dice 0.667
    (rating(service=None), rating(service="surgery"), (0, 1, 1)),        # null only null
    (rating(service="surgery"), rating(service=None), (0, 1, 1)),
    (rating(service=None), rating(service=None), (1, 0, 0)),
    (rating(domain="well-led"), rating(domain="Well-led"), (1, 0, 0)),
    (rating(domain="safe"), rating(domain="caring"), (0, 1, 1)),
    (rating(value="good"), rating(value="outstanding"), (0, 1, 1)),
])
def test_ratings_match(gold_r, pred_r, expected):
    assert counts(score_pair(rec(ratings=[gold_r]), rec(ratings=[pred_r])), "ratings") == expected


def test_ratings_subject_required_when_gold_repeats_service_domain():
    orgs = [org("Fenner Hospital", "location"), org("Queen Anne Hospital", "location")]
    gold = rec(organisations=orgs, ratings=[
        rating(value="good", subject="Fenner Hospital", service="maternity"),
        rating(value="good", subject="Queen Anne Hospital", service="maternity services"),
    ])
    pred = rec(ratings=[
        rating(value="good", subject=None, service="maternity"),        # no subject: no match
        rating(value="good", subject="Fenner", service="maternity",),   # not an alias: no match
        rating(value="good", subject="queen anne hospital", service="maternity"),
    ])
    art = score_pair(gold, pred)
    assert counts(art, "ratings") == (1, 2, 1)
    assert counts(art, "ratings.subject") == (1, 0, 0)


def test_ratings_subject_not_required_when_unique_but_scored():
    gold = rec(organisations=[org("Fenner Hospital", "location")],
               ratings=[rating(subject="Fenner Hospital", service="surgery")])
    pred = rec(ratings=[rating(subject=None, service="surgery")])
    art = score_pair(gold, pred)
    assert counts(art, "ratings") == (1, 0, 0)
    assert counts(art, "ratings.subject") == (0, 1, 1)


@pytest.mark.parametrize("gold_subject, pred_subject, expected", [
    (None, None, (1, 0, 0)),                                   # both null agree
    (None, "Fenner Hospital", (0, 1, 1)),
    ("Fenner Hospital", "Fenner", (1, 0, 0)),                  # gold alias
    ("Fenner Hospital", "Abbey Vale", (0, 1, 1)),
])
def test_ratings_subject(gold_subject, pred_subject, expected):
    gold = rec(organisations=[org("Fenner Hospital", "location", ["Fenner"])],
               ratings=[rating(subject=gold_subject)])
    pred = rec(ratings=[rating(subject=pred_subject)])
    assert counts(score_pair(gold, pred), "ratings.subject") == expected


def test_ratings_tie_break_prefers_correct_subject():
    gold = rec(organisations=[org("Fenner Hospital", "location")],
               ratings=[rating(subject="Fenner Hospital")])
    pred = rec(ratings=[rating(subject="Other Hospital"), rating(subject="Fenner Hospital")])
    art = score_pair(gold, pred)
    assert counts(art, "ratings") == (1, 1, 0)
    assert counts(art, "ratings.subject") == (1, 0, 0)


@pytest.mark.parametrize("gold_r, pred_r, transitions, changes", [
    # neither side has previous/change: nothing counted
    (rating(), rating(), (0, 0, 0), (0, 0, 0)),
    # only the prediction has previous: spurious transition
    (rating(change="improved"),
     rating(previous="requires improvement", change="improved"), (0, 1, 0), (1, 0, 0)),
    # only gold has them: misses
    (rating(previous="good", change="unchanged"), rating(), (0, 0, 1), (0, 0, 1)),
    # wrong previous, right change
    (rating(previous="inadequate", change="improved"),
     rating(previous="requires improvement", change="improved"), (0, 1, 1), (1, 0, 0)),
    # right previous but the rating itself differs: no ratings match, so no transition
    (rating(value="good", previous="good"),
     rating(value="outstanding", previous="good"), (0, 1, 1), (0, 0, 0)),
])
def test_transitions_and_changes_only_non_null(gold_r, pred_r, transitions, changes):
    art = score_pair(rec(ratings=[gold_r]), rec(ratings=[pred_r]))
    assert counts(art, "transitions") == transitions
    assert counts(art, "changes") == changes


# -- investments ---------------------------------------------------------------

@pytest.mark.parametrize("gold_amount, pred_amount, matched", [
    (1_000_000, 1_000_000, True),
    (1_000_000, 1_005_000, True),      # +0.5 %: in
    (1_000_000, 995_000, True),        # -0.5 %: in
    (1_000_000, 1_006_000, False),     # +0.6 %: out
    (1_000_000, 994_000, False),       # -0.6 %: out
    (16_900_000, 16_984_500, True),    # +0.5 % of a non-round amount
    (16_900_000, 17_001_400, False),   # +0.6 %
    (16_900_000, "16.9m", False),      # not a number
])
def test_investment_amount_tolerance(gold_amount, pred_amount, matched):
    gold = rec(investments=[{"amount_gbp": gold_amount, "description": "x", "timing": None}])
    pred = rec(investments=[{"amount_gbp": pred_amount, "description": "x", "timing": None}])
    expected = (1, 0, 0) if matched else (0, 1, 1)
    assert counts(score_pair(gold, pred), "investments") == expected


@pytest.mark.parametrize("pred_description, expected", [
    ("new endoscopy unit", (1, 0, 0)),
    ("the endoscopy unit", (1, 0, 0)),          # 0.8
    ("endoscopy units", (1, 0, 0)),             # plural stripped: 0.8
    ("endoscopy suite", (0, 1, 1)),             # 2*1/(3+2) = 0.4
    ("new hospital", (0, 1, 1)),                # 0.4
    (None, (0, 1, 1)),
])
def test_investment_description(pred_description, expected):
    gold = rec(investments=[{"amount_gbp": 12_500_000, "description": "new endoscopy unit",
                             "timing": "next year"}])
    pred = rec(investments=[{"amount_gbp": 12_500_000, "description": pred_description,
                             "timing": None}])
    art = score_pair(gold, pred)
    assert counts(art, "investments") == (1, 0, 0)
    assert counts(art, "investments.description") == expected


def test_investment_description_boundary():
    # gold {new, endoscopy, unit} vs {endoscopy} -> 2/4 = 0.5: right (>=)
    gold = rec(investments=[{"amount_gbp": 5, "description": "new endoscopy unit"}])
    pred = rec(investments=[{"amount_gbp": 5, "description": "endoscopy"}])
    assert counts(score_pair(gold, pred), "investments.description") == (1, 0, 0)


# -- actions -------------------------------------------------------------------

def action(kind, status, subject=None):
    return {"kind": kind, "status": status, "subject": subject}


@pytest.mark.parametrize("gold_actions, pred_actions, expected", [
    ([action("special measures", "imposed", "A")],
     [action("special measures", "imposed", "B")], (1, 0, 0)),      # subject ignored
    ([action("special measures", "imposed")],
     [action("special measures", "lifted")], (0, 1, 1)),
    ([action("warning notice", "imposed")],
     [action("special measures", "imposed")], (0, 1, 1)),
    ([action("special measures", "imposed", "A"), action("special measures", "imposed", "B")],
     [action("special measures", "imposed", "A")], (1, 0, 1)),     # one to one
    ([action("fine", "imposed")],
     [action("fine", "imposed"), action("fine", "imposed")], (1, 1, 0)),
])
def test_actions(gold_actions, pred_actions, expected):
    art = score_pair(rec(actions=gold_actions), rec(actions=pred_actions))
    assert counts(art, "actions") == expected


# -- matching ------------------------------------------------------------------

def _brute_force(n, m, edges):
    """Best (cardinality, tie-break weight) over all matchings, by enumeration."""
    best = (0, 0)
    for k in range(min(n, m), 0, -1):
        for golds in itertools.combinations(range(n), k):
            for preds in itertools.permutations(range(m), k):
                pairs = list(zip(golds, preds))
                if all(p in edges for p in pairs):
                    best = max(best, (k, sum(edges[p] for p in pairs)))
        if best[0]:
            return best
    return best


@settings(max_examples=200, deadline=None)
@given(st.integers(1, 4), st.integers(1, 4), st.data())
def test_max_matching_is_largest_then_best(n, m, data):
    cells = [(i, j) for i in range(n) for j in range(m)]
    chosen = data.draw(st.lists(st.sampled_from(cells), unique=True))
    edges = {c: data.draw(st.integers(0, 3)) for c in chosen}
    pairs = max_matching(n, m, lambda i, j: edges.get((i, j)))
    assert len({i for i, _ in pairs}) == len(pairs) == len({j for _, j in pairs})
    assert all(p in edges for p in pairs)
    assert (len(pairs), sum(edges[p] for p in pairs)) == _brute_force(n, m, edges)


def test_max_matching_example():
    edges = {(0, 0): 0, (0, 1): 0, (1, 0): 0}
    assert max_matching(2, 2, lambda i, j: edges.get((i, j))) == [(0, 1), (1, 0)]
    assert max_matching(0, 3, lambda i, j: 0) == []


# -- scores and reports --------------------------------------------------------

@pytest.mark.parametrize("tp, fp, fn, p, r, f1", [
    (0, 0, 0, 1.0, 1.0, 1.0),          # over nothing = 1
    (0, 0, 3, 0.0, 0.0, 0.0),          # nothing predicted
    (0, 2, 0, 0.0, 0.0, 0.0),          # nothing to find
    (3, 1, 2, 0.75, 0.6, 2 * 3 / 9),
    (1, 0, 0, 1.0, 1.0, 1.0),
])
def test_field_score(tp, fp, fn, p, r, f1):
    s = FieldScore(tp, fp, fn)
    assert (s.p, s.r) == (pytest.approx(p), pytest.approx(r))
    assert s.f1 == pytest.approx(f1)


def test_empty_records_score_one_everywhere():
    report = score_corpus([(rec(), rec())])
    for name in FIELDS:
        assert report.to_json()["scores"][name] == {
            "p": 1.0, "r": 1.0, "f1": 1.0, "tp": 0, "fp": 0, "fn": 0}


def test_error_prediction_scores_as_empty():
    gold = rec(organisations=[org("A Trust"), org("B Trust")], actions=[action("fine", "imposed")])
    art = score_pair(gold, {"id": "t", "error": "parser crashed"})
    assert counts(art, "organisations") == (0, 0, 2)
    assert counts(art, "actions") == (0, 0, 1)
    assert art.error == "parser crashed"


def _two_article_report():
    gold1 = rec(id="a1", organisations=[org("Care Quality Commission", "regulator", ["CQC"])],
                ratings=[rating(), rating(domain="safe")])
    pred1 = rec(id="a1", organisations=[
        {**org("CQC", "regulator"), "evidence": [{"start": 812, "end": 815, "text": "CQC"}]}],
        ratings=[rating(), {**rating(domain="caring"),
                            "evidence": [{"start": 10, "end": 30, "text": "y" * 20}]}])
    gold2 = rec(id="a2", ratings=[rating(value="inadequate")])
    pred2 = rec(id="a2", ratings=[rating(value="inadequate"), rating(value="good")])
    return score_corpus([(gold1, pred1), (gold2, pred2)])


def test_score_corpus_micro_average_and_to_json_shape():
    report = _two_article_report()
    data = report.to_json()
    assert list(data) == ["docs", "scores"]
    assert data["docs"] == 2 and report.docs == 2
    assert list(data["scores"]) == list(FIELDS)
    for value in data["scores"].values():
        assert list(value) == ["p", "r", "f1", "tp", "fp", "fn"]
    # ratings: a1 tp1 fp1 fn1, a2 tp1 fp1 -> tp2 fp2 fn1
    # Unrounded, so a reader's own rounding to 3 decimals is right.
    assert data["scores"]["ratings"] == {"p": 0.5, "r": 2 / 3, "f1": 4 / 7,
                                         "tp": 2, "fp": 2, "fn": 1}
    assert data["scores"]["organisations"]["tp"] == 1
    assert json.loads(json.dumps(data)) == data
    assert [a.id for a in report.articles] == ["a1", "a2"]


def test_report_tables_and_errors_text():
    report = _two_article_report()
    md = report.to_markdown()
    assert "| field | P | R | F1 | TP | FP | FN |" in md
    assert "| ratings | 0.500 | 0.667 | 0.571 | 2 | 2 | 1 |" in md
    text = report.to_text()
    lines = text.splitlines()
    assert lines[0] == "docs: 2"
    assert lines[1].split() == ["field", "P", "R", "F1", "TP", "FP", "FN"]
    assert len({len(line) for line in lines[1:]}) == 1          # aligned
    errors = report.errors_text()
    assert "== a1" in errors and "== a2" in errors
    assert '+ spurious subject=null, service=null, domain="caring"' in errors
    assert "@10-30" in errors
    assert '- missed   subject=null, service=null, domain="safe"' in errors
    assert report.errors_text() == errors                        # deterministic


def test_errors_text_pairs_wrong_accuracy_values():
    gold = rec(people=[person("Jane Doe", role="chief executive")])
    pred = rec(people=[{**person("Jane Doe", role="porter"),
                        "evidence": [{"start": 5, "end": 13, "text": "Jane Doe"}]}])
    errors = score_corpus([(gold, pred)]).errors_text()
    assert 'wrong role: gold "chief executive" / predicted "porter"' in errors
    assert "@5-13" in errors
    assert score_corpus([(gold, gold)]).errors_text() == "no errors\n"



def test_errors_is_the_public_list_behind_the_error_text():
    gold = rec(
        organisations=[org("Hollowmere Trust"), org("Quillbrook Surgery", "location")],
        people=[person("Ada Penhallow", role="chief nurse")],
        ratings=[rating("safe", "inadequate")],
    )
    pred = rec(
        organisations=[org("Hollowmere Trust"), org("Saltings Lane Clinic", "location")],
        people=[person("Ada Penhallow", role="gardener")],
        ratings=[rating("safe", "inadequate"), rating("caring", "good")],
    )
    art = score_pair(gold, pred)
    errors = art.errors()
    assert [(e.field, e.kind) for e in errors] == [
        ("organisations", "missed"), ("organisations", "spurious"),
        ("people.role", "wrong"), ("ratings", "spurious"),
    ]
    assert errors[0].item["name"] == "Quillbrook Surgery" and errors[0].gold is None
    assert errors[2].subfield == "role" and errors[2].gold["role"] == "chief nurse" and errors[2].item["role"] == "gardener"
    assert errors[0].subfield is None
    text = score_corpus([(gold, pred)]).errors_text()
    # One text line per error, under a header per field.
    assert sum(line.startswith("    ") for line in text.splitlines()) == len(errors)
    assert [line.strip() for line in text.splitlines() if line.startswith("  ") and not line.startswith("    ")] == [
        "organisations:", "people.role:", "ratings:",
    ]
    assert score_pair(gold, gold).errors() == []


def test_dice_counts_a_repeated_word_once():
    # Sets, not bags (the scoring package's docstring says so).
    assert dice("care care home", "care home") == 1.0
    assert dice("ward ward ward", "ward clinic") == pytest.approx(2 / 3)

# -- load_gold -----------------------------------------------------------------

def _write_folder(root: Path, ids, gold_ids=None):
    (root / "texts").mkdir(parents=True)
    (root / "gold").mkdir()
    for i in ids:
        (root / "texts" / f"{i}.txt").write_text(f"text of {i}", encoding="utf-8")
    for i in ids if gold_ids is None else gold_ids:
        (root / "gold" / f"{i}.json").write_text(json.dumps(rec(id=i)), encoding="utf-8")


def test_load_gold_folder_sorted(tmp_path):
    _write_folder(tmp_path, ["b-2", "a-1", "c-3"])
    docs = load_gold(tmp_path)
    assert [d["id"] for d in docs] == ["a-1", "b-2", "c-3"]
    assert docs[0]["text"] == "text of a-1"
    assert docs[0]["gold"]["id"] == "a-1"
    assert set(docs[0]) == {"id", "text", "gold"}


def test_load_gold_jsonl_file_order(tmp_path):
    path = tmp_path / "gold.jsonl"
    lines = [json.dumps({"id": i, "text": f"t{i}", "gold": rec(id=i)}) for i in ("z", "a")]
    path.write_text(lines[0] + "\n\n" + lines[1] + "\n", encoding="utf-8")
    docs = load_gold(str(path))
    assert [d["id"] for d in docs] == ["z", "a"]
    assert docs[1]["text"] == "ta"


def test_load_gold_errors(tmp_path):
    with pytest.raises(FileNotFoundError, match="not found"):
        load_gold(tmp_path / "nowhere")
    with pytest.raises(FileNotFoundError, match="missing texts/"):
        load_gold(tmp_path)
    _write_folder(tmp_path / "c1", ["a", "b"], gold_ids=["a"])
    with pytest.raises(FileNotFoundError, match="texts without gold .*: b"):
        load_gold(tmp_path / "c1")
    _write_folder(tmp_path / "c2", ["a"], gold_ids=["a", "x"])
    with pytest.raises(ValueError, match="gold without text .*: x"):
        load_gold(tmp_path / "c2")
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps({"id": "a", "text": "t", "gold": {}}) + "\n{oops\n")
    with pytest.raises(ValueError, match=r"bad\.jsonl:2: not JSON"):
        load_gold(bad)
    keys = tmp_path / "keys.jsonl"
    keys.write_text(json.dumps({"id": "a", "text": "t"}) + "\n")
    with pytest.raises(ValueError, match=r"keys\.jsonl:1: missing gold"):
        load_gold(keys)
    dup = tmp_path / "dup.jsonl"
    dup.write_text(2 * (json.dumps({"id": "a", "text": "t", "gold": {}}) + "\n"))
    with pytest.raises(ValueError, match="duplicate id 'a'"):
        load_gold(dup)
    listed = tmp_path / "listed.jsonl"
    listed.write_text(json.dumps({"id": "a", "text": "t", "gold": []}) + "\n")
    with pytest.raises(ValueError, match="'gold' of 'a' must be an object"):
        load_gold(listed)


# -- the development corpus against itself -------------------------------------

def test_corpus_dev_gold_scores_perfectly_against_itself():
    corpus = SHARED / "corpus-dev"
    if not corpus.is_dir():
        pytest.skip(f"{corpus} not available")
    docs = load_gold(corpus)
    assert len(docs) > 0
    report = score_corpus((d["gold"], d["gold"]) for d in docs)
    assert report.docs == len(docs)
    for name in FIELDS:
        score = report.scores[name]
        assert (score.fp, score.fn) == (0, 0), name
        assert score.f1 == 1.0, name


def test_one_normalisation_of_names():
    """The scorer's normalise starts from the components' fold, and the
    organisations component keys names with it (no second copy)."""
    from cqc_extract.components import org_names
    from cqc_extract.scoring.normalise import normalise

    assert org_names._key.__wrapped__ is normalise
    assert normalise("The Fenwick Vale Trust’s ‟annual‟ report") == "fenwick vale trust annual report"
    assert normalise("Hollins & Pike\u2033s") == normalise("hollins and pike''s")
