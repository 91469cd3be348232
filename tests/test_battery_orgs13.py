"""Paraphrase battery 13: organisation names and people's organisations on
real-style pages (issue 14, session 13).

Every text is invented for this battery (no corpus text, invented names); the
rows do not repeat test_battery_orgs.py .. test_battery_orgs12.py. Families:
- opener: a sentence adverb at a sentence start ("Now", "Today", "Overall",
  "Meanwhile", "Yesterday") is no part of the person's or body's name after it;
- several: in a story of several providers a person speaks for the body of
  their own role phrase, the nearest "of Y", "who runs X", or the body their
  paragraph is about (the subject of the sentence before, for "its"), not the
  story's main provider;
- lower_case: a body in lower case right after its type noun or before an
  apposed one ("the charity harby homes trust", "tarrow care services, a
  charity,"), a government department in lower case ("the department of
  health"); a clause before ", the company said" is none;
- opener (also): an ordinal or "further" opening a body's own name ("First
  Light Homecare Ltd") stays in it;
- lower_case (also): a run after the type noun opening with an -ing/-ed word or
  a verb ("a company providing home care services") is a clause, no name;
- address: a home registered under its address, after a rating verb ("rated 22
  Orchard Road good"), is that location's name, house number and all.

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
        # an ordinal or "further" opening a body's own name is no sentence adverb
        ("First Light Homecare Ltd was told to improve by the Care Quality Commission.",
         ["First Light Homecare Ltd"], ["Light Homecare Ltd"]),
        ("Second Chance Housing Trust runs Marlow House, which was rated good.",
         ["Second Chance Housing Trust"], ["Chance Housing Trust"]),
        ("Further Horizons Care Ltd was rated inadequate by inspectors.",
         ["Further Horizons Care Ltd"], ["Horizons Care Ltd"]),
    ],
    "address": [
        ("The Care Quality Commission rated 22 Orchard Road good. It supports four adults with autism.",
         ["22 Orchard Road"], ["Orchard Road"]),
        ("Inspectors have rated 4-6 Mill Lane, a home for six people, requires improvement.",
         ["4-6 Mill Lane"], ["Mill Lane"]),
    ],
    "lower_case": [
        ("The home said guidance from the department of health had been followed.",
         ["department of health"], []),
        ("The report went to the Department of Health and Social Care and to the ministry of justice.",
         ["ministry of justice"], []),
        ("Elm Court is owned by the charity harby homes trust, which runs four homes.",
         ["harby homes trust"], []),
        ("The home is run by tarrow care services, a local charity, and was rated good.",
         ["tarrow care services"], []),
        ("Staff gave good care and support, the company said. The provider said care services were stretched.",
         [], ["good care and support", "care services"]),
        # a run opening with an -ing/-ed word or a verb after the type noun is a clause, no name
        ("Marlow House was rated good. It is run by a company providing home care services, which employs 30 staff.",
         ["Marlow House"], ["providing home care services"]),
        ("Tarn Homes Ltd is a provider supplying supported living, and it was rated good.",
         ["Tarn Homes Ltd"], ["supplying supported living"]),
        ("Marlow House was rated good. Families thanked the firm managing respite care, the report said.",
         ["Marlow House"], ["managing respite care"]),
        ("Marlow House was rated good. It is run by a provider specialised dementia care, which has 12 homes.",
         ["Marlow House"], ["specialised dementia care"]),
        ("Marlow House is run by the charity united care trust, which has 12 homes.",
         ["united care trust"], []),
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
        (MAIN + "Elm Court is run by Birch Lodge Care Ltd. Its manager, Sam Reyes, said staff were proud.",
         "Sam Reyes", "Elm Court"),
        # a relative clause's verb ties the person to the body after it
        (MAIN + "Sam Reyes, who set up Birch Lodge Care Ltd in 2010, said staff were leaving the sector.",
         "Sam Reyes", "Birch Lodge Care Ltd"),
        (MAIN + "Sam Reyes, who works for Birch Lodge Care Ltd, said staff were leaving the sector.",
         "Sam Reyes", "Birch Lodge Care Ltd"),
        (MAIN + "Jo Pike, who runs the Tarrow branch of Brightstar Homecare, said the sector was struggling.",
         "Jo Pike", "Brightstar Homecare"),
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
