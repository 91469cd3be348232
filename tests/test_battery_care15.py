"""Paraphrase battery: ratings and transitions on care-home, home-care and GP pages (issue 14, session 15).

Families the earlier batteries (test_battery_transitions13.py, test_battery_prose_previous.py,
test_battery_kqhistory12.py, test_battery_multi12.py) do not have:
- a rating kept ("X, which was previously rated outstanding, kept that rating"; "X, our sister home in
  Y, kept its good rating"): the value is both the rating and its `previous`;
- a run of inspections ("for a third inspection running") over an older history sentence: the run fixes
  `previous`, the older values are older still;
- a dated history list ("rated inadequate in 2021 and requires improvement last year", "good in 2018 and
  requires improvement in 2020 before its first inadequate rating in 2023"): `previous` is the last one;
- a history of every key question ("when it was rated good in every area") before a result per key
  question: each key question's `previous`;
- "the service" after a council's own service ("The council's in-house team was inspected separately.
  The service, which ...") is that service (null when not named), not the council assessed as a whole;
- "the agency" after a home-care agency named as the provider (no location named): that agency;
- a named subject with an apposition naming its site or owner ("X, the service the council runs from
  Y House, has been rated ..."): the subject is X;
- a count whose remainder is named ("good in four out of five areas, with caring rated outstanding");
- a key question as a "whether" clause after the value ("judged X inadequate on whether people were kept
  safe and whether the service was well-led");
- a table whose rows have no space before the bar ("Is the service caring?| Good");
- a group naming some members and one it does not name ("A, B and a third home in Y were all rated
  inadequate"; "All three homes were rated inadequate" after "A, B and the company's home in Y"):
  one item per named member and one with subject null;
and near-misses: "closed for good" / "shut for good" are no ratings; "not always effective" is no value;
"kept its staff" is no kept rating; a "step up from the X rating" after a list is the overall's only.
Names and wording are invented; nothing is copied from any corpus. Fast profile.

Each row: text -> the set of (subject, service, domain, rating, previous, change).
"""

import pytest

from test_battery_prose_previous import block
from test_ratings import RI, _items

W = "Wexcombe Lodge"
S = "Dunmere House"
O = "Orchard Mews"
B = "Brantwood Home Care"
E = "Elmhurst"
R = "Rydal View"
M = "Marlow Court"
C = "Coltsfoot House"
FIVE = ("safe", "effective", "caring", "responsive", "well-led")

FAMILIES = {
    "a rating kept": [
        (f"{W}, which was previously rated outstanding, kept that rating in May.",
         block(W, ("overall", "outstanding", "outstanding"))),
        (f"Hazelbury Court has been rated outstanding. {S}, our sister home in Brill, kept its good rating when "
         "inspectors visited in May.",
         block("Hazelbury Court", ("overall", "outstanding")) | block(S, ("overall", "good", "good"))),
        ("Harlow Fold Surgery kept its outstanding rating for caring and was rated good for safe.",
         block("Harlow Fold Surgery", ("caring", "outstanding", "outstanding"), ("safe", "good"))),
        # near-miss: something else kept
        (f"{W} kept most of its staff through the pandemic and was rated good.",
         block(W, ("overall", "good"))),
    ],
    "a run of inspections and a dated history list": [
        (f"The latest report rates {O} inadequate overall for a third inspection running. The home was rated good "
         "in 2019 and requires improvement in 2021.",
         block(O, ("overall", "inadequate", "inadequate"))),
        (f"{B} has improved to good, having been rated inadequate in 2021 and requires improvement last year.",
         block(B, ("overall", "good", RI))),
        (f"{E} was rated good in 2018 and requires improvement in 2020 before its first inadequate rating in 2023. "
         f"{E} has now been rated inadequate overall.",
         block(E, ("overall", "inadequate", "inadequate"))),
        # neighbour: the most recent stated first
        (f"{B} has improved to good, having been rated requires improvement last year and inadequate two years ago.",
         block(B, ("overall", "good", RI))),
        # neighbour: one dated value only
        (f"{B} has improved to good, having been rated requires improvement in 2022.",
         block(B, ("overall", "good", RI))),
    ],
    "a history of every key question": [
        pytest.param(
            f"{R} has been rated outstanding, up from good. {R} was last inspected in 2020, when it was rated good in "
            "every area. Inspectors rated it outstanding for caring and well-led and good for safe, effective and "
            "responsive.",
            block(R, ("overall", "outstanding", "good"), ("caring", "outstanding", "good"),
                  ("well-led", "outstanding", "good"), ("safe", "good", "good"), ("effective", "good", "good"),
                  ("responsive", "good", "good")),
            marks=pytest.mark.xfail(strict=True, reason="singular 'in every area' is not the five key questions: "
                                    "read so, check ratings fell .778 -> .762 (test_battery_key_questions2 KNOWN_GAPS)")),
        # neighbour: a history of every key question and no result per key question gives no items
        ("Stanway House has been rated good. Stanway House was rated good in all five key questions at its last "
         "inspection in 2021.",
         block("Stanway House", ("overall", "good"))),
    ],
    "the subject: a council's service, an apposition": [
        ("The CQC assessed how Brindley Borough Council meets its Care Act duties, rating it requires improvement. The "
         "council's in-house reablement team was inspected separately. The service, which was previously rated "
         "outstanding, is now rated good.",
         block("Brindley Borough Council", ("overall", RI)) | block(None, ("overall", "good", "outstanding"))),
        # neighbour: the council's service named
        ("The CQC assessed how Brindley Borough Council meets its Care Act duties, rating it requires improvement. The "
         "council's in-house Ashcombe Home Care was inspected separately. The service, which was previously rated "
         "outstanding, is now rated good.",
         block("Brindley Borough Council", ("overall", RI)) | block("Ashcombe Home Care", ("overall", "good", "outstanding"))),
        # "the agency" with no location named: the home-care agency is the provider (SPEC)
        ("Kindred Home Care was rated inadequate overall. The agency was found to be inadequate in the safe and "
         "well-led categories.",
         block("Kindred Home Care", ("overall", "inadequate"), ("safe", "inadequate"), ("well-led", "inadequate"))),
        ("Ashcombe Home Care, the home care service the council runs from Merlin House, has been rated outstanding, "
         "up from good.",
         block("Ashcombe Home Care", ("overall", "outstanding", "good"))),
    ],
    "a count with its remainder named; whether-clauses; tables without spaces": [
        (f"Inspectors rated {M} good in four out of five areas, with caring rated outstanding.",
         block(M, ("safe", "good"), ("effective", "good"), ("responsive", "good"), ("well-led", "good"),
               ("caring", "outstanding"))),
        (f"Inspectors judged {C} inadequate on whether people were kept safe and whether the service was well-led.",
         block(C, ("safe", "inadequate"), ("well-led", "inadequate"))),
        (f"{C} has been rated good.\n\nKey question | Rating\nIs the service safe?| Inadequate\n"
         "Is the service caring?| Good\nIs the service responsive?| Requires improvement\n",
         block(C, ("overall", "good"), ("safe", "inadequate"), ("caring", "good"), ("responsive", RI))),
    ],
    "a group with a member it does not name": [
        ("Cowley Court, Fenton Hall and a third home in Bexley were all rated inadequate overall.",
         block("Cowley Court", ("overall", "inadequate")) | block("Fenton Hall", ("overall", "inadequate"))
         | block(None, ("overall", "inadequate"))),
        ("Cowley Court, Fenton Hall and the company's home in Bexley were inspected in May. All three homes were "
         "rated inadequate.",
         block("Cowley Court", ("overall", "inadequate")) | block("Fenton Hall", ("overall", "inadequate"))
         | block(None, ("overall", "inadequate"))),
        ("Cowley Court, Fenton Hall and a third home in Bexley were rated inadequate overall. All three were found "
         "inadequate for safety and for leadership.",
         {(s, None, d, "inadequate", None, None) for s in ("Cowley Court", "Fenton Hall", None)
          for d in ("overall", "safe", "well-led")}),
    ],
    "near-misses": [
        # (review, session 15) no unnamed member: a compound ('the service manager'), and a bare 'the home'
        # that refers back to the home named before
        ("Cowley Court and the service manager were praised by inspectors, and the home was rated good.",
         block("Cowley Court", ("overall", "good"))),
        ("Kenwick Care Ltd runs Cowley Court in Bexley. Kenwick Care Ltd and the home were both rated good.",
         block("Kenwick Care Ltd", ("overall", "good"))),
        # an apposition is the subject itself, not one more member
        ("Cowley Court, the company's home in Bexley, was rated inadequate overall.",
         block("Cowley Court", ("overall", "inadequate"))),
        # a comment after key questions with no overall stated is theirs
        ("Pelham Rise was rated good for safe and effective - a step up from requires improvement.",
         block("Pelham Rise", ("safe", "good", RI), ("effective", "good", RI))),
        ("Pickering Dental Practice has closed for good after the regulator cancelled its registration.",
         set()),
        ("Pickering Dental Practice has shut for good. Ellis Street Surgery was rated good for caring.",
         block("Ellis Street Surgery", ("caring", "good"))),
        ("Inspectors said Fallowfield Grange was not always effective, and its rating for whether it is responsive "
         "to people's needs remains good.",
         block("Fallowfield Grange", ("responsive", "good", "good"))),
        ("Ashgrove Villa was rated inadequate overall in 2022. The new report rates Ashgrove Villa good overall and "
         "good for safe, effective and caring - a big step up from the inadequate rating it received in 2022.",
         block("Ashgrove Villa", ("overall", "good", "inadequate"), ("safe", "good"), ("effective", "good"),
               ("caring", "good"))),
    ],
}

# a row may be a pytest.param (a strict xfail): keep its marks
CASES = [pytest.param(family, *getattr(row, "values", row), marks=getattr(row, "marks", ()), id=f"{family}-{i}")
         for i, (family, row) in enumerate((family, row) for family, rows in FAMILIES.items() for row in rows)]


@pytest.mark.parametrize("family, text, expected", CASES)
def test_care15_battery(nlp_fast, family, text, expected):
    assert _items(nlp_fast, text) == expected
