"""Battery money13: a story's stages of special measures and money that is, and is not,
a commitment (issue 14; SPEC.md §2 actions and investments).

New rows beside test_battery_actions*.py, test_battery_multi12.py,
test_battery_investments.py and test_battery_money_chrome.py, in new words with
invented names. Actions: a story that tells special measures entered, kept
after a later inspection (a sentence of its own, told as a fact) and lifted
gives all three statuses; a state told beside its lifting in one sentence, or
only as a past recommendation, is the lifting's history; "them" for the regime
after "back into", "kept in", "released from". Investments: the facility a sum
is set before (a pharmacy, a laboratory, a robot); the money talk around a
commitment that is none (agency staff, budgets, targets, pots, fines).
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
    # neighbours that already held
    ("The CQC issued a warning notice in January. At a follow-up visit inspectors found the notice had been met.",
     {(WN, I), (WN, L)}),
    ("The restriction on admissions at Ashgrove Lodge has now been lifted.", {(CO, L)}),
]

INVESTMENTS = [
    ("A new £3m pharmacy at Wexcombe Hospital opened this week.", [(D("3000000"), "pharmacy")]),
    ("The £2.4m pathology laboratory at Kelby Hospital opened in May.", [(D("2400000"), "laboratory")]),
    ("A £1.1m surgical robot has been bought for the hospital.", [(D("1100000"), "robot")]),
    ("A £1.2m refurbishment of Heron Ward has finished. The work on the ward cost £1,196,000.",
     [(D("1196000"), "heron ward")]),
    ("The trust has secured £10m to upgrade its estate, of which £6m will go on new operating theatres.",
     [(D("10000000"), "estate"), (D("6000000"), "theatres")]),
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


@pytest.mark.parametrize("text,expected", INVESTMENTS)
def test_investment_battery_money13(nlp_fast, text, expected):
    assert_investments(nlp_fast(text)._.cqc_investments, expected)


@pytest.mark.parametrize("text", NOT_INVESTMENTS)
def test_investment_battery_money13_nothing(nlp_fast, text):
    assert nlp_fast(text)._.cqc_investments == []
