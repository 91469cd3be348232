"""Paraphrase battery: organisations the fine-tuned ner finds and the name grammar does not.

Every text is invented for this battery (no corpus text, invented names). In
the accurate profile an ORG entity that no name, alias, acronym or short form
covers becomes an organisation when the text names it at least twice (or it is
one all-capital word, an acronym), unless it is chrome, a place ("in X", "on
X" anywhere in the text), a person (a PERSON entity's word, or "X, the
regulator's head of ..."), a run cut out of a longer capitalised phrase, a
capitals heading, a word listed as no acronym ("the ICB") or a description
with a lower-case head ("X hospital"). Where the ner reads nothing the fast
profile's records are the same as before (no entities there).

ORGS rows: (text, names that must be found, names that must not be found),
compared after the scorer's normalisation with a found organisation's name or
aliases. PEOPLE rows: (text, person, the organisation's name or an alias).
"""

from __future__ import annotations

import pytest

from cqc_extract.scoring import normalise
from conftest import organisation_names




ORGS = [
    # -- named twice, no head word and no cue: the ner's ORG is the organisation
    ("Families who use Brevinco said the changes would take time. Brevinco has hired a new manager.", ["Brevinco"], []),
    ("Nurses from Gorsefield Health joined the review in May. Gorsefield Health later agreed to act.",
     ["Gorsefield Health"], []),
    ("The Norland Alliance will fund two new posts. A Norland Alliance spokesperson welcomed the report.",
     ["Norland Alliance"], []),
    ("Members of the Tallis Workers Union staged a protest outside. The Tallis Workers Union said pay had fallen.",
     ["Tallis Workers Union"], []),
    ("Jonah Pike, director of Wellspring in Support, welcomed the report. Wellspring in Support runs six homes.",
     ["Wellspring in Support"], []),
    # -- an acronym alone is enough --------------------------------------------
    ("Guidance from NRAC says staffing should match need.", ["NRAC"], []),
    ("The report was shared with the QVLB and local councillors.", ["QVLB"], []),
    # -- a mention the grammar already read, or an alias of it, adds nothing new
    ("Halvey Group, which bought the home, said it would invest. Halvey Group has 40 homes.", ["Halvey Group"], []),
    # -- near-misses: no organisation ------------------------------------------
    ("Brevinco said the changes would take time.", [], ["Brevinco"]),  # named once, no cue
    ("A spokesperson for the ICB said it would help. The ICB will meet in June.", [], ["ICB"]),
    ("Patients said the Outpatients Department was clean.", [], ["Outpatients Department"]),  # a service and a head
    ("Waits in the Emergency Department grew. The Emergency Department was busy.", [], ["Emergency Department"]),
]


@pytest.mark.parametrize("text,present,absent", ORGS)
def test_battery_ner_organisations(nlp, text, present, absent):
    found = organisation_names(nlp(text))
    for name in present:
        assert normalise(name) in found, (name, sorted(found))
    for name in absent:
        assert normalise(name) not in found, (name, sorted(found))


# A place or a person the ner mislabels ORG: whatever the ner says, no organisation.
NOT_ORGS = [
    ("Shops on Fenwick Parade closed early. Fenwick Parade traders said trade had fallen.", "Fenwick Parade"),
    ("Hollin Marsh care home closed. The home in Hollin Marsh had 20 beds. Hollin Marsh residents moved.", "Hollin Marsh"),
    ("Tamsin Overy, the regulator's head of inspection, said so. Tamsin Overy added that staff were kind.", "Tamsin Overy"),
    ("LOWER BRENTMOOR TODAY\nThe home was praised by families.\nLOWER BRENTMOOR TODAY", "LOWER BRENTMOOR TODAY"),
]


@pytest.mark.parametrize("text,absent", NOT_ORGS)
def test_battery_ner_near_misses(nlp, text, absent):
    assert normalise(absent) not in organisation_names(nlp(text))


PEOPLE = [
    ("Kelsey Brandt, chief executive of Avonmere Care, said staff had worked hard. Avonmere Care runs two homes.",
     "Kelsey Brandt", "Avonmere Care"),
    ("Jonah Pike, director of Wellspring in Support, welcomed the report. Wellspring in Support runs six homes.",
     "Jonah Pike", "Wellspring in Support"),
]


@pytest.mark.parametrize("text,person,org", PEOPLE)
def test_battery_ner_people_organisation(nlp, text, person, org):
    doc = nlp(text)
    people = {p["name"]: p for p in doc._.cqc_people}
    assert person in people, sorted(people)
    names = {normalise(n) for o in doc._.cqc_organisations if o["name"] == people[person]["organisation"]
             for n in [o["name"], *o["aliases"]]}
    assert normalise(org) in names, (people[person], names)


@pytest.mark.parametrize("text,present,absent", ORGS[:2])
def test_fast_profile_reads_no_entities(nlp_fast, text, present, absent):
    """The fast profile has no ner: the names only the ner reads are not found there."""
    found = organisation_names(nlp_fast(text))
    assert not any(normalise(n) in found for n in present)
