"""Paraphrase battery: a rating's service label and subject on real pages (issue 14, session 14).

Families the earlier service batteries (test_battery_services3.py, test_battery_services11.py,
test_battery_core12.py, test_rating_services.py) do not have:
- a longer service name whose part is a known service or group: "the children and young people's
  mental health service" (not the trust as a whole, not children's services), "the medical care
  service, including care for older people" (no population group of its own), "care at the end of
  life" (end of life care), "the trust's women's forensic inpatient services";
- two-part names sharing one head noun ("medical and surgical services", "surgical and critical care
  services": each part its SPEC label) or joined by a slash ("outpatients/diagnostic imaging",
  "maternity/gynaecology": the one SPEC label the vocabulary gives the pair);
- a headline rating a provider's service when the body places that service, with the same value, at
  each of the provider's named hospitals: the sites' items only (SPEC: a service at a named site has it
  as subject);
- the service carried to the next sentence ("It was rated inadequate for safe", "The unit was also
  ...") and not carried to the hospital overall, a new subject, a new paragraph on the trust;
and neighbours that already work (kept so the rules stay narrow): canonical long names in title case
and brackets, lists of services sharing one rating, a service at a site vs trust-wide.
Names and wording are invented; nothing is copied from any corpus. Fast profile.

Each row: text -> the set of (subject, service, domain, rating, previous, change).
"""

import pytest

from conftest import family_cases
from test_ratings import RI, _items

H = "Lydcott Hospital"
H2 = "Brackenmoor General Hospital"
T = "Hessingford Teaching Hospitals NHS Trust"
MHT = "Corrowdale Care NHS Foundation Trust"
CYP = "services for children and young people"
UEC = "urgent and emergency care"
EOL = "end of life care"


def rated(subject, service, pairs, previous=None, change=None):
    return {(subject, service, domain, rating, previous, change) for domain, rating in pairs}


FAMILIES = {
    "a longer name whose part is a known service or group": [
        (f"Inspectors rated the children and young people's mental health service at {MHT} as good.",
         rated(MHT, "children and young people's mental health service", [("overall", "good")])),
        (f"{MHT} was rated good. Its adult mental health service was rated requires improvement for safe.",
         rated(MHT, None, [("overall", "good")]) | rated(MHT, "adult mental health service", [("safe", RI)])),
        (f"{H} was rated requires improvement. The medical care service, including care for older people, was rated good.",
         rated(H, None, [("overall", RI)]) | rated(H, "medical care", [("overall", "good")])),
        (f"{H} was rated requires improvement. Care at the end of life was rated outstanding.",
         rated(H, None, [("overall", RI)]) | rated(H, EOL, [("overall", "outstanding")])),
        (f"{T} was rated good. The trust's women's forensic inpatient services were rated requires improvement for safe.",
         rated(T, None, [("overall", "good")]) | rated(T, "women's forensic inpatient services", [("safe", RI)])),
        # neighbours that already work: the SPEC label of a long canonical name, in title case or brackets
        (f"{H}\n\nMedical Care (Including Older People’s Care): Requires improvement\nOutpatients and Diagnostic Imaging: Good\n"
         f"End of Life Care: Outstanding\nUrgent and Emergency Care Services: Inadequate\n",
         rated(H, "medical care", [("overall", RI)]) | rated(H, "outpatients", [("overall", "good")])
         | rated(H, EOL, [("overall", "outstanding")]) | rated(H, UEC, [("overall", "inadequate")])),
        (f"{H} was rated good. Services for Children and Young People were rated outstanding for caring, and community "
         f"health services for adults good.",
         rated(H, None, [("overall", "good")]) | rated(H, CYP, [("caring", "outstanding")])
         | rated(H, "community health services for adults", [("overall", "good")])),
        # near-misses: a GP practice's care for a population group rates the group; a mental health service named
        # as what the body is, not rated on its own
        ("Tarnby Road Surgery was rated good. The practice's care for people with long-term conditions was rated outstanding.",
         rated("Tarnby Road Surgery", None, [("overall", "good")])
         | rated("Tarnby Road Surgery", "people with long-term conditions", [("overall", "outstanding")])),
        (f"Fennick House, a mental health service for adults in Pellby, was rated good.",
         rated("Fennick House", None, [("overall", "good")])),
    ],
    "two-part names: a shared head noun, a slash": [
        (f"Medical and surgical services at {H} were rated good.",
         rated(H, "medical care", [("overall", "good")]) | rated(H, "surgery", [("overall", "good")])),
        (f"The surgical and critical care services at {H2} were rated requires improvement.",
         rated(H2, "surgery", [("overall", RI)]) | rated(H2, "critical care", [("overall", RI)])),
        (f"Outpatients/diagnostic imaging at {H} was rated good.", rated(H, "outpatients", [("overall", "good")])),
        (f"Maternity/gynaecology at {H2} was rated inadequate for safe.", rated(H2, "maternity", [("safe", "inadequate")])),
        # neighbours that already work: lists sharing one rating, a pair the vocabulary names
        (f"At {H}, surgery, critical care and outpatients were rated good.",
         {(H, s, "overall", "good", None, None) for s in ("surgery", "critical care", "outpatients")}),
        (f"{H} was rated good. Outpatient and diagnostic services were rated outstanding, and diagnostic and screening "
         f"services good.", rated(H, None, [("overall", "good")]) | rated(H, "outpatients", [("overall", "outstanding")])
         | rated(H, "diagnostic and screening services", [("overall", "good")])),
        (f"Urgent and emergency care and medical care at {H2} were rated requires improvement.",
         rated(H2, UEC, [("overall", RI)]) | rated(H2, "medical care", [("overall", RI)])),
        # near-miss: "medical and nursing staff" is no service
        (f"Medical and nursing staff at {H} worked hard. Surgery was rated good.", rated(H, "surgery", [("overall", "good")])),
    ],
    "a headline's trust-wide service placed at each site in the body": [
        (f"{T} children's services rated inadequate\n\nInspectors visited {H} and {H2} in May. Children's services at "
         f"both hospitals were rated inadequate.",
         rated(H, CYP, [("overall", "inadequate")]) | rated(H2, CYP, [("overall", "inadequate")])),
        # neighbours: the service at a site vs trust-wide, as stated
        (f"{T}'s maternity services at {H} were rated inadequate.", rated(H, "maternity", [("overall", "inadequate")])),
        (f"Maternity services across {T} were rated requires improvement.", rated(T, "maternity", [("overall", RI)])),
        # near-miss: a first sentence (not a headline) and a site run by another trust keep the trust's own item
        (f"{T}'s surgery has been rated good. Surgery at {H2}, run by another trust, was rated good too.",
         rated(T, "surgery", [("overall", "good")]) | rated(H2, "surgery", [("overall", "good")])),
    ],
    "the service carried to the next sentence, or not": [
        (f"The maternity service at {H} was rated requires improvement. It was rated inadequate for safe.",
         rated(H, "maternity", [("overall", RI), ("safe", "inadequate")])),
        (f"Maternity at {H} was rated inadequate. The unit was also rated inadequate for being well-led.",
         rated(H, "maternity", [("overall", "inadequate"), ("well-led", "inadequate")])),
        (f"Maternity at {H} was rated requires improvement. Overall, the hospital is rated good.",
         rated(H, "maternity", [("overall", RI)]) | rated(H, None, [("overall", "good")])),
        (f"The emergency department at {H} was rated requires improvement. {H2} was rated good for safe.",
         rated(H, UEC, [("overall", RI)]) | rated(H2, None, [("safe", "good")])),
        (f"Maternity at {H} was rated requires improvement.\n\n{T}'s overall rating remains good.",
         rated(H, "maternity", [("overall", RI)]) | rated(T, None, [("overall", "good")], "good", "unchanged")),
        # a service named as the subject's object, or in a relative clause describing it, is not what "it" means
        (f"{H} is to expand its maternity unit after a rise in births. It was rated good by the CQC in March.",
         rated(H, None, [("overall", "good")])),
        (f"A hospital has announced £2m of improvements to its cramped emergency department.\nIn May, inspectors rated {H} "
         f"requires improvement, up from inadequate.", rated(H, None, [("overall", RI)], "inadequate", "improved")),
        (f"{H}, which has a busy A&E, was rated good.", rated(H, None, [("overall", "good")])),
        # near-miss: checking a department changes nothing, so "it" is the department
        (f"Inspectors went back to {H} to look at its emergency department in June. They rated it inadequate for safe.",
         rated(H, UEC, [("safe", "inadequate")])),
        # neighbours: the service as the subject of its sentence, or referred to as "the service"
        (f"{T} runs {H}. Its maternity unit was inspected in May. It was rated requires improvement.",
         rated(H, "maternity", [("overall", RI)])),
        (f"Inspectors visited {H} and its maternity unit in May. The service was rated requires improvement.",
         rated(H, "maternity", [("overall", RI)])),
    ],
}


CASES = family_cases(FAMILIES)


@pytest.mark.parametrize("family, text, expected", CASES)
def test_services14_battery(nlp_fast, family, text, expected):
    assert _items(nlp_fast, text) == expected
