"""Paraphrase battery: services and subjects across a page (issue 14, session 11).

Invented names and new wording (see test_battery_service_pages.py for the
single-service pages of session 10; these rows are new families):
- the service carried by "the service" / "the unit" keeps the organisation it
  was named at, though a site is named in between in a sentence that does not
  name the service ("staff at the X call centre", "midwives from Y");
- a provider named as who runs the subject ("run by the national charity X",
  "one of nine run by the charity X") is not what "it" means next;
- a service named as run by another provider ("the county's out-of-hours
  service, run by X Ltd, was rated ...") is that provider's;
- "the (ambulance) trust" before any trust is named is the next trust named,
  not the company named next;
- a reference to the service after the value ("rated good across all five key
  questions for this service") keeps the service, not the trust as a whole;
- a page naming one hospital service only in its headline or opening line,
  whose trust's own overall rating is stated too: the unnamed ratings are the
  service's, the trust's own overall keeps service null;
- a headline naming the service before its hospital is named ("CQC rates
  Orbury children's services good"), then "they rated it ...";
- a long or two-part service name kept whole, whatever the number of its last
  noun ("... psychiatric intensive care unit", "emergency operations centres");
- near-misses: "with staff in the service praised" (not a service rating), a
  page whose ratings all name their organisation.
Each row: text -> expected (subject, service, domain, rating, previous,
change) items, compared as a set (fast profile: no NER needed).
"""

import pytest

from conftest import family_cases
from test_ratings import RI, _items

AMB = "Marlow Vale Ambulance Service NHS Trust"
H = "Orbury General Hospital"
H2 = "Selham Community Hospital"
T = "Orbury Hospitals NHS Trust"
CT = "Brackley Community NHS Trust"
LTD = "Kestova Healthcare Ltd"
HOSPICE = "St Aldwyn's Hospice"
HOME = "Pennycress House"
CHARITY = "Lanterns Care"
UEC = "urgent and emergency care"
ADULTS = "community health services for adults"


def rated(subject, service, pairs, previous=None, change=None):
    return {(subject, service, domain, rating, previous, change) for domain, rating in pairs}


FIVE_GOOD = [("safe", "good"), ("effective", "good"), ("caring", "good"), ("responsive", "good"), ("well-led", "good")]

FAMILIES = {
    "the service keeps the organisation it was named at": [
        (f"{AMB}'s 111 service was rated inadequate in 2022. Staff at the Penhallow call centre were found asleep at their "
         f"desks.\n\nA new inspection found the service was good for safe and caring.",
         rated(AMB, "111 service", [("safe", "good"), ("caring", "good")])),
        (f"The maternity unit at {H} has been rated inadequate by the CQC. Midwives from {H2} were sent to help.\n\n"
         f"The unit was rated inadequate for safe and well-led.",
         rated(H, "maternity", [("overall", "inadequate"), ("safe", "inadequate"), ("well-led", "inadequate")])),
        (f"Surgery at {H} has been rated requires improvement. Some patients were moved to {H2} for their operations. "
         f"The service was rated inadequate for safe.",
         rated(H, "surgery", [("overall", RI), ("safe", "inadequate")])),
        (f"{LTD}'s out-of-hours service was rated requires improvement. Inspectors also visited the Dunmore base, where staff "
         f"were busy.\n\nThe service was rated good for caring and inadequate for well-led.",
         rated(LTD, "out-of-hours service", [("overall", RI), ("caring", "good"), ("well-led", "inadequate")])),
    ],
    "a provider that runs the subject is not what 'it' means next": [
        (f"{HOSPICE} has been rated outstanding by the CQC. The hospice is one of nine run by the charity {CHARITY}. "
         f"It was rated outstanding for caring.", rated(HOSPICE, None, [("overall", "outstanding"), ("caring", "outstanding")])),
        (f"{HOSPICE}, run by the national charity {CHARITY}, has been rated outstanding. It was rated outstanding for caring "
         f"and responsive.", rated(HOSPICE, None, [("overall", "outstanding"), ("caring", "outstanding"), ("responsive", "outstanding")])),
        (f"{HOME} is operated by the care company {LTD}. It was rated good overall and outstanding for caring.",
         rated(HOME, None, [("overall", "good"), ("caring", "outstanding")])),
        (f"{HOME} opened in 2019 and is managed by the housing association {CHARITY} Trust. The home was rated requires "
         f"improvement. It was rated inadequate for safe.", rated(HOME, None, [("overall", RI), ("safe", "inadequate")])),
    ],
    "the service referred to after the value": [
        (f"{CT} has been told its {ADULTS} are good. The trust was rated good across all five key questions for this service.",
         rated(CT, ADULTS, [("overall", "good")] + FIVE_GOOD)),
        (f"The CQC inspected {ADULTS} run by {CT}. Inspectors rated the trust good for each key question in the service.",
         rated(CT, ADULTS, FIVE_GOOD)),
        (f"Urgent and emergency care at {H} was inspected in May. Inspectors rated {T} requires improvement for safe and "
         f"well-led in this service.", rated(H, UEC, [("safe", RI), ("well-led", RI)])),
        (f"{CT} runs maternity services. The trust was rated good overall, with staff in the service praised.",
         rated(CT, None, [("overall", "good")])),
        (f"{CT} runs maternity services. The trust was rated good overall as staff in the service worked hard.",
         rated(CT, None, [("overall", "good")])),
    ],
    "one service named only in the headline or opening line; the trust's own overall too": [
        (f"Maternity unit at {H} told to improve\n\nThe Care Quality Commission inspected the hospital in May after "
         f"concerns from families.\n\nIt was rated requires improvement overall. Inspectors rated it inadequate for safe, "
         f"requires improvement for well-led and good for caring.\n\n{T} is rated good overall.",
         rated(H, "maternity", [("overall", RI), ("safe", "inadequate"), ("well-led", RI), ("caring", "good")])
         | rated(T, None, [("overall", "good")])),
        (f"Surgery\n\n{H}\n\nWe rated it as requires improvement. We rated safe as inadequate.\n\n"
         f"The trust's overall rating remains good.",
         rated(H, "surgery", [("overall", RI), ("safe", "inadequate")]) | {(None, None, "overall", "good", "good", "unchanged")}),
        (f"Maternity services at {H} were praised in a report on the trust.\n\n{T} was rated good overall. "
         f"It was rated outstanding for caring.", rated(T, None, [("overall", "good"), ("caring", "outstanding")])),
    ],
    "a headline's service, before its hospital is named": [
        (f"CQC rates Orbury children's services good\n\nInspectors visited {H} in April. They rated it good overall and "
         f"outstanding for caring.",
         rated(H, "services for children and young people", [("overall", "good"), ("caring", "outstanding")])),
        (f"Orbury maternity unit rated inadequate\n\nThe CQC has rated maternity services at {H} inadequate. The trust's "
         f"overall rating remains requires improvement.\n\nInspectors rated safe and well-led as inadequate, and caring as good.",
         rated(H, "maternity", [("overall", "inadequate"), ("safe", "inadequate"), ("well-led", "inadequate"), ("caring", "good")])
         | {(None, None, "overall", RI, RI, "unchanged")}),
    ],
    "a long or two-part service name kept whole": [
        (f"{CT}'s acute wards for adults of working age and psychiatric intensive care unit were rated good for caring.",
         rated(CT, "acute wards for adults of working age and psychiatric intensive care unit", [("caring", "good")])),
        (f"Inspectors rated {CT}'s wards for people with learning disabilities or autism as requires improvement.",
         rated(CT, "wards for people with learning disabilities or autism", [("overall", RI)])),
        (f"The forensic inpatient/secure wards run by {CT} were rated inadequate for safe.",
         rated(CT, "forensic inpatient/secure wards", [("safe", "inadequate")])),
        (f"{CT}'s emergency operations centres kept their outstanding rating for caring.",
         rated(CT, "emergency operations centres", [("caring", "outstanding")], "outstanding", "unchanged")),
        (f"The urgent care centre at {H2} has been rated good.", rated(H2, "urgent care centre", [("overall", "good")])),
        (f"{CT} was inspected.\n\n• Community urgent care, which runs the minor injuries units in Elmbury and Tadwick, was rated "
         f"good overall.", rated(CT, "community urgent care", [("overall", "good")])),
    ],
    "several providers: a service run by another provider is that provider's": [
        (f"{AMB} has been rated outstanding. Meanwhile, the county's out-of-hours service, run by {LTD}, was rated "
         f"requires improvement.", rated(AMB, None, [("overall", "outstanding")]) | rated(LTD, "out-of-hours service", [("overall", RI)])),
        (f"{AMB} kept its good rating. The NHS 111 service, which is provided by {LTD}, was rated inadequate for safe.",
         {(AMB, None, "overall", "good", "good", "unchanged")} | rated(LTD, "nhs 111", [("safe", "inadequate")])),
        (f"{T} was rated good. Community dental services operated by the private company {LTD} have been rated outstanding.",
         rated(T, None, [("overall", "good")]) | rated(LTD, "community dental services", [("overall", "outstanding")])),
    ],
    "several providers: 'the trust' not yet named is the next trust, not a company": [
        (f"The ambulance trust was rated good, but the out-of-hours provider, {LTD}, was rated inadequate.",
         {(None, None, "overall", "good", None, None), (LTD, None, "overall", "inadequate", None, None)}),
        (f"The trust has been rated outstanding. {LTD}, its 111 partner, was rated good, and {AMB} said it was proud.",
         rated(AMB, None, [("overall", "outstanding")]) | rated(LTD, None, [("overall", "good")])),
    ],
}


CASES = family_cases(FAMILIES)


@pytest.mark.parametrize("family, text, expected", CASES)
def test_services11_battery(nlp_fast, family, text, expected):
    assert _items(nlp_fast, text) == expected
