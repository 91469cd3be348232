"""Paraphrase battery 3: actions and investments that are, and are not, there
(issue 14; SPEC.md §2 actions and investments).

New rows beside test_battery_actions.py, test_battery_actions2.py,
test_battery_investments.py and test_battery_money_chrome.py (none repeated),
in new words with invented names. Actions: court cases told without "fined"
or "prosecuted" (a provider before magistrates, a case heard), a restriction
on admissions told by the regulator's verb, notices met; and mentions of
special measures that state no action (what the regime gives a trust, which
services enter it, when it began, a threat). Investments: named projects
(kept) and sums followed by a purpose phrase that are no commitment (a
deficit to be closed, a fine for failing, a national pot to help trusts, a
cost to fix, a savings target).
"""

from decimal import Decimal

import pytest

from conftest import assert_investments

D = Decimal
WN, SM, CO, RN = "warning notice", "special measures", "conditions", "requirement notice"
FI, PR = "fine", "prosecution"
I, L, C = "imposed", "lifted", "continued"

ACTIONS = [
    # court cases
    ("Kelling Care Ltd appeared before magistrates charged with failing to keep residents safe.", {(PR, I)}),
    ("The case against Kelling Care Ltd was heard at Tolland Crown Court in March.", {(PR, I)}),
    ("The CQC has prosecuted Kelling Care Ltd for failing to provide safe care.", {(PR, I)}),
    ("The CQC brought a prosecution against the provider after a resident fell from a window.", {(PR, I)}),
    ("Kelling Care Ltd was ordered by the court to pay a fine of £40,000.", {(FI, I), (PR, I)}),
    ("The home was fined £30,000 for failing to protect residents.", {(FI, I), (PR, I)}),
    # restrictions on admissions
    ("The regulator has stopped the home taking new admissions.", {(CO, I)}),
    ("The CQC has barred Rosewood House taking in any new residents.", {(CO, I)}),
    ("Admissions to Rosewood House have been suspended by the CQC.", {(CO, I)}),
    ("The CQC imposed a condition preventing Rosewood House from admitting new residents without its permission.", {(CO, I)}),
    ("Rosewood House is not allowed to admit any new residents.", {(CO, I)}),
    # notices met
    ("Rosewood House has met the warning notice served on it in January.", {(WN, I), (WN, L)}),
    ("Inspectors found that the warning notice had been complied with.", {(WN, I), (WN, L)}),
    ("A warning notice issued in May has since been met.", {(WN, I), (WN, L)}),
    # special measures that are actions
    ("The CQC used its powers to place Rosewood House in special measures.", {(SM, I)}),
    ("Rosewood House, which was placed in special measures last year, has come out of them.", {(SM, I), (SM, L)}),
]

ACTIONS_NOTHING = [
    # what the regime is or gives: no action
    "Trusts in special measures receive extra support from a partner trust.",
    "Under special measures, a trust is given an improvement director and a buddy trust.",
    "Under special measures a provider gets help from an experienced partner.",
    "Special measures is designed to help struggling providers improve.",
    "Homes rated inadequate overall are placed into special measures.",
    "Practices that are rated inadequate are put into special measures.",
    "Hospitals judged inadequate overall go into special measures.",
    "Since special measures were introduced in 2013, more than 40 trusts have been through the regime.",
    "The special measures regime was introduced for care homes in 2015.",
    "Providers that are placed in special measures will be inspected again within six months.",
    # threats and possibilities
    "The home now faces the threat of special measures if it does not improve.",
    "Harrowdale NHS Trust could be placed into special measures if the next inspection finds no progress.",
    "If the trust does not improve within six months it will be put into special measures.",
    "The home was told it had three months to improve or face special measures.",
    "Enforcement action may be taken if the provider does not improve.",
    "The regulator is considering what further action to take.",
    "Kelling Care Ltd will appear in court next month.",
    # a goal is no lifting
    "The trust needs to close a deficit of £25m to get out of financial special measures.",
]

INVESTMENTS = [
    ("The new £8m Harrow Ward will open in the spring.", [(D("8000000"), "ward")]),
    ("Work has begun on the £22m theatre block at Pelling General Hospital.", [(D("22000000"), "theatre")]),
    ("The trust is spending £1.6m to refurbish two wards.", [(D("1600000"), "wards")]),
    ("A £600,000 project to create a dementia garden was completed last month.", [(D("600000"), "garden")]),
    ("The hospital will get £4.5m to build a new children's unit.", [(D("4500000"), "children")]),
    ("The trust has been given £2m of funding to pay for a new MRI scanner.", [(D("2000000"), "scanner")]),
    ("A £3.5m extension to the emergency department at Pelling General Hospital is due to open in June.",
     [(D("3500000"), "extension")]),
]

NOT_INVESTMENTS = [
    "The trust has a £14m deficit to be closed by March.",
    "The deficit, which stands at £9m, is to be eliminated over three years.",
    "Kelling Care Ltd was ordered to pay £18,000 for failing to report a death.",
    "A fine of £50,000 was imposed for failing to keep residents safe.",
    "A £250m national fund to help trusts improve their emergency departments was announced.",
    "The government has set aside £1bn to help trusts cut waiting lists.",
    "A £100m pot will help providers recruit more nurses across England.",
    "Councils will share £400m to help them with rising care costs.",
    "The building would cost £20m to fix.",
    "Officials estimate it would cost £5m to repair the roof.",
    "The trust faces a bill of £3m to remove unsafe cladding.",
    "Repairs costing an estimated £11m are needed to make the building safe.",
    "The trust must make savings of £12m to balance its books.",
    "The trust has been set a savings target of £8m for next year.",
    "The trust plans to cut £15m from its spending to return to balance.",
    "The trust needs to find £6m to pay for agency staff.",
    "The £40m needed to replace the hospital's roof has not been found.",
    "The trust estimates it will cost £30m to clear the maintenance backlog.",
    "Fixing the roof would cost £1.5m, the report found.",
    "The trust has a £10m recovery plan to improve its finances.",
    "The trust received £9m from a national pot to help trusts reduce ambulance delays.",
    "Ministers unveiled a £2bn fund to help hospitals reduce waiting lists.",
    "The trust has been told to close a £20m gap by the end of the year.",
    "The provider was fined £12,000 for failing to display its rating.",
    "The trust has borrowed £15m to pay its staff.",
    "It will take £7m to bring the buildings up to standard.",
    "The £450m package is intended to help hospitals free up beds this winter.",
    "The trust must deliver £20m of savings to break even.",
    "The home's owner was ordered to pay £9,000 for breaching the rules.",
]


def _pairs(doc):
    return {(a["kind"], a["status"]) for a in doc._.cqc_actions}


@pytest.mark.parametrize("text,expected", ACTIONS)
def test_action_battery3(pipeline, text, expected):
    assert _pairs(pipeline(text)) == expected


@pytest.mark.parametrize("text", ACTIONS_NOTHING)
def test_action_battery3_nothing(pipeline, text):
    assert _pairs(pipeline(text)) == set()


@pytest.mark.parametrize("text,expected", INVESTMENTS)
def test_investment_battery3(pipeline, text, expected):
    assert_investments(pipeline(text)._.cqc_investments, expected)


@pytest.mark.parametrize("text", NOT_INVESTMENTS)
def test_investment_battery3_nothing(pipeline, text):
    assert pipeline(text)._.cqc_investments == []
