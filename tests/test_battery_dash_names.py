"""Paraphrase battery: a location's name with a dash whose right part is common words (issue 14).

"Harrowgate Lodge - Care Home", "Pellbrook – Nursing Home", "Sandmere House —
Residential Care": the name as the text writes it is the fullest form (SPEC §2),
so the organisation and the rated subject are the whole dashed name, not its
left part. Near-misses: a dash that is the sentence's own punctuation (an
aside, "X – rated good", "Care home – X") or a page title's site name
("X - CQC", "... - Tarrow Echo", "| Trust news") must not join words to a name.

Each row: (text, names that must be found, names that must not be found, the
set of rated subjects or None when the row checks organisations only). Names
are compared after the scorer's normalisation. Invented names and wording.
"""

from __future__ import annotations

import pytest

from cqc_extract.scoring import normalise
from conftest import assert_organisations, assert_person_organisation

PROFILES = ["nlp", "nlp_fast"]

A = "Harrowgate Lodge - Care Home"
B = "Pellbrook – Nursing Home"
C = "Sandmere House — Residential Care"
D = "The Quarries – Supported Living Service"
E = "Oatfield Grange - Home Care Services"

ROWS = [
    # -- in the first sentence, each dash kind -------------------------------
    (f"{A} has been rated inadequate by inspectors.", [A], ["Harrowgate Lodge"], {A}),
    (f"{B} was rated good after a visit in May.", [B], ["Pellbrook"], {B}),
    (f"{C} was judged to require improvement.", [C], ["Sandmere House"], {C}),
    (f"{D} has been rated outstanding for the first time.", [D], ["The Quarries"], {D}),
    (f"{E} was rated requires improvement overall.", [E], ["Oatfield Grange"], {E}),
    ("Dunsford Rise – Care Home has been given a good rating.", ["Dunsford Rise – Care Home"], [], {"Dunsford Rise – Care Home"}),
    ("Millthorpe Court—Nursing Home was rated inadequate.", ["Millthorpe Court—Nursing Home"], [], {"Millthorpe Court—Nursing Home"}),
    ("Larkspur House -- Residential Home was rated good.", ["Larkspur House -- Residential Home"], [], None),
    # -- other verbs and orders ----------------------------------------------
    (f"Inspectors rated {A} good for caring.", [A], [], {A}),
    (f"The regulator has judged {B} inadequate.", [B], [], {B}),
    (f"Families at {C} welcomed the news that the home is now rated good.", [C], [], None),
    (f"{D} moved up from requires improvement to good.", [D], [], {D}),
    (f"Staff at {A} said they were proud of the result.", [A], [], None),
    (f"The owner of {B} said it accepted the findings.", [B], [], None),
    (f"{C}, which cares for 30 older people, was rated good.", [C], [], {C}),
    (f"{C}, in Tarrow, was rated good.", [C], [], {C}),
    # -- headings, titles, bullets ---------------------------------------------
    (f"{A} rated inadequate\n\nThe home was rated inadequate by inspectors.", [A], [], {A}),
    (f"{B}\n\nThe home has been rated good by the regulator.", [B], [], None),
    (f"Homes inspected this month:\n• {A}\n• {B}\n", [A, B], [], None),
    (f"- {D} was rated good\n- Wexley Park was rated inadequate\n", [D, "Wexley Park"], [], None),
    # -- several words in the tail -------------------------------------------
    ("Cranmoor Hall - Care Home with Nursing was rated good.", ["Cranmoor Hall - Care Home with Nursing"], [], None),
    ("Birchover - Supported Living was rated good.", ["Birchover - Supported Living"], [], None),
    ("Elsworth House – Respite Care was rated requires improvement.", ["Elsworth House – Respite Care"], [], None),
    # -- near-misses: the dash belongs to the sentence ---------------------------
    ("Harrowgate Lodge - a home for 40 people - was rated good.", ["Harrowgate Lodge"], ["Harrowgate Lodge - a home"], {"Harrowgate Lodge"}),
    ("Harrowgate Lodge – rated good by inspectors\n\nThe home was praised.", ["Harrowgate Lodge"], ["Harrowgate Lodge rated"], None),
    ("Care home – Harrowgate Lodge – rated good\n\nThe home was praised.", ["Harrowgate Lodge"], ["Care home Harrowgate Lodge"], None),
    ("Pellbrook House - which cares for 20 people - was rated good.", ["Pellbrook House"], [], {"Pellbrook House"}),
    ("Pellbrook Hospital - the county's main hospital - was rated good.", ["Pellbrook Hospital"], [], {"Pellbrook Hospital"}),
    # -- page titles and site names ---------------------------------------------
    ("Harrowgate Lodge - CQC\n\nHarrowgate Lodge was rated good.", ["Harrowgate Lodge"], ["Harrowgate Lodge - CQC"], {"Harrowgate Lodge"}),
    ("Care home rated good - Tarrow Echo\n\nHarrowgate Lodge was rated good.", ["Harrowgate Lodge"], ["Care home rated good - Tarrow Echo"], {"Harrowgate Lodge"}),
    ("Harrowgate Lodge rated good - BBC News\n\nHarrowgate Lodge was rated good.", ["Harrowgate Lodge"], ["Harrowgate Lodge rated good - BBC News"], {"Harrowgate Lodge"}),
    ("Pellbrook Hospital rated good | Trust news\n\nPellbrook Hospital was rated good.", ["Pellbrook Hospital"], ["Trust news"], {"Pellbrook Hospital"}),
    # -- a dash then a name with its own head: two names or one, as before ------------
    ("Bellmoor Living – Supported Living Services was rated good.", ["Bellmoor Living – Supported Living Services"], [], None),
    ("Tarrow – Wexmoor Hospital rated good\n\nThe hospital was praised.", ["Wexmoor Hospital"], ["Tarrow – Wexmoor Hospital"], None),
    # -- near-misses: key-question lists, titles and people after a dash ---------
    ("Ratings: Safe - Good, Effective – Requires Improvement, Caring - Good", [], ["Safe Good", "Caring Good"], None),
    ("Harrowgate Lodge - Care Home - CQC\n\nHarrowgate Lodge - Care Home was rated good.", [A], ["Harrowgate Lodge - Care Home - CQC", "Harrowgate Lodge"], {A}),
    ("Oakvale Hospital – Maternity Services were rated inadequate.", ["Oakvale Hospital"], ["Oakvale Hospital Maternity Services"], None),
    ("Tarrow Council – Adult Social Care was rated good.", ["Tarrow Council"], ["Tarrow Council Adult Social Care"], None),
    # -- a lower-case tail is no part of the name --------------------------------
    ("Harrowgate Lodge - care home rated good\n\nThe home was rated good.", ["Harrowgate Lodge"], ["Harrowgate Lodge - care home"], None),
]


@pytest.mark.parametrize("fixture", PROFILES)
@pytest.mark.parametrize("text, present, absent, subjects", ROWS)
def test_battery_dash_names(request, fixture, text, present, absent, subjects):
    doc = request.getfixturevalue(fixture)(text)
    assert_organisations(doc, present, absent)
    if subjects is not None:
        got = {normalise(r["subject"] or "") for r in doc._.cqc_record["ratings"]}
        assert got == {normalise(s) for s in subjects}, (sorted(got), subjects)


# (text, person, the organisation spoken for): the title stops at the dash, the name runs on
PEOPLE = [
    ('"We are proud," said Ann Corby, manager of Pellbrook – Nursing Home.', "Ann Corby", B),
    ("Ann Corby, the registered manager at Harrowgate Lodge - Care Home, said staff were proud.", "Ann Corby", A),
    ("Dev Maran, who runs The Quarries – Supported Living Service, said the team was delighted.", "Dev Maran", D),
    ('"We will act," said Ann Corby, manager of Harrowgate Lodge – a home for 30 people.', "Ann Corby", "Harrowgate Lodge"),
]


@pytest.mark.parametrize("fixture", PROFILES)
@pytest.mark.parametrize("text, person, org", PEOPLE)
def test_battery_dash_names_people(request, fixture, text, person, org):
    assert_person_organisation(request.getfixturevalue(fixture)(text), person, org)
