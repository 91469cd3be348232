"""Paraphrase battery 13: organisation names and people's organisations on
real-style pages (issue 14, session 13).

Every text is invented for this battery (no corpus text, invented names); the
rows do not repeat test_battery_orgs.py .. test_battery_orgs12.py. Families:
- opener: a sentence adverb at a sentence start ("Now", "Today", "Overall",
  "Meanwhile", "Yesterday") is no part of the person's or body's name after it;
- lower_case: a body written in lower case in running text ("the department of
  health", "a charity, the alder trust,") keeps its name;
- several: in a story of several providers a person speaks for the body of
  their own role phrase, the nearest "of Y", "who runs X", or the body their
  paragraph is about, not the story's main provider;
- unit: a place-named centre or unit of a trust ("the Tarrow Birth Centre") is a
  location of its own.

Rows: (text, names that must be found, names that must not be found), or for
people rows (text, person, organisation). Fast profile.
"""

from __future__ import annotations

import pytest

from conftest import assert_organisations, assert_person_organisation, family_cases

MAIN = ("The Care Quality Commission has rated Orvane Healthcare Ltd inadequate after inspections of its homes. "
        "Orvane Healthcare Ltd runs three homes in the county, and Orvane Healthcare Ltd said it would improve.\n\n")

FAMILIES = {
    "opener": [
        ("Tarrow General Hospital was rated good. Nonetheless Harby House, a care home, was rated inadequate.",
         ["Harby House"], ["Nonetheless Harby House"]),
        ("Sadly Fenwick House in Tarrow was rated inadequate again.",
         ["Fenwick House"], ["Sadly Fenwick House"]),
        ("Additionally Kelby Medical Centre was told it must improve by the Care Quality Commission.",
         ["Kelby Medical Centre"], ["Additionally Kelby Medical Centre"]),
        ("Overall Brambles Court was rated good by the Care Quality Commission.",
         ["Brambles Court"], ["Overall Brambles Court"]),
    ],
}

PEOPLE = {
    "opener": [
        ("The Care Quality Commission rated Elm Court good. Now Ann Lee, the home's manager, said staff were proud.",
         "Ann Lee", "Elm Court"),
        (MAIN + "Overall Sam Reyes, director of Birch Lodge Care Ltd, said smaller homes were doing well.",
         "Sam Reyes", "Birch Lodge Care Ltd"),
        (MAIN + "Thankfully Jo Marsh, who runs Birch Lodge Care Ltd, said no one was hurt.",
         "Jo Marsh", "Birch Lodge Care Ltd"),
        (MAIN + "Likewise Jo Marsh, chief executive of Tarrow Homes Ltd, said the sector was struggling.",
         "Jo Marsh", "Tarrow Homes Ltd"),
    ],
    "several": [
        # a home's title after a sentence another body opens: that body, not the story's main provider
        (MAIN + "Brightstar Homecare was rated good in May.\n\nSam Reyes, its manager, said staff were proud.",
         "Sam Reyes", "Brightstar Homecare"),
        (MAIN + "Elm Court, a small home in Tarrow, was rated good. Inspectors praised its garden.\n\n"
         "\"We are thrilled,\" said manager Sam Reyes.", "Sam Reyes", "Elm Court"),
        (MAIN + "In Tarrow, Brightstar Homecare was rated good. \"We are thrilled,\" said manager Sam Reyes.",
         "Sam Reyes", "Brightstar Homecare"),
        (MAIN + "Birch Lodge Care Ltd, which runs Elm Court, was fined. The home's former manager, Sam Reyes, was fined too.",
         "Sam Reyes", "Elm Court"),
        # "the company's" / "the provider's": the one provider the sentence before names
        (MAIN + "Elm Court, run by Birch Lodge Care Ltd, was rated good. Sam Reyes, the company's director, said staff "
         "were proud.", "Sam Reyes", "Birch Lodge Care Ltd"),
        (MAIN + "Elm Court, run by Birch Lodge Care Ltd, was rated good. Sam Reyes, the provider's chief executive, "
         "said staff were proud.", "Sam Reyes", "Birch Lodge Care Ltd"),
        (MAIN + "Elm Court, run by Birch Lodge Care Ltd, was rated good. Sam Reyes, the home's manager, said staff "
         "were proud.", "Sam Reyes", "Elm Court"),
        # a relative clause's verb ties the person to the body after it
        (MAIN + "Sam Reyes, who set up Birch Lodge Care Ltd in 2010, said staff were leaving the sector.",
         "Sam Reyes", "Birch Lodge Care Ltd"),
        (MAIN + "Sam Reyes, who works for Birch Lodge Care Ltd, said staff were leaving the sector.",
         "Sam Reyes", "Birch Lodge Care Ltd"),
        (MAIN + "Sam Reyes, who has owned Birch Lodge Care Ltd for ten years, said staff were leaving the sector.",
         "Sam Reyes", "Birch Lodge Care Ltd"),
        (MAIN + "Sam Reyes, the owner of Birch Lodge Care Ltd in Tarrow, said smaller providers were doing well.",
         "Sam Reyes", "Birch Lodge Care Ltd"),
        (MAIN + "Tarrow County Council, which pays for most places, said it was working with the provider. Jo Pike, "
         "director of adult services, said residents were safe.", "Jo Pike", "Tarrow County Council"),
        # near-miss: the story's own provider stays with its own people
        (MAIN + "Elm Court, run by Birch Lodge Care Ltd, was rated good.\n\nOrvane Healthcare Ltd said it was sorry. "
         "Its chief executive, Amy Cole, said lessons were learned.", "Amy Cole", "Orvane Healthcare Ltd"),
    ],
}


@pytest.mark.parametrize(("family", "text", "present", "absent"), family_cases(FAMILIES))
def test_battery_orgs13(nlp_fast, family, text, present, absent):
    assert_organisations(nlp_fast(text), present, absent)


@pytest.mark.parametrize(("family", "text", "person", "org"), family_cases(PEOPLE))
def test_battery_orgs13_people(nlp_fast, family, text, person, org):
    assert_person_organisation(nlp_fast(text), person, org)
