"""cqc_actions: kinds, statuses, threats and subjects of enforcement actions.

Tables of invented texts: text -> expected (kind, status) pairs (order free).
Each row runs in both profiles.
"""

import pytest

# Each kind, imposed.
KINDS = [
    ("The CQC served a warning notice on Oakfield Care Home over staffing.", {("warning notice", "imposed")}),
    ("Inspectors issued a Section 29A warning notice to Riverside Hospitals NHS Trust.", {("warning notice", "imposed")}),
    ("Oakfield Care Home has been placed in special measures.", {("special measures", "imposed")}),
    ("The CQC has imposed conditions on the registration of Brightside Care Ltd.", {("conditions", "imposed")}),
    ("Brightside Care Ltd now has conditions placed on its registration.", {("conditions", "imposed")}),
    ("The CQC issued a requirement notice to Millway Dental Ltd.", {("requirement notice", "imposed")}),
    # a fine a court imposes is a prosecution too (SPEC "Clarified after real text")
    ("Brightside Care Ltd was fined £8,000 by magistrates.", {("fine", "imposed"), ("prosecution", "imposed")}),
    ("The CQC prosecuted Brightside Care Ltd for failing to register.", {("prosecution", "imposed")}),
    ("Brightside Care Ltd pleaded guilty to providing care without registration.", {("prosecution", "imposed")}),
    ("The CQC has suspended the registration of Harbour Dental Practice for three months.", {("suspension", "imposed")}),
    ("The CQC cancelled the registration of Brightside Care Ltd last year.", {("cancellation", "imposed")}),
    ("The CQC has taken enforcement action against Brightside Care Ltd.", {("enforcement action", "imposed")}),
]

# Each status.
STATUSES = [
    ("Riverside Hospitals NHS Trust has been taken out of special measures.", {("special measures", "lifted")}),
    ("Oakfield Care Home has come out of special measures.", {("special measures", "lifted")}),
    ("Oakfield Care Home remains in special measures.", {("special measures", "continued")}),
    ("Oakfield Care Home has been in special measures since March 2022.", {("special measures", "continued")}),
    ("Oakfield Care Home, which was placed in special measures last year, has come out of special measures.",
     {("special measures", "imposed"), ("special measures", "lifted")}),
    ("The warning notice served on Oakfield Care Home in May had been met.", {("warning notice", "imposed"), ("warning notice", "lifted")}),
    ("Inspectors found the warning notice served on Oakfield Care Home in May had not been met.", {("warning notice", "imposed")}),
    ("The warning notice the CQC served on the provider of Oakfield Care Home at its last inspection has now been met.",
     {("warning notice", "imposed"), ("warning notice", "lifted")}),
    ("The CQC has lifted the conditions on the registration of Brightside Care Ltd.", {("conditions", "lifted")}),
    ("The CQC has recommended that Riverside Hospitals NHS Trust be placed in special measures.", {("special measures", "imposed")}),
    ("Riverside Hospitals NHS Trust should be taken out of special measures, the CQC has recommended.", {("special measures", "lifted")}),
    # the status verb after a relative clause set off by commas
    ("Brightside Care Ltd was inspected. Conditions on its registration, which stop new admissions, remain in place.",
     {("conditions", "continued")}),
    # "when CQC served" is a past event, not a general statement
    ("Oakfield Care Home was placed in special measures in 2022, when the CQC also served it with a warning notice.",
     {("special measures", "imposed"), ("warning notice", "imposed")}),
]

# Phrasings met in real news pages (rows in new words, invented names).
REAL_PHRASINGS = [
    # removing a registration is cancelling it
    ("Inspectors moved to remove Larkspur Homecare's registration, which ends the service.", {("cancellation", "imposed")}),
    ("Brookside Lodge will close in April after withdrawing an appeal against deregistration.", {("cancellation", "imposed")}),
    # "currently in" is a standing action
    ("One trust is rated inadequate (Elmford Valley NHS Trust – currently in special measures).", {("special measures", "continued")}),
    ("At present there are 40 practices in special measures across the region.", {("special measures", "continued")}),
    ("Inspectors saw progress, but the special measures at Brookside Lodge have not been lifted.", {("special measures", "continued")}),
    ("Harbour Dental Practice has had its suspension extended by the regulator for six weeks.", {("suspension", "continued")}),
    # conditions: put on, taken off, and restrictions on admissions
    ("The CQC implemented the conditions in May 2022. The regulator has now removed the conditions from the registration of Elmford Valley NHS Trust.",
     {("conditions", "imposed"), ("conditions", "lifted")}),
    ("After the visit, Brookside Lodge was temporarily stopped from admitting new residents, but this was lifted three months later.",
     {("conditions", "imposed"), ("conditions", "lifted")}),
    ("The regulator placed conditions on the home's registration, including preventing further admissions until the owner can show real progress.",
     {("conditions", "imposed")}),
    # notices served and met
    ("The findings prompted the regulator to issue the home with a warning notice.", {("warning notice", "imposed")}),
    ("On a return visit inspectors found Larkspur Homecare had met the requirements of the warning notice.",
     {("warning notice", "imposed"), ("warning notice", "lifted")}),
    ("Back in 2021, when the unit was rated inadequate and was issued with warning notices, staff were leaving.", {("warning notice", "imposed")}),
    # a fine a court hands down is a prosecution too
    ("Elmford Valley NHS Trust was sentenced, and a fine of £125,000 was handed down by the judge.",
     {("fine", "imposed"), ("prosecution", "imposed")}),
    ("Brookside Lodge was fined in 2019 after admitting breaches of safety law.", {("fine", "imposed"), ("prosecution", "imposed")}),
    ("Elmford Valley NHS Trust was sentenced to pay £900,000 at the crown court.", {("fine", "imposed"), ("prosecution", "imposed")}),
    # a penalty notice is the regulator's own fine: no prosecution
    ("The CQC issued a fixed penalty notice of £200 to Larkspur Homecare.", {("fine", "imposed")}),
    # financial and quality special measures are separate regimes
    ("Eastmoor Hospitals NHS Trust has come out of special financial measures.", {("special measures", "lifted")}),
    ("Eastmoor Hospitals NHS Trust has been taken out of quality special measures. It must remain in financial special measures.",
     {("special measures", "lifted"), ("special measures", "continued")}),
    # a closure the regulator ordered is enforcement action
    ("Both branches were closed with immediate effect by the CQC on Friday.", {("enforcement action", "imposed")}),
    ("The findings led to Brookside Lodge being closed under emergency powers in March.", {("enforcement action", "imposed")}),
    # "issued with enforcement action" beside the notice it was is that notice
    ("Elmford Valley NHS Trust has been issued with enforcement action by the CQC. Elmford Valley NHS Trust was served with a section 29A notice.",
     {("warning notice", "imposed")}),
    ("Larkspur Surgery was one of the first practices to be placed in special measures.", {("special measures", "imposed")}),
    # "as it is in special measures" beside the story's own imposing is that imposing, not a second item
    ("The CQC has placed Brookside Lodge in special measures. As the home is in special measures, it will be inspected again within six months.",
     {("special measures", "imposed")}),
    # a decided lifting told in the future tense
    ("After the latest visit, Eastmoor Hospitals NHS Trust will be removed from special measures.", {("special measures", "lifted")}),
    # a provider suspended in so many words
    ("Larkspur Clinic, trading as Bright Eyes Surgery, was first suspended in March.", {("suspension", "imposed")}),
    ("Harbour Dental Practice remains suspended while inspectors review it.", {("suspension", "continued")}),
    # more SPEC families in new words
    ("The regulator used its urgent powers to impose conditions on the registration of Brightside Care Ltd.", {("conditions", "imposed")}),
    ("Brookside Lodge is not allowed to admit new residents without the regulator's agreement.", {("conditions", "imposed")}),
    ("Inspectors restricted admissions to Brookside Lodge in May.", {("conditions", "imposed")}),
    ("The regulator sent an urgent notice of decision to impose conditions on Brookside Lodge.", {("conditions", "imposed")}),
    ("Elmford Valley NHS Trust will remain in special measures until it improves.", {("special measures", "continued")}),
    ("Brookside Lodge will be kept in special measures.", {("special measures", "continued")}),
    # a notice still "being addressed" is not met; a decided status must lead into the mention
    ("Greystone Court's manager said every point in the warning notice is being addressed.", {("warning notice", "imposed")}),
    ("Being placed in special measures means a home will be kept under close review by inspectors.", set()),
    ("Ferndale Hospitals NHS Trust remains rated inadequate and in special measures, inspectors said.", {("special measures", "continued")}),
    ("Special measures status removed for Eastmoor trust", {("special measures", "lifted")}),
    ("Brookside Lodge freed from special measures", {("special measures", "lifted")}),
    ("Brightside Care Ltd admitted failing to provide safe care and was sentenced at the crown court.", {("prosecution", "imposed")}),
    ("The regulator took urgent action under its section 31 powers at Brookside Lodge.", {("enforcement action", "imposed")}),
    # issue 14 families (invented words): passive cancellation, court cases, admissions, notices addressed
    ("The registration of Thistle Court was cancelled by the regulator in June.", {("cancellation", "imposed")}),
    ("Thistle Care Ltd was taken to court by the CQC.", {("prosecution", "imposed")}),
    ("The owner of Thistle Court appeared at Dunmere Magistrates' Court last week.", {("prosecution", "imposed")}),
    ("The CQC imposed a suspension of admissions at Thistle Court.", {("conditions", "imposed")}),
    ("Thistle Court has been told it must not admit any new residents without the CQC's written agreement.", {("conditions", "imposed")}),
    ("Inspectors said Thistle Court had addressed the concerns in the warning notice issued in March.",
     {("warning notice", "imposed"), ("warning notice", "lifted")}),
    # issue 14: a notice the provider "had met" was served, then lifted
    ("Last spring the regulator served Quillon Grange with a warning notice. Inspectors found the provider had met the notice.",
     {("warning notice", "imposed"), ("warning notice", "lifted")}),
    # "was once placed" is history, not a condition ("once it improves")
    ("Marrowby Court was once placed in special measures. It was taken out of special measures in 2020.",
     {("special measures", "imposed"), ("special measures", "lifted")}),
    # "a failing that had led to a warning notice" reports an imposition
    ("Records are now kept properly at Quillon Grange, a failing that had led to a warning notice in 2019.",
     {("warning notice", "imposed")}),
    # "suspended X's registration for eight weeks": the act and its length
    ("The regulator has suspended Hollins Row's registration for eight weeks.", {("suspension", "imposed")}),
]

# Threats, plans, possibilities]

# Threats, plans, possibilities, explainers, orders without an instrument: no action.
NOT_ACTIONS = [
    "The CQC will take enforcement action if Oakfield Care Home does not improve.",
    "Oakfield Care Home could be placed in special measures.",
    "If improvements are not made, we will not hesitate to use our enforcement powers.",
    "A home rated inadequate overall will normally be placed in special measures.",
    "The CQC can serve a warning notice or cancel a provider's registration.",
    "Oakfield Care Home was told to improve its medicines management.",
    "Riverside Hospitals NHS Trust was ordered to make improvements.",
    "Special measures and the CQC: a guide for families.",
    "The trust is expected to be placed in special measures next month.",
    "When the CQC finds serious failings it can serve a warning notice on a provider.",
    "The regulator issued a notice of proposal to cancel the registration of Brookside Lodge.",
    "The letter gives the CQC the ability to suspend the provider's registration.",
    "Elmford Valley trust to be placed in special measures",
    "Larkspur Surgery was on the brink of being closed by the CQC last spring.",
    "Staff at Larkspur Surgery began their journey out of special measures.",
    "Eastmoor Hospitals NHS Trust will be removed from special measures if the next inspection finds progress.",
    "Two nurses at Brookside Lodge were suspended after the incident.",
    "Routine inspections were suspended during the pandemic.",
    "The regulator has begun the process of cancelling the registration of Brookside Lodge.",
    "Elmford Valley NHS Trust will remain in special measures if it does not improve.",
    # issue 14: a negation before the instrument
    "The agency is not subject to any enforcement action, the regulator confirmed.",
    "Quillon Grange has never been placed in special measures.",
    "No warning notices were served on Quillon Grange.",
]


def _pairs(doc):
    for item in doc._.cqc_actions:
        assert item["evidence"]
        for ev in item["evidence"]:
            assert doc.text[ev["start"]:ev["end"]] == ev["text"]
    return {(a["kind"], a["status"]) for a in doc._.cqc_actions}


@pytest.mark.parametrize("text,expected", KINDS + STATUSES + REAL_PHRASINGS)
def test_kinds_and_statuses(pipeline, text, expected):
    assert _pairs(pipeline(text)) == expected


@pytest.mark.parametrize("text", NOT_ACTIONS)
def test_not_actions(pipeline, text):
    assert _pairs(pipeline(text)) == set()


def test_one_item_per_kind_status_subject(pipeline):
    doc = pipeline("Four warning notices were served on Oakfield Care Home. The warning notices covered staffing and safety.")
    assert [(a["kind"], a["status"]) for a in doc._.cqc_actions] == [("warning notice", "imposed")]


def test_subject_is_never_the_regulator(pipeline):
    doc = pipeline("The Care Quality Commission placed Oakfield Care Home in special measures.")
    subjects = [a["subject"] for a in doc._.cqc_actions]
    assert subjects and "Care Quality Commission" not in subjects


def test_subject_from_the_clause(nlp):
    doc = nlp("The Care Quality Commission placed Oakfield Care Home in special measures.")
    assert [a["subject"] for a in doc._.cqc_actions] == ["Oakfield Care Home"]


def test_group_subject_is_null(pipeline):
    doc = pipeline("Eleven trusts were put into special measures in 2013.")
    assert [(a["kind"], a["status"], a["subject"]) for a in doc._.cqc_actions] == [("special measures", "imposed", None)]


def test_no_orgs_no_crash(pipeline):
    doc = pipeline("It was placed in special measures.")
    assert _pairs(doc) == {("special measures", "imposed")}


def test_action_against_an_individual_is_its_own_item(pipeline):
    doc = pipeline(
        "Brookside Care Ltd was fined £20,000 by magistrates. Tomas Vickery, the former manager of Brookside Lodge, "
        "was also prosecuted by the CQC. The court ordered him to pay a £700 fine."
    )
    items = {(a["kind"], a["status"], a["subject"]) for a in doc._.cqc_actions}
    assert ("prosecution", "imposed", None) in items and ("fine", "imposed", None) in items
    assert any(kind == "fine" and subject is not None for kind, _, subject in items)


def test_location_told_the_same_action_as_its_provider(pipeline):
    # the hospital's "will come out" and the trust's lifting are one lifting, the trust's
    doc = pipeline(
        "Eastmoor General Hospital will come out of special measures.\n\n"
        "Eastmoor Hospitals NHS Trust, which runs the hospital, was placed in special measures in 2019. "
        "The regulator has now taken Eastmoor Hospitals NHS Trust out of special measures."
    )
    statuses = sorted(a["status"] for a in doc._.cqc_actions if a["kind"] == "special measures")
    assert statuses == ["imposed", "lifted"]


def test_location_with_its_own_notice_history_keeps_it(pipeline):
    doc = pipeline(
        "The warning notice served on Eastmoor General Hospital last year had been met. "
        "The CQC served a new warning notice on Eastmoor Hospitals NHS Trust over its maternity service."
    )
    pairs = [(a["kind"], a["status"]) for a in doc._.cqc_actions]
    assert pairs.count(("warning notice", "imposed")) == 2 and ("warning notice", "lifted") in pairs


def test_role_at_the_head_of_the_clause_is_an_individual(pipeline):
    doc = pipeline("The registered manager of Brookside Lodge was convicted of neglect.")
    assert [(a["kind"], a["subject"]) for a in doc._.cqc_actions] == [("prosecution", None)]


# text -> (kind, status, subject) items: who the action is on (issue 14 families, invented words)
SUBJECTS = [
    # a speaker's "he"/"she" is not an individual the action is against
    ("Oakridge Surgery was rated good last week. The chief inspector said she was pleased the surgery had come out of special measures.",
     {("special measures", "lifted", "Oakridge Surgery")}),
    ("Oakridge Surgery was rated good last week. Its senior partner said he felt the practice had been taken out of special measures too late.",
     {("special measures", "lifted", "Oakridge Surgery")}),
    ("Oakridge Surgery was rated good last week. Its lead GP, Dr Ana Pirelli, said she was 'thrilled' the surgery had left special measures.",
     {("special measures", "lifted", "Oakridge Surgery")}),
    # but an individual fined is still one
    ("Oakridge Care Ltd ran the home. Its manager, Tom Vance, was prosecuted and he was fined £2,000.",
     {("prosecution", "imposed", None), ("fine", "imposed", None)}),
    # a headline restating the body's action with a name of its own is no second item
    ("Major Northfield NHS Trust placed in special measures\n\nThe Thornbury Valley Hospitals NHS Trust was placed in special "
     "measures by the CQC after an inspection rated it inadequate.",
     {("special measures", "imposed", "Thornbury Valley Hospitals NHS Trust")}),
    # two subjects the body names both stay
    ("Two hospital trusts placed in special measures\nThe Thornbury Valley Hospitals NHS Trust was placed in special measures on "
     "Tuesday. Dunmere Health NHS Trust was also put into special measures.",
     {("special measures", "imposed", "Thornbury Valley Hospitals NHS Trust"), ("special measures", "imposed", "Dunmere Health NHS Trust")}),
]


@pytest.mark.parametrize("text,expected", SUBJECTS)
def test_subjects(pipeline, text, expected):
    assert {(a["kind"], a["status"], a["subject"]) for a in pipeline(text)._.cqc_actions} == expected
