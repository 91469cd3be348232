"""The fine-tuned ner (models/ner, issue 14) and its training script.

Every name here is invented.
"""

from __future__ import annotations

import json

import pytest

from cqc_extract.pipeline import BASE_EXCLUDE, load_base_model, trained_ner_path, use_trained_ner
from conftest import load_script

train_ner = load_script("scripts/train_ner.py")


@pytest.fixture(scope="module")
def base():
    return load_base_model(exclude=BASE_EXCLUDE + ("senter",))


@pytest.fixture(scope="module")
def tuned():
    return use_trained_ner(load_base_model(exclude=BASE_EXCLUDE + ("senter",)))


def test_the_trained_ner_ships_and_is_small():
    path = trained_ner_path()
    assert path is not None, "models/ner is missing: run scripts/train_ner.py (docs/model.md)"
    size = sum(p.stat().st_size for p in path.rglob("*") if p.is_file())
    assert size < 10_000_000


def test_the_accurate_profile_uses_the_trained_ner(nlp):
    assert nlp.meta.get("cqc_ner") == "models/ner"


@pytest.mark.parametrize(
    "text, name",
    [
        ("Inspectors from the Care Quality Commission visited Brackenmoor Lodge in March.", "Care Quality Commission"),
        ("Staff at Fellgate Valley NHS Foundation Trust said the report was fair.", "Fellgate Valley NHS Foundation Trust"),
    ],
)
def test_the_trained_ner_tags_organisations(tuned, text, name):
    doc = tuned(text)
    assert (name, "ORG") in [(e.text, e.label_) for e in doc.ents]


def test_the_trained_ner_tags_people_and_dates(tuned):
    doc = tuned("Registered manager Tamsin Okonjo said on 4 June 2024 that the home was proud.")
    ents = [(e.text, e.label_) for e in doc.ents]
    assert ("Tamsin Okonjo", "PERSON") in ents
    assert ("4 June 2024", "DATE") in ents


# --- the silver spans ----------------------------------------------------------

GOLD = {
    "organisations": [
        {"name": "Quillfield House", "kind": "location", "aliases": ["the Quillfield"]},
        {"name": "Harrowdene Care Limited", "kind": "provider", "aliases": ["Harrowdene"]},
    ],
    "people": [{"name": "Petra Vandermolen", "role": "manager", "organisation": None, "quoted": True}],
}
TEXT = (
    "Quillfield House in Norbridge, run by Harrowdene Care Limited, was rated good in May 2023. "
    "Manager Petra Vandermolen thanked the Residents Forum. Ms Vandermolen said Harrowdene was proud."
)


def test_silver_spans_label_gold_names_and_keep_other_labels(base):
    ref, stats = train_ner.silver_doc(base(TEXT), GOLD)
    ents = {(e.text, e.label_) for e in ref.ents}
    assert ("Quillfield House", "ORG") in ents
    assert ("Harrowdene Care Limited", "ORG") in ents
    assert ("Harrowdene", "ORG") in ents  # an alias
    assert ("Petra Vandermolen", "PERSON") in ents
    assert ("Vandermolen", "PERSON") in ents  # the surname alone
    assert ("May 2023", "DATE") in ents  # the base's own prediction, kept
    # a lower-case alias is a description, not a name: not searched
    assert not any(text == "the Quillfield" for text, _ in ents)
    assert stats["gold"] == 5


def test_unmatched_base_organisations_are_unlearned_or_left_missing(base):
    text = "The Parkhollow Residents Forum met Quillfield House staff."
    doc = base(text)
    forum = [e for e in doc.ents if e.label_ in ("ORG", "PERSON") and "Forum" in e.text]
    if not forum:
        pytest.skip("the base model does not tag the forum here")
    ref_o, _ = train_ner.silver_doc(doc, GOLD, unmatched="o")
    ref_missing, _ = train_ner.silver_doc(doc, GOLD, unmatched="missing")
    token = forum[0].start
    assert ref_o[token].ent_iob_ == "O"
    assert ref_missing[token].ent_iob_ == ""


# --- the training script on a tiny invented corpus -----------------------------

TINY = [
    {
        "id": f"t-{n}",
        "text": f"Inspectors rated {home} good. {person}, manager at {home}, said {provider} was delighted.",
        "gold": {
            "organisations": [
                {"name": home, "kind": "location", "aliases": []},
                {"name": provider, "kind": "provider", "aliases": []},
            ],
            "people": [{"name": person, "role": "manager", "organisation": home, "quoted": True}],
        },
    }
    for n, (home, provider, person) in enumerate(
        [
            ("Lindenbrook Court", "Ashcombe Healthcare Ltd", "Orla Pennicott"),
            ("Marrowfield Grange", "Tollbridge Care Group", "Idris Castellane"),
            ("Sedgewater View", "Brightholme Living", "Nadia Fairweather"),
        ]
    )
]


def test_the_training_script_trains_and_saves_a_loadable_ner(tmp_path, base):
    corpus = tmp_path / "tiny.jsonl"
    corpus.write_text("\n".join(json.dumps(row) for row in TINY), encoding="utf-8")
    output = tmp_path / "ner"
    assert train_ner.main([str(corpus), "--output", str(output), "--epochs", "1"]) == 0
    assert (output / "model").is_file()
    trained = load_base_model(exclude=BASE_EXCLUDE + ("senter",))
    trained.get_pipe("ner").from_disk(output, exclude=["vocab"])
    assert trained.get_pipe("ner").labels == base.get_pipe("ner").labels
    assert trained("Orla Pennicott runs Lindenbrook Court.").ents is not None
