"""Battery 19 (h-orgs19): names with no type word, marked by the sentence around them (issue 14).

Issue 14's largest family on the private set is organisation names with no head word. Beyond the cues
of test_battery_owned_homes19, the commonest phrasings of CQC news mark such a name by what is said of it:
- O-service: the subject of a service's description ("X provides nursing care for up to 42 older
  people", "X cares for up to 30 people", "X has 42 beds"): a home or agency;
- O-report: the service an inspection report is for ("the inspection report for X", "X's latest
  inspection report");
- O-found: the subject of what inspectors or the regulator said or found ("Inspectors said X was well
  run", "The CQC found that X was not safe"), a verb following the name;
- O-according: a one-word body a statistic is credited to ("According to X, one in four homes ...");
- O-leader: the object of "manager of", "who manages", "who runs", whoever speaks after it ("The manager of X
  said she ...": the speaker is the manager, X no person);
- O-aside: a rated name before a street set off by commas ("X, on Fenlow Lane, was rated inadequate"), as
  before "in Town".
Near-misses: lower-case subjects, a person's description ("provides care for her mother"), a title or
a person's two-word name, a month, a lower-case word after the run ("According to Holmbrae council"),
a place after "from" (not a cue here). Names and wording are invented; nothing from any corpus. Fast profile.
"""

from __future__ import annotations

from conftest import assert_organisations, family_cases

import pytest

FAMILIES = {
    "O-service": [
        ("Hollinsfield provides nursing care for up to 42 older people.", ["Hollinsfield"], []),
        ("Tarnholme provides accommodation and personal care for 30 people, some of whom live with dementia.",
         ["Tarnholme"], []),
        ("The home, Ravelstone, provides residential care for 18 adults with learning disabilities.", ["Ravelstone"], []),
        ("Quillbeck Lodge is in Holmbrae. Marrowgate cares for up to 40 people living with dementia.", ["Marrowgate"], []),
        ("Hollinsfield has 42 beds and employs 60 staff.", ["Hollinsfield"], []),
        # near-misses: a lower-case subject; a person's care; a number that is no bed count
        ("The home provides nursing care for up to 42 people. Ann Hart provides care for her mother.", [], ["Ann Hart"]),
        ("Holmbrae has 42 per cent more homes than Tarrow.", [], ["Holmbrae"]),
    ],
    "O-report": [
        ("The inspection report for Hollinsfield was published on Tuesday.", ["Hollinsfield"], []),
        ("Marrowgate's latest inspection report says staff were kind and caring.", ["Marrowgate"], []),
        # near-misses: a month; a person's report
        ("The inspection report for March was published. Ann Sowerhill's latest inspection report was late.", [],
         ["March", "Ann Sowerhill"]),
    ],
    "O-found": [
        ("Inspectors said Hollinsfield was well run.", ["Hollinsfield"], []),
        ("The CQC found that Ravelstone was not safe and told the provider to improve.", ["Ravelstone"], []),
        ("Inspectors found Marrowgate had not made enough improvements.", ["Marrowgate"], []),
        # near-misses: a title; a lower-case subject; no verb after the run
        ("Inspectors said Mrs Hart was a caring manager and found the home was clean.", [], ["Hart", "Mrs Hart"]),
        ("Inspectors found Covid-19 rules were followed in Holmbrae.", [], ["Holmbrae"]),
        ("Inspectors said Ann Sowerhill was a caring manager.", [], ["Ann Sowerhill"]),
    ],
    "O-according": [
        ("According to Carewatch, one in four homes is short of staff.", ["Carewatch"], []),
        # near-misses: a lower-case word after the place; a common noun; a titled person
        ("According to Holmbrae council, costs have risen. According to Figures, nothing changed.", [], ["Holmbrae", "Figures"]),
        ("According to Mr Sowerhill, the home was short of staff.", [], ["Sowerhill", "Mr Sowerhill"]),
    ],
    # (O-at, "managers at X", "bosses at X", dropped at the merge: like "staff at X", a town's hospital is said so
    # as often, test_battery_fastgap15's near-misses)
    "O-leader": [
        ("The manager of Ravelstone said she was proud of the team.", ["Ravelstone"], []),
        ("Ann Lee, who manages Hollinsfield, said she was delighted.", ["Hollinsfield"], []),
        # near-misses: a lower-case object; a department
        ("Ann Lee, who runs marathons, said she was delighted. The manager of Operations said it was fine.", [],
         ["Operations"]),
    ],
    "O-aside": [
        ("Ravelstone, on Fenlow Lane, was rated inadequate.", ["Ravelstone"], ["Fenlow Lane"]),
        # near-miss: no name before the street
        ("The home, on Fenlow Lane, was rated inadequate.", [], ["Fenlow Lane"]),
    ],
}


@pytest.mark.parametrize(("family", "text", "present", "absent"), family_cases(FAMILIES))
def test_battery_headless_cues19(nlp_fast, family, text, present, absent):
    assert_organisations(nlp_fast(text), present, absent)
