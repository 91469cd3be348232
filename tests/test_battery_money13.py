"""Battery money13: a story's stages of special measures and money that is, and is not,
a commitment (issue 14; SPEC.md §2 actions and investments).

New rows beside test_battery_actions*.py, test_battery_multi12.py,
test_battery_investments.py and test_battery_money_chrome.py, in new words with
invented names. Actions: a story that tells special measures entered, kept
after a later inspection (a sentence of its own, told as a fact) and lifted
gives all three statuses; a state told beside its lifting in one sentence, or
only as a past recommendation, is the lifting's history; "them" for the regime
after "back into", "kept in", "released from"; conditions lifted ("can now take
residents again after the CQC removed the condition" -- "can now" only before
admitting: "the regulator can now cancel its registration" is nothing done yet, "but the ban was lifted",
", which have since been lifted"); "Two of its homes, X and Y, were placed in
special measures" is X's and Y's. Investments: the facility a sum
is set before (a pharmacy, a laboratory, a robot); a rounder sum and a precise
one restated by "the investment of £N" are one commitment; the money talk
around a commitment that is none (agency staff, budgets, targets, pots, fines); a
description ends at the clause's verb ("the £1.2m project took six months").
Fast profile only.
"""

from decimal import Decimal

import pytest

from conftest import assert_investments

D = Decimal
SM, WN, CO = "special measures", "warning notice", "conditions"
I, L, C = "imposed", "lifted", "continued"

ACTIONS = [
    # entered, kept, lifted: three stages, three items
    ("Fenwick Priory NHS Trust was placed in special measures in 2019. It remained in special measures after a "
     "second inspection in 2021. This week it was taken out of special measures.", {(SM, I), (SM, C), (SM, L)}),
    ("Harrow Vale Surgery entered special measures in March 2020. The practice was kept in special measures "
     "when inspectors returned that autumn. The practice has now come out of special measures.", {(SM, I), (SM, C), (SM, L)}),
    ("Orchard Rise was put into special measures in 2018. The home stayed in special measures after its next "
     "inspection. It has since left special measures.", {(SM, I), (SM, C), (SM, L)}),
    # the state told with its lifting, or only as a past recommendation: the lifting's history
    ("Fenwick Priory NHS Trust, which had been in special measures since 2019, has been taken out of special measures.",
     {(SM, L)}),
    ("Fenwick Priory NHS Trust has been taken out of special measures. Last year the CQC had recommended that the "
     "trust should stay in special measures.", {(SM, L)}),
    # "them" for the regime
    ("The practice was placed in special measures in 2017, kept in them after a second inspection and released from "
     "them in 2019.", {(SM, I), (SM, C), (SM, L)}),
    ("The trust came out of special measures in 2018 but was put back into them this year.", {(SM, L), (SM, I)}),
    ("Inspectors looked back into them and found the records were incomplete.", set()),
    # conditions and restrictions on admissions lifted
    ("Ashgrove Lodge can now take new residents again after the CQC removed the condition on its registration.", {(CO, L)}),
    ("The CQC removed the conditions it imposed on Ashgrove Lodge's registration last year.", {(CO, L)}),
    ("The home was banned from taking new residents in March, but the ban was lifted in July.", {(CO, I), (CO, L)}),
    ("The CQC had imposed conditions on the trust's registration, which have since been lifted.", {(CO, I), (CO, L)}),
    ("The CQC imposed conditions on the registration of Birch House, which has since been sold to another company.",
     {(CO, I)}),
    ("The provider can appeal against the conditions placed on its registration.", set()),
    # 'can now' before anything but admitting stays a possibility: nothing done yet
    ("Brookvale House was rated inadequate. The regulator can now cancel its registration.", set()),
    ("Brookvale House was rated inadequate. The CQC can now place the home in special measures.", set()),
    ("Brookvale House was rated inadequate. Inspectors can again issue a warning notice if staffing does not improve.",
     set()),
    ("Brookvale House can once again admit new residents after the CQC lifted the condition on its registration.",
     {(CO, L)}),
    ("Inspectors found Brookvale House much improved, which means the CQC can now lift its warning notice.",
     {(WN, L)}),
    # neighbours that already held
    ("The CQC issued a warning notice in January. At a follow-up visit inspectors found the notice had been met.",
     {(WN, I), (WN, L)}),
]

# a list set off by commas after the group it names: one item per member
SUBJECTS = [
    ("Two of the company's homes, Ashgrove Lodge and Birch House, were placed in special measures.",
     {(SM, I, "Ashgrove Lodge"), (SM, I, "Birch House")}),
]

INVESTMENTS = [
    ("A new £3m pharmacy at Wexcombe Hospital opened this week.", [(D("3000000"), "pharmacy")]),
    ("The £2.4m pathology laboratory at Kelby Hospital opened in May.", [(D("2400000"), "laboratory")]),
    ("A £1.1m surgical robot has been bought for the hospital.", [(D("1100000"), "robot")]),
    ("A £1.2m refurbishment of Heron Ward has finished. The work on the ward cost £1,196,000.",
     [(D("1196000"), "heron ward")]),
    ("The trust will invest £1.2m in its maternity unit. The investment of £1,196,000 will pay for two new birthing "
     "pools.", [(D("1196000"), "maternity")]),
    ("The trust has secured £10m to upgrade its estate, of which £6m will go on new operating theatres.",
     [(D("10000000"), "estate"), (D("6000000"), "theatres")]),
]

# the clause's verb right after the project noun ends the description
DESCRIPTIONS = [
    ("Kelby Hospital opened a new day unit last spring. The £1.2m project took six months.", "project"),
    ("The £12m unit opened in 2019 and treats 4,000 patients a year.", "unit"),
]

NOT_INVESTMENTS = [
    "The trust spent £9.4m on agency and locum staff in 2019/20.",
    "The trust, which has an annual budget of £480m, serves 600,000 people.",
    "The charity has set a £1m fundraising target to build a new day hospice.",
    "The trust has been allocated £2m from a £50m national fund.",
    "The trust ended the year with a £12.6m shortfall.",
    "Fees paid to management consultants totalled £2.5m.",
]


def _pairs(doc):
    return {(a["kind"], a["status"]) for a in doc._.cqc_actions}


@pytest.mark.parametrize("text,expected", ACTIONS)
def test_action_battery_money13(nlp_fast, text, expected):
    assert _pairs(nlp_fast(text)) == expected


@pytest.mark.parametrize("text,expected", SUBJECTS)
def test_action_battery_money13_subjects(nlp_fast, text, expected):
    assert {(a["kind"], a["status"], a["subject"]) for a in nlp_fast(text)._.cqc_actions} == expected


@pytest.mark.parametrize("text,expected", INVESTMENTS)
def test_investment_battery_money13(nlp_fast, text, expected):
    assert_investments(nlp_fast(text)._.cqc_investments, expected)


@pytest.mark.parametrize("text", NOT_INVESTMENTS)
def test_investment_battery_money13_nothing(nlp_fast, text):
    assert nlp_fast(text)._.cqc_investments == []


@pytest.mark.parametrize("text,description", DESCRIPTIONS)
def test_investment_battery_money13_description(nlp_fast, text, description):
    assert [i["description"] for i in nlp_fast(text)._.cqc_investments] == [description]
