"""Paraphrase battery 12: organisation names and people's organisations on
real-style pages (issue 14, session 12).

Every text is invented for this battery (no corpus text, invented names); the
rows do not repeat test_battery_orgs.py .. test_battery_orgs11.py. Families:
- division: a part of a body ("the Trust's Surgery Division", "the Children's
  Services Directorate at X Hospital", "the Emergency Department") is no body;
  the complete name after its last "of"/"at" is; "Department of Health" stays;
- framework: acronyms of the inspection framework and clinical terms ("each
  KLOE", "RTT waits", "under the MCA") are no body (accurate: the NER reads them);
- council_list: "A, B and C Council" keeps its first place when words follow the
  head ("... Council in May"); a cue's run cut at its comma ("a spokesperson for
  A,") is no body of its own;
- service_head: "X Urgent Care Service", "X Community Service" end in "Service";
- lower_case: a company written in lower case with its suffix ("run by birchwood
  living limited") is one; "time was limited" is none;
- address: a house number and a street set after a name ("Rose Lodge, 12 Mill
  Lane") is that home's address, no name; standing alone ("4-6 Station Road, a
  care home for ...") it is the registered location's name, number and all (CQC
  registers many small homes so; session 13); "Station Road Surgery" still is;
- described: "chief executive of the ambulance trust" in a story of two trusts
  speaks for the one with "ambulance" in its name;
- subject_before: "X NHS Trust ... was rated good. Y, the trust's chief executive,"
  speaks for the trust that opens the sentence before, not the story's main one;
- person_of: "Tom Reed of X Healthcare said" at a sentence start is a person and
  the body (fast profile: a plain two-word name before a speech verb).

Rows: (text, names that must be found, names that must not be found), or for
people rows (text, person, organisation). Fast profile, but for the framework rows.
"""

from __future__ import annotations

import pytest

from conftest import assert_organisations, assert_person_organisation, family_cases

CQC = "The Care Quality Commission published its report on Monday.\n\n"

FAMILIES = {
    "division": [
        ("Inspectors found the Children's Services Directorate at Pellow Hospital was well led.",
         ["Pellow Hospital"], ["Children's Services Directorate at Pellow Hospital"]),
        ("The Women and Children's Division of Arnby NHS Foundation Trust was rated good.",
         ["Arnby NHS Foundation Trust"], ["Women and Children's Division of Arnby NHS Foundation Trust"]),
        ("The Family Care Division had improved since the last visit, the report said.",
         [], ["Family Care", "Family Care Division"]),
        ("Waits in the Tarrow Emergency Department were long. The Department of Health said it would act.",
         ["Department of Health"], ["Tarrow Emergency Department"]),
    ],
    "council_list": [
        ("The home was visited by officers from Hale, Orme and Kibby Council in May.",
         ["Hale, Orme and Kibby Council"], ["Orme and Kibby Council"]),
        ("A spokesperson for Dunby, Wenlow and Marr Borough Council said it was monitoring the home.",
         ["Dunby, Wenlow and Marr Borough Council"], ["Dunby"]),
    ],
    "service_head": [
        ("The Care Quality Commission rated Harcombe Urgent Care Service good.",
         ["Harcombe Urgent Care Service"], ["Harcombe Urgent Care"]),
        ("Inspectors visited the Lowfield Community Service and found it requires improvement.",
         ["Lowfield Community Service"], []),
        ("Fenwood Integrated Urgent Care Service was rated inadequate in March.",
         ["Fenwood Integrated Urgent Care Service"], ["Fenwood Integrated Urgent Care"]),
    ],
    "lower_case": [
        ("Orchard Lodge, run by birchwood living limited, was rated inadequate.",
         ["birchwood living limited", "Orchard Lodge"], []),
        ("The home's owner, kestrel care homes ltd, said it was disappointed.",
         ["kestrel care homes ltd"], []),
        ("Space in the lounge was limited and staff time was very limited. The provider is a private limited company.",
         [], ["lounge was limited", "private limited"]),
    ],
    "address": [
        ("The Care Quality Commission rated 4-6 Station Road, a care home for adults with learning disabilities, inadequate.",
         ["4-6 Station Road"], ["Station Road"]),
        ("12 Orchard Way, a supported living home run by Tellin Care Ltd, has been rated good by the Care Quality Commission.",
         ["12 Orchard Way", "Tellin Care Ltd"], ["Orchard Way"]),
        ("Inspectors rated 7 Abbey Close, a home for four adults, good. The Abbey Church nearby hosts a day centre.",
         ["7 Abbey Close"], ["Abbey Close", "Abbey"]),
        ("Ashby House, 12 Mill Lane, Tarrow, was rated good by the Care Quality Commission.",
         ["Ashby House"], ["Mill Lane", "12 Mill Lane"]),
        ("Station Road Surgery was rated good. Fern Way, a care home for older people, was rated good too.",
         ["Station Road Surgery", "Fern Way"], []),
    ],
}

PEOPLE = {
    "described": [
        ("The Care Quality Commission rated Wenlow NHS Trust requires improvement. The Orrin Ambulance Service NHS Trust "
         "was rated good. Paul Dean, chief executive of the ambulance trust, said staff were proud.",
         "Paul Dean", "Orrin Ambulance Service NHS Trust"),
        ("The Care Quality Commission rated Kelby Acute Hospitals NHS Trust good. Kelby Mental Health NHS Trust was rated "
         "inadequate. Joan Pike, medical director at the mental health trust, said it would improve.",
         "Joan Pike", "Kelby Mental Health NHS Trust"),
        ("The Care Quality Commission rated Birch Court, run by Alder Living Ltd, good. Harby NHS Trust sends nurses. "
         "Sam Reyes, chief nurse of the local trust, said the home had improved.",
         "Sam Reyes", "Harby NHS Trust"),
    ],
    "subject_before": [
        ("The Care Quality Commission rated Wenlow NHS Trust inadequate. Wenlow NHS Trust runs two hospitals.\n\n"
         "Orrin NHS Trust, which runs the hospital next door, was rated good. Jane Moss, the trust's chief executive, "
         "said staff were proud.", "Jane Moss", "Orrin NHS Trust"),
        ("The Care Quality Commission rated Orchard Lodge inadequate. Orchard Lodge has 40 beds.\n\n"
         "Elm Court was rated good. Tom Hale, the home's manager, said he was proud.", "Tom Hale", "Elm Court"),
        ("The Care Quality Commission rated Wenlow NHS Trust inadequate. Jane Moss, the trust's chief executive, "
         "said staff would improve.", "Jane Moss", "Wenlow NHS Trust"),
    ],
    "person_of": [
        ("Tom Reed of Orvane Healthcare said the company was sorry.", "Tom Reed", "Orvane Healthcare"),
        ("The Care Quality Commission rated the home good. Ann Lowe of Tarrow Care Ltd added that staff were proud.",
         "Ann Lowe", "Tarrow Care Ltd"),
    ],
}

FRAMEWORK = [
    ("Inspectors looked at each KLOE in turn. The KLOE on safe care was met.", "KLOE"),
    ("The trust's RTT figures were poor, said the report. RTT waits were long.", "RTT"),
]


@pytest.mark.parametrize(("family", "text", "present", "absent"), family_cases(FAMILIES))
def test_battery_orgs12(nlp_fast, family, text, present, absent):
    assert_organisations(nlp_fast(text), present, absent)


@pytest.mark.parametrize(("family", "text", "person", "org"), family_cases(PEOPLE))
def test_battery_orgs12_people(nlp_fast, family, text, person, org):
    assert_person_organisation(nlp_fast(text), person, org)


@pytest.mark.parametrize(("text", "acronym"), FRAMEWORK)
def test_battery_orgs12_framework(nlp, text, acronym):
    assert_organisations(nlp(text), [], [acronym])
