"""Paraphrase battery: investments (SPEC.md §2 investments, "Clarified after real text").

Short real-style snippets in new words with invented names: named
commitments in many phrasings (spent / invested / awarded / secured /
approved / announced / pledged; the sum before or after its purpose; a
project noun after the sum; "a £Xm investment in ..."), and the money talk
that is not an investment (deficits, savings, fines, costs, PFI payments,
budgets, national pots, salaries, fees, appeals, loans, money needed or
hoped for). Each row: text -> [(amount, a word the description must hold)];
every row runs in both profiles.
"""

from decimal import Decimal

import pytest

from conftest import assert_investments

D = Decimal

INVESTMENTS = [
    ("Westbrook Hospital is to get a new £12m emergency department.", [(D("12000000"), "emergency")]),
    ("A £4.5m investment in a new endoscopy suite was announced on Monday.", [(D("4500000"), "endoscopy")]),
    ("The trust has secured £7m to expand its critical care unit.", [(D("7000000"), "critical")]),
    ("Funding of £2.3m has been approved for a new crisis centre.", [(D("2300000"), "crisis")]),
    ("Plans for a £30m redevelopment of the maternity unit were approved last week.", [(D("30000000"), "maternity")]),
    ("The £18m scheme will see the operating theatres rebuilt by 2026.", [(D("18000000"), "scheme")]),
    ("Westbrook Hospital has been awarded £1.2m of national funding to refurbish its discharge lounge.", [(D("1200000"), "lounge")]),
    ("NHS England has granted £6m towards a new diagnostic centre at the hospital.", [(D("6000000"), "diagnostic")]),
    ("The home's owners have spent £800,000 refurbishing the bedrooms.", [(D("800000"), "bedrooms")]),
    ("A new £9m ward block opened in May.", [(D("9000000"), "ward")]),
    ("The trust announced a £2m upgrade to its CT scanners.", [(D("2000000"), "scanners")]),
    ("Construction of the £45m surgical centre began last year.", [(D("45000000"), "surgical")]),
    ("The government has pledged £20m to build a new community hospital in the town.", [(D("20000000"), "community")]),
    ("£500,000 has been invested in new monitoring equipment.", [(D("500000"), "equipment")]),
    ("The charity has been given £250,000 to run a dementia support service.", [(D("250000"), "dementia")]),
    ("A £1.5 million extension to the care home will add 20 beds.", [(D("1500000"), "extension")]),
    ("Work on the £3.2m refurbishment of Ward 7 is due to finish next spring.", [(D("3200000"), "refurbishment")]),
    ("Bosses have put £600,000 into new nurse call systems.", [(D("600000"), "call")]),
    ("The hospital will benefit from a £14m investment to build two new theatres.", [(D("14000000"), "theatres")]),
    ("Ministers confirmed £50m for a new cancer centre in the city.", [(D("50000000"), "cancer")]),
    ("Westbrook Hospital gets £8m for new children's ward", [(D("8000000"), "children")]),
    ("The trust is investing £3m in extra beds for the winter.", [(D("3000000"), "beds")]),
    ("Funding worth £3.4m will pay for a new urgent treatment centre.", [(D("3400000"), "treatment")]),
    ("Some £2m has gone into modernising the wards.", [(D("2000000"), "modernising")]),
    ("The trust received a £1.1m boost to improve its emergency department.", [(D("1100000"), "emergency")]),
    ("It is the first phase of a £25m programme to replace old wards.", [(D("25000000"), "wards")]),
    ("The trust will receive £11.5m from the national hospital programme to build a new theatre block.", [(D("11500000"), "theatre")]),
    ("£2.8m was spent upgrading the heating at the hospital.", [(D("2800000"), "heating")]),
    ("A new £6m scanner suite, paid for by the hospital charity, opened in March.", [(D("6000000"), "scanner")]),
    ("A £750,000 cash injection will fund ten new beds.", [(D("750000"), "beds")]),
    ("The trust spent £3.5m last year on a new electronic patient record.", [(D("3500000"), "record")]),
    ("The trust has received £4m in capital funding to build a new ward.", [(D("4000000"), "ward")]),
    ("The £1.2m grant will be used to recruit 20 nurses.", [(D("1200000"), "nurses")]),
    ("The hospital spent £900,000 buying two new scanners.", [(D("900000"), "scanners")]),
    # "the project" means the new project named before
    ("The opening of a new eye hospital unit in Kelby has been delayed. Officials say the cost of the project will top £210million.",
     [(D("210000000"), "eye hospital unit")]),
    ("If approved, the £70m scheme would create a new emergency department.", [(D("70000000"), "emergency department")]),
]

NOT_INVESTMENTS = [
    "The trust is forecasting a deficit of £15m this year.",
    "The trust must save £20m over the next two years.",
    "Brightwell Homecare was fined £80,000 and ordered to pay £12,000 costs.",
    "The trust pays £11m a year to the company that built the hospital under PFI.",
    "A £200m national fund for urgent care was announced by ministers.",
    "The trust's budget is £400m a year.",
    "The hospice is appealing for £50,000 to replace its minibus.",
    "The trust would need £90m to replace its crumbling buildings.",
    "The trust took out a £30m loan to stay afloat.",
    "Ministers have given £1bn to the NHS.",
    "Providers pay annual fees of up to £8,000 to the regulator.",
    "Families have been awarded £1.2m in compensation.",
    "The chief executive earns £240,000 a year.",
    "The trust overspent by £3m last year.",
    "Residents pay up to £1,500 a week for a room.",
    "The hospital hopes to secure £40m to rebuild its emergency department.",
    "The trust has applied for £15m to build a new theatre.",
    "The trust has submitted a bid for £60m of national funding to rebuild the hospital.",
    "A rebuild could cost up to £500m.",
    "A £2.5m settlement was paid to the family.",
    "The home was sold for £3m last year.",
    "The trust ended the year £9m in deficit.",
    "Agency staff cost the trust £14m last year.",
    "The trust has a savings target of £22m.",
    "The trust was given £10m of cash support to pay its bills.",
    "The provider was ordered to pay £4,000 in prosecution costs.",
    "The regulator's chief executive is paid £215,000.",
    "Its PFI contract will cost £1.2bn over 30 years.",
    "The trust has a £12m underlying deficit and is paying £3m a year in interest.",
    "A GoFundMe appeal has raised £12,000 for a new minibus.",
    "The trust has been handed £5m to help it clear its deficit.",
    "The council has cut £4m from its care budget.",
    "The trust was paying £60,000 a week for agency staff.",
    "The trust has put aside £2m for possible legal claims.",
    "The unit costs £4m a year to run.",
    "The trust expects to receive £8m from the sale of land.",
    "A £150,000 grant was given to the charity.",
    "The trust has been told to find £30m of savings.",
    "The trust spent £4.5m on the investigation.",
    "The trust spent £250,000 on a review into the failings.",
    "The trust has received £15m in national funding for winter.",
    "The £10bn scheme was scrapped in 2011.",
    "£5m was wasted on consultants hired to turn the trust around.",
    "The trust has been handed a £12m bill for PFI maintenance.",
    "Ministers announced £500m to tackle waiting lists across England.",
    "The ICB has allocated £4m to the trust to support its recovery.",
    "The trust was given £1m to cover the cost of the strike.",
    "The care home group spent £45m buying 12 homes.",
    "The owners have spent £2m on legal action against the regulator.",
    "The trust spent £8m on outsourcing operations to private hospitals.",
    "Had £200,000 been spent mending the lift, the fall would not have happened.",
    "The judge said that if £90,000 had been spent replacing the windows the death could have been avoided.",
]


@pytest.mark.parametrize("text,expected", INVESTMENTS)
def test_investment_battery(pipeline, text, expected):
    assert_investments(pipeline(text)._.cqc_investments, expected)


@pytest.mark.parametrize("text", NOT_INVESTMENTS)
def test_investment_battery_nothing(pipeline, text):
    assert pipeline(text)._.cqc_investments == []
