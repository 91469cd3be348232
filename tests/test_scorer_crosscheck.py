"""The library's scorer against an independent implementation of SPEC.md §3.

tools/spec_scorer.py was written from SPEC.md alone; both must give the same
counts and figures on real predictions (fast profile) and on seeded
perturbations that exercise every rule: dropped and duplicated items, changed
rating values, acronyms and aliases for names, amounts shifted around the
0.5 % tolerance, swapped subjects, service synonyms, honorifics, edited roles
and descriptions.
"""

from __future__ import annotations

import copy
import json
import random
from pathlib import Path

import pytest

from cqc_extract.evaluation import evaluate_corpus
from conftest import load_script

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "corpus" / "cqc-corpus.jsonl"
HELDOUT = REPO / "corpus" / "heldout.jsonl"


spec_scorer = load_script("tools/spec_scorer.py")

RATINGS = ["outstanding", "good", "requires improvement", "inadequate"]
DOMAINS = ["overall", "safe", "effective", "caring", "responsive", "well-led"]
CHANGES = ["improved", "declined", "unchanged"]
KINDS = ["warning notice", "special measures", "conditions", "requirement notice", "fine",
         "prosecution", "suspension", "cancellation", "enforcement action"]
STATUSES = ["imposed", "lifted", "continued"]
SERVICE_VARIANTS = {
    "urgent and emergency care": ["A&E", "emergency department", "urgent and emergency services"],
    "maternity": ["maternity services", "Maternity unit"],
    "services for children and young people": ["children's services", "paediatrics"],
    "outpatients": ["outpatient services"],
    "medical care": ["medicine", "Medical care (including older people's care)"],
}
HONORIFICS = ["Dr", "Professor", "Mr", "Ms", "Dame", "Cllr"]
LIST_FIELDS = ("organisations", "people", "ratings", "investments", "actions")


def _acronym(name: str) -> str:
    words = [w for w in name.replace("&", " and ").split() if w.lower() not in
             {"of", "and", "the", "for", "in", "at"}]
    return "".join(w[0] for w in words if w[0].isalnum()).upper()


def _drop_words(rng: random.Random, text: str | None) -> str | None:
    if not text:
        return text
    words = text.split()
    keep = [w for w in words if rng.random() > 0.4] or words[:1]
    return " ".join(keep)


def _org_ref(rng: random.Random, record: dict, name: str | None) -> str | None:
    """Another way of naming the organisation `name`: an alias or an acronym."""
    if name is None:
        return None
    for org in record.get("organisations", []):
        if org.get("name") == name and org.get("aliases") and rng.random() < 0.5:
            return rng.choice(org["aliases"])
    return _acronym(name) if rng.random() < 0.5 else name


def perturb(record: dict, seed: int) -> dict:
    """A seeded variant of a record; every kind of damage at random rates."""
    rng = random.Random(seed)
    rec = copy.deepcopy(record)
    for field in LIST_FIELDS:  # drop some items, duplicate others
        items = [x for x in rec.get(field, []) if rng.random() > 0.2]
        items += [copy.deepcopy(x) for x in items if rng.random() < 0.1]
        rng.shuffle(items)
        rec[field] = items
    orgs = [o["name"] for o in rec["organisations"]]
    for org in rec["organisations"]:
        roll = rng.random()
        if roll < 0.2:
            org["aliases"], org["name"] = [], _acronym(org["name"]) or org["name"]
        elif roll < 0.35 and org.get("aliases"):
            org["name"], org["aliases"] = org["aliases"][0], []
        elif roll < 0.45:
            org["name"] = "The " + org["name"] + "'s"
    for person in rec["people"]:
        if rng.random() < 0.3:
            person["name"] = rng.choice(HONORIFICS) + " " + person["name"]
        if rng.random() < 0.2:
            person["name"] = person["name"].split()[-1]
        if rng.random() < 0.3:
            person["role"] = _drop_words(rng, person.get("role"))
        if rng.random() < 0.1:
            person["role"] = rng.choice([None, "newly appointed " + (person.get("role") or "manager")])
        if rng.random() < 0.3:
            person["organisation"] = _org_ref(rng, record, person.get("organisation"))
        if rng.random() < 0.1:
            person["organisation"] = rng.choice(orgs + [None]) if orgs else None
        if rng.random() < 0.15:
            person["quoted"] = not person.get("quoted")
    ratings = rec["ratings"]
    for item in ratings:
        if rng.random() < 0.15:
            item["rating"] = rng.choice(RATINGS)
        if rng.random() < 0.1:
            item["domain"] = rng.choice(DOMAINS + ["Well led", "leadership"])
        if rng.random() < 0.15:
            item["previous"] = rng.choice(RATINGS + [None, "requiring improvement"])
        if rng.random() < 0.15:
            item["change"] = rng.choice(CHANGES + [None])
        service = item.get("service")
        if rng.random() < 0.3:
            if service in SERVICE_VARIANTS:
                item["service"] = rng.choice(SERVICE_VARIANTS[service])
            elif service:
                item["service"] = rng.choice([_drop_words(rng, service), "community " + service,
                                              service.upper(), service + " services"])
        if rng.random() < 0.05:
            item["service"] = None
        if rng.random() < 0.2:
            item["subject"] = _org_ref(rng, record, item.get("subject"))
        if rng.random() < 0.05:
            item["subject"] = None
    for _ in range(len(ratings) // 4):  # swapped subjects
        a, b = rng.randrange(len(ratings)), rng.randrange(len(ratings))
        ratings[a]["subject"], ratings[b]["subject"] = ratings[b].get("subject"), ratings[a].get("subject")
    for item in rec["investments"]:
        amount = item.get("amount_gbp")
        if amount is not None and rng.random() < 0.5:
            item["amount_gbp"] = amount * rng.choice([1.004, 0.996, 1.005, 0.995, 1.006, 0.994, 1.05, 0.95, 2])
        if rng.random() < 0.4:
            item["description"] = _drop_words(rng, item.get("description"))
    for item in rec["actions"]:
        if rng.random() < 0.15:
            item["kind"] = rng.choice(KINDS)
        if rng.random() < 0.15:
            item["status"] = rng.choice(STATUSES)
        if rng.random() < 0.2:
            item["subject"] = _org_ref(rng, record, item.get("subject"))
    return rec


def _gold_articles(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _assert_same(articles: list[dict], predictions: dict[str, dict]):
    ours = evaluate_corpus(articles, predictions)
    theirs = spec_scorer.score({a["id"]: a["gold"] for a in articles}, predictions)
    assert ours.docs == theirs["docs"]
    assert set(ours.scores) == set(theirs["scores"])
    for field, expected in theirs["scores"].items():
        got = ours.scores[field]
        assert (got.tp, got.fp, got.fn) == (expected["tp"], expected["fp"], expected["fn"]), field
        for key in ("p", "r", "f1"):
            assert getattr(got, key) == pytest.approx(expected[key], abs=1e-9), (field, key)
    return ours


@pytest.fixture(scope="module")
def corpus_articles() -> list[dict]:
    return _gold_articles(CORPUS)


@pytest.fixture(scope="module")
def fast_predictions(corpus_articles, nlp_fast) -> dict[str, dict]:
    from cqc_extract.evaluation import predict

    return predict(corpus_articles, nlp=nlp_fast)


def test_scorers_agree_on_fast_profile_predictions(corpus_articles, fast_predictions):
    _assert_same(corpus_articles, fast_predictions)


@pytest.mark.parametrize("seed", range(4))
def test_scorers_agree_on_perturbed_predictions(corpus_articles, fast_predictions, seed):
    perturbed = {i: perturb(rec, seed * 1000 + n) for n, (i, rec) in enumerate(sorted(fast_predictions.items()))}
    _assert_same(corpus_articles, perturbed)


@pytest.mark.parametrize("seed", range(4))
def test_scorers_agree_on_perturbed_gold(corpus_articles, seed):
    # Gold as the prediction holds every field, so each rule sees matches to break.
    perturbed = {a["id"]: perturb({"id": a["id"], **a["gold"]}, seed * 1000 + n)
                 for n, a in enumerate(corpus_articles)}
    report = _assert_same(corpus_articles, perturbed)
    # The perturbations must reach every rule: each field keeps matches and
    # each item field (not only the accuracies) gains errors.
    for field, score in report.scores.items():
        assert score.tp > 0, field
        if "." not in field:
            assert score.fp + score.fn > 0, field


def test_scorers_agree_on_the_heldout_corpus():
    articles = _gold_articles(HELDOUT)
    _assert_same(articles, {a["id"]: {"id": a["id"], **a["gold"]} for a in articles})
    for seed in range(2):
        _assert_same(articles, {a["id"]: perturb({"id": a["id"], **a["gold"]}, seed * 1000 + n)
                                for n, a in enumerate(articles)})


def test_scorers_agree_on_empty_and_missing_predictions(corpus_articles):
    half = {a["id"]: {"id": a["id"]} for a in corpus_articles[::2]}
    _assert_same(corpus_articles, half)


def test_scorers_agree_on_corpus_dev(shared_dir, nlp_fast):
    from cqc_extract.evaluation import predict
    from cqc_extract.scoring import load_gold

    articles = load_gold(shared_dir / "corpus-dev")
    _assert_same(articles, predict(articles, nlp=nlp_fast))
    gold_preds = {a["id"]: {"id": a["id"], **a["gold"]} for a in articles}
    _assert_same(articles, gold_preds)
    for seed in range(3):
        perturbed = {i: perturb(rec, seed * 1000 + n) for n, (i, rec) in enumerate(sorted(gold_preds.items()))}
        _assert_same(articles, perturbed)
