"""Review pages: every record item is on the page, in the right place, with its
evidence marked; untrusted text stays text; nothing is loaded from the network."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser

import pytest
from typer.testing import CliRunner

import cqc_extract
from cqc_extract.cli import app
from cqc_extract.scoring import FIELDS, score_corpus
from cqc_extract.visualize import render_article, render_evaluation

VOID = {"meta", "br", "col", "img", "input", "link", "hr", "source", "wbr", "area", "base", "embed"}


class Page(HTMLParser):
    """What a reader needs from a page: marks, grid cells, panel items, text,
    tags and URLs. Also checks that every element is closed in order."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.tags: list[tuple[str, dict]] = []
        self.marks: list[dict] = []  # {items, start, end, text}
        self.chips: list[dict] = []  # {item, rating, domain, column, row, subject, title, text}
        self.scripts: list[str] = []
        self.text: list[str] = []
        self._mark: dict | None = None
        self._in_label = 0
        self._headers: list[str] = []
        self._row: str | None = None
        self._col = -1
        self._cell_text: list[str] | None = None
        self._subject: str | None = None
        self._h3: list[str] | None = None
        self._script = False
        self.feed(html)
        self.close()
        assert not self.stack, f"unclosed elements: {self.stack}"

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags.append((tag, a))
        if tag not in VOID:
            self.stack.append(tag)
        if tag == "script":
            self._script = True
        if tag == "mark" and "data-items" in a:
            self._mark = {"items": a["data-items"].split(), "start": int(a["data-start"]),
                          "end": int(a["data-end"]), "text": ""}
        if tag == "span" and a.get("class") == "mark-label":
            self._in_label += 1
        if tag == "h3":
            self._h3 = []
        if tag == "thead":
            self._headers = []
        if tag == "tr":
            self._col, self._row = -1, None
        if tag in ("th", "td"):
            self._col += 1
            self._cell_text = []
        if "data-item" in a and a.get("class") == "chip":
            self.chips.append({
                "item": a["data-item"], "rating": a.get("data-rating"), "domain": a.get("data-domain"),
                "column": self._headers[self._col] if self._col < len(self._headers) else None,
                "row": self._row, "subject": self._subject, "title": a.get("title"),
            })

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        assert self.stack and self.stack[-1] == tag, f"</{tag}> closes {self.stack[-1:]}"
        self.stack.pop()
        if tag == "script":
            self._script = False
        if tag == "mark" and self._mark is not None:
            self.marks.append(self._mark)
            self._mark = None
        if tag == "span" and self._in_label:
            self._in_label -= 1
        if tag == "h3" and self._h3 is not None:
            self._subject = "".join(self._h3)
            self._h3 = None
        if tag in ("th", "td") and self._cell_text is not None:
            cell = "".join(self._cell_text)
            if tag == "th" and self.stack[-2:] == ["thead", "tr"]:
                self._headers.append(cell)
            elif tag == "th":
                self._row = cell
            self._cell_text = None

    def handle_data(self, data):
        if self._script:
            self.scripts.append(data)
            return
        self.text.append(data)
        if self._mark is not None and not self._in_label:
            self._mark["text"] += data
        if self._h3 is not None:
            self._h3.append(data)
        if self._cell_text is not None:
            self._cell_text.append(data)

    @property
    def all_text(self) -> str:
        return " ".join(" ".join(self.text).split())


def _covered(page: Page, item_id: str) -> set[int]:
    return {i for m in page.marks if item_id in m["items"] for i in range(m["start"], m["end"])}


@pytest.fixture(scope="module")
def example(example_text, nlp_fast):
    record = cqc_extract.extract(example_text, id="larkspur", nlp=nlp_fast)
    return example_text, record.model_dump(mode="json"), Page(render_article(example_text, record))


def test_every_mark_is_the_text_it_claims(example):
    text, _, page = example
    assert page.marks
    for mark in page.marks:
        assert mark["text"] == text[mark["start"]:mark["end"]]


def test_every_evidence_span_is_marked_for_its_item(example):
    text, record, page = example
    prefixes = {"organisations": "o", "people": "p", "ratings": "r", "investments": "i", "actions": "a"}
    for field, prefix in prefixes.items():
        for n, item in enumerate(record[field]):
            covered = _covered(page, f"{prefix}{n}")
            for ev in item["evidence"]:
                assert set(range(ev["start"], ev["end"])) <= covered, (field, item)


def test_ratings_grid_puts_each_rating_in_its_cell(example):
    _, record, page = example
    assert len(page.chips) == len(record["ratings"]) > 0
    by_item = {c["item"]: c for c in page.chips}
    for n, rating in enumerate(record["ratings"]):
        chip = by_item[f"r{n}"]
        assert chip["rating"] == rating["rating"]
        assert chip["column"] == rating["domain"]
        assert chip["row"] == (rating["service"] or "Whole subject")
        assert chip["subject"] == (rating["subject"] or "(subject not named)")
        if rating["previous"]:
            assert f"previously {rating['previous']}" in chip["title"]


def test_panel_holds_every_item(example):
    _, record, page = example
    body = page.all_text
    for org in record["organisations"]:
        assert org["name"] in body and all(alias in body for alias in org["aliases"])
    for person in record["people"]:
        assert person["name"] in body and person["role"] in body
    for inv in record["investments"]:
        assert f"£{inv['amount_gbp']:,.0f}" in body and inv["description"] in body
    for act in record["actions"]:
        assert act["kind"] in body and act["status"] in body
    assert "£450,000" in body  # the bundled example's investment


def test_page_is_self_contained(example):
    *_, page = example
    html = render_article("Plain text.", {"id": "x"})
    for p in (page, Page(html)):
        assert not [t for t, _ in p.tags if t in ("link", "iframe", "img", "object", "embed")]
        for _, attrs in p.tags:
            for name in ("src", "href", "action"):
                assert not re.match(r"\s*(https?:)?//", attrs.get(name) or ""), attrs
    assert "url(" not in html and "@import" not in html


HOSTILE = 'Intro <script>alert(1)</script> & "Evil <b>Care</b> Home" was rated good.\n'


def hostile_record() -> dict:
    name = 'Evil <b>Care</b> Home"><img src=x onerror=alert(2)>'
    start = HOSTILE.index("<script>")
    org_start = HOSTILE.index("Evil")
    return {
        "id": "<i>id</i>",
        "organisations": [{"name": name, "kind": "location", "aliases": ["<svg onload=alert(3)>"],
                           "evidence": [{"start": org_start, "end": org_start + 22,
                                         "text": HOSTILE[org_start:org_start + 22]}]}],
        "people": [{"name": "</script><script>alert(4)</script>", "role": "<u>boss</u>", "quoted": True}],
        "ratings": [{"subject": name, "service": "<em>wards</em>", "domain": "overall", "rating": "good",
                     "evidence": [{"start": start, "end": start + 25, "text": HOSTILE[start:start + 25]}]}],
        "investments": [{"amount_gbp": 5, "description": "<b>x</b>", "timing": "<i>now</i>"}],
        "actions": [{"kind": "fine", "status": "imposed", "subject": "<a href='http://evil'>x</a>"}],
    }


def test_untrusted_text_and_record_stay_text():
    html = render_article(HOSTILE, hostile_record(), title="<title>t</title>")
    page = Page(html)
    tags = [t for t, _ in page.tags]
    # The only script is ours, and nothing from the text or record became a tag or handler.
    assert tags.count("script") == 1
    assert not {"b", "i", "img", "svg", "u", "em", "a"} & set(tags)
    assert not any(k.startswith("on") for _, attrs in page.tags for k in attrs)
    assert "alert" not in "".join(page.scripts)
    body = page.all_text
    for literal in ("<script>alert(1)</script>", "<img src=x onerror=alert(2)>", "<svg onload=alert(3)>",
                    "</script><script>alert(4)</script>", "<u>boss</u>", "<title>t</title>"):
        assert literal in body
    mark = next(m for m in page.marks if "r0" in m["items"])
    assert mark["text"] == "<script>alert(1)</script>"


def test_evidence_that_does_not_match_the_text_is_left_out_with_a_warning():
    record = {"organisations": [{"name": "Ashgrove Clinic", "kind": "location",
                                 "evidence": [{"start": 0, "end": 8, "text": "Ashgrove"},
                                              {"start": 50, "end": 58, "text": "Ashgrove"}]}]}
    page = Page(render_article("Ashgrove Clinic is small.", record))
    assert [(m["start"], m["end"]) for m in page.marks] == [(0, 8)]
    assert "1 evidence span(s) do not match" in page.all_text


def test_overlapping_evidence_is_cut_into_pieces_that_name_every_item():
    text = "The warning notice served on Brookfield Lodge was lifted."
    org = text.index("Brookfield Lodge")
    record = {
        "organisations": [{"name": "Brookfield Lodge", "kind": "location",
                           "evidence": [{"start": org, "end": org + 16, "text": "Brookfield Lodge"}]}],
        "actions": [{"kind": "warning notice", "status": "lifted", "subject": "Brookfield Lodge",
                     "evidence": [{"start": 4, "end": len(text) - 1, "text": text[4:-1]}]}],
    }
    page = Page(render_article(text, record))
    assert "".join(m["text"] for m in page.marks) == text[4:-1]
    shared = [m for m in page.marks if m["text"] == "Brookfield Lodge"]
    assert len(shared) == 1 and set(shared[0]["items"]) == {"o0", "a0"}
    assert _covered(page, "a0") == set(range(4, len(text) - 1))


# -- the evaluation page -------------------------------------------------------

EVAL_TEXT = "Hollybank Surgery was rated good. Dr Rowan Pike said thanks. Oakfield Trust got £2m."


def _ev(phrase: str) -> list[dict]:
    start = EVAL_TEXT.index(phrase)
    return [{"start": start, "end": start + len(phrase), "text": phrase}]


def eval_report():
    gold = {"id": "g1",
            "organisations": [{"name": "Hollybank Surgery", "kind": "location"},
                              {"name": "Oakfield Trust", "kind": "provider"}],
            "people": [{"name": "Rowan Pike", "role": "gp partner", "quoted": True}],
            "ratings": [{"subject": "Hollybank Surgery", "domain": "overall", "rating": "good"}]}
    pred = {"id": "g1",
            "organisations": [{"name": "Hollybank Surgery", "kind": "location", "evidence": _ev("Hollybank Surgery")}],
            "people": [{"name": "Rowan Pike", "role": "driver", "quoted": True, "evidence": _ev("Rowan Pike")}],
            "ratings": [{"subject": "Hollybank Surgery", "domain": "safe", "rating": "good", "evidence": _ev("good")}],
            "investments": [{"amount_gbp": 2000000, "description": "thanks", "evidence": _ev("£2m")}]}
    report = score_corpus([(gold, pred), ({"id": "g2"}, {"id": "g2"})])
    report.texts = {"g1": EVAL_TEXT, "g2": "Nothing here."}
    return report


def test_evaluation_page_has_every_field_row_with_its_counts():
    report = eval_report()
    html = render_evaluation(report)
    page = Page(html)
    rows = {a["data-field"]: a for t, a in page.tags if t == "tr" and "data-field" in a}
    assert list(rows) == list(FIELDS)
    for field in FIELDS:
        s = report.scores[field]
        assert re.search(rf'data-field="{re.escape(field)}"[^>]*>.*?<td>{s.tp}</td><td>{s.fp}</td><td>{s.fn}</td>', html)
        assert f"{s.f1:.3f}" in html


def test_evaluation_page_lists_errors_with_highlighted_evidence():
    page = Page(render_evaluation(eval_report()))
    body = page.all_text
    articles = [a["data-article"] for t, a in page.tags if t == "details"]
    assert articles == ["g1"]  # g2 has no errors
    assert "missed" in body and "Oakfield Trust" in body  # a missed organisation...
    missed_org = [m for m in page.marks if m["text"] == "Oakfield Trust"]
    assert missed_org  # ...located in the text by its name
    spurious = {m["text"] for m in page.marks}
    assert {"£2m", "good"} <= spurious  # spurious investment and rating at their evidence
    assert re.search(r"role gold\W+gp partner\W+predicted\W+driver", body)  # a wrong people.role value
    for mark in page.marks:
        assert mark["text"] == EVAL_TEXT[mark["start"]:mark["end"]]


def test_evaluation_page_without_texts_still_lists_errors():
    report = eval_report()
    report.texts = {}
    body = Page(render_evaluation(report)).all_text
    assert "Article text not available" in body and "Oakfield Trust" in body


# -- command line ----------------------------------------------------------------

runner = CliRunner()


def test_show_runs_the_pipeline_and_writes_the_page(tmp_path, example_text):
    article = tmp_path / "home.txt"
    article.write_text(example_text, encoding="utf-8")
    out = tmp_path / "page.html"
    result = runner.invoke(app, ["show", str(article), "-o", str(out), "--profile", "fast"])
    assert result.exit_code == 0, result.output
    page = Page(out.read_text(encoding="utf-8"))
    assert "Larkspur House Care Home" in page.all_text and page.chips


def test_show_an_existing_record(tmp_path, example_text, nlp_fast):
    article = tmp_path / "home.txt"
    article.write_text(example_text, encoding="utf-8")
    record = cqc_extract.extract(example_text, id="home", nlp=nlp_fast).model_dump(mode="json")
    record["people"][0]["name"] = "Morag Quill"  # proves the page shows this record, not a new run
    rec = tmp_path / "records.jsonl"
    rec.write_text(json.dumps({"id": "other"}) + "\n" + json.dumps(record) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["show", str(article), "--record", str(rec), "-o", "-"])
    assert result.exit_code == 0, result.output
    assert "Morag Quill" in Page(result.stdout[result.stdout.index("<!DOCTYPE"):]).all_text


def test_show_rejects_a_bad_record_clearly(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Some text.", encoding="utf-8")
    rec = tmp_path / "r.json"
    rec.write_text('{"id": "a", "ratings": [{"rating": "splendid"}]}', encoding="utf-8")
    result = runner.invoke(app, ["show", str(article), "--record", str(rec), "-o", str(tmp_path / "p.html")])
    assert result.exit_code != 0 and "not a valid record" in result.output
    assert not (tmp_path / "p.html").exists()


def test_evaluate_html_writes_the_report(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": "g1", "text": EVAL_TEXT, "gold": {
        "organisations": [{"name": "Oakfield Trust", "kind": "provider"}]}}) + "\n", encoding="utf-8")
    pred = tmp_path / "pred.jsonl"
    pred.write_text(json.dumps({"id": "g1", "organisations": [
        {"name": "Hollybank Surgery", "kind": "location", "evidence": _ev("Hollybank Surgery")}]}) + "\n")
    out = tmp_path / "eval.html"
    result = runner.invoke(app, ["evaluate", "--gold", str(gold), "--pred", str(pred), "--html", str(out)])
    assert result.exit_code == 0, result.output
    page = Page(out.read_text(encoding="utf-8"))
    assert [m["text"] for m in page.marks] == ["Hollybank Surgery", "Oakfield Trust"]
    assert "organisations" in page.all_text


def test_show_reads_html_and_marks_evidence_in_its_text(tmp_path, example_text):
    body = "".join(f"<p>{p}</p>" for p in example_text.split("\n\n"))
    article = tmp_path / "home.html"
    article.write_text(f"<html><head><script>alert('x')</script></head><body>{body}</body></html>",
                       encoding="utf-8")
    out = tmp_path / "page.html"
    result = runner.invoke(app, ["show", str(article), "-o", str(out), "--profile", "fast"])
    assert result.exit_code == 0, result.output
    page = Page(out.read_text(encoding="utf-8"))
    assert "offsets refer to the text of the HTML page" in page.all_text
    assert "alert('x')" not in page.all_text and "<p>" not in page.all_text
    assert any(m["text"] == "Larkspur House Care Home" for m in page.marks)


def test_show_bad_input_is_a_clear_error(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"   \n")
    result = runner.invoke(app, ["show", str(empty), "-o", str(tmp_path / "p.html")])
    assert result.exit_code == 1 and "cannot show" in result.output


@pytest.mark.parametrize("command, option", [("show", "--record"), ("evaluate", "--html")])
def test_help_names_the_review_options(command, option):
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0 and option in result.output


def test_evaluation_page_tags_each_article_and_error_block_with_its_fields():
    page = Page(render_evaluation(eval_report()))
    details = [a for t, a in page.tags if t == "details"]
    assert details[0]["data-fields"].split() == ["organisations", "people.role", "ratings", "investments"]
    blocks = [a["data-field"] for t, a in page.tags if a.get("class") == "field-block"]
    assert blocks == details[0]["data-fields"].split()


def test_use_of_resources_gets_its_own_column_and_error_records_say_why():
    text = "Elmstead Trust was rated good for use of resources."
    page = Page(render_article(text, {"ratings": [
        {"subject": "Elmstead Trust", "domain": "use of resources", "rating": "good"}]}))
    assert [(c["column"], c["row"]) for c in page.chips] == [("use of resources", "Whole subject")]
    assert "col-use-of-resources" not in render_article(text, {"ratings": [{"rating": "good"}]})
    page = Page(render_article(text, {"id": "x", "error": "input too large"}))
    assert "error record: input too large" in page.all_text


def test_evaluation_page_shows_error_records_and_evidence_from_another_text():
    gold = {"id": "g1", "organisations": [{"name": "Oakfield Trust", "kind": "provider"}]}
    stale = {"id": "g2", "organisations": [{"name": "Hollybank Surgery", "kind": "location",
                                            "evidence": [{"start": 0, "end": 9, "text": "Hollybank"}]}]}
    report = score_corpus([(gold, {"id": "g1", "error": "not text: the input looks like a PDF document"}),
                           ({"id": "g2"}, stale)])
    report.texts = {"g1": EVAL_TEXT, "g2": "Something else entirely."}
    page = Page(render_evaluation(report))
    assert "error record: not text: the input looks like a PDF document" in page.all_text
    assert "1 evidence span(s) do not match this text" in page.all_text
    assert [m["text"] for m in page.marks] == ["Oakfield Trust"]  # the miss, located; no stale mark


def test_evaluate_html_with_mentions_adds_the_span_view(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": "g1", "text": EVAL_TEXT, "gold": {
        "organisations": [{"name": "Hollybank Surgery", "kind": "location"}]}}) + "\n", encoding="utf-8")
    pred = tmp_path / "pred.jsonl"
    pred.write_text(json.dumps({"id": "g1", "organisations": [
        {"name": "Hollybank Surgery", "kind": "location", "evidence": _ev("Hollybank Surgery")}]}) + "\n")
    out = tmp_path / "eval.html"
    result = runner.invoke(app, ["evaluate", "--gold", str(gold), "--pred", str(pred), "--mentions",
                                 "--html", str(out), "--json"])
    assert result.exit_code == 0, result.output
    expected = json.loads(result.stdout[:result.stdout.rindex("}") + 1])["mentions"]
    page = Page(out.read_text(encoding="utf-8"))
    rows = [(a["data-kind"], a["data-scheme"]) for t, a in page.tags if a.get("class") == "mention"]
    judged = [k for k, v in expected["kinds"].items() if v["articles"]] + ["all"]
    assert rows == [(k, s) for k in judged for s in ("strict", "exact", "partial", "type")]
    assert "Mentions (evidence spans" in page.all_text


def test_mentions_table_shows_the_counts_it_is_given():
    counts = {"correct": 7, "incorrect": 1, "partial": 2, "missed": 3, "spurious": 4, "p": 0.5, "r": 0.25, "f1": 0.333}
    data = {"kinds": {"people": {"articles": 2, **{s: counts for s in ("strict", "exact", "partial", "type")}},
                      "ratings": {"articles": 0}},
            "all": {s: counts for s in ("strict", "exact", "partial", "type")}}
    html = render_evaluation(eval_report(), mentions=data)
    assert html.count("<td>7</td><td>1</td><td>2</td><td>3</td><td>4</td>") == 8
    assert "Not judged (no gold spans): ratings." in Page(html).all_text
    assert "Mentions (evidence spans" not in render_evaluation(eval_report())
