import json

import pytest
from pydantic import ValidationError

from cqc_extract.schema import ArticleRecord, Rating, json_schema, validate_record

SOURCE = "Larkspur House was rated good."


def test_evidence_must_equal_source_slice():
    good = {"ratings": [{"rating": "good", "evidence": [{"start": 25, "end": 29, "text": "good"}]}]}
    assert validate_record(good, SOURCE).ratings[0].evidence[0].text == "good"
    bad = {"ratings": [{"rating": "good", "evidence": [{"start": 24, "end": 28, "text": "good"}]}]}
    with pytest.raises(ValidationError, match="is not source"):
        validate_record(bad, SOURCE)


@pytest.mark.parametrize(
    "item, message",
    [
        ({"rating": "very good"}, "rating"),
        ({"rating": "good", "domain": "leadership"}, "domain"),
        ({"rating": "good", "previous": "good", "change": "improved"}, "contradicts"),
        ({"rating": "good", "evidence": [{"start": 5, "end": 2, "text": ""}]}, "before start"),
    ],
)
def test_closed_vocabularies_and_consistency(item, message):
    with pytest.raises(ValidationError, match=message):
        Rating.model_validate(item)


def test_amount_serialises_as_a_json_number():
    record = ArticleRecord.model_validate({"investments": [{"amount_gbp": "16900000"}, {"amount_gbp": "2.5"}]})
    dumped = json.loads(record.model_dump_json())
    assert dumped["investments"][0]["amount_gbp"] == 16900000
    assert dumped["investments"][1]["amount_gbp"] == 2.5


def test_json_schema_names_every_field_and_vocabulary():
    schema = json_schema()
    defs = schema["$defs"]
    assert set(schema["properties"]) >= {"id", "organisations", "people", "ratings", "investments", "actions"}
    assert defs["Rating"]["properties"]["rating"]["enum"] == ["outstanding", "good", "requires improvement", "inadequate"]
    assert "evidence" in defs["Action"]["properties"]
    assert defs["Investment"]["properties"]["amount_gbp"]["type"] == "number"
