"""Paraphrase battery of the session-10 sweep (issue 14): families left after the
earlier batteries, in new words with invented names (none copied from a corpus).

Actions: warning notices told in wordings the earlier batteries do not hold
("sent X a warning notice", "formal warnings", "a notice requiring it to improve
by <date>", "enforcement action, in the form of a warning notice, was taken"),
and special-measures mentions that report no action of the story: a person's
career ("previously led X out of special measures", "joined from a trust she
helped take out of special measures"), another regulator's regime (Ofsted and
schools), the regime's own history ("brought in after ..."). Rows run in both
profiles (the pipeline fixture).
"""

import pytest

from conftest import assert_organisations

WN, SM, EA = "warning notice", "special measures", "enforcement action"
I, L, C = "imposed", "lifted", "continued"

WARNING_NOTICE_WORDINGS = [
    # the verb and its objects
    ("The CQC sent Harlow Mews a warning notice after the visit.", {(WN, I)}),
    ("Inspectors have sent the provider two warning notices.", {(WN, I)}),
    ("The regulator issued Penrose Surgery with a warning notice.", {(WN, I)}),
    ("Formal warning notices were issued to Penrose Surgery.", {(WN, I)}),
    # "formal warnings"
    ("Penrose Surgery was given formal warnings.", {(WN, I)}),
    ("The practice was given two formal warnings after the visit.", {(WN, I)}),
    ("The CQC gave Harlow Mews a formal warning over hygiene.", {(WN, I)}),
    ("Tamsin Court has received a formal warning from the regulator.", {(WN, I)}),
    ("Formal warnings were issued to the provider over staffing.", {(WN, I)}),
    # a notice told by what it requires
    ("The CQC issued the home with a notice requiring it to improve by 30 June.", {(WN, I)}),
    ("A notice was served requiring the trust to make improvements by the end of March.", {(WN, I)}),
    ("Ellery Vale NHS Trust was served with a notice requiring significant improvement by 1 October.", {(WN, I)}),
    # "enforcement action in the form of a warning notice"
    ("Enforcement action, in the form of a warning notice, was taken against Penrose Surgery.", {(WN, I)}),
    ("We took enforcement action by issuing a warning notice to the provider.", {(WN, I)}),
]

NOTHING = [
    # warning notices that are no action
    "A warning notice can be issued if a provider breaches regulations.",
    "The home was not issued with a warning notice.",
    "A formal warning can be given when a provider breaks the rules.",
    "Enforcement action, in the form of a warning notice, could follow if the home does not improve.",
    # a person's career: another body's history, not the story's action
    "Ms Dale previously led Kelby Hospitals NHS Trust out of special measures.",
    "She joined from Orton Health NHS Trust, which she helped take out of special measures.",
    "He has experience of taking a trust out of special measures.",
    "Before joining, she had steered a hospital trust in the north out of special measures.",
    "The new chief executive has a track record of bringing trusts out of special measures.",
    # another regulator's regime
    "The neighbouring school was placed in special measures by Ofsted.",
    "Ofsted put the council's children's services into special measures in 2018.",
    "Two local schools were put in special measures last year.",
    # the regime's own history
    "Special measures were brought in after failings at a hospital in 2013.",
    "The special measures regime was set up in 2013.",
]

STILL_ACTIONS = [
    # neighbours the near-misses above must not swallow
    ("The trust, which she joined in May, was placed in special measures in June.", {(SM, I)}),
    ("Caldwell Lodge was placed in special measures after the inspection.", {(SM, I)}),
    ("Pellham Surgery, which was in special measures, has now come out of them.", {(SM, I), (SM, L)}),
    ("The school nurse service run by Ellery Vale NHS Trust was served a warning notice.", {(WN, I)}),
]


def _pairs(doc):
    return {(a["kind"], a["status"]) for a in doc._.cqc_actions}


@pytest.mark.parametrize("text,expected", WARNING_NOTICE_WORDINGS + STILL_ACTIONS)
def test_sweep_actions(pipeline, text, expected):
    assert _pairs(pipeline(text)) == expected


@pytest.mark.parametrize("text", NOTHING)
def test_sweep_actions_nothing(pipeline, text):
    assert _pairs(pipeline(text)) == set()


# Ratings (issue 14 sweep): a share or a count as the clause's subject is a statistic, no item (SPEC 2:
# "62% of trusts are rated requires improvement"); the member a later clause names keeps its own rating.
# "Care" inside a name ("Fenmoor Community Care as outstanding") is no caring key question.
RI = "requires improvement"
TRUST = "Orton Vale NHS Trust"


def _ratings(doc):
    return {(r["subject"], r["service"], r["domain"], r["rating"]) for r in doc._.cqc_record["ratings"]}


RATING_ROWS = [
    ("Across the county 62 homes were inspected. Almost two thirds (38) are requires improvement.", set()),
    ("Most (18) were rated requires improvement and half are good.", set()),
    ("A quarter of those inspected were rated inadequate.", set()),
    (f"Nine were rated requires improvement. One, {TRUST}, is rated inadequate.", {(TRUST, None, "overall", "inadequate")}),
    (f"Most are rated good. Only one, {TRUST}, was rated inadequate.", {(TRUST, None, "overall", "inadequate")}),
    (f"Around a quarter (12) are rated outstanding. {TRUST} is rated inadequate.", {(TRUST, None, "overall", "inadequate")}),
    (f"{TRUST} was rated good. More than half of the county's trusts are rated good.", {(TRUST, None, "overall", "good")}),
    ("The CQC has named Pellby House and Fenmoor Community Care as outstanding.",
     {("Pellby House", None, "overall", "outstanding"), ("Fenmoor Community Care", None, "overall", "outstanding")}),
    ("Fenmoor Community Care has been rated good.", {("Fenmoor Community Care", None, "overall", "good")}),
    # neighbours that must keep their items
    ("In the first half of the year, Pellby House was rated good.", {("Pellby House", None, "overall", "good")}),
    ("Care remains outstanding at Fenmoor Community Care.", {("Fenmoor Community Care", None, "caring", "outstanding")}),
]


@pytest.mark.parametrize("text,expected", RATING_ROWS)
def test_sweep_ratings(pipeline, text, expected):
    assert _ratings(pipeline(text)) == expected


# Organisations (issue 14 sweep): the fast profile has no entities, so a lone acronym the text uses as a
# body (the listener or source of news, an author, coordinated with a known organisation) is read by cue
# (organisations.json "acronym_cues"); units and wards in capitals are not.
ORG_ROWS = [
    ("In June, the trust told HWT that it had made changes.", ["HWT"], []),
    ("Figures obtained by the PQJ show waiting times rose.", ["PQJ"], []),
    ("An MHRG investigation found the ward was short of staff.", ["MHRG"], []),
    ("Pellby Surgery had support from NHS England and the RCPX.", ["Pellby Surgery", "RCPX"], []),
    ("Care on the ward was not in line with NCEB guidelines.", ["NCEB"], []),
    ("Patients on the XAU waited for hours.", [], ["XAU"]),
    # a common acronym after a reporting cue names no body (the outlet cues' exclusions hold here too)
    ("A PPE investigation found the ward short of gowns.", [], ["PPE"]),
    ("The manager told the CCG about the delays.", [], ["CCG"]),
    ("Pellby Hospital and the PDU were both inspected in May.", ["Pellby Hospital"], ["PDU"]),
]


@pytest.mark.parametrize("text,present,absent", ORG_ROWS)
def test_sweep_organisations(pipeline, text, present, absent):
    assert_organisations(pipeline(text), present, absent)
