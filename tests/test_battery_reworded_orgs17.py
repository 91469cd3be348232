"""Paraphrase battery 17: organisations and people in other words (issue 14, session 17).

The reworded-tune study (docs/accuracy.md, fourteenth round) rewrote the sentences that carry tune's
organisations and people into other natural phrasings; these are the general families it showed
missing, in new invented words and names (nothing from any corpus, nor from the rewrites):
- P-role, a bracket closing a title: "The CQC's deputy chief inspector of hospitals (lead for
  mental health), X, said", "X, who is deputy chief inspector (lead for ...), said", "CQC's Head of
  Hospital Inspection (north east), X,"; near-misses: a bracket that is no title's ("X, whose mother
  lives at the home (room 4), said"; a bracket before a name in the middle of a sentence);
- P-role, a long title before the name: "CQC head of inspection for mental health and community
  services X said" (six words of specialty), a region after "in" ("The interim director of network
  operations in the north, X, said"); near-miss: "A manager for twenty years in the north, X said";
- P-role, a plural title after a pair: "Mr X & Mrs Y, who are the providers," is both people's;
- P-org, a site named by its owner: "registered manager at the Ormond Care-run home" / "at the
  Ormond Care home" speaks for the home, not its owner; near-miss: "chief executive of the Ormond
  Care group" speaks for the group;
- O-alias, the alias introduced by words around it: "X, or Y as it is known,", "X, known locally as
  Y,", "X (registered as Y)"; one organisation, not two;
- O-intro, a site introduced by its owner: "Quenby Care-run Mossgate House was rated good", "the
  care provided by Vantry Care Ltd at Mossgate House ... to be outstanding": the site is rated (and
  "X Ltd at Y House" is two organisations); near-miss: the owner rated on its own;
- O-kind, a town's possessive before a site: "Stoke-on-Tyne's Ashgrove Health Centre", "Tilby's
  Larch Unit" (the town named elsewhere after "in") are the sites, rated as such; near-misses: a
  possessive that is the name's own ("Bishop's Mead Hospital"), a body owning a site ("Care UK's
  Manor Lodge": two organisations).

Rows: people -> (text, person, role, organisation) as in test_battery_peopleorg15.py (role None: not
checked; organisation None: must be null); organisations -> (text, present, absent, one): `one`
lists names that must be one organisation (name or aliases); ratings -> (text, {(subject, rating)}).
Fast profile.
"""

from __future__ import annotations

import pytest

from cqc_extract.scoring import normalise
from cqc_extract.scoring.normalise import dice
from conftest import assert_organisations, assert_person_organisation, family_cases

LEAD = "Harlow Mead Hospital has been rated good by the Care Quality Commission.\n\n"
HOME = "The Care Quality Commission inspected Cobble Hill Nursing Home in May. It was rated good.\n\n"
SAID = "said: \u201cWe saw real change.\u201d"
CQC = "Care Quality Commission"

PEOPLE = {
    "P-role: a bracket closing a title": [
        (LEAD + f"The CQC\u2019s deputy chief inspector of hospitals (lead for mental health), Dr Ola Brenn, {SAID}",
         "Ola Brenn", "deputy chief inspector of hospitals (lead for mental health)", CQC),
        (LEAD + f"Dr Ola Brenn, who is deputy chief inspector of hospitals (lead for mental health), {SAID}",
         "Ola Brenn", "deputy chief inspector of hospitals (lead for mental health)", CQC),
        (LEAD + f"CQC\u2019s Head of Hospital Inspection (north east), Tam Coyle, {SAID}",
         "Tam Coyle", "head of hospital inspection (north east)", CQC),
        ("Hallowfield NHS Foundation Trust has been rated good by the Care Quality Commission.\n\n"
         f"The trust\u2019s director of nursing (and lead for safeguarding), Kevin Marr, {SAID}",
         "Kevin Marr", "director of nursing (and lead for safeguarding)", "Hallowfield NHS Foundation Trust"),
        # near-misses: brackets that are no title's
        (LEAD + f"Tam Coyle, whose mother lives at the home (room 4), {SAID}", "Tam Coyle", None, None),
        (LEAD + "Residents of the home (aged 70 to 95), Tam Coyle said, were happy.", "Tam Coyle", None, None),
    ],
    "P-role: a long title before the name": [
        (LEAD + f"CQC head of inspection for mental health and community services Rhian Tapsell {SAID}",
         "Rhian Tapsell", "head of inspection for mental health and community services", CQC),
        (LEAD + f"The interim director of network operations in the north, Idris Fenn, {SAID}",
         "Idris Fenn", "interim director of network operations in the north", CQC),
        # near-miss: no title before the name
        (LEAD + f"A manager for twenty years in the north of the county, Idris Fenn {SAID}", "Idris Fenn", None, None),
    ],
    "P-role: a plural title after a pair": [
        ("Cobble Hill Nursing Home was rated inadequate. Inspectors found that Mr Alan Pike & Mrs Rona Pike, who are "
         "the providers, were failing to provide safe care.", "Alan Pike", "provider", "Cobble Hill Nursing Home"),
        # near-miss: "who were" and no title
        ("Cobble Hill Nursing Home was rated inadequate. Alan Pike and Rona Pike, who were at the home that day, said "
         "it was unfair.", "Alan Pike", None, None),
    ],
    "P-org: a site named by its owner": [
        (HOME + "Ines Vaughan, registered manager at the Ormond Care-run home, said: \"We are proud.\"",
         "Ines Vaughan", "registered manager", "Cobble Hill Nursing Home"),
        (HOME + "Ines Vaughan, registered manager at the Ormond Care home, said: \"We are proud.\"",
         "Ines Vaughan", "registered manager", "Cobble Hill Nursing Home"),
        # near-miss: the owner's own title
        (HOME + "Ines Vaughan, chief executive of the Ormond Care group, said: \"We are proud.\"",
         "Ines Vaughan", "chief executive", "Ormond Care"),
    ],
}


def _role_ok(doc, person: str, role: str | None) -> None:
    people = {normalise(p["name"]): p for p in doc._.cqc_people}
    got = people[normalise(person)]["role"]
    if role is None:
        assert got is None, got
    else:
        assert got is not None and dice(role, got) >= 0.5, (role, got)


@pytest.mark.parametrize(("family", "text", "person", "role", "org"), family_cases(PEOPLE))
def test_battery_reworded_people17(nlp_fast, family, text, person, role, org):
    doc = nlp_fast(text)
    assert_person_organisation(doc, person, org)
    if role is not None or org is None:
        _role_ok(doc, person, role)


ORGS = {
    "O-alias: the alias introduced by words around it": [
        ("Kestrel and Wenlow Healthcare NHS Trust, or Kawn as it is known, received the top rating from the Care "
         "Quality Commission.\n\nKawn becomes one of nine trusts rated outstanding.\n\nMichael Dorr, chief executive "
         "of Kawn, said the staff had earned it.",
         ["Kestrel and Wenlow Healthcare NHS Trust", "Kawn"], [], ["Kestrel and Wenlow Healthcare NHS Trust", "Kawn"]),
        ("Ravensholt Partnership NHS Foundation Trust, known locally as Ravco, has been rated good.\n\nRavco runs "
         "mental health services across the county, and Ravco staff were praised.",
         ["Ravensholt Partnership NHS Foundation Trust", "Ravco"], [], ["Ravensholt Partnership NHS Foundation Trust", "Ravco"]),
        # near-miss: "or" between two bodies with no alias cue stays two
        ("Quenby Care Ltd, or Tarrow Homes Ltd as a partner, will run the home. Both were praised.",
         ["Quenby Care Ltd", "Tarrow Homes Ltd"], [], []),
    ],
    "O-kind: a town's possessive before a site": [
        ("Just one practice, Stoke-on-Tyne\u2019s Ashgrove Health Centre, was rated outstanding.",
         ["Ashgrove Health Centre"], ["Stoke-on-Tyne\u2019s Ashgrove Health Centre"], []),
        ("The visit focused on the women's service at Tilby\u2019s Larch Unit.\n\nThe unit in Tilby was rated good.",
         ["Larch Unit"], ["Tilby\u2019s Larch Unit"], []),
        # near-misses: the possessive is the name's own; a body owning a site
        ("Patients at Bishop\u2019s Mead Hospital were happy. It was rated good.", ["Bishop\u2019s Mead Hospital"], ["Mead Hospital"], []),
        ("Care UK\u2019s Manor Lodge was rated good.", ["Care UK", "Manor Lodge"], [], []),
    ],
}


@pytest.mark.parametrize(("family", "text", "present", "absent", "one"), family_cases(ORGS))
def test_battery_reworded_orgs17(nlp_fast, family, text, present, absent, one):
    doc = nlp_fast(text)
    assert_organisations(doc, present, absent)
    if one:
        keys = {normalise(n) for n in one}
        assert any(keys <= {normalise(n) for n in [o["name"], *o["aliases"]]} for o in doc._.cqc_organisations), \
            [(o["name"], o["aliases"]) for o in doc._.cqc_organisations]


RATINGS = {
    "O-intro: a site introduced by its owner": [
        ("Quenby Care-run Mossgate House was rated good by the Care Quality Commission.",
         {("Mossgate House", "good")}),
        ("The Vantry-operated Larch Lodge has been rated inadequate.", {("Larch Lodge", "inadequate")}),
        ("The Care Quality Commission has found the quality of care provided by Vantry Care Ltd at Mossgate House, "
         "its care home in Pellby, to be outstanding.", {("Mossgate House", "outstanding")}),
        # near-miss: the owner rated on its own
        ("Quenby Care, which runs Mossgate House, was rated good as a provider by the Care Quality Commission.",
         {("Quenby Care", "good")}),
    ],
}


@pytest.mark.parametrize(("family", "text", "expected"), family_cases(RATINGS))
def test_battery_reworded_subjects17(nlp_fast, family, text, expected):
    items = nlp_fast(text)._.cqc_ratings
    assert {(r["subject"], r["rating"]) for r in items if r["domain"] == "overall"} == expected, items


# The accurate profile: a name only the statistical model finds (no speech verb), its title before it with a
# time clause ("The home's registered manager at the time of the death, X, was also prosecuted")
ACCURATE = {
    "P-role: a title before the name with a time clause": [
        ("Cobble Hill Nursing Home was fined \u00a340,000.\n\nThe home\u2019s registered manager at the time of Mrs Dray's "
         "death, Tessa Quill, was also prosecuted by CQC.", "Tessa Quill", "registered manager", "Cobble Hill Nursing Home"),
    ],
}


@pytest.mark.parametrize(("family", "text", "person", "role", "org"), family_cases(ACCURATE))
def test_battery_reworded_people17_accurate(nlp, family, text, person, role, org):
    doc = nlp(text)
    assert_person_organisation(doc, person, org)
    _role_ok(doc, person, role)
