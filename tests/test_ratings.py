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
    "ellipsis and shared values": [
        (
            "Kelbrook Ambulance Service NHS Trust was inspected. Emergency and urgent care was rated requires improvement, "
            "as was the emergency operations centre.",
            {("Kelbrook Ambulance Service NHS Trust", "emergency and urgent care", "overall", RI, None, None),
             ("Kelbrook Ambulance Service NHS Trust", "emergency operations centre", "overall", RI, None, None)},
        ),
        (
            "Inspectors rated Thornfield House safe and responsive as 'requires improvement'.",
            {("Thornfield House", None, d, RI, None, None) for d in ("safe", "responsive")},
        ),
        (
            "At Penrose Court Care Home, how effective and caring the service is have dropped from good to inadequate.",
            {("Penrose Court Care Home", None, d, "inadequate", "good", "declined") for d in ("effective", "caring")},
        ),
        (
            "Wrenfield Hospital was rated good for caring, which is the same for safe and well-led.",
            {("Wrenfield Hospital", None, d, "good", None, None) for d in ("caring", "safe", "well-led")},
        ),
        (
            "The overall rating for Calder Mount Hospital has risen from requires improvement to good, and so has effective.",
            {("Calder Mount Hospital", None, d, "good", RI, "improved") for d in ("overall", "effective")},
        ),
    ],
    "more transition phrasings": [
        (
            "Brackenfield Nursing Home has gone up from inadequate to requires improvement.",
            {("Brackenfield Nursing Home", None, "overall", RI, "inadequate", "improved")},
        ),
        (
            "Hollins Park Surgery has been boosted from requires improvement to outstanding.",
            {("Hollins Park Surgery", None, "overall", "outstanding", RI, "improved")},
        ),
        (
            "Elmstead Lodge has moved from requires improvement to be rated good in safe.",
            {("Elmstead Lodge", None, "safe", "good", RI, "improved")},
        ),
        (
            "Ferncliffe Care Home is rated good. It was previously rated requires improvement.",
            {("Ferncliffe Care Home", None, "overall", "good", RI, "improved")},
        ),
        (
            "Sandpiper House is now rated requires improvement. At the last inspection in 2021 the home was rated good.",
            {("Sandpiper House", None, "overall", RI, "good", "declined")},
        ),
    ],
    "more implied previous ratings": [
        (
            "Linden Grove Care Home has retained its outstanding rating.",
            {("Linden Grove Care Home", None, "overall", "outstanding", "outstanding", "unchanged")},
        ),
        (
            "Hawthorn Medical Centre continues to be rated good.",
            {("Hawthorn Medical Centre", None, "overall", "good", "good", "unchanged")},
        ),
        (
            "Moorside Hospital is still rated requires improvement.",
            {("Moorside Hospital", None, "overall", RI, RI, "unchanged")},
        ),
        (
            "Kingfisher Court was rated good for caring. These findings mirror those of the previous inspection.",
            {("Kingfisher Court", None, "caring", "good", "good", "unchanged")},
        ),
    ],
    "more directions without previous": [
        (
            "Ashgrove Care Home has dropped to inadequate.",
            {("Ashgrove Care Home", None, "overall", "inadequate", None, "declined")},
        ),
    ],
    "reference back to the subject": [
        (
            "Inspectors visited Larkspur Hospital in March. It was rated good for caring.",
            {("Larkspur Hospital", None, "caring", "good", None, None)},
        ),
        (
            "Redmoor Healthcare NHS Trust runs two hospitals. The trust is rated requires improvement overall.",
            {("Redmoor Healthcare NHS Trust", None, "overall", RI, None, None)},
        ),
    ],
    "described before named": [
        (
            "Maternity services at Kelbrook Royal Hospital have been rated outstanding, and the trust's overall rating has "
            "improved to good.\n\nKelbrook Hospitals NHS Trust runs the hospital.",
            {("Kelbrook Royal Hospital", "maternity", "overall", "outstanding", None, None),
             ("Kelbrook Hospitals NHS Trust", None, "overall", "good", None, "improved")},
        ),
        (
            "A care home in the town has been rated inadequate. Inspectors visited Beech Lawn Care Home in May.",
            {("Beech Lawn Care Home", None, "overall", "inadequate", None, None)},
        ),
        (
            "Two GP surgeries have been rated inadequate. Cedar Road Surgery and Mill Lane Surgery were inspected in June.",
            {(s, None, "overall", "inadequate", None, None) for s in ("Cedar Road Surgery", "Mill Lane Surgery")},
        ),
        (
            "The trust's overall rating is requires improvement, and Dunmore Hospital's overall rating is good.",
            {(None, None, "overall", RI, None, None), ("Dunmore Hospital", None, "overall", "good", None, None)},
        ),
    ],
    "several subjects": [
        (
            "Highcliffe Hospital was rated good, while Lowmoor Hospital was rated inadequate.",
            {("Highcliffe Hospital", None, "overall", "good", None, None), ("Lowmoor Hospital", None, "overall", "inadequate", None, None)},
        ),
        (
            "Rowan House and Willow House were rated requires improvement. Both were rated good for caring.",
            {(s, None, d, v, None, None) for s in ("Rowan House", "Willow House") for d, v in (("overall", RI), ("caring", "good"))},
        ),
        (
            "Brightwater Care's Seaview Lodge was rated outstanding.",
            {("Seaview Lodge", None, "overall", "outstanding", None, None)},
        ),
        (
            "The trust that runs Northgate Hospital and Southgate Hospital has been rated good.",
            {(None, None, "overall", "good", None, None)},
        ),
        (
            "Eastbrook Hospital\nAs at Westbrook Hospital, caring was rated good.",
            {("Eastbrook Hospital", None, "caring", "good", None, None)},
        ),
    ],
    "key questions named by phrases": [
        (
            "Oakhurst Surgery was found inadequate for providing safe services.",
            {("Oakhurst Surgery", None, "safe", "inadequate", None, None)},
        ),
        (
            "Greystones Care Home was rated outstanding for the care it provides.",
            {("Greystones Care Home", None, "caring", "outstanding", None, None)},
        ),
        (
            "Fairholme Practice was rated inadequate for keeping patients safe.",
            {("Fairholme Practice", None, "safe", "inadequate", None, None)},
        ),
    ],
    "scope of a restatement cue": [
        (
            "The outpatients service at Brookhaven Hospital remains requires improvement overall and was rated inadequate for responsive.",
            {
                ("Brookhaven Hospital", "outpatients", "overall", RI, RI, "unchanged"),
                ("Brookhaven Hospital", "outpatients", "responsive", "inadequate", None, None),
            },
        ),
        (
            "Halden Grange was again rated outstanding for caring and good for safe.",
            {
                ("Halden Grange", None, "caring", "outstanding", "outstanding", "unchanged"),
                ("Halden Grange", None, "safe", "good", "good", "unchanged"),
            },
        ),
        (
            "Safe at Greyfriars Hospital is rated good again.",
            {("Greyfriars Hospital", None, "safe", "good", "good", "unchanged")},
        ),
        (
            "Marston Vale Care Home has lost its good rating and is now rated requires improvement.",
            {("Marston Vale Care Home", None, "overall", RI, "good", "declined")},
        ),
    ],
    "services after the rating": [
        (
            "At Elmbridge Hospital previous ratings remain in place: good for maternity and requires improvement for surgery.",
            {
                ("Elmbridge Hospital", "maternity", "overall", "good", "good", "unchanged"),
                ("Elmbridge Hospital", "surgery", "overall", RI, RI, "unchanged"),
            },
        ),
    ],
    "a table of services by key questions": [
        (
            "Ratings for Oakmere Hospital:\n\n"
            "Service | Overall | Safe | Well-led\n"
            "Surgery | Good | Requires improvement | Good\n"
            "Outpatients | Outstanding | Good | Outstanding\n",
            {
                ("Oakmere Hospital", "surgery", "overall", "good", None, None),
                ("Oakmere Hospital", "surgery", "safe", RI, None, None),
                ("Oakmere Hospital", "surgery", "well-led", "good", None, None),
                ("Oakmere Hospital", "outpatients", "overall", "outstanding", None, None),
                ("Oakmere Hospital", "outpatients", "safe", "good", None, None),
                ("Oakmere Hospital", "outpatients", "well-led", "outstanding", None, None),
            },
        ),
        (
            "Kelsall Court Care Home\n| | Safe | Caring |\n|---|---|---|\n| Overall | Inadequate | Good (previously requires improvement) |\n",
            {
                ("Kelsall Court Care Home", None, "safe", "inadequate", None, None),
                ("Kelsall Court Care Home", None, "caring", "good", RI, "improved"),
            },
        ),
    ],
    "history that only fills previous": [
        (
            "Brookside Surgery was rated inadequate and placed in special measures in March last year. "
            "After a return visit, Brookside Surgery has been rated good.",
            {("Brookside Surgery", None, "overall", "good", "inadequate", "improved")},
        ),
        (
            "Tamar Vale Hospitals NHS Trust was rated inadequate when it went into special measures. "
            "The trust is now rated requires improvement.",
            {("Tamar Vale Hospitals NHS Trust", None, "overall", RI, "inadequate", "improved")},
        ),
        (
            "At Kenwood Hospital, surgery is rated good. Maternity services were downgraded from good, "
            "and maternity is now rated requires improvement.",
            {
                ("Kenwood Hospital", "surgery", "overall", "good", None, None),
                ("Kenwood Hospital", "maternity", "overall", RI, "good", "declined"),
            },
        ),
    ],
    "core services in short forms": [
        (
            "Tarnby Mental Health NHS Trust was inspected. Wards for older people were rated outstanding, "
            "but forensic inpatient wards remain inadequate.",
            {("Tarnby Mental Health NHS Trust", "wards for older people", "overall", "outstanding", None, None),
             ("Tarnby Mental Health NHS Trust", "forensic inpatient wards", "overall", "inadequate", "inadequate", "unchanged")},
        ),
    ],
    "population groups": [
        (
            "Riverside Medical Practice was rated good for older people; people with long-term conditions; "
            "and working age people.",
            {
                ("Riverside Medical Practice", g, "overall", "good", None, None)
                for g in ("older people", "people with long-term conditions", "working age people")
            },
        ),
        (
            "Larch Court, which can care for up to 38 older people, was rated good.",
            {("Larch Court", None, "overall", "good", None, None)},
        ),
    ],
    "first-person and word-form variants": [
        (
            "Inspectors looked at maternity services at Hillcrest Hospital. Our maternity unit is now rated good, said the chief executive.",
            {("Hillcrest Hospital", "maternity", "overall", "good", None, None)},
        ),
        (
            "Riverbend Care Home was re-rated good.",
            {("Riverbend Care Home", None, "overall", "good", "good", "unchanged")},
        ),
        (
            "Southfield Hospital has deteriorated and is now rated requires improvement.",
            {("Southfield Hospital", None, "overall", RI, None, "declined")},
        ),
    ],
    "every key question": [
        (
            "Larchmont Homecare Ltd was found to be good in all five key questions.",
            {("Larchmont Homecare Ltd", None, d, "good", None, None) for d in ("safe", "effective", "caring", "responsive", "well-led")},
        ),
        (
            # the previous rating stated is the overall one; "three of the five" stays a count
            "Brightwell Lodge, which was previously rated good, is now rated inadequate overall and in every key question.",
            {("Brightwell Lodge", None, "overall", "inadequate", "good", "declined")}
            | {("Brightwell Lodge", None, d, "inadequate", None, None) for d in ("safe", "effective", "caring", "responsive", "well-led")},
        ),
        ("Fenner Street Surgery was rated good in three of the five key questions.", set()),
    ],
    "not ratings": [
        ("Nationally, 62% of care homes are rated good.", set()),
        ("The school was rated good by Ofsted last year.", set()),
        ("Staff showed outstanding practice in end of life care.", set()),
        ("Dovecote Care Home will be rated when inspectors return.", set()),
        ("Our rating has improved, said the manager of Heathview Care Home.", set()),
    ],
    "same as at the last inspection": [
        (
            "Elmfield House was rated good overall, the same as at the last inspection.",
            {("Elmfield House", None, "overall", "good", "good", "unchanged")},
        ),
        (
            "Corran Lodge was rated requires improvement, as it was at its last inspection.",
            {("Corran Lodge", None, "overall", RI, RI, "unchanged")},
        ),
    ],
    "older rating dated or compared": [
        (
            "Oakway Lodge, which was rated inadequate in March 2019, is now rated requires improvement overall.",
            {("Oakway Lodge", None, "overall", RI, "inadequate", "improved")},
        ),
        (
            'In May, inspectors said Marsh Vale Hospital "requires improvement", an upgrade on 2018\'s "inadequate" rating.',
            {("Marsh Vale Hospital", None, "overall", RI, "inadequate", "improved")},
        ),
    ],
    "rating words that assert nothing": [
        ("Inspections grade homes as outstanding, good, requires improvement or inadequate.", set()),
        ("None of the homes has yet been rated as outstanding.", set()),
        ("Our aim is to be rated outstanding next time, said the manager of Birch Court Care Home.", set()),
        ("The board of Fallow Trust launched a plan, 'Towards Outstanding', in spring.", set()),
    ],
    "key questions written as clauses, quotes or nouns": [
        (
            "Inspectors rated Pellow Care 'good' regarding whether services were effective, caring and well-led.",
            {("Pellow Care", None, d, "good", None, None) for d in ("effective", "caring", "well-led")},
        ),
        (
            "Fenwick Clinic is rated 'good' for being 'effective' and 'well-led'.",
            {("Fenwick Clinic", None, d, "good", None, None) for d in ("effective", "well-led")},
        ),
        (
            "Calder Mill Hospital was rated inadequate for safety, care and leadership.",
            {("Calder Mill Hospital", None, d, "inadequate", None, None) for d in ("safe", "caring", "well-led")},
        ),
        (
            "Inspectors praised the care and kindness at Tollgate House, which was rated good.",
            {("Tollgate House", None, "overall", "good", None, None)},
        ),
    ],
    "previous rating retained or standing": [
        (
            "At Wrenfield Care, caring was not inspected and retains its previous rating of good.",
            {("Wrenfield Care", None, "caring", "good", "good", "unchanged")},
        ),
        (
            "No new overall rating was given, so the earlier rating of 'requires improvement' for Holt Lane Trust remains.",
            {("Holt Lane Trust", None, "overall", RI, RI, "unchanged")},
        ),
    ],
    "history told beside the current result": [
        (
            "Oakway Lodge was rated inadequate after an inspection last August. The home is now given a 'requires improvement' rating.",
            {("Oakway Lodge", None, "overall", RI, "inadequate", "improved")},
        ),
        (
            "Sandmere Hospital Trust was rated inadequate this week. The trust left special measures in summer 2016 "
            "after the regulator upgraded its rating from inadequate to requires improvement.",
            {("Sandmere Hospital Trust", None, "overall", "inadequate", RI, "declined")},
        ),
        (
            "Pike Hall Trust is rated outstanding overall. In May 2014, the CQC rated the trust as good overall.",
            {("Pike Hall Trust", None, "overall", "outstanding", "good", "improved")},
        ),
        (
            # no date and no "now": the first statement stands (SPEC)
            "Gorse Bank Care Home was rated good. Gorse Bank Care Home was rated inadequate.",
            {("Gorse Bank Care Home", None, "overall", "good", None, None)},
        ),
    ],
    "a dated statement of several key questions, then the new result": [
        (
            "Hazel Road Surgery was rated as inadequate in June 2016, after safe and well-led were inadequate, its effectiveness "
            "required improvement, and how caring and responsive it was were good. After a follow-up inspection, the practice "
            "was rated as good overall and in all criteria, including how safe, effective, well-led, responsive and caring it is.",
            {("Hazel Road Surgery", None, "overall", "good", "inadequate", "improved"),
             ("Hazel Road Surgery", None, "safe", "good", "inadequate", "improved"),
             ("Hazel Road Surgery", None, "well-led", "good", "inadequate", "improved"),
             ("Hazel Road Surgery", None, "effective", "good", RI, "improved"),
             ("Hazel Road Surgery", None, "caring", "good", "good", "unchanged"),
             ("Hazel Road Surgery", None, "responsive", "good", "good", "unchanged")},
        ),
        (
            "A report described Brookdene Hospital as inadequate in patient safety as well as effectiveness and leadership.",
            {("Brookdene Hospital", None, d, "inadequate", None, None) for d in ("safe", "effective", "well-led")},
        ),
        (
            "Services at Mossbank Trust were rated good under the CQC's 'caring' heading.",
            {("Mossbank Trust", None, "caring", "good", None, None)},
        ),
    ],
    "moves shared, standing ratings, and values that are not results": [
        (
            "The overall rating of Brackenhurst Care Home was reduced from good to inadequate, as were the ratings for being safe and well led.",
            {("Brackenhurst Care Home", None, d, "inadequate", "good", "declined") for d in ("overall", "safe", "well-led")},
        ),
        (
            "Redcliffe Clinic was rated inadequate in February. The service's inadequate rating still applies following the latest inspection.",
            {("Redcliffe Clinic", None, "overall", "inadequate", "inadequate", "unchanged")},
        ),
        (
            "A hospital trust came close to a 'good' rating. Holm Vale Healthcare Trust remained as 'requires improvement' overall.",
            {("Holm Vale Healthcare Trust", None, "overall", RI, RI, "unchanged")},
        ),
        ("Few homes locally manage a 'good' or 'outstanding' rating, said the owner of Tansy Court Care Home.", set()),
        (
            "Fulton Hospital was rated good, with many specialities being rated as outstanding.",
            {("Fulton Hospital", None, "overall", "good", None, None)},
        ),
        ("It's good to see the changes at Fulton Hospital, said the chair.", set()),
    ],
    "a previous value set off before the next result": [
        (
            "Its maternity and medical care departments at Dunmore Hospital were all rated inadequate and surgery, "
            "previously rated as good, was rated requires improvement.",
            {("Dunmore Hospital", s, "overall", "inadequate", None, None) for s in ("maternity", "medical care")}
            | {("Dunmore Hospital", "surgery", "overall", RI, "good", "declined")},
        ),
        (
            "Wyke Lodge is now rated good, up from inadequate.",
            {("Wyke Lodge", None, "overall", "good", "inadequate", "improved")},
        ),
        (
            "Farrow Birth Centre had been rated 'good' in a previous inspection and maintains that status.",
            {("Farrow Birth Centre", None, "overall", "good", "good", "unchanged")},
        ),
        ("Inspectors found continued improvement at Harlow Vale Trust and praised 'outstanding' staff.", set()),
    ],
    "a clause led by the previous inspection or a past date": [
        (
            "Harlow Road Practice is rated as requires improvement overall. (Previous inspection 3 May 2015 - rated good overall and good for all domains.)",
            {("Harlow Road Practice", None, "overall", RI, "good", "declined")},
        ),
        (
            "Thistle Hospital Trust has gone from requiring improvement to good. When inspectors visited the county in 2017, "
            "reviews of safety and responsiveness were rated requires improvement.",
            {("Thistle Hospital Trust", None, "overall", "good", RI, "improved")},
        ),
        (
            "Copse End Care Home was rated good for safe. At the previous inspection safe was rated requires improvement.",
            {("Copse End Care Home", None, "safe", "good", RI, "improved")},
        ),
    ],
    "a rating stated for a group whose members were named": [
        (
            "Tarnfield NHS Trust was rated inadequate. Helm Valley NHS Trust and Crossway NHS Trust were both rated "
            "requires improvement. Services at all four trusts were rated good for caring.",
            {("Tarnfield NHS Trust", None, "overall", "inadequate", None, None)}
            | {(t, None, "overall", RI, None, None) for t in ("Helm Valley NHS Trust", "Crossway NHS Trust")}
            | {(t, None, "caring", "good", None, None) for t in ("Tarnfield NHS Trust", "Helm Valley NHS Trust", "Crossway NHS Trust", None)},
        ),
    ],
    "'since the last inspection' is no history; statistics": [
        (
            "Inspectors found that considerable improvements had been made since the last inspection in May 2019 and "
            "Brindle Mental Health Trust has now been rated 'good' for providing safe, caring and well-led services.",
            {("Brindle Mental Health Trust", None, d, "good", None, None) for d in ("safe", "caring", "well-led")},
        ),
        (
            "Greyfriars Lodge was rated inadequate at its last inspection. It is now rated good.",
            {("Greyfriars Lodge", None, "overall", "good", "inadequate", "improved")},
        ),
        ("Four out of five home care agencies are rated good, said the owner of Sella Home Care.", set()),
    ],
    "'again' with a different rating in between": [
        (
            "Lindum House is rated good again, its first good rating since 2016.",
            {("Lindum House", None, "overall", "good", None, "improved")},
        ),
        (
            "Lindum House was rated good in 2015 and inadequate in 2018. It is now rated good again.",
            {("Lindum House", None, "overall", "good", "inadequate", "improved")},
        ),
        (
            "Lindum House has again been rated outstanding.",
            {("Lindum House", None, "overall", "outstanding", "outstanding", "unchanged")},
        ),
        (
            "Mellor Practice was bumped up to good in all five areas.",
            {("Mellor Practice", None, d, "good", None, "improved") for d in ("safe", "effective", "caring", "responsive", "well-led")},
        ),
    ],
    "a dated statement with its own previous keeps it": [
        (
            "In May 2022 the CQC moved Rowan Hey Care Home from requires improvement to good. Rowan Hey Care Home is rated good.",
            {("Rowan Hey Care Home", None, "overall", "good", RI, "improved")},
        ),
    ],
    "overall next to the value, all but one, several subjects": [
        (
            "Hollins Practice was first inspected in December 2019, when concerns about its leadership and safety were found, "
            "leading to an overall 'inadequate' rating. Published this month, the new report bumped the practice up to 'good' "
            "in all five areas - safe, effective, caring, responsive and well-led - in addition to the overall rating.",
            {("Hollins Practice", None, "overall", "good", "inadequate", "improved")}
            | {("Hollins Practice", None, d, "good", None, "improved") for d in ("safe", "effective", "caring", "responsive", "well-led")},
        ),
        (
            "In all categories Tarnside Clinic was judged good, apart from its leadership, which was outstanding.",
            {("Tarnside Clinic", None, d, "good", None, None) for d in ("safe", "effective", "caring", "responsive")}
            | {("Tarnside Clinic", None, "well-led", "outstanding", None, None)},
        ),
        (
            "Both Elm Row Surgery and Beck Lane Surgery were rated inadequate by a report published in March. After the latest "
            "inspection, they have now both received a rating of good from the commission in the areas of safe and caring as well as overall.",
            {(s, None, "overall", "good", "inadequate", "improved") for s in ("Elm Row Surgery", "Beck Lane Surgery")}
            | {(s, None, d, "good", None, None) for s in ("Elm Row Surgery", "Beck Lane Surgery") for d in ("safe", "caring")},
        ),
        (
            "Fernhill Hospital was rated good for being safe, effective and caring, and outstanding for being well-led and having responsive services.",
            {("Fernhill Hospital", None, d, "good", None, None) for d in ("safe", "effective", "caring")}
            | {("Fernhill Hospital", None, d, "outstanding", None, None) for d in ("well-led", "responsive")},
        ),
        (
            "Pinebrook Hospital has seen its overall rating remain as requires improvement, whilst Ashgate Hospital has seen its overall rating drop from outstanding to requires improvement.",
            {("Pinebrook Hospital", None, "overall", RI, RI, "unchanged"), ("Ashgate Hospital", None, "overall", RI, "outstanding", "declined")},
        ),
    ],
    "more previous-rating cues": [
        (
            "Wold House was labelled as requiring improvement by the CQC in recent years. Wold House has now been rated good.",
            {("Wold House", None, "overall", "good", RI, "improved")},
        ),
        (
            "Staff at Ridley Nursing Home, previously ranked inadequate, are celebrating a rating of requires improvement.",
            {("Ridley Nursing Home", None, "overall", RI, "inadequate", "improved")},
        ),
        (
            "Sorrel Home Care was rated good overall following an inspection in June 2016, and again in October 2018.",
            {("Sorrel Home Care", None, "overall", "good", "good", "unchanged")},
        ),
        (
            "Harbour View Surgery held onto its outstanding rating in the effective and caring categories.",
            {("Harbour View Surgery", None, d, "outstanding", "outstanding", "unchanged") for d in ("effective", "caring")},
        ),
        (
            "Gull Rise Care Home has been rated as 'inadequate' for a third time.",
            {("Gull Rise Care Home", None, "overall", "inadequate", "inadequate", "unchanged")},
        ),
    ],
    "previous ratings stated as history (issue 14)": [
        # labelled lines: "(was X)" after the value, and an arrow between two values
        (
            "Bellcote Hall\nWell-led – requires improvement (was inadequate)\nSafe – good (previously inadequate)",
            {("Bellcote Hall", None, "well-led", RI, "inadequate", "improved"), ("Bellcote Hall", None, "safe", "good", "inadequate", "improved")},
        ),
        (
            "Caldew House\nSafe: Inadequate → Requires improvement\nCaring: Good → Outstanding",
            {("Caldew House", None, "safe", RI, "inadequate", "improved"), ("Caldew House", None, "caring", "outstanding", "good", "improved")},
        ),
        # cues not known before
        (
            "Thistle Lodge, formerly rated inadequate, has been upgraded to requires improvement.",
            {("Thistle Lodge", None, "overall", RI, "inadequate", "improved")},
        ),
        (
            "Foxglove Court has moved out of inadequate and is now rated requires improvement.",
            {("Foxglove Court", None, "overall", RI, "inadequate", "improved")},
        ),
        (
            "Rushmere Surgery is no longer rated inadequate. It is rated requires improvement.",
            {("Rushmere Surgery", None, "overall", RI, "inadequate", "improved")},
        ),
        (
            "Ravenhill Surgery has kept its outstanding rating following a March inspection.",
            {("Ravenhill Surgery", None, "overall", "outstanding", "outstanding", "unchanged")},
        ),
        # unchanged: the same rating several times running
        (
            "Marram House Care Home received the outstanding rating from inspectors for the third time running.",
            {("Marram House Care Home", None, "overall", "outstanding", "outstanding", "unchanged")},
        ),
        # "kept safe", "well maintained" are no cue of an unchanged rating
        (
            "Whether residents were kept safe was another matter: Brackenhurst Manor was rated requires improvement for safety.",
            {("Brackenhurst Manor", None, "safe", RI, None, None)},
        ),
        # the older rating in another sentence, after a headline that already gave the result
        (
            "Saltmarsh Surgery rating rises to good\n\nSaltmarsh Surgery was rated inadequate and placed in special measures in March. "
            "At its latest inspection inspectors rated it good.",
            {("Saltmarsh Surgery", None, "overall", "good", "inadequate", "improved")},
        ),
        # history of an organisation described before it is named
        (
            "Staff at a care home previously rated inadequate three times in a row are celebrating. Linnet House Care Home is now rated good.",
            {("Linnet House Care Home", None, "overall", "good", "inadequate", "improved")},
        ),
        (
            "A care home in Elmsworth is now rated good. Sedge Court Care Home had been rated requires improvement "
            "when inspectors last visited in 2023.",
            {("Sedge Court Care Home", None, "overall", "good", RI, "improved")},
        ),
        # a statistic is no one's history, even once the described subject is named
        (
            "A surgery in Cobham Vale is now rated inadequate. Corran Lane Surgery was told to improve. "
            "Across the country 9 percent of surgeries had been rated requires improvement.",
            {("Corran Lane Surgery", None, "overall", "inadequate", None, None)},
        ),
    ],
    "same result for key questions listed after": [
        (
            "The emergency department at Tarn Hospital moved up from inadequate to requires improvement, "
            "together with the ratings for how safe and well-led the service is.",
            {("Tarn Hospital", "urgent and emergency care", d, RI, "inadequate", "improved") for d in ("overall", "safe", "well-led")},
        ),
    ],
    "group rated with its members listed": [
        (
            "Harwick Care, which runs 30 homes, saw three of its homes rated inadequate this summer: "
            "Linnet Lodge Care Home in Askey, Birchmere House in Colby and Poplar Court Nursing Home in Dunmoor.",
            {(h, None, "overall", "inadequate", None, None) for h in ("Linnet Lodge Care Home", "Birchmere House", "Poplar Court Nursing Home")},
        ),
        (
            "Two of its homes, Linnet Lodge Care Home and Birchmere House, were rated requires improvement.",
            {(h, None, "overall", RI, None, None) for h in ("Linnet Lodge Care Home", "Birchmere House")},
        ),
        (
            "Some of the care homes rated inadequate by the regulator include:\n"
            "  \u2022 Linnet Lodge Care Home in Askey\n"
            "  \u2022 Birchmere House in Colby\n\nMore news follows.",
            {("Linnet Lodge Care Home", None, "overall", "inadequate", None, None),
             ("Birchmere House", None, "overall", "inadequate", None, None)},
        ),
    ],
    "the owner named with a location is not the rated subject": [
        (
            "Inspectors visited Wrenfield Nursing Home in May. The quality of services provided at the home by owners "
            "Tamsin Care Limited was rated as requires improvement.",
            {("Wrenfield Nursing Home", None, "overall", RI, None, None)},
        ),
    ],
    "the same result for another organisation": [
        (
            "Ashlea Court was rated good, as was Birchwood House.",
            {(h, None, "overall", "good", None, None) for h in ("Ashlea Court", "Birchwood House")},
        ),
        (
            "Ashlea Court was rated inadequate for safe. So has Birchwood House.",
            {(h, None, "safe", "inadequate", None, None) for h in ("Ashlea Court", "Birchwood House")},
        ),
        (
            "Ashlea Court is rated good. As is common in the area, Tamsin Care Limited runs it.",
            {("Ashlea Court", None, "overall", "good", None, None)},
        ),
    ],
    "counts of homes or surgeries assert nothing": [
        (
            "Quillon Surgery was rated good. However, 212 surgeries have also scored outstanding, the regulator said.",
            {("Quillon Surgery", None, "overall", "good", None, None)},
        ),
        (
            "Marlow Heath Care Home was rated inadequate. Four other Harwick Care homes were rated requires improvement.",
            {("Marlow Heath Care Home", None, "overall", "inadequate", None, None)},
        ),
    ],
    # issue 15: cues before a result are read at most clause_before_window back; a long clause keeps its near cues
    "a long clause with no break reads the cues next to its result": [
        (
            "Pellory House, " + "with its garden, its library, its music room, its kitchen, its lounge and its visiting hours " * 8
            + "remains rated good, inspectors found.",
            {("Pellory House", None, "overall", "good", "good", "unchanged")},
        ),
        (
            "Pellory House, " + "with its garden, its library, its music room, its kitchen, its lounge and its visiting hours " * 8
            + "was rated good again by inspectors in March 2024.",
            {("Pellory House", None, "overall", "good", "good", "unchanged")},
        ),
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


# "the trust" / "the home" point back through the one vocabulary of reference
# words (models/vocab/references.json) less rating_cues.json's references_unused.
@pytest.mark.parametrize(
    "text, subject",
    [
        ("Larkmoor Lodge is run by Fennick Care Ltd. Inspectors rated the home good.", "Larkmoor Lodge"),
        ("Ashgrove Hospitals NHS Trust runs Tolbury Hospital. The trust was rated inadequate.", "Ashgrove Hospitals NHS Trust"),
        # 'ward' is a reference word elsewhere, not here: the ward is part of a location
        ("Tolbury Hospital was inspected in May. The ward was rated good.", "Tolbury Hospital"),
    ],
)
def test_reference_words_come_from_the_one_vocabulary(nlp, text, subject):
    assert [r["subject"] for r in nlp(text)._.cqc_ratings] == [subject]
