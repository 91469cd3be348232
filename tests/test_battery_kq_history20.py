"""Battery 20: each key question's own previous value, said as history (issue 14, session 20).

Check's errors (read at the end of session 19) left pages whose key questions' current values are found
but whose own previous values are not attached, five to seven at a time (a hospice, a GP practice, a
retirement home, a trust's core service). Short probes of the ways news and reports say the older values
found these gaps:
- a heading "Previous inspection (March 2022)" over the older label lines (only "Previous ratings" was one);
- "a previous visit in 2018 when the service was also rated ..." (the "also" hid the history);
- a history list of values each with its key questions ("outstanding for caring and well-led, and good for
  safe and effective"): the values after the first are of the same list;
- "previously rated good overall and in all key questions": the whole set, not the overall alone;
- "good overall and in every key question, having previously been rated RI across the board": the older
  value is every key question's, not only the overall's (a plain "previously rated RI" stays the overall's);
- "The home's previous ratings were RI for safe and good for caring": history, not the current ratings;
- "This was an improvement on the last inspection, when safe was rated RI": the direction is the named key
  questions' (their history gives it), not every key question's of the result before;
- "A care home rated inadequate has improved to RI": the reduced relative's value is the one before;
- "Fenwick care home rated inadequate is placed in special measures": a headline about one home (a bare
  singular kind), not the scheme explained ("A service rated inadequate is ...", "Homes rated ... are");
- a key question's line with its older value in a note led by a year ("Safe: Good (2021: Inadequate)") or
  in a "Previous:" sentence after it ("Safe: Good. Previous: Requires improvement.");
- "The maternity units at A and B were rated inadequate and good respectively": one service at two sites, each
  site its own value;
- "X's maternity unit was rated good, as was the unit at Y": the same service at another site;
and near-misses (a list of current values after a dated history value and "has now been rated": the
history cue is the older value's; a "Last inspection" heading dates the latest; a plain previous value after "every key
question" is the overall's). Names and wording are invented; nothing from any corpus. Fast profile.
Each row: text -> the set of (subject, service, domain, rating, previous, change).
"""

import pytest

from conftest import family_cases
from test_ratings import RI, _items

H = "Sandmoor Hospice"
C = "Pellin Court"
S = "Ferry Lane Surgery"
FIVE = ("safe", "effective", "caring", "responsive", "well-led")


def _all(subject, rating, previous, change, overall=True, service=None):
    return {(subject, service, d, rating, previous, change) for d in (("overall",) if overall else ()) + FIVE}


FAMILIES = {
    "previous_inspection_heading": [
        ("Ratings\nOverall: Good\nSafe: Good\nWell-led: Good\n\nPrevious inspection (June 2021)\n"
         "Overall: Requires improvement\nSafe: Requires improvement\nWell-led: Good",
         {(None, None, "overall", "good", RI, "improved"), (None, None, "safe", "good", RI, "improved"),
          (None, None, "well-led", "good", "good", "unchanged")}),
        ("Ratings\nSafe: Good\nCaring: Outstanding\n\nPrior inspection\nSafe: Inadequate\nCaring: Good",
         {(None, None, "safe", "good", "inadequate", "improved"), (None, None, "caring", "outstanding", "good", "improved")}),
        # near-miss: "Last inspection" on a provider page dates the latest one; its lines are current
        ("Last inspection (May 2024)\nSafe: Good\nCaring: Good",
         {(None, None, "safe", "good", None, None), (None, None, "caring", "good", None, None)}),
    ],
    "history_list_of_values": [
        (f"{H} has kept its outstanding rating.\n\nInspectors rated the hospice outstanding for caring and "
         "responsive, and good for safe, effective and well-led.\n\nThe visit followed an inspection in 2019 when "
         "the hospice was also rated outstanding overall, and outstanding for caring and responsive, and good for "
         "safe, effective and well-led.",
         {(H, None, "overall", "outstanding", "outstanding", "unchanged"),
          (H, None, "caring", "outstanding", "outstanding", "unchanged"),
          (H, None, "responsive", "outstanding", "outstanding", "unchanged"),
          (H, None, "safe", "good", "good", "unchanged"), (H, None, "effective", "good", "good", "unchanged"),
          (H, None, "well-led", "good", "good", "unchanged")}),
        (f"{S} is now rated good for safe, caring and well-led. At the last inspection it was rated inadequate "
         "for safe and well-led, and requires improvement for caring.",
         {(S, None, "safe", "good", "inadequate", "improved"), (S, None, "well-led", "good", "inadequate", "improved"),
          (S, None, "caring", "good", RI, "improved")}),
    ],
    "whole_set_history": [
        (f"{C} has been rated requires improvement for safe and good for caring. Previously the home was rated "
         "good overall and in all key questions.",
         {(C, None, "safe", RI, "good", "declined"), (C, None, "caring", "good", "good", "unchanged")}),
        (f"{C} has been rated good overall and in every key question, having previously been rated requires "
         "improvement across the board.", _all(C, "good", RI, "improved")),
        (f"{C} is now rated outstanding overall and for all five key questions, having been rated good "
         "in all five areas at its last inspection.", _all(C, "outstanding", "good", "improved")),
        # near-miss: a plain previous value after "every key question" is the overall's (SPEC)
        (f"{C} has been rated good overall and in every key question, having previously been rated requires "
         "improvement.",
         {(C, None, "overall", "good", RI, "improved")} | {(C, None, d, "good", None, None) for d in FIVE}),
    ],
    "current_list_after_history": [
        # the older value's cue ("at its previous inspection") is not the new list's: all three are current
        (f"{C} was rated requires improvement at its previous inspection in 2021 and has now been rated "
         "inadequate for safe and well-led, and requires improvement for caring.",
         {(C, None, "safe", "inadequate", None, None), (C, None, "well-led", "inadequate", None, None),
          (C, None, "caring", RI, None, None)}),
    ],
    "direction_of_named_questions": [
        # "This is an improvement on the last inspection, when ...": the improvement is the named key questions'
        (f"{S} was rated good for safe, effective and caring. This was an improvement on the last inspection, "
         "when safe was rated requires improvement.",
         {(S, None, "safe", "good", RI, "improved"), (S, None, "effective", "good", None, None),
          (S, None, "caring", "good", None, None)}),
        # near-miss: with no key question named, it is the result's
        (f"{S} was rated good. This was an improvement on the last inspection.",
         {(S, None, "overall", "good", None, "improved")}),
    ],
    "reduced_relative_then_to": [
        ("A care home rated inadequate has improved to requires improvement.",
         {(None, None, "overall", RI, "inadequate", "improved")}),
        ("A hospital trust rated requires improvement has been upgraded to good.",
         {(None, None, "overall", "good", RI, "improved")}),
        # near-miss: another key question between the two values
        ("Safe was rated inadequate, while caring has improved to good.",
         {(None, None, "safe", "inadequate", None, None), (None, None, "caring", "good", None, "improved")}),
    ],
    "headline_singular_not_generic": [
        # a bare singular kind is a headline about one home; the scheme is plural or after a/any/every
        ("Fenwick care home rated inadequate is placed in special measures",
         {(None, None, "overall", "inadequate", None, None)}),
        ("Care home rated inadequate is upgraded to good", {(None, None, "overall", "good", "inadequate", "improved")}),
        ("A service rated inadequate is placed in special measures.", set()),
        ("Homes rated inadequate are inspected again within six months.", set()),
    ],
    "line_notes": [
        # a key question's line with its older value in a note led by a year, or in a "Previous:" sentence
        ("Safe: Good (2021: Inadequate)\nCaring: Outstanding (2021: Good)",
         {(None, None, "safe", "good", "inadequate", "improved"), (None, None, "caring", "outstanding", "good", "improved")}),
        ("Safe: Good. Previous: Requires improvement.\nWell-led: Good. Previous: Good.",
         {(None, None, "safe", "good", RI, "improved"), (None, None, "well-led", "good", "good", "unchanged")}),
        # near-miss: a year note with no value is no previous rating
        ("Safe: Good (2024)\nCaring: Good (2024)",
         {(None, None, "safe", "good", None, None), (None, None, "caring", "good", None, None)}),
    ],
    "respectively_over_sites": [
        # one service at two sites, the values paired with the sites in order
        ("The maternity units at Kelby General Hospital and Fenwick Royal Infirmary were rated inadequate and "
         "good respectively.",
         {("Kelby General Hospital", "maternity", "overall", "inadequate", None, None),
          ("Fenwick Royal Infirmary", "maternity", "overall", "good", None, None)}),
        # near-miss: two key questions of one site keep their own pairing
        ("Maternity services at Kelby General Hospital were rated good and requires improvement respectively for "
         "safe and well-led.",
         {("Kelby General Hospital", "maternity", "safe", "good", None, None),
          ("Kelby General Hospital", "maternity", "well-led", RI, None, None)}),
    ],
    "as_was_the_unit_at": [
        ("Kelby General Hospital's maternity unit was rated good, as was the unit at Fenwick Royal Infirmary.",
         {("Kelby General Hospital", "maternity", "overall", "good", None, None),
          ("Fenwick Royal Infirmary", "maternity", "overall", "good", None, None)}),
        # near-miss: another service copied at the same site
        ("Maternity services at Kelby General Hospital were rated good, as was surgery.",
         {("Kelby General Hospital", "maternity", "overall", "good", None, None),
          ("Kelby General Hospital", "surgery", "overall", "good", None, None)}),
    ],
    "previous_ratings_were": [
        ("The home's previous ratings were inadequate for safe and requires improvement for caring and "
         "well-led. It is now rated good in all five areas.",
         {(None, None, "safe", "good", "inadequate", "improved"), (None, None, "caring", "good", RI, "improved"),
          (None, None, "well-led", "good", RI, "improved"), (None, None, "effective", "good", None, None),
          (None, None, "responsive", "good", None, None)}),
        # alone, the older values are no one's current rating
        ("The home's previous ratings were inadequate for safe and requires improvement for caring.", set()),
        ("The hospice is now rated outstanding; its previous rating was good.",
         {(None, None, "overall", "outstanding", "good", "improved")}),
    ],
}


@pytest.mark.parametrize("family, text, expected", family_cases(FAMILIES))
def test_kq_history20_battery(nlp_fast, family, text, expected):
    assert _items(nlp_fast, text) == expected


SOCIAL_PROMPTS = [
    ("Fenwick Court care home rated good. The Care Quality Commission rated the home good.\n"
     "Follow Tarrow Evening Post on Facebook", {"Fenwick Court", "Care Quality Commission"}),
    ("Fenwick Court care home rated good. The Care Quality Commission rated the home good.\n"
     "Like the Tarrow Gazette on Facebook and Instagram", {"Fenwick Court", "Care Quality Commission"}),
    # near-miss: a story sentence that says what someone posted on Facebook is story, its body kept
    ("Fenwick Court care home rated good. Tarrow Carers Forum said on Facebook that families were pleased.",
     {"Fenwick Court", "Tarrow Carers Forum"}),
]


@pytest.mark.parametrize("text, expected", SOCIAL_PROMPTS)
def test_social_prompt_line_is_chrome(nlp_fast, text, expected):
    """(session 20) 'Follow X on Facebook': a line asking the reader to follow someone is chrome."""
    assert {o["name"] for o in nlp_fast(text)._.cqc_record["organisations"]} == expected
