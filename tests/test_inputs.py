"""Input handling (issue 8): decoding, HTML, control characters, bad input, long texts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import cqc_extract
from cqc_extract.chunking import merge_records, split_text
from cqc_extract.inputs import DEFAULT_MAX_CHARS, InputError, html_to_text, looks_like_html, prepare_input

CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "cqc-corpus.jsonl"
ARTICLE = (
    "Northbrook Care Home rated ‘good’ by inspectors\n\n"
    "The Care Quality Commission (CQC) has rated Northbrook Care Home in Eastmoor good overall. "
    "It was previously rated requires improvement.\n\n"
    "Ada Quennell, CQC deputy director, said: “Staff were kind and caring.”"
)


def evidence_slices_hold(record, text: str) -> None:
    """Every evidence item of every field is an exact slice of `text`."""
    for field in ("organisations", "people", "ratings", "investments", "actions"):
        for item in getattr(record, field):
            for ev in item.evidence:
                assert text[ev.start : ev.end] == ev.text, (field, ev)


def ratings_of(record) -> list[tuple]:
    return sorted((r.subject, r.domain, r.rating, r.previous) for r in record.ratings)


# --- decoding ------------------------------------------------------------------


def test_utf8_bytes_decode_without_flags():
    prepared = prepare_input(ARTICLE.encode("utf-8"))
    assert prepared.text == ARTICLE
    assert prepared.source.encoding == "utf-8"
    assert prepared.source.decoding_errors is False
    assert prepared.source.format == "text"
    assert prepared.source.chars == len(ARTICLE)


def test_utf8_bom_is_stripped():
    prepared = prepare_input(b"\xef\xbb\xbf" + ARTICLE.encode("utf-8"))
    assert prepared.text == ARTICLE
    assert prepared.source.encoding == "utf-8-sig"
    assert not prepared.source.decoding_errors


def test_utf16_with_bom_decodes():
    prepared = prepare_input(ARTICLE.encode("utf-16"))
    assert prepared.text == ARTICLE
    assert prepared.source.encoding == "utf-16"


def test_cp1252_smart_quotes_and_pound_sign():
    text = "Northbrook Care Home was rated \u2018good\u2019 and will spend \u00a35 million \u2013 \u201csoon\u201d."
    prepared = prepare_input(text.encode("cp1252"))
    assert prepared.text == text
    assert prepared.source.encoding == "cp1252"
    assert prepared.source.decoding_errors is True  # not UTF-8: the encoding was a guess


def test_latin1_when_cp1252_leaves_a_byte_undefined():
    # 0x81 is undefined in cp1252; latin-1 maps it to a C1 control, which becomes a space.
    data = "Caf\u00e9 Ros\u00e9 care home".encode("latin-1") + b"\x81 rated good"
    prepared = prepare_input(data)
    assert prepared.source.encoding == "latin-1"
    assert prepared.source.decoding_errors is True
    assert prepared.text == "Caf\u00e9 Ros\u00e9 care home  rated good"
    assert prepared.source.control_chars == 1


def test_broken_utf8_bytes_are_replaced_and_flagged():
    data = "Ros\u00e9 House in Eastmoor was rated good \u2013 ".encode("utf-8") + b"\xff\xfe\xc3" + " by the CQC.".encode()
    prepared = prepare_input(data)
    assert prepared.source.encoding == "utf-8"
    assert prepared.source.decoding_errors is True
    assert "Ros\u00e9 House" in prepared.text  # the valid UTF-8 is kept
    assert "\ufffd" in prepared.text
    record = cqc_extract.extract(data, profile="fast")
    assert record.source.decoding_errors is True
    evidence_slices_hold(record, prepared.text)


# --- HTML ----------------------------------------------------------------------

PAGE = """<!DOCTYPE html>
<html><head><title>Northbrook Care Home rated good</title>
<meta charset="utf-8"><style>p { color: red }</style>
<script>document.write("rated inadequate"); var warning = "warning notice";</script></head>
<body><nav><a href="/">Home</a></nav>
<h1>Northbrook Care Home rated &lsquo;good&rsquo;</h1>
<p>The Care Quality Commission (CQC) has rated
   <strong>Northbrook Care Home</strong> in Eastmoor good overall &amp; outstanding for being caring.</p>
<ul><li>Safe: good</li><li>Well-led: good</li></ul>
<noscript>Please enable JavaScript to see the rating inadequate.</noscript>
<template><p>rated inadequate</p></template>
<p>It will spend &pound;2.5&nbsp;million on a new garden room.<br>More to follow.</p>
</body></html>"""


def test_html_is_reduced_to_readable_text():
    prepared = prepare_input(PAGE)
    text = prepared.text
    assert prepared.source.format == "html"
    assert prepared.source.original_chars == len(PAGE)
    for hidden in ("document.write", "color: red", "enable JavaScript", "inadequate", "<", ">"):
        assert hidden not in text
    assert "Northbrook Care Home rated \u2018good\u2019" in text  # entities decoded
    assert "good overall & outstanding" in text
    assert "\u00a32.5\u00a0million" in text
    # Block elements are paragraphs, list items "- " lines, <br> a line break.
    paragraphs = text.split("\n\n")
    assert paragraphs[0] == "Northbrook Care Home rated good"  # the <title>
    assert "- Safe: good\n- Well-led: good" in paragraphs
    assert "It will spend \u00a32.5\u00a0million on a new garden room.\nMore to follow." in paragraphs
    # Whitespace inside a paragraph collapses as a browser would.
    assert "has rated Northbrook Care Home in Eastmoor" in text


def test_html_record_offsets_refer_to_the_reduced_text():
    prepared = prepare_input(PAGE)
    record = cqc_extract.extract(PAGE.encode("utf-8"), profile="fast", format="html")
    assert record.source.format == "html"
    assert record.source.chars == len(prepared.text)
    evidence_slices_hold(record, prepared.text)
    assert ("Northbrook Care Home", "overall", "good", None) in ratings_of(record)
    assert all(r.rating != "inadequate" for r in record.ratings)  # script/noscript/template never read
    assert not record.actions  # the "warning notice" sat in a script


def test_html_sniffing():
    assert looks_like_html(PAGE)
    assert looks_like_html("<p>Northbrook</p><p>rated <b>good</b></p>")
    assert not looks_like_html(ARTICLE)
    assert not looks_like_html("Scores were <5% lower and >3 points higher in a <b> test")
    assert prepare_input(ARTICLE, format="auto").source.format == "text"
    # Forcing "text" keeps the markup as characters.
    assert prepare_input(PAGE, format="text").text.startswith("<!DOCTYPE html>")


def test_malformed_and_deeply_nested_html():
    assert html_to_text("<p>Northbrook <b>Care <i>Home</p> rated good</div></span>") == "Northbrook Care Home\n\nrated good"
    nested = "<div>" * 5000 + "Northbrook Care Home" + "</div>" * 5000
    assert html_to_text(nested) == "Northbrook Care Home"
    assert html_to_text("<p>unclosed <!-- comment") .startswith("unclosed")
    with pytest.raises(InputError, match="no readable text"):
        prepare_input("<html><script>alert(1)</script></html>")


# --- control characters, zero-width, bidi, emoji ----------------------------------


def test_control_characters_become_spaces_one_for_one():
    raw = "Northbrook\x00Care Home\x07 was rated\x1b good\x85.\tNew\r\nline\x7f"
    prepared = prepare_input(raw)
    assert len(prepared.text) == len(raw)
    assert prepared.text == "Northbrook Care Home  was rated  good .\tNew\r\nline "
    assert prepared.source.control_chars == 5
    # Offsets into the cleaned text are offsets into the input.
    for i, (a, b) in enumerate(zip(raw, prepared.text)):
        assert a == b or b == " ", i


def test_lone_surrogates_are_replaced_and_flagged():
    prepared = prepare_input("Northbrook \ud800Care Home rated good")
    assert prepared.text == "Northbrook \ufffdCare Home rated good"
    assert prepared.source.decoding_errors is True
    prepared.text.encode("utf-8")  # serialisable


@pytest.mark.parametrize(
    "decoration",
    [
        "\U0001f3e5\U0001f44d ",  # emoji
        "\u200b\u200c\u200d\u2060",  # zero-width characters between words
        "\u202b\u05d1\u05d9\u05ea \u05d7\u05d5\u05dc\u05d9\u05dd\u202c ",  # right-to-left embedding with Hebrew
        "\u0645\u0633\u062a\u0634\u0641\u0649 \u200f",  # Arabic and a right-to-left mark
        "\ufe0f\u20e3 e\u0301 ",  # combining marks and variation selectors
    ],
)
def test_emoji_rtl_and_zero_width_survive_with_valid_evidence(nlp_fast, decoration):
    text = decoration + ARTICLE.replace("\n\n", "\n\n" + decoration)
    prepared = prepare_input(text)
    assert prepared.text == text  # kept as they are: no offsets shift
    record = cqc_extract.extract(text, nlp=nlp_fast, format="text")
    evidence_slices_hold(record, text)
    assert ("Northbrook Care Home", "overall", "good", "requires improvement") in ratings_of(record)


# --- bad input -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw, message",
    [
        (b"", "empty input"),
        ("", "empty input"),
        (b" \n\t\r\n ", "empty input"),
        ("\u3000\n ", "empty input"),
        ("\x00\x00 \x00", "only control characters"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
        (b"PK\x03\x04\x14\x00\x06\x00word/document.xml", "ZIP"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG"),
        (b"GIF89a\x01\x00", "GIF"),
        (b"\x1f\x8b\x08\x00", "gzip"),
        (b"\x7fELF\x02\x01\x01", "ELF"),
        (bytes(range(256)) * 8, "binary data"),
        (b"\x00" * 100 + b"rated good", "binary data"),
        ("%PDF-1.4 read as text", "PDF"),
        (b"<html><body><script>x()</script></body></html>", "no readable text"),
    ],
)
def test_bad_input_raises_a_clear_input_error(raw, message):
    with pytest.raises(InputError, match=message):
        prepare_input(raw)


def test_size_limit_is_configurable():
    assert DEFAULT_MAX_CHARS == 2_000_000
    with pytest.raises(InputError, match=r"input too large: 1,001 characters, over the limit of 1,000"):
        prepare_input("a" * 1001, max_chars=1000)
    assert prepare_input("a" * 1000, max_chars=1000).source.chars == 1000
    with pytest.raises(InputError, match="bytes cannot fit the limit"):
        prepare_input(b"a" * 4001, max_chars=1000)  # rejected before decoding
    assert prepare_input("a " * 2_000_000, max_chars=None).source.chars == 4_000_000
    with pytest.raises(InputError, match="too large"):
        cqc_extract.extract("a " * 20, profile="fast", format="text", max_chars=10)


def test_unknown_format_and_wrong_type():
    with pytest.raises(InputError, match="unknown input format"):
        prepare_input("text", format="pdf")
    with pytest.raises(TypeError):
        prepare_input(12)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        cqc_extract.extract(12, profile="fast")  # type: ignore[arg-type]


def test_plain_str_keeps_its_old_behaviour(nlp_fast):
    # No format: the str is read as it is, empty gives an empty record, offsets are its own.
    assert cqc_extract.extract("", nlp=nlp_fast).ratings == []
    record = cqc_extract.extract("Northbrook\x00Care Home was rated good.", nlp=nlp_fast)
    evidence_slices_hold(record, "Northbrook\x00Care Home was rated good.")
    assert record.source.format == "text" and record.source.encoding is None


def test_cli_reports_bad_input_without_a_traceback(tmp_path):
    import subprocess
    import sys

    pdf = tmp_path / "report.txt"
    pdf.write_bytes(b"%PDF-1.5\n\x00\x01\x02binary")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    cli = [sys.executable, "-m", "cqc_extract.cli", "extract", "--profile", "fast", "--indent", "0"]
    for path, message in ((pdf, "PDF"), (empty, "empty input")):
        result = subprocess.run([*cli, str(path)], capture_output=True, text=True)
        assert result.returncode == 1
        assert message in result.stderr and "Traceback" not in result.stderr
        assert result.stdout == ""
    result = subprocess.run([*cli, str(page), "--max-chars", "100"], capture_output=True, text=True)
    assert result.returncode == 1 and "too large" in result.stderr
    result = subprocess.run([*cli, str(page)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    record = json.loads(result.stdout)
    assert record["source"]["format"] == "html"
    assert record["id"] == "page"


# --- long texts --------------------------------------------------------------------


def test_split_text_prefers_the_strongest_boundary():
    text = "a" * 60 + "\n\n" + "b" * 20 + ". " + "c" * 10 + "\n" + "d" * 40
    pieces = split_text(text, 100)
    assert "".join(p for _, p in pieces) == text
    assert all(len(p) <= 100 for _, p in pieces)
    assert pieces[0][1] == "a" * 60 + "\n\n"  # the blank line beats the later sentence end and line break
    # A boundary in the first half of the window would make tiny pieces: not taken.
    assert split_text("a" * 10 + "\n\n" + "b" * 200, 100)[0][1] == "a" * 10 + "\n\n" + "b" * 88
    assert all(text[o : o + len(p)] == p for o, p in pieces)
    # No boundary at all: hard cuts.
    assert [len(p) for _, p in split_text("x" * 250, 100)] == [100, 100, 50]
    # A sentence end when there is no line break in reach.
    assert split_text("word " * 10 + "end. " + "word " * 30, 80)[0][1].endswith("end. ")


def test_merge_unions_organisations_and_shifts_offsets():
    ev = lambda s, t: {"start": s, "end": s + len(t), "text": t}  # noqa: E731
    first = {
        "organisations": [{"name": "Northbrook Trust", "kind": "provider", "aliases": ["NT"], "evidence": [ev(0, "NT")]}],
        "people": [{"name": "Ada Quennell", "role": None, "organisation": None, "quoted": False, "evidence": [ev(5, "Ada")]}],
        "ratings": [{"rating": "good", "evidence": [ev(10, "good")]}],
    }
    second = {
        "organisations": [{"name": "Northbrook Trust", "kind": "provider", "aliases": ["NBT", "NT"], "evidence": [ev(1, "NBT")]}],
        "people": [{"name": "Ada Quennell", "role": "chair", "organisation": None, "quoted": True, "evidence": [ev(2, "Ada")]}],
        "ratings": [{"rating": "inadequate", "evidence": [ev(3, "inadequate")]}],
    }
    merged = merge_records([(0, first), (100, second)])
    (org,) = merged["organisations"]
    assert org["aliases"] == ["NT", "NBT"]
    assert [e["start"] for e in org["evidence"]] == [0, 101]
    (person,) = merged["people"]
    assert person["role"] == "chair" and person["quoted"] is True
    assert [(r["rating"], r["evidence"][0]["start"]) for r in merged["ratings"]] == [("good", 10), ("inadequate", 103)]


def _articles(low: int, high: int) -> list[str]:
    rows = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [r["text"] for r in rows if low <= len(r["text"]) <= high]


def _shifted(record, offset: int) -> dict:
    data = record.model_dump(mode="json", exclude={"id", "source"})
    for field in ("organisations", "people", "ratings", "investments", "actions"):
        for item in data[field]:
            item["evidence"] = [{**e, "start": e["start"] + offset, "end": e["end"] + offset} for e in item["evidence"]]
    return data


@pytest.mark.parametrize("profile, count", [("fast", 40), ("accurate", 4)])
def test_long_text_in_pieces_equals_the_articles_one_by_one(profile, count, request):
    """A text over max_length (articles separated by two blank lines) gives
    each article's record, shifted, and evidence slices of the whole text."""
    nlp = request.getfixturevalue("nlp_fast" if profile == "fast" else "nlp")
    # Between 1,500 and 2,500 characters: one article fills a 2,500 piece, two never fit.
    articles = _articles(1500, 2490)[:count]
    assert len(articles) >= 4
    separator = "\n\n\n"
    whole = separator.join(articles)
    saved = nlp.max_length
    nlp.max_length = 2500
    try:
        record = cqc_extract.extract(whole, id="long", nlp=nlp)
    finally:
        nlp.max_length = saved
    assert record.id == "long"
    assert record.source.pieces == len(articles)
    assert record.source.chars == len(whole)
    evidence_slices_hold(record, whole)

    expected: dict = {f: [] for f in ("ratings", "investments", "actions")}
    names: dict = {"organisations": {}, "people": {}}
    offset = 0
    for article in articles:
        one = _shifted(cqc_extract.extract(article, nlp=nlp), offset)
        for field in expected:
            expected[field] += one[field]
        for field in names:
            for item in one[field]:
                names[field].setdefault(item["name"], []).extend(e["start"] for e in item["evidence"])
        offset += len(article) + len(separator)
    got = record.model_dump(mode="json")
    for field in expected:
        assert got[field] == expected[field], field
    for field in names:
        assert {i["name"]: [e["start"] for e in i["evidence"]] for i in got[field]} == names[field], field
