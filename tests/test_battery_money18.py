"""Battery money18: money and enforcement told the ways real news tells them (issue 14, session 18).

Families from the invented real-style pages of session 18 (set M, kept outside the project) that the
earlier batteries (test_battery_money13/14/15.py, test_battery_investments.py, test_battery_actions*.py)
do not have. Investments (SPEC.md §2; "Clarified after real text"):
- M-money: a thing "paid for with £N of national funding" or "funded with £N from X" told after it; a
  national programme with a purpose the sentence names ("part of a £250m national programme to cut ...");
  a planned project "expected to cost between £A and £B" (the midpoint), also when its business case is
  told approved; an amount in words ("half a million
  pounds has been secured for ...", also with its funder after the verb: "secured from X for ..."); money "of our own" spent on a named thing;
- M-notmoney near-misses: rent, salaries, appeal targets and totals, fines and costs — no item.
Actions (SPEC.md §2 actions; "Clarified after real text"):
- M-action: a court's fine on a named manager told after the company's (its own items, subject null), also
  when what the manager failed to ensure holds a modal ("could summon help");
  a manager's own registration
  cancelled (subject null); a past spell ("in special measures for two years from 2016") is imposed and
  lifted, never continued (an exit with the spell's length, "left special measures ... after three years",
  stays lifted only, as test_battery_actions2.py reads it); a registration "had already
  been suspended"; the same regime entered and still in is imposed and continued, a notice told only lifted
  is only lifted (as test_battery_actions2.py);
- M-near near-misses: a threat, "could face", the regulator's powers told in general, a notice of proposal.
Invented names and wording; nothing copied from any corpus or from the set's pages. Fast profile.
"""

from decimal import Decimal

import pytest

from conftest import assert_investments, family_cases

D = Decimal
SM, WN = "special measures", "warning notice"

INVESTMENT_FAMILIES = {
    "a thing paid for or funded with a sum told after it": [
        ("Six new patient transport vehicles, paid for with £1.4m of national funding, arrived at the depot on Friday.",
         [(D("1400000"), "vehicles")]),
        ("Last year the practice opened a carers' café, funded with £42,000 from a community foundation.",
         [(D("42000"), "café")]),
    ],
    # (review) 'rents' far before the sum is no rent: only a rent told right before it vetoes
    "a commitment in a sentence that mentions renting": [
        ("The surgery which rents rooms to the council has been awarded £80,000 for a new treatment room.",
         [(D("80000"), "treatment room")]),
    ],
    "a national programme with a purpose named": [
        ("The new scanner is part of a £250m national programme to cut waits for diagnostic tests.",
         [(D("250000000"), "programme")]),
    ],
    "a planned project's cost told as a range": [
        ("The board approved plans for a day surgery centre at Brenthope Hospital, expected to cost between £9m and £10m.",
         [(D("9500000"), "day surgery centre")]),
    ],
    "an amount in words, money of one's own": [
        ("The board has approved a business case for a new renal unit at Coldharbour Hospital, expected to cost £11m.",
         [(D("11000000"), "renal unit")]),
        ("A further half a million pounds has been secured for new monitors in the recovery ward.",
         [(D("500000"), "monitors")]),
        ("Three quarters of a million pounds has also been secured from a local charity for new endoscopes.",
         [(D("750000"), "endoscopes")]),
        ("The partners spent £28,000 of their own money on a new waiting room last autumn.",
         [(D("28000"), "waiting room")]),
    ],
}

NOT_INVESTMENTS = {
    "rent, pay, appeal targets and court costs": [
        "Its rent will go up to £48,000 a year when the surgery moves into the new building.",
        "The group's chairman was paid £385,000 last year, the accounts show.",
        "The friends' spring appeal aims to raise £30,000 for garden furniture, and £8,000 has been given so far.",
        "The company was also told to pay £6,200 in costs and a victim surcharge of £170.",
        "The surgery's rent will rise to £52,000 a year in its new building.",
    ],
}

ACTION_FAMILIES = {
    "a past spell in special measures": [
        ("The chief executive said: \"We were in special measures for three years from 2015, and we have learned from it.\"",
         {(SM, "imposed"), (SM, "lifted")}),
        ("Brackley Road Surgery was in special measures for 18 months from 2020. It is now rated good.",
         {(SM, "imposed"), (SM, "lifted")}),
        # (review) the sentence goes on to say the state holds: no spell over
        ("Quarrendon House was in special measures for two years and it remains in special measures today.",
         {(SM, "continued")}),
    ],
    "entered and still in": [
        # (as test_battery_actions2: entered then and still in now is imposed and continued)
        ("Orwell Vale Hospitals NHS Trust went into special measures in 2021 and remains in them.",
         {(SM, "imposed"), (SM, "continued")}),
        # near-miss of the past spell: a present perfect with a length is a state that goes on
        ("Orwell Vale Hospitals NHS Trust has been in special measures for two years.", {(SM, "continued")}),
    ],
    "an exit with the length of the spell, and near-misses": [
        # (as test_battery_actions2: a notice or conditions told only lifted are only lifted)
        ("A second home owned by the group, Tillingham Court, had a warning notice lifted in 2022.",
         {(WN, "lifted")}),
        ("The home left special measures after two years of hard work by its staff.", {(SM, "lifted")}),
        ("Pentreath Ambulance Service NHS Trust left special measures in May last year after two years.",
         {(SM, "lifted")}),
    ],
    "a registration suspended for a time": [
        ("Hawthorn Rise care home was rated inadequate in June. Its registration had already been suspended for six "
         "weeks in the spring.", {("suspension", "imposed")}),
    ],
    "threats, powers and proposals are no actions": [
        ("Providers that fall short of the standards could face prosecution, the regulator warned.", set()),
        ("The regulator has powers to suspend a registration and to cancel it.", set()),
        ("The provider failed to ensure its staff were trained and could face prosecution.", set()),
        ("The CQC first proposed cancelling the registration of Wendle Lodge in March.", set()),
    ],
}

# (kind, status, whether the subject is null)
PERSONS = {
    "a court's fine on a named manager told after the company's": [
        ("Wendale Care Ltd was fined £18,000 at Ormsby Magistrates' Court. In a separate hearing its former manager, "
         "Tessa Marland, admitted failing to keep proper records and was fined £900 by magistrates.",
         {("fine", "imposed", False), ("prosecution", "imposed", False), ("fine", "imposed", True),
          ("prosecution", "imposed", True)}),
    ],
    "a modal inside what the manager failed to ensure is the offence, not a threat": [
        ("Ashby Vale Care Ltd was fined £7,000. In a separate hearing its former manager, Tessa Marland, admitted failing "
         "to make sure residents could summon help at night and was fined £900 by magistrates.",
         {("fine", "imposed", False), ("prosecution", "imposed", False), ("fine", "imposed", True),
          ("prosecution", "imposed", True)}),
    ],
    "a manager's own registration cancelled": [
        ("Inspectors rated Copperfield Home Care inadequate. Its manager, Kerry Danesworth, has had her registration "
         "as a manager cancelled by the regulator.",
         {("cancellation", "imposed", True)}),
        ("Its nominated individual, Pryce Hallam, has had his own registration cancelled.",
         {("cancellation", "imposed", True)}),
    ],
}


@pytest.mark.parametrize("family,text,expected", family_cases(INVESTMENT_FAMILIES))
def test_investment_battery_money18(nlp_fast, family, text, expected):
    assert_investments(nlp_fast(text)._.cqc_investments, expected)


@pytest.mark.parametrize("family,text", family_cases({k: [(t,) for t in v] for k, v in NOT_INVESTMENTS.items()}))
def test_investment_battery_money18_nothing(nlp_fast, family, text):
    assert nlp_fast(text)._.cqc_investments == []


@pytest.mark.parametrize("family,text,expected", family_cases(ACTION_FAMILIES))
def test_action_battery_money18(nlp_fast, family, text, expected):
    assert {(a["kind"], a["status"]) for a in nlp_fast(text)._.cqc_actions} == expected


@pytest.mark.parametrize("family,text,expected", family_cases(PERSONS))
def test_action_battery_money18_person(nlp_fast, family, text, expected):
    assert {(a["kind"], a["status"], a["subject"] is None) for a in nlp_fast(text)._.cqc_actions} == expected
