"""Battery ownpages14: a provider's own page, and key questions improved in a
list longer than two (issue 14; session 14).

- "the same ratings as at our last inspection" (a provider's own news page:
  "our", and "ratings" plural) is unchanged for every value it follows;
- "Improvements were seen in safe, effective and well-led, which are all now
  rated good": a direction noun, a passive "were seen", three key questions —
  each improved, previous null (the window before the value is wide enough
  for a list of three);
and near-misses. Invented names and wording. Fast profile only.
"""

import pytest

T = "Tollgate Ambulance Service NHS Trust"
ROWS = [
    (f"{T} has been rated good. Improvements were seen in safe, effective and well-led, which are all now rated good.",
     {(T, "overall", "good", None, None), (T, "safe", "good", None, "improved"), (T, "effective", "good", None, "improved"),
      (T, "well-led", "good", None, "improved")}),
    (f"{T} has been rated good. Inspectors found improvements in safe, effective and well-led, which are now rated good.",
     {(T, "overall", "good", None, None), (T, "safe", "good", None, "improved"), (T, "effective", "good", None, "improved"),
      (T, "well-led", "good", None, "improved")}),
    ("Inspectors rated Marrow Hospice outstanding for caring and good for safe - the same ratings as at our last inspection in 2022.",
     {("Marrow Hospice", "caring", "outstanding", "outstanding", "unchanged"), ("Marrow Hospice", "safe", "good", "good", "unchanged")}),
    ("We are proud that Marrow Hospice was rated good overall, the same as at our last inspection.",
     {("Marrow Hospice", "overall", "good", "good", "unchanged")}),
    # "improved its ratings for A, B and C to good"; "ratings improved across the board, with A and B now good"
    ("Marsh Lane Surgery has been rated good overall. The practice has improved its ratings for safe, effective, caring and "
     "well-led to good.",
     {("Marsh Lane Surgery", "overall", "good", None, None)} | {("Marsh Lane Surgery", k, "good", None, "improved")
                                                                for k in ("safe", "effective", "caring", "well-led")}),
    ("Marsh Lane Surgery has been rated good overall. Ratings improved across the board, with safe, effective and well-led "
     "now good.",
     {("Marsh Lane Surgery", "overall", "good", None, None)} | {("Marsh Lane Surgery", k, "good", None, "improved")
                                                                for k in ("safe", "effective", "well-led")}),
    ("Marsh Lane Surgery has improved its rating to good.", {("Marsh Lane Surgery", "overall", "good", None, "improved")}),
    # near-misses: no rating stated with the improvement; a later inspection's result
    (f"{T} has been rated good. Improvements were seen in staffing, which is now better.", {(T, "overall", "good", None, None)}),
    # a direction of something else than a key question, before "which is now rated": no change
    ("Fairholme Care Home has seen a drop in complaints to the home, which is now rated good by the CQC.",
     {("Fairholme Care Home", "overall", "good", None, None)}),
    ("Improvements were made to the garden at Tillyard House, which is now rated requires improvement.",
     {("Tillyard House", "overall", "requires improvement", None, None)}),
    ("Marrow Hospice was rated good overall. Our last inspection, in 2019, rated it outstanding.",
     {("Marrow Hospice", "overall", "good", "outstanding", "declined")}),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_ownpages_battery14(nlp_fast, text, expected):
    got = {(r["subject"], r["domain"], r["rating"], r["previous"], r["change"]) for r in nlp_fast(text)._.cqc_record["ratings"]}
    assert got == expected


# "Across the trust," turns from a service's ratings to the trust's own: the service is not carried past it
C = "Castlebrook NHS Foundation Trust"
ACROSS = [
    (f"{C} is now rated requires improvement overall. Its acute wards for adults of working age were rated good, up from "
     "inadequate. Across the trust, safe improved from inadequate to requires improvement. Caring remained good.",
     {(C, None, "overall", "requires improvement"), (C, "acute wards for adults of working age", "overall", "good"),
      (C, None, "safe", "requires improvement"), (C, None, "caring", "good")}),
    # "Across the trust," in a sentence that rates nothing leaves the service as it was
    (f"Maternity at {C} has been rated requires improvement. Across the trust, staff shortages were reported in every ward. "
     "It was rated inadequate for safe.",
     {(C, "maternity", "overall", "requires improvement"), (C, "maternity", "safe", "inadequate")}),
    # neighbour: a page about one service goes on with it
    (f"Maternity at {C} has been rated requires improvement. It was rated inadequate for safe. Caring was rated good.",
     {(C, "maternity", "overall", "requires improvement"), (C, "maternity", "safe", "inadequate"), (C, "maternity", "caring", "good")}),
]


@pytest.mark.parametrize("text,expected", ACROSS)
def test_ownpages_battery14_across_the_trust(nlp_fast, text, expected):
    got = {(r["subject"], r["service"], r["domain"], r["rating"]) for r in nlp_fast(text)._.cqc_record["ratings"]}
    assert got == expected
