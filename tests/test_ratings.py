"""Rating phrasings, one family per table (team-written, not from any corpus).

Each row: text -> expected (subject, service, domain, rating, previous, change)
items, compared as a set; subjects are organisation names as the text gives them.
"""

import pytest

RI = "requires improvement"

FAMILIES = {
    "explicit from-to": [
        (
            "Bramley Vale Care Home has improved from 'inadequate' to 'good', the Care Quality Commission said.",
            {("Bramley Vale Care Home", None, "overall", "good", "inadequate", "improved")},
        ),
        (
            "Ashcombe Hospital was downgraded from good to requires improvement.",
            {("Ashcombe Hospital", None, "overall", RI, "good", "declined")},
        ),
    ],
    "up from / down from": [
        (
            "Larch House Nursing Home is now rated good, up from requires improvement.",
            {("Larch House Nursing Home", None, "overall", "good", RI, "improved")},
        ),
    ],
    "coordination with for": [
        (
            "Inspectors rated Kestrel Court Care Home good for caring, responsive and safe.",
            {
                ("Kestrel Court Care Home", None, d, "good", None, None)
                for d in ("caring", "responsive", "safe")
            },
        ),
    ],
    "coordination before the rating": [
        (
            "At Millbrook Hospital, safe and well-led were rated requires improvement.",
            {("Millbrook Hospital", None, d, RI, None, None) for d in ("safe", "well-led")},
        ),
    ],
    "implied previous": [
        (
            "Harbour View Care Home remains 'outstanding' following its latest inspection.",
            {("Harbour View Care Home", None, "overall", "outstanding", "outstanding", "unchanged")},
        ),
        (
            "Orchard Surgery has again been rated inadequate.",
            {("Orchard Surgery", None, "overall", "inadequate", "inadequate", "unchanged")},
        ),
    ],
    "direction without previous": [
        (
            "Fenwick Lodge Care Home has been upgraded to good.",
            {("Fenwick Lodge Care Home", None, "overall", "good", None, "improved")},
        ),
    ],
    "services and reference back": [
        (
            "Inspectors visited maternity services at Oakridge Hospital. The service was rated inadequate for safe.",
            {("Oakridge Hospital", "maternity", "safe", "inadequate", None, None)},
        ),
    ],
    "bulleted service list": [
        (
            "Following the inspection of Westmarsh Hospital:\n"
            "• Community dental services – rated good overall\n"
            "• Surgery – rated requires improvement overall and for safe\n",
            {
                ("Westmarsh Hospital", "community dental services", "overall", "good", None, None),
                ("Westmarsh Hospital", "surgery", "overall", RI, None, None),
                ("Westmarsh Hospital", "surgery", "safe", RI, None, None),
            },
        ),
    ],
    "not ratings": [
        ("Nationally, 62% of care homes are rated good.", set()),
        ("The school was rated good by Ofsted last year.", set()),
        ("Staff showed outstanding practice in end of life care.", set()),
    ],
}

CASES = [(family, text, expected) for family, rows in FAMILIES.items() for text, expected in rows]


def _items(nlp, text):
    doc = nlp(text)
    return {
        (r["subject"], r["service"], r["domain"], r["rating"], r["previous"], r["change"])
        for r in doc._.cqc_record["ratings"]
    }


@pytest.mark.parametrize("family, text, expected", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_rating_phrasings(nlp, family, text, expected):
    assert _items(nlp, text) == expected


def test_every_rating_carries_evidence_pointing_at_a_rating_word(nlp):
    text = "Kestrel Court Care Home was rated 'requires improvement' for safe."
    for item in nlp(text)._.cqc_record["ratings"]:
        assert item["evidence"]
        for ev in item["evidence"]:
            assert text[ev["start"] : ev["end"]] == ev["text"]
            assert ev["text"].lower() in {"requires improvement", "good", "inadequate", "outstanding"}
