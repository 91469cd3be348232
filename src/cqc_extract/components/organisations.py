"""cqc_organisations: named organisations, their kinds and aliases.

Reads tokens (and, when the statistical base ran, sentence starts); writes
`doc._.cqc_organisations` (list of dicts: name, kind, aliases, evidence) and
`doc.spans["cqc_org"]`: every mention of an organisation (full name, alias,
acronym, short form, possessive stripped) labelled with its kind, `id_` = the
organisation's name, so later components resolve subjects by position.

Names are found by their grammar, all of it data in models/vocab/organisations.json:

* a run of capitalised words (connectors such as "and", "of" inside, a glued
  hyphen, a possessive, a bracket) that ends in a head word ("... NHS
  Foundation Trust", "... Hospital", "... Care Home", "... Ltd"); the head
  gives the kind; "<Head> of X" ("Department of Health") keeps its tail;
* runs are cut where two names are coordinated ("X Hospital and Y Hospital"),
  where a place follows a complete name ("X Centre in Town"), where a
  possessive owner or place precedes one ("Town's X Lodge", "Company UK's X
  Lodge": a company owner is kept as a provider), after sentence-initial
  common words ("Councillors on X Council") and before words that make the
  run a title rather than a body ("... Act 2008", "... report");
* "run by X", "X, a home care agency", "X (ABBR)" name organisations without
  a head word; a run that begins with a role word is a job title, not a body;
* page chrome (breadcrumb lines, share prompts, copyright lines, everything
  after "Notes to editors") gives nothing.

Mentions are clustered: bracketed abbreviations, acronyms (initials, with or
without "NHS"/"Foundation"), possessives, short forms (a leading part of the
name standing alone: "Marsden Group", "Abbey Hill") and "Town's hospital
trust" all join the organisation they name.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..text import fold, strip_possessive
from .base import AssetComponent, doc_text, evidence

ORG_SPANS_KEY = "cqc_org"
MAX_EVIDENCE = 8  # mentions kept as evidence per organisation
POSSESSIVE = ("'s", "’s", "'", "’")
_WORD = re.compile(r"[\w’'&\-]+")

# "X, a home care agency": the segment before such a comma (2-80 characters,
# no , . ; : or line break in it) may name an organisation. Found from the
# comma backwards: a regex starting with the segment would scan up to 80
# characters from every position of the text for every type phrase.
_APPOSITIVE_COMMA = re.compile(r",\s+an?\s")
_SEGMENT_STOPS = "\n,.;:"
_SEGMENT_MAX = 80
# A run of capitalised words (or "and", "of", "&", or a bracketed run of
# capitalised words) at the end of the segment. Inside brackets the words are
# `[A-Z][\w-]*` separated by single spaces: written so that a long bracketed
# run without ")" is one way to match, not 2^n.
_CAP_WORD = r"(?:[A-Z][\w’'&\-]*|\([A-Z][\w\-]*(?:\s[A-Z][\w\-]*)*\s?\)|and|of|&)"
_NAME_AT_END = re.compile(r"(" + _CAP_WORD + r"(?:\s+" + _CAP_WORD + r")*)\s*$")


@lru_cache(maxsize=None)
def _type_tail(phrase: str, run_by: bool = False) -> re.Pattern[str]:
    """The tail ', a/an [up to 3 words] PHRASE' of an appositive type, with
    `run_by` followed by 'run/operated/owned/managed by'."""
    after = r"\s+(?:run|operated|owned|managed)\s+by\b" if run_by else r"\b"
    return re.compile(r",\s+(?:a|an)\s+(?:[a-z\-]+\s+){0,3}?" + re.escape(phrase) + after)


def _appositives(text: str, commas: list[int], phrase: str):
    """(start, end) of each segment before ", a/an [up to 3 words] PHRASE", as
    `re.finditer(r"([^\\n,.;:]{2,80}?),\\s+(?:a|an)\\s+(?:[a-z\\-]+\\s+){0,3}?PHRASE\\b")`
    would find them (group 1), in linear time."""
    tail = _type_tail(phrase)
    last_end = 0
    for comma in commas:
        if comma < last_end:
            continue
        m = tail.match(text, comma)
        if m is None:
            continue
        window = max(0, comma - _SEGMENT_MAX - 1)
        stop = max(text.rfind(ch, window, comma) for ch in _SEGMENT_STOPS)
        start = max(last_end, comma - _SEGMENT_MAX, stop + 1)
        if comma - start < 2:
            continue
        yield start, comma
        last_end = m.end()


@dataclass
class _Org:
    name: str
    kind: str
    aliases: list[str] = field(default_factory=list)
    mentions: list[tuple[int, int]] = field(default_factory=list)  # character offsets
    strong: bool = True  # found by a head word or a cue (not only as a possessive owner)


@functools.lru_cache(maxsize=65536)  # pure and called for every candidate: names repeat
def _key(text: str) -> str:
    """Clustering key: folded, punctuation to spaces, no leading 'the', no possessive."""
    text = fold(strip_possessive(text.strip()))
    text = text.replace("&", " and ")
    text = re.sub(r"['’]s\b", "", text)
    text = re.sub(r"[^\w]+", " ", text).strip()
    return re.sub(r"^the ", "", text)


def _is_abbreviation(abbr: str, words: list[str]) -> bool:
    """Can `abbr` be read off the starts of `words` ("Hvamb" <- Hawksmoor Valley Ambulance)?"""
    abbr = abbr.lower()
    words = [w.lower() for w in words if w]

    @lru_cache(maxsize=None)
    def walk(i: int, w: int) -> bool:
        if i == len(abbr):
            return True
        if w >= len(words):
            return False
        word = words[w]
        # take 1..n letters of this word, or skip a small word
        for k in range(1, len(word) + 1):
            if abbr[i : i + k] == word[:k] and walk(i + k, w + 1):
                return True
            if abbr[i : i + k] != word[:k]:
                break
        if word in ("of", "and", "the", "for", "in", "at", "nhs", "&", "on", "upon"):
            return walk(i, w + 1)
        return False

    return len(abbr) >= 2 and walk(0, 0)


def chrome_ranges(text: str, data: dict) -> list[tuple[int, int]]:
    """Character ranges of page chrome: breadcrumbs, share/copyright lines, the
    notes-to-editors tail. Shared with cqc_people (same data file)."""
    ranges: list[tuple[int, int]] = []
    cues = [fold(c) for c in data.get("chrome_cues", [])]
    ends = {fold(c) for c in data.get("chrome_end_lines", [])}
    seps = data.get("breadcrumb_separators", [])
    pos = 0
    first = True
    for line in text.splitlines(keepends=True):
        start, end = pos, pos + len(line)
        pos = end
        stripped = fold(line.strip())
        if not stripped:
            continue
        if first and _is_masthead(line.strip(), data):
            ranges.append((start, end))
            continue
        first = False
        if _is_byline(stripped):
            ranges.append((start, end))
            continue
        head = re.split(r"[:.]", stripped, maxsplit=1)[0].strip(" -–*#")
        if head in ends or stripped.strip(" -–*#") in ends:
            ranges.append((start, len(text)))
            break
        if any(sep in line for sep in seps) and len(stripped) < 160 and not re.search(r"[.!?][\"”]?\s*$", stripped):
            ranges.append((start, end))
            continue
        if any(cue in stripped for cue in cues) and len(stripped) < 400:
            ranges.append((start, end))
    return ranges


def _is_masthead(line: str, data: dict) -> bool:
    """A first line that is only a title-case name ("Ravensby Gazette",
    "Brindlecombe & District News"): a masthead or logo, not a headline."""
    masthead = data.get("masthead", {})
    words = line.split()
    if not words or len(words) > masthead.get("max_words", 5) or re.search(r"[\d.!?:,;\"“”]", line):
        return False
    if not all(w[0].isupper() or w in ("&", "and", "of", "the") for w in words):
        return False
    folded = {fold(w) for w in words}
    if folded & set(masthead.get("headline_words", ())):
        return False
    # A care provider's own name as a title ("Eastbrook Hospital") is not a masthead.
    heads = data.get("heads", {})
    return not any(folded & set(fold(phrase).split()) for kind in ("location", "provider") for phrase in heads.get(kind, ()))


def _is_byline(folded_line: str) -> bool:
    # "By Laura Pennick, Health Reporter": short, and not a sentence.
    return folded_line.startswith("by ") and len(folded_line) < 120 and not re.search(r"[.!?][\"”]?$", folded_line)


def in_ranges(start: int, ranges: list[tuple[int, int]]) -> bool:
    return any(s <= start < e for s, e in ranges)


# "Northgate was rated ...": a one-word short form that is rated names the location.
RATED_AFTER = re.compile(r"\s+(?:(?:was|is|has\s+been|had\s+been|is\s+now|has\s+now\s+been)\s+)?(?:rated|re-rated)\b")


class Organisations(AssetComponent):
    asset_files = ("vocab/organisations.json",)

    def _compile(self) -> None:
        data = self.assets["vocab/organisations.json"]
        heads: list[tuple[tuple[str, ...], str]] = []
        for kind, phrases in data["heads"].items():
            # "magistrates' court" -> ("magistrates", "'s", "court"), as _words reads tokens
            heads.extend((tuple(re.sub(r"(\w)['’]s?(?=\s|$)", r"\1 's", fold(p)).split()), kind) for p in phrases)
        # Longest head first so "nhs foundation trust" wins over "trust".
        self.heads = sorted(set(heads), key=lambda h: (-len(h[0]), h))
        self.head_words = {w for h, _ in self.heads for w in h} - {"'s"}
        self.weak_heads = {fold(w) for w in data["weak_location_heads"]}
        self.connectors = {fold(w) for w in data["connectors"]}
        self.function_words = {fold(w) for w in data["function_words"]}
        self.start_words = {fold(w) for w in data["sentence_start_words"]}
        self.months = {fold(w) for w in data["months"]}
        self.split_connectors = set(data["split_connectors"])
        self.place_connectors = set(data["place_connectors"])
        self.role_words = {fold(w) for w in data["role_words"]}
        self.generic = {fold(w) for w in data["generic_words"]} | self.function_words
        self.blockers = {fold(w) for w in data["name_blockers"]}
        self.company_suffixes = {fold(w) for w in data["company_suffixes"]}
        self.parent_heads = {fold(w) for w in data["parent_heads"]}
        self.not_acronyms = {w.upper() for w in data["not_acronyms"]}
        self.regulators = {fold(name): (name, aliases) for name, aliases in data["regulators"].items()}
        self.regulator_keys = {" ".join(_key(name).split()) for name in data["regulators"]} | set(self.regulators)
        self.prefix_names = {fold(w): kind for kind, words in data["prefix_names"].items() for w in words}
        self.owner_cues = sorted((fold(c) for c in data["owner_cues"]), key=len, reverse=True)
        self.parent_cues = [fold(c) for c in data["parent_cues"]]
        types = [(fold(p), kind) for kind, phrases in data["appositive_types"].items() for p in phrases]
        self.appositive_types = sorted(types, key=lambda t: -len(t[0]))
        self.reference_heads = {fold(w): kind for kind, words in data["reference_heads"].items() for w in words}
        self.data = data

    # -- tokens ----------------------------------------------------------------
    @staticmethod
    def _is_cap(token: Token) -> bool:
        text = token.text
        if token.is_space or not text:
            return False
        return text[:1].isupper() or (text[:1].isdigit() and len(text) > 1 and text[1:2].isalpha())

    @staticmethod
    def _line_break_after(token: Token) -> bool:
        return "\n" in token.whitespace_

    @staticmethod
    def _end_char(token: Token) -> int:
        # "Marsden Group's" ends before the possessive; "Ltd." before its full stop.
        text = strip_possessive(token.text)
        if text.endswith(".") and len(text) > 2:
            text = text[:-1]
        return token.idx + len(text)

    def _sentence_start(self, token: Token) -> bool:
        i = token.i
        if i == 0:
            return True
        prev = token.doc[i - 1]
        if token.is_sent_start or "\n" in prev.whitespace_ or prev.is_space:
            return True
        if prev.text in (".", "!", "?", ":", "•", "–", "—", "*"):
            return True
        return prev.text in ('"', "“", "‘", "'", "(") and (i < 2 or token.doc[i - 2].text in ".!?:" or "\n" in token.doc[i - 2].whitespace_)

    # -- finding name chunks -------------------------------------------------
    def _chunks(self, doc: Doc) -> list[tuple[int, int]]:
        """Token ranges of capitalised runs (connectors allowed inside, not at ends)."""
        chunks: list[tuple[int, int]] = []
        i, n = 0, len(doc)
        while i < n:
            if not self._is_cap(doc[i]):
                i += 1
                continue
            j = i + 1
            while j < n:
                tok = doc[j]
                prev = doc[j - 1]
                if tok.is_space or self._line_break_after(prev):
                    break
                nxt_cap = j + 1 < n and self._is_cap(doc[j + 1])
                if self._is_cap(tok):
                    j += 1
                elif tok.text in ("-", "–") and not prev.whitespace_ and not tok.whitespace_ and j + 1 < n and (
                    self._is_cap(doc[j + 1]) or (j + 3 < n and doc[j + 2].text in ("-", "–") and self._is_cap(doc[j + 3]))
                ):
                    j += 2  # glued hyphen: "Southend-on-Sea", "MBRRACE-UK" (not "Ofsted-style")
                elif tok.text in POSSESSIVE and not prev.whitespace_:
                    # "Bart's Hospital", "Bart's and The London", "Magistrates' Court"
                    if nxt_cap or (j + 2 < n and fold(doc[j + 1].text) in ("and", "&") and self._is_cap(doc[j + 2])):
                        j += 1
                    else:
                        break
                elif fold(tok.text) in self.connectors and nxt_cap:
                    j += 1
                elif tok.text == "(" and j + 2 < n and self._is_cap(doc[j + 1]):
                    close = next((k for k in range(j + 1, min(n, j + 6)) if doc[k].text == ")"), None)
                    if close is None:
                        break
                    if close + 1 < n and (self._is_cap(doc[close + 1]) or fold(doc[close + 1].text) in self.company_suffixes):
                        j = close + 1
                    elif not self._looks_abbreviation(doc, j + 1, close, i, j):
                        j = close + 1  # "Allcare Direct (Hexham)": a bracket that is part of the name
                        break
                    else:
                        break
                else:
                    break
            # never end on a connector / hyphen / possessive
            while j > i + 1 and (fold(doc[j - 1].text) in self.connectors or doc[j - 1].text in ("-", "–", "(") or doc[j - 1].text in POSSESSIVE):
                j -= 1
            chunks.append((i, j))
            i = j
        return chunks

    def _looks_abbreviation(self, doc: Doc, b_start: int, b_end: int, n_start: int, n_end: int) -> bool:
        inner = [t.text for t in doc[b_start:b_end]]
        if len(inner) != 1:
            return False
        words = [t.text for t in doc[n_start:n_end] if t.text not in POSSESSIVE]
        return inner[0].isupper() or _is_abbreviation(inner[0], words)

    def _head_end(self, words: list[str]) -> tuple[int, str] | None:
        """Index just past the last head word in `words`, and the head's kind."""
        best = None
        for k in range(len(words)):
            for head, kind in self.heads:
                if tuple(words[k : k + len(head)]) == head:
                    end = k + len(head)
                    if best is None or end > best[0]:
                        best = (end, kind)
                    break
        return best

    def _words(self, toks: list[Token]) -> list[str]:
        return [fold(strip_possessive(t.text)).rstrip(".") if t.text not in POSSESSIVE else "'s" for t in toks]

    def _strip_start(self, toks: list[Token]) -> list[Token]:
        while toks:
            w = fold(toks[0].text)
            first = toks[0]
            if w in self.months or (w in self.function_words and not (w == "the" and first.text == "The" and not self._sentence_start(first) and len(toks) > 2)):
                toks = toks[1:]
                continue
            if self._sentence_start(first) or (first.i > 0 and fold(first.doc[first.i - 1].text) in self.months):
                if w in self.start_words and len(toks) > 1:
                    toks = toks[1:]
                    continue
                # "Bosses at X", "Councillors on X": a sentence-initial common word and a preposition
                if len(toks) > 2 and fold(toks[1].text) in self.place_connectors:
                    toks = toks[2:]
                    continue
            break
        while toks and (fold(toks[-1].text) in self.function_words or toks[-1].text in POSSESSIVE):
            toks = toks[:-1]
        return toks

    def _split_possessive(self, toks: list[Token]) -> tuple[list[Token] | None, list[Token]]:
        """("Care UK", "Manor Lodge") from "Care UK's Manor Lodge"; owner None when kept whole."""
        for k in range(len(toks) - 2, 0, -1):
            if toks[k].text not in ("'s", "’s"):
                continue
            owner, rest = toks[:k], toks[k + 1 :]
            rest_words = self._words(rest)
            owner_words = self._words(owner)
            if len(rest) < 2 or self._inner_head(owner_words):
                continue  # "Princess Mary Hospital Bishop's Marsh": the owner is itself a name
            if fold(rest[0].text) in self.connectors:
                continue
            if not self._company_like(owner) and not self._stands_alone(rest[:2]):
                continue  # "Bishop's Mead Hospital": the possessive belongs to the name
            head = self._head_end(rest_words)
            if head is None:
                continue
            # "St Aldhelm's Hospital": the rest is only a head word -> one name.
            distinctive = [w for w in rest_words[: head[0] - 1] if w not in self.generic]
            if not distinctive:
                continue
            return owner, rest
        return None, toks

    def _inner_head(self, words: list[str]) -> bool:
        for k in range(1, len(words)):
            for head, _ in self.heads:
                if tuple(words[k : k + len(head)]) == head and k + len(head) < len(words):
                    return True
        return False

    def _stands_alone(self, toks: list[Token]) -> bool:
        """Does the text use these words as a name elsewhere, without what precedes them here?"""
        doc = toks[0].doc
        phrase = doc_text(doc)[toks[0].idx : self._end_char(toks[-1])]
        for m in re.finditer(re.escape(phrase), doc_text(doc)):
            if m.start() == toks[0].idx:
                continue
            before = doc_text(doc)[max(0, m.start() - 3) : m.start()]
            if not re.search(r"['’]s\s$", before):
                return True
        return False

    def _segments(self, toks: list[Token]) -> list[list[Token]]:
        """Cut coordinated names and trailing places: "X Hospital and Y Hospital"."""
        out: list[list[Token]] = []
        cur = 0
        k = 0
        skip_place = False
        while k < len(toks):
            w = toks[k].text if toks[k].text == "," else fold(toks[k].text)
            if w in self.split_connectors and k > cur:
                left = toks[cur:k]
                right_words = self._words(toks[k + 1 :])
                if skip_place:
                    if w == "and":
                        cur, skip_place = k + 1, False
                    k += 1
                    continue
                lw = self._words(left)
                head = self._head_end(lw)
                right_text = " ".join(right_words)
                if (head and head[0] == len(lw) and len(lw) >= 2 and self._head_end(right_words) is not None) or (
                    w == "and" and (right_text in self.regulator_keys or " ".join(lw) in self.regulator_keys)
                ):
                    out.append(left)
                    cur = k + 1
                    if w in self.place_connectors:
                        skip_place = True
                elif head and head[0] == len(lw) and len(lw) >= 2 and w in self.place_connectors:
                    out.append(left)  # "X Centre in Town": the rest is a place
                    return out
            k += 1
        if not skip_place and cur < len(toks):
            out.append(toks[cur:])
        return out

    def _name(self, doc: Doc, toks: list[Token]) -> tuple[int, int, str] | None:
        """(start_char, end_char, kind) for a segment, or None when it is no name."""
        toks = self._strip_start(toks)
        if not toks:
            return None
        words = self._words(toks)
        if words[0] in self.role_words:
            return None  # "Chief Inspector of General Practice": a job title
        if words[0] in self.prefix_names and len(toks) > 1:
            return toks[0].idx, self._end_char(toks[-1]), self.prefix_names[words[0]]
        text = doc_text(doc)[toks[0].idx : self._end_char(toks[-1])]
        if _key(text) in {_key(k) for k in self.regulators}:
            return toks[0].idx, self._end_char(toks[-1]), "regulator"
        head = self._head_end(words)
        if head is None:
            return None
        head_end, kind = head
        if head_end < len(words) and words[head_end] in self.blockers:
            return None  # "Health and Social Care Act 2008"
        if head_end < len(words) and words[head_end] in ("of", "for") and head_end + 1 < len(words):
            head_end = len(words)  # "Department of Health", "Office for National Statistics"
        name_toks = toks[:head_end]
        if len(name_toks) < 2:
            return None
        nw = words[:head_end]
        if nw[-1] in self.weak_heads and len(nw) < 2:
            return None
        if all(w in self.generic for w in nw):
            return None  # "Health and Social Care", "State of Care", "NHS Trust"
        first_head = self._head_end(nw[:1])
        if first_head and nw[0] in ("department", "office", "ministry", "royal college", "college", "university") and kind == "provider":
            kind = "other"
        return name_toks[0].idx, self._end_char(name_toks[-1]), kind

    def _candidates(self, doc: Doc, chrome: list[tuple[int, int]]) -> list[tuple[int, int, str, bool]]:
        """(start_char, end_char, kind, strong) of organisation names, by grammar."""
        found = []
        for start, end in self._chunks(doc):
            if in_ranges(doc[start].idx, chrome):
                continue
            toks = self._strip_start(list(doc[start:end]))
            if not toks:
                continue
            owner, toks = self._split_possessive(toks)
            if owner:
                owner = self._strip_start(owner)
                if owner and self._company_like(owner):
                    found.append((owner[0].idx, self._end_char(owner[-1]), "provider", False))
            for seg in self._segments(toks):
                got = self._name(doc, seg)
                if got:
                    found.append((*got, True))
        found.extend(self._cue_names(doc, chrome))
        return found

    def _company_like(self, toks: list[Token]) -> bool:
        words = self._words(toks)
        return any(w in self.head_words for w in words) or any(t.text.isupper() and len(t.text) >= 2 for t in toks)

    def _cue_names(self, doc: Doc, chrome) -> list[tuple[int, int, str, bool]]:
        """Names without head words that a cue marks: "run by X", "X, a home care agency"."""
        out = []
        text = doc_text(doc)
        low = fold(text)
        for cue in self.owner_cues:
            if cue.startswith(("which", "who", "that")):
                continue
            for m in re.finditer(r"\b" + re.escape(cue) + r"\s+(?:the\s+)?", low):
                span = self._cap_run(doc, m.end())
                if span and not in_ranges(span[0], chrome):
                    out.append((span[0], span[1], "provider", True))
        # "X, a home care agency in Y" / "X (Hexham), a homecare agency"
        taken: dict[tuple[int, int], str] = {}
        commas = [m.start() for m in _APPOSITIVE_COMMA.finditer(text)]
        for phrase, kind in self.appositive_types:
            for seg_start, seg_end in _appositives(text, commas, phrase):
                seg = text[seg_start:seg_end]
                sub = _NAME_AT_END.search(seg)
                if not sub:
                    continue
                s = seg_start + sub.start(1)
                e = seg_start + sub.end(1)
                span = doc.char_span(s, e, alignment_mode="contract")
                if span is None or in_ranges(s, chrome):
                    continue
                toks = self._strip_start(list(span))
                if len(toks) < 1 or self._words(toks)[0] in self.role_words:
                    continue
                if len(toks) == 1 and not toks[0].text[:1].isupper():
                    continue
                if any(t.ent_type_ == "PERSON" for t in toks) and not _type_tail(phrase, run_by=True).match(text, seg_end):
                    # NER's PERSON wins, unless the type is run by someone: "X, a home care agency run by Y"
                    continue
                s, e = toks[0].idx, self._end_char(toks[-1])
                if (s, e) not in taken:  # the longest type phrase wins ("a home care agency")
                    taken[(s, e)] = kind
        out.extend((s, e, kind, True) for (s, e), kind in taken.items())
        return out

    def _cap_run(self, doc: Doc, char: int) -> tuple[int, int] | None:
        span = doc.char_span(char, min(len(doc_text(doc)), char + 1), alignment_mode="expand")
        if span is None:
            return None
        i = span.start
        for start, end in self._chunks(doc[i : min(len(doc), i + 15)].as_doc()):
            if start != 0:
                break
            toks = list(doc[i + start : i + end])
            toks = [t for t in toks]
            while toks and fold(toks[-1].text) in self.function_words:
                toks = toks[:-1]
            if toks and self._words(toks)[0] not in self.role_words:
                return toks[0].idx, self._end_char(toks[-1])
        return None

    # -- clustering ------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        chrome = chrome_ranges(doc_text(doc), self.data)
        orgs: dict[str, _Org] = {}
        order: list[str] = []

        def add(name: str, kind: str, start: int, end: int, strong: bool = True) -> None:
            key = _key(name)
            if not key:
                return
            if key not in orgs:
                orgs[key] = _Org(name=name, kind=kind, strong=strong)
                order.append(key)
            else:
                org = orgs[key]
                if name[:4] == "The " and not org.name.startswith("The "):
                    org.name = name
                if strong and not org.strong:
                    org.kind, org.strong = kind, True
            orgs[key].mentions.append((start, end))

        for start, end, kind, strong in sorted(self._candidates(doc, chrome)):
            name = doc_text(doc)[start:end]
            regulator = self.regulators.get(_key(name)) or next(
                (v for k, v in self.regulators.items() if _key(k) == _key(name)), None
            )
            if regulator:
                kind = "regulator"
                name = regulator[0]
            name, alias = self._inner_bracket(name)
            add(name, kind, start, end, strong)
            if alias:
                self._add_alias(orgs[_key(name)], alias)

        self._bracket_aliases(doc, orgs)
        self._merge_short_forms(orgs, order)
        self._add_known_regulators(doc, orgs, order, chrome)
        self._add_acronyms(doc, orgs, chrome)
        self._add_place_references(doc, orgs, chrome)
        self._add_short_forms(doc, orgs, order, chrome)
        self._fix_kinds(doc, orgs)

        spans = []
        records = []
        for key in order:
            org = orgs.get(key)
            if org is None:
                continue
            mentions = sorted(set(org.mentions))
            records.append(
                {
                    "name": org.name,
                    "kind": org.kind,
                    "aliases": org.aliases,
                    "evidence": [evidence(doc, s, e) for s, e in mentions[:MAX_EVIDENCE]],
                }
            )
            for s, e in mentions:
                span = doc.char_span(s, e, label=org.kind, alignment_mode="expand")
                if span is not None:
                    span.id_ = org.name
                    spans.append(span)
        doc.spans[ORG_SPANS_KEY] = sorted(spans, key=lambda sp: (sp.start, sp.end))
        doc._.cqc_organisations = records
        return doc

    @staticmethod
    def _add_alias(org: _Org, alias: str) -> None:
        alias = strip_possessive(alias.strip())
        if alias and _key(alias) != _key(org.name) and all(_key(a) != _key(alias) for a in org.aliases):
            org.aliases.append(alias)

    def _inner_bracket(self, name: str) -> tuple[str, str | None]:
        """"Nottingham University Hospitals (NUH) NHS Trust" -> name without the bracket, alias NUH."""
        m = re.search(r"\s*\(([^()\s]{2,10})\)\s*", name)
        if not m or m.end() == len(name.rstrip()):
            return name, None
        before = name[: m.start()]
        abbr = m.group(1)
        if abbr.isupper() or _is_abbreviation(abbr, before.split()):
            return (before + " " + name[m.end() :]).strip(), abbr
        return name, None

    def _bracket_aliases(self, doc: Doc, orgs: dict[str, _Org]) -> None:
        """"Hawksmoor Valley Ambulance Service (Hvamb)": the bracket is an alias."""
        text = doc_text(doc)
        for org in list(orgs.values()):
            for s, e in list(org.mentions):
                m = re.match(r"\s*\(([A-Z][A-Za-z&\-]{1,9})\)", text[e : e + 14])
                if not m:
                    continue
                abbr = m.group(1)
                if abbr.isupper() or _is_abbreviation(abbr, _WORD.findall(text[s:e])):
                    self._add_alias(org, abbr)
                    # every later use of the abbreviation is a mention
                    for hit in re.finditer(r"\b" + re.escape(abbr) + r"\b", text):
                        org.mentions.append(hit.span())

    def _acronyms_of(self, name: str) -> set[str]:
        words = [w for w in _WORD.findall(fold(name)) if w not in ("'s", "’s")]
        skip = {"of", "and", "the", "for", "in", "at", "&"}
        variants = set()
        for drop in ((), ("nhs",), ("foundation",), ("nhs", "foundation"), ("nhs", "foundation", "trust"), ("nhs", "trust")):
            ws = [w for w in words if w not in skip and w not in drop]
            for k in range(len(ws), 1, -1):
                variants.add("".join(w[0] for w in ws[:k]))
            # "NHSLA": NHS spelled out
            ws2 = [w for w in words if w not in skip and w not in drop]
            if ws2 and ws2[0] == "nhs":
                variants.add("nhs" + "".join(w[0] for w in ws2[1:]))
        return {v for v in variants if len(v) >= 2}

    def _add_acronyms(self, doc: Doc, orgs: dict[str, _Org], chrome) -> None:
        """Acronyms in the text ("CQC", "HRI") join the organisation they abbreviate."""
        initials: dict[str, str] = {}
        for key, org in orgs.items():
            for variant in self._acronyms_of(org.name):
                initials.setdefault(variant, key)
        for token in doc:
            text = token.text
            if not (2 <= len(text) <= 8 and text.isupper() and text.replace("&", "").isalpha()):
                continue
            if text in self.not_acronyms or in_ranges(token.idx, chrome):
                continue
            key = initials.get(text.lower())
            if key is None or key not in orgs:
                continue
            org = orgs[key]
            if _key(text) != _key(org.name):
                self._add_alias(org, text)
            org.mentions.append((token.idx, token.idx + len(text)))

    def _merge_short_forms(self, orgs: dict[str, _Org], order: list[str]) -> None:
        """A name that begins a longer name of the same kind is its alias ("Brenton Health"
        of "Brenton Health NHS Trust"); across kinds only when the rest is a company suffix."""
        for key in sorted(list(orgs), key=len):
            org = orgs.get(key)
            if org is None:
                continue
            for other_key in order:
                other = orgs.get(other_key)
                if other is None or other_key == key or not other_key.startswith(key + " "):
                    continue
                rest = other_key[len(key) + 1 :].split()
                if other.kind != org.kind and not all(w in self.company_suffixes for w in rest) and org.strong:
                    continue
                self._add_alias(other, org.name)
                for a in org.aliases:
                    self._add_alias(other, a)
                other.mentions.extend(org.mentions)
                del orgs[key]
                break

    def _add_known_regulators(self, doc: Doc, orgs: dict[str, _Org], order: list[str], chrome) -> None:
        """A known regulator referred to only by its abbreviation is still named."""
        # Token (text, offset) pairs once: a pass over a long Doc per alias costs seconds.
        tokens: list[tuple[str, int]] | None = None
        for folded, (name, aliases) in self.regulators.items():
            key = _key(name)
            if key in orgs:
                continue
            if tokens is None and any(alias in doc_text(doc) for alias in aliases):
                tokens = [(t.text, t.idx) for t in doc]
            for alias in aliases:
                if alias not in doc_text(doc):
                    continue  # no token can be it
                hits = [idx for text, idx in tokens if text == alias and not in_ranges(idx, chrome)]
                if hits:
                    # The text only abbreviates it: that is the fullest form it uses.
                    orgs[key] = _Org(name=alias, kind="regulator", aliases=[],
                                     mentions=[(idx, idx + len(alias)) for idx in hits])
                    order.append(key)
                    break

    def _covered(self, orgs: dict[str, _Org], start: int, end: int) -> bool:
        return any(s < end and start < e for org in orgs.values() for s, e in org.mentions)

    def _add_short_forms(self, doc: Doc, orgs: dict[str, _Org], order: list[str], chrome) -> None:
        """A leading part of a name used on its own ("Abbey Hill", "Fenner", "Brenton Health")."""
        text = doc_text(doc)
        has_ner = doc.has_annotation("ENT_IOB")
        for key in list(order):
            org = orgs.get(key)
            if org is None or org.kind == "regulator":
                continue
            words = org.name.split()
            if words and words[0] == "The":
                words = words[1:]
            for k in range(len(words) - 1, 0, -1):
                prefix_words = words[:k]
                lw = [fold(strip_possessive(w)) for w in prefix_words]
                if lw[-1] in self.connectors or lw[-1] in ("nhs", "university", "royal", "st", "st.", "saint"):
                    continue
                if all(w in self.generic or w in self.head_words for w in lw):
                    continue
                if k == 1 and (lw[0] in self.start_words or lw[0] in self.function_words or len(lw[0]) < 4):
                    continue
                if k == 1 and (any(c in words[0] for c in "-(") or not has_ner):
                    continue  # one word: only where the statistical NER can tell a town
                if fold(words[k]) in ("and", "&"):
                    continue  # "Harwood" is not short for "Harwood and Fenby Hospital"
                prefix = " ".join(prefix_words)
                found = []
                for m in re.finditer(r"(?<![\w’'-])" + re.escape(prefix) + r"(?:['’]s)?(?![\w-])", text):
                    s, e = m.start(), m.start() + len(strip_possessive(m.group(0)))
                    if in_ranges(s, chrome) or self._covered(orgs, s, e):
                        continue
                    before = text[max(0, s - 12) : s]
                    after = text[e : e + 3]
                    if re.match(r"\s*['’]?s?\s*[A-Z]", after) and not re.match(r"['’]s", after):
                        continue  # part of a longer capitalised run
                    if k == 1 and re.search(r"\b(?:in|near|from|across|around|of|outside)\s+$", before):
                        continue  # a town, not the hospital
                    found.append((s, e))
                if found and k == 1 and any(
                    t.ent_type_ in ("GPE", "LOC", "NORP", "PERSON")
                    for s, e in found
                    for t in (doc.char_span(s, e, alignment_mode="expand") or [])
                ) and not any(RATED_AFTER.match(text, e) for s, e in found):
                    continue  # a town, unless it is the one that is rated
                if found:
                    self._add_alias(org, prefix)
                    org.mentions.extend(found)

    def _add_place_references(self, doc: Doc, orgs: dict[str, _Org], chrome) -> None:
        """"Harlow's hospital trust", "Kendal hospitals trust": a place and a type noun."""
        pattern = r"\b([A-Z][\w\-]+)(['’]s)?\s+((?:(?:hospitals?|ambulance|health|mental health|community|care|acute|nhs|foundation)\s+){0,2}trust)\b"
        for m in re.finditer(pattern, doc_text(doc)):
            if in_ranges(m.start(), chrome) or self._covered(orgs, m.start(), m.end()):
                continue
            place = fold(m.group(1))
            if place in self.function_words or place in self.start_words or m.group(1).isupper():
                continue
            if re.search(r"[A-Z][\w]*['’]?s?\s$", doc_text(doc)[max(0, m.start() - 12) : m.start()]):
                continue  # "Bishop's Marsh trust": part of a longer name
            providers = [o for o in orgs.values() if o.kind == "provider" and place in _key(o.name).split()]
            if len(providers) != 1:
                continue
            org = providers[0]
            self._add_alias(org, m.group(0))
            org.mentions.append(m.span())

    def _fix_kinds(self, doc: Doc, orgs: dict[str, _Org]) -> None:
        """"X, run by Y": Y provides, X is the place; "part of the Y Group": Y is a parent."""
        low = fold(doc_text(doc))
        spans = sorted(((s, e, org) for org in orgs.values() for s, e in org.mentions), key=lambda t: t[0])
        runners = set()
        for cue in self.owner_cues:
            for m in re.finditer(r"\b" + re.escape(cue) + r"\s+(?:the\s+)?", low):
                after = [t for t in spans if t[0] == m.end()]
                if not after:
                    continue
                if cue.startswith(("which", "who", "that")):
                    after[0][2].kind = "location" if after[0][2].kind == "provider" and cue != "who runs" else after[0][2].kind
                    continue
                runner = after[0][2]
                runner.kind = "provider"
                runners.add(id(runner))
                before = [t for t in spans if t[1] <= m.start() and m.start() - t[1] < 40 and "." not in low[t[1] : m.start()]]
                if before and before[-1][2] is not runner and before[-1][2].kind == "provider":
                    before[-1][2].kind = "location"
        for cue in self.parent_cues:
            for m in re.finditer(r"\b" + re.escape(cue) + r"\s+(?:the\s+)?", low):
                after = [t for t in spans if t[0] == m.end()]
                if not after or id(after[0][2]) in runners:
                    continue
                org = after[0][2]
                last = _key(org.name).split()[-1:]
                if org.kind == "provider" and last and last[0] in self.parent_heads:
                    org.kind = "other"


@Language.factory("cqc_organisations", default_config={})
def make_organisations(nlp: Language, name: str) -> Organisations:
    return Organisations(nlp, name)


def org_at(doc: Doc, start: int, end: int) -> Span | None:
    """The organisation mention overlapping a character range, if any."""
    for span in doc.spans.get(ORG_SPANS_KEY, []):
        if span.start_char < end and start < span.end_char:
            return span
    return None
