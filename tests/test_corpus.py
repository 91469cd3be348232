from pathlib import Path

import pytest

from cqc_extract.corpus import load_corpus, validate_corpus

CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "cqc-corpus.jsonl"
HELDOUT = Path(__file__).resolve().parents[1] / "corpus" / "heldout.jsonl"
HELDOUT_2 = Path(__file__).resolve().parents[1] / "corpus" / "heldout-2.jsonl"
REALSTYLE_TUNE = Path(__file__).resolve().parents[1] / "corpus" / "realstyle-tune.jsonl"
REALSTYLE_HELDOUT = Path(__file__).resolve().parents[1] / "corpus" / "realstyle-heldout.jsonl"
# session 14's real-style sets: providers, messy-b, -c, -d were read while writing rules, news and messy-a held out
REALSTYLE14 = [Path(__file__).resolve().parents[1] / "corpus" / f"realstyle14-{name}.jsonl"
               for name in ("providers", "news", "messy-a", "messy-b", "messy-c", "messy-d")]
# session 15's: trust and care were read while writing rules, press and mixed held out
REALSTYLE15 = [Path(__file__).resolve().parents[1] / "corpus" / f"realstyle15-{name}.jsonl"
               for name in ("trust", "care", "press", "mixed")]


@pytest.mark.parametrize(
    "path",
    [CORPUS, HELDOUT, HELDOUT_2, REALSTYLE_TUNE, REALSTYLE_HELDOUT, *REALSTYLE14, *REALSTYLE15],
    ids=["corpus", "heldout", "heldout-2", "realstyle-tune", "realstyle-heldout",
         "realstyle14-providers", "realstyle14-news", "realstyle14-messy-a", "realstyle14-messy-b",
         "realstyle14-messy-c", "realstyle14-messy-d",
         "realstyle15-trust", "realstyle15-care", "realstyle15-press", "realstyle15-mixed"],
)
def test_bundled_corpora_validate(path):
    assert path.exists()
    assert validate_corpus(path) == []


def test_loader_returns_a_dataset_with_declared_features():
    ds = load_corpus(CORPUS)
    assert len(ds) >= 60
    assert ds.features["gold"]["ratings"].feature["rating"].dtype == "string"
    first = ds[0]
    assert first["id"] and first["text"]


def test_validator_reports_broken_gold(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text(
        '{"id": "x", "text": "t", "gold": {"ratings": [{"subject": "Nowhere Hospital", "domain": "overall", "rating": "good"}]}}\n'
        '{"id": "x", "text": "t", "gold": {"ratings": [{"domain": "overall", "rating": "great"}]}}\n',
        encoding="utf-8",
    )
    problems = validate_corpus(bad)
    assert any("Nowhere Hospital" in p for p in problems)
    assert any("duplicate id" in p for p in problems)
    assert any("rating" in p for p in problems)


def test_broken_json_line_is_named(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "a", "text": "t", "gold": {}}\n{oops\n', encoding="utf-8")
    with pytest.raises(ValueError, match=":2:"):
        validate_corpus(bad)
