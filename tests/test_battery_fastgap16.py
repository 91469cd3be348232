"""Paraphrase battery 16: names the fast profile lost where the accurate one's recogniser found them
(issue 14, session 16).

Compared item by item on every readable set, the accurate profile's extra finds were names its entity
recogniser reads and the fast profile's grammar did not. Families:
- post_nominal: a person's letters after the name that the grammar did not know (a dentist's "BDS",
  "MFDS"): "The practice's owner, Dr X Y BDS, said" gave no person, so no organisation for them;
- rated_list: a one-word name before "was rated:" and a list of key questions on the lines after it
  ("Fernvale was rated:\\n- Safe: good"), so the ratings had no subject;
- possessive_body: a one-word name as the possessive before "registration" or "rating" ("the CQC
  suspended Tillbrook's registration"), a body whatever else the text says of it;
- titled_person: a run after a type word ("Manager and provider Kavita Ramdhanie said") that the text
  elsewhere gives as a titled surname ("Ms Ramdhanie"): a person, not a provider (what the recogniser
  reads);
- resident_at: a one-word home after "lives at", "residents at" ("whose mother lives at Brambleside");
- person_of: "A B of X Care insisted ..." read as one name "A B of X Care" (the recogniser reads A B as a
  person): a verb of reply after the run splits it as "said" did;
- led_person: a name before "has managed", "had led" and a capitalised name ("X Y has managed Z Lodge
  since 2019"): a person the fast profile did not read;
and near-misses that must NOT give a name: a street after "lives at" ("lives at Orchard Road"), a
person's registration ("Ann Pellew's registration", "Dr Pellew's", a surname the text gives after a
first name), a common noun before a colon list
("Leadership was rated:"), a name with no list after the colon, an organisation's acronym in capitals
after a name ("RCN") that is no post-nominal.
Names and wording are invented; nothing is copied from any corpus. Fast profile.

Each row: text -> organisations that must be found, organisations that must not, (name, role,
organisation) people that must be found, and (subject, domain, rating) ratings that must be found.
"""

from __future__ import annotations

import pytest

from conftest import family_cases

RI = "requires improvement"

FAMILIES = {
    "post_nominal": [
        ("Inspectors found that Marlowe Street Dental Surgery in Pellingham had improved. The practice's owner, "
         "Dr Tobias Renwick BDS, said: \"We are pleased.\"",
         ["Marlowe Street Dental Surgery"], [], [("Tobias Renwick", "owner", "Marlowe Street Dental Surgery")], []),
        ("Quayside Dental Care in Orrington was rated good. Its clinical director, Dr Priya Anand BDS MFDS, said "
         "the team was proud.",
         ["Quayside Dental Care"], [], [("Priya Anand", "clinical director", "Quayside Dental Care")], []),
        ("Hollins Lane Dental Practice has been rated good. \"We worked hard,\" said the practice manager, "
         "Mr Kofi Mensah BDS MJDF.",
         ["Hollins Lane Dental Practice"], [], [("Kofi Mensah", "practice manager", "Hollins Lane Dental Practice")], []),
        ("Orchard Vale Surgery was rated outstanding. Its senior partner, Dr Lena Fisk MRCS, said: \"This is "
         "for our patients.\"",
         ["Orchard Vale Surgery"], [], [("Lena Fisk", "senior partner", "Orchard Vale Surgery")], []),
    ],
    "rated_list": [
        ("We are delighted that Larchmere, our supported living service for adults with autism in Pellow, has "
         "again been rated outstanding by the Care Quality Commission.\n\nLarchmere was rated:\n- Safe: good\n"
         "- Caring: outstanding\n- Well-led: outstanding",
         ["Larchmere"], [], [], [("Larchmere", "safe", "good"), ("Larchmere", "caring", "outstanding")]),
        ("Inspectors visited in June.\n\nThornwick was rated:\n• Safe – requires improvement\n• Effective – good",
         ["Thornwick"], [], [], [("Thornwick", "safe", RI), ("Thornwick", "effective", "good")]),
    ],
    "possessive_body": [
        ("Harbourvale, which runs 40 homes, saw three of its homes rated inadequate this year: Ashdene Hall in "
         "Morrow, Tillbrook in Keswold and The Poplars in Sandmere. The CQC has suspended Tillbrook's "
         "registration for three months.",
         ["Tillbrook", "Ashdene Hall"], [], [], [("Tillbrook", "overall", "inadequate")]),
        ("The Care Quality Commission cancelled Brackenholt's registration after it found people at risk.",
         ["Brackenholt"], [], [], []),
        ("Residents were shocked when Wrenfield's rating fell to inadequate in March.",
         ["Wrenfield"], [], [], []),
    ],
    "titled_person": [
        ("The CQC put Tenby Manor into special measures. Manager and provider Kavita Ramdhanie said the "
         "inspection was unfair. Ms Ramdhanie said: \"The CQC did not listen.\"",
         ["Tenby Manor"], ["Kavita Ramdhanie"], [("Kavita Ramdhanie", "manager and provider", "Tenby Manor")], []),
        ("Harlow Mead was rated inadequate. The home's provider Osric Pennyfeather disputed the report, and "
         "Mr Pennyfeather said he would appeal.",
         ["Harlow Mead"], ["Osric Pennyfeather"], [], [("Harlow Mead", "overall", "inadequate")]),
    ],
    "resident_at": [
        ("Relatives praised the care at Brambleside, in Orchard Road, Welby. Jean Holt, whose mother lives at "
         "Brambleside, said: \"The staff are lovely.\"",
         ["Brambleside"], [], [], []),
        ("Residents at Quenby said the food had improved. Quenby was criticised by inspectors last year.",
         ["Quenby"], [], [], []),
        # a first name ending in "a" before the cue is no article "a" (found by the name-swapped tune pages)
        ("Tom Reed, whose mother Aurora lives at Hewlow, said: \"We are happy with the care.\"",
         ["Hewlow"], [], [], []),
        ("Her aunt Philippa lived at Cortmere until last year, and the family praised the staff.",
         ["Cortmere"], [], [], []),
    ],
    "led_person": [
        ("Milbrook Lodge was rated inadequate. Amy Dorn has managed Milbrook Lodge since 2019. She said changes "
         "were under way.",
         ["Milbrook Lodge"], [], [("Amy Dorn", None, "Milbrook Lodge")], [("Milbrook Lodge", "overall", "inadequate")]),
        ("Greyfriars Court was rated good. Since 2021 Niamh Corrigan had led Greyfriars Court, and she thanked "
         "the staff.",
         ["Greyfriars Court"], [], [("Niamh Corrigan", None, "Greyfriars Court")], []),
    ],
    "person_of": [
        ("Brookfield House was rated inadequate. Dev Sharma of Orbis Care insisted the home was safe.",
         ["Orbis Care"], ["Dev Sharma of Orbis Care"], [("Dev Sharma", None, "Orbis Care")], []),
        ("Brookfield House was rated inadequate. Maeve Dunne of Larkspur Healthcare Ltd welcomed the report.",
         ["Larkspur Healthcare Ltd"], ["Maeve Dunne of Larkspur Healthcare Ltd"],
         [("Maeve Dunne", None, "Larkspur Healthcare Ltd")], []),
    ],
    "near-misses": [
        # "of" inside a body's name before a verb of reply
        ("The Friends of Pellow Hospital welcomed the report.", ["Friends of Pellow Hospital"], ["Pellow Hospital"], [], []),

        # an address, not a home; a type word before a body whose last word is a resident's surname
        ("Ken Shaw, whose wife lives at Orchard Road in Welby, said the agency was late.",
         [], ["Orchard Road"], [], []),
        ("The home is run by the charity Hopewell Lodge Trust. Mr Lodge, a resident, said it was fine.",
         ["Hopewell Lodge Trust"], [], [], []),
        ("The nurse, Ann Pellew, was struck off. The NMC removed Pellew's registration last year.",
         [], ["Pellew", "Ann Pellew"], [], []),
        ("The regulator said Dr Pellew's registration would be reviewed.",
         [], ["Pellew", "Dr Pellew"], [], []),
        ("The nurse Ann Pellew's registration was suspended by the NMC.",
         [], ["Ann Pellew", "Pellew"], [], []),
        ("Kestrel House was rated good.\n\nLeadership was rated:\n- Well-led: good",
         ["Kestrel House"], ["Leadership"], [], []),
        ("Kestrel House was rated good. Ashby was rated: the town's only home to improve.",
         ["Kestrel House"], ["Ashby"], [], []),
        ("Kestrel House was rated good. Its manager, Jo Brant RGN, said the RCN had helped.",
         ["Kestrel House"], [], [("Jo Brant", "manager", "Kestrel House")], []),
        # (review rev16) a festival after "residents at" is a time, no one-word home
        ("Residents at Christmas enjoyed a party at Corrin House, which was rated good.",
         ["Corrin House"], ["Christmas"], [], [("Corrin House", "overall", "good")]),
    ],
}

CASES = family_cases(FAMILIES)


@pytest.mark.parametrize("family, text, present, absent, people, ratings", CASES)
def test_fastgap16_battery(nlp_fast, family, text, present, absent, people, ratings):
    record = nlp_fast(text)._.cqc_record
    names = {o["name"] for o in record["organisations"]}
    for name in present:
        assert name in names, (name, sorted(names))
    for name in absent:
        assert name not in names, (name, sorted(names))
    got_people = {(p["name"], p["role"], p["organisation"]) for p in record["people"]}
    for person in people:
        assert person in got_people, (person, sorted(got_people, key=str))
    got = {(r["subject"], r["domain"], r["rating"]) for r in record["ratings"]}
    for rating in ratings:
        assert rating in got, (rating, sorted(got, key=str))


@pytest.mark.parametrize("text", [
    # a company's name before a verb a company takes ("has owned", "has run"): no person
    "Milbrook Lodge was rated inadequate. Harwood Vale has owned Milbrook Lodge since 2019.",
    "Milbrook Lodge was rated inadequate. Harwood Vale has run Milbrook Lodge since 2019.",
    # a body's name with a head word before "has led"
    "Milbrook Lodge was rated inadequate. Ashby Hall has led the Pellow care partnership since May.",
    # (review rev16) a body's word ends the name before "has headed/managed": no person
    "Velmont Health has headed the Norcroft network for two years.",
    "Milbrook Lodge was rated inadequate. Ashgrove Medical has managed Milbrook Lodge since 2019.",
])
def test_fastgap16_no_person(nlp_fast, text):
    assert nlp_fast(text)._.cqc_record["people"] == []
