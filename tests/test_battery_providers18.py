"""Battery providers18: the subject and service of ratings when a page names several bodies
(issue 14's private-set families; session 18, invented real-style pages, task h-invP18).
Fast profile; new wording, invented names, nothing copied from any corpus.

- P-place: a site named for its place ("the hospital in Stannick", "the Quenby site", "At
  Stannick, ...", "the Quenby hospital") is the location of the trust whose name holds that
  place word; a place word that names no rated location (or only a provider) changes nothing;
- P-carry / P-switch: a hospital named only as the site of a named ward ("X Ward at Y
  Hospital") is not where the next sentence's trust-wide service sits; a service named at a
  hospital keeps its hospital in the next sentence ("It was rated ...");
- P-group-stat: a share of a group's homes ("a quarter of the group's homes are now rated
  RI", a headline "X: half of homes now 'requires improvement'") gives no item; a count
  naming some members gives one per member plus one with subject null (SPEC, Clarified);
- P-parent: a named service of a provider in apposition ("The council's reablement service,
  X, which ..., was rated outstanding") is the subject; a parent's statement of "both of our
  hospices" gives nothing to the parent;
- P-core / P-none: a core service named at length at a hospital; a home named only in the
  headline, "the home" after it.
"""

import pytest

from conftest import family_cases

O = "overall"
RI = "requires improvement"
TRUST = "Hollowmere Hospitals NHS Trust"
SGH = "Stannick General Hospital"
QMH = "Quenby Memorial Hospital"
RUNS = f"{TRUST}, which runs {SGH} and {QMH}, was rated good overall. "
CT = "Ferncliff Community NHS Trust"

RATINGS = {
    "P-place: a site named for its place": [
        (RUNS + "The emergency department at the hospital in Stannick was rated inadequate.",
         {(TRUST, None, O, "good"), (SGH, "urgent and emergency care", O, "inadequate")}),
        (RUNS + "Surgery at the Quenby site was rated requires improvement.",
         {(TRUST, None, O, "good"), (QMH, "surgery", O, RI)}),
        (RUNS + "At Stannick, the maternity unit was rated requires improvement for safe.",
         {(TRUST, None, O, "good"), (SGH, "maternity", "safe", RI)}),
        (RUNS + "Maternity services at the Quenby hospital were rated outstanding.",
         {(TRUST, None, O, "good"), (QMH, "maternity", O, "outstanding")}),
        # near-miss: the place word is the trust's own (no location holds it): nothing moves
        (RUNS + "Critical care at the Hollowmere hospitals was rated good.",
         {(TRUST, None, O, "good"), (TRUST, "critical care", O, "good")}),
        # near-miss: a place named for people, not a site
        (RUNS + "Families in Stannick said they were pleased. Surgery was rated good.",
         {(TRUST, None, O, "good"), (TRUST, "surgery", O, "good")}),
    ],
    "P-carry / P-switch: a ward's host site is not carried": [
        (f"{CT} was rated good. Larchway Ward at Cottesmere Community Hospital was rated requires improvement. "
         "Community health services for adults were rated outstanding.",
         {(CT, None, O, "good"), ("Larchway Ward", None, O, RI),
          (CT, "community health services for adults", O, "outstanding")}),
        # near-miss: a service at the hospital keeps it
        (f"{CT} was rated good. Urgent and emergency care at Cottesmere Community Hospital was rated requires "
         "improvement. It was rated inadequate for safe.",
         {(CT, None, O, "good"), ("Cottesmere Community Hospital", "urgent and emergency care", O, RI),
          ("Cottesmere Community Hospital", "urgent and emergency care", "safe", "inadequate")}),
    ],
    "P-group-stat: a share names no member": [
        ("Rushgrove Care runs 24 homes in the county. A quarter of the group's homes are now rated requires "
         "improvement.", set()),
        ("Rushgrove Care: half of homes now 'requires improvement'\n\nThe group runs 24 homes in the county, "
         "according to its accounts.", set()),
        pytest.param(
            "Rushgrove Care runs 24 homes. Four of its homes, including Wistow Lodge, were rated good this spring.",
            {("Wistow Lodge", None, O, "good"), (None, None, O, "good")},
            marks=pytest.mark.xfail(strict=True, reason="SPEC's null item for the unnamed rest of a listed group: "
                                    "Reader._listed_members leaves it out on purpose (such null items were spurious "
                                    "on the held-out set); left for the lead")),
        ("Rushgrove Care runs 24 homes. Of the homes rated inadequate, the largest, Thistlebank Rise, was rated "
         "inadequate again.",
         {("Thistlebank Rise", None, O, "inadequate")}),
    ],
    "P-parent: the named service or home, not the parent": [
        ("Cobwell Borough Council runs two care services. The council's reablement service, Skelbrook Reach, which "
         "supports people leaving hospital, was rated outstanding.",
         {("Skelbrook Reach", None, O, "outstanding")}),
        ("Marlcombe Hospice Care is delighted that both of our hospices have been rated outstanding.\n\n"
         "Linthorpe Hospice was rated outstanding, up from good. Fellbeck Hospice kept its outstanding rating.",
         {("Linthorpe Hospice", None, O, "outstanding"), ("Fellbeck Hospice", None, O, "outstanding")}),
    ],
    "P-core / P-none": [
        ("Medical care including older people's care at Wrayford General Hospital was rated good, with caring "
         "rated outstanding.",
         {("Wrayford General Hospital", "medical care", O, "good"), ("Wrayford General Hospital", "medical care", "caring", "outstanding")}),
        ("Tidewell Lodge rated 'good' by inspectors\n\nA care home has been rated good by the Care Quality "
         "Commission. Inspectors rated the home outstanding for caring.",
         {("Tidewell Lodge", None, O, "good"), ("Tidewell Lodge", None, "caring", "outstanding")}),
    ],
}


def _ratings(doc):
    return {(r["subject"], r["service"], r["domain"], r["rating"]) for r in doc._.cqc_ratings}


@pytest.mark.parametrize("family, text, expected", family_cases(RATINGS))
def test_providers18_ratings(nlp_fast, family, text, expected):
    assert _ratings(nlp_fast(text)) == expected


# (review) "At X," leads to a site only when the sentence names no subject of its own; accurate profile
# (left: where a profile reads the place word as the hospital's short form, as the fast profile does here and
# the accurate one with other names, that mention is the subject whatever this rule does)
ACCURATE_RATINGS = {
    "P-place near-miss: the sentence names its own subject": [
        ("Tarrow NHS Trust runs Tarrow General Hospital and Wexby Community Hospital. At Wexby, the "
         "council's own care home, Larkmead House, was rated inadequate.",
         {("Larkmead House", None, O, "inadequate")}),
    ],
}


@pytest.mark.parametrize("family, text, expected", family_cases(ACCURATE_RATINGS))
def test_providers18_ratings_accurate(nlp, family, text, expected):
    assert _ratings(nlp(text)) == expected
