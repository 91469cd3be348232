"""Battery typeless14: a home or service with no type word in its name, found
from the phrase around it (issue 14; the private set's largest organisation
family: names with no type word).

- "X, run by the charity Y, supports 14 people": X is the location Y runs;
- "the provider's largest home, X, kept its rating", "its sister home in the
  town, X, which ...": X is the home the phrase describes, and its rating is
  X's, not the provider's;
and near-misses (a person after "the manager of the home,", a clause with no
name before "run by"). Invented names and wording. Fast profile only.
"""

import pytest

ORGS = [
    ("Harrow Steps, run by the charity Brindle Trust, supports 12 adults in their own flats.",
     {"Harrow Steps", "Brindle Trust"}),
    ("Quayside Living, operated by Tolland Care Ltd, was rated good.", {"Quayside Living", "Tolland Care Ltd"}),
    ("The provider's largest home, Fennel Rise, kept its good rating in November.", {"Fennel Rise"}),
    ("Ashmoor's sister home in the town, Copper Lea, which was rated outstanding, kept that rating.", {"Copper Lea"}),
    ("Its newest care home, The Larches, opened in 2021.", {"The Larches"}),
    # near-misses
    ("The manager of the home, Jo Smith, said she was pleased.", set()),
    ("In March, run by volunteers, the cafe opened.", set()),
]

RATINGS = [
    ("Tolland Care Ltd runs five homes. Its largest home, Fennel Rise, kept its good rating in November.",
     {("Fennel Rise", "overall", "good", "good", "unchanged")}),
    ("Harrow Steps, run by the charity Brindle Trust, supports 12 adults. Inspectors rated it outstanding for being caring.",
     {("Harrow Steps", "caring", "outstanding", None, None)}),
]


@pytest.mark.parametrize("text,expected", ORGS)
def test_typeless_battery14_organisations(nlp_fast, text, expected):
    assert {o["name"] for o in nlp_fast(text)._.cqc_organisations} == expected


@pytest.mark.parametrize("text,expected", RATINGS)
def test_typeless_battery14_ratings(nlp_fast, text, expected):
    got = {(r["subject"], r["domain"], r["rating"], r["previous"], r["change"]) for r in nlp_fast(text)._.cqc_record["ratings"]}
    assert got == expected


# a new owner named as the agent of a takeover is not what the home's rating is for
TAKEOVER = [
    ("Brindle Court was rated inadequate in 2023. The home has since been taken over by Ashmoor Healthcare and was rated "
     "good at its latest inspection.", {("Brindle Court", "overall", "good", "inadequate", "improved")}),
    ("Brindle Court was rated inadequate in 2023. The home has since been bought by Ashmoor Healthcare and is now rated good.",
     {("Brindle Court", "overall", "good", "inadequate", "improved")}),
    # near-miss: the buyer is itself rated
    ("Ashmoor Healthcare, which bought the home last year, was rated good.", {("Ashmoor Healthcare", "overall", "good", None, None)}),
]


@pytest.mark.parametrize("text,expected", TAKEOVER)
def test_typeless_battery14_takeover(nlp_fast, text, expected):
    got = {(r["subject"], r["domain"], r["rating"], r["previous"], r["change"]) for r in nlp_fast(text)._.cqc_record["ratings"]}
    assert got == expected


# a home-care franchise's branch: the brand, a care head, then the place ("Bluebird Care Reading" style)
BRANCHES = [
    ("Hollyhock Home Care Dunmere has been rated good by the CQC.", {"Hollyhock Home Care Dunmere", "CQC"}),
    ("Marigold Homecare Tarrow was rated outstanding.", {"Marigold Homecare Tarrow"}),
    # near-misses: a company suffix or a group word after the head is no place
    ("Fenwick Care Ltd was rated good.", {"Fenwick Care Ltd"}),
    ("Ashby Care Group said it was pleased with the rating.", {"Ashby Care Group"}),
    # a field of care (generic words only) before a person is no brand: no branch
    ("The deputy chief inspector of Adult Social Care Ruth Penn said the home had improved.", set()),
]


@pytest.mark.parametrize("text,expected", BRANCHES)
def test_typeless_battery14_branches(nlp_fast, text, expected):
    assert {o["name"] for o in nlp_fast(text)._.cqc_organisations} == expected
