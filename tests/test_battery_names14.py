"""Paraphrase battery 14: organisations and people on real-style pages (issue 14, session 14).

Every text is invented for this battery (invented names, new wording; nothing
from any corpus); the rows do not repeat test_battery_orgs*.py or the people
batteries. Families:
- typeless: a one-word name with no type word, known from its role in the
  sentence ("run by X", "X, which runs 14 homes, said", "a spokesperson for X
  said", "X's chief executive", "X, the company behind ..."); near-misses where
  the capitalised word is a place, a month, a person or a heading word;
- address: a home named by its street address in a sentence with no care-home
  cue beside it, once the page has named it;
- bounds: two bodies joined by "and", a place after ", at", a dash before
  "part of the X group": each name ends where it should;
- untitled: a person quoted with no title ("said Jo Marsh", "Jo Marsh said:"),
  honorifics before and letters after the name: found, quoted, role null and
  no organisation unless the text ties one;
- services: capitalised service or common nouns ("Adult Social Care",
  "Registered Manager", "Urgent Care", "Care Homes", "Continuing Healthcare",
  "Residential Care") are no organisations.

Rows: ORG rows (text, names that must be found, names that must not be found);
SUBJECTS rows (text, the one rated subject); PEOPLE rows (text, person, role or None,
organisation or None, quoted). Fast profile.
"""

from __future__ import annotations

import pytest

from cqc_extract.scoring import normalise
from conftest import assert_organisations, assert_person_organisation, family_cases

HOME = "Larchfield House, a care home in Denby, has been rated requires improvement by the Care Quality Commission.\n\n"

FAMILIES = {
    "typeless": [
        (HOME + "Quillmere, which runs 14 homes across the county, said it accepted the findings.",
         ["Quillmere"], []),
        (HOME + "A spokesperson for Quillmere said improvements were already under way.",
         ["Quillmere"], []),
        (HOME + "The home's owner, Quillmere, said it was disappointed.",
         ["Quillmere"], []),
        (HOME + "Quillmere, the company behind the home, said it was disappointed.",
         ["Quillmere"], []),
        # near-misses: a place, a month, a heading word
        (HOME + "In March, inspectors found the home had improved. Denby's new GP surgery opened in May.",
         ["Larchfield House"], ["March", "Denby", "May"]),
        (HOME + "Background\n\nInspectors visited in March. Findings said the staffing was poor.",
         ["Larchfield House"], ["Background", "Findings"]),
        # near-misses (review of session 14): a one-word name before a lower-case noun (an activity), or
        # an owner who "said he" (a person)
        (HOME + "Tom Reed, who founded Kwizzo nights for the residents, said the home was lovely.",
         ["Larchfield House"], ["Kwizzo"]),
        (HOME + "The home's owner, Dunstan, said he was disappointed.",
         ["Larchfield House"], ["Dunstan"]),
    ],
    "address": [
        ("14 Fenwick Road is a care home for six adults in Denby.\n\nInspectors rated the service requires improvement.",
         ["14 Fenwick Road"], ["Fenwick Road"]),
        ("3 Alder Close, Denby, was rated good by the Care Quality Commission.",
         ["3 Alder Close"], ["Alder Close", "Denby"]),
        # near-misses: an address after a named home is its address; "the home at N Street" names no home
        (HOME + "Larchfield House, 12 Orchard Way, Denby, has 40 beds.",
         ["Larchfield House"], ["12 Orchard Way"]),
        (HOME + "The home at 12 Orchard Way was rated good.",
         ["Larchfield House"], ["12 Orchard Way", "Orchard Way"]),
        ("12 Nurses Were Praised\n\nLarchfield House is a care home for 30 people in Denby.",
         ["Larchfield House"], ["Nurses Were Praised", "12 Nurses Were Praised"]),
    ],
    "bounds": [
        ("The homes are run by Pellow Care Ltd and Fenwick Homes, both based in Denby.",
         ["Pellow Care Ltd", "Fenwick Homes"], ["Pellow Care Ltd and Fenwick Homes"]),
        ("Rosedene, at Kirkby, was rated good by the Care Quality Commission.",
         ["Rosedene"], ["Rosedene, at Kirkby", "Kirkby"]),
        ("Rosedene – part of the Ashcombe Care group – was rated good by the Care Quality Commission.",
         ["Rosedene", "Ashcombe Care"], []),
        # near-miss: "Care and Support Ltd" is one company's fields
        ("The home is run by Tarrow Care and Support Ltd and was rated good.",
         ["Tarrow Care and Support Ltd"], ["Support Ltd"]),
        # after a suffix and "and" the second name is read on its own (no person)
        ("The home is run by Pellow Care Ltd and Brindle Villas was rated good in March.",
         ["Pellow Care Ltd", "Brindle Villas"], []),
    ],
    "services": [
        (HOME + "The report was shared with Adult Social Care and the Registered Manager.",
         ["Larchfield House"], ["Adult Social Care", "Registered Manager"]),
        (HOME + "Patients were sent to Urgent Care instead, and Care Homes in the area were full.",
         ["Larchfield House"], ["Urgent Care", "Care Homes"]),
        (HOME + "Funding came through Continuing Healthcare, and Residential Care and Nursing Care are both offered.",
         ["Larchfield House"], ["Continuing Healthcare", "Residential Care and Nursing Care", "Residential Care"]),
    ],
}

# a home named by its address once, then by the address alone where no cue stands: the rated subject
SUBJECTS = {
    "address": [
        ("Tarnwick Homes Ltd runs 31 Hazel Grove, a home for six adults, in Denby.\n\nInspectors found people at "
         "31 Hazel Grove were not safe. The Care Quality Commission rated it inadequate.", "31 Hazel Grove"),
        ("9 Copse Lane is a care home for five adults in Denby.\n\nThe Care Quality Commission rated the service at "
         "9 Copse Lane requires improvement.", "9 Copse Lane"),
    ],
}

PEOPLE = {
    "untitled": [
        (HOME + "\"The staff have turned things around,\" said Jo Marsh.", "Jo Marsh", None, None, True),
        (HOME + "Jo Marsh said: \"We are proud of the team.\"", "Jo Marsh", None, None, True),
        (HOME + "Dr Oona Brisk FRCP said: \"The findings are clear.\"", "Oona Brisk", None, None, True),
        (HOME + "\"We will act on this,\" said Cllr Tamsin Holloway.", "Tamsin Holloway", None, None, True),
        # a title ends before "since" (a role is the job title as written, SPEC §2)
        (HOME + "Jo Marsh, who has been registered manager since 2019, said: \"We are proud.\"",
         "Jo Marsh", "registered manager", "Larchfield House", True),
    ],
    "typeless": [
        (HOME + "\"We are sorry,\" said Sian Roke, a spokesperson for Quillmere.",
         "Sian Roke", "spokesperson", "Quillmere", True),
        (HOME + "Sian Roke, who founded Quillmere in 1998, said the home would improve.",
         "Sian Roke", None, "Quillmere", False),
        (HOME + "The Care Quality Commission rated 12 Orchard Way good. Sian Roke, the manager at 12 Orchard Way, "
         "said: \"We are proud.\"", "Sian Roke", "manager", "12 Orchard Way", True),
    ],
}


@pytest.mark.parametrize(("family", "text", "present", "absent"), family_cases(FAMILIES))
def test_battery_names14(nlp_fast, family, text, present, absent):
    assert_organisations(nlp_fast(text), present, absent)


@pytest.mark.parametrize(("family", "text", "subject"), family_cases(SUBJECTS))
def test_battery_names14_subjects(nlp_fast, family, text, subject):
    subjects = {r["subject"] for r in nlp_fast(text)._.cqc_ratings}
    assert subjects == {subject}, subjects


@pytest.mark.parametrize(("family", "text", "person", "role", "org", "quoted"), family_cases(PEOPLE))
def test_battery_names14_people(nlp_fast, family, text, person, role, org, quoted):
    doc = nlp_fast(text)
    assert_person_organisation(doc, person, org)
    got = {normalise(p["name"]): p for p in doc._.cqc_people}[normalise(person)]
    assert got["quoted"] is quoted, got
    if role is None:
        assert got["role"] is None, got
    else:
        assert normalise(got["role"] or "") == normalise(role), got


# The accurate profile: a person after "and" (an entity of the statistical ner) ends a cue's run
ACCURATE = {
    "bounds": [
        ("Larchfield House was rated good. The agency is run by Quillmere Care and Jo Marsh is its manager.",
         ["Quillmere Care"], ["Quillmere Care and Jo Marsh"]),
    ],
}


@pytest.mark.parametrize(("family", "text", "present", "absent"), family_cases(ACCURATE))
def test_battery_names14_accurate(nlp, family, text, present, absent):
    assert_organisations(nlp(text), present, absent)
