"""Precision battery: rating and action words that assert nothing (issue 14, session 17, h-rewordN17).

Families found by inserting, into a copy of the tune pages (it stays in the lead's notes), sentences a
careful annotator makes no item of, and diffing the records; those that came out as items:
- N-neg, a negated rating whose subject is a noun the "negated" cue did not list ("no ward was judged to
  be inadequate", "no core service was rated inadequate"): it filled the result's previous value;
- N-scale, a rating value as the thing defined ("Good is the second-highest grade", "an outstanding
  rating is the best ..."): it became an overall rating of the subject last named;
- N-hope, a hope said with "wanted", "keen", "on track" or "win back" and a possessive before the value
  ("on track to regain its outstanding rating"): it became the current rating;
- N-hist, the first inspection's value ("it was first inspected in 2016, when it was rated
  inadequate"): it replaced the previous value that "the same as at its last inspection" states;
- N-other, another home of the provider as the subject of a dated rating ("the provider's first home, in
  another town, was rated outstanding in 2016"): it filled the result's previous value;
- N-action, actions told of as the scheme ("warning notices set out what a provider must put right",
  "trusts rated inadequate can be recommended for special measures") and a statutory fine's cap
  ("fines of up to £4,000"), read as imposed actions and an investment;
and near-misses in the same shapes that must still give their items.
Names and wording are invented; nothing is copied from any corpus. Fast profile.
"""

import pytest

from test_battery_prose_previous import block
from test_ratings import RI, _items

H = "Quenby Lodge"
T = "Ashcombe Vale NHS Trust"
P = "Ridlington Road Surgery"

RATINGS = {
    "N-neg: a negated rating of a listed noun": [
        (f"{H} has been rated outstanding. No ward was judged to be inadequate.",
         block(H, ("overall", "outstanding"))),
        (f"{T} has been rated good overall. No core service was rated inadequate.",
         block(T, ("overall", "good"))),
        (f"{H} has been rated good. No part of the home was found to be inadequate.",
         block(H, ("overall", "good"))),
        # near-miss: "not" of another verb leaves the result
        (f"{H}, which was not inspected last year, has been rated good.",
         block(H, ("overall", "good"))),
        # near-miss: a stated previous value stays
        (f"{T} has been rated good, up from inadequate. No service was rated inadequate this time.",
         block(T, ("overall", "good", "inadequate"))),
    ],
    "N-scale: a value defined": [
        (f"{H} was served a warning notice. Good is the second-highest grade a home can get.", set()),
        (f"{H} was served a warning notice. An outstanding rating is the best a service can get.", set()),
        (f"{H} was served a warning notice. A rating of inadequate means that the service is performing badly.",
         set()),
        # near-miss: the value said of the subject, then defined
        (f"{H} was rated inadequate, the lowest rating the regulator can give.",
         block(H, ("overall", "inadequate"))),
        (f"{H} was served a warning notice. Inadequate is what inspectors rated the home.",
         block(H, ("overall", "inadequate"))),
    ],
    "N-hope: a hope with 'wanted', 'keen', 'on track', 'win back'": [
        (f"{P} was served a warning notice. The partners said they wanted to get back to a good rating by the "
         "spring.", set()),
        (f"{P} was served a warning notice. The surgery is on track to regain its outstanding rating.", set()),
        (f"{P} was served a warning notice. The team are keen to win back their good rating.", set()),
        # near-miss: a rating regained is a result
        (f"{P} has regained its good rating.", {(P, None, "overall", "good", None, "improved")}),
    ],
    "N-hist: the first inspection's value": [
        (f"{P} has been rated good, the same as at its last inspection. It was first inspected in 2016, when it "
         "was rated inadequate.",
         block(P, ("overall", "good", "good"))),
        (f"{P} has been rated good again. When it first opened in 2012 it was rated requires improvement.",
         block(P, ("overall", "good", "good"))),
        # near-miss: the first inspection is the only earlier one stated
        (f"{P} has been rated good. It was first inspected in 2016, when it was rated inadequate.",
         block(P, ("overall", "good", "inadequate"))),
    ],
    "N-other: another home of the provider, with its history": [
        (f"{H} has been rated outstanding. The provider's first home, in another town, was rated outstanding in "
         "2016.", block(H, ("overall", "outstanding"))),
        (f"{H} has been rated outstanding. The group's other home in Lenton was rated good in 2019.",
         block(H, ("overall", "outstanding"))),
        # near-misses: the subject's own history; the named home as the group's first
        (f"{H} has been rated good. The home, in another town until it moved, was rated inadequate in 2016.",
         block(H, ("overall", "good", "inadequate"))),
        (f"The company's first home, {H}, has been rated good.", block(H, ("overall", "good"))),
    ],
}

ACTIONS = [
    (f"{H} was rated inadequate. Warning notices set out what a provider must put right.", set()),
    (f"{H} was rated inadequate. A warning notice gives a provider a deadline to improve.", set()),
    (f"{T} was rated requires improvement. Trusts rated inadequate overall can be recommended for special "
     "measures.", set()),
    # near-misses: the notice served, the recommendation made
    (f"{H} was rated inadequate. The CQC served a warning notice, which gives the home until May to improve.",
     {("warning notice", "imposed")}),
    (f"{T} was rated inadequate overall and the chief inspector has recommended that it be placed in special "
     "measures.", {("special measures", "imposed")}),
]

MONEY = [
    (f"{H} was rated inadequate. The regulator can issue fines of up to £4,000 for such breaches.", set()),
    # near-miss: money for a named purpose
    (f"{H} was rated inadequate. The owners will spend £40,000 on a new sluice room.", {40000.0}),
]

CASES = [(family, *row) for family, rows in RATINGS.items() for row in rows]


@pytest.mark.parametrize("family, text, expected", CASES, ids=[f"{c[0][:6]}-{i}" for i, c in enumerate(CASES)])
def test_noassert17_ratings(nlp_fast, family, text, expected):
    assert _items(nlp_fast, text) == expected


@pytest.mark.parametrize("text, expected", ACTIONS, ids=[f"action-{i}" for i in range(len(ACTIONS))])
def test_noassert17_actions(nlp_fast, text, expected):
    assert {(a["kind"], a["status"]) for a in nlp_fast(text)._.cqc_record["actions"]} == expected


@pytest.mark.parametrize("text, expected", MONEY, ids=[f"money-{i}" for i in range(len(MONEY))])
def test_noassert17_money(nlp_fast, text, expected):
    assert {i["amount_gbp"] for i in nlp_fast(text)._.cqc_record["investments"]} == expected
