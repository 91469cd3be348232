"""Paraphrase battery: the SUBJECT and SERVICE of a rating (issue 14).

Each row: text -> expected (subject, service, domain, rating, previous, change)
items, compared as a set. Invented names and new wording (nothing from any
corpus); the rows vary the phrasing systematically:
- service labels with two parts or a qualifier ("urgent and emergency care",
  "community mental health services for older people"), never cut short or
  matched on one part of a longer name;
- the hospital before or after the service ("the maternity service at X",
  "X's maternity unit", "maternity at X", "at X, maternity ...");
- the service named in one sentence and rated in the next (carried) against a
  new paragraph about the whole trust or hospital (not carried);
- one statement for several subjects ("both A and B", "A, B and C were all",
  "as was B", "so did B", "as has B", a counted group with its members listed);
- the provider against the location ("the trust", "the hospital", "the home",
  "run by", "owned by", an owner's possessive);
- near-misses: a service mentioned but not rated, a rating of someone else.
Rows run with the accurate profile (subjects are organisation names, so NER
matters) and the fast one (the rules must not lean on the statistical model).
"""

import pytest

from conftest import family_cases
from test_ratings import RI, _items

UEC = "urgent and emergency care"
CYP = "services for children and young people"
TRUST = "Halcombe Hospitals NHS Trust"
HOSP = "Wrenfield General Hospital"
HOSP2 = "Tolland Hospital"
HOSP3 = "Marsh Lane Hospital"
MH = "Ashgrove Partnership NHS Foundation Trust"
HOME = "Elmstead House"
HOME2 = "Brook Lodge"
HOME3 = "Fern Court"
OWNER = "Pellow Care Ltd"

FAMILIES = {
    "two-part and qualified service labels": [
        (f"Urgent and emergency care at {HOSP} was rated requires improvement.",
         {(HOSP, UEC, "overall", RI, None, None)}),
        (f"Inspectors rated medical care (including older people's care) at {HOSP} as good.",
         {(HOSP, "medical care", "overall", "good", None, None)}),
        (f"Services for children and young people at {HOSP2} were judged outstanding.",
         {(HOSP2, CYP, "overall", "outstanding", None, None)}),
        (f"{MH}'s community health services for adults were rated good.",
         {(MH, "community health services for adults", "overall", "good", None, None)}),
        (f"Mental health crisis services and health-based places of safety at {MH} were downgraded to requires improvement.",
         {(MH, "mental health crisis services and health-based places of safety", "overall", RI, None, "declined")}),
        (f"The regulator rated acute wards for adults of working age and psychiatric intensive care units at {MH} as inadequate.",
         {(MH, "acute wards for adults of working age and psychiatric intensive care units", "overall", "inadequate", None, None)}),
        (f"Community mental health services for older people at {MH} were rated good.",
         {(MH, "community mental health services for older people", "overall", "good", None, None)}),
        (f"Inspectors rated community mental health services for children and young people at {MH} as requires improvement.",
         {(MH, "community mental health services for children and young people", "overall", RI, None, None)}),
        (f"At {MH}, mental health services for older people have been upgraded to good.",
         {(MH, "mental health services for older people", "overall", "good", None, "improved")}),
        (f"Wards for older people with mental health problems at {MH} were given a rating of good.",
         {(MH, "wards for older people with mental health problems", "overall", "good", None, None)}),
        (f"Urgent and emergency services at {HOSP2} have been upgraded to good.",
         {(HOSP2, UEC, "overall", "good", None, "improved")}),
        (f"{HOSP2} was inspected in March. The hospital's A&E department was rated inadequate.",
         {(HOSP2, UEC, "overall", "inadequate", None, None)}),
        (f"Outpatients and diagnostic imaging at {HOSP2} was rated good.",
         {(HOSP2, "outpatients", "overall", "good", None, None)}),
        (f"Children's and young people's services at {HOSP2} kept their rating of outstanding.",
         {(HOSP2, CYP, "overall", "outstanding", "outstanding", "unchanged")}),
        (f"End of life care services at {HOSP2} were rated outstanding.",
         {(HOSP2, "end of life care", "overall", "outstanding", None, None)}),
        (f"Community end of life care provided by {MH} was rated good.",
         {(MH, "community end of life care", "overall", "good", None, None)}),
        (f"Child and adolescent mental health wards at {HOSP3} were rated inadequate.",
         {(HOSP3, "child and adolescent mental health wards", "overall", "inadequate", None, None)}),
        (f"{MH}'s child and adolescent mental health services were rated inadequate.",
         {(MH, "child and adolescent mental health services", "overall", "inadequate", None, None)}),
        (f"Adult community mental health services at {MH} received a requires improvement rating.",
         {(MH, "adult community mental health services", "overall", RI, None, None)}),
        (f"Older people's mental health services run by {MH} have climbed to good.",
         {(MH, "older people's mental health services", "overall", "good", None, "improved")}),
        (f"Inspectors rated {MH}'s specialist community mental health services for children and young people as good.",
         {(MH, "specialist community mental health services for children and young people", "overall", "good", None, None)}),
        (f"At {HOSP}, the paediatric services were rated good and the critical care unit requires improvement.",
         {(HOSP, CYP, "overall", "good", None, None), (HOSP, "critical care", "overall", RI, None, None)}),
    ],
    "the hospital before or after the service": [
        (f"The maternity service at {HOSP} was rated inadequate.",
         {(HOSP, "maternity", "overall", "inadequate", None, None)}),
        (f"{HOSP}'s maternity unit has been rated inadequate.",
         {(HOSP, "maternity", "overall", "inadequate", None, None)}),
        (f"Maternity at {HOSP} was rated good.",
         {(HOSP, "maternity", "overall", "good", None, None)}),
        (f"At {HOSP}, maternity services were awarded a good rating.",
         {(HOSP, "maternity", "overall", "good", None, None)}),
        (f"Surgery was rated requires improvement at {HOSP}.",
         {(HOSP, "surgery", "overall", RI, None, None)}),
        (f"{TRUST}'s maternity services at {HOSP} were rated inadequate.",
         {(HOSP, "maternity", "overall", "inadequate", None, None)}),
        (f"The maternity department at {TRUST}'s {HOSP} has been rated inadequate.",
         {(HOSP, "maternity", "overall", "inadequate", None, None)}),
        (f"{TRUST}'s maternity services were rated inadequate.",
         {(TRUST, "maternity", "overall", "inadequate", None, None)}),
        (f"{HOSP}, run by {TRUST}, saw its maternity unit rated inadequate.",
         {(HOSP, "maternity", "overall", "inadequate", None, None)}),
        (f"Inspectors found the emergency department at {HOSP2} – one of two run by {TRUST} – to be inadequate.",
         {(HOSP2, UEC, "overall", "inadequate", None, None)}),
    ],
    "the service carried to the next sentence, or not": [
        (f"Inspectors looked at maternity services at {HOSP}. They rated the service as requires improvement for safe and well-led.",
         {(HOSP, "maternity", "safe", RI, None, None), (HOSP, "maternity", "well-led", RI, None, None)}),
        (f"Surgery at {HOSP2} was rated good overall. It was rated outstanding for caring.",
         {(HOSP2, "surgery", "overall", "good", None, None), (HOSP2, "surgery", "caring", "outstanding", None, None)}),
        (f"The CQC inspected the emergency department at {HOSP2} in May. Safe and effective were rated requires improvement, "
         "while caring was rated good.",
         {(HOSP2, UEC, "safe", RI, None, None), (HOSP2, UEC, "effective", RI, None, None),
          (HOSP2, UEC, "caring", "good", None, None)}),
        (f"Maternity services at {HOSP} were rated inadequate.\n\n{TRUST} was rated requires improvement overall.",
         {(HOSP, "maternity", "overall", "inadequate", None, None), (TRUST, None, "overall", RI, None, None)}),
        (f"{TRUST} runs {HOSP}.\n\nMaternity services at the hospital were rated inadequate.\n\n"
         "Overall, the trust remains rated requires improvement.",
         {(HOSP, "maternity", "overall", "inadequate", None, None), (TRUST, None, "overall", RI, RI, "unchanged")}),
        (f"The emergency department at {HOSP2} was rated good.\n\nThe hospital was rated requires improvement overall.",
         {(HOSP2, UEC, "overall", "good", None, None), (HOSP2, None, "overall", RI, None, None)}),
        (f"The inspection of children's services at {HOSP2} followed complaints from parents. The hospital was rated good overall.",
         {(HOSP2, None, "overall", "good", None, None)}),
        (f"{HOSP}\n\nMaternity services\n\nSafe: Inadequate\nEffective: Requires improvement\nWell-led: Inadequate\n",
         {(HOSP, "maternity", "safe", "inadequate", None, None), (HOSP, "maternity", "effective", RI, None, None),
          (HOSP, "maternity", "well-led", "inadequate", None, None)}),
        (f"{HOSP} was rated requires improvement overall.\n\nSurgery\n\nInspectors rated safe and well-led as inadequate.",
         {(HOSP, None, "overall", RI, None, None), (HOSP, "surgery", "safe", "inadequate", None, None),
          (HOSP, "surgery", "well-led", "inadequate", None, None)}),
        (f"{HOSP}'s emergency department has been rated inadequate.\n\nInspectors found patients waiting for hours.\n\n"
         "Safe and well-led were rated inadequate.",
         {(HOSP, UEC, "overall", "inadequate", None, None), (HOSP, UEC, "safe", "inadequate", None, None),
          (HOSP, UEC, "well-led", "inadequate", None, None)}),
        (f"Maternity at {HOSP} was rated inadequate.\n\nThe hospital was rated good for caring.",
         {(HOSP, "maternity", "overall", "inadequate", None, None), (HOSP, None, "caring", "good", None, None)}),
        (f"Surgery at {HOSP} was rated good.\n\nSafe was rated requires improvement across {TRUST}.",
         {(HOSP, "surgery", "overall", "good", None, None), (TRUST, None, "safe", RI, None, None)}),
        (f"Inspectors visited after concerns were raised about maternity care. {HOSP2} was rated requires improvement.",
         {(HOSP2, None, "overall", RI, None, None)}),
    ],
    "one statement for several subjects": [
        (f"Both {HOSP} and {HOSP2} were rated good.",
         {(HOSP, None, "overall", "good", None, None), (HOSP2, None, "overall", "good", None, None)}),
        (f"{HOSP}, {HOSP2} and {HOSP3} were all rated good.",
         {(h, None, "overall", "good", None, None) for h in (HOSP, HOSP2, HOSP3)}),
        (f"{HOSP} was rated requires improvement, as was {HOSP2}.",
         {(HOSP, None, "overall", RI, None, None), (HOSP2, None, "overall", RI, None, None)}),
        (f"{HOSP} was rated good and so was {HOSP2}.",
         {(HOSP, None, "overall", "good", None, None), (HOSP2, None, "overall", "good", None, None)}),
        (f"{HOSP} improved from requires improvement to good, as did {HOSP2}.",
         {(HOSP, None, "overall", "good", RI, "improved"), (HOSP2, None, "overall", "good", RI, "improved")}),
        (f"{HOME} has been rated outstanding, as has {HOME2}.",
         {(HOME, None, "overall", "outstanding", None, None), (HOME2, None, "overall", "outstanding", None, None)}),
        (f"Maternity services at both {HOSP} and {HOSP2} were rated requires improvement.",
         {(HOSP, "maternity", "overall", RI, None, None), (HOSP2, "maternity", "overall", RI, None, None)}),
        (f"Urgent and emergency care was rated inadequate at both {HOSP} and {HOSP2}.",
         {(HOSP, UEC, "overall", "inadequate", None, None), (HOSP2, UEC, "overall", "inadequate", None, None)}),
        (f"{OWNER} runs several homes. Two of its homes, {HOME} and {HOME2}, were rated inadequate.",
         {(HOME, None, "overall", "inadequate", None, None), (HOME2, None, "overall", "inadequate", None, None)}),
        (f"{OWNER} runs several homes. Three of them – {HOME}, {HOME2} and {HOME3} – are rated good.",
         {(h, None, "overall", "good", None, None) for h in (HOME, HOME2, HOME3)}),
        (f"{HOME} and {HOME2}, both run by {OWNER}, were rated inadequate.",
         {(HOME, None, "overall", "inadequate", None, None), (HOME2, None, "overall", "inadequate", None, None)}),
        (f"{HOME} and {HOME2} have each been handed a rating of requires improvement.",
         {(HOME, None, "overall", RI, None, None), (HOME2, None, "overall", RI, None, None)}),
        (f"Two homes run by {OWNER}, {HOME} and {HOME2}, were rated inadequate.",
         {(HOME, None, "overall", "inadequate", None, None), (HOME2, None, "overall", "inadequate", None, None)}),
        (f"{OWNER}'s homes {HOME} and {HOME2} were rated inadequate.",
         {(HOME, None, "overall", "inadequate", None, None), (HOME2, None, "overall", "inadequate", None, None)}),
        (f"Three of the trust's hospitals – {HOSP}, {HOSP2} and {HOSP3} – slipped to requires improvement.",
         {(h, None, "overall", RI, None, "declined") for h in (HOSP, HOSP2, HOSP3)}),
        (f"The CQC rated three care homes inadequate: {HOME}, {HOME2} and {HOME3}.",
         {(h, None, "overall", "inadequate", None, None) for h in (HOME, HOME2, HOME3)}),
        (f"{OWNER} runs three homes. Two of them, {HOME} and {HOME2}, were rated good, while the third, {HOME3}, "
         "was rated requires improvement.",
         {(HOME, None, "overall", "good", None, None), (HOME2, None, "overall", "good", None, None),
          (HOME3, None, "overall", RI, None, None)}),
        (f"{HOME} was rated good, as was its sister home {HOME2}.",
         {(HOME, None, "overall", "good", None, None), (HOME2, None, "overall", "good", None, None)}),
        (f"{HOME} is now rated good. So is {HOME2}.",
         {(HOME, None, "overall", "good", None, None), (HOME2, None, "overall", "good", None, None)}),
        (f"{HOME} was rated good. {HOME2}, also run by {OWNER}, was rated the same.",
         {(HOME, None, "overall", "good", None, None), (HOME2, None, "overall", "good", None, None)}),
        (f"Surgery at {HOSP} was rated good, and so was medical care.",
         {(HOSP, "surgery", "overall", "good", None, None), (HOSP, "medical care", "overall", "good", None, None)}),
        (f"Inspectors rated {HOME} and {HOME2} inadequate.",
         {(HOME, None, "overall", "inadequate", None, None), (HOME2, None, "overall", "inadequate", None, None)}),
    ],
    "the provider or the location": [
        (f"{TRUST} runs {HOSP}. The trust was rated requires improvement.",
         {(TRUST, None, "overall", RI, None, None)}),
        (f"{TRUST} runs {HOSP}. The hospital was rated good.",
         {(HOSP, None, "overall", "good", None, None)}),
        (f"{OWNER} owns {HOME}. The home was rated inadequate.",
         {(HOME, None, "overall", "inadequate", None, None)}),
        (f"{HOME}, which is owned by {OWNER}, was rated inadequate.",
         {(HOME, None, "overall", "inadequate", None, None)}),
        # (session 20: passes since an owner ending in head words only splits from its home, h-subj20)
        (f"{OWNER}'s {HOME} was rated inadequate.",
         {(HOME, None, "overall", "inadequate", None, None)}),
        (f"The home's owner, {OWNER}, said it was disappointed that {HOME} has been rated inadequate.",
         {(HOME, None, "overall", "inadequate", None, None)}),
        (f"{OWNER} has been told to improve after {HOME} was rated inadequate.",
         {(HOME, None, "overall", "inadequate", None, None)}),
        (f"Staff at {TRUST} were praised as {HOSP} was judged outstanding.",
         {(HOSP, None, "overall", "outstanding", None, None)}),
        (f"Inspectors who visited {HOSP2} in May rated {HOSP} good.",
         {(HOSP, None, "overall", "good", None, None)}),
        (f"Following an inspection at {HOSP2}, {HOSP} was rated good.",
         {(HOSP, None, "overall", "good", None, None)}),
        (f"{HOSP} was rated good, with {HOSP2} rated requires improvement.",
         {(HOSP, None, "overall", "good", None, None), (HOSP2, None, "overall", RI, None, None)}),
        (f"The Orchard Unit at {TRUST} was rated outstanding.",
         {("Orchard Unit", None, "overall", "outstanding", None, None)}),
        (f"{TRUST}, which runs {HOSP}, was rated good.",
         {(TRUST, None, "overall", "good", None, None)}),
        (f"{HOSP}, run by {TRUST}, was rated good.",
         {(HOSP, None, "overall", "good", None, None)}),
        (f"{TRUST} runs {HOSP} and {HOSP2}. Overall, the trust was rated good, while {HOSP2} was rated requires improvement.",
         {(TRUST, None, "overall", "good", None, None), (HOSP2, None, "overall", RI, None, None)}),
        (f"{HOSP2} is run by {TRUST}. The provider was rated requires improvement overall.",
         {(TRUST, None, "overall", RI, None, None)}),
    ],
    "near-misses: a service or subject mentioned but not rated": [
        (f"The maternity unit at {HOSP} will be inspected next month. {HOSP2} was rated good.",
         {(HOSP2, None, "overall", "good", None, None)}),
        (f"{HOSP2} was rated good. Staff in the surgery department said they felt supported.",
         {(HOSP2, None, "overall", "good", None, None)}),
        (f"{HOSP} was rated inadequate. Nearby {HOSP2}, which was not inspected, offers maternity services.",
         {(HOSP, None, "overall", "inadequate", None, None)}),
    ],
}

CASES = family_cases(FAMILIES)


@pytest.mark.parametrize("profile", ["nlp", "nlp_fast"])
@pytest.mark.parametrize("family, text, expected", CASES)
def test_subject_and_service_battery(request, profile, family, text, expected):
    assert _items(request.getfixturevalue(profile), text) == expected
