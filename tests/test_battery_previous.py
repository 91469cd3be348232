"""Battery: previous ratings and change (issue 14), in new words with invented names.

Every way a page says what the last rating was and whether it went up, down or
stayed: from/to values, verbs of movement, "previously rated", "at its last
inspection", "remains"/"retains"/"keeps", "previous ratings remain in place",
"the same as", the previous rating in the sentence or paragraph before or after,
label lines and tables, several past inspections, and near-misses where a past
rating, a date or another organisation must not become (or fill) the current item.

Each row: text -> the set of (subject, service, domain, rating, previous, change).
"""

import pytest

RI = "requires improvement"
H = "Thornbury Care Home"
P = "Pellow Hospital"
S = "Ashvale Surgery"

ROWS = {
    # -- from X to Y, one sentence, the verb varied --------------------------------
    "moved from to": (f"{H} has moved from requires improvement to good.", {(H, None, "overall", "good", RI, "improved")}),
    "climbed from to": (f"The rating for {P} climbed from inadequate to requires improvement.",
                        {(P, None, "overall", RI, "inadequate", "improved")}),
    "active upgraded from to": (f"Inspectors upgraded {S} from 'requires improvement' to 'good'.",
                                {(S, None, "overall", "good", RI, "improved")}),
    "slipped from to": (f"{H} slipped from good to requires improvement after the visit in May.",
                        {(H, None, "overall", RI, "good", "declined")}),
    "jumped two grades": (f"{H} jumped two grades, from inadequate to good.", {(H, None, "overall", "good", "inadequate", "improved")}),
    "gone from to": (f"{S}'s rating has gone from inadequate to good in just over a year.",
                     {(S, None, "overall", "good", "inadequate", "improved")}),
    "arrow": (f"{H}: requires improvement -> good", {(H, None, "overall", "good", RI, "improved")}),
    "from to for key questions": (f"{H} improved from requires improvement to good for safe and well-led.",
                                  {(H, None, d, "good", RI, "improved") for d in ("safe", "well-led")}),
    # -- "up from", "down from", previous after the result ----------------------------
    "up from": (f"{S} is now rated good, up from requires improvement.", {(S, None, "overall", "good", RI, "improved")}),
    "down from": (f"{S} has been rated inadequate, down from good.", {(S, None, "overall", "inadequate", "good", "declined")}),
    "up from at last inspection": (f"{H} was rated outstanding, up from good at its last inspection.",
                                   {(H, None, "overall", "outstanding", "good", "improved")}),
    "brackets previously": (f"{H} has been rated good (previously requires improvement).", {(H, None, "overall", "good", RI, "improved")}),
    "brackets was": (f"{P} was rated requires improvement (it was good in 2019).", {(P, None, "overall", RI, "good", "declined")}),
    "improvement on previous rating": (f"{H} was rated good. This is an improvement on its previous rating of requires improvement.",
                                       {(H, None, "overall", "good", RI, "improved")}),
    "improvement from": (f"{H} has been rated outstanding, an improvement from good.",
                         {(H, None, "overall", "outstanding", "good", "improved")}),
    "compared with": (f"{S} received a rating of good, compared with requires improvement at its previous inspection.",
                      {(S, None, "overall", "good", RI, "improved")}),
    # -- previously / had been, before the result ------------------------------------
    "previously rated apposition": (f"{H}, previously rated inadequate, is now rated good.", {(H, None, "overall", "good", "inadequate", "improved")}),
    "which had been rated": (f"{H}, which had been rated requires improvement, is now good.", {(H, None, "overall", "good", RI, "improved")}),
    "having previously been": (f"{H} has been given a good rating, having previously been rated requires improvement.",
                               {(H, None, "overall", "good", RI, "improved")}),
    "having been judged at last": (f"{S} was judged good, having been judged inadequate at its last inspection in March.",
                                   {(S, None, "overall", "good", "inadequate", "improved")}),
    "fronted dated participle": (f"Rated requires improvement in 2021, {H} is now good.", {(H, None, "overall", "good", RI, "improved")}),
    "which was rated in year": (f"{H}, which was rated inadequate in 2021, has been rated good.",
                                {(H, None, "overall", "good", "inadequate", "improved")}),
    "following an inadequate inspection": (f"{H} has been rated good following an inadequate inspection in 2019.",
                                           {(H, None, "overall", "good", "inadequate", "improved")}),
    "following a rating in year, fronted": (f"Following an inadequate rating in 2022, {H} has been rated good.",
                                            {(H, None, "overall", "good", "inadequate", "improved")}),
    "after being rated last year": (f"{S} has been rated requires improvement, a year after it was rated inadequate.",
                                    {(S, None, "overall", RI, "inadequate", "improved")}),
    "special measures after rating": (f"{H} has been rated good, after being placed in special measures following an inadequate rating last year.",
                                      {(H, None, "overall", "good", "inadequate", "improved")}),
    # -- previous in the sentence or paragraph before / after ------------------------
    "next sentence previously": (f"{H} has been rated good. It was previously rated requires improvement.",
                                 {(H, None, "overall", "good", RI, "improved")}),
    "next sentence last inspection dated": (f"{H} has been rated good. At its last inspection in March 2022 it was rated inadequate.",
                                            {(H, None, "overall", "good", "inadequate", "improved")}),
    "sentence before, last inspection": (f"At its last inspection in 2021, {H} was rated inadequate. Inspectors have now rated it good.",
                                         {(H, None, "overall", "good", "inadequate", "improved")}),
    "last inspected when": (f"{H} was last inspected in 2019, when it was rated requires improvement. It has now been rated good.",
                            {(H, None, "overall", "good", RI, "improved")}),
    "next paragraph the home was previously": (f"{H} has been rated requires improvement.\n\nThe home was previously rated inadequate and was placed in special measures.",
                                               {(H, None, "overall", RI, "inadequate", "improved")}),
    "headline then previous inspection": (f"Care home climbs to good\n\n{H} has been rated good by the Care Quality Commission.\n\n"
                                          f"At the previous inspection in 2022, the home was rated requires improvement.",
                                          {(H, None, "overall", "good", RI, "improved")}),
    "had been rated next sentence": (f"Inspectors found {S} had improved and rated it good. It had been rated inadequate in 2022.",
                                     {(S, None, "overall", "good", "inadequate", "improved")}),
    "placed in special measures sentence before": (f"{H} was rated inadequate and placed in special measures in 2022. It is now rated good.",
                                                   {(H, None, "overall", "good", "inadequate", "improved")}),
    # -- several past inspections: the latest before now -----------------------------
    "two past then now": (f"{H} was rated inadequate in 2018 and requires improvement in 2021. It is now rated good.",
                          {(H, None, "overall", "good", RI, "improved")}),
    "now then two past": (f"{H} was rated good. It had been rated requires improvement in 2021 and inadequate in 2019.",
                          {(H, None, "overall", "good", RI, "improved")}),
    # -- unchanged ------------------------------------------------------------------
    "remains": (f"{H} remains rated good.", {(H, None, "overall", "good", "good", "unchanged")}),
    "retained its rating": (f"{H} has retained its outstanding rating.", {(H, None, "overall", "outstanding", "outstanding", "unchanged")}),
    "keeps its rating": (f"{S} keeps its good rating after the latest inspection.", {(S, None, "overall", "good", "good", "unchanged")}),
    "maintained rating of": (f"{H} has maintained its rating of good.", {(H, None, "overall", "good", "good", "unchanged")}),
    "again": (f"{H} has again been rated requires improvement.", {(H, None, "overall", RI, RI, "unchanged")}),
    "still": (f"{P} is still rated inadequate.", {(P, None, "overall", "inadequate", "inadequate", "unchanged")}),
    "same as at last inspection": (f"{H} was rated good, the same as at its last inspection.", {(H, None, "overall", "good", "good", "unchanged")}),
    "same rating it received in": (f"{P} was rated requires improvement overall, the same rating it received in 2019.",
                                   {(P, None, "overall", RI, RI, "unchanged")}),
    "stayed the same": (f"{S}'s rating of good stayed the same.", {(S, None, "overall", "good", "good", "unchanged")}),
    "previous ratings remain in place": (
        f"{P} was rated good for safe and requires improvement for well-led. "
        f"Previous ratings of good for effective, caring and responsive remain in place.",
        {(P, None, "safe", "good", None, None), (P, None, "well-led", RI, None, None)}
        | {(P, None, d, "good", "good", "unchanged") for d in ("effective", "caring", "responsive")},
    ),
    "previous rating remains": (f"{S} was not rated this time. Its previous rating of good remains.",
                                {(S, None, "overall", "good", "good", "unchanged")}),
    # -- direction only (no previous value) -------------------------------------------
    "upgraded to": (f"{H} was upgraded to good.", {(H, None, "overall", "good", None, "improved")}),
    "downgraded to": (f"{H} has been downgraded to inadequate.", {(H, None, "overall", "inadequate", None, "declined")}),
    "dropped to": (f"The rating for {P} has dropped to requires improvement.", {(P, None, "overall", RI, None, "declined")}),
    "improved its rating to": (f"{S} has improved its rating to good.", {(S, None, "overall", "good", None, "improved")}),
    "out of special measures": (f"{H} has come out of special measures and is now rated requires improvement.",
                                {(H, None, "overall", RI, None, None)}),
    # -- services and key questions ---------------------------------------------------
    "service up from": (f"Maternity services at {P} were rated good, up from requires improvement.",
                        {(P, "maternity", "overall", "good", RI, "improved")}),
    "two services two moves": (f"At {P}, maternity moved up from requires improvement to good, while surgery fell from good to requires improvement.",
                               {(P, "maternity", "overall", "good", RI, "improved"), (P, "surgery", "overall", RI, "good", "declined")}),
    "key question previously rated": (f"{H} is now rated good for safe, which was previously rated inadequate.",
                                      {(H, None, "safe", "good", "inadequate", "improved")}),
    # -- lines and tables ---------------------------------------------------------------
    "label lines previous rating": (f"{H}\nOverall rating: Good\nPrevious rating: Requires improvement",
                                    {(H, None, "overall", "good", RI, "improved")}),
    "label lines previously in brackets": (f"{H} inspection results\nSafe: Good (previously inadequate)\nWell-led: Good (previously requires improvement)",
                                           {(H, None, "safe", "good", "inadequate", "improved"), (H, None, "well-led", "good", RI, "improved")}),
    # -- an older rating stated before the current one must not take its place ----------
    "special measures following an inadequate inspection": (
        f"{H}, which was placed in special measures following an inadequate inspection in 2019, is now rated good.",
        {(H, None, "overall", "good", "inadequate", "improved")}),
    "fronted following, returned and rated it": (
        f"Following an inadequate inspection in 2019, {H} was placed in special measures. Inspectors returned in March and rated it good.",
        {(H, None, "overall", "good", "inadequate", "improved")}),
    "dated then but after an inspection": (
        f"{H} was rated inadequate in January 2023 and placed into special measures. "
        f"But after an inspection in August, the home was rated requires improvement.",
        {(H, None, "overall", RI, "inadequate", "improved")}),
    "had rated, active past perfect": (f"{S} has been rated good. The CQC had rated the practice inadequate in 2020.",
                                       {(S, None, "overall", "good", "inadequate", "improved")}),
    "since being rated": (f"{H} has been rated good. The home had been in special measures since being rated inadequate in 2021.",
                          {(H, None, "overall", "good", "inadequate", "improved")}),
    "rise since it was rated": (f"{H} has been rated good, a rise of two grades since it was rated inadequate.",
                                {(H, None, "overall", "good", "inadequate", "improved")}),
    "when last visited in year, they rated it": (f"{P} has been rated outstanding. When inspectors last visited in 2016, they rated it good.",
                                                 {(P, None, "overall", "outstanding", "good", "improved")}),
    "last report published in year": (f"{H} has been rated good. In its last report, published in 2021, the home was rated inadequate.",
                                      {(H, None, "overall", "good", "inadequate", "improved")}),
    "same rating as in year": (f"{H} was rated good, the same rating as in 2021.", {(H, None, "overall", "good", "good", "unchanged")}),
    "history of the hospital fills the trust": (
        f"Kingsmere Healthcare NHS Trust is now rated requires improvement overall. Inspectors had rated {P} inadequate in 2019.",
        {("Kingsmere Healthcare NHS Trust", None, "overall", RI, "inadequate", "improved")}),
    "history of the hospital, undated headline": (
        f"Hospital to leave special measures two years after it was rated inadequate\n\nKingsmere Healthcare NHS Trust is now rated requires improvement overall.",
        {("Kingsmere Healthcare NHS Trust", None, "overall", RI, "inadequate", "improved")}),
    # -- a report's "Our rating of ... improved. We rated it as ..." ----------------------
    "our rating improved, we rated it": (f"Our rating of {H} improved. We rated it as good.", {(H, None, "overall", "good", None, "improved")}),
    "our rating went down, we rated": (f"{H}\n\nOur rating of this service went down. We rated it as requires improvement because:",
                                       {(H, None, "overall", RI, None, "declined")}),
    "our rating stayed the same": (f"Our rating of {H} stayed the same. We rated it as good.", {(H, None, "overall", "good", "good", "unchanged")}),
    # -- more layouts and phrasings ------------------------------------------------------
    "label line with previous in brackets": (f"{H}\nOverall rating: Good (previous rating: Inadequate)",
                                             {(H, None, "overall", "good", "inadequate", "improved")}),
    "label line, previously after comma": (f"{H}\nRating: Good, previously Requires improvement",
                                           {(H, None, "overall", "good", RI, "improved")}),
    "bullets with previous in brackets": (
        f"{H} inspection\n• Safe: requires improvement (previously inadequate)\n• Well-led: good (was requires improvement)",
        {(H, None, "safe", RI, "inadequate", "improved"), (H, None, "well-led", "good", RI, "improved")}),
    "ratings for key questions went up from to": (f"At {P}, ratings for safe and well-led went up from requires improvement to good.",
                                                  {(P, None, d, "good", RI, "improved") for d in ("safe", "well-led")}),
    "upgraded by one rating": (f"{H} has been upgraded by one rating to good.", {(H, None, "overall", "good", None, "improved")}),
    "downgraded two levels": (f"{H} was downgraded two levels to inadequate.", {(H, None, "overall", "inadequate", None, "declined")}),
    "at the previous two inspections": (f"{H}, which was rated requires improvement at the previous two inspections, is now rated good.",
                                        {(H, None, "overall", "good", RI, "improved")}),
    "last time but now": (f"{H} was rated requires improvement last time but is now good.", {(H, None, "overall", "good", RI, "improved")}),
    "judged to be when inspected in year": (f"{H} is now rated good. It was judged to be inadequate when inspected in 2021.",
                                            {(H, None, "overall", "good", "inadequate", "improved")}),
    "when it was last inspected": (f"{H} has been rated good. It was rated inadequate when it was last inspected.",
                                   {(H, None, "overall", "good", "inadequate", "improved")}),
    "at its previous assessment": (f"{H} has been rated good. It was rated inadequate at its previous assessment in 2022.",
                                   {(H, None, "overall", "good", "inadequate", "improved")}),
    "key question history with no current one": (f"{P} has been rated good. At the last inspection, safe was rated requires improvement.",
                                                 {(P, None, "overall", "good", None, None)}),
    "one improved while others stayed": (
        f"{H} has been rated requires improvement overall. Safe improved from inadequate to requires improvement, "
        f"while effective, caring and responsive stayed good.",
        {(H, None, "overall", RI, None, None), (H, None, "safe", RI, "inadequate", "improved")}
        | {(H, None, d, "good", "good", "unchanged") for d in ("effective", "caring", "responsive")}),
    "as it was in year": (f"{P} was rated good for caring, as it was in 2019.", {(P, None, "caring", "good", "good", "unchanged")}),
    "in both years": (f"{H}, which was rated requires improvement in both 2019 and 2021, has now been rated good.",
                      {(H, None, "overall", "good", RI, "improved")}),
    "two past, latest first": (f"{H} has been rated good. In 2021 it was rated requires improvement, and in 2019 inadequate.",
                               {(H, None, "overall", "good", RI, "improved")}),
    "had been rated since year": (f"Kingsmere Healthcare NHS Trust has been rated good. The trust had been rated requires improvement since 2018.",
                                  {("Kingsmere Healthcare NHS Trust", None, "overall", "good", RI, "improved")}),
    "up grades since last inspection when": (
        f"{H} has been rated outstanding, up two grades since its last inspection in 2022 when it was rated requires improvement.",
        {(H, None, "overall", "outstanding", RI, "improved")}),
    "improving to, special measures aside": (f"{H} remains in special measures despite improving to requires improvement.",
                                             {(H, None, "overall", RI, None, "improved")}),
    # -- a simple past beside a present perfect: the past one is history -----------------
    "was rated, then has been rated": (
        f"{H} was rated inadequate and placed in special measures. Following a new inspection, the home has been rated good.",
        {(H, None, "overall", "good", "inadequate", "improved")}),
    "was found to be, then has been rated": (f"{H} was found to be inadequate. It has been rated requires improvement.",
                                             {(H, None, "overall", RI, "inadequate", "improved")}),
    "once rated": (f"Once rated inadequate, {H} is now good.", {(H, None, "overall", "good", "inadequate", "improved")}),
    "headline which was X is now Y": (
        f"Care home which was inadequate is now good\n\n{H} has been rated good by the CQC. "
        f"The home was placed in special measures after it was rated inadequate in 2021.",
        {(H, None, "overall", "good", "inadequate", "improved")}),
    "received a rating in year, then has been rated": (f"{H}, which received an inadequate rating in 2022, has been rated good.",
                                                       {(H, None, "overall", "good", "inadequate", "improved")}),
    "participle with the inspection's date": (
        f"Maternity services at {P}, rated inadequate following an inspection in 2022, have now been rated requires improvement.",
        {(P, "maternity", "overall", RI, "inadequate", "improved")}),
    "described subject before it is named": (
        f"The trust was rated requires improvement. Kingsmere Healthcare NHS Trust has been rated good after an inspection in May.",
        {("Kingsmere Healthcare NHS Trust", None, "overall", "good", RI, "improved")}),
    "another event's date before a present perfect": (
        f"A care home put into special measures last year has been rated requires improvement.\n\n"
        f"Inspectors had found {H} unsafe. The home was rated inadequate and placed in special measures.",
        {(H, None, "overall", RI, "inadequate", "improved")}),
    # -- near-misses: history must not become (or fill) the current item ----------------
    "history only, no current": (f"{H}, which was rated inadequate in 2019, has been fined for failing to protect residents.", set()),
    "other organisation's history": (f"{H} was rated good. Nearby Pellow Care Home was rated inadequate last year.",
                                     {(H, None, "overall", "good", None, None)}),
    "opened in year": (f"{H}, which opened in 2019, has been rated good.", {(H, None, "overall", "good", None, None)}),
    "report published in": (f"{H} was rated good in a report published in June 2024.", {(H, None, "overall", "good", None, None)}),
    "scale definition": (f"Ratings run from outstanding to inadequate. {H} was rated good.", {(H, None, "overall", "good", None, None)}),
    "never rated": (f"{H} has never been rated inadequate and is now rated good.", {(H, None, "overall", "good", None, None)}),
    "special measures after being rated: the result": (f"{H} has been placed in special measures after being rated inadequate by inspectors.",
                                                        {(H, None, "overall", "inadequate", None, None)}),
    "history of another home of the same kind": (f"{H} was rated good. {S} was rated inadequate in 2019.",
                                                  {(H, None, "overall", "good", None, None)}),
    "hope for next": (f"{H} was rated good and hopes to move up to outstanding at its next inspection.",
                      {(H, None, "overall", "good", None, None)}),
}

CASES = list(ROWS.items())


def _items(nlp, text):
    return {
        (r["subject"], r["service"], r["domain"], r["rating"], r["previous"], r["change"])
        for r in nlp(text)._.cqc_record["ratings"]
    }


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_previous_and_change(nlp_fast, case):
    _, (text, expected) = case
    assert _items(nlp_fast, text) == expected
