"""Battery councils14: the CQC's assessment of a council under the Care Act
(issue 14; SPEC §2 "Clarified after real text": a council's CQC assessment is
its rating as a whole, service null, `overall`).

On a page that tells of such an assessment ("how the council meets its duties
under the Care Act", "local authority assessment"), a council named with a
rating is the rating's subject. Elsewhere a council is named aside (a
councillor's title, a council helping residents move) and is never a subject.
Invented names and wording. Fast profile only.
"""

import pytest

RI = "requires improvement"

ROWS = [
    ("Harnley City Council's adult social care services have been rated good by the Care Quality Commission in "
     "its first assessment of how the council meets its duties under the Care Act.",
     {("Harnley City Council", "overall", "good")}),
    ("The CQC has rated Pellbrook Borough Council as requires improvement in its assessment of how the council "
     "meets its Care Act duties.", {("Pellbrook Borough Council", "overall", RI)}),
    ("Local authority assessments: Wexcombe County Council has been rated outstanding, the first council in the "
     "region to get the top grade.", {("Wexcombe County Council", "overall", "outstanding")}),
    # near-misses: a council named aside in a story about a home
    ("Alder Court care home has been rated inadequate. Cllr Ruth Penn, Harnley City Council's cabinet member for "
     "adult social care, said families were worried.", {("Alder Court", "overall", "inadequate")}),
    ("Alder Court care home has been rated inadequate. The CQC worked with Harnley City Council to move residents.",
     {("Alder Court", "overall", "inadequate")}),
    # (session 18, rsY) the assessment named for what it covers: adult social care
    ("Wrexley Borough Council has been rated requires improvement by the Care Quality Commission in its assessment "
     "of adult social care.\n\nCllr Ann Bright, leader of the council, said: \"We accept the findings.\"",
     {("Wrexley Borough Council", "overall", RI)}),
    # a page that mentions an assessment, where the council only comments on a home's rating
    ("The CQC's assessment of the council is due next year. Meanwhile, Ivy Bank Care Home has been rated good. "
     "Holbury District Council said it was delighted the home was rated outstanding for caring.",
     {("Ivy Bank Care Home", "overall", "good"), ("Ivy Bank Care Home", "caring", "outstanding")}),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_council_battery14(nlp_fast, text, expected):
    got = {(r["subject"], r["domain"], r["rating"]) for r in nlp_fast(text)._.cqc_record["ratings"]}
    assert got == expected
