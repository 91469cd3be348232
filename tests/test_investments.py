"""cqc_investments: which sums are investments, their description and timing.

Tables of invented sentences: text -> expected items. Each row runs in both
profiles ("accurate" with the statistical base, "fast" without it).
"""

from decimal import Decimal

import pytest

D = Decimal

# text -> [(amount, description words that must appear, timing or None)]
INVESTMENTS = [
    # Each written form of an amount, in context.
    ("The trust will spend £16.9million on a new maternity unit.", [(D("16900000"), "new maternity unit", None)]),
    ("The trust will spend £16.9m on a new maternity unit.", [(D("16900000"), "new maternity unit", None)]),
    ("The trust will spend £16.9 million on a new maternity unit.", [(D("16900000"), "new maternity unit", None)]),
    ("Ministers have approved £2.5bn for rebuilding the county's hospitals.", [(D("2500000000"), "rebuilding the county's hospitals", None)]),
    ("Ministers have approved £1.2 billion for rebuilding the county's hospitals.", [(D("1200000000"), "rebuilding the county's hospitals", None)]),
    ("The home has invested £500,000 in a new sensory garden.", [(D("500000"), "new sensory garden", None)]),
    ("The home has invested £500k in a new sensory garden.", [(D("500000"), "new sensory garden", None)]),
    ("The board agreed to invest 16 million pounds in a new cancer centre.", [(D("16000000"), "new cancer centre", None)]),
    ("The council will spend £3-4m on a new day centre.", [(D("3500000"), "new day centre", None)]),
    # Constructions: project noun after the sum, purpose infinitive, gerund, "which cost".
    ("She said a £16.9million project to redevelop the hospital's resus facilities, due to start in spring 2024, would help.",
     [(D("16900000"), "project to redevelop the hospital's resus facilities", "spring 2024")]),
    ("Work has begun on the £8m surgical hub planned for the Westfield site.", [(D("8000000"), "surgical hub", None)]),
    ("The practice was awarded £180,000 to build two new consulting rooms.", [(D("180000"), "build two new consulting rooms", None)]),
    ("The trust is spending £1.6m this year refurbishing the Larch Ward.", [(D("1600000"), "refurbishing the Larch Ward", "this year")]),
    ("Harbour View Hospital, which cost £300 million, opened in 2012.", [(D("300000000"), "Harbour View Hospital", "2012")]),
    ("The company opened its £9 million Meadow Court this week.", [(D("9000000"), "Meadow Court", "this week")]),
    ("The service receives £2m a year to run a falls prevention programme.", [(D("2000000"), "run a falls prevention programme", "a year")]),
    ("£4.6m will be invested over the next two years in the virtual ward programme.", [(D("4600000"), "the virtual ward programme", "over the next two years")]),
    ("The trust has committed £450,000 over two years to a care workforce academy.", [(D("450000"), "care workforce academy", "over two years")]),
    ("It received £12m of government investment in building a new wing by the end of 2026.", [(D("12000000"), "building a new wing", "by the end of 2026")]),
    ("The trust has been given £3m by NHS England to expand its emergency department.", [(D("3000000"), "expand its emergency department", None)]),
    # A total and its parts are separate items; one commitment named twice is one.
    ("The trust will spend £10m on its fleet: £8m in new ambulances and £2m in response cars.",
     [(D("10000000"), "its fleet", None), (D("8000000"), "new ambulances", None), (D("2000000"), "response cars", None)]),
    ("Hospital gets £5m for new theatre\n\nThe hospital is to receive £5m to build a new operating theatre.",
     [(D("5000000"), "build a new operating theatre", None)]),
    # Phrasings met in real news pages (new words, invented names).
    ('The infirmary has unveiled £1.8m of upgrades to its "tired" children\'s ward.',
     [(D("1800000"), 'upgrades to its "tired" children\'s ward', None)]),
    ("Meanwhile a new £14 million eye and ear centre is due to open in June.", [(D("14000000"), "eye and ear centre", "June")]),
    ("Officials said the cost of the rebuild will top £85million.", [(D("85000000"), "rebuild", None)]),
    ("The firm says it has spent nearly £3m since last year to improve the hospital.",
     [(D("3000000"), "improve the hospital", "since last year")]),
    ("The regional board gave £2m to the trust for a new birth centre.", [(D("2000000"), "new birth centre", None)]),
    ("The board will spend £4m on its children's unit.", [(D("4000000"), "its children's unit", None)]),
    # a building paid for under a private finance deal still cost what it cost
    ("The £250m PFI hospital opened in 2004.", [(D("250000000"), "PFI hospital", "2004")]),
    # a planned project's stated cost counts even in an article about a bid for its funding
    ("The board is drawing up a bid for funding. A £60m rebuild of Eastmoor Hospital is being proposed by the board.",
     [(D("60000000"), "rebuild of Eastmoor Hospital", None)]),
    # one commitment, rounded in the headline and precise in the text: one item at the precise amount
    ("Infirmary to get £13m for new wards\n\nThe infirmary will spend £12.8m on new wards for older patients.",
     [(D("12800000"), "new wards for older patients", None)]),
    # a rounder sum said of something else stays its own item
    ("The board will spend £13m on new wards and £12.8m on a new theatre block.",
     [(D("13000000"), "new wards", None), (D("12800000"), "new theatre block", None)]),
    # issue 14: a national sum with a concrete purpose that "cuts waiting lists" still counts
    ("The health secretary announced £2.2bn to open 15 diagnostic centres to cut waiting lists.",
     [(D("2200000000"), "open 15 diagnostic centres to cut waiting lists", None)]),
]

# Sums that are not investments, one row per family of SPEC.md §2.
NOT_INVESTMENTS = [
    "The provider was fined £12,000 and ordered to pay costs of £4,500.",                      # fine, costs
    "The owners must also pay £3,000 in costs and a £120 victim surcharge.",                  # costs, surcharge
    "The trust's deficit grew to £40m last year, up from the £32m it had planned for.",        # deficit
    "The trust has paid out £20m in compensation over maternity errors.",                     # compensation
    "The chief executive's salary of £250,000 was criticised.",                               # salary
    "The company reported a turnover of £86m last year.",                                     # turnover
    "The hospice has an income of around £9m a year.",                                        # income
    "The council's annual budget of £1.2bn is under strain.",                                 # budget
    "The trust has bid for £25m to rebuild its emergency department.",                        # asked / bid for
    "The charity has launched an appeal asking people to raise £400,000 towards a new garden.",  # appeal
    "The trust received £38m in deficit support during the year.",                            # deficit support
    "The hospital has received £20m of emergency capital funding, officials said.",           # general funding
    "The money comes from a £300m pot the government is sharing between hospitals.",          # sector pot
    "The NHS will give £5m to the trust.",                                                    # recipient only
    "Replacing the building might end up costing more than £200 million.",                    # speculation
    "The trust needs to cut £60 million from its spending by 2027.",                           # cuts
    "Repayments came to £40 million last year.",                                               # repayments
    "Running the hospice costs £7.8m a year.",                                                 # running costs
    "It would cost £2m to fix the roof.",                                                      # hypothetical cost
    # real news money talk that is not an investment
    "Eastmoor Health secured £9m of extra money from the county's £300 million transformation fund.",  # a pot
    "The trust now has a £35m maintenance backlog and no room to grow.",                      # a backlog
    "The chief executive said the cost will be in the region of £150m to make sure services are safe.",  # an estimate
    "The trust is £25m in the red.",                                                           # deficit
    "The trust received £21m in financial support from the government this year.",           # deficit support
    "The hospital was handed £4m of emergency cash to pay staff.",                            # emergency cash
    "A £1.8bn national fund was announced for GP surgeries.",                                 # sector funding
    "An extra £900m was given to the NHS for winter.",                                        # sector funding
    "Ministers announced £300m to help the NHS cope with winter pressures.",                  # sector funding
    "The regulator set aside £80m for trusts in special measures.",                           # recipients
    "The trust pays £25m a year in PFI charges.",                                             # PFI repayments
    "The trust has a £180m PFI debt.",                                                        # PFI debt
    "The Eastmoor Inquiry, which cost £13m, reported in 2013.",                               # an inquiry is no project
    "The trust faces a £45m bill for its PFI deal.",                                          # PFI bill
    "The owner bought the home for £1.5m in 2016.",                                           # purchase price
    "The group sold the hospice for £4m to a developer.",                                     # sale price
    "The home charges £1,100 a week for care.",                                               # fees
    "The trust has a £6m cost improvement programme.",                                        # savings
    "The trust spent £9m on agency staff last year.",                                         # agency staff costs
    "The clinic won a £1m Lottery grant last year.",                                          # a grant, no purpose
    "A £2m Department of Health loan kept the unit open.",                                    # loan
    "The county awarded a £30m home care contract to the firm.",                              # contract
    "The £900m company runs 120 homes.",                                                      # company size
    "The unit has £20m of capital to spend this year.",                                       # no purpose
    "The home received £90,000 in infection control funding.",                                # funding stream
    "Volunteers raised £4,000 for the hospice.",                                              # fundraising for a charity
    "The charity needs £2m a year to keep the hospice open.",                                 # money needed, running costs
    # money talk from real pages, new words (issue 14)
    "The infirmary overspent by £6m on its estates work last winter.",                         # overspend
    "Last year the provider lost £2.2m on its day centres.",                                   # a loss
    "A £700m fund for faster cancer scans was unveiled by ministers.",                         # a national fund
    "Each region will get a share of £90m for extra beds.",                                    # share of a pot
    "Forty trusts will share £320m to clear their backlogs.",                                  # a pot shared out
    "Volunteers hope to raise £80,000 by the autumn for a new hydrotherapy pool.",             # fundraising target
    "The charity is raising £1.5m for a new respite lodge.",                                   # fundraising under way
    "Suites at the lodge cost from £950 to £1,300 a week.",                                    # a price
    "The board spent £240,000 on management consultants this spring.",                         # consultants
    "It has spent £700,000 on legal fees contesting the claims.",                              # legal fees
    "The cost of the abandoned and failed booking system was £5m.",                            # cost of a failure
    "The county received £3m from the Treasury to meet the nurses' pay award.",                # a pay award
    "The group's owners took £9m in dividends last year.",                                     # dividends
    "The board holds £45m in reserves.",                                                       # reserves
    "The trust may borrow £12m for a new car park.",                                           # a loan
    "The council spends £2m a year sending children to out-of-area placements.",               # placements
    "Ministers pledged £1.9bn for dementia services across England.",                          # sector funding
    # issue 14: a bank facility, a loan facility, money supporters are asked to help raise
    "The purchase is financed from a £14m facility provided by Larchmont Bank.",
    "The group agreed a £9m revolving credit facility to fund the deal.",
    "We are asking friends of the hospice to help us raise £40,000 for a new garden room.",
]


def _check_evidence(doc, items):
    for item in items:
        assert item["evidence"], item
        for ev in item["evidence"]:
            assert doc.text[ev["start"]:ev["end"]] == ev["text"]


@pytest.mark.parametrize("text,expected", INVESTMENTS)
def test_investments(pipeline, text, expected):
    doc = pipeline(text)
    items = doc._.cqc_investments
    _check_evidence(doc, items)
    got = [(D(str(i["amount_gbp"])), i["description"], i["timing"]) for i in items]
    assert [g[0] for g in got] == [e[0] for e in expected], got
    for (amount, description, timing), (_, want_desc, want_timing) in zip(got, expected):
        assert description is not None and description.replace("’", "'") == want_desc, got
        assert timing == want_timing, got


@pytest.mark.parametrize("text", NOT_INVESTMENTS)
def test_not_investments(pipeline, text):
    doc = pipeline(text)
    assert doc._.cqc_investments == [], doc._.cqc_investments


def test_no_money_no_items(pipeline):
    assert pipeline("The home was rated good.")._.cqc_investments == []
