"""Merging mentions of cqc_organisations into organisations and their aliases.

Bracketed abbreviations, acronyms, short forms (a leading part of a name
standing alone), "Town's hospital trust", known regulators named only by
their abbreviation; and the kinds that cues fix ("X, run by Y").
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from dataclasses import dataclass, field

from spacy.tokens import Doc

from ..text import fold, strip_possessive
from .base import doc_text, doc_tokens
from .org_names import SKIPPABLE_WORDS, _WORD, _WordIndex, _is_abbreviation, _key, _word_start, doc_fold
from .page_layout import in_ranges

# (session 16) patterns the code below used as strings, compiled once: `re.sub(r"...", ...)` looks
# its pattern up in re's cache on every call (~0.5 µs, tens of calls a page)
_BRACKETED_ABBREVIATION_AFTER = re.compile(r"\s*\(([A-Z][A-Za-z&\-]{1,9})\)")
_BRACKETED_INNER = re.compile(r"\s*\(([^()\s]{2,10})\)\s*")


# How many first letters of a one-word name _merge_blends indexes the longer names by (a blend is 5-12 letters)
BLEND_OPENING = 3
# At most this many longer names a one-word name is tried as the blend of, the first in the page: a page of
# thousands of names with one opening (a hostile text; real pages hold a few) stays linear (issue 15)
BLEND_TRIES = 16


def _blend_openings(words: list[str], n: int = BLEND_OPENING) -> set[str]:
    """The first `n` letters a blend of `words` (lower case) can open with, as _is_abbreviation reads it:
    one or more first letters of each word in turn, a small word taken or skipped."""
    openings: set[str] = set()

    def go(prefix: str, w: int) -> None:
        if len(prefix) >= n:
            openings.add(prefix[:n])
            return
        if w >= len(words):
            return  # (shorter than n: no blend of five letters or more opens so)
        word = words[w]
        for k in range(1, min(len(word), n - len(prefix)) + 1):
            go(prefix + word[:k], w + 1)
        if word in SKIPPABLE_WORDS:
            go(prefix, w + 1)

    go("", 0)
    return openings


@dataclass
class OrgCluster:
    """An organisation gathered from its mentions while cqc_organisations runs
    (one mention read by a later component is `base.OrgMention`)."""

    name: str
    kind: str
    aliases: list[str] = field(default_factory=list)
    mentions: list[tuple[int, int]] = field(default_factory=list)  # character offsets
    strong: bool = True  # found by a head word or a cue (not only as a possessive owner)


# (session 17) a name of one to four capitalised words closed by punctuation: an alias a cue introduced
_ALIAS_RUN = re.compile(r"([A-Z][\w’'&\-]*(?:[ \t][A-Z][\w’'&\-]*){0,3})(?=\s*[,;:)–—]|\s+[–—-]\s|\.\s)")
_CAPITAL_AFTER = re.compile(r"\s*['’]?s?\s*[A-Z]")
_POSSESSIVE_S = re.compile(r"['’]s")
_TOWN_BEFORE = re.compile(r"\b(?:in|near|from|across|around|of|outside)\s+$")
_SPACE_CAPITAL = re.compile(r"\s+[A-Z]")
_SPACE_CAPITAL_LOWER = re.compile(r"\s+[A-Z]\w*\s+[a-z]")
# "Harlow's hospital trust": r"\b([A-Z][\w\-]+)..." written capital first, with the
# \b after it (no word character before the capital), so the engine searches for capitals.
_PLACE_TRUST = re.compile(r"([A-Z](?<!\w[A-Z])[\w\-]+)(['’]s)?\s+((?:(?:hospitals?|ambulance|health|mental health|community|care|acute|nhs|foundation)\s+){0,2}trust)\b")


class _Coverage:
    """The characters covered by mentions: whether a span overlaps a mention is one
    search of its characters, not a pass over every mention."""

    def __init__(self, length: int, spans):
        self.marks = bytearray(length)
        self.points: list[tuple[int, int]] = []  # empty spans cover no character
        for s, e in spans:
            self.add(s, e)

    def add(self, s: int, e: int) -> None:
        if e <= s:
            self.points.append((s, e))
            return
        s, e = max(0, s), min(len(self.marks), e)
        if s < e:
            self.marks[s:e] = b"\x01" * (e - s)

    def overlaps(self, start: int, end: int) -> bool:
        """The same as any(s < end and start < e for every mention (s, e)), for start < end."""
        return self.marks.find(1, max(0, start), end) != -1 or any(s < end and start < e for s, e in self.points)


def _names_beginning(order: list[str]):
    """key -> the keys of `order` (in its order) that begin with key and a space."""
    tree: dict = {}
    for position, other in enumerate(order):
        node = tree
        for word in other.split(" ")[:-1]:
            # (session 18) a node made only where none is: setdefault built a dict, a list and a tuple
            # for every word of every name (~3 % of a page of thousands of names)
            child = node.get(word)
            if child is None:
                child = node[word] = ({}, [])
            child[1].append(position)
            node = child[0]

    def longer(key: str) -> list[str]:
        node = (tree, [])
        for word in key.split(" "):
            node = node[0].get(word)
            if node is None:
                return []
        return [order[p] for p in node[1]]

    return longer



def _positions_by_word(order: list[str]) -> dict[str, list[int]]:
    """word -> the positions in `order` of the keys with that word (key.split()), ascending."""
    having: dict[str, list[int]] = {}
    for position, other in enumerate(order):
        for word in set(other.split()):
            having.setdefault(word, []).append(position)
    return having


# "Northgate was rated ...": a one-word short form that is rated names the location.
RATED_AFTER = re.compile(r"\s+(?:(?:was|is|has\s+been|had\s+been|is\s+now|has\s+now\s+been)\s+)?(?:rated|re-rated)\b")


@functools.lru_cache(maxsize=16384)
def _acronyms_of(name: str) -> frozenset[str]:
    """The acronyms a name can be written as: a pure function of the name, and the
    same names come back in every article (and for every token in capitals)."""
    words = [w for w in _WORD.findall(fold(name)) if w not in ("'s", "’s")]
    skip = {"of", "and", "the", "for", "in", "at", "&"}
    variants = set()
    for drop in ((), ("nhs",), ("foundation",), ("nhs", "foundation"), ("nhs", "foundation", "trust"), ("nhs", "trust")):
        ws = [w for w in words if w not in skip and w not in drop]
        for k in range(len(ws), 1, -1):
            variants.add("".join(w[0] for w in ws[:k]))
        if words and words[0] == "the" and ws:
            variants.add("t" + "".join(w[0] for w in ws))  # "TKCP": "The Kestlow Care Partnership" with its "The"
        # "NHSLA": NHS spelled out
        ws2 = [w for w in words if w not in skip and w not in drop]
        if ws2 and ws2[0] == "nhs":
            variants.add("nhs" + "".join(w[0] for w in ws2[1:]))
    return frozenset(v for v in variants if len(v) >= 2)


class AliasMerger:
    """Joining mentions into organisations (`OrgCluster`), aliases and kinds."""

    @staticmethod
    def _add_alias(org: OrgCluster, alias: str) -> None:
        alias = strip_possessive(alias.strip())
        if alias and _key(alias) != _key(org.name) and all(_key(a) != _key(alias) for a in org.aliases):
            org.aliases.append(alias)

    def _inner_bracket(self, name: str) -> tuple[str, str | None]:
        """"Nottingham University Hospitals (NUH) NHS Trust" -> name without the bracket, alias NUH."""
        # (session 18) no bracket, no search: the pattern opens with blanks, tried at every character of every name
        m = _BRACKETED_INNER.search(name) if "(" in name else None
        if not m or m.end() == len(name.rstrip()):
            return name, None
        before = name[: m.start()]
        abbr = m.group(1)
        rest = [fold(w) for w in name[m.end() :].split()]
        if rest and all(w in self.company_suffixes for w in rest) and not _is_abbreviation(abbr, before.split()):
            return name, None  # "Holt (NW) Limited": a bracket inside a company's registered name
        if abbr.isupper() or _is_abbreviation(abbr, before.split()):
            return (before + " " + name[m.end() :]).strip(), abbr
        return name, None

    def _bracket_aliases(self, doc: Doc, orgs: dict[str, OrgCluster]) -> None:
        """"Hawksmoor Valley Ambulance Service (Hvamb)": the bracket is an alias."""
        text = doc_text(doc)
        for org in list(orgs.values()):
            for s, e in list(org.mentions):
                m = _BRACKETED_ABBREVIATION_AFTER.match(text[e : e + 14])
                if not m:
                    continue
                abbr = m.group(1)
                if abbr.isupper() or _is_abbreviation(abbr, _WORD.findall(text[s:e])):
                    self._add_alias(org, abbr)
                    # every later use of the abbreviation is a mention
                    for hit in re.finditer(_word_start(abbr) + r"\b", text):  # (\b and abbr, abbr first)
                        org.mentions.append(hit.span())

    def _acronyms_of(self, name: str) -> frozenset[str]:
        return _acronyms_of(name)


    def _add_acronyms(self, doc: Doc, orgs: dict[str, OrgCluster], chrome) -> None:
        """Acronyms in the text ("CQC", "HRI") join the organisation they abbreviate."""
        table = doc_tokens(doc)
        texts = table.texts
        # the tokens in capitals (str.isupper in one pass, in C), the others cannot be acronyms
        upper = list(itertools.compress(range(len(texts)), map(str.isupper, texts)))
        if not upper:
            return
        initials: dict[str, str] = {}
        for key, org in orgs.items():
            for variant in self._acronyms_of(org.name):
                initials.setdefault(variant, key)
        text_all = doc_text(doc)
        for key, org in orgs.items():
            # "The Kestlow Care Partnership ... TKCP": the text's "The" before a name
            # whose item drops it (at a sentence start) may stand in its acronym
            if not fold(org.name).startswith("the ") and any(
                    fold(text_all[max(0, s - 4) : s]) == "the " for s, _ in org.mentions):
                for variant in self._acronyms_of("The " + org.name):
                    if variant.startswith("t"):
                        initials.setdefault(variant, key)
        for i in upper:
            token, text = table.tokens[i], texts[i]
            if not (2 <= len(text) <= 8 and text.replace("&", "").isalpha()):
                continue
            if text in self.not_acronyms or in_ranges(token.idx, chrome):
                continue
            key = initials.get(text.lower())
            if key is None and "&" in text:
                key = initials.get(text.replace("&", "").lower())  # "KH&SC": the "&" of "Health & Social Care"
            if key is None or key not in orgs:
                continue
            org = orgs[key]
            if _key(text) != _key(org.name):
                self._add_alias(org, text)
            org.mentions.append((token.idx, token.idx + len(text)))

    def _merge_short_forms(self, orgs: dict[str, OrgCluster], order: list[str]) -> None:
        """A name that begins a longer name of the same kind is its alias ("Brenton Health"
        of "Brenton Health NHS Trust"); across kinds only when the rest is a company suffix."""
        # The longer names each key begins, in `order`, from a tree of the keys' words
        # built once: no scan of every key per key (thousands of names in a text).
        # `key + " "` begins `other_key` exactly when key.split(" ") is a proper
        # leading part of other_key.split(" ").
        longer = _names_beginning(order)
        for key in sorted(list(orgs), key=len):
            org = orgs.get(key)
            if org is None:
                continue
            for other_key in longer(key):
                other = orgs.get(other_key)
                if other is None:
                    continue
                rest = other_key[len(key) + 1 :].split()
                if other.kind != org.kind and not all(w in self.company_suffixes for w in rest) and org.strong \
                        and not self._place_alone(key, rest):
                    continue
                self._add_alias(other, org.name)
                for a in org.aliases:
                    self._add_alias(other, a)
                other.mentions.extend(org.mentions)
                del orgs[key]
                break

    def _place_alone(self, key: str, rest: list[str]) -> bool:
        """"Barnshire said" of "Barnshire County Council": a name with no head word that
        begins a body's name whose rest is generic and head words ending in one of
        `place_alone_heads` (a council named by its place; its other words may be
        `place_alone_heads.words`: "County", "Borough")."""
        return bool(rest) and rest[-1] in self.place_alone_heads and self._head_end(key.split()) is None and all(
            w in self.generic or w in self.head_words or w in self.place_alone_words for w in rest)

    def _merge_cut_names(self, doc: Doc, orgs: dict[str, OrgCluster]) -> None:
        """(session 18) A name whose every mention runs on in the text into a longer name found
        elsewhere ("Tarn Lodge" read off "Tarn Lodge Living director Ann Lee said", beside "run by
        Tarn Lodge Living") is a cut copy of that name: its mentions are the longer name's."""
        text = doc_text(doc)
        by_first: dict[str, list[OrgCluster]] = {}
        for org in orgs.values():
            by_first.setdefault(org.name.split(" ", 1)[0], []).append(org)
        for key in list(orgs):
            org = orgs.get(key)
            if org is None or org.kind == "regulator" or not org.mentions:
                continue
            for other in by_first.get(org.name.split(" ", 1)[0], ()):
                if other is org or other.kind == "regulator" or not other.name.startswith(org.name + " ") \
                        or orgs.get(_key(other.name)) is not other:
                    continue
                n = len(other.name)
                if all(text[s : s + n] == other.name for s, _ in org.mentions):
                    other.mentions.extend((s, s + n) for s, _ in org.mentions)
                    for a in org.aliases:
                        self._add_alias(other, a)
                    del orgs[key]
                    break

    def _merge_inner_forms(self, orgs: dict[str, OrgCluster], order: list[str]) -> None:
        """A name of two or more words inside a longer name of the same kind is its
        alias ("Combined Healthcare" of "Northmoor Combined Healthcare NHS Trust",
        "Spire Hospital" of "Tarrow Spire Hospital"); NHS trust names that differ only
        in "NHS", "Foundation" or "Service" are one trust (the fullest form is the name)."""
        variant = {"nhs", "foundation", "service", "services"}
        joint_first = getattr(self, "joint_right_first", frozenset())  # (set by Organisations from the vocabulary)
        # The positions in `order` of the keys that have each word, built once: a key
        # can only be inside (or the same trust as) a key that has every one of its
        # words (every core word), so the candidates are the keys that have its rarest
        # such word, in order; no scan of every key per key (thousands of names).
        having = _positions_by_word(order)
        for key in sorted(list(orgs), key=len):
            org = orgs.get(key)
            if org is None or org.kind == "regulator":
                continue
            words = key.split()
            core = [w for w in words if w not in variant]
            needed = core or words
            candidates = (
                [order[p] for p in min((having.get(w, ()) for w in needed), key=len)] if needed else order
            )
            for other_key in candidates:
                other = orgs.get(other_key)
                if other is None or other_key == key or other.kind == "regulator":
                    continue
                other_words = other_key.split()
                inner = (
                    other.kind == org.kind
                    and len(words) >= 2
                    and f" {key} " in f" {other_key} "
                    and any(w not in self.generic and w not in self.head_words for w in words)
                )
                same_trust = (
                    words[-1] == other_words[-1] == "trust"
                    and len(core) >= 3
                    and core == [w for w in other_words if w not in variant]
                    and len(other_key) > len(key)
                )
                # "Tarrow District Hospital" of "Tarrow and District Hospital" (session 18)
                joint = other.kind == org.kind and len(other_words) == len(words) + 1 and any(
                    other_words[i] in ("and", "&") and other_words[i + 1] in joint_first
                    and other_words[:i] + other_words[i + 1 :] == words for i in range(1, len(other_words) - 1))
                if not (inner or same_trust or joint):
                    continue
                self._add_alias(other, org.name)
                for a in org.aliases:
                    self._add_alias(other, a)
                other.mentions.extend(org.mentions)
                if same_trust and "provider" in (org.kind, other.kind):
                    other.kind = "provider"
                del orgs[key]
                break

    def _add_repeats(self, doc: Doc, orgs: dict[str, OrgCluster], chrome) -> None:
        """Every other use of a name found once by a cue ("X, located at ..." and
        later "we were impressed with X") is a mention of it."""
        text = doc_text(doc)
        # every mention so far, by start, with the largest end up to each: an overlap
        # test is one bisection (a name repeated n times costs n log n, not n²)
        taken = sorted((s, e) for org in orgs.values() for s, e in org.mentions)
        starts = [s for s, _ in taken]
        max_end = list(itertools.accumulate((e for _, e in taken), max))
        chrome_starts = [s for s, _ in chrome]

        def covered(s: int, e: int) -> bool:
            i = bisect.bisect_left(starts, e)
            return i > 0 and max_end[i - 1] > s

        def in_chrome(s: int) -> bool:
            i = bisect.bisect_right(chrome_starts, s)
            return i > 0 and any(cs <= s < ce for cs, ce in chrome[max(0, i - 8) : i])

        # Built once: the uses of each name from an index of the text's words, and the
        # longer names each name begins from a tree of the names' words (no scan of
        # the text, nor of every name, per name).
        words_at = _WordIndex(text)
        names = [o.name for o in orgs.values()]
        names_beginning = _names_beginning(names)
        for org in orgs.values():
            # a home registered under its address ("14 Fenwick Road") is named again by it
            # where no cue stands ("staff at 14 Fenwick Road were not trained")
            if org.kind == "regulator" or len(org.name) < 4 or not (org.name[:1].isupper() or self._address_name(org.name)):
                continue
            # "Corvane Health" inside "Corvane Health Tarrow", a leading part of another
            # organisation's name ("Corvane Health Tarrow Hospital"), is that one's
            longer = {" " + name[len(org.name) + 1 :].split()[0] for name in names_beginning(org.name)
                      if name[len(org.name) + 1 :].strip()}
            for s, e in words_at.uses(org.name, possessive=False):
                if in_chrome(s) or covered(s, e):
                    continue
                if any(text.startswith(w, e) and not text[e + len(w) : e + len(w) + 1].isalnum() for w in longer):
                    continue
                if _SPACE_CAPITAL.match(text[e : e + 2]) and not _SPACE_CAPITAL_LOWER.match(text[e : e + 40]):
                    continue  # part of a longer capitalised run
                org.mentions.append((s, e))

    def _address_name(self, name: str) -> bool:
        """Is `name` a house number and a street ("14 Fenwick Road", organisations.json street_addresses)?"""
        return name[:1].isdigit() and self.address_re is not None and self.address_re.match(name) is not None

    # "X was formerly called Y", "X (formerly Y)", "X, which is now Y": one body, two names
    _RENAMED = re.compile(
        r"\s{0,3}[,(]?\s{0,3}(?:which\s{1,3}|who\s{1,3})?(?:(?:was|is|has\s{1,3}been)\s{1,3})?"
        r"(?:formerly|previously|now|since\s{1,3}renamed|renamed)\s{1,3}(?:(?:called|known\s{1,3}as|named)\s{1,3})?(?:the\s{1,3})?"
    )

    def _merge_renamed(self, doc: Doc, orgs: dict[str, OrgCluster]) -> None:
        """The second name of a renaming joins the first as its alias."""
        text = doc_text(doc)
        spans = sorted(((s, e, key) for key, org in orgs.items() for s, e in org.mentions), key=lambda t: t[0])
        starts: dict[int, str] = {}
        for s, e, key in spans:
            starts.setdefault(s, key)
        for s, e, key in spans:
            m = self._RENAMED.match(text, e)
            if m is None or m.end() == e:
                continue
            other_key = starts.get(m.end())
            if other_key is None or other_key == key or key not in orgs or other_key not in orgs:
                continue
            first, second = orgs[key], orgs[other_key]
            self._add_alias(first, second.name)
            for a in second.aliases:
                self._add_alias(first, a)
            first.mentions.extend(second.mentions)
            del orgs[other_key]

    def _merge_introduced_aliases(self, doc: Doc, orgs: dict[str, OrgCluster]) -> None:
        """"X, known locally as Y," / "X, or Y as it is known,": the second name, found as an
        organisation of its own, joins the first as its alias (organisations.json alias_intro)."""
        if self.alias_before_re is None:
            return
        text = doc_text(doc)
        spans = sorted(((s, e, key) for key, org in orgs.items() for s, e in org.mentions), key=lambda t: t[0])
        starts: dict[int, tuple[int, int, str]] = {}
        for s, e, key in spans:
            if s not in starts or e > starts[s][1]:
                starts[s] = (s, e, key)  # the longest mention at a start ("HP Homecare", not its "HP")
        brand_re = getattr(self, "alias_brand_re", None)  # (set by Organisations from alias_intro)
        brand_words = getattr(self, "alias_brand_words", None)
        if brand_re is not None and brand_words is not None and not any(w in text for w in brand_words):
            brand_re = None  # (the cue's required words: most pages have none, and no mention is searched)
        for s, e, key in spans:
            if key not in orgs:
                continue
            if brand_re is not None:
                # "Y, the cosmetic surgery brand of X": Y is X's alias (session 18)
                b = brand_re.search(text, max(0, s - 160), s)
                if b is not None:
                    brand = starts.get(b.start(1))
                    first = orgs[key]
                    self._add_alias(first, b.group(1))
                    if brand is not None and brand[2] != key and brand[2] in orgs and "regulator" not in (
                            first.kind, orgs[brand[2]].kind):
                        second = orgs.pop(brand[2])  # the brand found as a body of its own joins its company
                        for a in (second.name, *second.aliases):
                            self._add_alias(first, a)
                        first.mentions.extend(second.mentions)
            m = self.alias_before_re.match(text, e)
            found = starts.get(m.end()) if m is not None and m.end() > e else None
            if found is None and m is not None and m.end() > e:
                # "X, known locally as Ravco,": a name the finder did not read is the alias itself
                run = _ALIAS_RUN.match(text, m.end())
                if run is not None:
                    self._add_alias(orgs[key], run.group(1))
                continue
            if found is None and self.alias_gap_re is not None and self.alias_after_re is not None:
                g = self.alias_gap_re.match(text, e)
                found = starts.get(g.end()) if g is not None and g.end() > e else None
                if found is not None and not self.alias_after_re.match(text, found[1]):
                    found = None
            if found is None or found[2] == key or found[2] not in orgs:
                continue
            first, second = orgs[key], orgs[found[2]]
            if _key(text[found[0] : found[1]]) != _key(second.name):
                continue  # "X, or UHL as it is known" over "UHL Group": a short form of another body
            if second.kind == "regulator" or (first.kind == "regulator") != (second.kind == "regulator"):
                continue
            self._add_alias(first, second.name)
            for a in second.aliases:
                self._add_alias(first, a)
            first.mentions.extend(second.mentions)
            del orgs[found[2]]

    def _merge_blends(self, orgs: dict[str, OrgCluster]) -> None:
        """A one-word name that blends the starts of two or more words of another
        name ("Wexcom" of "Wexmoor Community Health NHS Trust") is its alias."""
        # (issue 15) the names of two or more words, by the first letters a blend of them can open with
        # (_blend_openings, as _is_abbreviation reads): a one-word name is tried only against those its first
        # BLEND_OPENING letters fit, in the order of `orgs`
        # (only the one-word names can be blends, and only the openings they have are looked up: a page of
        # thousands of longer names and no one-word name reads none of them; names whose first word is no small
        # word open with its first letter, so those that cannot open as any one-word name does are passed over)
        singles = [key for key, org in orgs.items()
                   if 5 <= len(org.name) <= 12 and org.name.isalpha() and org.name[:1].isupper() and not org.name.isupper()]
        if not singles:
            return
        needed = {orgs[key].name[:BLEND_OPENING].lower() for key in singles}
        first_letters = {opening[:1] for opening in needed}
        by_opening: dict[str, list[tuple[OrgCluster, list[str]]]] = {}
        for other in orgs.values():
            words = _WORD.findall(other.name)
            if len(words) < 2:
                continue
            lower = [w.lower() for w in words]
            if lower[0] not in SKIPPABLE_WORDS and lower[0][:1] not in first_letters:
                continue
            for opening in _blend_openings(lower):
                if opening in needed:
                    by_opening.setdefault(opening, []).append((other, words))
        for key in singles:
            org = orgs.get(key)
            if org is None:
                continue
            word = org.name
            for other, words in by_opening.get(word[:BLEND_OPENING].lower(), ())[:BLEND_TRIES]:
                if other is org or fold(words[0]).startswith(fold(word)):
                    continue
                if _is_abbreviation(word, words):
                    self._add_alias(other, word)
                    other.mentions.extend(org.mentions)
                    del orgs[key]
                    break

    def _merge_alias_names(self, orgs: dict[str, OrgCluster]) -> None:
        """An item whose name is another's alias ("CQC" named alone by a cue, when
        "Care Quality Commission (CQC)" is in the text) is that organisation."""
        # Which items have an alias of each key, by their place in `orgs`, kept up to
        # date as aliases are added: the first live one is the one a scan of
        # orgs.values() would find (no item is added here, none moves).
        entries = list(orgs.items())
        place: dict[int, int] = {}
        for i, (_, org) in enumerate(entries):
            place.setdefault(id(org), i)
        by_alias: dict[str, list[int]] = {}
        for i, (_, org) in enumerate(entries):
            for a in org.aliases:
                by_alias.setdefault(_key(a), []).append(i)
        for key in list(orgs):
            org = orgs.get(key)
            if org is None:
                continue
            live = [i for i in by_alias.get(key, ()) if entries[i][1] is not org and orgs.get(entries[i][0]) is entries[i][1]]
            if not live:
                continue
            other = entries[min(live)][1]
            other.mentions.extend(org.mentions)
            for a in org.aliases:
                count = len(other.aliases)
                self._add_alias(other, a)
                for added in other.aliases[count:]:
                    by_alias.setdefault(_key(added), []).append(place[id(other)])
            del orgs[key]

    def _add_known_regulators(self, doc: Doc, orgs: dict[str, OrgCluster], order: list[str], chrome) -> None:
        """A known regulator referred to only by its abbreviation is still named."""
        # Token (text, offset) pairs once: a pass over a long Doc per alias costs seconds.
        table = None
        for folded, (name, aliases) in self.regulators.items():
            key = _key(name)
            if key in orgs:
                continue
            for alias in aliases:
                if alias not in doc_text(doc):
                    continue  # no token can be it
                if table is None:
                    table = doc_tokens(doc)
                tokens = table.tokens
                texts = table.texts
                # "GDC 245781": the abbreviation before a registration number is a number's label, not a mention
                hits = [tokens[i].idx for i, text in enumerate(texts) if text == alias and not in_ranges(tokens[i].idx, chrome)
                        and not (self.registration_number is not None and i + 1 < len(texts)
                                 and self.registration_number.fullmatch(texts[i + 1]))]
                if hits:
                    # The text only abbreviates it: that is the fullest form it uses.
                    orgs[key] = OrgCluster(name=alias, kind="regulator", aliases=[],
                                     mentions=[(idx, idx + len(alias)) for idx in hits])
                    order.append(key)
                    break

    def _covered(self, orgs: dict[str, OrgCluster], start: int, end: int) -> bool:
        return any(s < end and start < e for org in orgs.values() for s, e in org.mentions)

    def _add_short_forms(self, doc: Doc, orgs: dict[str, OrgCluster], order: list[str], chrome) -> None:
        """A leading part of a name used on its own ("Abbey Hill", "Fenner", "Brenton Health")."""
        text = doc_text(doc)
        has_ner = doc.has_annotation("ENT_IOB")
        # Indexes built once per document: the words of the text (where a short form
        # can start), the characters already covered by a mention, and each short
        # form's uses that pass the tests that do not depend on the mentions.
        words_at = _WordIndex(text)
        covered = _Coverage(len(text), (span for o in orgs.values() for span in o.mentions))
        uses: dict[str, list[tuple[int, int]]] = {}
        towns: dict[str, tuple[int, bool]] = {}  # prefix -> (uses seen, a town there)
        for key in list(order):
            org = orgs.get(key)
            if org is None or org.kind == "regulator":
                continue
            words = org.name.split()
            if words and words[0] == "The":
                words = words[1:]
            folded = [fold(strip_possessive(w)) for w in words[:-1]]
            for k in range(min(len(words) - 1, self.short_form_max_words), 0, -1):
                prefix_words = words[:k]
                lw = folded[:k]
                if lw[-1] in self.connectors or lw[-1] in ("nhs", "university", "st", "st.", "saint"):
                    continue
                if lw[-1] == "royal" and k == 1:
                    continue  # "Brindlow Royal" of "Brindlow Royal Hospital" (session 15), not "Royal" alone
                if all(w in self.generic or w in self.head_words for w in lw):
                    continue
                if k == 1 and (lw[0] in self.start_words or lw[0] in self.function_words or len(lw[0]) < 4):
                    continue
                if k == 1 and any(c in words[0] for c in "-("):
                    continue
                if fold(words[k]) in ("and", "&"):
                    continue  # "Harwood" is not short for "Harwood and Fenby Hospital"
                prefix = " ".join(prefix_words)
                if prefix not in uses:
                    uses[prefix] = self._short_form_uses(text, words_at, prefix, k, chrome, self.short_site_possessive)
                # a use covered by a mention stays covered: drop it for good
                found = uses[prefix] = [(s, e) for s, e in uses[prefix] if not covered.overlaps(s, e)]
                if found and k == 1 and not has_ner:
                    # one word without the statistical NER: only a site's, where the text uses it as one
                    if prefix not in towns:
                        towns[prefix] = (0, org.kind != "location" or not self._used_as_site(text, words_at, prefix, found, chrome))
                    if towns[prefix][1]:
                        continue
                elif found and k == 1:
                    seen = towns.get(prefix)
                    if seen is None or seen[0] != len(found):  # the uses only shrink
                        seen = towns[prefix] = (len(found), any(
                            t.ent_type_ in ("GPE", "LOC", "NORP", "PERSON")
                            for s, e in found
                            for t in (doc.char_span(s, e, alignment_mode="expand") or [])
                        ) and not any(RATED_AFTER.match(text, e) for s, e in found))
                    if seen[1]:
                        continue  # a town, unless it is the one that is rated
                if found:
                    self._add_alias(org, prefix)
                    org.mentions.extend(found)
                    for s, e in found:
                        covered.add(s, e)

    def _used_as_site(self, text: str, words_at: "_WordIndex", prefix: str, found, chrome) -> bool:
        """Is a one-word short form used as a site (fast profile, organisations.json
        short_form_without_ner): one of its uses after "at", as a possessive before a part
        of a site, or rated; none as a town ("people in X", "the X MP") or a surname ("Dr Jo X")."""
        for s, end in words_at.uses(prefix):
            if in_ranges(s, chrome):
                continue
            e = s + len(prefix)
            before = text[max(0, s - 40) : s]
            site_possessive = self.short_site_possessive.match(text, e) is not None
            if self.short_town_before.search(before) and not site_possessive:
                return False
            if self.short_town_after.match(text, e):
                return False
            run = re.search(r"([A-Z][\w’'\-]*)\.?[ \t]+$", before)
            if run and fold(run.group(1)) not in self.start_words and fold(run.group(1)) not in self.function_words:
                return False  # "Dr Helen X", "Healthwatch X": a longer name's word
        return any(
            (self.short_site_before.search(text[max(0, s - 12) : s]) and not self._after_role(text, s))
            or self.short_site_possessive.match(text, e)
            or RATED_AFTER.match(text, e)
            for s, e in found
        )

    def _after_role(self, text: str, s: int) -> bool:
        """"manager at X": a title's place of work is the people's grammar's, no site use."""
        m = re.search(r"([A-Za-z\-]+)\s+\S+\s+$", text[max(0, s - 40) : s])
        return m is not None and fold(m.group(1)) in self.role_words

    @staticmethod
    def _short_form_uses(text: str, words_at: "_WordIndex", prefix: str, k: int, chrome, site_possessive=None) -> list[tuple[int, int]]:
        """Where `prefix` stands on its own, outside the page chrome, not part of a longer
        capitalised run, and (one word) not after "in", "near", ...: a town."""
        found = []
        for s, end in words_at.uses(prefix):
            e = s + len(strip_possessive(text[s:end]))
            if in_ranges(s, chrome):
                continue
            before = text[max(0, s - 12) : s]
            after = text[e : e + 3]
            if _CAPITAL_AFTER.match(after) and not _POSSESSIVE_S.match(after):
                continue  # part of a longer capitalised run
            if k == 1 and _TOWN_BEFORE.search(before) and not (site_possessive and site_possessive.match(text, e)):
                continue  # a town, not the hospital (but "in X's emergency department" is the hospital's)
            found.append((s, e))
        return found

    def _add_place_references(self, doc: Doc, orgs: dict[str, OrgCluster], chrome) -> None:
        """"Harlow's hospital trust", "Kendal hospitals trust": a place and a type noun."""
        if "trust" not in doc_text(doc):
            return  # the pattern needs the word
        for m in _PLACE_TRUST.finditer(doc_text(doc)):
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

    def _fix_kinds(self, doc: Doc, orgs: dict[str, OrgCluster]) -> None:
        """"X, run by Y": Y provides, X is the place; "part of the Y Group": Y is a parent."""
        spans = sorted(((s, e, org) for org in orgs.values() for s, e in org.mentions), key=lambda t: t[0])
        if not spans:
            return  # (no mention to give a kind to)
        low = doc_fold(doc)
        present = self._owner_cues_in(doc, low)
        starts = [t[0] for t in spans]
        longest = max((e - s for s, e, _ in spans), default=0)

        def starting_at(k: int) -> list:
            """The spans that start at `k` (in order): a bisection, not a scan per cue match."""
            return spans[bisect.bisect_left(starts, k) : bisect.bisect_right(starts, k)]

        runners = set()
        for cue, cue_re in self.kind_cue_res:
            if cue not in present:
                continue  # the pattern starts with the cue itself
            for m in cue_re.finditer(low):
                after = starting_at(m.end())
                if not after:
                    continue
                if cue.startswith(("which", "who", "that")):
                    after[0][2].kind = "location" if after[0][2].kind == "provider" and cue != "who runs" else after[0][2].kind
                    continue
                runner = after[0][2]
                runner.kind = "provider"
                runners.add(id(runner))
                # (only a span starting within `longest` + 40 characters before can end there)
                near = spans[bisect.bisect_left(starts, m.start() - 40 - longest) : bisect.bisect_right(starts, m.start())]
                before = [t for t in near if t[1] <= m.start() and m.start() - t[1] < 40 and "." not in low[t[1] : m.start()]]
                # (session 20) not the owner of a service named between ("X NHS Trust's 111 service, run by Y"):
                # X still provides; only what is run is a place
                if before and before[-1][2] is not runner and before[-1][2].kind == "provider" \
                        and low[before[-1][1] : before[-1][1] + 2] not in ("'s", "’s"):
                    before[-1][2].kind = "location"
        for cue, cue_re in self.parent_cue_res:
            if cue not in low:
                continue
            for m in cue_re.finditer(low):
                after = starting_at(m.end())
                if not after or id(after[0][2]) in runners:
                    continue
                org = after[0][2]
                last = _key(org.name).split()[-1:]
                if org.kind == "provider" and last and last[0] in self.parent_heads:
                    org.kind = "other"
