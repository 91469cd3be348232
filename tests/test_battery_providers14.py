"""Battery providers14: several providers in one story, and whose rating or person it is
(issue 14, session 14; SPEC.md §2 ratings' subject, organisations' kinds, people's
organisation, and the "Clarified after real text" rule on kinds). Fast profile; new
wording, invented names, nothing copied from any corpus.

- an ambulance trust beside the out-of-hours / 111 / GP providers it commissions or
  works with, each rated: each rating goes to the provider named with it ("A was
  rated good overall and B was rated RI, with safe rated inadequate": safe is B's;
  a list line "• B – rated RI" names B); a person "from", "chief executive of" or
  "speaking for" the smaller provider speaks for it, and a title naming a service
  ("clinical lead for the out-of-hours service") for the body said to run it;
- a hospice or home run by a national charity or company ("Marbeck Hospice, run by
  the charity Helmcare"; "Helmcare's Marbeck Hospice" when Helmcare is named on its
  own elsewhere; "part of the Helmcare charity"): the location is rated, the charity
  is an organisation of its own; people speak for the hospice or the charity as
  their title says ("hospice director Dana Price": the hospice);
- a place-named centre or unit against the trust that runs it: the unit is rated; an
  unnamed "centre at X Hospital" is a unit the text never names (subject null, as
  SPEC's unnamed units), while "the maternity unit at X Hospital" is a service at X;
  a "ward manager on the Oakholme Unit" speaks for the unit;
- a group story ("Three of Brightwell Care's homes ..."): each home is a subject; a
  count describing the group a named member belongs to ("X, one of Helmcare's 14
  hospices, has been rated outstanding"; "one of three Brightwell Care homes") is
  no count of rated services: X is rated;
- near-misses where the parent is right: the trust's overall rating, a trust-wide key
  question, a spokesperson "for the trust", the trust rated after its unit.
"""

import pytest

from conftest import assert_person_organisation, family_cases

O = "overall"
RI = "requires improvement"
AMB = "Wexmoor Ambulance Service NHS Trust"
OOH = "Calder Urgent Care"
OOH2 = "Fennick Health"
HOSPICE = "Marbeck Hospice"
CHARITY = "Helmcare"
TRUST = "Varley Hospitals NHS Trust"
UNIT = "Oakholme Unit"
CENTRE = "Tarnby Birth Centre"
GROUP = "Brightwell Care"

RATINGS = {
    "an ambulance trust beside the providers it works with": [
        (f"{AMB} has been rated good. The trust commissions out-of-hours GP care from {OOH} Ltd, which was rated "
         "requires improvement.",
         {(AMB, None, O, "good"), (f"{OOH} Ltd", None, O, RI)}),
        (f"{AMB} was rated requires improvement for safe. The NHS 111 service provided by {OOH} was rated good.",
         {(AMB, None, "safe", RI), (OOH, "nhs 111", O, "good")}),
        (f"Inspectors also looked at the urgent care providers that {AMB} works with. {OOH} was rated good overall and "
         f"{OOH2} was rated requires improvement, with safe rated inadequate.",
         {(OOH, None, O, "good"), (OOH2, None, O, RI), (OOH2, None, "safe", "inadequate")}),
        # near-miss: "and B had said ..." carries no rating verb, so no statement of B's opens
        (f"{OOH} was rated requires improvement and {OOH2} had said it would appeal, with safe rated inadequate.",
         {(OOH, None, O, RI), (OOH, None, "safe", "inadequate")}),
        (f"{AMB} has been rated good.\n\nThe CQC also published reports on the two GP out-of-hours providers in the "
         f"county:\n\n• {OOH} – rated good\n• {OOH2} – rated requires improvement",
         {(AMB, None, O, "good"), (OOH, None, O, "good"), (OOH2, None, O, RI)}),
        # near-miss: one "Food Hygiene – good" line (no head word, no list) is no provider
        ("Pellow House was rated requires improvement.\nOur Verdict: good\nFood Hygiene – good",
         {("Pellow House", None, O, RI)}),
    ],
    "a hospice or home run by a national charity or company": [
        (f"{CHARITY}'s {HOSPICE} has been rated outstanding. {CHARITY} is a national charity that runs 14 hospices.",
         {(HOSPICE, None, O, "outstanding")}),
        (f"{HOSPICE} has been rated requires improvement. The hospice, which is run by the charity {CHARITY}, was rated "
         "inadequate for safe.",
         {(HOSPICE, None, O, RI), (HOSPICE, None, "safe", "inadequate")}),
        (f"{HOSPICE}, one of {CHARITY}'s 14 hospices, has been rated outstanding.", {(HOSPICE, None, O, "outstanding")}),
    ],
    "a place-named centre or unit against its trust": [
        (f"The {CENTRE} at Varley General Hospital has been rated outstanding.", {(CENTRE, None, O, "outstanding")}),
        (f"{TRUST}'s Redwick Diabetes Centre was rated good for caring.", {("Redwick Diabetes Centre", None, "caring", "good")}),
        (f"The {UNIT}, part of {TRUST}, was rated inadequate. The trust itself is rated good.",
         {(UNIT, None, O, "inadequate"), (TRUST, None, O, "good")}),
        ("The centre at Varley General Hospital was rated good in all five areas. It is run by Calder Urgent Care.",
         {(None, None, d, "good") for d in (O, "safe", "effective", "caring", "responsive", "well-led")} - {(None, None, O, "good")}),
        ("The centre at Varley General Hospital was rated good. It is run by Calder Urgent Care.", {(None, None, O, "good")}),
        ("The maternity unit at Varley General Hospital was rated good.",
         {("Varley General Hospital", "maternity", O, "good")}),
        # near-misses (review of session 14): the unit phrase is an object, not what is rated; the site stays
        ("Inspectors who toured the clinic at Ferrand Surgery in May rated the practice good.",
         {("Ferrand Surgery", None, O, "good")}),
        ("Relatives welcomed the new hub at Quillby Medical Practice. The practice was rated outstanding.",
         {("Quillby Medical Practice", None, O, "outstanding")}),
        ("Mina Hale, who manages the unit at Stourley Hospital, said the hospital was rated good.",
         {("Stourley Hospital", None, O, "good")}),
    ],
    "a group's homes, each rated": [
        (f"Three of {GROUP}'s homes were inspected: Ashdown Court was rated good, Millfield House requires improvement "
         "and Rosewood Lodge inadequate.",
         {("Ashdown Court", None, O, "good"), ("Millfield House", None, O, RI), ("Rosewood Lodge", None, O, "inadequate")}),
        (f"Three homes run by {GROUP} were inspected. Ashdown Court and Millfield House were rated good, while Rosewood "
         "Lodge was rated inadequate.",
         {("Ashdown Court", None, O, "good"), ("Millfield House", None, O, "good"), ("Rosewood Lodge", None, O, "inadequate")}),
        (f"Ashdown Court, one of three {GROUP} homes in the town, was rated good. Millfield House, another of the "
         "group's homes, was rated requires improvement.",
         {("Ashdown Court", None, O, "good"), ("Millfield House", None, O, RI)}),
    ],
    "near-misses: the parent is right": [
        (f"{TRUST} was rated good. The trust runs the {CENTRE}, which was rated outstanding.",
         {(TRUST, None, O, "good"), (CENTRE, None, O, "outstanding")}),
        (f"The {CENTRE}, run by {TRUST}, has been rated outstanding. The trust was rated requires improvement overall.",
         {(CENTRE, None, O, "outstanding"), (TRUST, None, O, RI)}),
        (f"{TRUST}, which runs the {CENTRE}, has been rated requires improvement overall and for well-led.",
         {(TRUST, None, O, RI), (TRUST, None, "well-led", RI)}),
    ],
}

PEOPLE = {
    "a person of the smaller provider": [
        (f"{AMB} was rated good. {OOH} was rated requires improvement. \"We accept the findings,\" said Priya Nand, "
         f"chief executive of {OOH}.", "Priya Nand", OOH),
        (f"{AMB} was rated good. {OOH} was rated inadequate. Owen Hart, from {OOH}, the trust's out-of-hours partner, "
         "said the findings were fair.", "Owen Hart", OOH),
        (f"{AMB} was rated good. {OOH} was rated inadequate. Speaking for {OOH}, Dr Owen Hart said the findings were "
         "fair.", "Owen Hart", OOH),
        (f"{AMB} was rated good. The out-of-hours service, run by {OOH}, was rated inadequate. Owen Hart, clinical lead "
         "for the out-of-hours service, said: \"We will act.\"", "Owen Hart", OOH),
        # near-miss: a past operator ("until 2022") is not who runs the service now
        (f"The out-of-hours service was run by {OOH} Ltd until 2021, and is now provided by {OOH2}. Owen Hart, clinical "
         "lead for the out-of-hours service, said: \"We are proud.\"", "Owen Hart", OOH2),
    ],
    "the hospice or the charity": [
        (f"{HOSPICE}, run by {CHARITY}, has been rated outstanding. Hospice director Dana Price said: \"We are "
         "thrilled.\"", "Dana Price", HOSPICE),
        (f"{HOSPICE} has been rated requires improvement. The hospice is run by the charity {CHARITY}. Dana Price, head of "
         f"the hospice, said: \"We are working hard.\" {CHARITY}'s chief executive, Rob Lyle, said the charity supported "
         "the team.", "Dana Price", HOSPICE),
        (f"{HOSPICE} has been rated outstanding. The hospice is run by the charity {CHARITY}. \"I am so proud,\" said "
         f"{CHARITY} chief executive Rob Lyle.", "Rob Lyle", CHARITY),
    ],
    "a title naming the unit": [
        (f"Lena Cray, ward manager on the {UNIT}, said: \"We are proud.\" The unit was rated good.", "Lena Cray", UNIT),
        (f"{TRUST} has been rated requires improvement. A spokesperson for the trust, Jo Kerr, said it would act.",
         "Jo Kerr", TRUST),
    ],
}

ORGS = [
    # (text, organisation name that must be found, its kind)
    (f"{HOSPICE}, part of the {CHARITY} charity, has been rated outstanding.", CHARITY, None),
    (f"{CHARITY}'s {HOSPICE} has been rated outstanding. {CHARITY} is a national charity that runs 14 hospices.",
     HOSPICE, "location"),
]


def _ratings(doc):
    return {(r["subject"], r["service"], r["domain"], r["rating"]) for r in doc._.cqc_ratings}


@pytest.mark.parametrize("family, text, expected", family_cases(RATINGS))
def test_providers14_ratings(nlp_fast, family, text, expected):
    assert _ratings(nlp_fast(text)) == expected


@pytest.mark.parametrize("family, text, person, org", family_cases(PEOPLE))
def test_providers14_people(nlp_fast, family, text, person, org):
    assert_person_organisation(nlp_fast(text), person, org)


@pytest.mark.parametrize("text, name, kind", ORGS)
def test_providers14_organisations(nlp_fast, text, name, kind):
    from cqc_extract.scoring import normalise

    found = {normalise(o["name"]): o["kind"] for o in nlp_fast(text)._.cqc_organisations}
    assert normalise(name) in found, sorted(found)
    if kind:
        assert found[normalise(name)] == kind
