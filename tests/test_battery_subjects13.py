"""Battery subjects13: whose rating it is when a story names an owner or a funder
beside the rated place (issue 14; SPEC.md §2 ratings' subject). Fast profile
only; new words, invented names.

- an organisation named as the funder of the rated place ("set up with grant
  funding from X", "paid for by X", "money from X") is not what is rated, nor
  what "the service" then points back to;
- an organisation's unnamed unit ("X's newest home in Dunmore", "X's flagship
  hospital", "wards at X's largest hospital"): the owner is not what is rated;
  the unit is, and the text never names it (subject null);
- a site placed with one service ("only the emergency department at X was
  rated RI, with surgery rated outstanding for well-led"): a service named
  after that statement, at no site, is the provider's (SPEC: otherwise the
  provider); "At X, maternity ... and surgery ..." stays X's;
- neighbours that stay: "X's maternity services" (a service of X: X's),
  "X's urgent care centre" (a service named there), a service at a named
  hospital (the hospital's), a 111 service run by a company beside a trust
  (the company's, "X NHS Trust's 111 service, run by Y Ltd" too, and "the
  ambulance trust" after it is X; "Y was rated good for both": the two key
  questions named for X), a site named with its trust (the site's).
"""

import pytest

O = "overall"

RATINGS = [
    # funders
    ("Brightwell Clinic has been rated outstanding. The clinic was set up with grant funding from Harrowgate NHS "
     "Foundation Trust. As well as being rated outstanding overall, the service was rated outstanding for being caring.",
     {("Brightwell Clinic", None, O, "outstanding"), ("Brightwell Clinic", None, "caring", "outstanding")}),
    ("Ferndale House, which is funded by Oakmoor NHS Trust, has been rated good.", {("Ferndale House", None, O, "good")}),
    ("A new hospice built with money from Oakmoor NHS Trust has been rated good.", {(None, None, O, "good")}),
    ("Tarnside Lodge was rated requires improvement. The lodge, paid for by Oakmoor NHS Trust, opened in 2019. "
     "The service was rated good for caring.",
     {("Tarnside Lodge", None, O, "requires improvement"), ("Tarnside Lodge", None, "caring", "good")}),
    # an owner's unnamed unit
    ("Vantage Healthcare Group's newest home in Dunmore has been rated inadequate.", {(None, None, O, "inadequate")}),
    ("The CQC rated Oakmoor NHS Trust's flagship hospital good.", {(None, None, O, "good")}),
    ("Inspectors judged three wards at Vantage Healthcare Group's largest hospital inadequate.",
     {(None, None, O, "inadequate")}),
    # neighbours that stay
    ("Oakmoor NHS Trust's maternity services were rated inadequate.", {("Oakmoor NHS Trust", "maternity", O, "inadequate")}),
    ("Oakmoor NHS Trust's urgent care centre was rated good.", {("Oakmoor NHS Trust", "urgent care centre", O, "good")}),
    ("Vantage Healthcare Group's homes are well known locally. Rowan Court was rated inadequate in May.",
     {("Rowan Court", None, O, "inadequate")}),
    ("Oakmoor NHS Trust runs Millbrook General Hospital. Maternity services at the hospital were rated inadequate. "
     "The trust was rated requires improvement overall.",
     {("Millbrook General Hospital", "maternity", O, "inadequate"), ("Oakmoor NHS Trust", None, O, "requires improvement")}),
    ("Wexcombe Ambulance Service NHS Trust was rated good. Its 111 service, run by Calder Health Ltd, was rated "
     "requires improvement.",
     {("Wexcombe Ambulance Service NHS Trust", None, O, "good"), ("Calder Health Ltd", "111 service", O, "requires improvement")}),
    # a trust's own service run by a company: the company's; "the ambulance trust" after it is the trust
    ("Wexcombe Ambulance Service NHS Trust's 111 service, run by Calder Health Ltd, was rated good. The ambulance trust "
     "was rated requires improvement for safe.",
     {("Calder Health Ltd", "111 service", O, "good"), ("Wexcombe Ambulance Service NHS Trust", None, "safe", "requires improvement")}),
    ("Wexcombe Ambulance Service NHS Trust was rated good. Calder Health Ltd, which provides the NHS 111 service, was "
     "rated requires improvement. It was rated inadequate for safe.",
     {("Wexcombe Ambulance Service NHS Trust", None, O, "good"), ("Calder Health Ltd", None, O, "requires improvement"),
      ("Calder Health Ltd", None, "safe", "inadequate")}),
    ("Wexcombe Ambulance Service NHS Trust was rated inadequate for safe and well-led. Calder Health Ltd was rated good "
     "for both.",
     {("Wexcombe Ambulance Service NHS Trust", None, "safe", "inadequate"), ("Wexcombe Ambulance Service NHS Trust", None, "well-led", "inadequate"),
      ("Calder Health Ltd", None, "safe", "good"), ("Calder Health Ltd", None, "well-led", "good")}),
    ("St Elwin's Hospice has been rated outstanding. Friends of St Elwin's, the charity that raises funds for it, "
     "welcomed the report.", {("St Elwin's Hospice", None, O, "outstanding")}),
    # a site placed with one service in a sentence; a service named after that statement, at no site: the provider's
    ("Hallwick Vale NHS Trust was rated requires improvement. Only the emergency department at Tenterby General Hospital "
     "was rated requires improvement, with surgery and medical care rated outstanding for well-led.",
     {("Hallwick Vale NHS Trust", None, O, "requires improvement"),
      ("Tenterby General Hospital", "urgent and emergency care", O, "requires improvement"),
      ("Hallwick Vale NHS Trust", "surgery", "well-led", "outstanding"),
      ("Hallwick Vale NHS Trust", "medical care", "well-led", "outstanding")}),
    ("Hallwick Vale NHS Trust was rated good. Maternity services at Tenterby General Hospital were rated inadequate, "
     "while end of life care was judged outstanding.",
     {("Hallwick Vale NHS Trust", None, O, "good"), ("Tenterby General Hospital", "maternity", O, "inadequate"),
      ("Hallwick Vale NHS Trust", "end of life care", O, "outstanding")}),
    ("Hallwick Vale NHS Trust was rated good. At Tenterby General Hospital, maternity was rated inadequate and surgery good.",
     {("Hallwick Vale NHS Trust", None, O, "good"), ("Tenterby General Hospital", "maternity", O, "inadequate"),
      ("Tenterby General Hospital", "surgery", O, "good")}),
    ("Oakmoor NHS Trust was rated requires improvement. Community health services for adults were rated good for caring.",
     {("Oakmoor NHS Trust", None, O, "requires improvement"),
      ("Oakmoor NHS Trust", "community health services for adults", "caring", "good")}),
]


def _ratings(doc):
    return {(r["subject"], r["service"], r["domain"], r["rating"]) for r in doc._.cqc_ratings}


@pytest.mark.parametrize("text,expected", RATINGS)
def test_subjects13_ratings(nlp_fast, text, expected):
    assert _ratings(nlp_fast(text)) == expected
