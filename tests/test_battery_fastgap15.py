"""Paraphrase battery 15: a site's one-word short form in the fast profile (issue 14, session 15).

The accurate profile lets a name's first word stand for it ("Tolverne" for "Tolverne General
Hospital") wherever its entity recogniser reads no town or person there; the fast profile has no
recogniser and took no one-word short form at all, so "Outpatients at Ashcombe were rated ..." after
"Ashcombe Hospital" went to the last hospital named in full. Families:
- at: the short form right after "at" ("At Ashcombe, ...", "outpatients at Ashcombe, however, ...");
- possessive: the short form with a possessive before a service or a part of a site ("Ashcombe's
  emergency department", "in Corrington's wards"), or rated ("Tolverne was rated ...");
- royal: a two-word short form ending in "Royal" ("At Brindlow Royal, ..." for "Brindlow Royal
  Hospital");
and near-misses that must NOT give the short form: the word used as a town ("people in Ashcombe",
"near Ashcombe", "the Ashcombe MP"), a person's surname ("Dr Helen Ashcombe said"), a possessive
before no site word ("Ashcombe's shops").
Names and wording are invented; nothing is copied from any corpus. Fast profile.

Each row: text -> the set of (subject, service, domain, rating), the (name, alias) pairs that must
be found, and those that must not.
"""

from __future__ import annotations

import pytest

from conftest import family_cases

RI = "requires improvement"
T = "Tolverne General Hospital"
A = "Ashcombe Hospital"
C = "Corrington Community Hospital"
B = "Brindlow Royal Hospital"
TRUST = "Tolverne and Ashcombe NHS Foundation Trust"
TWO = (f"Services for children and young people at both {T} and {A} are now rated good, the Care Quality "
       "Commission said.\n\n")
KIDS = "services for children and young people"

FAMILIES = {
    "at": [
        (TWO + "Outpatients at Ashcombe, however, were rated requires improvement.",
         {(T, KIDS, "overall", "good"), (A, KIDS, "overall", "good"), (A, "outpatients", "overall", RI)},
         [(A, "Ashcombe")], []),
        (TWO + "At Ashcombe, surgery was rated inadequate.",
         {(T, KIDS, "overall", "good"), (A, KIDS, "overall", "good"), (A, "surgery", "overall", "inadequate")},
         [(A, "Ashcombe")], []),
        (f"Surgery at {C} was rated good. Inspectors also visited Hallam Park Hospital, where end of life care "
         "was rated good.\n\nAt Corrington, medical care was rated requires improvement.",
         {(C, "surgery", "overall", "good"), ("Hallam Park Hospital", "end of life care", "overall", "good"),
          (C, "medical care", "overall", RI)},
         [(C, "Corrington")], []),
        (TWO + "Maternity services at Tolverne were rated requires improvement.",
         {(T, KIDS, "overall", "good"), (A, KIDS, "overall", "good"), (T, "maternity", "overall", RI)},
         [(T, "Tolverne")], []),
    ],
    "possessive": [
        (TWO + "Ashcombe's emergency department was rated requires improvement.",
         {(T, KIDS, "overall", "good"), (A, KIDS, "overall", "good"), (A, "urgent and emergency care", "overall", RI)},
         [(A, "Ashcombe")], []),
        (TWO + "Inspectors found that Tolverne's maternity unit was short of midwives. Maternity was rated "
               "requires improvement.",
         {(T, KIDS, "overall", "good"), (A, KIDS, "overall", "good"), (T, "maternity", "overall", RI)},
         [(T, "Tolverne")], []),
        (f"Surgery at {C} was rated good. Inspectors also visited Hallam Park Hospital, where end of life care "
         "was rated good.\n\nCorrington's wards were clean. Its medical care was rated requires improvement.",
         {(C, "surgery", "overall", "good"), ("Hallam Park Hospital", "end of life care", "overall", "good"),
          (C, "medical care", "overall", RI)},
         [(C, "Corrington")], []),
        (TWO + "Waits in Ashcombe's emergency department were too long, and urgent and emergency care was "
               "rated requires improvement.",
         {(T, KIDS, "overall", "good"), (A, KIDS, "overall", "good"), (A, "urgent and emergency care", "overall", RI)},
         [(A, "Ashcombe")], []),
        (TWO + "Tolverne was rated requires improvement for surgery.",
         {(T, KIDS, "overall", "good"), (A, KIDS, "overall", "good"), (T, "surgery", "overall", RI)},
         [(T, "Tolverne")], []),
    ],
    "royal": [
        (f"Both {B} and Kentmere Hospital were rated requires improvement overall.\n\nAt Brindlow Royal, "
         "surgery was rated inadequate.",
         {(B, None, "overall", RI), ("Kentmere Hospital", None, "overall", RI), (B, "surgery", "overall", "inadequate")},
         [(B, "Brindlow Royal")], []),
        (f"Both {B} and Kentmere Hospital were rated requires improvement overall.\n\nMaternity at Brindlow Royal "
         "was rated good.",
         {(B, None, "overall", RI), ("Kentmere Hospital", None, "overall", RI), (B, "maternity", "overall", "good")},
         [(B, "Brindlow Royal")], []),
    ],
    "near-misses": [
        # the word is the town's: "people in Ashcombe", "near Ashcombe", the town's MP
        (f"{A} has been rated good. Outpatients at {T} were rated good too.\n\nPeople in Ashcombe will welcome "
         "the news, said the hospital's chief executive. A clinic at Ashcombe, which opened in May, was not inspected.",
         {(A, None, "overall", "good"), (T, "outpatients", "overall", "good")},
         [], [(A, "Ashcombe")]),
        (f"{A} has been rated good. A new health centre near Ashcombe opened last year. Staff at Ashcombe, "
         "however, said they were stretched.",
         {(A, None, "overall", "good")},
         [], [(A, "Ashcombe")]),
        (f"{A} has been rated good. The Ashcombe MP said the ward at Ashcombe, built in 1970, needs replacing.",
         {(A, None, "overall", "good")},
         [], [(A, "Ashcombe")]),
        # a person's surname
        (f"{A} has been rated good. Dr Helen Ashcombe, a consultant, said staff at Ashcombe, the town's "
         "hospital, were proud.",
         {(A, None, "overall", "good")},
         [], [(A, "Ashcombe")]),
        (f"Hazelmere Court has been rated good. Its manager, Ruth Hazelmere, said: \"At Hazelmere, we put "
         "residents first.\"",
         {("Hazelmere Court", None, "overall", "good")},
         [], [("Hazelmere Court", "Hazelmere")]),
        # a possessive before no part of a site
        (f"{A} has been rated good. Ashcombe's shops and pubs were quiet on the day of the report.",
         {(A, None, "overall", "good")},
         [], [(A, "Ashcombe")]),
        # a one-word form not at the start of a name
        (TWO + "At Hospital, staff were kind.",
         {(T, KIDS, "overall", "good"), (A, KIDS, "overall", "good")},
         [], [(A, "Hospital")]),
    ],
}

CASES = family_cases(FAMILIES)


def _aliases(doc) -> set[tuple[str, str]]:
    return {(o["name"], a) for o in doc._.cqc_record["organisations"] for a in o["aliases"]}


@pytest.mark.parametrize("family, text, ratings, present, absent", CASES)
def test_fastgap15_battery(nlp_fast, family, text, ratings, present, absent):
    doc = nlp_fast(text)
    got = {(r["subject"], r["service"], r["domain"], r["rating"]) for r in doc._.cqc_record["ratings"]}
    assert got == ratings
    aliases = _aliases(doc)
    for pair in present:
        assert pair in aliases, (pair, sorted(aliases))
    for pair in absent:
        assert pair not in aliases, (pair, sorted(aliases))
