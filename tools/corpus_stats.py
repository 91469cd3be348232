#!/usr/bin/env python3
"""Counts for the corpus datasheet (docs/corpus.md), so its numbers can be redone.

    .venv/bin/python tools/corpus_stats.py [corpus/cqc-corpus.jsonl] [--json]

Reads the corpus JSONL ({"id", "text", "gold"} per line) with the standard
library only and prints: articles by kind of provider, counts per field and
value, and the noise features found in the texts.

The kind of provider is derived from the gold record (names of the rated or
acting providers and locations, rated services) and, where those are silent,
from the text; the first rule that fits wins, so every article has one kind.
"""
from __future__ import annotations

import json
import re
import statistics
import sys
from collections import Counter
from pathlib import Path

DEFAULT = Path(__file__).resolve().parents[1] / "corpus" / "cqc-corpus.jsonl"

# (kind, where to look, pattern), tried in order. "names" = provider and
# location names in gold; "services" = rated services; "text" = the article.
PROVIDER_RULES: list[tuple[str, str, str]] = [
    ("ambulance trust", "names", r"\bAmbulance\b"),
    # Before mental health: a GP practice rates "people experiencing poor mental health".
    ("GP practice", "names", r"(?:^|\s)(?:Surgery|Medical Centre|Medical Practice|Family Practice|Health Centre)$"),
    ("mental health", "services", r"mental health|psychiatric|acute wards for adults|forensic|child and adolescent"),
    ("mental health", "text", r"\bmental health (?:trust|services? provider)\b"),
    ("community health", "names", r"\bCommunity Health(?:care)?\b"),
    ("dental", "names", r"\bDental\b|\bSmiles\b"),
    ("hospice", "names", r"\bHospice\b"),
    ("supported living", "names", r"\bSupported Living\b"),
    ("home care", "names", r"\bHome (?:Care|Support)\b|\bCare at Home\b"),
    ("home care", "text", r"\bhome[- ]care (?:agency|service|provider)\b|\bdomiciliary\b"),
    ("care home", "names", r"\b(?:Care|Nursing) Home\b"),
    ("care home", "text", r"\b(?:care|nursing|residential) homes?\b"),
    ("acute trust", "names", r"\bHospitals? NHS\b|\bNHS\b.*\bHospitals\b"),
    ("acute trust", "services", r"^(?:urgent and emergency care|medical care|maternity|critical care)$"),
    ("independent hospital or clinic", "names", r"\b(?:Hospital|Clinic)\b"),
]
NO_PROVIDER = "none named (negative examples)"

# Page and release furniture the corpus imitates, by what gives it away.
NOISE_FEATURES: dict[str, str] = {
    "navigation / breadcrumb line": r"(?im)^[^\n]{0,80} > [^\n]{0,80}$|^\s*(?:home|news)\s*(?:›|»|\|)",
    "'Notes to editors'": r"(?i)notes? to editors",
    "photo caption or credit": r"(?i)\b(?:photo|picture|image)(?: credit)?\s*[:|(]|\((?:photo|picture|image)\b",
    "HTML leftovers (&nbsp;, <br>, &amp;)": r"&nbsp;|&amp;|<br\s*/?>|</?p>|&#\d+;",
    "cookie banner": r"(?i)\bcookies?\b",
    "share / follow prompt": r"(?i)\bshare (?:this|on)\b|\bfollow us\b",
    "newsletter / sign-up prompt": r"(?i)\bnewsletter\b|\bsign up\b|\bsubscribe\b",
    "byline": r"(?m)^\s*By [A-Z][a-z]+ [A-Z]",
    "'read more' / related links": r"(?i)\bread more\b|\brelated (?:stories|articles|news)\b",
    "published / updated date line": r"(?im)^\s*(?:published|updated|posted|last updated)\b",
}

# The transition phrasings SPEC.md §2 names for `previous` and `change`.
TRANSITION_PHRASES: dict[str, str] = {
    "up from / down from": r"(?i)\b(?:up|down) from\b",
    "moved from / from X to Y": r"(?i)\bmoved from\b|\bfrom ['‘]?(?:good|outstanding|inadequate|requires improvement)['’]? to\b",
    "previously rated": r"(?i)\bpreviously (?:been )?rated\b",
    "at the last / previous inspection": r"(?i)\bat (?:the|its) (?:last|previous) inspection\b",
    "remains / remained": r"(?i)\bremain(?:s|ed)?\b",
    "again": r"(?i)\bagain\b",
    "retained / kept": r"(?i)\bretain(?:s|ed)?\b|\bkept\b",
    "re-rated": r"(?i)\bre-?rated\b",
    "continues to be": r"(?i)\bcontinues? to be\b",
    "still": r"(?i)\bstill\b",
    "upgraded / improved to": r"(?i)\bupgraded\b|\bimproved to\b",
    "downgraded / dropped to / deteriorated": r"(?i)\bdowngraded\b|\bdropped to\b|\bdeteriorated\b",
}


def _provider_kind(article: dict) -> str:
    gold = article["gold"]
    names = [o["name"] for o in gold.get("organisations", []) if o.get("kind") in ("provider", "location")]
    if not names:
        return NO_PROVIDER
    services = [r["service"] for r in gold.get("ratings", []) if r.get("service")]
    where = {"names": names, "services": services, "text": [article["text"]]}
    for kind, field, pattern in PROVIDER_RULES:
        if any(re.search(pattern, value) for value in where[field]):
            return kind
    return "other"


def stats(articles: list[dict]) -> dict:
    c: dict[str, Counter] = {k: Counter() for k in (
        "provider_kind", "organisation_kind", "people", "ratings", "change", "domain", "rating",
        "previous", "service", "investments", "action", "noise", "articles_with", "transition")}
    lengths = [len(a["text"]) for a in articles]
    for a in articles:
        gold, text = a["gold"], a["text"]
        c["provider_kind"][_provider_kind(a)] += 1
        for org in gold.get("organisations", []):
            c["organisation_kind"][org["kind"]] += 1
            c["organisation_kind"]["(any kind) with aliases"] += bool(org.get("aliases"))
        for person in gold.get("people", []):
            c["people"]["people"] += 1
            c["people"]["quoted"] += bool(person.get("quoted"))
            c["people"]["with a role"] += person.get("role") is not None
            c["people"]["with an organisation"] += person.get("organisation") is not None
        for r in gold.get("ratings", []):
            c["ratings"]["ratings"] += 1
            c["ratings"]["with previous"] += r.get("previous") is not None
            c["ratings"]["with change"] += r.get("change") is not None
            c["ratings"]["change without previous"] += r.get("change") is not None and r.get("previous") is None
            c["ratings"]["subject null"] += r.get("subject") is None
            c["ratings"]["service null (whole subject)"] += r.get("service") is None
            c["change"][r.get("change") or "null"] += 1
            c["domain"][r["domain"]] += 1
            c["rating"][r["rating"]] += 1
            if r.get("previous") is not None:
                c["previous"][r["previous"]] += 1
            if r.get("service") is not None:
                c["service"][r["service"]] += 1
        for inv in gold.get("investments", []):
            c["investments"]["investments"] += 1
            c["investments"]["with timing"] += inv.get("timing") is not None
        for act in gold.get("actions", []):
            c["action"][f"{act['kind']} / {act['status']}"] += 1
            c["action"]["subject null"] += act.get("subject") is None
        for field in ("organisations", "people", "ratings", "investments", "actions"):
            c["articles_with"][field] += bool(gold.get(field))
        for phrase, pattern in TRANSITION_PHRASES.items():
            c["transition"][phrase] += bool(re.search(pattern, text))
        for feature, pattern in NOISE_FEATURES.items():
            c["noise"][feature] += bool(re.search(pattern, text))
    return {
        "articles": len(articles),
        "text_chars": {"min": min(lengths), "median": int(statistics.median(lengths)),
                       "max": max(lengths), "total": sum(lengths)},
        **{k: dict(sorted(v.items(), key=lambda kv: (-kv[1], kv[0]))) for k, v in c.items()},
    }


def _print(report: dict) -> None:
    print(f"articles: {report['articles']}")
    chars = report["text_chars"]
    print(f"text length (chars): min {chars['min']}, median {chars['median']}, max {chars['max']}, "
          f"total {chars['total']}")
    sections = [
        ("articles by kind of provider", "provider_kind"),
        ("articles with at least one item", "articles_with"),
        ("organisations by kind", "organisation_kind"),
        ("people", "people"),
        ("ratings", "ratings"),
        ("ratings by change", "change"),
        ("ratings by domain", "domain"),
        ("ratings by rating value", "rating"),
        ("ratings by previous value", "previous"),
        ("investments", "investments"),
        ("actions by kind / status", "action"),
        ("articles using each transition phrasing (anywhere in the text)", "transition"),
        ("articles showing each noise feature", "noise"),
    ]
    for title, key in sections:
        print(f"\n{title}:")
        for name, n in report[key].items():
            print(f"  {n:4d}  {name}")
    services = report["service"]
    print(f"\nrated services: {len(services)} distinct labels, top 10:")
    for name, n in list(services.items())[:10]:
        print(f"  {n:4d}  {name}")


def main(argv: list[str]) -> int:
    as_json = "--json" in argv
    paths = [a for a in argv if a != "--json"]
    path = Path(paths[0]) if paths else DEFAULT
    with open(path, encoding="utf-8") as fh:
        articles = [json.loads(line) for line in fh if line.strip()]
    report = stats(articles)
    if as_json:
        print(json.dumps(report, indent=2, ensure_ascii=False))
    else:
        _print(report)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
