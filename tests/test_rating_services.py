"""Rating phrasings about services and layout (service labels, carrying the
service, labelled lines, bullets, tables), one family per table, team-written
with invented names. Same style as tests/test_ratings.py; every row runs with
both profiles, since layout must not depend on the statistical model.
"""

import pytest

from test_ratings import RI, _items

FAMILIES = {
    "labelled lines with key questions as questions": [
        (
            "Millway Practice is rated as good overall.\n"
            "The key questions are rated as:\n"
            "Are services safe? – requires improvement\n"
            "Are services caring? – Good\n"
            "Are services well-led? - Outstanding\n",
            {
                ("Millway Practice", None, "overall", "good", None, None),
                ("Millway Practice", None, "safe", RI, None, None),
                ("Millway Practice", None, "caring", "good", None, None),
                ("Millway Practice", None, "well-led", "outstanding", None, None),
            },
        ),
        (
            "Inspectors visited Copperbeck Lodge.\nSafe - Inadequate\nResponsive: Good\n",
            {
                ("Copperbeck Lodge", None, "safe", "inadequate", None, None),
                ("Copperbeck Lodge", None, "responsive", "good", None, None),
            },
        ),
    ],
    "labelled lines with population groups": [
        (
            "Hartwell Road Surgery is rated as good overall.\n"
            "Older people – good\n"
            "Working age people (including those recently retired and students – requires improvement\n"
            "The practice had previously been rated inadequate for safe.\n",
            {
                ("Hartwell Road Surgery", None, "overall", "good", None, None),
                ("Hartwell Road Surgery", "older people", "overall", "good", None, None),
                ("Hartwell Road Surgery",
                 "working age people (including those recently retired and students)", "overall", RI, None, None),
            },
        ),
    ],
    "a service list item is not what the next sentence is about": [
        (
            "Tellbury Health Centre is rated as requires improvement overall.\n"
            "People with long-term conditions – good\n"
            "The service was rated inadequate for effective.\n",
            {
                ("Tellbury Health Centre", None, "overall", RI, None, None),
                ("Tellbury Health Centre", "people with long-term conditions", "overall", "good", None, None),
                ("Tellbury Health Centre", None, "effective", "inadequate", None, None),
            },
        ),
    ],
    "previous inspection notes": [
        (
            "Brindle Lane Surgery is rated as requires improvement overall. "
            "(Previous inspection 3 May 2019 – rated good overall and good for all domains.)\n"
            "Are services safe? – Requires improvement\n"
            "Are services caring? – Good\n",
            {
                ("Brindle Lane Surgery", None, "overall", RI, "good", "declined"),
                ("Brindle Lane Surgery", None, "safe", RI, "good", "declined"),
                ("Brindle Lane Surgery", None, "caring", "good", "good", "unchanged"),
            },
        ),
        (
            "Ivybridge Court is rated as good overall. (Previous inspection June 2020 – Inadequate)",
            {("Ivybridge Court", None, "overall", "good", "inadequate", "improved")},
        ),
    ],
    "list items led by a service name the vocabulary cuts short": [
        (
            "We rated Foxhollow Community NHS Trust as good because:\n"
            "- Community health older adult services improved from requires improvement to good overall.\n"
            "- Community health inpatient services stayed the same as outstanding overall. Caring improved to outstanding.\n",
            {
                ("Foxhollow Community NHS Trust", None, "overall", "good", None, None),
                ("Foxhollow Community NHS Trust", "community health older adult services", "overall", "good", RI, "improved"),
                ("Foxhollow Community NHS Trust", "community health inpatient services", "overall", "outstanding", "outstanding", "unchanged"),
                ("Foxhollow Community NHS Trust", "community health inpatient services", "caring", "outstanding", None, "improved"),
            },
        ),
        # a list item about "the service" names no service of its own
        (
            "Ravelstone House was inspected in May.\n- The service was rated good overall.\n",
            {("Ravelstone House", None, "overall", "good", None, None)},
        ),
    ],
    "the service refers back to the service named last": [
        (
            "Ratings for maternity services at two hospitals have dropped.\n"
            "Inspectors issued a warning notice for the service at Ashwell General Hospital and rated it inadequate.\n"
            "The service at Cobbet Hospital now requires improvement.\n",
            {
                ("Ashwell General Hospital", "maternity", "overall", "inadequate", None, None),
                ("Cobbet Hospital", "maternity", "overall", RI, None, None),
            },
        ),
        (
            "Harrowgate Ambulance NHS Trust's 111 service was inspected in May.\n"
            "The inspectors then wrote to the trust.\n"
            "They found the service was rated good for caring.\n",
            {("Harrowgate Ambulance NHS Trust", "111 service", "caring", "good", None, None)},
        ),
        # no service named before: "the service" is the home itself
        (
            "Brookfield Manor was inspected in June. The service was rated good for caring.",
            {("Brookfield Manor", None, "caring", "good", None, None)},
        ),
    ],
    "a service an organisation provides is not the rated service": [
        (
            "A clinic offering sexual health services, Lumen Health Clinic, has been rated outstanding.",
            {("Lumen Health Clinic", None, "overall", "outstanding", None, None)},
        ),
        (
            "Dunmere Hospice, which provides palliative care, was rated good.",
            {("Dunmere Hospice", None, "overall", "good", None, None)},
        ),
    ],
    "a service is not carried into a paragraph about something else": [
        (
            "Inspectors looked at community mental health services at Ormsby Vale NHS Trust.\n\n"
            "The overall rating is now outstanding, said Dr Ann Kell.\n",
            {("Ormsby Vale NHS Trust", None, "overall", "outstanding", None, None)},
        ),
        (
            "Maternity services at Pellham General Hospital have been rated inadequate.\n\n"
            "Inspectors visited in May. Their report rates the unit inadequate for being safe.\n",
            {
                ("Pellham General Hospital", "maternity", "overall", "inadequate", None, None),
                ("Pellham General Hospital", "maternity", "safe", "inadequate", None, None),
            },
        ),
        (
            "Maternity services at Pellham General Hospital have been rated inadequate.\n\n"
            "It was rated inadequate for being well-led.\n",
            {
                ("Pellham General Hospital", "maternity", "overall", "inadequate", None, None),
                ("Pellham General Hospital", "maternity", "well-led", "inadequate", None, None),
            },
        ),
    ],
    "service names and practice names": [
        (
            "Wolsey NHS Trust's out-of-hours service and its non-emergency patient transport service were rated good.",
            {("Wolsey NHS Trust", s, "overall", "good", None, None)
             for s in ("out-of-hours service", "non-emergency patient transport service")},
        ),
        (
            "A village surgery has kept its outstanding rating, inspectors said of Elmcote Surgery.",
            {("Elmcote Surgery", None, "overall", "outstanding", "outstanding", "unchanged")},
        ),
        (
            "Fennick Road Medical Centre, with its branch surgery, has been rated inadequate.",
            {("Fennick Road Medical Centre", None, "overall", "inadequate", None, None)},
        ),
        # a bullet that is a sentence names no service
        (
            "Corbridge Valley NHS Trust has been rated good.\n"
            "• Building on this, the trust today sets out its plans - 'Aiming Higher'\n",
            {("Corbridge Valley NHS Trust", None, "overall", "good", None, None)},
        ),
    ],
    "ratings panels: key question and rating on separate lines": [
        (
            "Latest ratings for Pembrook Lodge\n\nOverall rating\n\nGood\n\nSafe\n\nRequires improvement\n\nCaring\nOutstanding\n",
            {
                ("Pembrook Lodge", None, "overall", "good", None, None),
                ("Pembrook Lodge", None, "safe", RI, None, None),
                ("Pembrook Lodge", None, "caring", "outstanding", None, None),
            },
        ),
        (
            "Tolland Practice was inspected.\nAre services safe? Good\nAre services effective? Inadequate\n",
            {
                ("Tolland Practice", None, "safe", "good", None, None),
                ("Tolland Practice", None, "effective", "inadequate", None, None),
            },
        ),
    ],
    "tables of ratings over several inspections": [
        (
            "Ratings for Larkhill Court Care Home over its inspections:\n\n"
            "Key question | 12 May 2023 | 3 June 2019 | 1 April 2016\n"
            "Overall | Good | Requires improvement | Inadequate\n"
            "Safe | Requires improvement | Requires improvement | Inadequate\n"
            "Caring | Outstanding | Good | Good\n",
            {
                ("Larkhill Court Care Home", None, "overall", "good", RI, "improved"),
                ("Larkhill Court Care Home", None, "safe", RI, RI, "unchanged"),
                ("Larkhill Court Care Home", None, "caring", "outstanding", "good", "improved"),
            },
        ),
        (
            # rows are inspections, the latest not first
            "Hemsby Road Practice\n\nInspection\tOverall\tSafe\tWell-led\n"
            "January 2021\tInadequate\tInadequate\tRequires improvement\n"
            "March 2024\tGood\tGood\tOutstanding\n",
            {
                ("Hemsby Road Practice", None, "overall", "good", "inadequate", "improved"),
                ("Hemsby Road Practice", None, "safe", "good", "inadequate", "improved"),
                ("Hemsby Road Practice", None, "well-led", "outstanding", RI, "improved"),
            },
        ),
        (
            "Nettlebed Hospital\n| | Current | Previous |\n|---|---|---|\n| Overall | Good | Good |\n"
            "| Maternity | Requires improvement | Good |\n",
            {
                ("Nettlebed Hospital", None, "overall", "good", "good", "unchanged"),
                ("Nettlebed Hospital", "maternity", "overall", RI, "good", "declined"),
            },
        ),
    ],
    "a service list and what refers back to it": [
        (
            "Its maternity, surgery and critical care departments were all rated inadequate and outpatients, "
            "previously rated as good, was rated requires improvement.",
            {(None, sv, "overall", "inadequate", None, None) for sv in ("maternity", "surgery", "critical care")}
            | {(None, "outpatients", "overall", RI, "good", "declined")},
        ),
        (
            "At Colderwick Hospital, surgery, maternity services and end of life care were criticised. "
            "All three were downgraded to requires improvement.",
            {("Colderwick Hospital", sv, "overall", RI, None, "declined") for sv in ("surgery", "maternity", "end of life care")},
        ),
        # a list of services rated together stays one list
        (
            "Hollins Vale Hospital was rated good for maternity and surgery.",
            {("Hollins Vale Hospital", sv, "overall", "good", None, None) for sv in ("maternity", "surgery")},
        ),
        (
            "Inspectors rated medical and older people's care at Dunholm Hospital as outstanding.",
            {("Dunholm Hospital", "medical care", "overall", "outstanding", None, None)},
        ),
    ],
    "picture galleries: a caption of label - value pairs": [
        (
            "Hospitals rated across the county\n\n"
            "1. Whitlow Park Hospital - Good Safe - Requires improvement, Caring - Good, Well-led - Good Buy a print\n\n"
            "2. Bramwell General Hospital - Requires Improvement Safe - Good, Effective - Inadequate, Responsive - Outstanding\n",
            {
                ("Whitlow Park Hospital", None, "overall", "good", None, None),
                ("Whitlow Park Hospital", None, "safe", RI, None, None),
                ("Whitlow Park Hospital", None, "caring", "good", None, None),
                ("Whitlow Park Hospital", None, "well-led", "good", None, None),
                ("Bramwell General Hospital", None, "overall", RI, None, None),
                ("Bramwell General Hospital", None, "safe", "good", None, None),
                ("Bramwell General Hospital", None, "effective", "inadequate", None, None),
                ("Bramwell General Hospital", None, "responsive", "outstanding", None, None),
            },
        ),
        # a lower-case "good" after a dash is still an adjective
        ("Kirkby Lodge - good food and friendly staff, said one resident.", set()),
    ],
    "page labels": [
        (
            "Archived: Holmwood House\n\nProvided and run by:\nCarrick Health Limited\n\n"
            "This service is rated as Good overall.\n",
            {("Holmwood House", None, "overall", "good", None, None)},
        ),
    ],
    "a service named after the rating in another statement": [
        (
            "Carsfield Healthcare NHS Trust, which is rated inadequate, has been served with a warning notice "
            "over concerns related to its maternity services.",
            {("Carsfield Healthcare NHS Trust", None, "overall", "inadequate", None, None)},
        ),
        (
            "Inspectors rated Lowther Hospital good for its surgical services.",
            {("Lowther Hospital", "surgery", "overall", "good", None, None)},
        ),
    ],
    "service names with their acronym inside": [
        (
            "Inspectors lowered the rating for Fellgate Mental Health NHS Trust's child and adolescent mental health "
            "(CAMHS) ward. The ward is now rated requires improvement.",
            {("Fellgate Mental Health NHS Trust", "child and adolescent mental health ward", "overall", RI, None, None)},
        ),
        # the acronym after the whole name: the name as it stands
        (
            "Community mental health services (CMHS) at Ashlea Hospital were rated good.",
            {("Ashlea Hospital", "community mental health services", "overall", "good", None, None)},
        ),
    ],
    "a service rated at every location just named": [
        (
            "Inspectors visited Marlow Cross Hospital in Ely and Fenbridge Hospital in Wisbech.\n\n"
            "Children's services in both hospitals have been rated inadequate overall. "
            "The service was rated good for caring. Effective was rated requires improvement.",
            {(h, "services for children and young people", d, v, None, None)
             for h in ("Marlow Cross Hospital", "Fenbridge Hospital")
             for d, v in (("overall", "inadequate"), ("caring", "good"), ("effective", RI))},
        ),
        # one hospital named again: the ratings are its own
        (
            "Inspectors visited Marlow Cross Hospital and Fenbridge Hospital.\n\n"
            "Maternity services at both sites were rated good. At Fenbridge Hospital, surgery was rated inadequate.",
            {(h, "maternity", "overall", "good", None, None) for h in ("Marlow Cross Hospital", "Fenbridge Hospital")}
            | {("Fenbridge Hospital", "surgery", "overall", "inadequate", None, None)},
        ),
    ],
    "a service rated across the trust is the provider's, not the last hospital's": [
        (
            "Inspectors spent three days at Penwarden Hospital and Tolcarne Hospital, and later visited Polgooth Hospital. "
            "Kernow Vale NHS Trust said it welcomed the visit, which covered the trust's three hospitals. "
            "They rated maternity and surgery as good.",
            {("Kernow Vale NHS Trust", s, "overall", "good", None, None) for s in ("maternity", "surgery")},
        ),
        (
            "Inspectors visited Polgooth Hospital in March. Across the trust, they spoke to more than 200 staff at "
            "Kernow Vale NHS Trust. The patient transport service was rated outstanding.",
            {("Kernow Vale NHS Trust", "patient transport service", "overall", "outstanding", None, None)},
        ),
        (
            "Inspectors visited Polgooth Hospital, run by Kernow Vale NHS Trust. Maternity was rated good.",
            {("Polgooth Hospital", "maternity", "overall", "good", None, None)},
        ),
    ],
}

CASES = [(family, text, expected) for family, rows in FAMILIES.items() for text, expected in rows]


@pytest.mark.parametrize("profile", ["nlp", "nlp_fast"])
@pytest.mark.parametrize("family, text, expected", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_service_and_layout_phrasings(request, profile, family, text, expected):
    assert _items(request.getfixturevalue(profile), text) == expected
