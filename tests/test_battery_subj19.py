"""Paraphrase battery: which organisation a rating belongs to, in everyday news phrasing (session 19).

Families:
- S-sites: a service placed at a named hospital (by "at", a possessive, or an aside naming its trust) has the
  hospital as subject; the trust's own rating stays the trust's;
- S-council: "X Council has been rated good for its adult social care": the council's CQC assessment, the
  council as subject (service null, overall), as on pages that name its Care Act duties;
- S-and-rated: "Inspectors rated surgery at X Hospital good, and rated Y Trust requires improvement": a second
  rating verb after a value, with its own object, opens that object's statement (the first statement's
  service and site are not carried into it);
and near-misses that must not fire. Names and wording are invented; nothing is copied from any corpus.
Fast profile. Each row: text -> the set of (subject, service, domain, rating, previous, change).
"""

import pytest

from conftest import family_cases
from test_battery_prose_previous import block
from test_ratings import RI, _items

T = "Ashcombe NHS Trust"
X = "Wendlebury Hospital"
H = "Ferncliffe House"
P = "Brackenmoor Care Ltd"

FAMILIES = {
    "S-sites: a service at a named hospital is the hospital's": [
        (f"Maternity services at {X}, run by {T}, were rated requires improvement.",
         {(X, "maternity", "overall", RI, None, None)}),
        (f"{T}'s maternity services at {X} have been rated inadequate.",
         {(X, "maternity", "overall", "inadequate", None, None)}),
        (f"{T} was rated good overall. The trust's {X} was rated requires improvement.",
         {(T, None, "overall", "good", None, None), (X, None, "overall", RI, None, None)}),
        (f"At {X}, the emergency department was rated inadequate.",
         {(X, "urgent and emergency care", "overall", "inadequate", None, None)}),
        (f"{T}, which runs {X}, was rated good.", block(T, ("overall", "good"))),
        (f"{H}, a care home run by {P}, has been rated inadequate.", block(H, ("overall", "inadequate"))),
        (f"Both {H} and Rowan Lodge, run by {P}, were rated good.",
         block(H, ("overall", "good")) | block("Rowan Lodge", ("overall", "good"))),
        (f"{X}'s owner, {T}, was rated good.", block(T, ("overall", "good"))),
        (f"{X} was rated good. {T}, which runs the hospital, was rated requires improvement.",
         block(X, ("overall", "good")) | block(T, ("overall", RI))),
        # near-misses: the owner named after the value is not rated; a visit is not a rating of the site
        (f"{H} was rated outstanding. The home's owner, {P}, said it was delighted.", block(H, ("overall", "outstanding"))),
        (f"{T} has been rated requires improvement after inspectors visited {X}.", block(T, ("overall", RI))),
    ],
    "S-and-rated: a second rating verb with its own object": [
        (f"Inspectors rated surgery at {X} good, and rated {T} requires improvement overall.",
         {(X, "surgery", "overall", "good", None, None), (T, None, "overall", RI, None, None)}),
        (f"Inspectors rated surgery at {X} good and rated {T} inadequate.",
         {(X, "surgery", "overall", "good", None, None), (T, None, "overall", "inadequate", None, None)}),
        (f"The CQC rated maternity services at {X} inadequate, and also rated {T} requires improvement.",
         {(X, "maternity", "overall", "inadequate", None, None), (T, None, "overall", RI, None, None)}),
        (f"Inspectors rated maternity services at {X} inadequate, and rated the trust requires improvement overall.",
         {(X, "maternity", "overall", "inadequate", None, None), (None, None, "overall", RI, None, None)}),
        # near-misses: one object rated for two key questions; two organisations already cut; a key question after "and rated"
        (f"Inspectors rated {X} good, and rated {T} requires improvement.",
         block(X, ("overall", "good")) | block(T, ("overall", RI))),
        (f"Inspectors rated surgery at {X} good for safe, and rated it requires improvement for well-led.",
         {(X, "surgery", "safe", "good", None, None), (X, "surgery", "well-led", RI, None, None)}),
        (f"The CQC rated {H} good and rated {P}'s other home, Rowan Lodge, inadequate.",
         block(H, ("overall", "good")) | block("Rowan Lodge", ("overall", "inadequate"))),
    ],
    "S-council: a council rated for its adult social care is the subject, as a whole": [
        ("Dunmere County Council has been rated good by the Care Quality Commission for its adult social care.",
         block("Dunmere County Council", ("overall", "good"))),
        ("The CQC has rated Dunmere County Council requires improvement for its adult social care services.",
         block("Dunmere County Council", ("overall", RI))),
        ("Dunmere County Council's adult social care services have been rated good by the CQC.",
         block("Dunmere County Council", ("overall", "good"))),
        # near-misses: a council named aside is not what is rated
        (f"{H} has been rated inadequate. Dunmere County Council, which funds places at the home, said its adult social "
         "care team would support residents.", block(H, ("overall", "inadequate"))),
        (f"Dunmere County Council said {H} had been rated good.", set()),
    ],
}


@pytest.mark.parametrize("family, text, expected", family_cases(FAMILIES))
def test_subj19_battery(nlp_fast, family, text, expected):
    assert _items(nlp_fast, text) == expected
