"""cqc_page_layout: the page chrome of a Doc, found once and read by later components.

Texts are invented for these tests (no corpus text). Each row says which
lines of a page are chrome (`doc._.cqc_chrome`) and which are story.
"""

from __future__ import annotations

import pickle

import pytest

PROFILES = ["nlp", "nlp_fast"]


def chrome_lines(nlp, text):
    """The lines of `text` that cqc_page_layout marks as chrome (stripped)."""
    doc = nlp(text)
    ranges = doc._.cqc_chrome
    out = []
    pos = 0
    for line in text.splitlines(keepends=True):
        start = pos
        pos += len(line)
        if line.strip() and any(s <= start < e for s, e in ranges):
            out.append(line.strip())
    return out


CHROME = [
    # masthead first line, byline, share prompt
    ("Ravensby Evening Courier\nCare home told to improve\nBy Tamsin Hollow, Health Reporter\n"
     "Share this article\nFernlea Nursing Home was rated inadequate.",
     ["Ravensby Evening Courier", "By Tamsin Hollow, Health Reporter", "Share this article"]),
    # breadcrumbs and the notes-to-editors tail
    ("Home > News > Regional\nKettleby Surgery was rated good.\nNotes to editors\nThe practice has 9,000 patients.",
     ["Home > News > Regional", "Notes to editors", "The practice has 9,000 patients."]),
    # a care provider's own name as the first line is a headline, not a masthead
    ("Alderbank Hospital\nAlderbank Hospital was rated good.", []),
]


@pytest.mark.parametrize("fixture", PROFILES)
@pytest.mark.parametrize("text,expected", CHROME)
def test_chrome_lines(request, fixture, text, expected):
    assert chrome_lines(request.getfixturevalue(fixture), text) == expected


def test_chrome_is_also_a_span_group(nlp):
    doc = nlp("Home > News > Regional\nKettleby Surgery was rated good.")
    assert [span.text for span in doc.spans["cqc_chrome"]] == ["Home > News > Regional"]


def test_runs_before_organisations_and_people(nlp):
    names = nlp.pipe_names
    assert names.index("cqc_page_layout") < names.index("cqc_organisations") < names.index("cqc_people")


def test_later_components_read_the_ranges_it_wrote(nlp_fast):
    """Organisations and people take nothing from what cqc_page_layout marks,
    and nothing else: a range written by hand is obeyed."""
    text = "Kettleby Surgery was rated good by inspectors.\nAlderbank Hospital was rated good."
    doc = nlp_fast.make_doc(text)
    for name, proc in nlp_fast.pipeline:
        if name == "cqc_page_layout":
            doc._.cqc_chrome = [[0, text.index("\n") + 1]]
            continue
        doc = proc(doc)
    assert [o["name"] for o in doc._.cqc_organisations] == ["Alderbank Hospital"]


def test_component_pickles(nlp):
    component = nlp.get_pipe("cqc_page_layout")
    clone = pickle.loads(pickle.dumps(component))
    doc = clone(nlp.make_doc("Share this article\nThe trust was rated good."))
    assert doc._.cqc_chrome == [[0, 19]]


MORE_CHROME = [
    # "Ends" closes the story, but a press-office contact block after it is story (SPEC §2)
    ("Kettleby Surgery was rated good.\nEnds\nFor further information contact Mina Roy, regional engagement manager.\n"
     "Notes to editors\nThe practice has 9,000 patients.",
     ["Ends", "Notes to editors", "The practice has 9,000 patients."]),
    # a topics line of a law firm's blog; a first line whose head word is inside it
    ("Quillfield Court Chambers\nTopics covered: Fernlea Nursing Home, CQC, prosecutions\nThe home was fined.",
     ["Quillfield Court Chambers", "Topics covered: Fernlea Nursing Home, CQC, prosecutions"]),
]


@pytest.mark.parametrize("fixture", PROFILES)
@pytest.mark.parametrize("text,expected", MORE_CHROME)
def test_more_chrome_lines(request, fixture, text, expected):
    assert chrome_lines(request.getfixturevalue(fixture), text) == expected


def test_contact_block_person_is_found(nlp):
    text = ("Kettleby Surgery was rated good.\nEnds\nFor further information please contact Mina Roy, "
            "CQC Regional Engagement Manager, on 0100 000 0000.\n")
    assert [p["name"] for p in nlp(text)._.cqc_people] == ["Mina Roy"]


def test_inline_photo_credit_is_chrome_but_not_its_line(nlp):
    text = "2. Alderbank Hospital - Good Safe - Good Ivor Lane Pressmedia Buy a Photo\n3. Wexmoor Hospital - Good\n"
    doc = nlp(text)
    credit = text.index("Ivor")
    assert [tuple(r) for r in doc._.cqc_chrome] == [(credit, text.index("\n"))]
    assert {"Alderbank Hospital", "Wexmoor Hospital"} <= {o["name"] for o in doc._.cqc_organisations}
    assert doc._.cqc_people == []


def test_outlet_label_line_is_chrome(nlp):
    text = "The home was rated good.\n\nTarrow Evening Post:\n\nMeanwhile, Brook Lodge was rated inadequate.\nHide Ad\n"
    assert chrome_lines(nlp, text) == ["Tarrow Evening Post:", "Hide Ad"]
    assert "Tarrow Evening Post" not in {o["name"] for o in nlp(text)._.cqc_organisations}
