"""Component contracts: rules travel with the pipeline (an edited cue survives
bytes and disk), and what each component needs is declared for analyze_pipes.

A cue is edited in the live component (as a user tuning a saved pipeline
would), then the pipeline goes through to_bytes/from_bytes and through
to_disk/spacy.load; the copy must read the text the way the edited one does,
not the way the shipped models/ files say.
"""

import copy

import pytest
import spacy

import cqc_extract

CUES = "vocab/rating_cues.json"
TEXT = "Willowmere Care Home is steadfastly rated good by inspectors."


def _rating(nlp):
    ratings = nlp(TEXT)._.cqc_record["ratings"]
    return [(r["rating"], r["previous"], r["change"]) for r in ratings]


@pytest.fixture
def edited():
    nlp = cqc_extract.load("fast")
    ratings = nlp.get_pipe("cqc_ratings")
    assets = copy.deepcopy(ratings.assets)
    # "steadfastly" as a word meaning the rating held, like "remains".
    assets[CUES]["unchanged"] = assets[CUES]["unchanged"].replace("remains?", "remains?|steadfastly", 1)
    ratings.assets = assets
    ratings._compile()
    return nlp


def test_the_edit_changes_what_is_read(edited):
    assert _rating(cqc_extract.load("fast")) == [("good", None, None)]
    assert _rating(edited) == [("good", "good", "unchanged")]


def test_edited_cue_survives_bytes(edited):
    fresh = cqc_extract.load("fast")
    fresh.from_bytes(edited.to_bytes())
    assert _rating(fresh) == [("good", "good", "unchanged")]


def test_edited_cue_survives_disk_and_spacy_load(edited, tmp_path):
    edited.to_disk(tmp_path / "p")
    assert _rating(spacy.load(tmp_path / "p")) == [("good", "good", "unchanged")]


@pytest.mark.parametrize("exclude", [["assets"], [CUES]])
def test_exclude_keeps_the_receivers_own_files(edited, exclude):
    component = edited.get_pipe("cqc_ratings")
    fresh = cqc_extract.load("fast").get_pipe("cqc_ratings")
    fresh.from_bytes(component.to_bytes(exclude=exclude), exclude=exclude)
    assert fresh.assets[CUES] != component.assets[CUES]


def test_bytes_without_a_file_are_refused(edited):
    component = edited.get_pipe("cqc_ratings")
    fresh = cqc_extract.load("fast").get_pipe("cqc_ratings")
    with pytest.raises(ValueError, match="lacks"):
        fresh.from_bytes(component.to_bytes(exclude=[CUES]))


def test_analyze_pipes_names_what_a_missing_component_leaves_unset():
    nlp = cqc_extract.load("fast")
    assert not any(nlp.analyze_pipes(pretty=False)["problems"].values())
    nlp.remove_pipe("cqc_organisations")
    problems = nlp.analyze_pipes(pretty=False)["problems"]
    for reader in ("cqc_people", "cqc_ratings", "cqc_actions", "cqc_record"):
        assert "doc._.cqc_organisations" in problems[reader]


def test_a_finished_doc_carries_only_the_extensions(nlp_fast, example_text):
    """Components' per-Doc caches (Spans, indexes) stay inside the pipeline: a
    finished Doc crosses processes (msgpack) and carries no second copy."""
    from spacy.tokens import Doc

    doc = nlp_fast(example_text)
    assert [k for k in doc.user_data if not (isinstance(k, tuple) and k[0] == "._.")] == []
    again = Doc(nlp_fast.vocab).from_bytes(doc.to_bytes())
    assert again._.cqc_record == doc._.cqc_record


WINDOW_TEXT = "Willowmere Care Home has improved and is rated good by inspectors."


def test_a_cue_window_is_read_from_the_data_file():
    """How far before a rating the improved/declined cues look is data beside
    those cues (`direction_before_window`), not a number in the code."""
    nlp = cqc_extract.load("fast")
    read = lambda: [(r["rating"], r["change"]) for r in nlp(WINDOW_TEXT)._.cqc_record["ratings"]]  # noqa: E731
    assert read() == [("good", "improved")]
    ratings = nlp.get_pipe("cqc_ratings")
    assets = copy.deepcopy(ratings.assets)
    assets[CUES]["direction_before_window"] = 10  # "improved" is 22 characters before "good"
    ratings.assets = assets
    ratings._compile()
    assert read() == [("good", None)]


def test_a_cue_file_without_a_window_is_refused():
    ratings = cqc_extract.load("fast").get_pipe("cqc_ratings")
    assets = copy.deepcopy(ratings.assets)
    del assets[CUES]["keeps_that_window"]
    ratings.assets = assets
    with pytest.raises(ValueError, match="keeps_that"):
        ratings._compile()


def test_the_ratings_config_names_its_span_groups_and_files():
    config = cqc_extract.load("fast").config["components"]["cqc_ratings"]
    assert config["spans_key"] == "cqc" and config["org_spans_key"] == "cqc_org"
    assert (config["cues"], config["services"], config["other_services"]) == (
        CUES, "vocab/services.json", "vocab/other_services.json")


def test_the_ratings_read_the_span_group_the_config_names():
    nlp = cqc_extract.load("fast")
    nlp.replace_pipe("cqc_ratings", "cqc_ratings", config={"spans_key": "no_such_group"})
    assert nlp(TEXT)._.cqc_ratings == []
# -- config: what each component reads and writes is in nlp.config ---------------
def test_config_shows_files_span_keys_and_windows():
    config = cqc_extract.load("fast").config["components"]
    assert config["cqc_organisations"]["vocab"] == "vocab/organisations.json"
    assert config["cqc_organisations"]["spans_key"] == config["cqc_people"]["org_spans_key"] == "cqc_org"
    assert config["cqc_actions"]["org_spans_key"] == "cqc_org"
    assert config["cqc_page_layout"]["heads_vocab"] == "vocab/organisations.json"
    assert config["cqc_actions"]["max_reach"] == 600  # actions.MAX_REACH: the bound ratings reads back in a clause
    assert config["cqc_investments"]["max_reach"] == 1500
    assert config["cqc_people"]["title_window"] == 160


def _replace(nlp, name, **config):
    nlp.replace_pipe(name, name, config=config)
    return nlp


def test_a_span_key_from_config_is_where_mentions_go():
    text = "Brackenford Lodge Care Home was rated good."
    nlp = _replace(cqc_extract.load("fast"), "cqc_organisations", spans_key="orgs_elsewhere")
    doc = nlp(text)
    assert "orgs_elsewhere" in doc.spans and "cqc_org" not in doc.spans
    assert [sp.text for sp in doc.spans["orgs_elsewhere"]] == ["Brackenford Lodge Care Home"]


def test_a_window_from_config_changes_what_is_read():
    """What an amount is for is read within max_reach characters of it."""
    text = "The council will spend £3.4 million on a new respite centre."
    nlp = _replace(cqc_extract.load("fast"), "cqc_investments", max_reach=20)
    assert [i["description"] for i in cqc_extract.load("fast")(text)._.cqc_investments] == ["new respite centre"]
    assert [i["description"] for i in nlp(text)._.cqc_investments] != ["new respite centre"]


def test_max_evidence_from_config():
    text = " ".join(["Fernhollow Surgery was praised."] * 5)
    nlp = _replace(cqc_extract.load("fast"), "cqc_organisations", max_evidence=2)
    orgs = nlp(text)._.cqc_organisations
    assert len(orgs[0]["evidence"]) == 2
    assert len(cqc_extract.load("fast")(text)._.cqc_organisations[0]["evidence"]) == 5


# -- disk: each data file saved once, by the component that owns it ---------------
def test_to_disk_writes_each_file_once_and_reloads_the_same(tmp_path, example_text):
    nlp = cqc_extract.load("fast")
    nlp.to_disk(tmp_path / "p")
    saved = [f.name for f in (tmp_path / "p").glob("*/vocab__*.json")]
    assert sorted(saved) == sorted(set(saved))
    assert (tmp_path / "p" / "cqc_organisations" / "vocab__organisations.json").exists()
    assert spacy.load(tmp_path / "p")(example_text)._.cqc_record == nlp(example_text)._.cqc_record


def test_a_borrowed_file_edited_at_its_owner_reaches_the_borrower_through_disk(tmp_path):
    nlp = cqc_extract.load("fast")
    orgs = nlp.get_pipe("cqc_organisations")
    assets = copy.deepcopy(orgs.assets)
    assets["vocab/organisations.json"]["heads"]["location"].append("snugglery")
    orgs.assets = assets
    orgs._compile()
    nlp.to_disk(tmp_path / "p")
    loaded = spacy.load(tmp_path / "p")
    assert "snugglery" in loaded.get_pipe("cqc_people").org_data["heads"]["location"]
    assert "snugglery" in loaded.get_pipe("cqc_page_layout").data["heads"]["location"]


# -- one vocabulary of reference words ------------------------------------------
REFS = "vocab/references.json"


def test_one_file_of_reference_words_for_every_component_that_reads_them():
    config = cqc_extract.load("fast").config["components"]
    for name in ("cqc_organisations", "cqc_people", "cqc_actions", "cqc_ratings"):
        assert config[name]["references_vocab"] == REFS


def test_a_reference_word_added_at_the_owner_is_read_by_people_actions_and_ratings_after_a_reload(tmp_path):
    nlp = cqc_extract.load("fast")
    orgs = nlp.get_pipe("cqc_organisations")
    assets = copy.deepcopy(orgs.assets)
    assets[REFS]["location"].append("residence")
    orgs.assets = assets
    orgs._compile()
    nlp.to_disk(tmp_path / "p")
    assert not (tmp_path / "p" / "cqc_people" / "vocab__references.json").exists()
    loaded = spacy.load(tmp_path / "p")
    assert loaded.get_pipe("cqc_people").references["residence"] == "location"
    assert loaded.get_pipe("cqc_actions").anaphors["location"].search("the residence was closed")
    assert "residence" in loaded.get_pipe("cqc_organisations").generic
    assert loaded.get_pipe("cqc_ratings").references["location"].search("the residence was rated good")
    assert not (tmp_path / "p" / "cqc_ratings" / "vocab__references.json").exists()


@pytest.mark.parametrize(
    "text, subject",
    [
        # the reference word names the organisation of its kind named before
        ("Thornbury Vale Care Home was inspected in May. The home was placed in special measures.",
         "Thornbury Vale Care Home"),
        ("Kestrel Moor Healthcare Ltd runs three sites. The provider was placed in special measures.",
         "Kestrel Moor Healthcare Ltd"),
    ],
)
def test_actions_resolve_reference_words(text, subject):
    actions = cqc_extract.load("fast")(text)._.cqc_actions
    assert [a["subject"] for a in actions] == [subject]
