"""Battery layout16: the same words in another typography or layout (issue 14, session 16).

The rules were written on pages whose typography and layout were those of the sites of the tune set.
Perturbed copies of the tune pages (docs/accuracy.md, thirteenth round, "typography and layout")
showed which differences of format alone changed the records. Families:
- non-breaking (and other Unicode) spaces between words, after "£", before a rating word: one
  character the tokenizer did not split on, so every pattern written with a space missed;
- hard-wrapped text (e-mail, PDF text): a line break every ~70 characters, inside names and rating
  phrases, where the rules take a line break for the end of a heading or a table row; near-misses:
  a page of short lines (a ratings table, a list) is not wrapped, and a line that starts a list item
  is never a wrap's continuation;
- a space after the pound sign ("£ 16.9m", "a £ 634 fine");
- a dash closed up after a question mark or a bracket ("Are services safe?—Good"), one token with
  the rating word before;
- speech in straight single quotes ("said: 'We are ..."), as sites without curly quotes write it;
  near-misses: a rating word in single quotes ('Good') is a label, and an apostrophe is no quote;
- markdown marks ("## Heading", "rated **good**") from an HTML-to-markdown scraper; near-miss: a
  list's "* " markers;
- headings in capitals (every word looked like a name's) and rating words in capitals ("rated GOOD",
  "WELL-LED" read as a name "LED"); near-misses: a name on a line of its own in capitals, an acronym.
Each row: text -> what the record holds of one field (ratings as (subject, service, domain, rating,
previous, change); organisations as names; investments as amounts; people as {name: quoted};
actions as (kind, status)). Names and wording are invented; nothing is copied from any corpus.
Fast profile.
"""

import pytest

from conftest import family_cases
from test_battery_prose_previous import block

RI = "requires improvement"
NB = "\u00a0"
H = "Brackenfold Lodge"
G = "Quenby Wharf Surgery"
T = "Ashmere Vale NHS Trust"
FIVE = ("safe", "effective", "caring", "responsive", "well-led")


def wrap(text: str, width: int = 68) -> str:
    """Hard wrapping as a mail program does it (words never broken; paragraphs by blank lines)."""
    import textwrap

    return "\n\n".join(textwrap.fill(p, width, break_on_hyphens=False) for p in text.split("\n\n"))


def _project(record: dict, field: str):
    if field == "ratings":
        return {(r["subject"], r["service"], r["domain"], r["rating"], r["previous"], r["change"]) for r in record["ratings"]}
    if field == "organisations":
        return {o["name"] for o in record["organisations"]}
    if field == "investments":
        return sorted(float(i["amount_gbp"]) for i in record["investments"])
    if field == "people":
        return {p["name"]: p["quoted"] for p in record["people"]}
    if field == "actions":
        return {(a["kind"], a["status"]) for a in record["actions"]}
    raise ValueError(field)


FAMILIES = {
    "non-breaking spaces between words, after '£', before a rating word": [
        (f"{H} in Tollerby has been rated{NB}good by the Care Quality Commission.", "ratings",
         block(H, ("overall", "good"))),
        (f"Inspectors rated {G} as requires{NB}improvement overall and inadequate{NB}for{NB}safe.", "ratings",
         block(G, ("overall", RI), ("safe", "inadequate"))),
        (f"The{NB}Care{NB}Quality{NB}Commission has rated {H.replace(' ', NB)} outstanding, up from good.", "ratings",
         block(H, ("overall", "outstanding", "good"))),
        (f"{T} will spend £{NB}4.2m on a new endoscopy suite at its main hospital.", "investments", [4200000.0]),
        (f"A new £7.5{NB}million day surgery unit will open at {T} next spring.", "investments", [7500000.0]),
    ],
    "hard-wrapped text": [
        (wrap(f"Following an inspection in March, the Care Quality Commission has rated {H}, a "
              "residential home for older people in Pollerton, as requires improvement overall and "
              "inadequate for being well-led. The home was previously rated good."), "ratings",
         block(H, ("overall", RI, "good"), ("well-led", "inadequate"))),
        (wrap(f"The practice manager at the surgery said the staff had worked very hard: {G} is now "
              "rated outstanding for being caring and responsive, the inspectors found in their report."),
         "ratings", block(G, ("caring", "outstanding"), ("responsive", "outstanding"))),
        (wrap(f"Patients and staff at the hospital run by the organisation that the inspectors call {T} "
              "will benefit from a new £12m emergency department which opens in the spring of next year."),
         "investments", [12000000.0]),
        # near-miss: a page of short lines (a ratings panel) is no wrapped text: one row per line
        (f"{G}\n\nSafe: Good\nEffective: Good\nCaring: Outstanding\nResponsive: Good\nWell-led: Requires improvement\n",
         "ratings", block(G, ("safe", "good"), ("effective", "good"), ("caring", "outstanding"),
                          ("responsive", "good"), ("well-led", RI))),
        # near-miss: list items under a wrapped paragraph stay items of their own
        (wrap("We carried out an announced inspection of the practice in May and looked at how the "
              f"service was run. {G} is rated requires improvement overall.") +
         "\n\n- Safe: Requires improvement\n- Effective: Good\n- Caring: Good\n",
         "ratings", block(G, ("overall", RI), ("safe", RI), ("effective", "good"), ("caring", "good"))),
    ],
    "a space after the pound sign": [
        (f"{T} has been given £ 3.5m to build a new maternity unit at its hospital.", "investments", [3500000.0]),
        ("The court ordered the registered manager to pay £ 1,250 - made up of a £ 900 fine and £ 350 costs.",
         "actions", {("fine", "imposed"), ("prosecution", "imposed")}),
        # near-miss: a pound sign with no figure after it is no amount
        (f"{T} said the £ sign on its price list had been misprinted.", "investments", []),
    ],
    "a dash closed up after a question mark or a bracket": [
        (f"{G}\n\nAre services safe?—Requires improvement\nAre services effective?—Good\nAre services caring?—Good\n",
         "ratings", block(G, ("safe", RI), ("effective", "good"), ("caring", "good"))),
        (f"{G}\n\nIs the service well-led?—Inadequate\nIs the service responsive?–Good\n",
         "ratings", block(G, ("well-led", "inadequate"), ("responsive", "good"))),
        # near-miss: a dash between words is untouched
        (f"{H} – a home for 30 people – has been rated good.", "ratings", block(H, ("overall", "good"))),
    ],
    "speech in straight single quotes": [
        (f"Mina Okafor, the manager of {H}, said: 'We are so proud of the whole team and what they have done.'",
         "people", {"Mina Okafor": True}),
        (f"Inspector Rhys Talbot said that 'people living at the home should expect far better care than this'.",
         "people", {"Rhys Talbot": True}),
        # near-misses: a rating word in single quotes is a label; an apostrophe is no quote
        (f"Mina Okafor, who manages {H}, told the paper the home was rated 'Good' by the inspectors in May.",
         "people", {"Mina Okafor": False}),
        (f"Rhys Talbot, the home's manager, thanked the staff for the rating of 'Requires Improvement'.",
         "people", {"Rhys Talbot": False}),
    ],
    "markdown marks from an HTML-to-markdown scraper": [
        (f"# {H} rated good\n\n{H} has been rated **good** overall and **outstanding** for caring by the CQC.",
         "ratings", block(H, ("overall", "good"), ("caring", "outstanding"))),
        (f"## Inspection result\n\nInspectors rated {G} __requires improvement__ for being safe and good for "
         "being effective.", "ratings", block(G, ("safe", RI), ("effective", "good"))),
        # near-miss: a list's "* " markers are bullets, and an asterisk alone is no emphasis
        (f"{G}\n\n* Safe: Good\n* Caring: Outstanding\n", "ratings",
         block(G, ("safe", "good"), ("caring", "outstanding"))),
    ],
    "headings and rating words in capitals": [
        (f"WATCHDOG FINDS IMPROVEMENTS AT {H.upper()}\n\n{H} in Pollerton has been rated good, up from "
         "requires improvement.", "organisations", {H}),
        (f"{G} has been rated GOOD overall, with SAFE and WELL-LED rated REQUIRES IMPROVEMENT.", "ratings",
         block(G, ("overall", "good"), ("safe", RI), ("well-led", RI))),
        # near-miss: a name on a line of its own in capitals stays a name (title case, not a sentence)
        (f"{H.upper()}, POLLERTON\n\nThe home was rated inadequate overall by the inspectors.", "ratings",
         block(H, ("overall", "inadequate"))),
        # near-miss: the acronyms of a headline in capitals are left as written
        (f"CQC RATES {T.upper()} GOOD\n\n{T} has been rated good by the CQC.", "organisations",
         {T, "CQC"}),
        # near-miss (review rev16): a name in capitals inside a sentence keeps its capitals, though its
        # first word is a key question's ("CARING"); only a run of rating words is capitalised
        (f"{H} in Pollerton, run by CARING WILLOWS LTD, was rated GOOD by the Care Quality Commission.",
         "organisations", {H, "CARING WILLOWS LTD", "Care Quality Commission"}),
    ],
}


@pytest.mark.parametrize("family,text,field,expected", family_cases(FAMILIES))
def test_layout16_battery(nlp_fast, family, text, field, expected):
    assert _project(nlp_fast(text)._.cqc_record, field) == expected


def test_layout16_evidence_is_the_given_text(nlp_fast):
    """The fold keeps offsets; evidence text is cut from the text given (non-breaking spaces, wraps, capitals
    and markdown marks kept), in one Doc and in the long-text path."""
    import cqc_extract
    from cqc_extract.chunking import extract_long

    text = (f"WATCHDOG RATES {H.upper()} GOOD\n\n{H.replace(' ', NB)} was rated **good** and will spend £{NB}2m on a "
            "new garden room.\n\n" + wrap(f"Mina Okafor, the manager, said: 'We are delighted.' {G} was rated requires "
                                          "improvement for being safe by the inspectors who visited in the spring."))
    for record in (cqc_extract.extract(text, profile="fast"), extract_long(nlp_fast, text, max_length=200)):
        items = [i for f in ("organisations", "people", "ratings", "investments", "actions") for i in getattr(record, f)]
        assert items and all(text[e.start : e.end] == e.text for i in items for e in i.evidence)
        assert any(NB in e.text for i in record.investments for e in i.evidence)


def test_layout16_fold_keeps_words_it_should():
    """Near-misses of the fold itself (review rev16): "__" inside a word is no markdown mark; a rating word
    in a run of other words in capitals is part of a name; a run of rating words is capitalised."""
    from cqc_extract.page_text import fold_layout

    for same in ("Saved as report__final__v2 by the home.", "Run by OUTSTANDING HORIZONS LTD since May.",
                 "The GOOD SHEPHERD TRUST was rated good."):
        assert fold_layout(same) == same
    assert fold_layout("rated GOOD, with WELL-LED REQUIRES IMPROVEMENT") == "rated Good, with Well-led Requires Improvement"
