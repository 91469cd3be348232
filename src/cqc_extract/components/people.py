"""cqc_people: named people, their roles and organisations, and whether quoted.

Reads PERSON entities (accurate profile) or capitalised name patterns next to
speech verbs and honorifics (fast profile), `doc.spans["cqc_org"]`;
writes `doc._.cqc_people` (list of dicts: name, role, organisation, quoted,
evidence).
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from ..text import fold
from .base import AssetComponent, evidence
from .organisations import ORG_SPANS_KEY

QUOTE_CHARS = "\"“”"
SPEECH = r"(?:said|says|added|adds|commented|explained|told|stated|continued)"
# A capitalised name of two to four words (hyphens and apostrophes inside words).
NAME = r"[A-Z][a-zA-Z'’\-]+(?: [A-Z][a-zA-Z'’\-]+){1,3}"


class People(AssetComponent):
    asset_files = ("vocab/people.json",)

    def _compile(self) -> None:
        data = self.assets["vocab/people.json"]
        honorifics = sorted({re.escape(fold(h).rstrip(".")) for h in data["honorifics"]}, key=len, reverse=True)
        self.honorific_re = re.compile(r"(?:(?:" + "|".join(honorifics) + r")\.?\s+)+", re.IGNORECASE)
        self.not_person = {fold(w) for w in data["not_person_words"]}
        heads = sorted((re.escape(h) for h in data["role_heads"]), key=len, reverse=True)
        self.role_head_re = re.compile(r"\b(?:" + "|".join(heads) + r")\b", re.IGNORECASE)

    def _candidates(self, doc: Doc) -> list[tuple[int, int]]:
        spans = [(e.start_char, e.end_char) for e in doc.ents if e.label_ == "PERSON"]
        if not doc.has_annotation("ENT_IOB"):
            # Fast profile: names beside speech verbs or after an honorific.
            for pattern in (
                rf"({NAME}),[^.\n]{{0,120}}?,? {SPEECH}\b",
                rf"\b{SPEECH} ({NAME})\b",
                rf"\b(?:Dr|Professor|Prof|Sir|Dame|Mr|Mrs|Ms|Miss|Cllr)\.? ({NAME})",
                rf"({NAME}) {SPEECH}\b",
            ):
                spans.extend(m.span(1) for m in re.finditer(pattern, doc.text))
        return spans

    def _clean(self, doc: Doc, start: int, end: int) -> tuple[int, int] | None:
        """Strip honorifics and a possessive; reject what cannot be a person's name."""
        text = doc.text[start:end]
        lead = self.honorific_re.match(text)
        if lead:
            start += lead.end()
        text = re.sub(r"['’]s$", "", doc.text[start:end])
        end = start + len(text)
        words = text.split()
        if len(words) < 2 or any(fold(w) in self.not_person for w in words):
            return None
        if not all(w[:1].isupper() for w in words):
            return None
        return start, end

    def __call__(self, doc: Doc) -> Doc:
        people: dict[str, dict] = {}
        for start, end in sorted(self._candidates(doc)):
            cleaned = self._clean(doc, start, end)
            if cleaned is None:
                continue
            s, e = cleaned
            name = doc.text[s:e]
            key = fold(name)
            person = people.get(key)
            if person is None:
                # A surname alone later ("Ms Wake") is the same person: keyed by full name only.
                person = people[key] = {"name": name, "role": None, "organisation": None,
                                        "quoted": False, "evidence": []}
            person["evidence"].append(evidence(doc, s, e))
            self._attach_role(doc, person, s, e)
            if not person["quoted"]:
                person["quoted"] = self._is_quoted(doc, s, e)
        doc._.cqc_people = list(people.values())
        return doc

    def _attach_role(self, doc: Doc, person: dict, start: int, end: int) -> None:
        if person["role"]:
            return
        after = doc.text[end : end + 160]
        match = re.match(r",\s*([^,\n“\"]{3,120}?),?\s+" + SPEECH, after) or re.match(r",\s*([^,\n“\"]{3,120}?),", after)
        role_text, role_start = None, None
        if match and self.role_head_re.search(match.group(1)):
            role_text, role_start = match.group(1), end + match.start(1)
        else:
            before = doc.text[max(0, start - 120) : start]
            m = re.search(r"([A-Za-z’'&\- ]{3,100}?)[, ]+$", before)
            if m and self.role_head_re.search(m.group(1)):
                role_text, role_start = m.group(1), start - len(before) + m.start(1)
        if role_text is None:
            return
        role, org = self._split_role(doc, role_text, role_start)
        person["role"] = role
        person["organisation"] = org

    def _split_role(self, doc: Doc, role_text: str, role_start: int) -> tuple[str | None, str | None]:
        org_name = None
        role = role_text
        for span in doc.spans.get(ORG_SPANS_KEY, []):
            if role_start <= span.start_char and span.end_char <= role_start + len(role_text):
                org_name = span.id_
                local = doc.text[span.start_char : span.end_char]
                role = role.replace(local + "’s", "").replace(local + "'s", "").replace(local, "")
                break
        role = re.sub(r"^\s*(?:the|a|an|said|says)\s+", "", role.strip(), flags=re.I)
        role = re.sub(r"\s+(?:of|at|for)\s*$", "", role).strip(" ,")
        m = self.role_head_re.search(role)
        if not m:
            return None, org_name
        return fold(role).strip() or None, org_name

    def _is_quoted(self, doc: Doc, start: int, end: int) -> bool:
        line_start = doc.text.rfind("\n", 0, start) + 1
        line_end = doc.text.find("\n", end)
        line_end = len(doc.text) if line_end < 0 else line_end
        line = doc.text[line_start:line_end]
        if any(q in line for q in QUOTE_CHARS) and re.search(SPEECH, line):
            return True
        following = doc.text[line_end : line_end + 4].lstrip()
        return line.rstrip().endswith(":") and following[:1] in QUOTE_CHARS


@Language.factory("cqc_people", default_config={})
def make_people(nlp: Language, name: str) -> People:
    return People(nlp, name)
