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


def test_warnings_is_a_declared_field_left_out_when_empty():
    assert "warnings" in ArticleRecord.model_fields
    assert "warnings" in json_schema()["properties"]
    clean = ArticleRecord.model_validate({"id": "a1"})
    assert clean.warnings == [] and "warnings" not in json.loads(clean.model_dump_json())
    flagged = ArticleRecord.model_validate({"id": "a1", "warnings": ["ratings: dropped an invalid item (x)"]})
    dumped = flagged.model_dump_json()
    # After the declared fields, where it stood when it passed as an extra.
    assert dumped.endswith('"source":null,"warnings":["ratings: dropped an invalid item (x)"]}')


def test_derived_shapes_match_the_models():
    from cqc_extract.corpus import corpus_features
    from cqc_extract.outputs import TABLE_COLUMNS, record_schema
    from cqc_extract.schema import ITEM_FIELDS, item_models

    assert ITEM_FIELDS == ("organisations", "people", "ratings", "investments", "actions")
    arrow = record_schema()
    assert arrow.names == ["id", "error", *ITEM_FIELDS, "source", "warnings"]
    features = corpus_features()
    for name, model in item_models().items():
        fields = [f for f in model.model_fields if f != "evidence"]
        assert [f.name for f in arrow.field(name).type.value_type] == fields + ["evidence"]
        assert list(features["gold"][name].feature) == fields
        assert list(TABLE_COLUMNS[name]) == ["id", *fields, "evidence_start", "evidence_end", "evidence_text"]


# A record model gains an attribute in schema.py and nothing else is edited:
# a copy of the package with one more optional field on Rating must carry it
# into JSONL, Parquet, the flat tables (CSV and Parquet), the datasets
# Features and the JSON Schema.
_NEW_FIELD_SCRIPT = r'''
import json, sys
from pathlib import Path
import pyarrow.parquet as pq
from cqc_extract.schema import ArticleRecord, json_schema
from cqc_extract.outputs import JsonlWriter, ParquetWriter, TablesWriter
from cqc_extract.corpus import corpus_features

out = Path(sys.argv[1])
text = "Brackenfold Lodge was rated good."
record = ArticleRecord.model_validate(
    {"id": "b1", "organisations": [{"name": "Brackenfold Lodge", "kind": "location"}],
     "ratings": [{"subject": "Brackenfold Lodge", "rating": "good", "inspection_note": "unannounced",
                  "evidence": [{"start": 28, "end": 32, "text": "good"}]}]},
    context={"source": text},
)
writers = [JsonlWriter(out / "r.jsonl"), ParquetWriter(out / "r.parquet"),
           TablesWriter(out / "csv"), TablesWriter(out / "pq", format="parquet")]
for w in writers:
    w.write(record)
    w.close()
found = {
    "model": "inspection_note" in ArticleRecord.model_fields["ratings"].annotation.__args__[0].model_fields,
    "jsonl": json.loads((out / "r.jsonl").read_text())["ratings"][0].get("inspection_note"),
    "parquet": pq.read_table(out / "r.parquet").to_pylist()[0]["ratings"][0].get("inspection_note"),
    "csv": (out / "csv" / "ratings.csv").read_text().splitlines()[0].split(",").count("inspection_note"),
    "tables_parquet": pq.read_table(out / "pq" / "ratings.parquet").to_pylist()[0].get("inspection_note"),
    "features": "inspection_note" in corpus_features()["gold"]["ratings"].feature,
    "json_schema": "inspection_note" in json_schema()["$defs"]["Rating"]["properties"],
}
print(json.dumps(found))
'''


def test_an_attribute_added_to_a_model_reaches_every_output(tmp_path):
    import shutil
    import subprocess
    import sys
    from pathlib import Path

    import cqc_extract

    package = Path(cqc_extract.__file__).parent
    copy = tmp_path / "src" / "cqc_extract"
    shutil.copytree(package, copy, ignore=shutil.ignore_patterns("__pycache__"))
    schema = copy / "schema.py"
    source = schema.read_text(encoding="utf-8")
    anchor = "    change: Change | None = None\n"
    assert source.count(anchor) == 1
    schema.write_text(source.replace(anchor, anchor + "    inspection_note: str | None = None\n"), encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    run = subprocess.run(
        [sys.executable, "-c", _NEW_FIELD_SCRIPT, str(out)],
        env={**__import__("os").environ, "PYTHONPATH": str(tmp_path / "src")},
        capture_output=True, text=True, timeout=300,
    )
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout.strip().splitlines()[-1]) == {
        "model": True, "jsonl": "unannounced", "parquet": "unannounced", "csv": 1,
        "tables_parquet": "unannounced", "features": True, "json_schema": True,
    }


def test_per_item_tables_elsewhere_agree_with_the_models(nlp_fast):
    """Lists kept per item kind outside schema.py name exactly the record's item lists."""
    from spacy.tokens import Doc

    from cqc_extract import mentions, visualize
    from cqc_extract.schema import ITEM_FIELDS
    from cqc_extract.scoring import FIELDS, item_field

    kinds = set(ITEM_FIELDS)
    assert {item_field(name) for name in FIELDS} == kinds
    assert set(visualize.KINDS) == set(visualize._PREFIX) == {name for name, _, _ in visualize._SECTIONS} == kinds
    assert mentions.KINDS == ITEM_FIELDS
    # What the pipeline writes: one Doc extension per item list, and a record
    # holding the item lists and nothing the model does not declare.
    doc = nlp_fast("Thornwick Grange, run by Elmsley Care, was rated good by the CQC.")
    assert all(Doc.has_extension(f"cqc_{name}") for name in ITEM_FIELDS)
    assert set(ITEM_FIELDS) <= set(doc._.cqc_record) <= set(ArticleRecord.model_fields)
