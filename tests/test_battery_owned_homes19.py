"""Battery 19: a home named only by apposition to a phrase saying whose it is (issue 14, session 19).

Issue 14's largest family on the private set is names with no type word. Two appositions name a home
with no head word:
- O-owned: after its owner's possessive ("its home, Tarrowby, was rated", "the council's own
  residential home, Fellside,", "Ms Lee's practice, Kirkbeck,"): the run set off by the comma;
- O-run: before "the home run by X" ("Amberlow, the home run by Y, ..."): the run before the comma;
- O-the-type: between "the" and a lower-case "care home" ("the Ashcombe care home": Ashcombe), and after
  "a report into" (not a place there);
- O-staff: after "the registered manager at", "the home manager at" (not "staff at": a town's hospital as
  often as a home; not an action verb after the name: tried, session 19,
  "X House in Y, Dunsby was placed in special measures" made the town a home on tune);
- O-inspected: the object of "inspectors visited", "an unannounced inspection of" ("The CQC visited X in March");
and the rating of such a home is its own ("after its home, Tarrowby, was rated inadequate": not the
owner's). Near-misses: a person set off the same way (an age, "who", a verb of speech after the
run), lower-case words. Names and wording are invented; nothing from any corpus. Fast profile.
"""

from __future__ import annotations

import pytest

from conftest import assert_organisations, family_cases
from test_battery_prose_previous import block
from test_ratings import _items

FAMILIES = {
    "O-owned": [
        ("Care provider Wenlock Holdings said it was disappointed after its home, Tarrowby, was rated inadequate.",
         ["Wenlock Holdings", "Tarrowby"], []),
        ("Inspectors found that the council's own residential home, Fellside, had improved since the spring.",
         ["Fellside"], []),
        ("Their care home, Ormsgill, which has 32 beds, will stay open.", ["Ormsgill"], []),
        ("Dr Quarmby said the partnership's practice, Kirkbeck, had recruited two nurses.", ["Kirkbeck"], []),
        # near-misses: a person set off by commas after the same phrase
        ("A resident of its home, Jean Marsh, 91, said she felt safe.", [], ["Jean Marsh"]),
        ("The manager of their home, Colin Reid, said the team was delighted.", [], ["Colin Reid"]),
        # (review) another possessor's bare home: a house, a ground
        ("Police were called to the couple's home, Rose Cottage, in March.", [], ["Rose Cottage"]),
        ("The club's home, Mill Park, was packed for the match.", [], ["Mill Park"]),
        ("Its home, in a quiet street, was rated good.", [], ["in"]),
    ],
    "O-run": [
        ("Amberlow, the home run by Keswick Lane Care, has been rated outstanding.",
         ["Amberlow", "Keswick Lane Care"], []),
        ("Relatives of people at Dunmallet, the nursing home owned by a family firm, welcomed the report.",
         ["Dunmallet"], []),
    ],
    "O-the-type": [
        ("Families at the Ashcombe care home in Dunsby have welcomed the report.", ["Ashcombe"], ["Dunsby"]),
        ("Two nurses at the Ferncliffe Vale nursing home were suspended.", ["Ferncliffe Vale"], []),
        ("The report into Brackenlea, which cares for 40 older people, found staff were kind.", ["Brackenlea"], []),
        # near-misses: a place names the home with "a"; a place after "into" with no inquiry noun
        ("A Dunsby care home has been rated good. Staff at the Dunsby care home were praised.", [], ["Dunsby"]),
        ("A care home in Dunsby was rated good. The family moved into Dunsby in 2019.", [], ["Dunsby"]),
        # (review) a noun "home" modifies, a nationality, the leading word of a longer name on the page
        ("Families said the British care home sector needed money.", [], ["British"]),
        ("Families said the Dunsby care home sector needed money.", [], ["Dunsby"]),
        ("Tarnbeck Care Ltd runs several homes. Staff at the Tarnbeck care home said it was rated good.", ["Tarnbeck Care Ltd"], ["Tarnbeck"]),
    ],
    "O-inspected": [
        ("The CQC visited Ashby Tarn in March and rated the home good.", ["Ashby Tarn"], []),
        ("The CQC visited Thrushcross in March and rated the home good.", ["Thrushcross"], []),
        ("An unannounced inspection of Corrie Vale found people were not always safe.", ["Corrie Vale"], []),
        # near-misses: a lower-case object; (review) a place the page names as one; a name before a noun
        ("Inspectors visited the home in March and returned in June.", [], ["March", "June"]),
        ("A home in Dunsby was rated inadequate. Inspectors visited Dunsby in March and found it unsafe.", [], ["Dunsby"]),
        ("The Dunsby care home was criticised by inspectors. Altham Lodge in Dunsby was rated good.", [], ["Dunsby"]),
        ("An inspection of England maternity services found most were rated good.", [], ["England"]),
    ],
    "O-staff": [
        ("The registered manager at Wrenthorpe said she was proud of the team.", ["Wrenthorpe"], []),
        # near-misses: a time, a lower-case place
        ("Staff at Christmas were given extra shifts and staff at the home were thanked.", [], ["Christmas"]),
        # (not "staff at X": a town's staff as often as a home's, test_battery_fastgap15's near-misses)
    ],
}

RATED = [
    ("Care provider Wenlock Holdings said it was disappointed after its home, Tarrowby, was rated inadequate.",
     block("Tarrowby", ("overall", "inadequate"))),
    ("Amberlow, the home run by Keswick Lane Care, has been rated outstanding.",
     block("Amberlow", ("overall", "outstanding"))),
    ("Inspectors found that the council's own residential home, Fellside, had improved. It was rated good.",
     block("Fellside", ("overall", "good"))),
    # near-miss: the owner is what the clause rates
    ("Wenlock Holdings, which runs its home, Tarrowby, was itself rated good.",
     block("Wenlock Holdings", ("overall", "good"))),
    ("Meanwhile, another Dunsby agency, Tollbar Partners, remains rated good.",
     {("Tollbar Partners", None, "overall", "good", "good", "unchanged")}),
    # (review) a name set off by commas after no home: the verb's subject is the first
    ("Sunnyside, run by its owner, Wenlock Holdings, was rated inadequate.", block("Sunnyside", ("overall", "inadequate"))),
    ("Northgate Hospital, unlike its neighbour, Southgate Hospital, was rated good overall.",
     block("Northgate Hospital", ("overall", "good"))),
]


@pytest.mark.parametrize(("family", "text", "present", "absent"), family_cases(FAMILIES))
def test_battery_owned_homes19(nlp_fast, family, text, present, absent):
    assert_organisations(nlp_fast(text), present, absent)


@pytest.mark.parametrize(("text", "expected"), RATED)
def test_battery_owned_homes19_rated(nlp_fast, text, expected):
    assert _items(nlp_fast, text) == expected
