"""Paraphrase battery 2: rating SUBJECTS, and statements covering several (issue 14).

Rows test_battery_subject.py does not have: each row is text -> expected
(subject, service, domain, rating, previous, change) items, compared as a set.
Invented names and new wording; the rows vary
- two or three names joined by "and" / "," sharing one rating, in every word
  order ("A and B were both", "at both A and B", "as have B and C",
  "like B", "A, B and C, all run by the trust, were"), each name its own
  item and never run together into one organisation;
- several hospitals or homes of one provider, each with its own rating or one
  shared (a verb's objects listed with their results, "respectively");
- counted sets with their members listed (brackets, dashes, a colon after,
  "both of", "the two") against a count naming no member (no item);
- an acronym standing for a name given in full before; the provider against
  the location (SPEC §2: a rated location is the subject, the provider named
  around it is not); a body running a service for another ("on behalf of").
"""

import pytest

from conftest import family_cases
from test_ratings import RI, _items

TRUST = "Ketterby and Alnor NHS Foundation Trust"
H1 = "Grisemoor Vale Hospital"
H2 = "Tarnwick Royal Infirmary"
H3 = "Pitsford Community Hospital"
HOME1 = "Quillsby Grange"
HOME2 = "Fennimere View"
HOME3 = "Ashtarrow House"
OWNER = "Ravelston Healthcare Ltd"
ACR_FULL = "Wexbury Community Healthcare Trust"
ACR = "WCT"
SUB = "Quenby Medical Services Ltd"


def _each(names, rating, service=None, domain="overall", previous=None, change=None):
    return {(n, service, domain, rating, previous, change) for n in names}


FAMILIES = {
    "several names sharing one rating": [
        (f"{H1} and {H2} were both rated good.", _each((H1, H2), "good")),
        (f"{HOME1} and {HOME2} were both judged outstanding by inspectors.", _each((HOME1, HOME2), "outstanding")),
        (f"Inspectors judged {HOME1} and {HOME2} to be inadequate.", _each((HOME1, HOME2), "inadequate")),
        (f"At both {H1} and {H2}, inspectors rated surgery as requires improvement.",
         _each((H1, H2), RI, service="surgery")),
        (f"Surgery at {H1} and {H2} was rated good.", _each((H1, H2), "good", service="surgery")),
        (f"{HOME1} has been rated inadequate, as have {HOME2} and {HOME3}.",
         _each((HOME1, HOME2, HOME3), "inadequate")),
        (f"{HOME1} was rated outstanding. {HOME2} was too.", _each((HOME1, HOME2), "outstanding")),
        (f"{HOME1} improved to good, and {HOME2} did as well.", _each((HOME1, HOME2), "good", change="improved")),
        (f"Maternity at {H1} was judged inadequate, and surgery was too.",
         _each((H1,), "inadequate", service="maternity") | _each((H1,), "inadequate", service="surgery")),
        (f"{HOME1} and {HOME2} were each awarded an overall rating of good.", _each((HOME1, HOME2), "good")),
        (f"The regulator rated {HOME1}, {HOME2} and {HOME3} good.", _each((HOME1, HOME2, HOME3), "good")),
        (f"{H1}, {H2} and {H3}, all run by the trust, were rated requires improvement.",
         _each((H1, H2, H3), RI)),
        (f"{HOME1}, {HOME2} and {HOME3}, all owned by {OWNER}, have been rated good.",
         _each((HOME1, HOME2, HOME3), "good")),
        (f"Both {HOME1} and {HOME2} dropped to requires improvement.", _each((HOME1, HOME2), RI, change="declined")),
        (f"{HOME1} and {HOME2} both kept their good ratings.",
         _each((HOME1, HOME2), "good", previous="good", change="unchanged")),
        (f"Inspectors gave {HOME1} and {HOME2} a rating of good.", _each((HOME1, HOME2), "good")),
        (f"{HOME1} was rated good, and {HOME2} was too.", _each((HOME1, HOME2), "good")),
        (f"{HOME1} and {HOME2}, two homes on the edge of Pellby, were both rated outstanding.",
         _each((HOME1, HOME2), "outstanding")),
        (f"{H1} and {H2} have both been upgraded to good.", _each((H1, H2), "good", change="improved")),
        (f"{H1} and {H2} were rated requires improvement for safe.", _each((H1, H2), RI, domain="safe")),
        (f"The maternity units at {H1} and {H2} were both rated inadequate.",
         _each((H1, H2), "inadequate", service="maternity")),
        (f"{HOME1} and {HOME2} are now rated good.", _each((HOME1, HOME2), "good")),
        (f"{HOME1} and {HOME2} have received ratings of requires improvement.", _each((HOME1, HOME2), RI)),
        (f"Ratings at {HOME1} and {HOME2} fell to inadequate.", _each((HOME1, HOME2), "inadequate", change="declined")),
        (f"{HOME1} was rated good in May; {HOME2}, meanwhile, was rated inadequate.",
         _each((HOME1,), "good") | _each((HOME2,), "inadequate")),
        (f"{HOME1} and {HOME2}, run by {OWNER}, each earned a good rating.", _each((HOME1, HOME2), "good")),
        (f"Outstanding ratings went to {HOME1} and {HOME2}.", _each((HOME1, HOME2), "outstanding")),
        (f"{HOME1} has been rated inadequate – as has {HOME2}, its sister home.", _each((HOME1, HOME2), "inadequate")),
        (f"{H1}, as well as {H2}, was rated good.", _each((H1, H2), "good")),
        (f"{HOME1}, together with {HOME2}, has been judged requires improvement.", _each((HOME1, HOME2), RI)),
    ],
    "several locations of one provider": [
        (f"{TRUST} runs {H1}, {H2} and {H3}. {H1} and {H3} were rated good, while {H2} was rated requires improvement.",
         _each((H1, H3), "good") | _each((H2,), RI)),
        (f"Inspectors rated {H1} good, {H2} requires improvement and {H3} inadequate.",
         _each((H1,), "good") | _each((H2,), RI) | _each((H3,), "inadequate")),
        (f"The CQC judged {HOME1} outstanding and {HOME2} good.", _each((HOME1,), "outstanding") | _each((HOME2,), "good")),
        (f"{H1} and {H2} were rated good and requires improvement respectively.",
         _each((H1,), "good") | _each((H2,), RI)),
        (f"At {H1}, maternity was rated good; at {H2}, it was rated inadequate.",
         _each((H1,), "good", service="maternity") | _each((H2,), "inadequate", service="maternity")),
        (f"{TRUST} was rated requires improvement overall.\n\nIts hospitals, {H1} and {H2}, were both rated good.",
         _each((TRUST,), RI) | _each((H1, H2), "good")),
        (f"{TRUST} runs {H1} and {H2}. Both hospitals were rated good.", _each((H1, H2), "good")),
        (f"{OWNER} runs {HOME1} and {HOME2}. Both homes were rated inadequate.", _each((HOME1, HOME2), "inadequate")),
        (f"{H1} was rated outstanding. {H2} and {H3} were rated good.",
         _each((H1,), "outstanding") | _each((H2, H3), "good")),
        (f"Emergency departments at {H1} and {H2} were downgraded to inadequate.",
         _each((H1, H2), "inadequate", service="urgent and emergency care", change="declined")),
        (f"{TRUST}'s hospitals {H1} and {H2} were rated good.", _each((H1, H2), "good")),
        (f"{H1} (good), {H2} (requires improvement) and {H3} (inadequate) were all inspected in the spring.",
         _each((H1,), "good") | _each((H2,), RI) | _each((H3,), "inadequate")),
        (f"Surgery was rated good at {H1} and requires improvement at {H2}.",
         _each((H1,), "good", service="surgery") | _each((H2,), RI, service="surgery")),
        (f"Medical care was judged outstanding at {H1}, good at {H2} and inadequate at {H3}.",
         _each((H1,), "outstanding", service="medical care") | _each((H2,), "good", service="medical care")
         | _each((H3,), "inadequate", service="medical care")),
        (f"Maternity was rated inadequate at {H1} and {H2}.", _each((H1, H2), "inadequate", service="maternity")),
        (f"{TRUST} was rated good overall at its latest inspection, which covered {H1}.", _each((TRUST,), "good")),
    ],
    "counted sets with members listed": [
        (f"Three of the trust's hospitals - {H1}, {H2} and {H3} - were rated good.", _each((H1, H2, H3), "good")),
        (f"Two of the group's homes ({HOME1} and {HOME2}) were rated inadequate.", _each((HOME1, HOME2), "inadequate")),
        (f"Two homes run by {OWNER} have been rated inadequate: {HOME1} and {HOME2}.",
         _each((HOME1, HOME2), "inadequate")),
        (f"{OWNER}'s two homes in Pellby - {HOME1} and {HOME2} - have been rated good.", _each((HOME1, HOME2), "good")),
        (f"Both of the provider's homes, {HOME1} and {HOME2}, were judged requires improvement.",
         _each((HOME1, HOME2), RI)),
        (f"The two hospitals, {H1} and {H2}, were rated good.", _each((H1, H2), "good")),
        (f"{HOME1} and {HOME2} are the only two homes in the county rated outstanding.",
         _each((HOME1, HOME2), "outstanding")),
        (f"Two of the three homes - {HOME1} and {HOME2} - were rated good; the third was not inspected.",
         _each((HOME1, HOME2), "good")),
        (f"The trust's three hospitals ({H1}, {H2} and {H3}) were all rated requires improvement.",
         _each((H1, H2, H3), RI)),
        pytest.param(
            f"Four homes were rated inadequate, among them {HOME1} and {HOME2}.",
            _each((HOME1, HOME2), "inadequate") | _each((None,), "inadequate"),
            marks=pytest.mark.xfail(reason="the unlisted rest's subject-null item (SPEC) is left out on purpose: "
                                           "on the check set such items were all spurious (reader._listed_members)")),
        (f"Both sites, {H1} and {H2}, kept their ratings of outstanding.",
         _each((H1, H2), "outstanding", previous="outstanding", change="unchanged")),
        (f"Two care homes in Pellby were rated inadequate. They are {HOME1} and {HOME2}.",
         _each((HOME1, HOME2), "inadequate")),
    ],
    "near-misses: a count or a list with no shared rating": [
        (f"Three of the trust's hospitals were rated good.", set()),
        (f"{OWNER} runs {HOME1}, {HOME2} and {HOME3}. {HOME2} was rated inadequate.", _each((HOME2,), "inadequate")),
        (f"{H1} was rated good. Staff from {H2} and {H3} helped at the inspection.", _each((H1,), "good")),
        (f"Patients at {H1} and {H2} will be asked how they rate their care.", set()),
        (f"{HOME1}, which shares a manager with {HOME2}, was rated good.", _each((HOME1,), "good")),
        (f"{HOME1} was rated good, unlike {HOME2}, which has not yet been inspected.", _each((HOME1,), "good")),
    ],
    "acronym subjects": [
        (f"The {ACR_FULL} ({ACR}) was inspected in June. {ACR} was rated good.", _each((ACR_FULL,), "good")),
        (f"Inspectors rated the {ACR_FULL} ({ACR}) as requires improvement.", _each((ACR_FULL,), RI)),
        (f"The {ACR_FULL} ({ACR}) runs {H1}.\n\n{ACR} has been rated good overall, with {H1} rated outstanding.",
         _each((ACR_FULL,), "good") | _each((H1,), "outstanding")),
        (f"The {ACR_FULL}, known as {ACR}, was given a rating of inadequate.", _each((ACR_FULL,), "inadequate")),
        (f"{ACR}'s maternity services were rated good, the {ACR_FULL} said.",
         _each((ACR_FULL,), "good", service="maternity")),
    ],
    "provider or location": [
        (f"{HOME1}, a care home owned by {OWNER}, has been rated inadequate.", _each((HOME1,), "inadequate")),
        (f"Inspectors rated {OWNER}'s home in Pellby, {HOME1}, inadequate.", _each((HOME1,), "inadequate")),
        (f"{OWNER}'s newest home, {HOME2}, has been handed a good rating.", _each((HOME2,), "good")),
        (f"{TRUST} has been rated good. The rating covers {H1} and {H2}.", _each((TRUST,), "good")),
        (f"The trust's {H2} site was rated outstanding.", _each((H2,), "outstanding")),
        (f"{SUB}, which runs the out-of-hours service on behalf of {TRUST}, was rated good.", _each((SUB,), "good")),
        (f"The out-of-hours service is run by {SUB} on behalf of {TRUST}.\n\n{SUB} was rated requires improvement.",
         _each((SUB,), RI)),
        (f"{SUB}, which provides out-of-hours care for {TRUST}, has been rated inadequate.",
         _each((SUB,), "inadequate")),
        (f"{OWNER}, the provider, was rated good, while its home {HOME1} was rated requires improvement.",
         _each((OWNER,), "good") | _each((HOME1,), RI)),
        (f"{H3}, part of {TRUST}, was rated inadequate.", _each((H3,), "inadequate")),
        pytest.param(
            f"{TRUST} said it was disappointed that {H3} had been rated requires improvement.", _each((H3,), RI),
            marks=pytest.mark.xfail(reason="'had been rated' reads as history; reported speech's tense is not told apart")),
        (f"{TRUST} said it was disappointed that {H3} was rated requires improvement.", _each((H3,), RI)),
    ],
}


CASES = family_cases(FAMILIES)


@pytest.mark.parametrize("profile", ["nlp", "nlp_fast"])
@pytest.mark.parametrize("family, text, expected", CASES)
def test_subjects_battery(request, profile, family, text, expected):
    assert _items(request.getfixturevalue(profile), text) == expected
