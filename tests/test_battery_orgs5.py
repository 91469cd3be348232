"""Paraphrase battery 5: joint bodies, parts of a body, town-and-centre pairs,
news outlets named by a reporting cue and acronym aliases (issue 14).

Every text is invented for this battery (no corpus text, invented names); the
rows do not repeat test_battery_orgs.py .. test_battery_orgs4.py,
test_battery_nerorg.py, test_battery_dash_names.py or
test_battery_people_org.py. Families:
- joint: a national body whose name holds "and" stays whole (a regulator of
  the vocabulary, "X and Y Ombudsman" whose left part is only generic and head
  words); "A and B Partnership NHS (Foundation) Trust" stays whole;
- part: a part or the people of a body before "of"/"at" and a complete name
  ("the Board of X Trust", "Council of Governors of X", "Trustees of X") name
  that body, not a body of their own; "of" between a location's and a provider's
  complete names joins two bodies ("X Hospital of Y NHS Trust"); "Friends of X", "University of X"
  stay whole;
- town: a town joined by "and" to a centre is no organisation;
- outlets: a news outlet a reporting cue names ("told the X", "speaking to X
  News", "The Herald reports", "an X investigation") is an organisation (SPEC
  2: every named organisation); near-misses: a person, "NHS", a common word;
- acronym: an acronym of a named body (in brackets, or with initials that fit,
  the text's leading "The" included) is its alias, never an organisation of
  its own;
- the: a leading "The" of a name is kept or dropped without losing the name.

Rows: (text, names that must be found, names that must not be found),
compared after the scorer's normalisation with a found organisation's name or
any of its aliases; acronym rows: (text, name, acronym) where the acronym is
an alias of the name and names no organisation of its own. Rows run in both
profiles.
"""

from __future__ import annotations

import pytest

from conftest import assert_organisations, family_cases

FAMILIES = {
    "joint": [
        ("NHS England and NHS Improvement said support would be offered to the trust.",
         ["NHS England and NHS Improvement"], []),
        ("The Local Government and Community Care Ombudsman upheld the complaint.",
         ["Local Government and Community Care Ombudsman"], ["Community Care Ombudsman"]),
        ("A complaint went to the National Government and Housing Care Ombudsman last year.",
         ["National Government and Housing Care Ombudsman"], ["Housing Care Ombudsman", "National Government"]),
        ("Staff at Brenley and Crane Valley Partnership NHS Trust were praised.",
         ["Brenley and Crane Valley Partnership NHS Trust"], ["Crane Valley Partnership NHS Trust"]),
        ("The Dunholt and Kestlow Partnership NHS Foundation Trust was rated good.",
         ["Dunholt and Kestlow Partnership NHS Foundation Trust"], ["Kestlow Partnership NHS Foundation Trust"]),
        ("Inspectors visited wards run by Orsham Community Partnership NHS Foundation Trust.",
         ["Orsham Community Partnership NHS Foundation Trust"], ["Orsham Community"]),
    ],
    "part": [
        ("The Board of Tamsey Hospitals NHS Trust met on Monday.",
         ["Tamsey Hospitals NHS Trust"], ["Board of Tamsey Hospitals NHS Trust"]),
        ("A letter from the Council of Governors of Brackwell NHS Trust was sent.",
         ["Brackwell NHS Trust"], ["Council of Governors of Brackwell NHS Trust"]),
        ("The Governing Body of Orrin Valley Clinical Commissioning Group approved the plan.",
         ["Orrin Valley Clinical Commissioning Group"], ["Governing Body of Orrin Valley Clinical Commissioning Group"]),
        ("Papers for the Board of Directors of Pellow Care Ltd were published.",
         ["Pellow Care Ltd"], ["Board of Directors of Pellow Care Ltd", "Directors of Pellow Care Ltd"]),
        ("The Trustees of Kestlow Hospice Trust met on Friday.",
         ["Kestlow Hospice Trust"], ["Trustees of Kestlow Hospice Trust"]),
        ("Members of Brackwell Borough Council voted against the plan.",
         ["Brackwell Borough Council"], ["Members of Brackwell Borough Council"]),
        ("Governors of Dunholt NHS Foundation Trust were told of the rating.",
         ["Dunholt NHS Foundation Trust"], ["Governors of Dunholt NHS Foundation Trust"]),
        ("Relatives of Tamsey Lodge residents complained to the council.",
         ["Tamsey Lodge"], ["Relatives of Tamsey Lodge"]),
        ("The Chair of Governors of Orrin Hospitals NHS Foundation Trust resigned.",
         ["Orrin Hospitals NHS Foundation Trust"], ["Governors of Orrin Hospitals NHS Foundation Trust"]),
        ("Pupils at St Anne's Church of England Primary School sang for the residents.",
         ["St Anne's Church of England Primary School"], ["England Primary School"]),
        # "of" between two complete names: a location, then its provider
        ("Kestlow General Hospital of Tamsey Hospitals NHS Trust was rated good.",
         ["Kestlow General Hospital", "Tamsey Hospitals NHS Trust"], ["Kestlow General Hospital of Tamsey Hospitals NHS Trust"]),
        ("Pellow House of Kestlow Care Ltd was rated requires improvement.",
         ["Pellow House", "Kestlow Care Ltd"], ["Pellow House of Kestlow Care Ltd"]),
        # a title, a field of common words, "of" and the body
        ("The Director of Adult Social Services of Kestlow County Council said residents were safe.",
         ["Kestlow County Council"], ["Adult Social Services of Kestlow County Council"]),
        # a body of its own named with "of": whole
        ("The Friends of Kestlow Hospital raised money for a new scanner.",
         ["Friends of Kestlow Hospital"], ["Kestlow Hospital"]),
        ("The University of Kestlow ran the study with Tamsey Hospital.",
         ["University of Kestlow", "Tamsey Hospital"], []),
    ],
    "town": [
        ("Volunteers from Brackwell and the Tamsey Centre ran the sessions.",
         ["Tamsey Centre"], ["Brackwell", "Brackwell and the Tamsey Centre"]),
        ("The charity runs groups in Dunholt and the Ferris Medical Centre.",
         ["Ferris Medical Centre"], ["Dunholt", "Dunholt and the Ferris Medical Centre"]),
        ("Workers from Kestlow and the Tamsey Day Centre met the minister.",
         ["Tamsey Day Centre"], ["Kestlow"]),
        ("The partnership between Brackwell and the Orrin Hospice began in 2020.",
         ["Orrin Hospice"], ["Brackwell"]),
    ],
    "outlets": [
        ("The home's manager told the KBN that staff had worked hard.", ["KBN"], []),
        ("Speaking to WRT News, the chief executive said she was sorry.", ["WRT News"], []),
        ("In an interview with Channelside News, the minister said more money would come.", ["Channelside News"], []),
        ("The Herald reports that the home had been warned twice.", ["Herald"], []),
        ("The findings were first reported by The Observer.", ["Observer"], []),
        ("The KBN reported that the home would close.", ["KBN"], []),
        ("Families came forward after an investigation by KBN Eastshire and Fenbury Radio last spring.",
         ["KBN Eastshire"], ["KBN Eastshire and Fenbury Radio"]),
        ("A TNX investigation found the unit had been short of staff.", ["TNX"], []),
        ("According to the Kestlow Star, the home will close in May.", ["Kestlow Star"], []),
        # near-misses: a person, a common acronym, a body that is no outlet
        ("The manager told Mary Penn that the home would stay open.", [], ["Mary Penn"]),
        ("The inspectors told NHS bosses the ward was unsafe.", [], ["NHS"]),
        ("The Trust reported a deficit of two million pounds.", [], ["Trust"]),
        ("Residents told the CQC they felt safe. The Care Quality Commission rated the home good.",
         ["Care Quality Commission"], []),
    ],
    "the": [
        ("Staff at The Brackwell Hospital said the ward was full. The Brackwell Hospital has 400 beds.",
         ["The Brackwell Hospital"], []),
        ("The Orrin Group runs the home. A spokesperson for The Orrin Group said it was sorry.", ["The Orrin Group"], []),
        ("Staff at The Orrin Group's Kestlow House said they were proud.",
         ["Orrin Group", "Kestlow House"], ["Orrin Group's Kestlow House"]),
        ("Families said The Kestlow Centre for Autism was a lifeline.",
         ["Kestlow Centre for Autism"], ["Kestlow Centre"]),
    ],
}

ACRONYMS = [
    ("Lanmoor Healthcare (LH) runs the home. LH said it would appeal.", "Lanmoor Healthcare", "LH"),
    ("The home is run by Pellow Vale Care Trust (PVCT). PVCT said it accepted the findings.", "Pellow Vale Care Trust", "PVCT"),
    ("Kessington Community Health NHS Trust has been rated good. A KCHT spokesperson said staff were proud.",
     "Kessington Community Health NHS Trust", "KCHT"),
    ("Kestlow Valley NHS Foundation Trust was rated good. KVFT said staff were proud.",
     "Kestlow Valley NHS Foundation Trust", "KVFT"),
    ("The Tamsey and Orrin Hospitals NHS Trust was rated inadequate. TOHT chief executive Amy Hale apologised.",
     "Tamsey and Orrin Hospitals NHS Trust", "TOHT"),
    ("Tamsey Royal Infirmary was rated good. The TRI's emergency department was rated inadequate.",
     "Tamsey Royal Infirmary", "TRI"),
    # the text's "The" stands in the acronym, whether the item keeps it or not
    ("The homes are run by The Ferncombe Care Partnership. TFCP said it was pleased.", "Ferncombe Care Partnership", "TFCP"),
    ("The Ferncombe Care Partnership runs homes. TFCP was rated good.", "Ferncombe Care Partnership", "TFCP"),
]


@pytest.mark.parametrize("family,text,present,absent", family_cases(FAMILIES))
def test_orgs_battery5(pipeline, family, text, present, absent):
    assert_organisations(pipeline(text), present, absent)


@pytest.mark.parametrize("text,name,acronym", ACRONYMS)
def test_orgs_battery5_acronym_is_alias(pipeline, text, name, acronym):
    from cqc_extract.scoring import normalise

    doc = pipeline(text)
    found = assert_organisations(doc, [name, acronym], [])
    assert found[normalise(acronym)] == found[normalise(name)], found
    names = {normalise(o["name"]) for o in doc._.cqc_organisations}
    assert normalise(acronym) not in names, names
