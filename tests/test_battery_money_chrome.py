"""Paraphrase battery: money talk on real news, trade and trust web pages (SPEC.md §2 investments).

Real pages carry sums that are no investment of the story: subscription and
paywall prompts, donation asks, job adverts and salaries, care fees, prices in
adverts, headlines of other stories under "Related" / "Most read" / "Read
more", photo captions of other stories, the provider's annual figures
(budget, turnover, deficit, savings targets), national pots not for this
provider, fines, compensation, pay awards, agency costs, sums a campaign asks
for, past spending of no named purpose, grants applied for but not awarded.
Each row in new words with invented names must give NO investment. The rows
of COMMITMENTS are real commitments in new wordings that must be found.
Every row runs in both profiles.
"""

from decimal import Decimal

import pytest

from conftest import assert_investments

D = Decimal

CHROME = [
    # subscription and paywall prompts
    "Subscribe for £1 a week\nUnlimited access to local news.",
    "Get 3 months for £3, then £7.99 a month. Cancel anytime.",
    "Support local journalism: subscribe today from just £4.99 per month.",
    "Become a member for £5 a month and read without adverts.",
    "Subscribe now for £1 for your first month",
    "Digital subscription: £2 for 12 weeks",
    "Enjoy unlimited articles for £1 for the first three months.",
    # donation asks
    "Donate £10 today to help us keep reporting on care.",
    "A gift of £25 could pay for a day of nursing care at the hospice.",
    "Please give £5 to help our volunteers.",
    "Could you donate £3 a month to support our work?",
    "Text KINDNESS to 70085 to donate £5.",
    # job adverts and salaries
    "Jobs: Registered nurse, Harlow Croft care home, £38,000 - £42,000 a year",
    "Care assistant wanted, £11.90 per hour, nights and weekends",
    "Deputy manager, salary £34,000 plus benefits",
    "Staff nurse (Band 5) | £29,970 - £36,483 pa | Full time",
    "Registered manager sought for a 40-bed home. Up to £55k.",
    # care and property fees, adverts
    "Fees at the home start at £1,200 a week.",
    "Weekly fees range from £900 to £1,450.",
    "Rooms are available from £950 per week, all inclusive.",
    "Residential care from £850 pw",
    "Three-bedroom house for sale in Kelby, offers over £325,000",
    "Advertisement\nHearing aids from £495 - book a free test today",
    "Win a spa break worth £500!",
    # related articles, most read, more from, read more (headlines of other stories)
    "Related\n£4m plan for new GP surgery in Ashcombe",
    "Most read\n1. £12m revamp for Kelby train station\n2. Man charged after town centre assault",
    "More from this section\n£2.5m leisure centre opens its doors",
    "Read more\n£6m boost for Harlow Croft schools",
    "Related stories:\n- Plans for £30m hospital car park approved\n- Flu clinics open",
    "READ MORE: £900,000 skate park plan gets green light",
    "You may also like\nTown gets £1m to revamp its high street",
    "Top stories\n£20m sports village given go-ahead",
    "Also in the news: £3m bid to reopen the Kelby railway line",
    "Trending\nCouncil spends £400,000 on new bins",
    # photo captions of other stories
    "The new £8m bus station in Ashcombe, which opened last year. Photo: Kelby Courier",
    # cookie banners
    "We use cookies. Read our cookie policy. Accept all | Manage settings",
    # annual figures
    "The trust has an annual budget of £620m and employs 7,000 staff.",
    "Its turnover last year was £48m.",
    "The trust is forecasting a £19m deficit for 2026/27.",
    "The trust must deliver £25m of savings this year.",
    "The trust has a savings target of £14m for the coming year.",
    "The group reported annual revenue of £310m and a profit of £12m.",
    "The trust's capital budget for the year is £40m.",
    "It has an income of around £500m a year.",
    # national pots not for this provider
    "The government has announced £250m for mental health services across England.",
    "A national £1.5bn fund will be shared among councils.",
    "Ministers unveiled a £600m package for social care nationally.",
    # fines, compensation, pay awards, agency costs
    "The home's owner was fined £40,000 and told to pay £9,500 costs.",
    "The family received £350,000 in an out-of-court settlement.",
    "Nurses will get a £1,500 one-off payment under the pay award.",
    "Staff are to receive a 5% pay rise worth £1,200 on average.",
    "The trust spent £9.6m on agency nurses last year.",
    "Locum doctors cost the trust £3m in six months.",
    # campaign asks
    "Campaigners want £5m to keep the unit open.",
    "The petition calls on ministers to provide £10m for the hospice.",
    "Families are campaigning for £2m to reopen the birth centre.",
    # past spending with no named purpose
    "The trust had spent £2m by the end of the year.",
    "By then the trust had spent £2m.",
    "The council said it had already spent £1.2m this year.",
    # grants applied for but not awarded
    "The hospice applied for a £300,000 grant but was turned down.",
    "A bid for £4m to build a new ward was rejected.",
    "The trust's application for £8m of funding was unsuccessful.",
    "The charity missed out on £500,000 of lottery money.",
    "The trust has asked the government for £12m to build a new ward.",
    "The plan to spend £10m on a new unit was shelved.",
    "A runner raised £3,000 for the hospice by completing the marathon.",
    "Prices start at £4.50 in the café.",
    # running costs and money held
    "It costs £50,000 a year to keep a patient in the unit.",
    "The trust receives £400m a year to provide services to 500,000 people.",
    "The trust has £15m in the bank.",
    "The trust receives £40m a year from commissioners to run the service.",
    "Under the deal the trust will receive £4m for each year it meets the standard.",
    "The trust has been offered £10m on condition it merges with its neighbour.",
    "Staff raised £1,200 for the ward by holding a bake sale.",
    # a list of other stories with a teaser sentence under each headline
    "More stories\nHospital wing gets £5m revamp\nThe new wing will open next year.\nCharity shop opens in Ashcombe",
    "Sponsored\nNew £2m care village opens in Kelby with luxury suites",
    "Around the county\n£3m upgrade for Kelby health centre",
]

COMMITMENTS = [
    ("A £3.2 million scheme to refurbish the wards is under way.", [(D("3200000"), "refurbish")]),
    ("The trust has secured £750,000 to expand its stroke unit.", [(D("750000"), "stroke")]),
    ("Work has started on a £5.6m upgrade of the hospital's theatres.", [(D("5600000"), "theatres")]),
    ("The trust will spend £2.4m creating a new discharge lounge.", [(D("2400000"), "discharge")]),
    ("The home has completed a £400,000 makeover of its lounges and garden.", [(D("400000"), "makeover")]),
    ("The report comes as work begins on a £9.1 million extension to the children's ward.", [(D("9100000"), "extension")]),
    # what is new is built, not a recipient (SPEC: "£3.7bn to build 40 new hospitals" counts)
    ("The rebuild was part of the government's pledge of £3.7bn for 40 new hospitals.", [(D("3700000000"), "hospitals")]),
    # a bare participle after the sum
    ("Inspectors said the £2m invested in the ward had made a difference.", [(D("2000000"), "ward")]),
    ("Around £1m has been spent on improvements since the inspection.", [(D("1000000"), "improvements")]),
]


@pytest.mark.parametrize("text", CHROME)
def test_money_chrome_nothing(pipeline, text):
    assert pipeline(text)._.cqc_investments == []


@pytest.mark.parametrize("text,expected", COMMITMENTS)
def test_money_commitments(pipeline, text, expected):
    assert_investments(pipeline(text)._.cqc_investments, expected)
