"""Battery tables14: a table of ratings whose columns are headed by kinds of
body (issue 14; council reports, trade press and provider pages flatten such
tables into lines of cells split by pipes or tabs).

"Care home | Provider | Latest CQC rating | Previous rating" over one line a
home: each cell under "Care home" (home, location, practice, hospital, name)
is a location, each under "Provider" (operator, owner, company, trust) a
provider; each row's rating is its home's, with the previous rating from the
older column. Near-misses: a menu in pipes ("Home | About us | News") and a
grid of services ("Service | Rating") give no organisation. Invented names
and wording. Fast profile only.
"""

import pytest

LOC, PRO = "location", "provider"
RI = "requires improvement"

ROWS = [
    ("Care homes inspected this quarter\n\nCare home | Provider | Latest CQC rating | Previous rating | Report published\n"
     "Hawthorn Rise | Tamberly Care Ltd | Inadequate | Requires improvement | 4 Nov 2024\n"
     "Larch House | Fenwold Homes | Good | Good | 19 Dec 2024\n",
     {("Hawthorn Rise", LOC), ("Tamberly Care Ltd", PRO), ("Larch House", LOC), ("Fenwold Homes", PRO)},
     {("Hawthorn Rise", "overall", "inadequate", RI, "declined"), ("Larch House", "overall", "good", "good", "unchanged")}),
    ("4.2 Inspection outcomes\n\n4.2.1 Home | Operator | CQC rating | Date of report\n"
     "Sefton Vale | Corrow Healthcare Ltd | Good | 2 March 2025\n"
     "Mill Cottage | Amberdale Living | Requires improvement | 9 March 2025\n",
     {("Sefton Vale", LOC), ("Corrow Healthcare Ltd", PRO), ("Mill Cottage", LOC), ("Amberdale Living", PRO)},
     {("Sefton Vale", "overall", "good", None, None), ("Mill Cottage", "overall", RI, None, None)}),
    ("GP practice\tLatest rating\tPrevious rating\n"
     "Kestrel Road Surgery\tGood\tRequires improvement\n"
     "Parkway Medical Centre\tOutstanding\tOutstanding\n",
     {("Kestrel Road Surgery", LOC), ("Parkway Medical Centre", LOC)},
     {("Kestrel Road Surgery", "overall", "good", RI, "improved"),
      ("Parkway Medical Centre", "overall", "outstanding", "outstanding", "unchanged")}),
    # near-misses: a menu, a cookie bar, a grid of services
    ("Home | About us | Our homes | News | Contact\nCareers | Accept cookies | Good news stories\n", set(), set()),
    ("Service | Rating\nSurgery | Good\nMaternity | Requires improvement\n", set(), None),
    # a column of towns or of settings is no column of names
    ("Home | Location | Rating\nBramley House | Harrogate | Good\nIvy Court | Selby | Requires improvement\n",
     {("Bramley House", LOC), ("Ivy Court", LOC)}, None),
    ("Setting | Latest rating | Previous rating\nResidential | Good | Requires improvement\nDay service | Outstanding | Good\n",
     set(), None),
]


@pytest.mark.parametrize("text,orgs,ratings", ROWS)
def test_table_battery14_organisations(nlp_fast, text, orgs, ratings):
    assert {(o["name"], o["kind"]) for o in nlp_fast(text)._.cqc_organisations} == orgs


@pytest.mark.parametrize("text,orgs,ratings", [r for r in ROWS if r[2] is not None])
def test_table_battery14_ratings(nlp_fast, text, orgs, ratings):
    got = {(r["subject"], r["domain"], r["rating"], r["previous"], r["change"]) for r in nlp_fast(text)._.cqc_record["ratings"]}
    assert got == ratings
