#!/usr/bin/env python3
"""An independent, standalone implementation of SPEC.md §3 (scoring).

Written from SPEC.md alone, without the library's scorer, so the two can be
checked against each other. Standard library only; no import of cqc_extract.

    python tools/spec_scorer.py GOLD PRED.jsonl

GOLD is a corpus JSONL (one {"id", "text", "gold"} per line) or a folder with
gold/<id>.json (and texts/<id>.txt). PRED holds one record per line with "id";
error records and articles without a prediction score as empty predictions;
records for ids not in GOLD are ignored.
Prints {"docs": N, "scores": {field: {p, r, f1, tp, fp, fn}}} as JSON.

Where SPEC.md leaves a detail open, the choice made here is marked "SPEC open".
"""
from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path

FIELDS = (
    "organisations",
    "people",
    "people.role",
    "people.organisation",
    "people.quoted",
    "ratings",
    "ratings.subject",
    "transitions",
    "changes",
    "investments",
    "investments.description",
    "actions",
)

# ---------------------------------------------------------------- text rules

_CURLY = {"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
          "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"'}


def normalise(text: str | None) -> str:
    """SPEC §3: NFKC, lower case, curly quotes straight, & -> and, possessive 's
    removed, other punctuation to spaces, whitespace collapsed, leading "the" removed."""
    if text is None:
        return ""
    s = unicodedata.normalize("NFKC", str(text)).lower()
    s = "".join(_CURLY.get(ch, ch) for ch in s)
    s = s.replace("&", " and ")
    s = re.sub(r"'s\b", "", s)
    # Punctuation = any Unicode P* or S* character (letters, digits, spaces stay).
    s = "".join(" " if unicodedata.category(ch)[0] in "PS" else ch for ch in s)
    s = " ".join(s.split())
    if s.startswith("the "):
        s = s[4:]
    elif s == "the":
        s = ""
    return s


# SPEC open: §3 says "stop words aside" without a list; these are English
# function words only, never content words.
STOP_WORDS = frozenset("""
a an the of and or for in at on to with by from as into its their his her our
your this that these those be is are was were been who which
""".split())


def _stem(token: str) -> str:
    # SPEC §3 "a plural s stripped"; SPEC open: not from -ss words or words of 3 letters or fewer.
    if len(token) > 3 and token.endswith("s") and not token.endswith("ss"):
        return token[:-1]
    return token


def tokens(text: str | None) -> set[str]:
    return {_stem(t) for t in normalise(text).split() if t not in STOP_WORDS}


def dice(a: str | None, b: str | None) -> float:
    """Token overlap: 2*shared / (size A + size B) over normalised tokens."""
    ta, tb = tokens(a), tokens(b)
    if not ta and not tb:
        return 1.0 if normalise(a) == normalise(b) else 0.0  # SPEC open: two empty phrases
    return 2 * len(ta & tb) / (len(ta) + len(tb))


ACRONYM_SKIP = frozenset({"of", "and", "the", "for", "in", "at"})


def acronym(norm: str) -> str | None:
    """Initials of the words, skipping of/and/the/for/in/at (SPEC §3)."""
    words = [w for w in norm.split() if w not in ACRONYM_SKIP]
    if len(words) < 2:  # SPEC open: a one-word name has no acronym worth the name
        return None
    return "".join(w[0] for w in words)


HONORIFICS = frozenset({"dr", "professor", "prof", "sir", "dame", "mr", "mrs", "ms", "miss", "cllr"})


def person_name(name: str | None) -> str:
    words = normalise(name).split()
    while words and words[0] in HONORIFICS and len(words) > 1:
        words.pop(0)
    return " ".join(words)


# ---------------------------------------------------------- organisations

def org_forms(item: dict) -> set[str]:
    forms = {normalise(item.get("name"))}
    forms.update(normalise(a) for a in item.get("aliases") or [])
    forms.discard("")
    return forms


def forms_equal(a: set[str], b: set[str]) -> bool:
    """Any form equal, or one form the acronym of a form on the other side."""
    if a & b:
        return True
    acr_a = {acronym(f) for f in a} - {None}
    acr_b = {acronym(f) for f in b} - {None}
    return bool(acr_a & b or acr_b & a)


def resolve(name: str, orgs: list[dict]) -> set[str]:
    """A name as used in a record (subject, a person's organisation) stands for
    the record's organisation item holding it as name or alias, if any.
    SPEC open: "same organisation (name, alias or acronym)" is read as the
    organisations-field match between the two resolved organisations."""
    norm = normalise(name)
    forms = {norm} - {""}
    for item in orgs:
        f = org_forms(item)
        if norm in f:
            forms |= f
    return forms


def same_org(gold_name, gold_orgs, pred_name, pred_orgs) -> bool:
    if gold_name is None or pred_name is None:
        return gold_name is None and pred_name is None
    return forms_equal(resolve(gold_name, gold_orgs), resolve(pred_name, pred_orgs))


# --------------------------------------------------------------- ratings

# SPEC §2: canonical service labels with their synonyms (the text of SPEC, verbatim).
SERVICE_SYNONYMS = {
    "urgent and emergency care": ["urgent and emergency services", "A&E", "emergency department",
                                  "emergency care"],
    "medical care": ["medical care including older people's care", "medicine"],
    "surgery": [],
    "critical care": [],
    "maternity": ["maternity services", "maternity and gynaecology", "maternity unit"],
    "gynaecology": [],
    "services for children and young people": ["children and young people's services",
                                               "children's services", "paediatrics"],
    "end of life care": [],
    "outpatients": ["outpatients and diagnostic imaging", "outpatient services"],
    "diagnostic imaging": [],
}
CANONICAL = {normalise(label) for label in SERVICE_SYNONYMS}
_SERVICE_MAP = {normalise(s): normalise(label)
                for label, syns in SERVICE_SYNONYMS.items() for s in [label, *syns]}


def canon_service(service: str | None) -> str | None:
    if service is None:
        return None
    norm = normalise(service)
    return _SERVICE_MAP.get(norm, norm)


def service_match(gold: str | None, pred: str | None) -> bool:
    if gold is None or pred is None:
        return gold is None and pred is None  # null only matches null
    g, p = canon_service(gold), canon_service(pred)
    if g == p:
        return True
    if g in CANONICAL and p in CANONICAL:
        return False  # two different canonical labels
    return dice(g, p) >= 0.7  # free text on at least one side


def canon_domain(domain) -> str:
    # SPEC §3 "same domain": equal after normalisation. The §2 phrasings
    # ("leadership", "needs improvement") guide extraction; a record must
    # already use the vocabulary, so no synonyms are applied here.
    return normalise(domain) or "overall"  # SPEC §2: no key question named is overall


def canon_rating(value) -> str | None:
    return None if value is None else normalise(value)


def rating_key(item: dict) -> tuple:
    return canon_service(item.get("service")), canon_domain(item.get("domain"))


# ---------------------------------------------------------- the matching

def max_weight_assignment(weights: list[list[float]]) -> list[tuple[int, int]]:
    """Hungarian algorithm (shortest augmenting paths, O(n^3)) maximising the
    summed weight; pairs of weight <= 0 are not returned."""
    n_rows = len(weights)
    n_cols = len(weights[0]) if n_rows else 0
    if not n_rows or not n_cols:
        return []
    n = max(n_rows, n_cols)
    big = max((w for row in weights for w in row), default=0.0)
    # Square cost matrix, minimisation; padding costs as much as a non-edge.
    cost = [[big - (weights[i][j] if i < n_rows and j < n_cols else 0.0) for j in range(n)]
            for i in range(n)]
    inf = float("inf")
    u = [0.0] * (n + 1)
    v = [0.0] * (n + 1)
    p = [0] * (n + 1)  # p[j] = row (1-based) assigned to column j
    way = [0] * (n + 1)
    for i in range(1, n + 1):
        p[0] = i
        j0 = 0
        minv = [inf] * (n + 1)
        used = [False] * (n + 1)
        while True:
            used[j0] = True
            i0 = p[j0]
            delta, j1 = inf, 0
            for j in range(1, n + 1):
                if not used[j]:
                    cur = cost[i0 - 1][j - 1] - u[i0] - v[j]
                    if cur < minv[j]:
                        minv[j], way[j] = cur, j0
                    if minv[j] < delta:
                        delta, j1 = minv[j], j
            for j in range(n + 1):
                if used[j]:
                    u[p[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if p[j0] == 0:
                break
        while True:
            j1 = way[j0]
            p[j0] = p[j1]
            j0 = j1
            if j0 == 0:
                break
    pairs = []
    for j in range(1, n + 1):
        i = p[j] - 1
        if i < n_rows and j - 1 < n_cols and weights[i][j - 1] > 0:
            pairs.append((i, j - 1))
    return sorted(pairs)


def match(gold: list, pred: list, is_match, bonus=None) -> list[tuple[int, int]]:
    """The largest one-to-one matching (SPEC §3). SPEC open: among largest
    matchings, the one where most matched pairs also have their sub-fields right."""
    if not gold or not pred:
        return []
    max_bonus = 1
    table = []
    for g in gold:
        row = []
        for p in pred:
            if is_match(g, p):
                b = bonus(g, p) if bonus else 0
                max_bonus = max(max_bonus, b)
                row.append(b)
            else:
                row.append(None)
        table.append(row)
    # One match must outweigh any amount of bonus, so cardinality comes first.
    unit = (max_bonus + 1) * (min(len(gold), len(pred)) + 1)
    weights = [[0.0 if b is None else float(unit + b) for b in row] for row in table]
    return max_weight_assignment(weights)


# ---------------------------------------------------------- per article

class Counts(dict):
    def add(self, field: str, tp: int, fp: int, fn: int) -> None:
        c = self.setdefault(field, [0, 0, 0])
        c[0] += tp
        c[1] += fp
        c[2] += fn

    def accuracy(self, field: str, right: int, total: int) -> None:
        # SPEC §3: a wrong item counts as both a miss and a spurious one.
        self.add(field, right, total - right, total - right)


def _items(record: dict, field: str) -> list[dict]:
    value = record.get(field) if isinstance(record, dict) else None
    return [x for x in value if isinstance(x, dict)] if isinstance(value, list) else []


def score_article(gold: dict, pred: dict, counts: Counts) -> None:
    g_orgs, p_orgs = _items(gold, "organisations"), _items(pred, "organisations")

    # organisations
    pairs = match(g_orgs, p_orgs, lambda g, p: forms_equal(org_forms(g), org_forms(p)))
    counts.add("organisations", len(pairs), len(p_orgs) - len(pairs), len(g_orgs) - len(pairs))

    # people and their sub-fields
    g_people, p_people = _items(gold, "people"), _items(pred, "people")

    def role_right(g, p):
        return p.get("role") is not None and dice(g.get("role"), p.get("role")) >= 0.5

    def org_right(g, p):
        return same_org(g.get("organisation"), g_orgs, p.get("organisation"), p_orgs)

    def quoted_right(g, p):
        return bool(g.get("quoted")) == bool(p.get("quoted"))

    def person_bonus(g, p):
        return (int(g.get("role") is not None and role_right(g, p))
                + int(g.get("organisation") is not None and org_right(g, p))
                + int(quoted_right(g, p)))

    pairs = match(g_people, p_people,
                  lambda g, p: person_name(g.get("name")) != "" and
                  person_name(g.get("name")) == person_name(p.get("name")),
                  person_bonus)
    counts.add("people", len(pairs), len(p_people) - len(pairs), len(g_people) - len(pairs))
    with_role = [(g_people[i], p_people[j]) for i, j in pairs if g_people[i].get("role") is not None]
    counts.accuracy("people.role", sum(role_right(g, p) for g, p in with_role), len(with_role))
    with_org = [(g_people[i], p_people[j]) for i, j in pairs
                if g_people[i].get("organisation") is not None]
    counts.accuracy("people.organisation", sum(org_right(g, p) for g, p in with_org), len(with_org))
    counts.accuracy("people.quoted",
                    sum(quoted_right(g_people[i], p_people[j]) for i, j in pairs), len(pairs))

    # ratings, transitions, changes
    g_rat, p_rat = _items(gold, "ratings"), _items(pred, "ratings")
    key_count: dict[tuple, int] = {}
    for g in g_rat:
        key_count[rating_key(g)] = key_count.get(rating_key(g), 0) + 1

    def subject_right(g, p):
        return same_org(g.get("subject"), g_orgs, p.get("subject"), p_orgs)

    def rating_match(g, p):
        if canon_domain(g.get("domain")) != canon_domain(p.get("domain")):
            return False
        if canon_rating(g.get("rating")) != canon_rating(p.get("rating")):
            return False
        if not service_match(g.get("service"), p.get("service")):
            return False
        if key_count[rating_key(g)] > 1:  # duplicate (service, domain): subject decides
            return subject_right(g, p)
        return True

    pairs = match(g_rat, p_rat, rating_match, lambda g, p: int(subject_right(g, p)))
    counts.add("ratings", len(pairs), len(p_rat) - len(pairs), len(g_rat) - len(pairs))
    counts.accuracy("ratings.subject",
                    sum(subject_right(g_rat[i], p_rat[j]) for i, j in pairs), len(pairs))

    for field, attr, canon in (("transitions", "previous", canon_rating),
                               ("changes", "change", lambda v: None if v is None else normalise(v))):
        g_sub = [g for g in g_rat if g.get(attr) is not None]
        p_sub = [p for p in p_rat if p.get(attr) is not None]
        pairs = match(g_sub, p_sub,
                      lambda g, p: rating_match(g, p) and canon(g.get(attr)) == canon(p.get(attr)))
        counts.add(field, len(pairs), len(p_sub) - len(pairs), len(g_sub) - len(pairs))

    # investments
    g_inv, p_inv = _items(gold, "investments"), _items(pred, "investments")

    def amount_match(g, p):
        ga, pa = _number(g.get("amount_gbp")), _number(p.get("amount_gbp"))
        if ga is None or pa is None:
            return False
        return abs(pa - ga) <= 0.005 * abs(ga)  # SPEC open: 0.5 % of the gold amount

    def desc_right(g, p):
        return dice(g.get("description"), p.get("description")) >= 0.5

    pairs = match(g_inv, p_inv, amount_match, lambda g, p: int(desc_right(g, p)))
    counts.add("investments", len(pairs), len(p_inv) - len(pairs), len(g_inv) - len(pairs))
    counts.accuracy("investments.description",
                    sum(desc_right(g_inv[i], p_inv[j]) for i, j in pairs), len(pairs))

    # actions
    g_act, p_act = _items(gold, "actions"), _items(pred, "actions")
    pairs = match(g_act, p_act,
                  lambda g, p: (normalise(g.get("kind")), normalise(g.get("status")))
                  == (normalise(p.get("kind")), normalise(p.get("status"))))
    counts.add("actions", len(pairs), len(p_act) - len(pairs), len(g_act) - len(pairs))


def _number(value) -> float | None:
    if isinstance(value, bool) or value is None:
        return None
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


# ---------------------------------------------------------- the corpus

def prf(tp: int, fp: int, fn: int) -> dict:
    if tp + fp + fn == 0:
        p = r = f1 = 1.0  # over nothing
    else:
        # SPEC open: a 0/0 precision (or recall) beside misses (or spurious items) is 0.
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": p, "r": r, "f1": f1, "tp": tp, "fp": fp, "fn": fn}


def score(golds: dict[str, dict], preds: dict[str, dict]) -> dict:
    """golds and preds map article id -> record; returns the SPEC §3 report."""
    counts = Counts({f: [0, 0, 0] for f in FIELDS})
    for doc_id, gold in golds.items():
        score_article(gold, preds.get(doc_id) or {}, counts)
    return {"docs": len(golds), "scores": {f: prf(*counts[f]) for f in FIELDS}}


def read_gold(path: str | Path) -> dict[str, dict]:
    path = Path(path)
    golds: dict[str, dict] = {}
    if path.is_dir():
        for file in sorted((path / "gold").glob("*.json")):
            golds[file.stem] = json.loads(file.read_text(encoding="utf-8"))
        return golds
    with open(path, encoding="utf-8") as fh:
        for number, line in enumerate(fh, 1):
            if line.strip():
                obj = json.loads(line)
                golds[str(obj["id"])] = obj["gold"]
    return golds


def read_pred(path: str | Path) -> dict[str, dict]:
    preds: dict[str, dict] = {}
    with open(path, encoding="utf-8") as fh:
        for number, line in enumerate(fh, 1):
            if not line.strip():
                continue
            obj = json.loads(line)
            doc_id = str(obj.get("id"))
            if doc_id in preds:  # not a SPEC matter; the library keeps the last one too
                print(f"{path}:{number}: a later record for {doc_id!r} replaces the earlier", file=sys.stderr)
            preds[doc_id] = obj
    return preds


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    report = score(read_gold(argv[0]), read_pred(argv[1]))
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
