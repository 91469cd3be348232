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

import bisect
import re
from collections import Counter

from spacy.language import Language
from spacy.tokens import Doc

from ..prefilter import contains_any, literal_alternation, lower_stands_for_ignorecase, required_literals
from ..scoring.normalise import name_keys
from ..text import fold
from .base import REFERENCES_VOCAB, AssetComponent, OrgMention, doc_text, evidence, reference_words
from .org_names import _literal_first, sentence_adverb_test
from .organisations import ORG_SPANS_KEY
from .investments import MONEY_VOCAB
from .page_layout import doc_chrome, in_ranges
from .story_lines import OtherStories

# (session 16) patterns the code below used as strings, compiled once: `re.sub(r"...", ...)` looks
# its pattern up in re's cache on every call (~0.5 µs, tens of calls a page)
# (session 18) every branch written quote mark first, the straight quote's places as lookbehinds after it
# (they were before it, tried at every character): the engine looks for the marks, 3.5 x faster a paragraph
_QUOTE_OPENING = re.compile(r"[\"“][^\"“”]{3}|‘[^‘\n]{3}|'(?:(?<=^')|(?<=[:,] ')|(?<=\bthat '))(?=[A-Za-z])[^'\n]{3}")
# a name after a preposition or a verb taking it as object, or after a relative word since the last sentence end
# (session 19 review: a second speaker of a paragraph is no object nor inside a clause)
NAME_AS_OBJECT = re.compile(r"\b(?:to|from|by|for|of|with|about|visited|met|told|thanked|praised|named)\s+(?:[A-Z][\w’'-]*\.?\s+){0,2}$"
                            r"|\b(?:who|whose|which|that)\b[^.!?\"“”]*$")

_COLON_END = re.compile(r":\s*[–—-]?\s*$")
_THE_FIRST = re.compile(r"^the ")
_POSSESSIVE_END = re.compile(r"['’]s$")
_CLOSING_QUOTE = re.compile(r"’(?![A-Za-z])")
_CLOSING_STRAIGHT_QUOTE = re.compile(r"'(?![A-Za-z])")
_AT_THE_TIME_TAIL = re.compile(r"\s+at the time\b[^\n]{0,200}$")
_ACRONYM_BRACKETS = re.compile(r"\s*\((?:[A-Z&]{2,8})?\s*\)")
_BLANKS = re.compile(r"\s+")
_ROLE_LEAD_WORDS = re.compile(r"^(?:(?:the|a|an|said|says|its|their|his|her|our|including)\s+)+")
_ROLE_TAIL_WORD = re.compile(r"\s+(?:of|at|for|from|with|and)\s*$")
_ROLE_CONNECTOR = re.compile(r"\s+(?:for|in|of)\s+(?:the\s+)?('s)?\s*")
_POSSESSIVE_S = re.compile(r"['’]s\b")
_CAPITAL_OR_ARTICLE_BEFORE = re.compile(r"[A-Z][\w’'\-]*[ \t]+$|\b(?:the|a|an|[Tt]he)[ \t]+$")
_ROLE_BODY_AFTER = re.compile(r"\s+(?:of|at|for)\s+(?:the\s+)?([A-Z][\w’'&\-]*(?:\s+(?:[A-Z][\w’'&\-]*|of|and|&|the|for|on|upon)){0,10})\s*$")
_TITLE_GOES_ON = re.compile(r"[ \t]*(?:[,;:]|[a-z])")
_LOWER_WORD = re.compile(r"\b[a-z][a-z’'\-]+\b")
_CANDIDATE_LEAD_WORDS = re.compile(r"^(?:(?:of|for|and|in|the|said|says|its|their|his|her|our)\s+)+", re.I)

# doc.user_data keys of the per-Doc caches below, dropped when the component ends
PEOPLE_CACHE_PREFIX = "cqc_people_"
_INITIALS_BEFORE = re.compile(r"(?<=[a-z])\s\([A-Z]{2,6}\)(?=\s+$)")
# a bracket closing a title before the name's comma: "deputy chief inspector of hospitals (lead for
# mental health), X" / "Head of Hospital Inspection (south west), X" (read as spaces, as the initials)
_TITLE_BRACKET_AFTER = re.compile(r"\s\((?:and\s+)?[a-z][a-z ]{2,40}\)(?=,)")
_TITLE_BRACKET_BEFORE = re.compile(r"(?<=[a-z])\s\((?:and\s+)?[a-z][a-z ]{2,40}\),(?=\s+(?:[A-Z][a-z]{0,4}\.?\s+){0,3}$)")
TITLE_WINDOW = 160  # characters before a name read for its title
SPEAKER_WINDOW = 400  # characters before a speaker read for a title that spoke earlier
# a line that ends as a sentence does (a closing quote may follow the stop)
SENTENCE_END = re.compile(r"[.!?][\"”’']?$")
QUOTE_OPEN = "\"“"
_SPACES = re.compile(r"\s*")
# a run of word characters and apostrophes: a whole name part, as _quotes searches it
_WORD_RUN = re.compile(r"[\w’']+")
# one or two capitalised words after "in"/"at"/"near" right before a name: a place's run it ends
_PLACE_RUN_BEFORE = re.compile(r"\b(?:in|at|near)[ \t]+((?:[A-Z][\w’'\-]*[ \t]+){1,2})$")
# A capitalised name of two to four words (hyphens and apostrophes inside words).
# Letters beyond ASCII count ("Zoë", "Siân", "Álvarez"), and one middle initial ("Jane E. Doe").
_UP = "A-ZÀ-ÖØ-Þ"
_LOW = "a-zA-Zß-öø-ÿĀ-ž"
_PART = rf"[{_UP}][{_LOW}'’\-]+"
NAME = rf"{_PART}(?: [A-Z]\.)?(?: {_PART}){{1,3}}"
# after an honorific a first initial may stand for the first name ("Dr A Patel", "Cllr J. Hood")
NAME_INITIAL = rf"[A-Z]\.? {_PART}(?: {_PART}){{0,2}}"


# a capitalised word, and the one or two capitalised words right before one (`_surname_firsts`)
_CAP_WORD = re.compile(rf"(?<![\w’'\-]){_PART}(?![\w’'\-])")
_FIRSTS_BEFORE = re.compile(rf"(?<![\w’'\-])((?:{_PART}[ \t]){{1,2}})$")
# a character that joins a name part to what is beside it (the characters _CAP_WORD looks around for)
_NAME_JOIN = re.compile(r"[\w’'\-]")
# surnames whose uses are found by str.find (more: one scan of every capitalised word)
_FIND_SURNAMES = 8


def _standing_alone(text: str, word: str):
    """The spans of `word` (a whole _PART) with no _NAME_JOIN character on either
    side: the _CAP_WORD matches that are `word` (such a match is a run of those
    characters, so none starts inside another)."""
    size = len(word)
    i = text.find(word)
    while i >= 0:
        e = i + size
        if (i == 0 or _NAME_JOIN.match(text, i - 1) is None) and _NAME_JOIN.match(text, e) is None:
            yield i, e
        i = text.find(word, i + 1)

# capitalised words up to one ending in a possessive, then a space: the owner before a name
_OWNER_BEFORE = re.compile(rf"(?:{_PART} ){{0,5}}?[{_UP}][{_LOW}\-]*['’]s (?=[{_UP}])")
_TAIL_PLACE = re.compile(r"\s+(?:in|on|at)\s")
# parts searched one by one with str.find before `_occurrences` indexes every run
_FIND_PARTS = 64
# what may follow a surname standing for a person already found: "Pellow, who is ...", "Pellow was ..."
_SURNAME_STATED = re.compile(r",|\s+(?:is|was|has been|became)\s")


# the end of a sentence (or the text's or a line's start) right before a position: searched in text[start - 8 : start]
_SENTENCE_BEFORE = re.compile(r"(?:\A|[\n.!?:][\"”’']?)[ \t]{0,3}\Z")


# a full stop (or ! ?) ending a sentence
_STOP = re.compile(r"[.!?][\"”’']?\s")
# a sentence's start (and a fronted phrase of a few words, "In Tarrow, ") right before a position, searched in text[pos - 48 : pos]
_OPENS_SENTENCE = re.compile(r"(?:\A|\n|[.!?][\"”’']?\s+)(?:[A-Z][\w’'\-]*(?:[ \t]+[\w’'\-]+){0,3},[ \t]+)?(?:The\s+)?\Z")


# the determiner inside org_tail_re's "who runs the ... of" (the first one)
_TAIL_DETERMINER = re.compile(r"\s(?:the|a|an)\s+")
# "Y, whose <title> X": the relative's antecedent ends where this match starts
_WHOSE_BEFORE = re.compile(r"\s*,\s*whose\s+$")
# the possessive ending a name before a title: "Trust's ", "Partners' "
_POSSESSIVE_LEAD = re.compile(r"['’]s?\s+(?=\w)")


def _is_word(c: str) -> bool:
    return c.isalnum() or c == "_"  # what \b reads as a word character


def _space_run_start(text: str, end: int) -> int:
    """Where the run of whitespace that ends at `end` begins (`end` if none)."""
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end


_DASH_AFTER = re.compile(r"[ \t]{0,2}(?:--|[-–—])")


def _cut_name(role: str, local: str) -> str:
    """An organisation's name cut out of a title: "owner of X in Market Street"
    loses "of X in Market Street" when it ends the title, then "(the) X('s)"
    goes wherever it stands. The two substitutions as regexes built from the
    name (one compile per name: thousands on a hostile text), worked out by hand
    when the name occurs once and does not start with a space, where the
    regexes can only match at that occurrence."""
    at = role.find(local)
    if not local or local[0].isspace() or at < 0 or role.find(local, at + 1) >= 0:
        if at < 0:
            return role  # both regexes need the name itself
        role = re.sub(r"\s*\b(?:of|at|for|from|with)\s+(?:the\s+)?" + re.escape(local) + r"(?:\s+(?:in|on|at)\s+[^,]*)?(?:['’]s)?(?=\s*$)", "", role)
        return re.sub(r"(?:\bthe\s+)?" + re.escape(local) + r"(?:['’]s?)?", "", role)
    # 1. \s*\b(?:of|at|for|from|with)\s+(?:the\s+)?NAME(?:\s+(?:in|on|at)\s+[^,]*)?(?:['’]s)?(?=\s*$)
    end = at + len(local)
    gap = _space_run_start(role, at)
    prep_end = None
    if gap < at:
        if gap >= 3 and role[gap - 3 : gap] == "the" and _space_run_start(role, gap - 3) < gap - 3:
            prep_end = _space_run_start(role, gap - 3)
        elif gap >= 3 and role[gap - 3 : gap] != "the" or gap < 3:
            prep_end = gap
    start = None
    if prep_end is not None:
        for prep in ("of", "at", "for", "from", "with"):
            r = prep_end - len(prep)
            if r >= 0 and role[r:prep_end] == prep and (r == 0 or not _is_word(role[r - 1])):
                start = _space_run_start(role, r)
                break
    if start is not None:
        rest = role[end:]
        if _TAIL_PLACE.match(rest) and "," not in rest:
            role = role[:start]
        elif rest[:1] in ("'", "’") and rest[1:2] == "s" and (rest[2:].isspace() or not rest[2:]):
            role = role[:start] + rest[2:]
        elif rest.isspace() or not rest:
            role = role[:start] + rest
    # 2. (?:\bthe\s+)?NAME(?:['’]s?)?
    at = role.find(local)
    if at < 0:
        return role
    if role.find(local, at + 1) >= 0:  # the cut joined two pieces into the name again
        return re.sub(r"(?:\bthe\s+)?" + re.escape(local) + r"(?:['’]s?)?", "", role)
    end = at + len(local)
    start = at
    gap = _space_run_start(role, at)
    if gap < at and gap >= 3 and role[gap - 3 : gap] == "the" and (gap == 3 or not _is_word(role[gap - 4])):
        start = gap - 3
    if role[end : end + 1] in ("'", "’"):
        end += 1
        if role[end : end + 1] == "s":
            end += 1
    return role[:start] + role[end:]


# at most this many people's organisations missing from the items are looked up in the text
PEOPLE_ORGS_MAX = 10


class _Group:
    """A stand-in for a match whose group 1 is a cut of another match's group 1."""

    __slots__ = ("text", "begin")
    re = None  # (no pattern of its own: not the sign-off's, which _attach_role asks)

    def __init__(self, text: str, begin: int) -> None:
        self.text, self.begin = text, begin

    def group(self, i: int) -> str:
        return self.text

    def start(self, i: int) -> int:
        return self.begin


class _SpanIndex:
    """The organisation mentions of a Doc sorted by start and by end, so a
    lookup by offset bisects instead of scanning every mention (hostile inputs
    name thousands). Lookups give list positions, so a caller that wants the
    first match in the mentions' own order still gets it."""

    __slots__ = ("spans", "by_start", "starts", "by_end", "ends", "max_end")

    def __init__(self, spans: list) -> None:
        self.spans = spans
        self.by_start = sorted(range(len(spans)), key=lambda i: (spans[i].start_char, i))
        self.starts = [spans[i].start_char for i in self.by_start]
        self.by_end = sorted(range(len(spans)), key=lambda i: (spans[i].end_char, i))
        self.ends = [spans[i].end_char for i in self.by_end]
        # the largest end among the mentions starting before each position of by_start
        self.max_end, best = [], -1
        for i in self.by_start:
            best = max(best, spans[i].end_char)
            self.max_end.append(best)

    def starting(self, lo: int, hi: int) -> list:
        """The mentions with lo <= start_char <= hi, in the mentions' order."""
        a, b = bisect.bisect_left(self.starts, lo), bisect.bisect_right(self.starts, hi)
        return [self.spans[i] for i in sorted(self.by_start[a:b])]

    def ending(self, lo: int, hi: int) -> list:
        """The mentions with lo <= end_char <= hi, in the mentions' order."""
        a, b = bisect.bisect_left(self.ends, lo), bisect.bisect_right(self.ends, hi)
        return [self.spans[i] for i in sorted(self.by_end[a:b])]

    def overlaps(self, s: int, e: int) -> bool:
        """Whether a mention has start_char < e and s < end_char."""
        k = bisect.bisect_left(self.starts, e)
        return k > 0 and self.max_end[k - 1] > s


def _lower_word_char(c: str) -> bool:
    return "a" <= c <= "z" or c in "’'-"


def _ascii_word_char(c: str) -> bool:
    return "a" <= c <= "z" or "A" <= c <= "Z" or c in "’'-"


def _words_back(text: str, at: int, spaces: int, word_char) -> int:
    """Where the run of words before `at` starts: back over characters `word_char`
    accepts and at most `spaces` single spaces (the start of the words a gated
    pattern may open with, before the place its gate found)."""
    i, seen = at, 0
    while i > 0:
        c = text[i - 1]
        if c == " ":
            seen += 1
            if seen > spaces:
                break
        elif not word_char(c):
            break
        i -= 1
    return i


def _name_leads(name: str) -> tuple[tuple[str, str], ...]:
    """The two ways a candidate pattern opens with a name (no word character before
    it; after ", "), each with its lookbehind written one character wider, as it
    reads after the name's capital."""
    return ((rf"(?<![\w’'])({name})", r"(?<![\w’'].)"), (rf"(?<=, )({name})", r"(?<=, .)"))


def _capital_first(pattern: str, name: str = NAME) -> str:
    """A pattern that opens with a lookbehind and then a name, rewritten to match
    the name's capital first and look behind it after (the lookbehind one
    character wider): the same matches and groups, but a pattern that starts
    with a character class is scanned for it in C, several times faster than
    testing the lookbehind at every character of the text."""
    capital = f"[{_UP}]"  # the class a name opens with
    if not name.startswith(capital):
        return pattern
    rest = name[len(capital):]
    for lead, behind in _name_leads(name):
        if pattern.startswith(lead):
            return "(" + capital + behind + rest + ")" + pattern[len(lead):]
    return pattern


def _word_start_alternation(alternatives: list[str]) -> str:
    """`\\b(?:a1|a2|...)` for alternatives (regex source) that each open with a word
    character, written with that character first and the "\\b" after it as
    `(?<!\\w.)`, grouped by it: "(?:C(?<!\\w.)(?:ouncillor|llr)|D(?<!\\w.)r)". The
    same matches (two alternatives opening with different characters never match at
    one place; the order within a group is kept), but each branch opens with a
    literal, which the engine scans for (several times faster when they are capitals).
    Alternatives that do not all open with a word character: `\\b` and the alternation."""
    if not alternatives or not all(re.match(r"\w", a) for a in alternatives):
        return r"\b(?:" + "|".join(alternatives) + r")"
    groups: dict[str, list[str]] = {}
    for a in alternatives:
        groups.setdefault(a[0], []).append(a[1:])
    return r"(?:" + "|".join(re.escape(first) + r"(?<!\w.)(?:" + "|".join(rests) + r")" for first, rests in groups.items()) + r")"


def _head_scan_pattern(phrases) -> str:
    """Where one of the lower-case ASCII `phrases` starts with no word character
    before it, as a pattern whose matches start exactly there: a phrase that
    another one opens ("chief" of "chief executive") stands for it (only the
    start is read), and the rest share their common beginnings (a trie: each
    character tested once, not once per phrase)."""
    phrases = set(phrases)
    tree: dict = {}
    for p in sorted(p for p in phrases if not any(p != q and p.startswith(q) for q in phrases)):
        node = tree
        for c in p:
            node = node.setdefault(c, {})

    def emit(node: dict) -> str:
        alternatives = [re.escape(c) + emit(sub) for c, sub in node.items()]
        if len(alternatives) <= 1:
            return "".join(alternatives)
        return "(?:" + "|".join(alternatives) + ")"

    # (the assertion first: a start inside a word is tried for one character only)
    return r"(?<!\w)" + emit(tree)


# a title that ends naming a service: "clinical lead for the out-of-hours service"
SERVICE_ROLE_TAIL = re.compile(r"\b(?:for|of|at|in)\s+the\s+((?:[a-z0-9&'-]+\s+){1,4}?)services?\s*$")


def _words_re(phrases) -> str:
    # longest (escaped) first; grouped by first letter, the same matches found faster
    return literal_alternation(sorted(phrases, key=lambda p: len(re.escape(p)), reverse=True))


# Where a word of title_before_re's first group starts: a word character after one that is not
_TITLE_WORD_START = re.compile(r"(?<![\w’'&\-])[\w’'&\-]")


class People(AssetComponent):
    """`vocab`: the people cues; `org_vocab`: organisations.json (owned by
    cqc_organisations) for its head words; `references_vocab`: the reference
    words ("the trust's chief executive"; owned by cqc_organisations); `org_spans_key`: where
    cqc_organisations put its mentions; `title_window`: how far before a name a
    title is looked for ("Chief executive Jane Doe"); `speaker_window`: how far
    back a title that spoke earlier is looked for."""

    def __init__(self, nlp, name: str, vocab: str = "vocab/people.json",
                 org_vocab: str = "vocab/organisations.json", references_vocab: str = REFERENCES_VOCAB,
                 org_spans_key: str = ORG_SPANS_KEY, title_window: int = TITLE_WINDOW,
                 speaker_window: int = SPEAKER_WINDOW, money_vocab: str = MONEY_VOCAB):
        self.vocab, self.org_vocab, self.references_vocab = vocab, org_vocab, references_vocab
        self.org_spans_key, self.title_window, self.speaker_window = org_spans_key, title_window, speaker_window
        self.money_vocab = money_vocab
        super().__init__(nlp, name, asset_files=(vocab, org_vocab, references_vocab, money_vocab),
                         borrowed_files=(org_vocab, references_vocab, money_vocab))

    def _compile(self) -> None:
        data = self.assets[self.vocab]
        self.org_data = self.assets[self.org_vocab]
        # the page's lists of other stories ("Related stories", "Most read"): the heads cqc_organisations reads;
        # a name there is another story's person ("Manager X leaves home"), as in chrome
        self.other_stories = OtherStories(self.assets[self.money_vocab]["other_stories"])
        self.quote_then_said_re = re.compile(data["quote_then_said"])  # '"...," said Dr A' (people.json)
        self.not_prefix = {fold(w) for w in data["short_form_not_prefix"]}
        honorifics = sorted({re.escape(fold(h).rstrip(".")) for h in data["honorifics"]}, key=len, reverse=True)
        self.honorific_re = re.compile(r"(?:(?:" + "|".join(honorifics) + r")\.?\s+)+", re.IGNORECASE)
        self.honorific_pat = r"(?:(?:" + "|".join(h.title() for h in honorifics) + r")\.?\s+)"
        # the same after "\b" (one honorific), its capital first: a first character class the engine scans for
        self.honorific_at_word = r"(?:" + _word_start_alternation([h.title() for h in honorifics]) + r"\.?\s+)"
        self.honorifics = {fold(h).rstrip(".") for h in data["honorifics"]}
        self.not_person = {fold(w) for w in data["not_person_words"]}
        self.role_head_re = re.compile(r"\b" + _words_re(data["role_heads"]) + r"\b", re.IGNORECASE)
        # A one-word head ("barrister", "solicitor") can be a whole title before a name.
        self.title_heads = {fold(h) for h in data["role_heads"] if " " not in h}
        self.role_words = {fold(w) for w in data["role_words"]} | {fold(h) for h in data["role_heads"] if " " not in h}
        self.modifiers = _words_re(data["descriptive_modifiers"])
        self.modifiers_re = re.compile(r"^(?:" + self.modifiers + r")\s+", re.I)
        # every character a possessive's gap before a title may hold ("'s new "): letters,
        # spaces, apostrophes and whatever else a modifier has (a superset, for pruning)
        extra = sorted({c for m in data["descriptive_modifiers"] for c in m if not re.match(r"[\w\s]", c)})
        self.gap_run_re = re.compile(r"[\w\s’'" + "".join(re.escape(c) for c in extra) + r"]+")
        self.speech = _words_re(data["speech_verbs"])
        self.pronouns = _words_re(data["pronouns"])
        self.regulator_cues = [fold(c) for c in data["regulator_role_cues"]]
        self.regulator_cues_shared = {fold(c) for c in data.get("regulator_role_cues_shared", ())}
        # a role naming a political office / one that speaks for a location, as whole words
        self.political_re = re.compile(r"\b" + _words_re(fold(c) for c in data["political_role_words"]) + r"\b")
        self.location_role_re = re.compile(r"\b" + _words_re(fold(c) for c in data["location_role_words"]) + r"\b")
        self.site_title_re = re.compile(data.get("site_title", "(?!)"))
        self.office_manager_re = re.compile(r"\b" + _words_re(fold(w) for w in data.get("office_manager_words", ())) + r"\s+(?:manager|officer|lead)\b") \
            if data.get("office_manager_words") else re.compile("(?!)")
        self.page_owner_lines = int(data.get("page_owner_lines", 0))
        self.page_owner_not_heads = {fold(w) for w in data.get("page_owner_not_heads", ())}
        self.copyright_re = re.compile(r"(?:" + "|".join(re.escape(fold(m)) for m in data.get("copyright_marks", ())) + r")\s*", re.I) \
            if data.get("copyright_marks") else None
        self.label_quote_re = re.compile(r"(?:" + _words_re(data["quote_labels"]) + r")[.,!]?", re.I)
        # a capitalised job title read into an organisation's name ("Clinical Director for X")
        title_words = r"(?:[A-Z][a-z]+|[A-Z]{2,4})"
        self.title_org_re = re.compile(r"(?:" + title_words + r"\s+){0,3}(?:" + _words_re(
            sorted({h.title() for h in data["role_heads"]} | {h.upper() for h in data["role_heads"] if len(h) <= 3})) + r")\s+(?:(?:of|for|at)\s+(?:the\s+)?|\()")
        self.tag_line_re = re.compile(r"(?:" + _words_re(data["tag_line_labels"]) + r")\s*:", re.I)
        # letters as capitals ("MBE", "RGN") or in their written mixed case ("MSc", "PhD")
        letters = {w.upper() for w in data["post_nominals"]} | set(data["post_nominals_mixed"])
        postnominals = r"(?:" + "|".join(sorted((re.escape(w) for w in letters), key=len, reverse=True)) + r")"
        self.postnominal_tail_re = re.compile(r"(?:,?\s+" + postnominals + r"){1,4}$")
        self.postnominal_lead_re = re.compile(r"(?:,?\s+" + postnominals + r"){1,4}(?![\w’'])")
        self.byline_cues = _words_re(data["byline_cues"])
        self.credit_cues = _words_re(data["credit_cues"])
        self.byline_roles = _words_re(data["byline_roles"])
        # the words before "by" in the byline cues ("reporting by" -> "reporting"), plus "additional reporting"
        self.byline_cue_heads = _words_re(sorted({c[: -len(" by")] for c in data["byline_cues"] if c.endswith(" by")} | {"additional reporting", "video", "graphics"}))
        self.author_box = _words_re(data["author_box_headings"])
        self.follow_cues = _words_re(data.get("follow_cues", ()))
        self.lead_verbs = _words_re(data.get("lead_verbs", ()))
        self.person_lead_verbs = _words_re(data.get("person_lead_verbs", ("managed",)))
        self.photo_notes = _words_re(data.get("photo_notes", ()))
        # a note on a photograph after a name, passed over like letters after it: "X (pic), said"
        self.photo_note_re = re.compile(r"[ \t]*\((?:" + self.photo_notes + r")\)", re.I)
        self.owner_gap_re = re.compile(r"['’]s\s+" + self.honorific_pat + r"{0,2}$")
        # "the out-of-hours service, run by X" / "X, which provides the out-of-hours service"
        self.service_run_by = data.get("service_run_by", r"(?!)")
        self.service_runs = data.get("service_runs", r"(?!)")
        self.service_run_by_past_re = re.compile(data.get("service_run_by_past_after", r"(?!)"), re.I)
        self.service_run_by_now_re = re.compile(data.get("service_run_by_now_after", r"(?!)"), re.I)
        # "Speaking for X, Dr Ann Lee said": the comma after the body, honorifics, then the name
        self.spoken_for_gap_re = re.compile(r",\s{1,3}" + self.honorific_pat + r"{0,2}$")
        self.spoken_for_before_re = re.compile(r"(?i:" + _words_re(data.get("spoken_for_before", ())) + r")\s+(?:the\s+)?$") \
            if data.get("spoken_for_before") else re.compile(r"(?!)")
        self.unaffiliated_role_re = re.compile(r"^(?:[a-z\-]+\s+){0,2}" + _words_re(fold(c) for c in data.get("unaffiliated_role_words", ())) + r"(?:$|\s+(?:who|whose|at|of|from|in|with|for)\b)")
        self.subject_org_kinds = set(data.get("subject_org_kinds", ()))
        self.executive_role_re = re.compile(r"\b" + _words_re(fold(c) for c in data.get("executive_role_words", ())) + r"\b")
        self.legal_role_re = re.compile(r"\b" + _words_re(fold(c) for c in data.get("legal_role_words", ())) + r"\b")
        self.acting_for_re = re.compile(r"\b(?i:" + _words_re(data.get("acting_for", ())) + r")\s+(?:the\s+)?(?=\S)")
        self.specialty_words = {fold(w) for w in data.get("title_specialty_words", ())}
        self.social_sites = _words_re(data.get("social_sites", ()))
        org_heads = {fold(h) for heads in self.org_data["heads"].values() for h in heads if " " not in h}
        self.org_head_words = (org_heads | {fold(w) for w in data["org_like_words"]}) - {fold(w) for w in data["surname_like_heads"]}
        # any one-word head, the surname-like ones too: "Marlow Vale Hospital", "Ann Lee House"
        self.name_head_words = org_heads | {fold(w) for w in data["org_like_words"]}
        # the last words of a body's name before "has managed/led" ("Velmont Health", "Ashgrove Medical")
        self.person_lead_not_last = self.org_head_words | {
            fold(w) for w in self.org_data.get("lowercase_companies", {}).get("company_words", ())}
        # a word of a clause, which a title between commas never holds ("X, Y was placed ... after inspectors")
        self.not_clause = r"(?!(?:" + _words_re(data["clause_words"]) + r")\b)"
        # a proper name of one to five capitalised words (an organisation the text names)
        self.proper_run = r"[A-Z][\w&\-]*(?:[ \t]+(?:[A-Z][\w&\-]*|of|and|&)){0,4}(?<!\bof)(?<!\band)(?<!&)"
        self.lead_words = {fold(w) for w in data["leading_non_name_words"]}
        # a sentence-initial common word or adverb glued in front of a name ("Now Jane Doe said")
        self.sentence_adverb = sentence_adverb_test(self.org_data)
        self.start_words = {fold(w) for w in self.org_data["sentence_start_words"]}
        # words that end a place's run before a name ("in May Jo Marsh", "at Tarnby Hospital Jo Marsh")
        self.not_run_words = self.honorifics | self.start_words | {fold(w) for w in self.org_data["months"]} | {
            fold(h) for heads in self.org_data["heads"].values() for h in heads if " " not in h}
        refs = reference_words(self.assets[self.references_vocab], data.get("references_unused", ()))
        # "trust" words are provider words
        self.references = {fold(w): kind for group, kind in (("trust", "provider"), ("provider", "provider"), ("location", "location"))
                           for w in refs[group]}
        # where this component reads a word as another kind (people.json says why)
        self.references.update((fold(w), kind) for w, kind in data.get("references_kinds", {}).items() if not w.startswith("_"))
        # a reference word read first as the organisation of its kind with that word in its name
        self.references_named = {fold(w): kind for w, kind in data.get("references_named_first", {}).items() if not w.startswith("_")}
        self.describing_not = {fold(w) for w in data.get("reference_describing_not", {}).get("words", ())}
        # the reference words as one alternation, longest first: built once, not per person
        self.references_alt = _words_re(sorted(self.references, key=len, reverse=True))
        # the grammar of places and organisations around a name only the statistical model found
        # ("MP for Fenwick Vale", "in Tarrow and Fenwick Down", "which ran X", "X, which ...")
        self.not_person_left_re = re.compile(r"(?:" + "|".join(data["not_person_left"]) + r")$")
        self.not_person_right_re = re.compile(r"(?:" + "|".join(data["not_person_right"]) + r")")
        self.council_role_re = re.compile(r"\b" + _words_re(fold(c) for c in data.get("council_role_words", ())) + r"\b")
        self.org_type_nouns = _words_re(data.get("org_type_nouns", ()))
        self.relative_role_re = re.compile(data["relative_role"])
        owned = data.get("owned_site", {}).get("participles", ())
        # "at the Wexmoor Care-run home": the owner's name, then the site's reference word
        self.owned_site_re = re.compile(r"\s+(?:at|of|for)\s+the\s+[A-Z][\w&]*(?:[ \t]+[A-Z][\w&]*){0,4}(?:-(?:"
                                        + "|".join(map(re.escape, owned)) + r"))?[ \t]+([a-z]+)\s*$") if owned else None
        self.appointed_before = data["appointed_before"]
        self.contact_re = re.compile(r"\b" + _words_re(data.get("contact_cues", ())) + r"\s+(?:" + self.honorific_pat + r")?$", re.I)
        self.company_tails = {fold(w) for w in data.get("company_tail_words", ())}
        self.parent_tail_re = re.compile(r"[ \t]+(?:" + "|".join(re.escape(h.capitalize()) for h in self.org_data["parent_heads"]) + r")(?![\w’'-])")
        # "X (pic), said": a photograph's note in a candidate pattern
        self.photo_mark = r"(?: \((?:" + self.photo_notes + r")\))"
        self.person_nouns = _words_re(data.get("person_nouns", ()))
        self.person_noun_set = {fold(w) for w in data.get("person_nouns", ())}
        self.unaffiliated_words = self.person_noun_set | {fold(w) for w in data.get("unaffiliated_role_words", ()) if " " not in w}
        self.described_re = re.compile(r"[a-z]+-of-[a-z]+")
        offices = data.get("office_letters", ())
        self.office_tail_re = re.compile(r"\s+(?:" + "|".join(map(re.escape, offices)) + r")$" if offices else r"(?!)")
        self.office_after_re = re.compile(r"[ \t]+(" + "|".join(map(re.escape, offices)) + r")(?![\w’'])" if offices else r"(?!)")
        self.surname_not_person = {fold(w) for w in data.get("surname_not_person", ())}
        # a capitalised word a title's complement may hold before the name ("of General Practice X")
        self.role_word_cap = _words_re(sorted({w.capitalize() for w in self.role_words if w not in ("and", "of", "for", "in", "the")}))
        self.as_role_verbs = _words_re(data.get("as_role_verbs", ())) or "(?!)"
        # "Pieter van der Berg", "Maria de Souza": lower-case particles before the surname
        self.particles = set(data.get("name_particles", ()))
        # (written as `name_pat_plain` says, but each word read once: one or two capitalised words,
        # then one or two particles and the surname, or a third capitalised word; or the particles
        # right after the first name. The same ends in the same order, so the same matches: a
        # particle is never a capitalised word, and "(?: P){0,2}" then " P" read the last word twice)
        particles = f"(?:{_words_re(self.particles)})"
        self.name_pat_plain = rf"{_PART}(?: [A-Z]\.)?(?: {_PART}){{0,2}}(?: {particles}){{0,2}} {_PART}"
        self.name_pat = (rf"{_PART}(?: [A-Z]\.)?(?: {_PART}(?: {_PART})?(?: {particles}(?: {particles})? {_PART}| {_PART})?"
                         rf"| {particles}(?: {particles})? {_PART})")
        if any(re.match(f"[{_UP}]", w) for w in self.particles):
            self.name_pat = self.name_pat_plain
        if not self.particles:
            self.name_pat = self.name_pat_plain = NAME
        self.candidate_res = self._candidate_patterns()
        # the name joined to a found one by "and" ("Jane Doe and John Roe said")
        self.pair_before_re = re.compile(r"((?:[\w’'\-]+\s+){0,5}?[a-z]+s),?\s+(?:" + self.honorific_pat + r"){0,3}" + NAME + r"\s+(?:and|&)\s+(?:" + self.honorific_pat + r"){0,3}$")
        self.and_after_re = re.compile(r" (?:and|&) (?:" + self.honorific_pat + r"){0,3}(" + NAME + r")(?![\w’'\-])")
        # (session 20) two people sharing one title: "A and B, who own the home, said", "Owners A and B said"
        self.pair_join_re = re.compile(r"\s+(?:and|&)\s+" + self.honorific_pat + r"{0,3}")
        self.pair_aside_re = re.compile(r",\s+(?:who\s|the\s|its\s|their\s|joint\s|[\w’'\-]+['’]s\s)[^,\n“\"]{1,80},\s+")
        titles = _words_re(data.get("pair_titles", ())) if data.get("pair_titles") else "(?!)"
        self.pair_titles = frozenset(fold(t) for t in data.get("pair_titles", ()))
        self.pair_title_re = re.compile(r",\s+(?:who\s+(?:are|were)\s+)?(?:(?:the|its|their)\s+)?(?:(?P<owner>the\s+[\w\-]+)['’]s\s+)?"
                                        r"(?P<title>" + titles + r")(?:\s+(?:of|at)\s+(?P<of>the\s+[\w\-]+))?\s*,\s+", re.I)
        self.pair_speech_re = re.compile(r",?\s*(?:" + self.speech + r")\b\s*[:,]?\s*[\"“]")
        self.and_before_re = re.compile(r"(?<![\w’'\-])(" + NAME + r") (?:and|&) (?:" + self.honorific_pat + r"){0,3}$")
        # a surname a speech verb or an honorific stands beside ("says Doe, the owner", "Ms Doe said")
        surname = rf"({_PART})"
        self.surname_res = (
            # (r"\b" + hon + "{1,3}" + surname: the first honorific after "\b" written as honorific_at_word)
            re.compile(self.honorific_at_word + self.honorific_pat + r"{0,2}" + surname + r"(?![\w’'\-]| [A-Z])"),
            re.compile(r"\b" + self.speech + r" " + surname + r"(?=,)"),
            # (r"(?<![\w’'\-])" + surname: its capital first, the lookbehind one character wider)
            re.compile(rf"([{_UP}](?<![\w’'\-].)" + _PART[len(f"[{_UP}]"):] + r") " + self.speech + r"\b")
            if _PART.startswith(f"[{_UP}]") else re.compile(r"(?<![\w’'\-])" + surname + r" " + self.speech + r"\b"),
        )
        # the second one's matches found from their surnames (`_speech_surnames`): each capitalised
        # word right before a comma (a first character class the engine scans for), kept when a
        # speech verb ends one space before it
        self.part_comma_re = re.compile(surname + r"(?=,)")
        self.speech_end_re = re.compile(r"\b" + self.speech + r"\Z")
        self.speech_reach = max(map(len, data["speech_verbs"]), default=0) + 1
        self._compile_per_person()

    def _compile_per_person(self) -> None:
        """The patterns read once per person or per candidate (`__call__`, `_byline`,
        `_attach_role`, `_role_before`), compiled here: built from strings inside
        those loops, every call joined long alternations again and looked them up in
        re's cache, the bulk of a page dense in people's cost (issue 15)."""
        hon, speech, role_head = self.honorific_pat, self.speech, self.role_head_re.pattern
        # __call__
        # (not "X and chief executive Y": two people, joined by "and")
        self.org_title_after_re = re.compile(r"[ \t]+(?!(?:and|or)[ \t])(?:[a-z][a-z’'\-]+[ \t]+){0,3}?" + role_head + r"[ \t]+(?:" + hon + r")?[A-Z]")
        self.place_before_re = re.compile(r"\b(?:in|at|near|[Tt]he) +$")
        self.surname_before_re = re.compile(r"(?:" + hon + r"|\b" + speech + r"\s+|(?:^|[.!?][\"”’']?\s{1,3}|\n))$")
        # _byline
        self.byline_before_re = re.compile(r"\s*(?:" + self.byline_cues + r")\s+", re.I)
        self.byline_posted_re = re.compile(r"\s*(?:posted|published|written|updated)\b[^\n]{0,40}\bby\s+", re.I)
        self.author_box_re = re.compile(r"(?:" + self.author_box + r")", re.I)
        self.credit_before_re = re.compile(r"\b(?:" + self.credit_cues + r")\s*:\s*$", re.I)
        self.credit_slash_re = re.compile(r"\s*/")
        self.credit_by_re = re.compile(r"\b(?:" + self.credit_cues + r"|" + self.byline_cue_heads + r")\s+by\s+$", re.I)
        self.follow_before_re = re.compile(r"\b(?:" + self.follow_cues + r")\s+$", re.I)
        self.social_after_re = re.compile(r"\s+on\s+(?:" + self.social_sites + r")\b", re.I)
        self.author_note_re = re.compile(r"\s+(?:is|writes|reports)\s+(?:the\s+|a\s+|an\s+|our\s+)?(?:[A-Za-z’'\-]+\s+){0,4}?(?:" + self.byline_roles + r")\b", re.I)
        self.writes_about_re = re.compile(r"\s+(?:writes|reports)\s+(?:about|on|for)\s")
        self.byline_role_before_re = re.compile(r"\s*(?:[A-Za-z’'\-]+\s+){0,3}?(?:" + self.byline_roles + r")\s+", re.I)
        role = r"(?:[A-Za-z’'\-]+\s+){0,3}?(?:" + self.byline_roles + r")"
        self.byline_role_after_re = re.compile(r"(?:,|\s+[–—-])?\s+(?:" + role + r"|reports?|reporting)\W*", re.I)
        self.byline_role_line_re = re.compile(r"\s*" + role + r"\W*", re.I)
        # _attach_role
        self.role_after_re = re.compile(r"(?:,|[ \t]+[–—-](?=[ \t]))\s*(?:\d{1,3},\s*)?([^,\n“\"():;–—]{2,140}?(?:\s*\([^()\n]{1,60}\)(?:\s+(?!" + speech + r"\b)[^,\n“\"():;–—]{1,60}?)?)?)\s*(?:,|:|\.(?:\s|$)|\n|$|\s+" + speech + r"\b|[ \t]+[–—-][ \t])")
        self.role_dashes_re = re.compile(r"\s+[–—-]\s+([^,\n“\"():;–—]{2,140}?)\s+[–—-]\s")
        # (role_who_re, role_is_re) a title ends before "since" ("X has been the home's manager since 2019")
        # (an age and a court report's address may stand before "who": "X, 58, of Mill Road, Tenby, who was
        # registered manager of Y until 2023,"; the title ends before "until")
        self.role_who_re = re.compile(r",\s*(?:\d{1,3},\s*)?(?:of\s+[A-Z][^,\n]{1,40},\s*(?:[A-Z][^,\n]{1,30},\s*)?)?who\s+(?:is|was|are|were|has\s+been|had\s+been|is\s+now|became)\s+(?:the\s+|a\s+|an\s+)?([^,\n“\"():;.]{2,120}?(?:\s*\([^()\n]{1,60}\))?)\s*(?:[,.;:]|\n|$|(?<=\s)(?=(?:since|until)\s))")
        self.role_is_re = re.compile(r"\s+(?:is|was|has been|became|(?:" + self.as_role_verbs + r")\s+as)\s+(?:the\s+|a\s+|an\s+)?([^,\n“\"():;.]{2,100}?)\s*(?:[,.;:]|\n|$|(?<=\s)(?=since\s))")
        self.appointed_name_re = re.compile(r"\b" + _words_re(self.assets[self.vocab]["appointed_name_verbs"]) + r"\s+$")
        self.role_as_re = re.compile(r"\s+as\s+(?:the\s+|its\s+|their\s+|a\s+|an\s+)?([^,\n“\"():;.]{2,80}?)(?=\s+" + _words_re(self.assets[self.vocab]["role_as_stops"]) + r"\b|\s*[,.;:\n]|$)")
        self.role_no_comma_re = re.compile(r"\s+([a-z][^,\n“\"():;]{2,100}?)\s+" + speech + r"\b")
        self.role_paren_re = re.compile(r"\s*\(((?:[^()\n]|\([^()\n]{1,60}\)){2,100})\)")
        self.one_of_re = re.compile(r"(?:one|two|both|each)\s+of\s+")
        self.org_bracket_re = re.compile(r"\s*\(([^()\n]{2,80})\)")
        self.not_role_start_re = re.compile(r"(?:who|which|whose|he|she|they|had|has|have|was|were|is|are|will|would|could|did|does|also|and|or)\b")
        self.speech_start_re = re.compile(speech + r"\b")
        self.title_before_re = re.compile(r"((?:[\w’'&\-]+[\s,]+){1,12}?)(?:" + hon + r"){0,3}$")
        # title_before_re matches only the last 15 runs of non-separators (12 words and 3
        # honorifics, each one run and the separators after it; no lookbehind, no "^"):
        # it is searched from the 15th last run, not across the whole title window
        self.token_run_re = re.compile(r"[^\s,]+")
        self.gap_only_re = re.compile(r"[\s,]*")
        self.title_at_org_re = re.compile(r"((?:[\w’'\-]+\s+){1,8}?)(?:at|of|for|from)\s+(?:the\s+)?$")
        # "X, who leads nursing for Y": a lead verb's field (no determiner: not "who runs the home for ...") before "for/at"
        self.org_tail_re = re.compile(r"(?:,?\s*(?:who|which)\s+(?:(?:has|have|had)\s+)?(?:" + self.lead_verbs + r")"
                                      r"(?:\s+(?!(?:the|a|an|its|his|her|their|our|this|that)\b)(?:[a-z\-]{2,20}\s+){1,3}?(?:for|at)"
                                      r"|\s+(?:the|a|an)\s+(?:[\w\-]{2,20}\s+){1,3}?(?:of|at|for)(?=\s+(?:the\s+)?[A-Z]))?|\s+(?:has|had)\s+(?:" + self.lead_verbs + r")|,?\s+(?:speaking\s+(?:for|on behalf of)|on behalf of|of|from|at))\s+(?:the\s+)?")
        self.proper_run_re = re.compile(self.proper_run)
        self.typed_org_re = re.compile(r"(?:[a-z]+\s+){0,2}?(?:" + self.org_type_nouns + r")\s+(?=[A-Z])")
        self.reference_re = re.compile(self.references_alt + r"\b")
        self.who_which_re = re.compile(r"\b(?:who|which)\b")
        # an affiliation that ends a list line, a region in brackets after it at most
        self.line_org_re = re.compile(r"\s*(?:[–—-]\s*)?(?:the\s+)?(" + self.proper_run + r")(?:\s*\([^()\n]{1,40}\))?\s*[.;,]?\s*")
        self.signoff_re = re.compile(r"[ \t]*\n[ \t]*((?:[A-Z][\w’'&\-]*|of|for|and|the|&)(?:[ \t]+(?:[A-Z][\w’'&\-]*|of|for|and|the|&|in|at)){0,7})[ \t]*(?=\n|$)")
        self.signoff_next_re = re.compile(r"[ \t]*(?:,[ \t]*|\n[ \t]*)(?:the\s+)?")
        self.title_org_sep_re = re.compile(r"\s*(?:,|[ \t][–—-])[ \t]*(?:the\s+)?")
        self.title_org_end_re = re.compile(r"\s*(?:,|\.|;|:|\n|$|\(|[ \t][–—-][ \t])")
        self.paren_rest_re = re.compile(r"\s*(?:[–—-]|from\b|of\b|at\b)")
        self.led_by_re = re.compile(r",?\s+(?:headed|led|run|chaired|founded|owned)\s+by\s+(?:" + hon + r"){0,3}")
        self.possessive_gap_re = re.compile(r"(?:['’]s?)?\s+(?:" + self.modifiers + r"\s+)*|['’]s?", re.I)
        self.its_before_re = re.compile(r"(?<![\w’'])(?:[Ii]ts|[Tt]heir)\s+$")
        self.run_before_re = re.compile(r"(?<![\w’'])(" + self.proper_run + r")(?:['’]s?)?[ \t]+$")
        # _role_before
        self.spoke_before_re = re.compile(r"\b" + speech + r"\s+(?:" + hon + r"){0,3}$")
        # (a relative clause may stand between: "X, who joined in May, said")
        self.spoke_after_re = re.compile(r"(?:,\s*who\s[^,\n“\"]{1,80},)?\s+" + speech + r"\b")
        owner = r"(?:[Tt]he|[Aa]\s+new|[Ii]ts|[Tt]heir|[A-Z][\w’'&\-]*(?:\s+[A-Z][\w’'&\-]*){0,5}['’]s?)"
        # a title that spoke, or that reacted ("The home's manager was delighted.")
        # or that acted ("has welcomed the report", "thanked staff"), or that ends the sentence
        # ("The rating was welcomed by the trust's chief executive.")
        spoke = (r"\s+(?:(?:has|have|had)\s+)?(?:" + speech + r"|[a-z]{2,20}ed)\b|\s+(?:is|was|were|said\s+she\s+was|said\s+he\s+was)\s+(?:(?:very|so|really|extremely)\s+)?(?:"
                 + _words_re(self.assets[self.vocab]["reaction_words"]) + r")\b|(?=[.!?](?:\s|$))")
        # (a participle clause may stand between: "The trust's new chair, appointed last year, welcomed it")
        aside = r"(?:,\s*(?:appointed|named|recruited|elected)\b[^,\n“\"]{1,60},)?"
        self.title_spoke_re = re.compile(r"(?:^|(?<=[.!?”\"’\n])\s*|(?<=\s))(" + owner + r"\s+(?:[a-z][a-z’'\-]*\s+){0,5}?"
                                         + r"(?i:" + role_head + r"))" + aside + r"(?:" + spoke + r")")
        # every match of title_spoke_re holds one of this (the same text, no flags): none, no match
        self.title_spoke_hint_re = re.compile(r"(?i:" + role_head + r")" + aside + r"(?:" + spoke + r")")
        # (the body that appointed may be named without a possessive: "X Ltd appointed a new nominated individual")
        self.title_appointed_re = re.compile(r"(?:^|(?<=[.!?”\"’\n])\s*|(?<=\s))((?:[Tt]he|[Ii]ts|[Tt]heir|[Oo]ur)\s+[a-z]+|[Ww]e|" + owner
                                             + r"|[A-Z][\w’'&\-]*(?:\s+[A-Z][\w’'&\-]*){0,5})\s+" + self.appointed_before + r"("
                                             + r"(?:[a-z][a-z’'\-]*\s+){0,4}?" + role_head + r")(?=[^.!?\n]{0,60}[.!?]\s+$)")
        # every match of title_appointed_re holds one of this (the same text, no flags): none, no match
        self.appointed_hint_re = re.compile(self.appointed_before)
        self.owner_strip_re = re.compile(r"^(?:the|its|their)\s+|['’]s?$")
        # _has_context, _section_org, _split_role, the acting-for organisation and _quotes: the same
        # patterns those built from strings at every call (looked up in re's cache each time), compiled here
        self.honorific_end_re = re.compile(hon + r"$")
        self.context_title_after_re = re.compile(r",\s*(?:the |a |an )?(?:" + self.not_clause + r"[\w’'&\-]+\s+){0,8}?" + role_head, re.I)
        self.context_title_before_re = re.compile(role_head + r",?\s*$", re.I)
        self.section_lead_re = re.compile(r"(?:The\s+)?(" + self.proper_run + r")(?:,|\s+(?:said|says|has|have|had|is|was|which|warned))")
        # (a region in brackets may follow the name: "NHS England (North West) regional chief nurse")
        self.role_lead_run_re = re.compile(r"(" + self.proper_run + r")(?:\s*\([^()\n]{1,30}\))?(?:['’]s?)?\s+(?=[a-z])")
        self.role_typed_org_re = re.compile(r"\s+(?:of|at|for)\s+(?:the\s+)?(?i:" + self.org_type_nouns + r")\s+(" + self.proper_run + r")\s*$")
        self.role_named_org_re = re.compile(r"\s+(?:for|of)\s+(?:the\s+)?(" + self.proper_run + r")(?:\s+(?:at|in)\s+the\s+[a-z]+)?\s*$")
        self.role_at_org_re = re.compile(r"\s+at\s+(?:the\s+)?(" + self.proper_run + r")\s*$")
        self.role_reference_re = re.compile(r"\b(?:the\s+)?(" + self.references_alt + r")(?:['’]s)?\b")
        self.role_last_reference_re = re.compile(r"\b(?:of|at|for)\s+the\s+((?:[a-z]+\s+){0,2}?)(" + self.references_alt + r")\s*$")
        self.role_type_tail_re = re.compile(r"\s+(?:of|at|for)\s+(?:the\s+)?(?i:" + self.org_type_nouns + r")\s*$")
        self.acting_gap_re = re.compile(r",\s*(?:[a-z]+\s+){0,3}(?:" + hon + r")?")
        self.quote_said_after_re = re.compile(r"(?:,[^,]{0,80},)?\s*" + speech + r"\b")
        self.quote_said_before_re = re.compile(r"\b" + speech + r"\s+$")
        self.quote_speaker_said_re = re.compile(r"(?:['’]s)?(?:,[^“\"‘]{0,220}?,?)?\s*" + speech + r"\b")
        # (session 19) a second speaker of a paragraph: 'A said: "..." B added: "..."' (the quote opens right after)
        # (a title may stand between, "B, the chief nurse, added"; not a clause: "A, whose son, B, has ..., said" is A's)
        self.quote_own_opening_re = re.compile(r"(?:,\s*(?:the|a|an|its|our|their)\s[^“\"‘,]{1,80},)?\s*" + speech + r"\s*[:,]?\s*[\"“‘]")
        self.quote_from_said_re = re.compile(r"\s+(?:from|of|at|for)\s+[^,.“\"‘\n]{1,60}?\s+" + speech + r"\b")
        self.quote_title_said_re = re.compile(r"\s+[a-z][^,.“\"‘\n]{0,40}?" + role_head + r"[^,.“\"‘\n]{0,60}?\s+" + speech + r"\b", re.I)
        self.quote_said_words_before_re = re.compile(r"\b(?:" + speech + r"|[Aa]ccording to)\s+(?:[\w’'\-]+\s+){0,8}$")
        self.pronoun_speech_re = re.compile(r"\b" + self.pronouns + r"\s+" + speech + r"\b|\b" + speech + r"\s+" + self.pronouns + r"\b", re.I)
        self.speech_colon_end_re = re.compile(r"\b" + speech + r"\s*:\s*[–—-]?\s*$")
        # (session 16) sets and a pattern the per-candidate tests read, made once: `role_words | honorifics`
        # was built anew for every word tested (_clean, _title_run)
        self.role_or_honorific = self.role_words | self.honorifics
        self.role_honorific_or_determiner = self.role_or_honorific | {"the", "a", "an", "this", "that", "its", "their", "our", "his", "her"}
        self.modifiers_whole_re = re.compile(self.modifiers, re.I)

    # -- candidates ------------------------------------------------------------
    def _candidates(self, doc: Doc) -> list[tuple[int, int, bool]]:
        """(start, end, strong): strong when the grammar around it says person."""
        spans = [(e.start_char, e.end_char, False) for e in doc.ents if e.label_ == "PERSON"]
        text = doc_text(doc)
        found = []
        name_first = self._name_first_matches(text)
        heads = self._head_positions(text)
        for i, regex in enumerate(self.candidate_res):
            if i in name_first:
                if i == self.person_lead_index:
                    # a body's word ends the name ("Velmont Health has headed ..."): a body, not a person
                    found.extend((s, e) for s, e in name_first[i] if fold(text[s:e].split()[-1]) not in self.person_lead_not_last)
                else:
                    found.extend(name_first[i])
                continue
            if not contains_any(text, self.candidate_literals[i]):
                continue  # the words one of which every match holds: none in the text
            if i in self.head_first_index:
                matches = self._at_heads(regex, text, heads, 0)
            elif i == self.kin_before_index:
                matches = self._kin_before_matches(regex, text)
            elif i == self.role_is_index:
                matches = self._role_is_matches(regex, text, heads)
            elif i == self.signoff_index:
                matches = self._signoff_matches(regex, text)
            elif i == self.led_by_index:
                matches = self._led_by_matches(regex, text)
            else:
                matches = self._role_first_matches(text, heads) if regex is self.role_first_re else regex.finditer(text)
            for m in matches:
                found.append((m.start(1), m.end(1)))
        for m in self._at_heads(self.cap_title_re, text, heads, self.cap_title_reach):
            title = m.group(1)
            if " " not in title and not title.isupper():
                continue  # "Lead", "Partner", "Provider" alone: too often a word of a name
            line = text[text.rfind("\n", 0, m.start()) + 1 : m.start()]
            if _TITLE_GOES_ON.match(text[m.end(2) : m.end(2) + 3]) or _LOWER_WORD.search(line[-80:]):
                found.append((m.start(2), m.end(2)))
        # "Owners Jane Doe and John Roe said": the name joined to a found one by "and"
        for s, e in list(found):
            m = self.and_after_re.match(text, e, min(len(text), e + 80))
            if m:
                found.append((m.start(1), m.end(1)))
            m = self.and_before_re.search(text, max(0, s - 80), s)
            if m:
                found.append((m.start(1), m.end(1)))
        found.extend(self._surname_firsts(doc))
        if spans and found:
            # a statistical name inside a longer one the grammar found ("Jasvinder Kaur" of
            # "Owner Jasvinder Kaur Dhillon said") is that one, not a second person
            longer: dict[int, int] = {}
            for s, e in found:
                cleaned = self._clean(doc, s, e)
                if cleaned is not None:
                    longer[cleaned[0]] = max(longer.get(cleaned[0], 0), cleaned[1])
            spans = [sp for sp in spans if not (
                longer.get(sp[0], 0) > sp[1] and re.fullmatch(r" [A-Z][\w’'\-]+", text[sp[1] : longer[sp[0]]]))]
        spans.extend((s, e, True) for s, e in found)
        return spans

    def _surnames(self, doc: Doc) -> set[str]:
        """The single capitalised words that stand as a person's surname: after an
        honorific ("Ms Doe") or beside a speech verb ("says Doe,", "Doe said") with
        no other capitalised word before them; worked out once per Doc."""
        cached = doc.user_data.get(PEOPLE_CACHE_PREFIX + "surnames")
        if cached is not None:
            return cached
        text = doc_text(doc)
        found = set()
        for i, regex in enumerate(self.surname_res):
            for m in (self._speech_surnames(text) if i == 1 else regex.finditer(text)):
                word = m.group(1)
                w = fold(word).strip("’'")
                if (w in self.not_person or w in self.role_words or w in self.honorifics or w in self.lead_words
                        or w in self.surname_not_person or w in self.references or word.isupper()):
                    continue
                if i == 2 and _CAPITAL_OR_ARTICLE_BEFORE.search(text[max(0, m.start(1) - 30) : m.start(1)]):
                    continue  # "Fenwick Vale said", "the Doe said": another capitalised word or an article before it
                found.add(word)
        doc.user_data[PEOPLE_CACHE_PREFIX + "surnames"] = found
        return found

    def _speech_surnames(self, text: str):
        """The matches of `surname_res[1]` ("says Doe,": a speech verb after "\\b", one
        space, the surname, a comma) as far as its group 1 goes: a surname holds no space
        nor comma, so the capitalised run before each comma is the one it can be; it counts
        where the text before it ends in " " and a speech verb (one match per verb: no two
        overlap, a surname holding neither the space nor the comma of another)."""
        search, reach = self.speech_end_re.search, self.speech_reach
        for m in self.part_comma_re.finditer(text):
            s = m.start()
            if s and text[s - 1] == " " and search(text, max(0, s - 1 - reach), s - 1):
                yield m

    def _surname_firsts(self, doc: Doc) -> list[tuple[int, int]]:
        """Full names whose surname stands alone elsewhere as a person's: "the day
        Jane Doe bought the home ... 'We never gave up,' says Doe" makes the bare
        first mention a person. One or two first names, no title word. One pass
        over the capitalised words (a few surnames: over their own uses, the same
        ones), each looking back a bounded way."""
        surnames = self._surnames(doc)
        if not surnames:
            return []
        text = doc_text(doc)
        out = []
        if len(surnames) <= _FIND_SURNAMES:
            uses = sorted(use for word in surnames for use in _standing_alone(text, word))
        else:
            uses = [m.span() for m in _CAP_WORD.finditer(text) if m.group() in surnames]
        for start, end in uses:
            lo = max(0, start - 60)
            run = _FIRSTS_BEFORE.search(text, lo, start)
            if run is None:
                continue
            keep = []
            for w in reversed(run.group(1).split()):
                f = fold(w).strip("’'")
                if (w.isupper() or f in self.not_person or f in self.role_words or f in self.honorifics
                        or f in self.lead_words or f.rstrip("s") in self.role_words):
                    break
                keep.insert(0, w)
            first = start - len(" ".join(keep)) - 1
            if len(keep) == 2 and re.search(r"(?:^|[.!?:][\"”’']?\s+|\n\s*)$", text[max(0, first - 4) : first]):
                keep = keep[1:]  # a sentence's first word may be no name ("Yesterday Jane Doe")
                first = start - len(keep[0]) - 1
            if keep:
                out.append((first, end))
        return out

    def _head_positions(self, text: str) -> list[int] | None:
        """Every position where a role head starts after no word character, in any
        case (overlapping ones too), found in the text lower-cased; None when lower case cannot stand for
        `re`'s IGNORECASE there (a character lower() maps to two, or one IGNORECASE
        matches with a letter lower() does not give) or a head is not ASCII."""
        if self.head_scan_re is None:
            return None
        low = text.lower()
        if not lower_stands_for_ignorecase(text, low):
            return None
        found = []
        search = self.head_scan_re.search
        m = search(low)
        while m is not None:
            found.append(m.start())
            m = search(low, m.start() + 1)
        return found

    def _at_heads(self, regex: re.Pattern[str], text: str, heads: list[int] | None, reach: int):
        """The matches of `regex` (a pattern whose every match holds a role head at
        most `reach` characters after its start, the start where a word opening as
        `head_lead_chars` says or at the head itself), the same as `regex.finditer(text)`:
        the pattern is tried only at those starts, in order, a start inside the
        previous match skipped. `heads` None: the whole text is searched."""
        if heads is None:
            yield from regex.finditer(text)
            return
        starts = set(heads)
        if reach:
            lead = self.head_lead_re
            for h in heads:
                starts.update(m.start() for m in lead.finditer(text, max(0, h - reach), h))
        yield from self._match_at(regex, text, starts)

    def _match_at(self, regex: re.Pattern[str], text: str, starts):
        """`regex` tried at `starts` (every place one of its matches may start) in
        order, a start inside the previous match skipped: its `finditer` matches."""
        last = 0
        for start in sorted(starts):
            if start < last:
                continue
            m = regex.match(text, start)
            if m is not None:
                yield m
                last = m.end()

    def _role_is_matches(self, regex: re.Pattern[str], text: str, heads: list[int] | None):
        """The matches of "the trust's chief executive is X" (`regex`), the same as its
        `finditer`: a match holds a head (up to five lower-case words and their spaces
        before it), then at most a comma's aside, then " is " and a capital
        (`role_is_gate`); so the pattern is tried only at the heads at most
        `role_is_reach` characters before such a verb, and at the word starts the
        lower-case words before each reach back to."""
        if heads is None or self.role_is_gate is None:
            yield from regex.finditer(text)
            return
        verbs = [m.start() for m in self.role_is_gate.finditer(text)]
        if not verbs or not heads:
            return
        starts, seen = set(), set()
        reach = self.role_is_reach
        for v in verbs:
            for h in heads[bisect.bisect_left(heads, v - reach) : bisect.bisect_left(heads, v)]:
                if h in seen:
                    continue
                seen.add(h)
                starts.add(h)
                i = _words_back(text, h, 5, _lower_word_char)
                starts.update(q for q in range(i, h) if "a" <= text[q] <= "z")
        yield from self._match_at(regex, text, starts)

    def _kin_before_matches(self, regex: re.Pattern[str], text: str):
        """The matches of "her son, X" (`regex`: an article or a possessive, at most one
        lower-case word, a kinship word, ",? ", honorifics and the name), the same as
        its `finditer`: tried only at the letters of the two words before each " son"
        a capital follows (`kin_gate`, every place of it, overlapping ones too)."""
        if self.kin_gate is None:
            yield from regex.finditer(text)
            return
        starts = set()
        search = self.kin_gate.search
        m = search(text)
        while m is not None:
            k = m.start()
            starts.update(range(_words_back(text, k, 1, _ascii_word_char), k))
            m = search(text, k + 1)
        yield from self._match_at(regex, text, starts)

    def _led_by_matches(self, regex: re.Pattern[str], text: str):
        """The matches of "headed by X" (`regex`: "\\b", a verb of `led_by_verbs`, " by ",
        honorifics and the name), the same as its `finditer`: tried only where a verb
        ends right before a " by " (str.find scans for it in C)."""
        starts = set()
        k = text.find(" by ")
        while k >= 0:
            starts.update(k - len(v) for v in self.led_by_verbs if k >= len(v) and text.startswith(v, k - len(v)))
            k = text.find(" by ", k + 1)
        yield from self._match_at(regex, text, starts)

    def _signoff_matches(self, regex: re.Pattern[str], text: str):
        """The matches of the sign-off pattern (`regex`: at the text's start or after a
        "\n", to a "\n" or the end), the same groups as its `finditer`: its match at
        the start, then those of `signoff_nl_re`, which opens with the "\n" before the
        line and leaves the one after it (the next match opens with it)."""
        pos = 0
        first = regex.match(text, 0)
        if first is not None:
            yield first
            pos = first.end() - (text[first.end() - 1 : first.end()] == "\n")
        yield from self.signoff_nl_re.finditer(text, pos)

    def _name_first_matches(self, text: str) -> dict[int, list[tuple[int, int]]]:
        """Group 1's (start, end) of every match of each candidate pattern that opens
        with a name (`name_first_re`: index in `candidate_res` -> its matches), the
        same as each pattern's own `finditer`, found in one scan of the text: every
        capital that may open a name is tried once against all those patterns
        (each in a lookahead), not once per pattern. A pattern's matches do not
        overlap, as in `finditer`: one starting inside its previous match is dropped."""
        if self.name_first_re is None:
            return {}
        found: dict[int, list[tuple[int, int]]] = {i: [] for i in self.name_first_index}
        last = dict.fromkeys(self.name_first_index, 0)
        pairs = self.name_first_groups
        match = self.name_first_re.match
        for g in self.name_first_gate.finditer(text):
            start = g.start()
            m = match(text, start)  # (the gate passes every capital the joined pattern matches at)
            if m is None:
                continue
            for i, whole, name in pairs:
                end = m.end(whole)
                if end >= 0 and start >= last[i]:
                    found[i].append((start, m.end(name)))
                    last[i] = end
        return found

    def _role_first_matches(self, text: str, heads: list[int] | None = None) -> list[re.Match[str]]:
        """The matches of the "chief executive Jane Doe" pattern (a role, then a
        name), the same as its `finditer` over the whole text, found faster: the
        pattern tries up to five words and every role head at each word of the
        text, so it is searched only in the stretches between characters no
        match can hold (";", "(", a quote, ... and "." unless an honorific ends
        right before it: "Dr. Jane Doe") that have a role head
        followed by ",? " and a capital (`role_first_gate`, scanned in C for its
        first letters). A match lies in one stretch, and where a stretch ends the
        pattern's assertions read what they read in the whole text (no word
        character follows), so each stretch's matches are the text's. `heads`
        (`_head_positions`): the gate is tried only there (every place it matches
        holds a head), not scanned for."""
        gate = self.role_first_gate
        hits = [m.start() for m in gate.finditer(text)] if heads is None else [h for h in heads if gate.match(text, h)]
        if not hits:
            return []
        bounds = [m.start() for m in self.role_first_bound.finditer(text)
                  if text[m.start()] != "." or not self.honorific_end.search(text, max(0, m.start() - self.honorific_reach), m.start())]
        found: list[re.Match[str]] = []
        last = None
        for h in hits:
            k = bisect.bisect_right(bounds, h)
            if k == last:
                continue  # that stretch is searched already
            last = k
            found.extend(self.role_first_re.finditer(text, bounds[k - 1] + 1 if k else 0, bounds[k] if k < len(bounds) else len(text)))
        return found

    def _candidate_patterns(self) -> list[re.Pattern[str]]:
        """The grammar of `_candidates`, compiled once (from `_compile`)."""
        sp, hon = self.speech, self.honorific_pat
        NAME = self.name_pat  # noqa: N806 (the module's NAME, lower-case particles before the surname)
        heads = r"(?:" + self.role_head_re.pattern[2:-2] + r")"
        role = r"(?:" + self.not_clause + r"[a-z][a-z’'\-]+ ){0,5}?" + heads
        photo, kin, rcap = self.photo_mark, self.person_nouns, self.role_word_cap
        # a title's complement: "for adult social care", "of GPs", "of General Practice"
        # (its last word no article or preposition: "chair of the X Forum" is no title before a name)
        comp = (rf"(?: (?:of|for|in) (?:the )?(?:(?:[a-z][a-z’'\-]+|{rcap}) ){{0,5}}?"
                rf"(?:(?!(?:the|a|an|of|for|in|at|on|and|to|with|by)\b)[a-z][a-z’'\-]+|[A-Z]{{2,5}}s?|{rcap}))?")
        # "her son, X": tried only before the kinship words a capital follows (`_kin_before_matches`)
        kin_before = (rf"\b(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ww]hose|[Mm]y|[Oo]ur)(?: {self.not_clause}[a-z’'\-]+)? "
                      rf"{kin},? {hon}{{0,3}}({NAME})(?![\w’'\-])")
        # "the chief executive is X": tried only at the heads before a verb (`_role_is_matches`)
        is_verb = r" (?:is|was|will be|has been)(?: now)? "
        role_is = rf"\b{role}(?:, [^,.\n“\"]{{1,40}},)?{is_verb}{hon}?({NAME})(?![\w’'\-])"
        # "Y, headed by X": tried only before each " by " (`_led_by_matches`)
        led_verbs = ("headed", "led", "run", "chaired", "founded", "owned")
        led_by = rf"\b(?:{'|'.join(led_verbs)}) by {hon}{{0,3}}({NAME})\b"
        # a sign-off: its lines after a "\n" (`_signoff_matches`)
        signoff_body = (rf"[ \t]*{hon}{{0,3}}({NAME})[ \t]*\n[ \t]*(?:[A-Z][\w’'&\-]* |(?:of|for|and|the) ){{0,5}}"
                        rf"(?i:{heads})\b[^\n.]{{0,60}}")
        signoff = r"(?:^|(?<=\n))" + signoff_body + r"(?:\n|$)"
        person_lead = rf"(?<![\w’'])({NAME}) (?:has|had) (?:{self.person_lead_verbs}) (?:the )?[A-Z]"
        patterns = (
            # a title in any case, its complement, then the name: "said CQC deputy chief
            # inspector for adult social care X", "director of mental health services, X (pic),"
            rf"(?<![\w’']){heads}s?{comp},? {hon}{{0,3}}({NAME})(?![\w’'\-])",
            # a capitalised complement closed by a comma: "Director of Adult and Family Services, X,"
            rf"(?<![\w’'])(?i:{heads}) (?:of|for|in) (?:the )?[A-Z][\w’'\-]*(?: (?:[A-Z][\w’'\-]*|and|of|&)){{0,6}}, {hon}{{0,3}}({NAME}){photo}?(?=,| {sp}\b)",
            # an age or a kinship beside the name: "X, 84,", "X, whose son", "a resident, X,"
            rf"(?<![\w’'])({NAME}), (?:aged )?\d{{1,3}},",
            rf"(?<![\w’'])({NAME}), (?:the |a |an |whose |his |her |their )?(?:{self.not_clause}[a-z’'\-]+ )?{kin}\b(?! [A-Z])",
            kin_before,
            rf"(?<![\w’'])({NAME}){photo}?,[^.\n“\"]{{0,140}}?,? {sp}\b",
            rf"\b{sp},? (?:[a-z]+ ){{0,5}}?{hon}?({NAME})\b",
            rf"{self.honorific_at_word}({NAME}|{NAME_INITIAL})",  # (r"\b" + hon, its capital first)
            rf"(?<![\w’'])({NAME}){photo}? {sp}\b",
            rf"(?<=, )({NAME}){photo}?,? {sp}\b",
            rf"\b[Aa]ccording to {hon}?({NAME})\b",
            rf"\b{role},? {hon}?({NAME})\b",
            rf"(?<![\w’'])({NAME}), (?:the |a |an )?(?:{self.not_clause}[A-Za-z’'&]+ ){{0,4}}?{role}\b",
            # a capitalised title after the name: "X, MP for Y", "X, Chief Executive of Y"
            rf"(?<![\w’'])({NAME}), (?:the |a |an )?(?:[A-Z][a-z’'\-]+ |[A-Z]{{2,6}} ){{0,4}}(?i:{heads})\b",
            # "X registered manager at Y said", "X from the CQC said", "Y, headed by X"
            rf"(?<![\w’'])({NAME}) {role}\b[^,.\n“\"]{{0,80}}? {sp}\b",
            rf"(?<![\w’'])({NAME}) (?:from|of|at) (?:the )?[^,.\n“\"]{{1,60}}? {sp}\b",
            led_by,
            rf"(?<![\w’'])({NAME}) (?:is|was|became) (?:the |a |an )?(?:[A-Z][\w&\-]* ){{0,3}}{role}\b",
            rf"(?<![\w’'])({NAME}) \((?i:(?:[a-z’'\-]+ ){{0,5}}?{heads})\b",
            # an organisation in brackets before a speech verb: "X (Wexmoor NHS Trust) said"
            rf"(?<![\w’'])({NAME}) \((?=[^()\n]{{0,80}} )[^()\n]{{3,80}}\),? {sp}\b",
            # "X (pictured), chief executive", "X – chief executive of Y – said"
            rf"(?<![\w’'])({NAME})(?: \((?:{self.photo_notes})\),| [–—-]) (?:the |a |an )?(?:{self.not_clause}[A-Za-z’'&]+ ){{0,4}}?{role}\b",
            # a title after a dash: "X – Registered Manager", "X - registered manager at Y - said"
            rf"(?<![\w’'])({NAME}) [–—-] (?:the |a |an )?(?:[A-Za-z’'&\-]+ ){{0,4}}?(?i:{heads})\b",
            # "the trust's new chief executive is X", "X took over as chief executive"
            role_is,
            rf"(?<![\w’'])({NAME}) (?:{self.as_role_verbs}) as (?:the |a |an |its |their |interim |acting )?{role}\b",
            # "X has managed Y Lodge since 2019": a perfect of a leading verb before a capitalised name
            # (what the accurate profile's NER reads; verbs a body rarely takes: people.json person_lead_verbs)
            person_lead,
            # a sign-off: the name alone on its line, the title on the next ("X\nChief Executive\nY")
            signoff,
        )
        compiled = [re.compile(_capital_first(pattern, NAME)) for pattern in patterns]
        self.candidate_literals = [required_literals(c) for c in compiled]
        self._compile_name_first(patterns, NAME)
        # (an honorific and a name open with a capital)
        capitals = all(re.match(f"[{_UP}]", h.title()) for h in self.honorifics) and NAME.startswith(f"[{_UP}]")
        # "her son, X" matches where " son" and ",? " and a capital (an honorific's or the name's) are
        self.kin_before_index = patterns.index(kin_before)
        self.led_by_index, self.led_by_verbs = patterns.index(led_by), led_verbs
        self.kin_gate = re.compile(rf" (?:{kin}),? [{_UP}]") if capitals else None
        # "the chief executive is X" matches where a head ends at most a comma's aside before
        # the verb, and the verb is followed by a capital (an honorific's or the name's)
        self.role_is_index = patterns.index(role_is)
        self.person_lead_index = patterns.index(person_lead)
        self.role_is_gate = re.compile(is_verb + f"[{_UP}]") if capitals else None
        self.role_is_reach = max(map(len, self.assets[self.vocab]["role_heads"]), default=0) + len(", ,") + 40
        # the sign-off pattern written to open with the "\n" before its line (the engine scans for it);
        # the "\n" after it looked at, not taken (the next match's "\n")
        self.signoff_index = patterns.index(signoff)
        self.signoff_nl_re = re.compile(r"\n" + signoff_body + r"(?=\n|$)")
        # "chief executive Jane Doe": the costliest pattern, searched only where it can match (_role_first_matches)
        role_first = rf"\b{role},? {hon}?({NAME})\b"
        role_heads = self.assets[self.vocab]["role_heads"]
        self.role_first_re = next((c for c, pattern in zip(compiled, patterns) if pattern == role_first), None)
        if not all(re.match(r"\w", phrase) for phrase in role_heads):
            self.role_first_re = None  # (the gate reads "\b" before a head as "no word character before it")
        groups: dict[str, list[str]] = {}  # the heads by first letter: a pattern that opens with a letter class
        for phrase in sorted(role_heads, key=len, reverse=True):
            groups.setdefault(phrase[0], []).append(re.escape(phrase[1:]))
        self.role_first_gate = re.compile(
            "(?:" + "|".join(re.escape(c) + r"(?<!\w.)(?:" + "|".join(rest) + ")" for c, rest in groups.items()) + r")(?=,? [A-Z])")
        kept = set("".join(role_heads)) | set("".join(self.honorifics))
        self.role_first_bound = re.compile("[" + re.escape("".join(sorted(set(";:()[]{}“”\"!?.") - kept))) + "]")
        # a "." right after an honorific can be inside a match ("Dr. Jane Doe"): no bound there
        self.honorific_end = re.compile(
            r"(?:" + "|".join(re.escape(h) for h in sorted(self.honorifics, key=len, reverse=True)) + r")$", re.IGNORECASE)
        self.honorific_reach = max(map(len, self.honorifics), default=0) + 1
        # the role-first pattern with a capitalised title ("said WSHFT Chief Executive X"): `_candidates`
        # keeps a match only in a sentence, not in a title-case line ("Director Steps Down")
        self.cap_title_re = re.compile(rf"(?<![\w’'])((?:{rcap} ){{0,3}}(?i:{heads})s?){comp},? {hon}{{0,3}}({NAME})(?![\w’'\-])")
        # (those and the two patterns that open with a head are tried only where a head is: _at_heads)
        self.head_first_index = {i for i, pattern in enumerate(patterns)
                                 if pattern.startswith((rf"(?<![\w’']){heads}", rf"(?<![\w’'])(?i:{heads})"))}
        rcap_words = sorted({w.capitalize() for w in self.role_words if w not in ("and", "of", "for", "in", "the")})
        # a capitalised title word starts at most three words (and their spaces) before the head
        self.cap_title_reach = 3 * (max(map(len, rcap_words), default=0) + 1)
        self.head_lead_re = re.compile("[" + re.escape("".join(sorted({w[0] for w in rcap_words if w}))) + "]") if rcap_words else re.compile("(?!)")
        self.head_scan_re = None
        if all(phrase.isascii() and re.match(r"\w", phrase) for phrase in role_heads):
            # (every pattern given the heads reads a head after no word character:
            # `(?<![\w’'])`, `\b` or a space before it)
            self.head_scan_re = re.compile(_head_scan_pattern({p.lower() for p in role_heads}))
        return compiled

    def _compile_name_first(self, patterns, name: str = NAME) -> None:
        """The candidate patterns that open with a name (`_capital_first` reads them)
        joined into one (`_name_first_matches`): the name's capital, then for each
        pattern an optional lookahead holding the rest of it (its lookbehind one
        character wider, as `_capital_first` writes it), the whole pattern and its
        name in two groups; a match needs one of the patterns to match."""
        capital = f"[{_UP}]"
        rest = name[len(capital):]
        parts, self.name_first_index, self.name_first_groups = [], [], []
        tails = []  # each pattern after its name
        leads = _name_leads(name)
        for i, pattern in enumerate(patterns):
            lead = next(((lead, behind) for lead, behind in leads if pattern.startswith(lead)), None)
            if lead is None or not name.startswith(capital) or re.compile(pattern).groups != 1:
                continue
            group = 2 * len(parts) + 1
            parts.append("(?:(?=(" + lead[1] + "(" + rest + ")" + pattern[len(lead[0]):] + "))|)")
            tails.append(pattern[len(lead[0]):])
            self.name_first_index.append(i)
            self.name_first_groups.append((i, group, group + 1))
        if not parts:
            self.name_first_re = None
            return
        need = "(?!)"  # none matched: no match here
        for k in reversed(range(len(parts))):
            need = "(?(" + str(2 * k + 1) + ")|" + need + ")"
        # (a name at the capital first: most capitals open none, and then no lookahead is tried;
        # before it, what every lead's lookbehind implies, no word character before the capital:
        # else a run of capitals is read to its end from each of its letters, n² in the run)
        # (the name's first word read possessively in the checks that open at every capital:
        # every form of a name goes on after its first word with a blank, which the word
        # cannot hold, so a shorter first word never matches; a long word is not given back
        # letter by letter at each capital that opens no name)
        first = f"[{_LOW}'’\\-]+"
        quick = first + "+" + rest[len(first):] if rest.startswith(first) and name in (NAME, self.name_pat, self.name_pat_plain) else rest
        self.name_first_re = re.compile(capital + r"(?<![\w’'].)" + "(?=" + quick + ")" + "".join(parts) + need)
        # The capitals it can match at, found faster: the name read once, then any pattern's
        # rest (the joined pattern reads the name again for every pattern; the leads'
        # lookbehinds are left out, so the gate passes a superset; `_name_first_matches`
        # matches the joined pattern at each capital it passes, the same as its finditer:
        # every match is that one capital).
        self.name_first_gate = re.compile(capital + r"(?<![\w’'].)" + "(?=" + quick + "(?:" + "|".join(tails) + "))")

    def _clean(self, doc: Doc, start: int, end: int) -> tuple[int, int] | None:
        """Strip honorifics and a possessive; reject what cannot be a person's name."""
        text = doc_text(doc)[start:end]
        lead = self.honorific_re.match(text)
        if lead:
            start += lead.end()
        text = doc_text(doc)[start:end].split("\n")[0]
        text = _POSSESSIVE_END.sub("", text.rstrip()).rstrip(" .,")
        # an organisation's possessive before the name: "The Care Forum's Jane Doe said"
        owner = _OWNER_BEFORE.match(text)
        if owner:
            start += owner.end()
            text = text[owner.end() :]
        # letters after the name: "Jane Doe OBE", "John Roe FRCP"
        text = self.postnominal_tail_re.sub("", text)
        text = self.office_tail_re.sub("", text)  # "Jane Doe MP"
        end = start + len(text)
        words = text.split()
        # a sentence-initial word glued in front ("Both Jane Doe, MP for ...")
        if len(words) > 2 and fold(words[0]) in self.lead_words:
            start += len(words[0]) + 1
            words = words[1:]
        elif (len(words) > 2 and fold(words[0]) not in self.honorifics
              and (fold(words[0]) in self.start_words or self.sentence_adverb(fold(words[0])))
              and _SENTENCE_BEFORE.search(doc_text(doc), max(0, start - 8), start)):
            start += len(words[0]) + 1
            words = words[1:]
        # a kinship or a description glued in front: "Grandmother Jane Doe", "Mum-of-two Jane Doe"
        if len(words) > 2 and (fold(words[0]) in self.person_noun_set or self.described_re.fullmatch(fold(words[0]))):
            start += len(words[0]) + 1
            words = words[1:]
        # a role word glued in front by the patterns ("Chief Executive Jane Doe")
        while words and (fold(words[0]) in self.role_or_honorific
                         or (len(words) > 2 and fold(words[0])[-1:] == "s" and fold(words[0])[:-1] in self.role_words)):
            start += len(words[0]) + 1
            words = words[1:]
        # "District Judge Jane Doe", "Prime Minister John Roe": a title ending in a head word
        for i in (1, 0):
            if len(words) > i + 2 and fold(words[i]) in self.title_heads:
                start += sum(len(w) + 1 for w in words[: i + 1])
                words = words[i + 1 :]
                break
        if len(words) < 2 or len(words) - sum(w in self.particles for w in words[1:-1]) > 4 or any(fold(w).strip("’'") in self.not_person for w in words) or fold(words[-1]) in self.company_tails:
            return None
        if not all(w[:1].isupper() or (w in self.particles and 0 < i < len(words) - 1) for i, w in enumerate(words)) or any(w.rstrip(".").isupper() and len(w.rstrip(".")) > 1 for w in words):
            return None
        return start, end

    # -- main ------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        chrome = doc_chrome(doc)
        other = self.other_stories.ranges(doc, doc_text(doc))
        if other:
            chrome = sorted(chrome + other)  # other stories' people are not this story's (as chrome's)
        people: dict[str, dict] = {}
        # every word-final part of a kept key ("jane doe", "doe") -> the first key kept with it
        suffixes: dict[str, str] = {}
        order: dict[str, int] = {}
        mentions: dict[str, list[tuple[int, int]]] = {}
        strong: dict[str, bool] = {}
        for start, end, is_strong in sorted(set(self._candidates(doc))):
            if in_ranges(start, chrome) and not self.contact_re.search(doc_text(doc), max(0, start - 40), start):
                continue  # (a press-office contact is story text: "contact X, press officer")
            cleaned = self._clean(doc, start, end)
            if cleaned is None:
                continue
            s, e = cleaned
            if self._byline(doc, s, e):
                continue  # page chrome: a byline or a photo credit
            if self.org_title_after_re.match(doc_text(doc)[e : e + 80]):
                continue  # "Wexmoor Carehomes managing director Jane Doe": an organisation
            if self.place_before_re.search(doc_text(doc)[max(0, s - 8) : s]):
                continue  # a place: "residents at Fenwick Vale said"; a title: "told the Harnby Echo"
            if self._org_index(doc).overlaps(s, e) and not self._person_over_org(doc, s, e):
                continue  # "Abbey Hill" is a hospital's short form
            name = doc_text(doc)[s:e]
            key = fold(name)
            # the same person found by two patterns, or a longer capture
            # (the first kept key k with k == key, k ending in " " + key or key in " " + k)
            same = self._same_person(order, suffixes, key)
            if same is not None and same != key:
                if len(key) > len(same):
                    continue  # prefer the shorter, cleaner capture already kept
                key = same
            person = people.get(key)
            if person is None:
                person = people[key] = {"name": name, "role": None, "organisation": None,
                                        "quoted": False, "evidence": []}
                mentions[key] = []
                order[key] = len(order)
                for i in range(1, len(key)):
                    if key[i - 1] == " ":
                        suffixes.setdefault(key[i:], key)
            if (s, e) not in mentions[key]:
                mentions[key].append((s, e))
            strong[key] = strong.get(key, False) or is_strong or self._has_context(doc, s, e)
        # drop weak names (NER alone, no title, no speech, no honorific) that stand
        # alone on a line (bylines) or after a place preposition ("height of Canary Wharf")
        for key in list(people):
            if not strong[key] and (not self._plausible(doc, mentions[key]) or self._org_like(people[key]["name"])
                                    or self._place_elsewhere(doc, people[key]["name"])):
                del people[key]
                del mentions[key]
        surnames = Counter(p["name"].split()[-1] for p in people.values())
        mention_starts: list[tuple[int, str]] | None = None  # every mention's (start, key), sorted, when needed
        surname_spans: dict[str, list[tuple[int, int]]] = {}  # `_occurrences`' spans of each surname looked up
        for key, person in people.items():
            for s, e in sorted(mentions[key]):
                person["evidence"].append(evidence(doc, s, e))
            for s, e in sorted(mentions[key]):
                if self._attach_role(doc, person, s, e):
                    break
            else:
                # "says Pellow, the company director": a later surname-only mention
                surname = person["name"].split()[-1]
                shared = surnames[surname] > 1  # someone else has it
                # (the surname's spans found in C and kept per part: one regex per
                # person over the whole text made a page of many people quadratic)
                for ms, me in ([] if shared else self._occurrences(doc_text(doc), surname, surname_spans)):
                    if not _SURNAME_STATED.match(doc_text(doc), me):
                        continue
                    before = doc_text(doc)[max(0, ms - 25) : ms]
                    # "Dr Pellow is ...", "Pellow, who is ..." at a sentence's start
                    if (self.surname_before_re.search(before)
                            and self._attach_role(doc, person, ms, me)):
                        break
                else:
                    if mention_starts is None:
                        mention_starts = sorted((m[0], k) for k, spans in mentions.items() for m in spans)
                    if not self._pronoun_role(doc, person, mentions[key], mention_starts, key):
                        self._role_before(doc, person, min(mentions[key]), mention_starts, key)
            if person["organisation"] is None:
                person["organisation"] = self._owner_org(doc, mentions[key]) or self._spoken_for_before(doc, mentions[key])
            self._default_org(doc, person)
        self._quotes(doc, people, mentions, chrome)
        self._pair_shares(doc, people, mentions)
        # A name only the statistical model proposed, mentioned once, with no title
        # or quote, on a line that is no sentence (an address, a list of links): on
        # real pages that is far more often a street or a product than a person.
        text = doc_text(doc)
        for key in list(people):
            person = people[key]
            if strong[key] or person["role"] is not None or person["quoted"]:
                continue
            lines = []
            for s, e in mentions[key]:
                line_end = text.find("\n", e)
                lines.append(text[text.rfind("\n", 0, s) + 1 : len(text) if line_end < 0 else line_end].strip())
            if not any(SENTENCE_END.search(line) for line in lines):
                del people[key]
        doc._.cqc_people = list(people.values())
        self._add_people_orgs(doc, chrome)
        # The per-Doc indexes above hold Spans: they must not leave with the Doc
        # (msgpack cannot carry them across processes, and they cost memory).
        for key in [k for k in doc.user_data if isinstance(k, str) and k.startswith(PEOPLE_CACHE_PREFIX)]:
            del doc.user_data[key]
        return doc

    def _pair_shares(self, doc: Doc, people: dict, mentions: dict) -> None:
        """(session 20) Two people joined by "and" share the title, body and quotation stated once for both:
        "A and B, who own the home, said: '...'" (what the aside gives B is A's too), "Owners A and B said:
        '...'" (a plural title before the pair is B's too). Only a person with no title and no body of their
        own takes them."""
        text = doc_text(doc)
        spans = sorted((s, e, k) for k, ms in mentions.items() if k in people for s, e in ms)
        for (s1, e1, k1), (s2, e2, k2) in zip(spans, spans[1:]):
            if k1 == k2 or not self.pair_join_re.fullmatch(text, e1, s2):
                continue
            a, b = people[k1], people[k2]
            shared = True  # (a title the two share, set or found below)
            aside = self.pair_aside_re.match(text, e2)
            plural = self.pair_title_re.match(text, e2) if aside else None
            if plural and not any(p["role"] or p["organisation"] for p in (a, b)):
                # "A and B, the home's owners, said": the plural title after the pair is each one's
                ref = plural.group("owner") or plural.group("of")
                ref = ref and self.reference_re.fullmatch(fold(ref).split(None, 1)[1])  # (the words after "the")
                ref = ref if ref and ref.group(0) in self.references else None
                a["role"] = b["role"] = fold(plural.group("title"))
                a["organisation"] = b["organisation"] = self._ref_org(doc, ref.group(0)) if ref else None
            elif aside and aside.group(0).lstrip(", \t\n").startswith("who") \
                    and a["role"] is None and a["organisation"] is None and (b["role"] or b["organisation"]):
                # "A and B, who own the home,": a plural relative clause is both people's (review: not a singular
                # title, "A and B, the home's manager,", which is B's alone)
                a["role"], a["organisation"] = b["role"], b["organisation"]
            elif b["role"] is None and b["organisation"] is None and a["role"] and fold(a["role"]) in self.pair_titles \
                    and fold(text[max(0, s1 - 60) : s1]).rfind(fold(a["role"])) >= 0:
                b["role"], b["organisation"] = a["role"], a["organisation"]  # "Owners A and B said"
            elif not (a["role"] and (a["role"], a["organisation"]) == (b["role"], b["organisation"])):
                # ("The home's owners, A and B, said": one title already both people's; "A and B, the home's
                # manager, said": B's own title) no title is shared, but the pair's quotation is both people's
                shared = False
            if shared and a["organisation"] is None and a["role"] == b["role"] and fold(a["role"]) in self.pair_titles:
                # a bare plural title ("Owners A and B", "A and B, the owners,") speaks for whom its singular would
                one = dict(a, role=a["role"][:-1])
                self._default_org(doc, one)
                a["organisation"] = b["organisation"] = one["organisation"]
            # the quotation opening right after the pair's speech verb is both people's
            if self.pair_speech_re.match(text, aside.end() - 1 if aside else e2) and (a["quoted"] or b["quoted"]):
                a["quoted"] = b["quoted"] = True

    def _add_people_orgs(self, doc: Doc, chrome) -> None:
        """A person's organisation that is no organisation item yet ("Unison
        representative X", "GMB organiser X") becomes one (SPEC §2: every named
        organisation is an item), with its first mention in story text as evidence;
        only a name the text writes as such, never one the grammar inferred.
        Linear: the items' keys are read once (the scorer's name_keys, as same_org
        compares them), and at most PEOPLE_ORGS_MAX names are looked up in the text."""
        orgs = doc._.cqc_organisations
        if orgs is None:
            return
        text = doc_text(doc)
        known: set[str] | None = None  # the items' keys, read when a person has an organisation
        known_acronyms: set[str] = set()
        looked_up = set()
        for person in doc._.cqc_people:
            name = person["organisation"]
            if not name or name in looked_up:
                continue
            if known is None:
                known = set()
                for org in orgs:
                    norm, acro = name_keys([org["name"], *org["aliases"]])
                    known |= norm
                    known_acronyms |= acro
            norm, acro = name_keys([name])
            if norm & known or acro & known or norm & known_acronyms:
                continue
            if len(looked_up) >= PEOPLE_ORGS_MAX:
                break
            looked_up.add(name)
            for m in re.finditer(_literal_first(name, r"[\w-]") + r"(?![\w-])", text):  # (the name first: searched in C)
                if not in_ranges(m.start(), chrome):
                    orgs.append({"name": name, "kind": "other", "aliases": [],
                                 "evidence": [evidence(doc, m.start(), m.end())]})
                    known |= norm
                    known_acronyms |= acro
                    break

    @staticmethod
    def _same_person(order: dict[str, int], suffixes: dict[str, str], key: str) -> str | None:
        """The first key kept (`order`: key -> rank) that is `key`, ends in " " + key,
        or that `key` ends in after a space; `suffixes` maps every part of a kept key
        after one of its spaces to the first key kept with it."""
        found = [k for k in (key if key in order else None, suffixes.get(key)) if k is not None]
        found += [key[i:] for i in range(1, len(key)) if key[i - 1] == " " and key[i:] in order]
        return min(found, key=order.__getitem__) if found else None

    def _byline(self, doc: Doc, s: int, e: int) -> bool:
        """A name in a byline ("By X", "X, Health Correspondent", "X reports",
        "Written by X on 3 May") or a credit ("Photograph: X/Agency")."""
        text = doc_text(doc)
        # the line around the name, within 160 characters each side (inputs are untrusted)
        lo, hi = max(0, s - 160), min(len(text), e + 160)
        line_start = text.rfind("\n", lo, s) + 1 or lo
        line_end = text.find("\n", e, hi)
        line_end = hi if line_end < 0 else line_end
        before, after = text[line_start:s], text[e:line_end]
        if self.byline_before_re.fullmatch(before):
            return True
        if self.byline_posted_re.fullmatch(before):
            return True
        # an author box: "About the author" on the line before
        prev = text[max(0, line_start - 80) : line_start].rstrip().rsplit("\n", 1)[-1].strip(" :")
        if before.strip() == "" and self.author_box_re.fullmatch(prev):
            return True
        # (the $-anchored searches below scan the whole line before the name; they run only
        # when its end, whitespace passed over as \s does, holds what they end in)
        tail = before.rstrip()
        if (tail.endswith(":") and self.credit_before_re.search(before)) or self.credit_slash_re.match(after):
            return True
        # a credit or byline inside a line: "Photos by X", "(Pictures by X)", "words by X"
        if tail[-2:].lower() == "by" and self.credit_by_re.search(before):
            return True
        # "Follow X on Twitter": a social-media prompt
        if self.social_after_re.match(after) and self.follow_before_re.search(before):
            return True
        # an author's note: "X is the Gazette's health correspondent" opening its line
        if before.strip() == "" and self.author_note_re.match(after):
            return True
        if before.strip() == "" and self.writes_about_re.match(after):
            return True  # "X writes about health" opening its line
        if after.strip(" \t,.|") == "" and self.byline_role_before_re.fullmatch(before):
            return True  # "Court reporter X" alone on its line
        if before.strip(" \t-–—|•") == "":
            if self.byline_role_after_re.fullmatch(after):
                return True
            if after.strip() == "":
                nxt = text[line_end + 1 : line_end + 80].split("\n", 1)[0]
                if self.byline_role_line_re.fullmatch(nxt):
                    return True
        return False

    def _has_context(self, doc: Doc, s: int, e: int) -> bool:
        e = self._past_letters(doc_text(doc), e)
        before = doc_text(doc)[max(0, s - 40) : s]
        after = doc_text(doc)[e : e + 60]
        return bool(
            self.honorific_end_re.search(before)
            or self.context_title_after_re.match(after)
            or self.context_title_before_re.search(before)
        )

    def _person_over_org(self, doc: Doc, s: int, e: int) -> bool:
        """A found person's name that an organisation mention overlaps but does not
        make an organisation: its surname stands alone elsewhere as a person's ("Ms
        Doe", "Doe said") and the mention is the name itself, or the mention runs on past
        a comma after the name ("Jane Doe, Chief Executive at X": a clause read as
        one name)."""
        text = doc_text(doc)
        index = self._org_index(doc)
        k = bisect.bisect_left(index.starts, s)
        if (k > 0 and index.max_end[k - 1] > s) or index.starting(s + 1, e - 1):
            return False  # a mention that starts before the name or inside it
        surnames = self._surnames(doc)
        for sp in index.starting(s, s):
            if sp.start_char == s and sp.end_char == e and text[s:e].split()[-1] in surnames:
                continue
            if sp.start_char == s and sp.end_char > e + 1 and text[e] == ",":
                continue
            # (session 18) "Regional manager for the company Jane Doe said": a title that ends in a
            # bare reference ("for the company") before the name, which the finder read as a company's
            # name; a qualified one introduces a new body ("for the campaign group X said": X is its name)
            reference = self.role_last_reference_re.search(text, max(0, s - 60), s)
            if (sp.start_char == s and sp.end_char == e and reference and not reference.group(1)
                    and self.role_head_re.search(text, max(0, s - 60), s)
                    and self.quote_said_after_re.match(text, e)):
                continue
            return False
        return True

    def _org_like(self, name: str) -> bool:
        """A weak name with an organisation's head word ("Marstow Operational Base",
        "Fenwick Healthcare"): the grammar of organisations, not of people."""
        return any(fold(w) in self.org_head_words for w in name.split()[1:])

    def _place_elsewhere(self, doc: Doc, name: str) -> bool:
        """A weak name the text also uses as a place or as the start of an
        organisation's name, at a use the statistical model did not tag
        ("patients at Marlow Vale", "Marlow Vale Hospital"): no person's name."""
        text = doc_text(doc)
        at, seen = text.find(name), 0
        while at >= 0 and seen < 50:
            seen += 1
            end = at + len(name)
            if not (at > 0 and _is_word(text[at - 1])) and not (end < len(text) and _is_word(text[end])):
                nxt = re.match(r"[ \t]+([A-Z][a-z]+)\b", text[end : end + 30])
                if nxt and fold(nxt.group(1)) in self.name_head_words:
                    return True
                if re.search(r"\b(?:in|at|near)\s+(?:the\s+)?$", text[max(0, at - 12) : at]):
                    return True
            at = text.find(name, end)
        return False

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
            # the tail of a place's capitalised run after "in"/"at"/"near" ("in Tarnby Holt Park,"): the
            # words between are no honorific, month or day (then the name would start a clause)
            run = _PLACE_RUN_BEFORE.search(text, max(0, s - 40), s)
            if run and not any(fold(w) in self.not_run_words for w in run.group(1).split()):
                continue
            if self.not_person_left_re.search(text, max(0, s - 60), s) or self.not_person_right_re.match(text, self._past_letters(text, e)):
                continue
            # a place in an address: "Marstow Hospital, Fenwick Heath, on 3 May", "(MH, Fenwick Heath)"
            if re.match(r"\s*[,)]", text[e : e + 3]) and (
                re.search(r"(?:\([A-Z]{2,8}|\b(?:in|at)\s+[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,3}),\s*$", text[max(0, s - 60) : s])
                or any(re.fullmatch(r",\s*", text[sp.end_char : s]) for sp in self._org_index(doc).ending(s - 3, s - 1))
            ):
                continue
            # a line of tags: "Topics covered: X, Y, Z"
            if self.tag_line_re.match(line):
                continue
            return True
        return False

    @staticmethod
    def _org_names(doc: Doc) -> dict[str, str]:
        """Every name and alias of the article's organisations (folded) -> its name
        (built once per Doc: callers only read it)."""
        cached = doc.user_data.get("cqc_people_org_names")
        if cached is not None:
            return cached
        names: dict[str, str] = {}
        for org in doc._.cqc_organisations or []:
            for n in (org["name"], *org.get("aliases", [])):
                names.setdefault(fold(n), org["name"])
                names.setdefault(_THE_FIRST.sub("", fold(n)), org["name"])
        doc.user_data["cqc_people_org_names"] = names
        return names

    def _org_called(self, doc: Doc, run: str) -> str:
        """The organisation a proper name before or after a title means: the one with that
        name or alias, else the one organisation whose name begins with it ("Wexmoor chief
        executive X" on a page naming only "Wexmoor Hospitals NHS Trust"), else the name itself."""
        names = self._org_names(doc)
        key = fold(run)
        if key in names:
            return names[key]
        if key in self.not_prefix or not key:
            return run
        found = {name for k, name in names.items() if k.startswith(key + " ")}
        return found.pop() if len(found) == 1 else run

    def _org_index(self, doc: Doc) -> _SpanIndex:
        """`_org_spans` indexed by offset, once per Doc."""
        cached = doc.user_data.get("cqc_people_org_index")
        if cached is None:
            cached = doc.user_data["cqc_people_org_index"] = _SpanIndex(self._org_spans(doc))
        return cached

    def _org_kinds(self, doc: Doc) -> dict:
        """Each organisation's name -> its kind, once per Doc (asked once per person)."""
        cached = doc.user_data.get("cqc_people_org_kinds")
        if cached is None:
            cached = doc.user_data["cqc_people_org_kinds"] = {o["name"]: o["kind"] for o in doc._.cqc_organisations or []}
        return cached

    def _gap_start(self, doc: Doc, end: int) -> int:
        """Where the run of `gap_run_re` characters that ends at `end` (exclusive)
        begins; `end` when the character before it is outside that set."""
        runs = doc.user_data.get("cqc_people_gap_runs")
        if runs is None:
            found = [m.span() for m in self.gap_run_re.finditer(doc_text(doc))]
            runs = doc.user_data["cqc_people_gap_runs"] = ([a for a, _ in found], [b for _, b in found])
        k = bisect.bisect_right(runs[0], end - 1) - 1
        return runs[0][k] if k >= 0 and runs[1][k] >= end else end

    def _org_spans(self, doc: Doc) -> list:
        """The organisation mentions, with a job title read into one taken back
        out: "CEO of Wexmoor Care" stands for Wexmoor Care (when the article
        names it, or the title-led text is the organisation's only name);
        "Cabinet Portfolio Holder for Adults" stands for nothing."""
        cached = doc.user_data.get("cqc_people_org_spans")
        if cached is not None:
            return cached
        text = doc_text(doc)
        names = self._org_names(doc)
        acronyms = {org["name"]: {a for a in org.get("aliases", []) if a.isupper()} for org in doc._.cqc_organisations or []}
        spans = []
        for sp in doc.spans.get(self.org_spans_key, []):
            local = text[sp.start_char : sp.end_char]
            if sp.id_.count("(") != sp.id_.count(")"):
                continue  # cut inside a bracket: "Jane Doe (Group" is no organisation
            titled = self.title_org_re.match(sp.id_)
            if titled is None:
                spans.append(sp)
                continue
            # the organisation's own name starts with a job title: keep what follows
            # it when the article knows it ("CEO of Wexmoor Care") or abbreviates it
            rest = sp.id_[titled.end() :]
            initials = "".join(w[0] for w in rest.split() if w.lower() not in ("of", "and", "the", "for", "in", "at"))
            rest_id = names.get(fold(rest)) or (rest if initials.upper() in acronyms.get(sp.id_, set()) else None)
            if rest_id is None:
                continue
            t = self.title_org_re.match(local)
            if t is not None:
                spans.append(OrgMention(sp.start_char + t.end(), sp.end_char, rest_id))
            elif not rest.startswith(local) and not sp.id_.startswith(local):
                spans.append(OrgMention(sp.start_char, sp.end_char, rest_id))
            elif local.isupper():
                spans.append(OrgMention(sp.start_char, sp.end_char, rest_id))
        doc.user_data["cqc_people_org_spans"] = spans
        return spans

    # -- roles -----------------------------------------------------------------
    def _past_letters(self, text: str, end: int) -> int:
        """The end of a name with the letters after it ("OBE", "FRCP") passed over."""
        m = self.postnominal_lead_re.match(text, end, min(len(text), end + 80))
        end = m.end() if m else end
        # a note on a photograph after the name: "X (pictured), chief executive"
        n = self.photo_note_re.match(text, end, min(len(text), end + 30))
        return n.end() if n else end

    def _title_before(self, before: str, pos: int):
        """`title_before_re.search(before, pos)`, tried only where a match can be leftmost: at `pos` and where
        a word starts after it (a match from inside a word is matched from that word's start too, so it is
        never the leftmost). ~6 x fewer places tried, the same match (issue 15)."""
        m = self.title_before_re.match(before, pos)
        if m is not None:
            return m
        for w in _TITLE_WORD_START.finditer(before, pos + 1):
            m = self.title_before_re.match(before, w.start())
            if m is not None:
                return m
        return None

    def _attach_role(self, doc: Doc, person: dict, start: int, end: int) -> bool:
        text = doc_text(doc)
        end = self._past_letters(text, end)
        office = self.office_after_re.match(text, end)
        if office is not None:
            end = office.end()  # "Jane Doe MP, ..."
        after = text[end : end + 200]
        role_text = role_start = None
        # "X, 52, the owner of Y": an age may stand between the name and the role.
        # a parenthesis may close the title: "deputy chief inspector (lead for mental health)"
        m = self.role_after_re.match(after)
        if not m:
            # a title between dashes: "X – chief executive of Y – said"
            m = self.role_dashes_re.match(after)
        if not m or m.group(1).startswith("who ") or not self.role_head_re.search(m.group(1)):
            # "said X, who is chief executive of Y" (after an age or an address: "X, 58, of Y Road, who was")
            m = self.role_who_re.match(after) or m
        if not m:
            # "Mr X & Mrs Y, who are the providers,": the plural title after the pair is the first one's too
            pair = self.and_after_re.match(after)
            both = self.role_who_re.match(after, pair.end()) if pair else None
            if both and re.search(r"\bwho\s+(?:are|were)\b", both.group(0)):
                m = both
        if not m:
            # "X is Unison representative for the service."
            m = self.role_is_re.match(after)
            if m and not self.role_head_re.search(m.group(1)):
                m = None
        if not m and self.appointed_name_re.search(text, max(0, start - 30), start):
            # "had appointed X as the home's new manager"
            m = self.role_as_re.match(after)
            if m and not self.role_head_re.search(m.group(1)):
                m = None
        if not m:
            # no comma: "X registered manager at Y said"
            m = self.role_no_comma_re.match(after)
        if not m and self._alone_on_line(text, start, end):
            # a sign-off: "X\nChief Executive\nY"
            m = self.signoff_re.match(after)
        # a title in brackets, as in a list of attendees: "X (Deputy Director of Nursing) – Y"
        paren = self.role_paren_re.match(after)
        if paren and self.role_head_re.search(paren.group(1)):
            m = paren
        rel = self.relative_role_re.match(after)
        if rel and self.role_head_re.search(rel.group(1)) and not (m and m is paren):
            m = rel  # "X, who was appointed director of midwifery in January,"
        # "X, one of the surgery's three partners,": the title is the plural noun, made singular
        if m and m is not paren and m is not rel and self.one_of_re.match(m.group(1)):
            plural = re.search(r"s$", m.group(1))
            m = _Group(m.group(1)[len(self.one_of_re.match(m.group(1)).group(0)) : len(m.group(1)) - (1 if plural else 0)],
                       m.start(1) + len(self.one_of_re.match(m.group(1)).group(0)))
        if m and self.role_head_re.search(m.group(1)) and not self.not_role_start_re.match(m.group(1)) \
                and not self.speech_start_re.match(m.group(1)):
            role_text, role_start = m.group(1), end + m.start(1)
        else:
            before = text[max(0, start - self.title_window) : start]
            # "Director of Adult Social Services (DASS) X": the title's initials in brackets are
            # read as spaces (offsets kept)
            before = _INITIALS_BEFORE.sub(lambda b: " " * len(b.group(0)), before)
            before = _TITLE_BRACKET_BEFORE.sub(lambda b: " " * (len(b.group(0)) - 1) + ",", before)
            runs = [r.start() for r in self.token_run_re.finditer(before)]
            b = self._title_before(before, runs[-15] if len(runs) > 15 else 0)
            # "Home manager at Manor Lodge, Jane Doe": a title, "at" and an organisation
            org_span = next((sp for sp in self._org_index(doc).ending(start - 3, start - 1)
                             if self.gap_only_re.fullmatch(text[sp.end_char : start])), None)
            pre = text[max(0, org_span.start_char - 100) : org_span.start_char] if org_span is not None else ""
            o = self.title_at_org_re.search(pre) if pre else None
            if o and self._pre_role(o.group(1)):
                cand = self._pre_role(o.group(1))
                role_start = org_span.start_char - len(pre) + o.start(1) + o.group(1).rfind(cand)
                role_text = text[role_start : org_span.end_char]
            elif b:
                cand = self._pre_role(b.group(1))
                if cand:
                    role_text = cand
                    role_start = start - len(before) + b.start(1) + b.group(1).rfind(cand)
                    # the bracket read as spaces above is the title's: kept as written
                    closing = _TITLE_BRACKET_AFTER.match(text, role_start + len(role_text))
                    if closing:
                        role_text = text[role_start : closing.end()]
                else:
                    # the second of two names after a plural title: "the owners, Mr X & Mrs Y"
                    pair = self.pair_before_re.search(before)
                    cand = self._pre_role(pair.group(1)) if pair else None
                    if cand and fold(cand).endswith("s"):
                        role_text = cand
                        role_start = start - len(before) + pair.start(1) + pair.group(1).rfind(cand)
        org = None
        # "X, who runs Y" / "X of Y" / "X, on behalf of Y"
        tail = self.org_tail_re.match(after)
        if tail:
            span = self._org_starting(doc, end + tail.end())
            if span is None:
                # (session 18) "X, who chairs the Royal College of Y": the words after the determiner are the
                # name itself, not a field before "of" ("who runs the Tarrow branch of Y" is)
                det = _TAIL_DETERMINER.search(tail.group(0))
                whole = self._org_starting(doc, end + det.end()) if det else None
                if whole is not None and whole.end_char >= end + tail.end():
                    span = whole
            run = self.proper_run_re.match(after[tail.end() :])
            # "X, from patient group Dunstow Voices": a type noun, then the organisation's name
            typed = self.typed_org_re.match(after[tail.end() :])
            if span is None and typed:
                span = self._org_starting(doc, end + tail.end() + typed.end())
                typed_run = self.proper_run_re.match(after[tail.end() + typed.end() :])
                if span is None and typed_run and not self._is_title_words(typed_run.group(0)):
                    org = self._org_called(doc, typed_run.group(0))
            if span is not None:
                org = span.id_
            elif org is not None:
                pass
            elif run and fold(run.group(0).split()[-1]) in self.company_tails:
                org = run.group(0)  # "X of Morrow Lane Advisory": a company the finder missed
            else:
                # "X, who owns the home": a reference to the article's own home or provider
                rest = fold(after[tail.end() :])
                ref = self.reference_re.match(rest)
                # (session 18) "X from the council said": a reference after "from" is the body named for it,
                # unless it owns what follows ("X from the home's residents' committee": the committee's)
                # (session 19) and "X, from the home, said" alike
                from_ref = (re.match(r",?\s+from\s", tail.group(0)) is not None and ref is not None
                            and not rest.startswith(("'s", "’s"), ref.end()))
                if ref and (self.who_which_re.search(tail.group(0)) or "behalf" in tail.group(0) or "speaking" in tail.group(0)
                            or re.match(r"\s+ha[sd]\s", tail.group(0)) or from_ref):
                    org = self._ref_org(doc, ref.group(0))
        elif paren:
            # "X (title) from the CQC", "X (title) – Y, Z": the first organisation on the line
            rest = after[paren.end() :].split("\n", 1)[0]
            if self.paren_rest_re.match(rest):
                base = end + paren.end()
                org = next((sp.id_ for sp in self._org_index(doc).starting(base, base + len(rest)) if sp.end_char <= base + len(rest)), None)
                # a list line's affiliation the finder missed: "X (title) – Y (North)"
                named = self.line_org_re.fullmatch(rest)
                if org is None and named and not self._is_title_words(named.group(1)):
                    org = self._org_called(doc, named.group(1))
        if org is None and not (paren and self.role_head_re.search(paren.group(1))):
            # "X (Wexmoor NHS Trust) said": an organisation filling the brackets after the name
            bracket = self.org_bracket_re.match(after)
            if bracket:
                base = end + bracket.start(1)
                org = next((sp.id_ for sp in self._org_index(doc).starting(base, base) if sp.end_char == end + bracket.end(1)), None)
        if org is None:
            # "Wexmoor Trust, headed by X": the organisation the person leads
            led = next((sp for sp in self._org_index(doc).ending(start - 30, start - 1)
                        if self.led_by_re.fullmatch(text[sp.end_char : start])), None)
            if led is not None:
                org = led.id_
        if role_text is None:
            if org:
                person["organisation"] = org
            if office is not None:
                person["role"] = fold(office.group(1))
                return True
            return False
        if role_start < start:
            # "Wexmoor NHS Trust chief nurse X": a title read from inside an organisation's
            # name ("Trust chief nurse") starts after the name, which is the one spoken for
            # (session 18) "Corleigh Valley NHS Foundation Trust's acting chief executive X": a title read
            # from the possessive word that ends a name ("Trust's") is cut after the possessive too, so the
            # name is the owner below, not the page's main trust that "the trust's" would mean
            inside = next((sp for sp in self._org_index(doc).ending(role_start + 1, role_start + len(role_text))
                           if sp.start_char < role_start), None)
            if inside is not None:
                rest = text[inside.end_char : role_start + len(role_text)]
                possessive = _POSSESSIVE_LEAD.match(rest)
                cut = possessive.end() if possessive else len(rest) - len(rest.lstrip())
                if possessive is None and rest.startswith(("'", "’")):
                    inside = None  # (a quote mark with no title after it: left as it was)
            if inside is not None:
                role_text, role_start = text[inside.end_char + cut : role_start + len(role_text)], inside.end_char + cut
        role, role_org = self._split_role(doc, role_text, role_start)
        if role_org is None and role_start < start:
            # "Wexmoor Group's chief executive, X": the possessive just before the title
            # (only a mention ending in the run of gap characters before the title can match)
            owner = next((sp for sp in self._org_index(doc).ending(self._gap_start(doc, role_start), role_start)
                          if self.possessive_gap_re.fullmatch(text[sp.end_char : role_start])), None)
            its = self.its_before_re.search(text[max(0, role_start - 8) : role_start])
            # (session 18) "Y Partnership, whose managing partner X": the body right before "whose"
            whose = _WHOSE_BEFORE.search(text, max(0, role_start - 12), role_start)
            if owner is None and whose is not None:
                owner = next(iter(self._org_index(doc).ending(whose.start(), whose.start())), None)
            if owner is not None:
                role_org = owner.id_
            elif its and role:
                role_org = self._antecedent(doc, role_start - len(its.group(0)), role)  # "Its chief executive, X"
            elif role and not self.political_re.search(role):
                # "said Wexmoor Carehomes managing director X": a proper name right before the title
                run = self.run_before_re.search(text[max(0, role_start - 80) : role_start])
                if run and not self._is_title_words(run.group(1)):
                    role_org = self._org_called(doc, run.group(1))
        if role is not None and role_org is None and org is None and role_start > start and m is not paren:
            # "X, Deputy Director of Nursing, Y, said", "X – Director, Y": the organisation
            # right after the title's comma (a found one; on a list line, any proper name)
            after_title = role_start + len(role_text)
            sep = (self.signoff_next_re if m.re is self.signoff_re else self.title_org_sep_re).match(text, after_title)
            if sep is not None:
                span = self._org_starting(doc, sep.end())
                if span is not None and self.title_org_end_re.match(text, span.end_char):
                    role_org = span.id_
                else:
                    line_end = text.find("\n", sep.end())
                    named = self.line_org_re.fullmatch(text, sep.end(), len(text) if line_end < 0 else line_end)
                    if named and not self._is_title_words(named.group(1)) and self._list_line(text, start):
                        role_org = self._org_called(doc, named.group(1))
        if role is None and role_org is None and org is None:
            return False
        person["role"] = role
        # "X (Hospital Director (Larch Unit)) – Wexmoor Group": a list line's affiliation
        # after the title is the one spoken for, over a site named inside the title
        person["organisation"] = (org or role_org) if paren and m is paren else (role_org or org)
        return True

    @staticmethod
    def _alone_on_line(text: str, start: int, end: int) -> bool:
        """Whether the name at start..end stands alone on its line (an honorific before it
        and letters after it at most)."""
        # (the line's start looked for in the 13 characters before the name, its end after it:
        # neither a scan of the whole line nor a copy of the rest of the text per name)
        reach = max(0, start - 13)
        newline = text.rfind("\n", reach, start)
        if newline < 0 and reach > 0:
            return False  # more than 12 characters before the name on its line
        lo = newline + 1
        if len(text[lo:start]) > 12 or text[lo:start].strip(" \t").endswith((",", ":")) or not re.match(r"[^\n]{0,30}(?:\n|$)", text[end : end + 32]):
            return False
        line_end = text.find("\n", end)
        return "," not in text[end : line_end if line_end >= 0 else len(text)]

    @staticmethod
    def _list_line(text: str, at: int) -> bool:
        """Whether the line holding `at` is an item of a list ("- X", "• X") or holds
        no sentence (no full stop before its end)."""
        lo = text.rfind("\n", 0, at) + 1
        hi = text.find("\n", at)
        line = text[lo : len(text) if hi < 0 else hi].strip()
        return bool(re.match(r"[-–—•*·]\s", line)) or not re.search(r"[.!?]", line)

    def _antecedent(self, doc: Doc, at: int, role: str | None = None) -> str | None:
        """What "its" at `at` means: the last organisation named in its sentence or the
        one before, else the proper name that opens the sentence before ("The Care
        Forum, which speaks for providers, said ... Its chief executive, X"). With the
        `role` "its" opens: a site's opener gives way to the body named after it when the
        title is no site's ("X House is run by Y Ltd. Its nominated individual")."""
        text = doc_text(doc)
        lo = max(0, at - 400)
        if "\n\n" in text[lo:at]:
            lo = text.rindex("\n\n", lo, at) + 2
        ends = [m.end() for m in re.finditer(r"[.!?][\"”’']?\s+", text[lo:at])]
        prev_start = lo + (ends[-2] if len(ends) >= 2 else 0)
        found = [sp for sp in self._org_index(doc).starting(prev_start, at - 1) if sp.end_char <= at]
        # a regulator that rated or inspected is seldom what "its" means
        found = [sp for sp in found if sp.label_ != "regulator"] or found
        if found:
            # the body that opens the sentence before (its subject: "X is run by Y Ltd. Its manager"), else the last named
            openers = [sp for sp in found if sp.start_char == 0 or _OPENS_SENTENCE.search(text, max(0, sp.start_char - 48), sp.start_char)]
            last = max(found, key=lambda sp: sp.start_char)
            if openers:
                opener = max(openers, key=lambda sp: sp.start_char)
                stop = _STOP.search(text, opener.start_char, at)
                if stop is not None and last.start_char < stop.start() and not text.count("\n", opener.start_char, at):
                    # (session 18) a site has a manager, not a nominated individual or a chief executive:
                    # such a title is the body's that runs the site, named in the opener's sentence
                    if (role and opener.label_ == "location" and last.label_ != "location"
                            and last.start_char > opener.start_char and not self._site_role(role)):
                        return last.id_
                    return opener.id_  # (the last one named in the opener's own sentence, which ends before "its")
            return last.id_
        lead = self.section_lead_re.match(text[prev_start:at])
        if lead and len(lead.group(1).split()) >= 2 and fold(lead.group(1)) not in self.references:
            return self._org_called(doc, lead.group(1))
        return None

    def _pronoun_role(self, doc: Doc, person: dict, spans: list, mention_starts: list, key: str) -> bool:
        """A title in the sentence right after a mention, the person as a pronoun:
        "X said the findings were fair. She is chief executive of Y." (no one else
        named in between)."""
        text = doc_text(doc)
        for s, e in sorted(spans):
            stop = re.search(r"[.!?][\"”’']?[ \t]{1,3}(?=(?:She|He)\s+(?:is|was|has\s+been|became)\s)", text[e : e + 300])
            if stop is None or "\n" in text[e : e + stop.end()]:
                continue
            at = e + stop.end()
            lo_i, hi_i = bisect.bisect_right(mention_starts, (s, "\uffff")), bisect.bisect_left(mention_starts, (at,))
            if any(k != key for _, k in mention_starts[lo_i:hi_i]):
                continue
            word = re.match(r"She|He", text[at:]).end()
            if self._attach_role(doc, person, at, at + word):
                return True
        return False

    def _role_before(self, doc: Doc, person: dict, mention: tuple[int, int], mention_starts: list, key: str) -> None:
        """A title that spoke in an earlier sentence, the name given only later
        as a speaker: "The trust's chief executive said ... . 'We accept it,'
        said Jane Doe"."""
        if person["role"] is not None:
            return
        text = doc_text(doc)
        start, end = mention
        word_before = re.search(r"([A-Za-z]+)\s+$", text[max(0, start - 30) : start])
        if word_before and fold(word_before.group(1)) in self.unaffiliated_words:
            return  # "Patient X said": a title of X's own, no one's staff
        if not (self.spoke_before_re.search(text[max(0, start - 40) : start])
                or self.spoke_after_re.match(text[end : end + 120])):
            return
        lo = max(0, start - self.speaker_window)
        window = text[lo:start]
        if window.count("\n\n") > 1:  # at most the paragraph before
            lo = start - len(window.split("\n\n")[-1]) - len(window.split("\n\n")[-2]) - 2
            window = text[lo:start]
        best = None
        for m in (self.title_spoke_re.finditer(window) if self.title_spoke_hint_re.search(window) else ()):
            best = m
        if best is None:
            # "The trust appointed a new chair in April. X said": the next sentence's speaker
            for m in (self.title_appointed_re.finditer(window) if self.appointed_hint_re.search(window) else ()):
                best = m
            if best is None:
                return
            role_start = lo + best.start(2)
            lo_i, hi_i = bisect.bisect_left(mention_starts, (role_start,)), bisect.bisect_left(mention_starts, (start,))
            if any(k != key for _, k in mention_starts[lo_i:hi_i]):
                return
            role, org = self._split_role(doc, best.group(2), role_start)
            if role:
                owner_text = fold(best.group(1))
                ref = self.owner_strip_re.sub("", owner_text)
                if ref in self.references:
                    org = org or self._ref_org(doc, ref)
                elif not owner_text.startswith(("the ", "its ", "their ", "our ")) and owner_text != "we":
                    org = org or self._org_names(doc).get(ref)
                person["role"] = role
                person["organisation"] = person["organisation"] or org
            return
        role_start = lo + best.start(1)
        lo_i, hi_i = bisect.bisect_left(mention_starts, (role_start,)), bisect.bisect_left(mention_starts, (start,))
        if any(k != key for _, k in mention_starts[lo_i:hi_i]):
            return  # someone else is named in between
        role, org = self._split_role(doc, best.group(1), role_start)
        if role:
            person["role"] = role
            person["organisation"] = person["organisation"] or org

    def _is_title_words(self, run: str) -> bool:
        """Whether a capitalised run is made of title, honorific or article words,
        or is a bare reference ("Trust", "Home") rather than a name."""
        if fold(run) in self.references or fold(run) in self.not_person:
            return True
        if self.modifiers_whole_re.fullmatch(fold(run)):
            return True  # "Former manager X": a descriptive modifier opening the sentence, no name
        return any(fold(w) in self.role_honorific_or_determiner for w in run.split())

    def _headed_name(self, run: str) -> bool:
        """"the Independent Care Group", "Tolcombe Medical Centre": a capitalised run after a
        title's "of/at/for" that ends in a body's head word and holds a word that is no title,
        specialty or reference word is a body's name, though some of its words are title words
        ("Care", "Medical"); "Nursing and Quality", "the Trust" stay specialties or references."""
        words = [fold(w) for w in re.findall(r"[\w&\-]+", run)]
        if len(words) < 2 or words[-1] not in self.references:
            return False
        return any(w not in self.role_honorific_or_determiner and w not in self.specialty_words
                   and w not in self.references and w not in ("and", "of", "for", "&") for w in words[:-1])

    def _pre_role(self, text: str) -> str | None:
        """The title just before a name: the longest run of role words ending in a head,
        or such a run followed by "of/for" and up to four words of specialty
        ("director of community services, X")."""
        words = text.split()
        # "The home's registered manager at the time of the death, X": the time clause goes
        joined = " ".join(words)
        timed = _AT_THE_TIME_TAIL.search(joined)
        if timed:
            words = joined[: timed.start()].split()
        # "the trust's chief executive is X": the copula before the name goes
        while len(words) > 1 and fold(words[-1]) in ("is", "was", "now") or words[-2:] in (["will", "be"], ["has", "been"]):
            words = words[:-2] if fold(words[-1]) in ("be", "been") else words[:-1]
        cand = self._pre_role_words(words)
        if cand:
            return cand
        # (up to six words of specialty: "head of inspection for mental health and community services X";
        # a region after "in": "director of network operations in the north, X")
        for j in range(len(words) - 2, max(0, len(words) - 8), -1):
            if fold(words[j]) in ("of", "for", "in") and not any(re.search(r"[,.;:]$", w) for w in words[j:-1]):
                head = self._pre_role_words(words[:j])
                if head:
                    return (head + " " + " ".join(words[j:])).strip(" ,")
        return None

    def _pre_role_words(self, words: list[str]) -> str | None:
        k = len(words)
        while k > 0:
            w = fold(words[k - 1]).strip(",")
            base = _POSSESSIVE_END.sub("", w)
            # "chief executive of the trust, X": a reference may end the title after "of the"
            ends_ref = base in self.references and k == len(words) and re.search(
                r"\b(?:of|at|for) the (?:[a-z]+ ){0,2}$", fold(" ".join(words[max(0, k - 5) : k - 1])) + " ")
            # (the head may be plural before two names: "the home's owners, X and Y")
            plural_head = k == len(words) and len(w) > 3 and w.endswith("s") and w[:-1] in self.role_words
            if w in self.role_words or plural_head or (base in self.references and k < len(words)) or ends_ref:
                k -= 1
                continue
            if w in ("its", "their", "his", "her", "our"):
                k -= 1
                continue
            break
        cand = " ".join(words[k:]).strip(" ,")
        cand = _CANDIDATE_LEAD_WORDS.sub("", cand)
        if not cand or not (self.role_head_re.search(cand) or (cand.endswith("s") and self.role_head_re.search(cand[:-1]))):
            return None
        last = fold(cand.split()[-1])
        if last in ("of", "for", "and", "in", "the"):
            return None
        return cand

    def _org_starting(self, doc: Doc, char: int):
        """The first mention starting at `char` or after nothing but spaces from it."""
        spaces_end = _SPACES.match(doc_text(doc), char).end()
        found = self._org_index(doc).starting(char, spaces_end)
        return found[0] if found else None

    def _split_role(self, doc: Doc, role_text: str, role_start: int) -> tuple[str | None, str | None]:
        org_name = None
        end = role_start + len(role_text)
        # "registered manager at Y at the time of the death": the time clause goes
        role = _AT_THE_TIME_TAIL.sub("", role_text)
        political = bool(self.political_re.search(fold(role)))
        owned = self.owned_site_re.search(role) if self.owned_site_re is not None else None
        if owned and self.references.get(owned.group(1)) == "location":
            # "registered manager at the Wexmoor Care-run home": the home, not its owner, is spoken for
            org_name = self._ref_subject(doc, owned.group(1), role_start) or self._ref_org(doc, owned.group(1))
            if org_name is not None:
                role = role[: owned.start()]
                end = role_start + len(role)
        # "Unison representative for the service": a proper name leading the title, not
        # itself a found organisation, is the one spoken for (a party before "MP" is not)
        lead = self.role_lead_run_re.match(role)
        if (lead and not political and not self._is_title_words(lead.group(1))
                and not self._org_index(doc).starting(role_start, role_start + lead.end(1) - 1)):
            org_name = self._org_called(doc, lead.group(1))
            role = role[lead.end() :]
        for span in self._org_index(doc).starting(role_start, end):
            if political and span.start_char == role_start and _looks_like_party(span.text):
                continue  # "Labour councillor for X": the party stays in the title, spoken for by nobody
            if span.end_char > end and org_name is None and span.start_char > role_start and (
                    _DASH_AFTER.match(doc_text(doc), end) or doc_text(doc)[end : end + 1] == ","):
                # "manager of Willow Court - Care Home": the title stops at the dash, the name
                # found runs on over it ("Willow Court - Care Home"), and is the one spoken for;
                # (session 20) so at a comma inside a listed name ("a partner at Hartley, Moss and Finch Partnership")
                org_name = span.id_
                role = _cut_name(role, doc_text(doc)[span.start_char : end])
                continue
            if span.end_char <= end:
                local = doc_text(doc)[span.start_char : span.end_char]
                # "chief executive at Wexmoor Group" over a found "Wexmoor": the name with
                # a parent's head word after it ends the title, and is the one spoken for
                parent = self.parent_tail_re.match(doc_text(doc), span.end_char, end)
                if org_name is None and parent is not None and not doc_text(doc)[parent.end() : end].strip():
                    local = doc_text(doc)[span.start_char : parent.end()]
                    org_name = local
                org_name = org_name or span.id_
                # "owner of X in Market Street": the role ends where "of/at/for X" begins
                role = _cut_name(role, local)
        if org_name is None:
            # "chief executive at Wexmoor NHS Trust": a name the article gives an
            # organisation, though this mention of it was not found as one
            named = _ROLE_BODY_AFTER.search(role)
            if named and fold(named.group(1)) in self._org_names(doc):
                org_name = self._org_names(doc)[fold(named.group(1))]
                role = role[: named.start()]
        if org_name is None:
            # "chair of the charity Older Folk": a type noun, then the organisation's name
            typed = self.role_typed_org_re.search(role)
            if typed and not self._is_title_words(typed.group(1)):
                org_name = self._org_called(doc, typed.group(1))
                role = role[: typed.start()]
        if org_name is None:
            # "regional organiser for Medunite", "branch secretary of Medunite at the trust": a
            # proper name after "for/of" that is no specialty of the title ("director of Nursing")
            named = self.role_named_org_re.search(role)
            if named and not political and (self._headed_name(named.group(1)) or not self._is_title_words(named.group(1)) and not any(
                    fold(w) in self.specialty_words or fold(w) in self.references for w in re.findall(r"[\w&\-]+", named.group(1)))):
                org_name = self._org_called(doc, named.group(1))
                role = role[: named.start()]
        if org_name is None:
            # a proper name the text attaches to the title but that was not found as an
            # organisation: "director of resources at the QEH"
            at = self.role_at_org_re.search(role)
            if at and (self._headed_name(at.group(1)) or not self._is_title_words(at.group(1))):
                org_name = self._org_called(doc, at.group(1))
                role = role[: at.start()]
        if org_name is None:
            # "clinical lead for the out-of-hours service": the body the text says runs that service
            service = SERVICE_ROLE_TAIL.search(fold(role))
            if service:
                org_name = self._service_runner_org(doc, service.group(1).split())
        if org_name is None:
            # "the trust's chief executive", "chief executive at the trust"
            m = self.role_reference_re.search(fold(role))
            # "of the ambulance service trust": up to two words before the reference
            last = self.role_last_reference_re.search(fold(role))
            if last and not (m and fold(role)[m.end() - 2 : m.end()] == "'s"):
                # "chief executive of the ambulance trust": the one with the describing word in its name
                org_name = self._described_org(doc, last.group(1).split(), last.group(2)) \
                    or self._ref_subject(doc, last.group(2), role_start) or self._ref_org(doc, last.group(2))
                role = role[: last.start()]
            elif m and (fold(role)[m.end() - 2 : m.end()] in ("'s",) or re.search(r"\b(?:of|at|for)\s+(?:the\s+)?" + re.escape(m.group(1)) + r"\s*$", fold(role))):
                word = m.group(1).replace("'s", "")
                org_name = self._ref_subject(doc, word, role_start) or self._ref_org(doc, word)
                role = role[: m.start()] + role[m.end() :]
                role = re.sub(r"\s+(?:of|at|for)\s*$", "", role)
        if org_name is not None:
            # "chair of the charity X" with X cut out: the type noun goes with it
            role = self.role_type_tail_re.sub("", role)
        role = _ACRONYM_BRACKETS.sub("", role)  # an organisation's acronym
        role = fold(role)
        role = _BLANKS.sub(" ", role).strip(" ,’'")
        role = _ROLE_LEAD_WORDS.sub("", role)
        role = _ROLE_TAIL_WORD.sub("", role).strip(" ,")
        role = _ROLE_CONNECTOR.sub(lambda m: m.group(0) if m.group(1) is None else " ", role)
        role = _POSSESSIVE_S.sub("", role).strip()
        while True:
            new = self.modifiers_re.sub("", role)
            if new == role:
                break
            role = new
        role = _BLANKS.sub(" ", role).strip()
        if not (self.role_head_re.search(role) or (role.endswith("s") and self.role_head_re.search(role[:-1]))):
            return None, org_name
        return role or None, org_name

    def _described_org(self, doc: Doc, describing: list[str], word: str) -> str | None:
        """"the ambulance trust", "the mental health trust": the one organisation of the
        reference's kind whose name holds each describing word (a word of it starting
        with it: "hospital" of "Hospitals"); None when no word describes or the
        words fit none or several."""
        describing = [w for w in describing if w not in self.lead_words and w not in self.describing_not and len(w) >= 4]
        kind = self.references.get(word)
        if not describing or kind not in ("provider", "location"):
            return None
        fits = [org["name"] for org in doc._.cqc_organisations or [] if org["kind"] == kind and all(
            any(n.startswith(w) for n in fold(org["name"]).split()) for w in describing)]
        return fits[0] if len(fits) == 1 else None

    def _ref_subject(self, doc: Doc, word: str, at: int) -> str | None:
        """"Orrin NHS Trust ... was rated good. Jane Moss, the trust's chief executive,":
        the body that opens the sentence before the title (_subject_before), when it is
        of the reference's kind (with the word in its name for `references_named_first`)."""
        kind = self.references.get(word)
        named = self.references_named.get(word, "")
        parts = named.split(":") if named.startswith("named:") else None
        if parts:
            kind = parts[2] if len(parts) > 2 else kind
        if kind not in ("provider", "location"):
            return None
        org = self._subject_before_at(doc, at, {kind}) or self._body_in_sentence_before(doc, at, kind)
        return None if org is None or (parts and parts[1] not in fold(org).split()) else org

    def _body_in_sentence_before(self, doc: Doc, at: int, kind: str) -> str | None:
        """The one body of `kind` named in the sentence an organisation of another kind
        opens before `at` ("Elm Court, run by X Ltd, was rated good. Y, the company's
        director,": X Ltd); None when it names none or several."""
        opener = self._subject_before_at(doc, at, {"location", "provider", "other"})
        if opener is None:
            return None
        ids = self._bodies_in_opened_sentence(doc, opener, at, kind)
        return ids.pop() if ids is not None and len(ids) == 1 else None

    def _bodies_in_opened_sentence(self, doc: Doc, opener: str, at: int, kind: str) -> set[str] | None:
        """The bodies of `kind` named in the sentence `opener` opens before `at` (from its
        last mention within 600 characters to the sentence's end); None when `opener` is
        not named there."""
        spans = [sp for sp in self._org_index(doc).starting(max(0, at - 600), at - 1) if sp.id_ == opener]
        if not spans:
            return None
        start = spans[-1].start_char
        stop = _STOP.search(doc_text(doc), start, at)
        stop = stop.start() if stop else at
        kinds = self._org_kinds(doc)
        return {sp.id_ for sp in self._org_index(doc).starting(start, stop) if kinds.get(sp.id_, sp.label_) == kind}

    def _ref_org(self, doc: Doc, word: str) -> str | None:
        """The organisation a reference word ("the trust's") stands for: of its kind, one
        with the word in its name first (`references_named_first`: a story of a home's
        company and an NHS trust, "the trust" is the trust), else the main one of its kind."""
        named = self.references_named.get(word)
        return (self._main_org(doc, named) if named else None) or self._main_org(doc, self.references[word])

    def _main_org(self, doc: Doc, kind: str) -> str | None:
        """The organisation of a kind the article mentions most (first on a tie);
        worked out once per Doc and kind."""
        cache = doc.user_data.setdefault("cqc_people_main_org", {})
        if kind in cache:
            return cache[kind]
        counts = doc.user_data.get("cqc_people_org_counts")
        if counts is None:
            counts = doc.user_data["cqc_people_org_counts"] = Counter(sp.id_ for sp in doc.spans.get(self.org_spans_key, []))
        best = None
        named = kind[6:] if kind.startswith("named:") else None  # "named:council": a council of any kind
        want = None
        if named and ":" in named:
            named, want = named.split(":", 1)  # "named:trust:provider": a provider with "trust" in its name
        for org in doc._.cqc_organisations or []:
            if self.title_org_re.match(org["name"]):
                continue
            if (named not in fold(org["name"]).split()) if named else org["kind"] != kind:
                continue
            if want is not None and org["kind"] != want:
                continue
            count = counts[org["name"]]
            if best is None or count > best[0]:
                best = (count, org["name"])
        cache[kind] = best[1] if best else None
        return cache[kind]

    def _default_org(self, doc: Doc, person: dict) -> None:
        role = person["role"]
        if person["organisation"] or not role:
            return
        if self.council_role_re.search(role):
            # "cabinet member for adult social care": speaks for the article's council
            person["organisation"] = self._main_org(doc, "named:council")
            return
        if self.political_re.search(role) or self.unaffiliated_role_re.search(role):
            return  # (a campaigner, a patient or a relative speaks for no organisation)
        if self.legal_role_re.search(role):
            # a lawyer speaks for whom a fronted clause names: "Prosecuting for the CQC, barrister X"
            person["organisation"] = self._acting_for(doc, person)
            return
        cues = [c for c in self.regulator_cues if c in role]
        if cues and all(c in self.regulator_cues_shared for c in cues):
            # "X, Director of Operations, said" after a provider's sentence: the provider's
            org = self._subject_before(doc, person)
            if org:
                person["organisation"] = org
                return
        if cues:
            org = self._main_org(doc, "regulator")
            cqc = [o["name"] for o in doc._.cqc_organisations or [] if o["kind"] == "regulator" and "CQC" in [o["name"], *o["aliases"]]]
            person["organisation"] = cqc[0] if cqc else org
            return
        site = self._site_title_org(doc, role)
        if site is not None:
            person["organisation"] = site
            return
        owner = self._page_owner(doc)
        site_role = self._site_role(role)
        if owner is not None and site_role and self._org_kinds(doc).get(owner) == "provider" \
                and "nhs" not in fold(owner).split():
            # a home's title on its provider's page ("General manager X said" on a care group's
            # news of one of its homes): the home the page names most (an NHS trust's matron
            # or ward manager speaks for the trust)
            home = self._main_org(doc, "location")
            if home is not None:
                person["organisation"] = home
                return
        if owner is not None and (not site_role
                                  or self._org_kinds(doc).get(owner) in ("provider", "location")):
            # a body's own page: its staff's bare titles speak for it (a home's title on a
            # council's page still for the home)
            person["organisation"] = owner
            return
        # a manager speaks for the home or practice; an executive for the provider
        # (never for a hospital: the trust behind it may go unnamed)
        order = ("location", "provider") if site_role else ("provider",)
        first = self._first_start(person)
        contact = first is not None and self.contact_re.search(doc_text(doc), max(0, first - 40), first)
        if not contact:
            # "Harrowgate Living plans ... . Chief executive X said": a bare title speaks for the
            # organisation that opens the sentence before (or the paragraph before's last); a
            # press contact ("contact X, press officer") for the page's own. A home's title
            # ("manager") for a home or its provider so opened ("Elm Court was rated good. The
            # manager, X, said"): in a story of several providers, the body the paragraph is about
            org = self._subject_before(doc, person) if order == ("provider",) else (
                None if first is None else self._home_subject_before(doc, first))
            if org:
                person["organisation"] = org
                return
        for kind in order:
            org = self._section_org(doc, person, kind) or self._main_org(doc, kind)
            if org:
                person["organisation"] = org
                return
        if order == ("provider",) and self.executive_role_re.search(role):
            # no provider named: a home, hospice or practice that is its own provider
            # (a hospital's trust may go unnamed, so never a hospital)
            org = self._main_org(doc, "location")
            if org and not re.search(r"\bhospitals?\b", fold(org)):
                person["organisation"] = org
                return
        council = None if site_role else self._main_org(doc, "named:council")
        if council is not None:
            # no provider named, and the council the first organisation the page names and
            # none named more often (its own page): its officers speak for it
            counts = doc.user_data["cqc_people_org_counts"]
            others = [counts[o["name"]] for o in doc._.cqc_organisations or [] if o["kind"] != "regulator" and o["name"] != council]
            kinds = self._org_kinds(doc)
            first = next((sp.id_ for sp in sorted(doc.spans.get(self.org_spans_key, []), key=lambda sp: sp.start_char)
                          if kinds.get(sp.id_) != "regulator"), None)
            if first == council and counts[council] >= max(others, default=0):
                person["organisation"] = council

    def _site_role(self, role: str) -> bool:
        """A title that speaks for a home or practice ("registered manager", "matron"), not an
        office's manager ("communications manager": the body's, `office_manager_words`)."""
        return bool(self.location_role_re.search(role)) and not self.office_manager_re.search(role)

    def _site_title_org(self, doc: Doc, role: str) -> str | None:
        """For a title naming a kind of site ("hospital director"): the location with that
        word in its name, else of the page's locations, that the page names most (a link to
        a sister site aside); None on a tie or when there is none."""
        if not self.site_title_re.match(role):
            return None
        word = role.split()[0]
        locations = {o["name"] for o in doc._.cqc_organisations or [] if o["kind"] == "location"}
        found = {n for n in locations if word in fold(n).split()} or locations
        if not found:
            return None
        self._main_org(doc, "location")  # (counts the mentions once per Doc)
        counts = doc.user_data["cqc_people_org_counts"]
        ranked = sorted(((counts[n], n) for n in found), reverse=True)
        return ranked[0][1] if len(ranked) == 1 or ranked[0][0] > ranked[1][0] else None

    def _page_owner(self, doc: Doc) -> str | None:
        """The body whose own page this is: the organisation (not a regulator nor a newspaper) named alone
        on one of the first lines (a masthead) or after a copyright mark; None when none is.
        Worked out once per Doc."""
        cache = doc.user_data
        key = PEOPLE_CACHE_PREFIX + "page_owner"
        if key in cache:
            return cache[key]
        names: dict[str, str] = {}
        for o in doc._.cqc_organisations or []:
            if o["kind"] != "regulator" and fold(o["name"]).split()[-1] not in self.page_owner_not_heads:
                for n in (o["name"], *o["aliases"]):
                    names.setdefault(fold(n), o["name"])
        text = doc_text(doc)
        pieces = []
        for line in [ln.strip() for ln in text[:600].split("\n") if ln.strip()][: self.page_owner_lines]:
            if SENTENCE_END.search(line):
                break  # the story has begun: a heading after it is a section's, not the page's
            pieces.append(line)
        if self.copyright_re is not None:
            # (on the text itself, case-insensitive: fold's NFKC changes lengths ("…" -> "..."), so its
            # offsets are not the text's)
            for m in self.copyright_re.finditer(text):
                line_end = text.find("\n", m.end())
                pieces.append(text[m.end() : len(text) if line_end < 0 else line_end])
        owner = None
        for piece in pieces:
            for part in re.split(r"\s*[|.]\s+|\s+\|\s*", piece):
                part = re.sub(r"^(?:the\s+)?|\s*\b(?:19|20)\d\d\b\s*|[\s.,;:]+$", "", fold(part.strip()))
                owner = names.get(part) or self._acronym_name(names, part)
                if owner:
                    break
            if owner:
                break
        cache[key] = owner
        return owner

    @staticmethod
    def _acronym_name(names: dict[str, str], line: str) -> str | None:
        """The organisation whose name shortens `line` to initials ("x metropolitan borough
        council" -> "X MBC")."""
        words = line.split()
        for folded, name in names.items():
            parts = folded.split()
            if len(parts) >= 2 and len(parts[-1]) >= 2 and words[: len(parts) - 1] == parts[:-1]:
                rest = [w for w in words[len(parts) - 1 :] if w not in ("of", "and", "the", "for", "in", "at")]
                if len(rest) == len(parts[-1]) >= 2 and "".join(w[0] for w in rest) == parts[-1]:
                    return name
        return None

    def _service_runner_org(self, doc: Doc, words: list[str]) -> str | None:
        """The one organisation the text says runs the service these words name: "the
        out-of-hours service, run by X Ltd" or "X Ltd, which provides the out-of-hours
        service"; None when it names none or several. Worked out once per Doc and service
        (each search reads the whole text; several people may name the same service)."""
        key = PEOPLE_CACHE_PREFIX + "service_runner " + " ".join(words)
        if key not in doc.user_data:
            doc.user_data[key] = self._find_service_runner(doc, words)
        return doc.user_data[key]

    def _find_service_runner(self, doc: Doc, words: list[str]) -> str | None:
        text = doc_text(doc)
        service = r"\s+".join(re.escape(w) for w in words) + r"\s+services?\b"
        index = self._org_index(doc)
        found = set()
        for m in re.finditer(r"(?<![\w-])" + service + self.service_run_by, text, re.I):
            for sp in index.starting(m.end(), m.end()):
                if not self.service_run_by_past_re.match(text, sp.end_char):
                    found.add(sp.id_)
                elif now := self.service_run_by_now_re.match(text, sp.end_char):
                    # "was run by X until 2022, and is now provided by Y": Y, not the past operator
                    found.update(o.id_ for o in index.starting(now.end(), now.end()))
        for m in re.finditer(self.service_runs + r"(?:[\w-]+\s+){0,3}?" + service, text, re.I):
            found.update(sp.id_ for sp in index.ending(m.start(), m.start()))
        return found.pop() if len(found) == 1 else None

    def _spoken_for_before(self, doc: Doc, spans: list) -> str | None:
        """The organisation a phrase before a mention says the person speaks for:
        "Speaking for Calder Urgent Care, Owen Hart said", "On behalf of X, Dr Ann Lee ..."."""
        text = doc_text(doc)
        return self._org_before_mention(doc, spans, self.spoken_for_gap_re, 16, lambda sp: bool(
            self.spoken_for_before_re.search(text, max(0, sp.start_char - 40), sp.start_char)))

    def _owner_org(self, doc: Doc, spans: list) -> str | None:
        """The organisation whose possessive stands right before a mention, an honorific
        between them at most: "The Care Forum's Jane Doe said", "CQC's Dr Jane Doe"."""
        return self._org_before_mention(doc, spans, self.owner_gap_re, 24)

    def _org_before_mention(self, doc: Doc, spans: list, gap_re: re.Pattern[str], reach: int,
                            accept=lambda sp: True) -> str | None:
        """The first organisation, by mention, that ends where `gap_re` (searched in the `reach`
        characters before the mention) begins and that `accept` takes; None when none does."""
        text = doc_text(doc)
        for s, _ in sorted(spans):
            m = gap_re.search(text, max(0, s - reach), s)
            if m is None:
                continue
            for sp in self._org_index(doc).ending(m.start(), m.start()):
                if accept(sp):
                    return sp.id_
        return None

    def _subject_before(self, doc: Doc, person: dict) -> str | None:
        """The organisation that opens the last sentence before the person's first
        mention (in its paragraph or the one before) that opens with one, when its
        kind is one a bare title speaks for (`subject_org_kinds`)."""
        start = self._first_start(person)
        return None if start is None else self._subject_before_at(doc, start)

    def _subject_before_at(self, doc: Doc, start: int, kinds_ok=None) -> str | None:
        """_subject_before for the sentence before `start` (the kinds `kinds_ok`, else `subject_org_kinds`)."""
        text = doc_text(doc)
        lo = max(0, start - 600)
        cut = text.rfind("\n\n", lo, start)
        if cut >= 0:
            prev = text.rfind("\n\n", lo, cut)
            lo = prev + 2 if prev >= 0 else lo
        best = None
        for sp in self._org_index(doc).starting(lo, start - 1):
            if sp.end_char > start or (best is not None and sp.start_char <= best.start_char):
                continue
            # opening the sentence, or after a fronted phrase of a few words ("In Tarrow, X was rated good")
            if sp.start_char == 0 or _OPENS_SENTENCE.search(text, max(0, sp.start_char - 48), sp.start_char):
                best = sp
        if best is None:
            return None
        kinds = self._org_kinds(doc)
        return best.id_ if kinds.get(best.id_, best.label_) in (kinds_ok or self.subject_org_kinds) else None

    def _home_subject_before(self, doc: Doc, start: int) -> str | None:
        """For a home's title: the location that opens the sentence before, or the provider
        that does, unless that sentence names a location ("X Ltd, which runs Y Home,
        admitted ... . The home's manager, Z,": Y) or the page names one anywhere (None)."""
        org = self._subject_before_at(doc, start, {"location", *self.subject_org_kinds})
        if org is None:
            return None
        kinds = self._org_kinds(doc)
        if kinds.get(org) == "location":
            return org
        homes = self._bodies_in_opened_sentence(doc, org, start, "location")
        if homes is None:
            return None
        if homes:
            return homes.pop() if len(homes) == 1 else None
        # a provider alone speaks for a home's title only where the page names no home
        # ("X Ltd has spent £1m on the home. Registered manager Y": the page's home)
        return None if "location" in kinds.values() else org

    def _first_start(self, person: dict) -> int | None:
        ev = person["evidence"]
        return ev[0]["start"] if ev and isinstance(ev[0], dict) else None

    def _acting_for(self, doc: Doc, person: dict) -> str | None:
        """The organisation a fronted clause names before the person's first mention,
        in the same sentence: "Prosecuting for the CQC, barrister X said"."""
        start = self._first_start(person)
        if start is None:
            return None
        text = doc_text(doc)
        lo = max(0, start - 120)
        window = text[lo:start]
        cut = max(window.rfind(". "), window.rfind("\n"))
        for m in self.acting_for_re.finditer(window, cut + 1):
            span = self._org_starting(doc, lo + m.end())
            if span is not None and self.acting_gap_re.fullmatch(text[span.end_char : start]):
                return span.id_
        return None

    def _section_org(self, doc: Doc, person: dict, kind: str) -> str | None:
        """On a page of several sections, the organisation of `kind` that the heading of
        the person's section names ("ROWAN COURT" ... "Registered manager X said")."""
        start = self._first_start(person)
        if start is None:
            return None
        text = doc_text(doc)
        lo = max(0, start - 3000)
        if text.find("\n", lo, start) < 0:
            return None  # every heading below ends at a line break before the person (issue 15: a long line read per person)
        heading = None
        # a short line, no sentence, set apart by blank lines (or in capitals)
        for m in re.finditer(r"(?:^|(?<=\n\n))([^\n]{2,80})(?=\n\n)|(?:^|(?<=\n))([^\n]{2,80})(?=\n)", text[lo:start]):
            line = (m.group(1) or m.group(2)).strip()
            if m.group(2) is not None and not line.isupper():
                continue
            if line and not SENTENCE_END.search(line) and len(line.split()) <= 8 and not re.search(r"[,:;]$", line):
                heading = (lo + m.start(m.lastindex), lo + m.end(m.lastindex))
        if heading is None:
            return None
        found = [sp for sp in self._org_index(doc).starting(heading[0], heading[1]) if sp.end_char <= heading[1] and sp.label_ == kind]
        ids = {sp.id_ for sp in found}
        return found[0].id_ if len(ids) == 1 else None

    # -- quotes ----------------------------------------------------------------
    def _quotes(self, doc: Doc, people: dict, mentions: dict, chrome) -> None:
        if not mentions:
            return  # no one to quote: the paragraphs below mark only people mentioned in them
        text = doc_text(doc)
        # every mention: full names, and surnames after an honorific or beside a speech verb
        marks: list[tuple[int, int, str]] = []
        runs: dict[str, list[tuple[int, int]]] = {}  # each part's occurrences, filled by _occurrences on first use
        # a first name or surname stands for one person only when no one else shares it
        parts: dict[str, set] = {}
        for key in mentions:
            words = people[key]["name"].split()
            for w in (words[0], words[-1]):
                parts.setdefault(w, set()).add(key)
        for key, spans in mentions.items():
            marks.extend((s, e, key) for s, e in spans)
            words = people[key]["name"].split()
            inside = {i for ms, me in spans for i in range(ms, me)}
            for part in dict.fromkeys((words[-1], words[0])):
                if len(parts[part]) > 1:
                    continue
                for s, e in self._occurrences(text, part, runs):
                    if s in inside:
                        continue
                    before, after = text[max(0, s - 15) : s], text[e : e + 25]
                    if (
                        (part == words[-1] and self.honorific_end_re.search(before))
                        or self.quote_said_after_re.match(after)
                        or self.quote_said_before_re.search(before)
                        # the subject at the start of a paragraph: "Pellow was instructed ..."
                        or (re.search(r"(?:^|\n)[ \t]*$", text[max(0, s - 40) : s]) and (s < 40 or "\n" in text[s - 40 : s])
                            and re.match(r" [a-z]", after))
                    ):
                        marks.append((s, e, key))
        marks.sort()
        mark_starts = [m[0] for m in marks]
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
            here = marks[bisect.bisect_left(mark_starts, p_start) : bisect.bisect_left(mark_starts, p_end)]
            quote_at = self._quote_start(para)
            has_quote = quote_at >= 0
            found = None
            if has_quote:
                # (session 18) '"...," said Dr A' names the quote's speaker outright, over a name
                # before it that said something else ("A and B said the wards improved. "...," said Dr A")
                found = next((key for s, e, key in here if s > p_start + quote_at
                              and self.quote_then_said_re.search(text, max(p_start, s - 40), s)), None)
                for s, e, key in ([] if found is not None else here):
                    after = text[self._past_letters(text, e) : min(p_end, e + 260)]
                    before = text[max(p_start, s - 80) : s]
                    if (
                        self.quote_speaker_said_re.match(after)
                        # "X from the CQC said", "X registered manager at Y said"
                        or self.quote_from_said_re.match(after)
                        or self.quote_title_said_re.match(after)
                        or re.match(r"(?:,[^“\"‘]{0,220}?)?\s*:", after)
                        or self.quote_said_words_before_re.search(before)
                        or re.match(r",[^“\"‘]{0,220}?,\s*[\"“‘]", after)
                    ):
                        found = key
                        break
                # a paragraph that opens with quotation continues the running speaker's quote
                if found is None and speaker is not None and quote_at == len(para) - len(para.lstrip()):
                    found = speaker
                if found is None and self.pronoun_speech_re.search(para):
                    before_quote = [m for m in here if m[0] < p_start + quote_at]
                    found = (before_quote[-1][2] if before_quote else last_mentioned)
                if found is not None and found not in (own := self._own_openers(text, here, p_start, p_end)) and own:
                    # 'A said staff were proud. B added: "..."': A's speech is reported, ended before the
                    # quotation, which opens right after B's own speech verb: B's, not A's
                    f_end = next(e for s, e, key in here if key == found)
                    if f_end < p_start + quote_at and re.search(r"[.!?][\"”’]?\s+[A-Z]", text[f_end : p_start + quote_at]):
                        found = own[0]
                if found is not None:
                    people[found]["quoted"] = True
                    # 'A said: "..." B added: "..."': every other speaker whose own quotation opens right after
                    # the speech verb, or who follows a quotation with '"...," said B'
                    # (review: not a name that is an object, "a letter sent to B said:", nor one inside a clause,
                    # "C, who visited B, the home's manager, said:")
                    for s, e, key in here:
                        if key != found and (self.quote_own_opening_re.match(text, self._past_letters(text, e), p_end)
                                             or self.quote_then_said_re.search(text, max(p_start, s - 40), s)) \
                                and not NAME_AS_OBJECT.search(text, max(p_start, s - 80), s):
                            people[key]["quoted"] = True
            # "X said:" at the end of a paragraph opens a quotation in the next
            # (set as a block, with or without quotation marks)
            if found is None and _COLON_END.search(para) and here:
                found = here[-1][2]
                speaker = found
                if self.speech_colon_end_re.search(para) and self._next_para(text, pos):
                    people[found]["quoted"] = True
            else:
                speaker = found if found is not None else None
            if here:
                last_mentioned = here[-1][2]


    def _own_openers(self, text: str, here: list, p_start: int, p_end: int) -> list[str]:
        """The speakers of a paragraph whose own quotation opens right after their speech verb
        ('B added: "..."'), not a name that is an object ("a letter sent to B said:")."""
        return [key for s, e, key in here if self.quote_own_opening_re.match(text, self._past_letters(text, e), p_end)
                and not NAME_AS_OBJECT.search(text, max(p_start, s - 80), s)]

    @staticmethod
    def _occurrences(text: str, part: str, runs: dict) -> list[tuple[int, int]]:
        """The spans of `part` standing alone (no word character or apostrophe on
        either side). A part made only of such characters is a whole run of them:
        each place str.find finds it with no such character on either side (the
        same spans as a regex search, found in C; kept per part in `runs`)."""
        if _WORD_RUN.fullmatch(part) is None:
            return [m.span() for m in re.finditer(_literal_first(part, r"[\w’']") + r"(?![\w’'])", text)]
        found = runs.get(part)
        if found is None and len(runs) >= _FIND_PARTS:
            # many parts looked up (a page naming hundreds of people): one index of
            # every run, since a search of the text per part grows with their product
            index = runs.get(None)
            if index is None:
                index = runs[None] = {}
                for m in _WORD_RUN.finditer(text):
                    index.setdefault(m.group(), []).append(m.span())
            found = runs[part] = index.get(part, [])
        if found is None:
            found = runs[part] = []
            size, end_of_text = len(part), len(text)
            i = text.find(part)
            while i >= 0:
                e = i + size
                if (i == 0 or _WORD_RUN.match(text, i - 1, i) is None) and (e == end_of_text or _WORD_RUN.match(text, e, e + 1) is None):
                    found.append((i, e))
                i = text.find(part, i + 1)
        return found

    def _quote_start(self, para: str) -> int:
        """Where the first real quotation opens in a paragraph, or -1. Single
        quotes round a rating word ('Inadequate') are labels, not speech."""
        # a straight single quote (also an apostrophe) opens one only as speech opens: at the paragraph's
        # start, after a colon or comma, or after "that" ("said: 'We ...", "said that 'people ...")
        for m in _QUOTE_OPENING.finditer(para):
            if m.group(0)[0] in "‘'":
                inner = para[m.start() + 1 : m.start() + 61]
                close = (_CLOSING_QUOTE if m.group(0)[0] == "‘" else _CLOSING_STRAIGHT_QUOTE).search(inner)
                if close and self.label_quote_re.fullmatch(inner[: close.start()].strip()):
                    continue
            return m.start()
        return -1

    @staticmethod
    def _next_para(text: str, pos: int) -> bool:
        """Whether a paragraph of text follows `pos` (the start of the next line)."""
        return bool(text[pos : pos + 400].strip())


@Language.factory(
    "cqc_people",
    default_config={
        "vocab": "vocab/people.json",
        "org_vocab": "vocab/organisations.json",
        "references_vocab": REFERENCES_VOCAB,
        "org_spans_key": ORG_SPANS_KEY,
        "title_window": TITLE_WINDOW,
        "speaker_window": SPEAKER_WINDOW,
        "money_vocab": MONEY_VOCAB,
    },
    requires=["doc._.cqc_organisations", "doc._.cqc_chrome"],
    assigns=["doc._.cqc_people"],
)
def make_people(nlp: Language, name: str, vocab: str, org_vocab: str, references_vocab: str, org_spans_key: str,
                title_window: int, speaker_window: int, money_vocab: str) -> People:
    return People(nlp, name, vocab=vocab, org_vocab=org_vocab, references_vocab=references_vocab,
                  org_spans_key=org_spans_key, title_window=title_window, speaker_window=speaker_window,
                  money_vocab=money_vocab)


def _looks_like_party(name: str) -> bool:
    """ "Labour", "Liberal Democrats", "Green Party": a party before a political
    title, unlike a council ("Kestleby Borough Council cabinet member")."""
    words = name.split()
    return len(words) == 1 or words[-1].lower() in ("party", "democrats", "democrat")
