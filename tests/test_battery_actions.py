"""Paraphrase battery: regulatory actions (SPEC.md §2 actions, "Clarified after real text").

Short real-style snippets in new words with invented names, covering the
phrasing space of each kind and status: the verb and its voice, word order,
the sentence split (a cue in a heading or the next sentence), page chrome,
and near-misses that must give nothing (threats, plans, proposals, appeals,
explainers, negations, actions on staff). Each row: text -> expected
(kind, status) pairs, compared as a set; every row runs in both profiles.
"""

import pytest

WN, SM, CO, RN = "warning notice", "special measures", "conditions", "requirement notice"
FI, PR, SU, CA, EA = "fine", "prosecution", "suspension", "cancellation", "enforcement action"
I, L, C = "imposed", "lifted", "continued"

WARNING_NOTICES = [
    ("Inspectors served Fenwick Lodge with a warning notice in March.", {(WN, I)}),
    ("A warning notice was issued to Hallam Grove Care Home over the safety of medicines.", {(WN, I)}),
    ("Hallam Grove Care Home was handed a warning notice demanding better oversight.", {(WN, I)}),
    ("The regulator has given Brackley Surgery a formal warning notice.", {(WN, I)}),
    ("Following the visit, two Section 29A warning notices were issued to Dunmere Health NHS Trust.", {(WN, I)}),
    ("Two warning notices issued to Fenwick Lodge\n\nInspectors found residents left without drinks.", {(WN, I)}),
    ("The CQC has now lifted the warning notice on Fenwick Lodge.", {(WN, L)}),
    ("We used our enforcement powers to serve a warning notice on the provider.", {(WN, I)}),
    ("Fenwick Lodge received a warning notice in the spring. Inspectors have since found the provider had met the notice.",
     {(WN, I), (WN, L)}),
    ("At the return visit, inspectors found the requirements of the warning notice issued in January had been met.",
     {(WN, I), (WN, L)}),
    ("Dunmere Health NHS Trust has complied with the section 29A warning notice served last year.", {(WN, I), (WN, L)}),
    ("CQC issues warning notice to Dunmere Health NHS Trust", {(WN, I)}),
    ("Care home hit with warning notice", {(WN, I)}),
    ("Bramble Court was slapped with a warning notice by inspectors.", {(WN, I)}),
    ("Inspectors found the warning notice had not been met and took further steps.", {(WN, I)}),
]

SPECIAL_MEASURES = [
    ("Hollybank Surgery has been placed into special measures.", {(SM, I)}),
    ("Hollybank Surgery plunged into special measures", {(SM, I)}),
    ("The regulator put Hollybank Surgery in special measures after rating it inadequate.", {(SM, I)}),
    ("Hollybank Surgery went into special measures in May.", {(SM, I)}),
    ("Hollybank Surgery has dropped back into special measures.", {(SM, I)}),
    ("Rated inadequate and placed in special measures: Hollybank Surgery.", {(SM, I)}),
    ("Dunmere Health NHS Trust entered special measures in 2021.", {(SM, I)}),
    ("Hospital trust recommended for special measures", {(SM, I)}),
    ("The practice was forced into special measures.", {(SM, I)}),
    ("Inspectors recommended that Dunmere Health NHS Trust be placed in special measures.", {(SM, I)}),
    ("The chief inspector has recommended special measures for Dunmere Health NHS Trust.", {(SM, I)}),
    ("Hollybank Surgery has come out of special measures.", {(SM, L)}),
    ("Hollybank Surgery has exited special measures after a year of work.", {(SM, L)}),
    ("Hollybank Surgery is no longer in special measures.", {(SM, L)}),
    ("Special measures lifted at Hollybank Surgery", {(SM, L)}),
    ("Dunmere Health NHS Trust was lifted out of special measures on Tuesday.", {(SM, L)}),
    ("The CQC has taken Dunmere Health NHS Trust out of special measures.", {(SM, L)}),
    ("Dunmere Health NHS Trust, which entered special measures in 2019, has now left them.", {(SM, I), (SM, L)}),
    ("Dunmere Health NHS Trust was placed in special measures in 2016 and came out in 2018.", {(SM, I), (SM, L)}),
    ("Hollybank Surgery has been placed in special measures for the second time.", {(SM, I)}),
    ("Dunmere Health NHS Trust was moved into special measures last spring.", {(SM, I)}),
    ("Both homes were placed in special measures.", {(SM, I)}),
    ("Hollybank Surgery remains in special measures.", {(SM, C)}),
    ("Special measures at Hollybank Surgery have been extended for another six months.", {(SM, C)}),
    ("Hollybank Surgery will stay in special measures.", {(SM, C)}),
    ("Dunmere Health NHS Trust has been in special measures since 2020.", {(SM, C)}),
    ("Dunmere Health NHS Trust, in special measures since June 2022, was inspected again in May.", {(SM, C)}),
    ("Hollybank Surgery was kept in special measures after the latest visit.", {(SM, C)}),
    ("Dunmere Health NHS Trust is still in special measures, two years on.", {(SM, C)}),
]

CONDITIONS = [
    ("Conditions have been placed on the registration of Ashgrove Care Ltd.", {(CO, I)}),
    ("The regulator imposed conditions on Ashgrove Care Ltd's registration.", {(CO, I)}),
    ("Ashgrove House has been banned from admitting new residents.", {(CO, I)}),
    ("Admissions to Ashgrove House have been suspended by the CQC.", {(CO, I)}),
    ("New admissions at Ashgrove House were halted after the inspection.", {(CO, I)}),
    ("Ashgrove House is no longer allowed to take new admissions.", {(CO, I)}),
    ("The CQC placed a restriction on admissions at Ashgrove House.", {(CO, I)}),
    ("An embargo on admissions at Ashgrove House remains in place.", {(CO, C)}),
    ("The restriction on admissions at Ashgrove House was lifted in June.", {(CO, L)}),
    ("The CQC has removed the conditions on Ashgrove Care Ltd's registration.", {(CO, L)}),
    ("The CQC has acted to restrict admissions at Ashgrove House.", {(CO, I)}),
]

SUSPENSION_CANCELLATION = [
    ("The CQC suspended the registration of Pinecroft Dental Care for three months.", {(SU, I)}),
    ("Pinecroft Dental Care's registration has been suspended.", {(SU, I)}),
    ("Pinecroft Dental Care has had its registration suspended.", {(SU, I)}),
    ("Brightwell Homecare has had its registration cancelled.", {(CA, I)}),
    ("The suspension of Pinecroft Dental Care's registration has been lifted.", {(SU, L)}),
    ("Pinecroft Dental Care was inspected in May. The CQC has urgently suspended the practice.", {(SU, I)}),
    ("Pinecroft Dental Care was suspended by the regulator in June.", {(SU, I)}),
    ("The practice's registration remains suspended.", {(SU, C)}),
    ("The CQC has cancelled the registration of Brightwell Homecare.", {(CA, I)}),
    ("Brightwell Homecare's appeal against the cancellation of its registration was dismissed by a tribunal.", {(CA, I)}),
    ("Brightwell Homecare has been deregistered by the regulator.", {(CA, I)}),
    ("Brightwell Homecare's registration was cancelled after it failed to improve.", {(CA, I)}),
    ("The regulator issued a notice of decision to cancel the registration of Brightwell Homecare.", {(CA, I)}),
]

COURT = [
    ("Brightwell Homecare Ltd was ordered to pay a fine of £40,000 at Kelby Crown Court.", {(FI, I), (PR, I)}),
    ("The CQC successfully prosecuted Brightwell Homecare Ltd.", {(PR, I)}),
    ("Magistrates fined the provider £12,000 and ordered it to pay costs of £3,500.", {(FI, I), (PR, I)}),
    ("Brightwell Homecare Ltd admitted breaching safe care rules and was fined £80,000.", {(FI, I), (PR, I)}),
    ("The care company was handed a £60,000 fine by the court.", {(FI, I), (PR, I)}),
    ("Brightwell Homecare Ltd was found guilty of failing to provide safe care.", {(PR, I)}),
    ("Care firm fined £25,000 after resident's fall", {(FI, I), (PR, I)}),
    ("A judge fined Brightwell Homecare Ltd £30,000 at Kelby Crown Court on Friday.", {(FI, I), (PR, I)}),
]

OTHER_KINDS = [
    ("Enforcement action taken:\n- Warning notice served under Section 29A\n- Conditions imposed on registration", {(WN, I), (CO, I)}),
    ("The trust was issued with a section 29A notice in October requiring significant improvements.", {(WN, I)}),
    ("The CQC has also served the trust with an urgent notice under Section 31 of the Health and Social Care Act.", {(EA, I)}),
    ("The company was ordered to pay £14,000 in fines and costs.", {(FI, I), (PR, I)}),
    ("A £7,500 fine was imposed on Bramble Homes Ltd.", {(FI, I), (PR, I)}),
    ("Bramble Homes Ltd, which pleaded guilty, was fined £9,000.", {(FI, I), (PR, I)}),
    ("The CQC brought a successful prosecution against Bramble Homes Ltd.", {(PR, I)}),
    ("The trust remains subject to the conditions imposed in 2022.", {(CO, C)}),
    ("Bramble Court has had conditions on its registration since 2022.", {(CO, C)}),
    ("The CQC imposed conditions on Bramble Court's registration in 2022. The conditions were lifted in March after inspectors "
     "found improvements.", {(CO, I), (CO, L)}),
    ("The CQC took the unusual step of cancelling the home's registration.", {(CA, I)}),
    ("Bramble Court is now out of special measures after being rated good.", {(SM, L)}),
    ("The trust has been in special measures for two years.", {(SM, C)}),
    ("The practice was in special measures between 2017 and 2019.", {(SM, I), (SM, L)}),
    ("The CQC took enforcement action against Brightwell Homecare.", {(EA, I)}),
    ("We have taken urgent enforcement action to protect people using the service.", {(EA, I)}),
    ("The CQC issued six requirement notices for breaches of regulations.", {(RN, I)}),
    ("Four GP practices run by Harbourside Medical Group have been placed in special measures.", {(SM, I)}),
]

NOTHING = [
    "No enforcement action was taken against Fenwick Lodge.",
    "The CQC said it could take further action if standards slip.",
    "The CQC is considering enforcement action against Fenwick Lodge.",
    "The CQC served a notice of proposal to cancel the registration of Fenwick Lodge.",
    "We will report on any action we take when legal processes have concluded.",
    "Services placed in special measures will be inspected again within six months.",
    "The purpose of special measures is to make sure providers improve quickly.",
    "Find out more about special measures on our website.",
    "Hollybank Surgery was warned it may be placed in special measures.",
    "If we do not see improvement we will take action to cancel the provider's registration.",
    "Hollybank Surgery narrowly avoided special measures.",
    "A nurse at Fenwick Lodge was suspended while the allegations were looked into.",
    "Hollybank Surgery was told to make urgent improvements to its infection control.",
    "Hollybank Surgery has never been in special measures.",
    "The trust faces being put into special measures.",
    "Brightwell Homecare has appealed against the decision to cancel its registration.",
    "Had the home not improved, it would have been placed in special measures.",
    "The CQC stopped short of placing the trust in special measures.",
    "The trust narrowly escaped special measures.",
    "None of the trust's hospitals were placed in special measures.",
    "There was no need for enforcement action.",
    "The CQC decided against enforcement action.",
    "The report was published without any enforcement action.",
    "One dentist asked to have his registration cancelled after the inspection.",
    "Pinecroft Dental Care has suspended the practice's evening clinics while it recruits.",
]


# Session 7: neighbours of the rows above that failed on 830df57 (court verbs in the present tense and
# "following a prosecution", suspension "from providing care", "imposing"/"prohibited", a verb after a
# relative aside, a coordinated "and will ..." that is no threat to the action before it, labelled
# actions and bullet lists under a label, short headlines "<kind> for <subject>", "removal ... from").
MORE_ROWS = [
    ("CQC prosecutes care provider after resident suffers burns", {(PR, I)}),
    ("The prosecution of Larchfield Care Ltd followed a fall in which a resident broke her hip.", {(PR, I)}),
    ("Larchfield Care Ltd has been ordered to pay more than £90,000 following a CQC prosecution.", {(PR, I)}),
    ("The regulator has suspended Larch House from providing care.", {(SU, I)}),
    ("The CQC has issued an urgent notice of decision imposing conditions on the provider.", {(CO, I)}),
    ("The provider was prohibited from admitting new people.", {(CO, I)}),
    ("The provider paid a £4,000 fixed penalty.", {(FI, I)}),
    ("We have issued the provider with a warning notice and will check it has made the improvements.", {(WN, I)}),
    ("A section 29A warning notice, which requires the trust to make significant improvements, was served in April.", {(WN, I)}),
    ("Action we have taken: urgent conditions on registration", {(CO, I)}),
    ("Our enforcement: suspension of registration for eight weeks", {(SU, I)}),
    ("Enforcement action: warning notice", {(WN, I)}),
    ("Enforcement action\n- Warning notice\n- Conditions on registration", {(WN, I), (CO, I)}),
    ("Special measures for troubled trust", {(SM, I)}),
    ("Warning notice for Larch House", {(WN, I)}),
    ("£50,000 fine for care provider", {(FI, I), (PR, I)}),
    ("Care home's registration suspended", {(SU, I)}),
    ("Home care agency shut down by CQC", {(EA, I)}),
    ("The removal of the trust from special measures was announced today.", {(SM, L)}),
    ("The imposition of conditions followed a whistleblower's concerns.", {(CO, I)}),
    ("Special measures, which were imposed in 2019, have now been lifted.", {(SM, I), (SM, L)}),
    ("Conditions remain on the registration of Larch House.", {(CO, C)}),
    ("The CQC has taken urgent action to close the home.", {(EA, I)}),
    ("The CQC closed the home using its urgent powers.", {(EA, I)}),
    ("The CQC placed the trust in special measures in 2013 and took it out in 2016.", {(SM, I), (SM, L)}),
    ("Inspectors issued a warning notice over infection control in April, which the home has since met.", {(WN, I), (WN, L)}),
    ("Ashwell Care Ltd admitted failing to provide safe care when it appeared before Kelby Magistrates' Court.", {(PR, I)}),
    # neighbours that already passed
    ("A warning notice issued in April has now been met.", {(WN, I), (WN, L)}),
    ("The trust had special measures lifted in 2017.", {(SM, L)}),
    ("Larchfield Care Ltd was prosecuted and fined £8,000 for failing to safeguard residents.", {(FI, I), (PR, I)}),
    ("The CQC used its powers under section 31 of the Health and Social Care Act 2008 to impose conditions.", {(CO, I)}),
    ("The CQC has taken action to cancel the registration of Larch House, which has now closed.", {(CA, I)}),
    ("The trust's exit from special measures was confirmed on Friday.", {(SM, L)}),
    ("Trust to exit special measures", {(SM, L)}),
    ("Since the trust was placed in special measures in 2014, it has improved.", {(SM, I)}),
]

MORE_NOTHING = [
    "The CQC threatened to cancel the home's registration.",
    "The CQC is considering whether to prosecute.",
    "The home could be prosecuted.",
    "The home risks having its registration cancelled.",
    "The CQC may place the trust in special measures.",
    "The CQC has begun the process of cancelling the home's registration.",
    "Enforcement action: what we can do\nWe can issue warning notices, impose conditions or cancel registration.",
]


def _pairs(doc):
    return {(a["kind"], a["status"]) for a in doc._.cqc_actions}


ROWS = WARNING_NOTICES + SPECIAL_MEASURES + CONDITIONS + SUSPENSION_CANCELLATION + COURT + OTHER_KINDS + MORE_ROWS


@pytest.mark.parametrize("text,expected", ROWS)
def test_action_battery(pipeline, text, expected):
    assert _pairs(pipeline(text)) == expected


@pytest.mark.parametrize("text", NOTHING + MORE_NOTHING)
def test_action_battery_nothing(pipeline, text):
    assert _pairs(pipeline(text)) == set()


# text -> (kind, status, subject) items: a list of providers or locations at the head of the clause each undergo
# the action (a list in object position is left alone: on check it added a spurious item); an apposition is one subject
SUBJECTS = [
    ("Dunmere Health NHS Trust and Kelby Hospitals NHS Trust were placed in special measures.",
     {(SM, I, "Dunmere Health NHS Trust"), (SM, I, "Kelby Hospitals NHS Trust")}),
    ("Hollybank Surgery, Ashgrove Medical Centre and Pinecroft Surgery have all been placed in special measures.",
     {(SM, I, "Hollybank Surgery"), (SM, I, "Ashgrove Medical Centre"), (SM, I, "Pinecroft Surgery")}),
    ("Both Dunmere Health NHS Trust and Kelby Hospitals NHS Trust remain in special measures.",
     {(SM, C, "Dunmere Health NHS Trust"), (SM, C, "Kelby Hospitals NHS Trust")}),
    ("Kelby General Hospital, run by Dunmere Health NHS Trust, was placed in special measures.",
     {(SM, I, "Dunmere Health NHS Trust")}),
    # a role with a possessive at the clause head is an individual: its own items, subject null
    ("Bramble Homes Ltd was fined £30,000 after a resident died. The firm's director was fined £5,000.",
     {(FI, I, "Bramble Homes Ltd"), (PR, I, "Bramble Homes Ltd"), (FI, I, None), (PR, I, None)}),
    ("Bramble Homes Ltd was fined £30,000. The company's director, Ann Lowe, was also fined £4,000.",
     {(FI, I, "Bramble Homes Ltd"), (PR, I, "Bramble Homes Ltd"), (FI, I, None), (PR, I, None)}),
    ("Bramble Homes Ltd's managing director said the firm had been placed in special measures unfairly.",
     {(SM, I, "Bramble Homes Ltd")}),
    # a counted group whose members a list just after names: one item per member (session 7)
    ("Three struggling trusts placed in special measures a year ago should remain in special measures, the chief inspector "
     "has recommended.\n\nThe reports were published this week. They were Ashby Hospitals NHS Trust, Kelby Health NHS Trust "
     "and Orton Valley NHS Trust.",
     {(SM, I, "Ashby Hospitals NHS Trust"), (SM, I, "Kelby Health NHS Trust"), (SM, I, "Orton Valley NHS Trust"),
      (SM, C, "Ashby Hospitals NHS Trust"), (SM, C, "Kelby Health NHS Trust"), (SM, C, "Orton Valley NHS Trust")}),
    # a list of another size names other organisations
    ("Three trusts were placed in special measures. Ashby Hospitals NHS Trust and Kelby Health NHS Trust were rated good.",
     {(SM, I, None)}),
]


@pytest.mark.parametrize("text,expected", SUBJECTS)
def test_action_battery_subjects(pipeline, text, expected):
    assert {(a["kind"], a["status"], a["subject"]) for a in pipeline(text)._.cqc_actions} == expected


# text -> number of items: a count in an earlier clause with its own doer ("at both hospitals took place and the CQC
# has issued ...") is not the subject of the action (session 7; on 830df57 the row gave one item per hospital)
COUNTS = [
    ("Maternity care at Kelby General Hospital has been rated inadequate, and Orton Hospital now requires improvement.\n"
     "An inspection of maternity services at both hospitals took place in February and the CQC has issued a warning notice "
     "to focus the trust's attention \"on rapidly making the necessary improvements\" at Kelby.", 1),
    ("Kelby General Hospital and Orton Hospital were inspected in May. Both hospitals were served with warning notices.", 2),
]


@pytest.mark.parametrize("text,count", COUNTS)
def test_action_battery_counts(pipeline, text, count):
    assert len(pipeline(text)._.cqc_actions) == count
