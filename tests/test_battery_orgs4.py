"""Paraphrase battery 4: where an organisation name starts and stops, outlets
and parties, and capitalised common nouns that are no names (issue 14).

Every text is invented for this battery (no corpus text, invented names); the
rows do not repeat test_battery_orgs.py, test_battery_orgs2.py,
test_battery_orgs3.py, test_battery_nerorg.py or test_battery_dash_names.py.
Families:
- boundaries: a name is cut at a comma, a dash, a bracket or an "and" between
  two complete names; it does not run on over "at" and a place, over a job
  title before "at" ("the Director of Nursing at X"), or over a title after
  a possessive ("X's Director of Nursing"); joint bodies with "and" inside
  ("A and B Partnership NHS Trust", "A and B Integrated Care Board") and
  names ending in "Partnership NHS Foundation Trust", "University Health
  Board" stay whole;
- outlets, publishers and parties named in a story (SPEC §2: every named
  organisation; the gold counts a news outlet, a web publisher, a party);
- capitalised common or service nouns that are no names ("Adult Social Care",
  "Maternity Services", "Special Measures", a job title).

Rows: (text, names that must be found, names that must not be found),
compared after the scorer's normalisation with a found organisation's name or
any of its aliases. Every row runs in both profiles.
"""

from __future__ import annotations

import pytest

from conftest import assert_organisations, family_cases

FAMILIES = {
    "joint": [
        ("Patients of Harrowdale and Fenmoor Partnership NHS Trust were told the wards would reopen.",
         ["Harrowdale and Fenmoor Partnership NHS Trust"], ["Harrowdale", "Fenmoor Partnership NHS Trust"]),
        ("Kellingford and Rusham Health and Care Partnership said it would study the report.",
         ["Kellingford and Rusham Health and Care Partnership"], ["Rusham Health and Care Partnership"]),
        ("The CQC rated Ashwick and Dunmere Mental Health NHS Foundation Trust as requires improvement.",
         ["Ashwick and Dunmere Mental Health NHS Foundation Trust"], ["Dunmere Mental Health NHS Foundation Trust"]),
        ("Services run by Tolland Valley Partnership NHS Foundation Trust were inspected in May.",
         ["Tolland Valley Partnership NHS Foundation Trust"], ["Tolland Valley Partnership"]),
        ("A spokesperson for Carrow Vale University Health Board said lessons had been learned.",
         ["Carrow Vale University Health Board"], ["Carrow Vale University"]),
        ("The Brenmoor and Saltash Integrated Care Board said it was working with the trust.",
         ["Brenmoor and Saltash Integrated Care Board"], ["Saltash Integrated Care Board"]),
        ("Brenmoor, Saltash and Kellow Integrated Care Board welcomed the report.",
         ["Brenmoor, Saltash and Kellow Integrated Care Board"], ["Kellow Integrated Care Board"]),
        ("North Carrow and Wexmoor Partnership NHS Foundation Trust runs mental health services.",
         ["North Carrow and Wexmoor Partnership NHS Foundation Trust"], ["Wexmoor Partnership NHS Foundation Trust"]),
        ("Carrow Vale Mental Health Partnership NHS Trust was told to make improvements.",
         ["Carrow Vale Mental Health Partnership NHS Trust"], []),
        ("Chair of Harrowdale Health and Wellbeing Board Cllr Jo Penn said the plans were welcome.",
         ["Harrowdale Health and Wellbeing Board"], []),
    ],
    "split": [
        ("Inspectors visited Elmbridge Hospital and Wexcombe Hospital in March.",
         ["Elmbridge Hospital", "Wexcombe Hospital"], ["Elmbridge Hospital and Wexcombe Hospital"]),
        ("Staff at Pelling General Hospital and Ormside Community Hospital were praised.",
         ["Pelling General Hospital", "Ormside Community Hospital"], []),
        ("The trust, which runs Larchfield Hospital, Dunmere General Hospital and Ashwick Community Hospital, was rated good.",
         ["Larchfield Hospital", "Dunmere General Hospital", "Ashwick Community Hospital"], []),
        ("Fenwick Lodge and Tamsin Care said they accepted the findings.",
         ["Fenwick Lodge", "Tamsin Care"], ["Fenwick Lodge and Tamsin Care"]),
        ("St Aldric's Hospice and Harrowdale NHS Trust have agreed to share staff.",
         ["St Aldric's Hospice", "Harrowdale NHS Trust"], []),
        # a headless body the text names alone elsewhere, "and", a complete name: two bodies
        ("Brightwell Living and Harrowdale NHS Trust agreed to work together. Brightwell Living said it was pleased.",
         ["Brightwell Living", "Harrowdale NHS Trust"], ["Brightwell Living and Harrowdale NHS Trust"]),
        ("Staff from Orvane Homes and Pellow Care Ltd were interviewed. Orvane Homes runs four homes.",
         ["Orvane Homes", "Pellow Care Ltd"], []),
        # a place in a joint name stays (used after "in" elsewhere)
        ("Kellow Vale and Brenmoor NHS Trust was rated good. Patients in Kellow Vale were pleased.",
         ["Kellow Vale and Brenmoor NHS Trust"], ["Brenmoor NHS Trust"]),
        ("Orchard Vale Surgery and Pelling Health Centre merged in 2020.",
         ["Orchard Vale Surgery", "Pelling Health Centre"], []),
        ("The Mid Carrow Hospitals NHS Trust and the Tolland Teaching Hospitals NHS Foundation Trust will merge.",
         ["Mid Carrow Hospitals NHS Trust", "Tolland Teaching Hospitals NHS Foundation Trust"], []),
    ],
    "cut": [
        ("Harrowdale NHS Trust, the county's largest employer, was rated inadequate.",
         ["Harrowdale NHS Trust"], []),
        ("The report on Harrowdale NHS Trust - published on Tuesday - found serious failings.",
         ["Harrowdale NHS Trust"], []),
        ("Inspectors visited Rosewood House\u2014run by Kelling Care\u2014and found failings.",
         ["Rosewood House", "Kelling Care"], []),
        ("Rosewood House (run by Kelling Care Ltd) was rated inadequate.",
         ["Rosewood House", "Kelling Care Ltd"], []),
        ("Harrowdale NHS Trust chief executive Tom Reed said he was sorry.",
         ["Harrowdale NHS Trust"], ["Harrowdale NHS Trust chief executive Tom Reed"]),
        # a person's name, "of" and a body at a sentence's start, no NER PERSON: read as one name (a
        # rule cutting it before a speech verb lowered the check set's people.organisation)
        ("Tom Reed of Orvane Healthcare said the company was sorry.",
         ["Orvane Healthcare"], ["Tom Reed of Orvane Healthcare"]),
        ("Chief executive of Orland Care Group Pete Simmons said the home would close.",
         ["Orland Care Group"], ["Orland Care Group Pete Simmons"]),
        ("Nurses at Pelling House Nursing Home, Tolland Road, Fenmoor were praised.",
         ["Pelling House Nursing Home"], ["Tolland Road"]),
        ("Ashgrove Court, in Mellow Lane, Tolland, was rated good.",
         ["Ashgrove Court"], ["Mellow Lane"]),
    ],
    "at": [
        # a place after "at" is no part of a name that already ends in its head
        ("The home, run by Orland Care Group at Fenmoor, was rated inadequate.",
         ["Orland Care Group"], ["Orland Care Group at Fenmoor"]),
        ("The agency is operated by Brindle Healthcare Ltd at Ashwick.",
         ["Brindle Healthcare Ltd"], ["Brindle Healthcare Ltd at Ashwick"]),
        ("Inspectors found problems at Fenwick Lodge at Upper Harlow, a home for 30 people.",
         ["Fenwick Lodge"], ["Upper Harlow"]),
        ("Concerns were raised about Fallowmere House at Lower Tolland, a care home for people with dementia.",
         ["Fallowmere House"], ["Lower Tolland"]),
        ("Staff from Harrowdale NHS Trust at Pelling General Hospital raised concerns.",
         ["Harrowdale NHS Trust", "Pelling General Hospital"], []),
        # a job title before "at" is no part of the name after it
        ("The Director of Nursing at Harrowdale Hospitals NHS Foundation Trust said the unit would reopen.",
         ["Harrowdale Hospitals NHS Foundation Trust"], ["Nursing at Harrowdale Hospitals NHS Foundation Trust"]),
        ("The Head of Quality at Kelling Care Ltd told inspectors the checks had been done.",
         ["Kelling Care Ltd"], ["Quality at Kelling Care Ltd"]),
        ("A Deputy Director of Adult Social Care at Carrow County Council said residents were safe.",
         ["Carrow County Council"], ["Adult Social Care at Carrow County Council"]),
        # a title after a possessive is no part of the owner's name
        ("Harrowdale Hospitals NHS Foundation Trust's Director of Nursing said the unit would reopen.",
         ["Harrowdale Hospitals NHS Foundation Trust"], []),
        ("Kelling Care Ltd's Head of Operations said the findings were being studied.",
         ["Kelling Care Ltd"], []),
    ],
    "outlets": [
        ("The figures were first reported by the Wexmoor Gazette.", ["Wexmoor Gazette"], []),
        ("Speaking to the Carrow Evening Post, the manager said staff had worked hard.", ["Carrow Evening Post"], []),
        ("A Wexmoor Echo investigation found the home had been understaffed.", ["Wexmoor Echo"], []),
        ("When Healthnews.co.uk looked at the figures last week, 40 homes were rated inadequate.", ["Healthnews.co.uk"], []),
        ("The findings were shared with the Tolland Journal.", ["Tolland Journal"], []),
        ("The home was among 30 rated inadequate, according to an analysis by Carenews.com of the data.",
         ["Carenews.com"], []),
        ("The Green Party councillor said the home should never have reopened.", ["Green Party"], []),
        ("Labour councillor Amy Hart said the council must act.", ["Labour"], []),
    ],
    "common": [
        ("A spokesperson for the council's Adult Social Care department said residents had been moved.",
         [], ["Adult Social Care"]),
        ("Adult Social Care is now working closely with the home's managers.", [], ["Adult Social Care"]),
        ("The report said Maternity Services at the hospital required improvement.", [], ["Maternity Services"]),
        ("The trust was placed in Special Measures in 2019.", [], ["Special Measures"]),
        ("The home's Activities Coordinator organised trips for residents.", [], ["Activities Coordinator"]),
        ("Inspectors spoke to the Registered Manager and the Nominated Individual.", [], ["Registered Manager", "Nominated Individual"]),
        ("The Emergency Department was busy during the inspection.", [], ["Emergency Department"]),
        ("The home is at 14 Pelling Road, Fenmoor.", [], ["Pelling Road"]),
        ("Supported Living was rated good.", [], ["Supported Living"]),
        ("Child and Adolescent Mental Health Services were rated inadequate.", [],
         ["Child and Adolescent Mental Health Services"]),
        ("Patient Transport Services have been rated good.", [], ["Patient Transport Services"]),
        ("The trust's Forensic Services were judged outstanding.", [], ["Forensic Services"]),
        ("Brightwell Living runs supported living services in Fenmoor. Brightwell Living was rated good.",
         ["Brightwell Living"], []),
        ("The home at 22 Station Road was rated good.", [], ["Station Road"]),
        ("The practice at 3 Orchard Parade has been rated requires improvement.", [], ["Orchard Parade"]),
        # a body's department after its possessive is no part of its name
        ("Tolland Council's Adult Social Care team visited the home.",
         ["Tolland Council"], ["Tolland Council's Adult Social Care", "Adult Social Care"]),
        ("Harrowdale Council's Children's Services department was rated outstanding by Ofsted.",
         ["Harrowdale Council"], ["Harrowdale Council's Children's Services"]),
        ("Harrowdale Hospital's Urgent Treatment Centre was rated good.",
         ["Harrowdale Hospital"], ["Harrowdale Hospital's Urgent Treatment Centre"]),
        ("Kelling Care Ltd's Maternity Services were rated good.",
         ["Kelling Care Ltd"], ["Kelling Care Ltd's Maternity Services"]),
        # a rest made only of head words may be a name's own words ("X Hospital's NHS Trust")
        pytest.param("Kelling Care Ltd's Home Care Services were rated good.",
                     ["Kelling Care Ltd"], ["Kelling Care Ltd's Home Care Services"],
                     marks=pytest.mark.xfail(reason="a rest of head words only is kept whole", strict=True)),
        ("The CQC's State of Care report found services under strain.", ["CQC"], ["CQC's State of Care"]),
        # common words before "at" are no part of the name after it
        ("The Board of Directors at Harrowdale NHS Trust met on Monday.",
         ["Harrowdale NHS Trust"], ["Board of Directors at Harrowdale NHS Trust"]),
        ("Services for Older People at Harrowdale Hospital were praised.",
         ["Harrowdale Hospital"], ["Services for Older People at Harrowdale Hospital"]),
        # a town's possessive before a saint's name
        ("Patients at Harrowdale's St Mary's Hospital waited too long.",
         ["St Mary's Hospital"], ["Harrowdale's St Mary's Hospital"]),
    ],
    # a body with no head word that owns, runs or buys homes, with a tense or an adverb before the verb
    "operator": [
        ("Brambleford Living has bought three care homes from the administrators.", ["Brambleford Living"], []),
        ("Brambleford Living now operates 19 homes across the county.", ["Brambleford Living"], []),
        ("Last spring Quellmoor has acquired two homes in the town.", ["Quellmoor"], []),
        ("In 2024 Tarnwick Living purchased the home from its founders.", ["Tarnwick Living"], []),
        ("Ostley Haven also manages a day centre nearby.", ["Ostley Haven"], []),
    ],
}


@pytest.mark.parametrize("family,text,present,absent", family_cases(FAMILIES))
def test_orgs_battery4(pipeline, family, text, present, absent):
    assert_organisations(pipeline(text), present, absent)
