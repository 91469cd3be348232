"""cqc_people: named people, their roles and organisations, and whether quoted.

Reads PERSON entities (accurate profile) and, in both profiles, capitalised
names in the grammar of attribution (beside speech verbs, after honorifics,
after or before a job title), `doc.spans["cqc_org"]` and
`doc._.cqc_organisations`; writes `doc._.cqc_people` (list of dicts: name,
role, organisation, quoted, evidence).

* role: an appositive after the name ("X, CQC deputy director of operations
  in the Midlands, said"; "X, the trust's chief executive") or a title before
  it ("said chief nurse X", "the trust's chief executive, X,"); the
  organisation attached by a possessive, "of/at/for", or a leading acronym is
  cut out of the role and becomes `organisation`.
* organisation: that attachment; "the trust"/"the home" resolve to the
  article's main provider/location; a role with no attachment goes to the
  regulator (inspectors), to the main provider or location (executives,
  managers), or to nobody (politicians).
* quoted: a paragraph with a quotation attributed to the person by name,
  by "he/she said" (the last person named), or continuing a quote that the
  person began ("X said:" and the paragraphs of quotation after it).
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from ..text import fold
from .base import AssetComponent, doc_text, evidence
from .organisations import ORG_SPANS_KEY
from .page_layout import doc_chrome, in_ranges

QUOTE_OPEN = "\"“"
# A capitalised name of two to four words (hyphens and apostrophes inside words).
NAME = r"[A-Z][a-zA-Z'’\-]+(?: [A-Z][a-zA-Z'’\-]+){1,3}"


def _words_re(phrases) -> str:
    return r"(?:" + "|".join(sorted((re.escape(p) for p in phrases), key=len, reverse=True)) + r")"


class People(AssetComponent):
    asset_files = ("vocab/people.json", "vocab/organisations.json")

    def _compile(self) -> None:
        data = self.assets["vocab/people.json"]
        self.org_data = self.assets["vocab/organisations.json"]
        honorifics = sorted({re.escape(fold(h).rstrip(".")) for h in data["honorifics"]}, key=len, reverse=True)
        self.honorific_re = re.compile(r"(?:(?:" + "|".join(honorifics) + r")\.?\s+)+", re.IGNORECASE)
        self.honorific_pat = r"(?:(?:" + "|".join(h.capitalize() for h in honorifics) + r")\.?\s+)"
        self.honorifics = {fold(h).rstrip(".") for h in data["honorifics"]}
        self.not_person = {fold(w) for w in data["not_person_words"]}
        self.role_head_re = re.compile(r"\b" + _words_re(data["role_heads"]) + r"\b", re.IGNORECASE)
        # A one-word head ("barrister", "solicitor") can be a whole title before a name.
        self.role_words = {fold(w) for w in data["role_words"]} | {fold(h) for h in data["role_heads"] if " " not in h}
        self.modifiers_re = re.compile(r"^(?:" + _words_re(data["descriptive_modifiers"]) + r")\s+", re.I)
        self.speech = _words_re(data["speech_verbs"])
        self.pronouns = _words_re(data["pronouns"])
        self.regulator_cues = [fold(c) for c in data["regulator_role_cues"]]
        self.political = [fold(c) for c in data["political_role_words"]]
        self.location_roles = [fold(c) for c in data["location_role_words"]]
        self.references = {fold(w): kind for kind, words in data["org_references"].items() for w in words}

    # -- candidates ------------------------------------------------------------
    def _candidates(self, doc: Doc) -> list[tuple[int, int, bool]]:
        """(start, end, strong): strong when the grammar around it says person."""
        spans = [(e.start_char, e.end_char, False) for e in doc.ents if e.label_ == "PERSON"]
        sp, hon = self.speech, self.honorific_pat
        role = r"(?:[a-z][a-z’'\-]+ ){0,5}?(?:" + self.role_head_re.pattern[2:-2] + r")"
        patterns = (
            rf"(?<![\w’'])({NAME}),[^.\n“\"]{{0,140}}?,? {sp}\b",
            rf"\b{sp},? (?:[a-z]+ ){{0,5}}?{hon}?({NAME})\b",
            rf"\b{hon}({NAME})",
            rf"(?<![\w’'])({NAME}) {sp}\b",
            rf"(?<=, )({NAME}),? {sp}\b",
            rf"\b[Aa]ccording to {hon}?({NAME})\b",
            rf"\b{role},? {hon}?({NAME})\b",
            rf"(?<![\w’'])({NAME}), (?:the |a |an )?(?:[A-Za-z’'&]+ ){{0,4}}?{role}\b",
        )
        for pattern in patterns:
            for m in re.finditer(pattern, doc_text(doc), flags=0):
                spans.append((m.start(1), m.end(1), True))
        return spans

    def _clean(self, doc: Doc, start: int, end: int) -> tuple[int, int] | None:
        """Strip honorifics and a possessive; reject what cannot be a person's name."""
        text = doc_text(doc)[start:end]
        lead = self.honorific_re.match(text)
        if lead:
            start += lead.end()
        text = re.sub(r"['’]s$", "", doc_text(doc)[start:end]).rstrip(" .,")
        end = start + len(text)
        words = text.split()
        # a role word glued in front by the patterns ("Chief Executive Jane Doe")
        while words and fold(words[0]) in self.role_words | self.honorifics:
            start += len(words[0]) + 1
            words = words[1:]
        if len(words) < 2 or len(words) > 4 or any(fold(w).strip("’'") in self.not_person for w in words):
            return None
        if not all(w[:1].isupper() for w in words) or any(w.isupper() and len(w) > 1 for w in words):
            return None
        return start, end

    # -- main ------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        chrome = doc_chrome(doc)
        org_spans = list(doc.spans.get(ORG_SPANS_KEY, []))
        people: dict[str, dict] = {}
        mentions: dict[str, list[tuple[int, int]]] = {}
        strong: dict[str, bool] = {}
        for start, end, is_strong in sorted(set(self._candidates(doc))):
            if in_ranges(start, chrome):
                continue
            cleaned = self._clean(doc, start, end)
            if cleaned is None:
                continue
            s, e = cleaned
            if any(sp.start_char < e and s < sp.end_char for sp in org_spans):
                continue  # "Abbey Hill" is a hospital's short form
            name = doc_text(doc)[s:e]
            key = fold(name)
            # the same person found by two patterns, or a longer capture
            same = next((k for k in people if k == key or k.endswith(" " + key) or key.endswith(" " + k)), None)
            if same is not None and same != key:
                if len(key) > len(same):
                    continue  # prefer the shorter, cleaner capture already kept
                key = same
            person = people.get(key)
            if person is None:
                person = people[key] = {"name": name, "role": None, "organisation": None,
                                        "quoted": False, "evidence": []}
                mentions[key] = []
            if (s, e) not in mentions[key]:
                mentions[key].append((s, e))
            strong[key] = strong.get(key, False) or is_strong or self._has_context(doc, s, e)
        # drop weak names (NER alone, no title, no speech, no honorific) that stand
        # alone on a line (bylines) or after a place preposition ("height of Canary Wharf")
        for key in list(people):
            if not strong[key] and not self._plausible(doc, mentions[key]):
                del people[key]
                del mentions[key]
        for key, person in people.items():
            for s, e in sorted(mentions[key]):
                person["evidence"].append(evidence(doc, s, e))
            for s, e in sorted(mentions[key]):
                if self._attach_role(doc, person, s, e):
                    break
            self._default_org(doc, person)
        self._quotes(doc, people, mentions, chrome)
        doc._.cqc_people = list(people.values())
        return doc

    def _has_context(self, doc: Doc, s: int, e: int) -> bool:
        before = doc_text(doc)[max(0, s - 40) : s]
        after = doc_text(doc)[e : e + 60]
        return bool(
            re.search(self.honorific_pat + r"$", before)
            or re.match(r",\s*(?:the |a )?[^,\n]{0,80}?" + self.role_head_re.pattern, after, re.I)
            or re.search(self.role_head_re.pattern + r",?\s*$", before, re.I)
        )

    def _plausible(self, doc: Doc, spans: list[tuple[int, int]]) -> bool:
        text = doc_text(doc)
        for s, e in spans:
            line_start = text.rfind("\n", 0, s) + 1
            line_end = text.find("\n", e)
            line = text[line_start : len(text) if line_end < 0 else line_end].strip()
            if line == text[s:e] or re.fullmatch(r"(?:By|Written by|Photo:?|Picture:?|Credit:?)?\s*" + re.escape(text[s:e]) + r"\W*", line):
                continue
            if re.search(r"\b(?:of|in|at|from|near|to|on)\s+(?:the\s+)?$", text[max(0, s - 12) : s]):
                continue
            return True
        return False

    # -- roles -----------------------------------------------------------------
    def _attach_role(self, doc: Doc, person: dict, start: int, end: int) -> bool:
        text = doc_text(doc)
        after = text[end : end + 200]
        role_text = role_start = None
        # "X, 52, the owner of Y": an age may stand between the name and the role.
        m = re.match(r",\s*(?:\d{1,3},\s*)?([^,\n“\"():;]{2,140}?)\s*(?:,|:|\.(?:\s|$)|\n|$|\s+" + self.speech + r"\b)", after)
        if m and self.role_head_re.search(m.group(1)) and not re.match(r"(?:who|which|whose|he|she)\b", m.group(1)):
            role_text, role_start = m.group(1), end + m.start(1)
        else:
            before = text[max(0, start - 160) : start]
            b = re.search(r"((?:[\w’'&\-]+[\s,]+){1,12}?)" + self.honorific_pat + r"?$", before)
            # "Home manager at Manor Lodge, Jane Doe": a title, "at" and an organisation
            org_span = next((sp for sp in doc.spans.get(ORG_SPANS_KEY, [])
                             if 0 < start - sp.end_char <= 3 and re.fullmatch(r"[\s,]*", text[sp.end_char : start])), None)
            pre = text[max(0, org_span.start_char - 100) : org_span.start_char] if org_span is not None else ""
            o = re.search(r"((?:[\w’'\-]+\s+){1,8}?)(?:at|of|for|from)\s+(?:the\s+)?$", pre) if pre else None
            if o and self._pre_role(o.group(1)):
                cand = self._pre_role(o.group(1))
                role_start = org_span.start_char - len(pre) + o.start(1) + o.group(1).rfind(cand)
                role_text = text[role_start : org_span.end_char]
            elif b:
                cand = self._pre_role(b.group(1))
                if cand:
                    role_text = cand
                    role_start = start - len(before) + b.start(1) + b.group(1).rfind(cand)
        org = None
        # "X, who runs Y" / "X of Y" / "X, on behalf of Y"
        tail = re.match(r"(?:,?\s*(?:who|which) (?:runs|owns|manages|leads|founded)|,?\s+(?:on behalf of|of|from|at))\s+(?:the\s+)?", after)
        if tail:
            span = self._org_starting(doc, end + tail.end())
            if span is not None:
                org = span.id_
        if role_text is None:
            if org:
                person["organisation"] = org
            return False
        role, role_org = self._split_role(doc, role_text, role_start)
        if role_org is None and role_start < start:
            # "Wexmoor Group's chief executive, X": the possessive just before the title
            owner = next((sp for sp in doc.spans.get(ORG_SPANS_KEY, [])
                          if sp.end_char < role_start and re.fullmatch(r"['’]s?\s*", text[sp.end_char : role_start])), None)
            if owner is not None:
                role_org = owner.id_
        if role is None and role_org is None and org is None:
            return False
        person["role"] = role
        person["organisation"] = role_org or org
        return True

    def _pre_role(self, text: str) -> str | None:
        """The title just before a name: the longest run of role words ending in a head."""
        words = text.split()
        k = len(words)
        while k > 0:
            w = fold(words[k - 1]).strip(",")
            base = re.sub(r"['’]s$", "", w)
            if w in self.role_words or (base in self.references and k < len(words)):
                k -= 1
                continue
            if w in ("its", "their", "his", "her", "our"):
                k -= 1
                continue
            break
        cand = " ".join(words[k:]).strip(" ,")
        cand = re.sub(r"^(?:(?:of|for|and|in|the|said|says|its|their|his|her|our)\s+)+", "", cand, flags=re.I)
        if not cand or not self.role_head_re.search(cand):
            return None
        last = fold(cand.split()[-1])
        if last in ("of", "for", "and", "in", "the"):
            return None
        return cand

    def _org_starting(self, doc: Doc, char: int):
        for span in doc.spans.get(ORG_SPANS_KEY, []):
            if span.start_char == char or (span.start_char > char and not doc_text(doc)[char : span.start_char].strip()):
                return span
        return None

    def _split_role(self, doc: Doc, role_text: str, role_start: int) -> tuple[str | None, str | None]:
        org_name = None
        role = role_text
        end = role_start + len(role_text)
        for span in doc.spans.get(ORG_SPANS_KEY, []):
            if role_start <= span.start_char and span.end_char <= end:
                org_name = org_name or span.id_
                local = doc_text(doc)[span.start_char : span.end_char]
                # "owner of X in Market Street": the role ends where "of/at/for X" begins
                role = re.sub(r"\s*\b(?:of|at|for|from|with)\s+(?:the\s+)?" + re.escape(local) + r"(?:\s+(?:in|on|at)\s+[^,]*)?(?:['’]s)?(?=\s*$)", "", role)
                role = re.sub(r"(?:\bthe\s+)?" + re.escape(local) + r"(?:['’]s?)?", "", role)
        if org_name is None:
            # "the trust's chief executive", "chief executive at the trust"
            m = re.search(r"\b(?:the\s+)?(" + _words_re(sorted(self.references, key=len, reverse=True)) + r")(?:['’]s)?\b", fold(role))
            if m and (fold(role)[m.end() - 2 : m.end()] in ("'s",) or re.search(r"\b(?:of|at|for)\s+(?:the\s+)?" + re.escape(m.group(1)) + r"\s*$", fold(role))):
                org_name = self._main_org(doc, self.references[m.group(1).replace("'s", "")])
                role = role[: m.start()] + role[m.end() :]
                role = re.sub(r"\s+(?:of|at|for)\s*$", "", role)
        role = fold(role)
        role = re.sub(r"\s+", " ", role).strip(" ,’'")
        role = re.sub(r"^(?:(?:the|a|an|said|says|its|their|his|her|our|including)\s+)+", "", role)
        role = re.sub(r"\s+(?:of|at|for|from|with|and)\s*$", "", role).strip(" ,")
        role = re.sub(r"\s+(?:for|in|of)\s+(?:the\s+)?('s)?\s*", lambda m: m.group(0) if m.group(1) is None else " ", role)
        role = re.sub(r"['’]s\b", "", role).strip()
        while True:
            new = self.modifiers_re.sub("", role)
            if new == role:
                break
            role = new
        role = re.sub(r"\s+", " ", role).strip()
        if not self.role_head_re.search(role):
            return None, org_name
        return role or None, org_name

    def _main_org(self, doc: Doc, kind: str) -> str | None:
        """The organisation of a kind the article mentions most (first on a tie)."""
        best = None
        for org in doc._.cqc_organisations or []:
            if org["kind"] != kind:
                continue
            count = sum(1 for sp in doc.spans.get(ORG_SPANS_KEY, []) if sp.id_ == org["name"])
            if best is None or count > best[0]:
                best = (count, org["name"])
        return best[1] if best else None

    def _default_org(self, doc: Doc, person: dict) -> None:
        role = person["role"]
        if person["organisation"] or not role:
            return
        if any(re.search(r"\b" + re.escape(c) + r"\b", role) for c in self.political):
            return
        if any(c in role for c in self.regulator_cues):
            org = self._main_org(doc, "regulator")
            cqc = [o["name"] for o in doc._.cqc_organisations or [] if o["kind"] == "regulator" and "CQC" in [o["name"], *o["aliases"]]]
            person["organisation"] = cqc[0] if cqc else org
            return
        # a manager speaks for the home or practice; an executive for the provider
        # (never for a hospital: the trust behind it may go unnamed)
        order = ("location", "provider") if any(re.search(r"\b" + re.escape(c) + r"\b", role) for c in self.location_roles) else ("provider",)
        for kind in order:
            org = self._main_org(doc, kind)
            if org:
                person["organisation"] = org
                return

    # -- quotes ----------------------------------------------------------------
    def _quotes(self, doc: Doc, people: dict, mentions: dict, chrome) -> None:
        text = doc_text(doc)
        # every mention: full names, and surnames after an honorific or beside a speech verb
        marks: list[tuple[int, int, str]] = []
        for key, spans in mentions.items():
            marks.extend((s, e, key) for s, e in spans)
            surname = people[key]["name"].split()[-1]
            for m in re.finditer(r"(?<![\w’'])" + re.escape(surname) + r"(?![\w’'])", text):
                s, e = m.span()
                if any(ms <= s < me for ms, me in spans):
                    continue
                before, after = text[max(0, s - 15) : s], text[e : e + 25]
                if re.search(self.honorific_pat + r"$", before) or re.match(r"(?:,[^,]{0,80},)?\s*" + self.speech + r"\b", after) or re.search(r"\b" + self.speech + r"\s+$", before):
                    marks.append((s, e, key))
        marks.sort()
        last_mentioned = None
        speaker = None  # who the running quotation belongs to
        pos = 0
        for para in text.split("\n"):
            p_start, p_end = pos, pos + len(para)
            pos = p_end + 1
            if not para.strip():
                continue
            if in_ranges(p_start, chrome):
                speaker = None
                continue
            here = [m for m in marks if p_start <= m[0] < p_end]
            has_quote = bool(re.search(r"[\"“][^\"“”]{3,}", para))
            found = None
            if has_quote:
                for s, e, key in here:
                    after = text[e : min(p_end, e + 200)]
                    before = text[max(p_start, s - 80) : s]
                    if (
                        re.match(r"(?:['’]s)?(?:,[^“\"]{0,160}?,?)?\s*" + self.speech + r"\b", after)
                        or re.match(r"(?:,[^“\"]{0,160}?)?\s*:", after)
                        or re.search(r"\b(?:" + self.speech + r"|[Aa]ccording to)\s+(?:[\w’'\-]+\s+){0,8}$", before)
                        or re.match(r",[^“\"]{0,160}?,\s*[\"“]", after)
                    ):
                        found = key
                        break
                if found is None and re.search(r"\b" + self.pronouns + r"\s+" + self.speech + r"\b|\b" + self.speech + r"\s+" + self.pronouns + r"\b", para, re.I):
                    before_quote = [m for m in here if m[0] < p_start + max(para.find("“"), para.find('"'))]
                    found = (before_quote[-1][2] if before_quote else last_mentioned)
                if found is None and para.lstrip()[:1] in QUOTE_OPEN and speaker is not None and not here:
                    found = speaker
                if found is not None:
                    people[found]["quoted"] = True
            # "X said:" at the end of a paragraph opens a quotation in the next
            if found is None and re.search(r":\s*$", para) and here:
                found = here[-1][2]
                speaker = found
            else:
                speaker = found if found is not None else None
            if here:
                last_mentioned = here[-1][2]


@Language.factory("cqc_people", default_config={})
def make_people(nlp: Language, name: str) -> People:
    return People(nlp, name)
