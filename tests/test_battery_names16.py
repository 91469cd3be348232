"""Name-swap battery 16: names the grammar reads but the statistical NER vetoes (issue 14, session 16).

Found by swapping the proper names of the tune pages for invented ones (/work/notes/swap16, not in
the project): a name the NER happens to know passes its checks, an invented one of the same shape
may not. Every text is invented for this battery (invented names, new wording; nothing from any
corpus). The families are vetoes of the accurate profile's entity labels (the fast profile has
none), so the battery runs the accurate profile. Families:
- rated_person: "has rated X Y [in Town] inadequate": a typeless two-word name that the NER reads
  as a PERSON is still the rated location (people are not rated); near-misses where the person
  rates, owns, or is rated as a manager;
- nhs_area: "NHS X" with one word of place the NER gives no label at all is a commissioner named
  by its area, as the fast profile reads it (two rows strict xfails: the rule was taken out at the
  merge, as it added a spurious organisation on check); near-misses: NHS England (a regulator), a listed
  name, a day, a person after "NHS", a thing ("NHS App": organisations.json name_blockers);
- appositive_unit: "X, a 12-bed ward, was rated ...": a type noun that closes the aside says X is
  that location even when the NER reads X as a PERSON; near-misses where a role noun follows the
  type ("a ward manager", "a care home manager");
- place_tail (people): "Home X, in Frinton Darby Park, was rated": the tail of a place's capitalised
  run after "in"/"at"/"near" read as a PERSON is no person; near-misses where a head word or a month
  ends the run before a name.

Rows: (text, names that must be found, names that must not be found). Accurate profile.
"""

from __future__ import annotations

import pytest

from cqc_extract.scoring import normalise
from conftest import assert_organisations, family_cases

FAMILIES = {
    "rated_person": [
        ("Care home rated inadequate\n\nThe Care Quality Commission has rated Gralton Pelham, in Tarnby, inadequate "
         "overall and placed it in special measures.", ["Gralton Pelham"], []),
        ("The Care Quality Commission has rated Dorian Ashwell in Kelby inadequate after an inspection in June.",
         ["Dorian Ashwell"], []),
        ("Inspectors have rated Milo Fennimore inadequate overall, and the service is now in special measures.",
         ["Milo Fennimore"], []),
        ("The watchdog rated Hamish Oakley good in every area after a visit in March.", ["Hamish Oakley"], []),
        # near-misses: the person rates, owns the home, or is rated as a manager
        ("Quillmere Lodge was rated good. Inspector Jo Marsh rated the home good in every area.",
         ["Quillmere Lodge"], ["Jo Marsh"]),
        ("The Care Quality Commission rated Jo Marsh's home inadequate in May.", [], ["Jo Marsh"]),
        ("Quillmere Lodge was rated good. The report said residents rated Jo Marsh highly as a manager.",
         ["Quillmere Lodge"], ["Jo Marsh"]),
    ],
    "nhs_area": [
        pytest.param(*("NHS Radstead brought in new managers to run the practice after the inspection.", ["NHS Radstead"], []), marks=pytest.mark.xfail(strict=True, reason="taken out at the merge: the accurate rule (NHS + an area the NER does not label) added a spurious organisation on check (.912 -> .910)")),
        pytest.param(*("NHS Ashcombe brought in a caretaker provider.", ["NHS Ashcombe"], []), marks=pytest.mark.xfail(strict=True, reason="taken out at the merge: the accurate rule (NHS + an area the NER does not label) added a spurious organisation on check (.912 -> .910)")),
        ("The surgery was rated inadequate. NHS Pelworth brought in new managers to run it.", ["NHS Pelworth"], []),
        ("Funding for the unit came from NHS Tarnwick and the local council.", ["NHS Tarnwick"], []),
        # near-misses: a regulator, a listed name, a day, a person
        ("NHS England said the trust would get extra support.", ["NHS England"], []),
        ("NHS Quenbrook, Westvale and Ousby Integrated Care Board took over the contract.",
         ["NHS Quenbrook, Westvale and Ousby Integrated Care Board"], ["NHS Quenbrook"]),
        ("Waiting lists grew in January. NHS Monday briefings were cancelled.", [], ["NHS Monday"]),
        ("The home was rated good. NHS Jo Marsh said nothing.", [], ["NHS Jo Marsh"]),
        ("Patients can book through the NHS App. The practice was rated good.", [], ["NHS App"]),
    ],
    "appositive_unit": [
        ("Carla Dene, a 12-bed ward, was rated inadequate by the Care Quality Commission.", ["Carla Dene"], []),
        ("Marcus Thorne, a specialist hospital, was rated good by the Care Quality Commission.",
         ["Marcus Thorne"], []),
        ("Wixfield, a 16-bedded inpatient unit, is a mental health facility run by Pelmere NHS Trust.",
         ["Wixfield"], []),
        ("Tobias Marr, a nursing home for 40 people, was rated requires improvement.", ["Tobias Marr"], []),
        # near-misses: a role noun after the type makes the name a person's
        ("Jo Marsh, a ward manager at the hospital, said staff had worked hard.", [], ["Jo Marsh"]),
        ("Ann Lee, a care home manager, said: \"We are proud.\"", [], ["Ann Lee"]),
        # (review rev16) an age in the aside: a person, though "ward" closes it
        ("Amara Kell, a 16-year-old ward, told the court she had been let down by the council.", [], ["Amara Kell"]),
    ],
}


@pytest.mark.parametrize(("family", "text", "present", "absent"), family_cases(FAMILIES))
def test_battery_names16(nlp, family, text, present, absent):
    assert_organisations(nlp(text), present, absent)


# place_tail: a place's capitalised run after "in"/"at"/"near" whose last words the NER reads as a PERSON
# ("in Frinton Darby Park,") is no person; near-misses where a head word or a month ends the run before a
# name. Rows: (text, people that must be found, people that must not be found).
PEOPLE = {
    "place_tail": [
        ("Quillmere Care Home, in Frinton Darby Park, was rated good by the Care Quality Commission after "
         "inspectors visited.", [], ["Darby Park"]),
        ("Larchfield House was rated good. The registered manager at Tarnby Hospital Jo Marsh said staff were proud.",
         ["Jo Marsh"], []),
        ("Larchfield House was rated good. A complaint was made in June Jo Marsh said, and it was upheld.",
         ["Jo Marsh"], []),
    ],
}


@pytest.mark.parametrize(("family", "text", "present", "absent"), family_cases(PEOPLE))
def test_battery_names16_people(nlp, family, text, present, absent):
    people = {normalise(p["name"]) for p in nlp(text)._.cqc_people}
    for name in present:
        assert normalise(name) in people, (name, sorted(people))
    for name in absent:
        assert normalise(name) not in people, (name, sorted(people))


# the rated location is the ratings' subject, and the PERSON reading leaves no person behind
def test_battery_names16_rated_person_subject(nlp):
    doc = nlp("The Care Quality Commission has rated Gralton Pelham, in Tarnby, inadequate overall.")
    assert {r["subject"] for r in doc._.cqc_ratings} == {"Gralton Pelham"}
    assert not [p for p in doc._.cqc_people if p["name"] == "Gralton Pelham"]
