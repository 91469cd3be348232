"""Name grammar of cqc_organisations: where the text names an organisation.

A run of capitalised words (connectors inside) ending in a head word, cut
where names are coordinated or a place follows; names a cue marks without a
head word ("run by X", "X, a home care agency"). The mixin reads the
vocabularies that `Organisations._compile` builds from
models/vocab/organisations.json.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from itertools import compress
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser as _sre_parse  # type: ignore[attr-defined]

from spacy.attrs import IDX
from spacy.tokens import Doc, Token

from ..prefilter import _parsed, contains_any, finditer_from, lower_stands_for_ignorecase, required_literals, starts_of
from ..scoring.normalise import normalise
from ..text import fold, fold_keep_offsets, strip_possessive
from .base import _TABLE, TokenTable, doc_text, doc_tokens
from .page_layout import in_ranges
from .vocabulary import SPANS_KEY as VOCAB_SPANS_KEY

# (session 16) patterns the code below used as strings, compiled once: `re.sub(r"...", ...)` looks
# its pattern up in re's cache on every call (~0.5 µs, tens of calls a page)
_DASH_BEFORE_RUN = re.compile(r"\S[ \t][–-][ \t]$")
_LINE_FIRST_WORD = re.compile(r"[ \t]{0,3}([A-Z][\w\-]{1,20})[ \t]{1,2}")

POSSESSIVE = ("'s", "’s", "'", "’")
LINE_OPENING = re.compile(r"(?:^|\n)[ \t]{0,3}(?:[•·▪*-][ \t]{0,3})?$")  # a line's start, after a bullet at most
_WORD = re.compile(r"[\w’'&\-]+")

# "X, a home care agency": the segment before such a comma (2-80 characters,
# no , . ; : or line break in it) may name an organisation. Found from the
# comma backwards: a regex starting with the segment would scan up to 80
# characters from every position of the text for every type phrase.
_APPOSITIVE_COMMA = re.compile(r",\s+(?:an?|the)\s")
_SEGMENT_STOPS = "\n,.;:"
_SEGMENT_MAX = 80
# A run of capitalised words (or "and", "of", "&", or a bracketed run of
# capitalised words) at the end of the segment. Inside brackets the words are
# `[A-Z][\w-]*` separated by single spaces: written so that a long bracketed
# run without ")" is one way to match, not 2^n.
_CAP_WORD = r"(?:[A-Z][\w’'&\-]*|\([A-Z][\w\-]*(?:\s[A-Z][\w\-]*)*\s?\)|and|of|&)"
_CAPITAL_WORD = re.compile(r"[A-Z][\w'’-]{0,40}")
# A lone acronym: 3 to 6 capitals, no word, digit, hyphen or ampersand on either side ("ZNR", not "A&E" or "COVID-19").
# (written capital first, the lookbehind after it and one character wider: the same matches,
# but a first character class the engine scans for; a lookbehind first is tried at every character)
_LONE_ACRONYM = re.compile(r"[A-Z](?<![\w&'’.-].)[A-Z]{2,5}(?![\w&-]|\.[A-Za-z]|['’][A-Za-z]{2})")
_NEWLINE = re.compile(r"\n")
_LOWER_WORD = re.compile(r"[a-z](?<![\w'’-].)[\w'’-]{0,40}")  # (letter first, as _LONE_ACRONYM)
_NAME_AT_END = re.compile(r"(" + _CAP_WORD + r"(?:\s+" + _CAP_WORD + r")*)\s*$")


# a house number right before a capitalised word ("22 ", "4-6 ", "12a ")
# A house number ("12", "4-6", "12a") and the comma and blanks after it: the one pattern of the
# address rules (here, _after_name, and organisations.py's address_re)
HOUSE_NUMBER = r"\d{1,4}[a-z]?(?:\s?[-–]\s?\d{1,4}[a-z]?)?,?\s{1,2}"
_HOUSE_NUMBER = re.compile(HOUSE_NUMBER + r"(?=[A-Z])")
_NUMBER_BEFORE = re.compile(r"(?<![\w,.£$-])" + HOUSE_NUMBER + r"$")  # (_number_opens: a house number ending where a name starts)
# (the rated subject's rule) a place after a name, or an aside in commas, dashes or brackets, right
# before the rating: ", at Kirkby,", ", in Kirkby,", " – part of the X group –", " (Kirkby)"
_ASIDE_BEFORE = re.compile(r"(?:,\s{1,2}(?:(?:in|at|near|on|off)\s{1,2})?[A-Z][\w'’\-]{1,30}(?:\s{1,2}[A-Z][\w'’\-]{1,30}){0,2},"
                           r"|\s{1,2}[–—-]\s{1,2}part\s{1,2}of\s{1,2}[^–—\n.]{2,50}?\s{1,2}[–—-])$")
_AFTER_NAME = re.compile(r",\s{1,2}(?:" + HOUSE_NUMBER + r")?$")  # (_after_name: a comma, then maybe a number)


# "a" or "an" as a word of its own right before a match (searched in a short window ending at it)
_ARTICLE_BEFORE = re.compile(r"(?<![\w'’-])an?\s*$")


def _literal_first(literal: str, not_before: str = r"\w") -> str:
    """`(?<![not_before])LITERAL` written literal first: `LITERAL(?<![not_before]LITERAL)`.
    The same matches, but a pattern that starts with a literal lets the regex engine
    search for it, where one that starts with an assertion (or `\\b`) is tried at
    every position of the text. `not_before` is one character class."""
    lit = re.escape(literal)
    return lit + "(?<!" + not_before + lit + ")"


# (session 17) a town's one word before a possessive, and the hyphenated shape only places have
_TOWN_WORD = re.compile(r"[A-Z][a-z]+(?:-(?:[a-z]{1,5}-)?[A-Z][a-z]+)*")
_TOWN_SHAPE = re.compile(r"[A-Z][a-z]+-(?:on|upon|under|le|la|in|by|en|sur|super|next-the)-[A-Z][a-z]+")

class _SentenceAdverbs:
    """A test of a folded word: a sentence adverb of organisations.json's
    `sentence_adverbs` (a listed word, or a word of `min_length` letters or more
    with a listed adverb ending: 'sadly', 'additionally', 'likewise'). A class, so
    the components holding one pickle."""

    def __init__(self, data: dict) -> None:
        spec = data.get("sentence_adverbs", {})
        self.words = frozenset(fold(w) for w in spec.get("words", ()))
        self.endings = tuple(spec.get("endings", ()))
        self.least = int(spec.get("min_length", 6))

    def __call__(self, word: str) -> bool:
        return word in self.words or (len(word) >= self.least and word.isalpha() and word.endswith(self.endings))


def sentence_adverb_test(data: dict) -> _SentenceAdverbs:
    return _SentenceAdverbs(data)


def _word_start(literal: str) -> str:
    """`\\b` + LITERAL, literal first (see _literal_first): the same when the literal
    begins with a word character (\\b then means no word character before it)."""
    if re.match(r"\w", literal[:1]):
        return _literal_first(literal)
    return r"\b" + re.escape(literal)


def leading_words(pattern: re.Pattern[str], limit: int = 200) -> list[str] | None:
    r"""The words every match of `pattern` opens with, when it is written as zero-width
    assertions and then literals and alternations of plain words, factored or not
    (`(?<![\w-])(?:sister|other)\s...`, `(?:a(?:dded|rgued)|said)\s`): ["sister",
    "other"], ["added", "argued", "said"] (the longest such opening, at most `limit`
    strings); else None. For finditer_from: such a pattern is tried only where one of
    its words stands."""
    tree = _parsed(pattern)  # (prefilter's: None for ignore-case or verbose patterns)
    if tree is None:
        return None
    items = list(tree)
    k = 0
    while k < len(items) and items[k][0] in (C.AT, C.ASSERT, C.ASSERT_NOT):
        k += 1
    if k == len(items):
        return None

    def words_of(seq) -> list[str] | None:
        # every string a sequence of literals, groups and alternations of them matches
        out = [""]
        for op, av in seq:
            if op is C.LITERAL:
                out = [w + chr(av) for w in out]
                continue
            if op is C.SUBPATTERN and not av[1] and not av[2]:  # (no flags set or unset)
                inner = words_of(av[3])
            elif op is C.IN and all(o is C.LITERAL for o, _ in av):  # ("(?:ed|s)" parses as e[d|s]: a class of letters)
                inner = [chr(c) for _, c in av]
            elif op is C.BRANCH:
                inner = []
                for alternative in av[1]:
                    got = words_of(alternative)
                    if got is None:
                        return None
                    inner += got
            else:
                return None
            if inner is None or len(out) * len(inner) > limit:
                return None
            out = [w + x for w in out for x in inner]
        return out

    # the longest opening of literals, alternations and classes of letters that every match begins with
    words = [""]
    for item in items[k:]:
        more = words_of([item])
        if more is None or len(words) * len(more) > limit:
            break
        words = [w + x for w in words for x in more]
    return words if all(words) else None


def blank_led_starts(pattern: re.Pattern[str]) -> tuple[tuple[str, tuple[int, ...]], ...] | None:
    r"""For finditer_from: where a match of `pattern` can begin when it opens with `\s{lo,hi}`
    and then one of a few literal characters (`\s{1,3}(?:[–—-]|:)...`): that character,
    lo to hi characters before it. None for a pattern that opens otherwise."""
    tree = _parsed(pattern)  # (prefilter's: None for ignore-case or verbose patterns)
    if tree is None:
        return None
    items = list(tree)
    if len(items) < 2 or items[0][0] not in (C.MAX_REPEAT, C.MIN_REPEAT):
        return None
    lo, hi, body = items[0][1]
    if lo < 1 or hi == C.MAXREPEAT or list(body) != [(C.IN, [(C.CATEGORY, C.CATEGORY_SPACE)])]:
        return None

    def firsts(op, av) -> set[str] | None:
        if op is C.LITERAL:
            return {chr(av)}
        if op is C.IN:
            return {chr(c) for _, c in av} if all(o is C.LITERAL for o, _ in av) else None
        if op is C.SUBPATTERN and not av[1] and not av[2] and len(av[3]):
            return firsts(*av[3][0])
        if op is C.BRANCH:
            out: set[str] = set()
            for alternative in av[1]:
                got = firsts(*alternative[0]) if len(alternative) else None
                if got is None:
                    return None
                out |= got
            return out
        return None

    chars = firsts(*items[1])
    if not chars:
        return None
    return tuple((c, tuple(range(lo, hi + 1))) for c in sorted(chars))


def _may_hold(text: str, words) -> bool:
    """Whether `text` may hold one of the lower-case ASCII `words` in any case as
    `re`'s IGNORECASE reads it: one is in its lower case, or lower() cannot stand
    for IGNORECASE there ("İ" lowers to two characters; IGNORECASE matches "ı"
    with i and "ſ" with s)."""
    last = _LOWERED[0]
    if last is not None and last[0] is text:
        low, plain = last[1], last[2]
    else:  # (asked several times of a Doc's text: lower-cased once)
        low = text.lower()
        plain = lower_stands_for_ignorecase(text, low)
        _LOWERED[0] = (text, low, plain)
    if not plain:
        return True
    for w in words:  # (a plain loop: any() over a generator costs a third more)
        if w in low:
            return True
    return False


# the last text _may_hold lower-cased: (text, its lower case, whether that stands for IGNORECASE)
_LOWERED: list[tuple[str, str, bool] | None] = [None]


# (session 16) where a match of NameGrammar._dash_tail_re can begin, for finditer_from: a blank one or
# two characters before its dash ("-" also opens "--"), or an en or em dash itself. Read only there,
# not at every blank of the page: 29 -> 4 µs a real page alone.
_DASH_TAIL_STARTS = (("-", (1, 2)), ("–", (0, 1, 2)), ("—", (0, 1, 2)))

_RUN = re.compile(r"\w+")
_WORD_OR_HYPHEN = re.compile(r"[\w-]")


@lru_cache(maxsize=8)
def _char_class(contents: str) -> re.Pattern[str]:
    """One character of the class `[contents]`."""
    return re.compile(f"[{contents}]")


# (session 19) the nouns a home named by apposition to its owner's possessive follows ("its home, X,")
OWNED_SETTING_NOUNS = ("home,", "practice,", "surgery,", "hospice,", "branch,")
# "a Kelby care home": a place naming a home with "a" (group 1), so "the Kelby care home" is no name
A_PLACE_CARE_HOME = re.compile(r"\b[Aa]n?\s+([A-Z][a-z][\w'’-]*(?:\s[A-Z][a-z][\w'’-]*){0,2})\s+(?:care|nursing|residential)\b")
# "in Kelby", "near Kelby": a place the page names as one (group 1)
IN_PLACE = re.compile(r"\b(?:in|near)\s+([A-Z][a-z][\w'’-]*(?:\s[A-Z][a-z][\w'’-]*){0,2})")


def _places(text: str) -> set[str]:
    """The runs a page names as places: "a Kelby care home", "in Kelby", "near Kelby" (session 19)."""
    return {m.group(1) for pattern in (A_PLACE_CARE_HOME, IN_PLACE) for m in pattern.finditer(text)}


# a lower-case word after a name that is no function word: a noun the name modifies ("England maternity services")
NOUN_AFTER = re.compile(r"\s+(?!(?:in|on|at|and|to|for|last|earlier|this|after|before|between|during|which|where|when|with|"
                        r"but|who|as|over|since|from|under|because|while|by|about|was|were|is|are|has|had|found|rated)\b)[a-z]")


@lru_cache(maxsize=256)
def _longer_name_re(name: str) -> re.Pattern[str]:
    """`name` followed by another capitalised word: the leading words of a longer name."""
    return re.compile(r"(?<![\w-])" + re.escape(name) + r"\s+[A-Z]")


class _WordIndex:
    """The uses of a name standing on its own in a text. The first few names are found
    by str.find over the text (cheap on an article); past a budget that grows with the
    text, an index of where each run of word characters starts is built once, and a
    name's uses are found from the starts of its first words: no scan of the whole text
    for every name (thousands of names in one text)."""

    def __init__(self, text: str):
        self.text = text
        self.budget = len(text) // 4 + 2_000  # about the index's cost, in candidates
        self.starts: dict[str, list[int]] | None = None
        self.pairs: dict[tuple[str, str], list[int]] = {}

    def _build(self) -> None:
        # (session 18) Built once per page: org_names' name uses and org_aliases' two passes each
        # made their own index of the same text (three builds on a page of thousands of names). The
        # index is kept with the page's TokenTable (one slot, swapped with the Doc) when the text is
        # its text, and only read after it is built.
        table = _TABLE[0]
        shared = table is not None and table.text is self.text
        if shared:
            built = table.extra.get("org_word_index")
            if built is not None:
                self.starts, self.pairs = built
                return
        starts: dict[str, list[int]] = {}
        pairs: dict[tuple[str, str], list[int]] = {}
        found = list(_RUN.finditer(self.text))
        words = [m.group() for m in found]
        positions = [m.start() for m in found]
        add_start, add_pair = starts.setdefault, pairs.setdefault
        for word, start in zip(words, positions):
            add_start(word, []).append(start)
        for pair, start in zip(zip(words, words[1:]), positions):
            add_pair(pair, []).append(start)
        self.starts, self.pairs = starts, pairs
        if shared:
            table.extra["org_word_index"] = (starts, pairs)

    def _candidates(self, literal: str, runs: list[str]):
        """Starts of `literal` in the text, a superset of its uses, in order."""
        text = self.text
        if self.starts is None and self.budget > 0:
            self.budget -= len(text) // 500 + 1
            found = starts_of(text, literal)
            self.budget -= len(found)
            return found
        if self.starts is None:
            self._build()
        return self.pairs.get((runs[0], runs[1]), ()) if len(runs) > 1 else self.starts.get(runs[0], ())

    def uses(self, literal: str, possessive: bool = True, before: str = "\\w’'-") -> list[tuple[int, int]]:
        """The spans of re.finditer(r"(?<![\\w’'-])" + re.escape(literal) + r"(?:['’]s)?(?![\\w-])",
        text) (without the "(?:['’]s)?" when not `possessive`), without a compiled pattern
        per literal (`before`: the characters no use follows, a class's contents). Where it matches, the leading and second word runs of `literal` are
        whole runs of the text, one after the other."""
        text = self.text
        runs = _RUN.findall(literal)
        if not runs or not literal.startswith(runs[0]):
            pattern = rf"(?<![{before}])" + re.escape(literal) + (r"(?:['’]s)?" if possessive else "") + r"(?![\w-])"
            return [m.span() for m in re.finditer(pattern, text)]
        out: list[tuple[int, int]] = []
        last = 0
        for start in self._candidates(literal, runs):
            if start < last:
                continue  # finditer's matches do not overlap
            if (start and _char_class(before).match(text, start - 1)) or not text.startswith(literal, start):
                continue
            end = start + len(literal)
            if possessive and text[end : end + 2] in ("'s", "’s") and not _WORD_OR_HYPHEN.match(text, end + 2):
                end += 2
            elif _WORD_OR_HYPHEN.match(text, end):
                continue
            out.append((start, end))
            last = end
        return out


def _max_width(pattern: re.Pattern[str] | None) -> int | None:
    """The most characters a match of `pattern` spans (None: unbounded, or no pattern)."""
    if pattern is None:
        return None
    width = _sre_parse.parse(pattern.pattern, pattern.flags).getwidth()[1]
    return width if width < _sre_parse.MAXREPEAT else None


def finditer_at(pattern: re.Pattern[str], text: str, starts, width: int) -> list[re.Match] | None:
    """The matches of `pattern.finditer(text)` that begin at one of `starts` (sorted, each
    once), trying the pattern only there; `width`: the most characters a match spans
    (_max_width). A match found at a start is finditer's unless a match begun before it
    reaches past it (finditer would have taken that one and gone on from its end): each
    found is checked against the matches that begin less than `width` before it, and None
    comes back when one reaches past it (the caller then reads finditer itself). None
    too when `width` is None."""
    if width is None:
        return None
    out: list[re.Match] = []
    match, search = pattern.match, pattern.search
    last = 0
    for pos in starts:
        if pos < last:
            continue  # (inside the last match: finditer went on from its end)
        m = match(text, pos)
        if m is None:
            continue
        q = max(last, pos - width + 1)
        while q < pos:
            before = search(text, q)
            if before is None or before.start() >= pos:
                break
            if before.end() > pos:
                return None
            q = before.start() + 1
        out.append(m)
        last = m.end() if m.end() > pos else pos + 1
    return out


def doc_fold(doc: Doc) -> str:
    """`fold(doc.text)` (NFKC, straight quotes, lower case: the text the cue patterns
    read), worked out once per Doc (kept with its TokenTable)."""
    extra = doc_tokens(doc).extra
    low = extra.get("fold")
    if low is None:
        low = extra["fold"] = fold(doc_text(doc))
    return low


# the words one of which every match of a cue pattern holds, worked out once per pattern:
# a text holding none of them is not searched (prefilter.py)
_required = lru_cache(maxsize=None)(required_literals)


def _spaces_first(pattern: str) -> str:
    """A pattern that begins with `\\s{1,3}`, begun `\\s\\s{0,2}` instead: the same
    matches (greedy, same lengths tried in the same order), but a first character
    class lets the regex engine skip the positions that hold no blank."""
    assert pattern.startswith(r"\s{1,3}")
    return r"\s\s{0,2}" + pattern[len(r"\s{1,3}"):]


# an age in an aside ("X, a 16-year-old ward,"): a person's, whatever type noun closes it
_AGE = re.compile(r"\b(?:\d{1,3}|[a-z]+)[ -]years?[ -]old\b")


@lru_cache(maxsize=None)
def _type_tail(phrase: str, run_by: bool = False) -> re.Pattern[str]:
    """The tail ', a/an [up to 3 words] PHRASE' of an appositive type, with
    `run_by` followed by 'run/operated/owned/managed by'."""
    after = r"\s+(?:run|operated|owned|managed)\s+by\b" if run_by else r"\b"
    # the filler holds no preposition: "X, an adviser at the charity Y" makes Y the charity, not X
    # "X, the provider, said" / "X, the company that owns it" / "X, the company behind the
    # home": after "the" the appositive closes at the phrase ("Ann Lee, the trust's chief
    # executive" is a person)
    return re.compile(r",\s+(?:(?:a|an)\s+(?:(?!(?:at|of|for|with|from)\s)[a-z0-9\-]+\s+){0,3}?" + re.escape(phrase) + after
                      + r"|the\s+(?:(?!(?:at|of|for|with|from)\s)[a-z0-9\-]+\s+){0,2}?" + re.escape(phrase)
                      + r"(?=\s{0,2}[,;)]|\s{1,3}(?:that|which|behind)\s))")


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



# Clustering key: the scorer's normalisation (folded, possessive gone,
# punctuation to spaces, no leading 'the'). Pure and called for every
# candidate, and names repeat: cached.
_key = functools.lru_cache(maxsize=65536)(normalise)


# Small words a blend or abbreviation may skip ("Hvamb" <- Hawksmoor Valley of Ambulance)
SKIPPABLE_WORDS = frozenset(("of", "and", "the", "for", "in", "at", "nhs", "&", "on", "upon"))


def _is_abbreviation(abbr: str, words: list[str]) -> bool:
    """Can `abbr` be read off the starts of `words` ("Hvamb" <- Hawksmoor Valley Ambulance)?"""
    abbr = abbr.lower()
    if len(abbr) < 2:
        return False
    words = [w.lower() for w in words if w]
    # (session 18) every letter of a blend is a letter of one of the words: a letter of `abbr` in none
    # of them answers no without the walk (a name tried against others of its opening, ~1 in 10 of the
    # time of a page of thousands of owners' homes)
    if not set(abbr) <= set("".join(words)):
        return False
    seen: dict[tuple[int, int], bool] = {}  # (a dict, not an lru_cache built per call: issue 15, ~40 % of the call)

    def walk(i: int, w: int) -> bool:
        if i == len(abbr):
            return True
        if w >= len(words):
            return False
        known = seen.get((i, w))
        if known is not None:
            return known
        word = words[w]
        found = False
        # take 1..n letters of this word, or skip a small word
        for k in range(1, len(word) + 1):
            if abbr[i : i + k] != word[:k]:
                break
            if walk(i + k, w + 1):
                found = True
                break
        if not found and word in SKIPPABLE_WORDS:
            found = walk(i, w + 1)
        seen[(i, w)] = found
        return found

    return walk(0, 0)



@lru_cache(maxsize=65536)
def _word(text: str) -> str:
    """A token's text as the name grammar compares it: folded, without a
    possessive or a final full stop; a possessive token is "'s"."""
    return fold(strip_possessive(text)).rstrip(".") if text not in POSSESSIVE else "'s"


class NameGrammar:
    """Finding names: (start_char, end_char, kind, strong) candidates of a Doc."""

    _bounds: tuple[int, int] | None = None  # (see _name_bounds)

    def _compile_cues(self) -> None:
        """The cue patterns of `_cue_names` / `_headless_cue_names` / `_fix_kinds`,
        compiled once from the vocabularies (Organisations._compile calls this)."""
        self._one_token_cache: dict[str, bool] = {}  # (_one_token_nothing's answers: the vocabularies' own)
        self._compile_plural_appositions()
        types = "|".join(re.escape(t) for t, _ in self.type_before)
        self.owner_cue_res = [
            (cue, re.compile(_word_start(cue) + r":?\s+(?:the\s+)?(?:(?:" + types + r")\s{1,3})?"))
            for cue in self.owner_cues if not cue.startswith(("which", "who", "that"))
        ]
        ratings = "|".join(re.escape(w) for w in self.rating_words)
        self.after_rating_re = re.compile(r"(?:\s{0,3},?\s{1,3}(?:in|at)\s{1,3}[A-Z][\w'’\-]{0,30}(?:,?\s{1,3}[A-Z][\w'’\-]{0,30}){0,3},?)?\s{1,3}['‘\"“]?(?i:" + ratings + r")\b")
        self.rated_verb_res = [(verb, re.compile(_word_start(verb) + r"\s{1,3}")) for verb in self.rated_verbs]
        self.type_before_res = [(phrase, kind, re.compile(_literal_first(phrase, r"[\w-]") + r"\s{1,3}"))
                                for phrase, kind in self.type_before]
        roles = "|".join(re.escape(r) for r in self.role_after_possessive)
        # (?<![\w'’-])([A-Z]..., the assertion after the capital: a first character class
        self.role_after_possessive_re = re.compile(r"([A-Z](?<![\w'’-][A-Z])[\w\-]{1,30})['’]s\s{1,3}(?i:" + roles + r")\b")
        words = "|".join(re.escape(r) for r in getattr(self, "possessive_one_word", ()))
        self.possessive_one_word_re = re.compile(r"([A-Z](?<![\w'’-][A-Z])[\w\-]{1,30})['’]s\s{1,3}(?i:" + words + r")\b") if words else None
        types = "|".join(re.escape(t) for t, _ in self.appositive_types)
        self.copula_re = re.compile(r"\s{1,3}(?:is|was)\s{1,3}(?:a|an)\s{1,3}(?:[a-z0-9\-]{1,30}\s{1,3}){0,3}?(?:" + types + r")\b")
        # Every position the copula matches at (a lookahead scan, overlaps included):
        # the sentence-start loop of _headless_cue_names reads only runs that can end at one.
        # (a blank, then the copula's pattern from its second blank on: one-character
        # matches at the same positions as the lookahead (?=copula), found faster)
        self.copula_at_re = re.compile(r"\s(?=" + _spaces_first(self.copula_re.pattern)[2:] + r")")
        self.rated_verb_strict_res = [(verb, re.compile(_word_start(verb) + r"\s{1,3}")) for verb in self.rated_verbs_strict]
        self.located_re = re.compile(r",\s{1,3}(?:" + "|".join(re.escape(w) for w in self.located) + r")\s")
        parties = "|".join(re.escape(w) for w in self.party_after)
        self.parties_re = re.compile(r"([A-Z](?<![\w'’-][A-Z])[a-z]{2,20})\s{1,3}(?i:" + parties + r")\b")
        self.kind_cue_res = [(cue, re.compile(_word_start(cue) + r"\s+(?:the\s+)?")) for cue in self.owner_cues]
        self.parent_cue_res = [(cue, re.compile(_word_start(cue) + r"\s+(?:the\s+)?")) for cue in self.parent_cues]

    # -- tokens ----------------------------------------------------------------
    @staticmethod
    def _is_cap(token: Token) -> bool:
        text = token.text
        if token.is_space or not text:
            return False
        return text[:1].isupper() or (text[:1].isdigit() and len(text) > 1 and text[1:2].isalpha())

    @staticmethod
    def _table(doc: Doc) -> TokenTable:
        """The Doc's tokens and texts (base.doc_tokens) and `extra["caps"]`:
        `_is_cap` of every token, asked once per Doc (a space token's text
        starts with no capital or digit, so its text alone answers)."""
        table = doc_tokens(doc)
        if "caps" not in table.extra:
            table.extra["caps"] = table.caps  # the same test, kept per token string
        return table

    @staticmethod
    def _cap_ends(doc: Doc) -> list[int]:
        """Where each capitalised token ends (`_is_cap`; in order), once per Doc: the only
        places a name `_run_ending_at` reads back from a cue can end."""
        table = doc_tokens(doc)
        ends = table.extra.get("cap_ends")
        if ends is None:
            ends = table.extra["cap_ends"] = [i + len(t) for i, t in compress(zip(doc.to_array(IDX).tolist(), table.texts), table.caps)]
        return ends

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
        table = doc_tokens(token.doc)
        prev = table.tokens[i - 1]
        if token.is_sent_start or "\n" in prev.whitespace_ or prev.is_space:
            return True
        prev_text = table.texts[i - 1]
        if prev_text in (".", "!", "?", ":", "•", "–", "—", "*"):
            return True
        return prev_text in ('"', "“", "‘", "'", "(") and (i < 2 or table.texts[i - 2] in ".!?:" or "\n" in table.tokens[i - 2].whitespace_)

    # -- finding name chunks -------------------------------------------------
    def _chunks(self, doc: Doc, lo: int = 0, hi: int | None = None) -> list[tuple[int, int]]:
        """Token ranges of capitalised runs (connectors allowed inside, not at ends),
        within tokens [lo, hi) of the Doc."""
        chunks: list[tuple[int, int]] = []
        i, n = lo, (len(doc) if hi is None else hi)
        # The Doc's tokens, texts and capitals taken once per Doc (doc[k] builds a
        # new Token each time, token.text a new string).
        table = self._table(doc)
        toks, texts, caps = table.tokens, table.texts, table.extra["caps"]
        connectors = self.connectors

        while i < n:
            if not caps[i]:
                try:  # the next capitalised token (list.index scans in C)
                    i = caps.index(True, i, n)
                except ValueError:
                    break
            j = i + 1
            while j < n:
                tok = toks[j]
                prev = toks[j - 1]
                if tok.is_space or "\n" in prev.whitespace_:
                    break
                nxt_cap = j + 1 < n and caps[j + 1]
                text = texts[j]
                if caps[j]:
                    if texts[j - 1][-1:] == "." and fold(texts[j - 1]) in self.company_suffixes and fold(text) not in self.company_suffixes:
                        break  # "... Care Ltd. Dr Ann Lee said": the suffix's full stop ends the sentence
                    j += 1
                elif text in ("-", "–") and not prev.whitespace_ and not tok.whitespace_ and j + 1 < n and (
                    caps[j + 1] or (j + 3 < n and texts[j + 2] in ("-", "–") and caps[j + 3])
                ):
                    j += 2  # glued hyphen: "Southend-on-Sea", "MBRRACE-UK" (not "Ofsted-style")
                elif text in POSSESSIVE and not prev.whitespace_:
                    # "Bart's Hospital", "Bart's and The London", "Magistrates' Court"
                    if nxt_cap or (j + 2 < n and fold(texts[j + 1]) in ("and", "&") and caps[j + 2]):
                        j += 1
                    else:
                        break
                elif nxt_cap and fold(text) in connectors:
                    j += 1
                elif text == "(" and j + 2 < n and caps[j + 1]:
                    close = next((k for k in range(j + 1, min(n, j + 6)) if texts[k] == ")"), None)
                    if close is None:
                        break
                    if close + 1 < n and (caps[close + 1] or fold(texts[close + 1]) in self.company_suffixes):
                        j = close + 1
                    elif not self._looks_abbreviation(doc, j + 1, close, i, j):
                        j = close + 1  # "Allcare Direct (Hexham)": a bracket that is part of the name
                        break
                    else:
                        break
                else:
                    break
            # never end on a connector / hyphen / possessive
            while j > i + 1 and (fold(texts[j - 1]) in connectors or texts[j - 1] in ("-", "–", "(") or texts[j - 1] in POSSESSIVE):
                j -= 1
            chunks.append((i, j))
            i = j
        return chunks

    def _looks_abbreviation(self, doc: Doc, b_start: int, b_end: int, n_start: int, n_end: int) -> bool:
        texts = doc_tokens(doc).texts
        inner = texts[b_start:b_end]
        if len(inner) != 1:
            return False
        words = [t for t in texts[n_start:n_end] if t not in POSSESSIVE]
        return inner[0].isupper() or _is_abbreviation(inner[0], words)

    def _head_end(self, words: list[str]) -> tuple[int, str] | None:
        """Index just past the last head word in `words`, and the head's kind."""
        best = None
        for k in range(len(words)):
            for head, kind in self.heads_by_first.get(words[k], ()):
                if tuple(words[k : k + len(head)]) == head:
                    end = k + len(head)
                    if best is None or end > best[0]:
                        best = (end, kind)
                    break
        return best

    def _words(self, toks: list[Token]) -> list[str]:
        return [_word(t.text) for t in toks]

    def _strip_start(self, toks: list[Token]) -> list[Token]:
        while toks:
            w = fold(toks[0].text)
            first = toks[0]
            if w == "her" and len(toks) > 2 and fold(toks[1].text).startswith("majesty"):
                break  # "Her Majesty's Inspectorate of ..."
            if w in self.months or (w in self.function_words and not (w == "the" and first.text == "The" and not self._sentence_start(first) and len(toks) > 2)):
                toks = toks[1:]
                continue
            if self._sentence_start(first) or (first.i > 0 and fold(doc_tokens(first.doc).texts[first.i - 1]) in self.months):
                if (w in self.start_words or self.sentence_adverb(w)) and len(toks) > 1:
                    toks = toks[1:]
                    continue
                # "Bosses at X", "Councillors on X": a sentence-initial common word and a preposition
                if len(toks) > 2 and fold(toks[1].text) in self.place_connectors:
                    toks = toks[2:]
                    continue
                # "Later the X Trust": a sentence-initial word before a lower-case "the"
                if len(toks) > 2 and toks[1].text == "the" and w != "the":
                    toks = toks[1:]
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
            owner_body = (len(owner) >= 2 and (self._head_end(owner_words) or (0,))[0] == len(owner_words)) or (
                len(owner) == 1 and len(owner[0].text) >= 2 and owner[0].text.isupper())  # "CQC's State of Care"
            if len(rest) >= 2 and owner_body \
                    and self._head_end(rest_words) is not None and all(w in self.generic or w in self.head_words for w in rest_words) \
                    and any(w not in self.head_words for w in rest_words):
                return owner, []  # "X Council's Adult Social Care team": a body and its department, no name
            if len(rest) < 2 or self._inner_head(owner_words):
                continue  # "Princess Mary Hospital Bishop's Marsh": the owner is itself a name
            if fold(rest[0].text) in self.connectors and fold(rest[0].text) not in self.titled_name_starts:
                continue
            # a place owns a name that begins with a royal or saint's title ("Tarrow's Queen Anne Hospital")
            place = (owner[0].doc.has_annotation("ENT_IOB") and all(t.ent_type_ in ("GPE", "LOC") for t in owner)) or (
                len(rest) >= 3 and rest_words[0] in self.titled_name_starts and len(owner) == 1) or self._town_owner(owner)
            # the rest used as a name without the owner before it ("... 's" not before it there), or the owner
            # named on its own elsewhere ("Helmcare's Marbeck Hospice ... Helmcare is a national charity": a body
            # that runs the place, not a saint's or royal name's first half, "St Elwin's")
            if not self._company_like(owner) and not place \
                    and not self._used_elsewhere(rest[:2], keep=lambda text, m: not re.search(r"['’]s\s$", text[max(0, m.start() - 3) : m.start()])) \
                    and not (fold(owner[0].text) not in self.titled_name_starts
                             and self._used_elsewhere(owner, (r"(?<![\w'’-])", r"(?![\w'’-])(?!\s+[A-Z])"))):
                continue  # "Bishop's Mead Hospital": the possessive belongs to the name; "Tarrow's X Hospital": a place owns it
            head = self._head_end(rest_words)
            if head is None:
                continue
            # "St Aldhelm's Hospital": the rest is only a head word -> one name.
            distinctive = [w for w in rest_words[: head[0] - 1] if w not in self.generic]
            if not distinctive:
                continue
            return owner, rest
        return None, toks

    def _town_owner(self, toks: list[Token]) -> bool:
        """(session 17) An owner that is a town ("Pellby's Ashgrove Health Centre"): one word shaped
        as a place ("Stoke-on-Trent", "Bishop-le-Moor") or named elsewhere after "in"/"near" with no
        capital after it ("... in Pellby")."""
        text = doc_text(toks[0].doc)
        word = text[toks[0].idx : toks[-1].idx + len(toks[-1].text)]
        if not _TOWN_WORD.fullmatch(word):
            return False
        if _TOWN_SHAPE.fullmatch(word):
            return True
        return re.search(r"\b(?:in|near|outside)[ \t]+" + re.escape(word) + r"(?![\w’'-])(?![ \t]+[A-Z])", text) is not None

    def _inner_head(self, words: list[str]) -> bool:
        for k in range(1, len(words)):
            for head, _ in self.heads_by_first.get(words[k], ()):
                # (session 20) not a head the name's own closing head words go on from ("X Care Ltd",
                # "X Partnership NHS Foundation Trust": "care", "foundation" then more head words only)
                if tuple(words[k : k + len(head)]) == head and k + len(head) < len(words) \
                        and not all(w in self.head_words for w in words[k + len(head):]):
                    return True
        return False

    def _used_elsewhere(self, toks: list[Token], bounds: tuple[str, str] = ("", ""), keep=None) -> bool:
        """Does the text write these words again elsewhere, a match of `bounds` around them that
        `keep(text, match)` (when given) accepts?"""
        text = doc_text(toks[0].doc)
        phrase = text[toks[0].idx : self._end_char(toks[-1])]
        return any(m.start() != toks[0].idx and (keep is None or keep(text, m))
                   for m in re.finditer(bounds[0] + re.escape(phrase) + bounds[1], text))

    def _segments(self, toks: list[Token]) -> list[list[Token]]:
        """Cut coordinated names and trailing places: "X Hospital and Y Hospital"."""
        out: list[list[Token]] = []
        cur = 0
        k = 0
        skip_place = False
        # The run's words once, and what each test below needs of a left part or of the rest read
        # from them in constant time, not by reading the left part or the rest again at every
        # connector (a run of thousands of "X Hospital of" / "and" was quadratic).
        words = self._words(toks)
        n = len(words)
        plain = [0]  # plain[i]: how many of words[:i] are no generic or head word
        for w in words:
            plain.append(plain[-1] + (w not in self.generic and w not in self.head_words))
        head_after: list[bool] | None = None  # head_after[i]: a head starts at some j >= i (made when needed)
        max_head, max_key = self._name_bounds()
        while k < len(toks):
            w = toks[k].text if toks[k].text == "," else fold(toks[k].text)
            if k > cur + 1 and w == "of" and not skip_place and self._two_names_of(words, plain, cur, k, max_head):
                out.append(toks[cur:k])  # "X Hospital of Y NHS Trust": a location, then its provider
                cur = k + 1
                k += 1
                continue
            # (session 20) "X Healthcare for Y NHS Trust": a company named by its field, then the trust it works for
            if k > cur and (w in self.split_connectors
                            or w in self.suffix_split_connectors and fold(toks[k - 1].text) in self.company_suffixes
                            or w == "for" and k - cur >= 2 and words[k - 1] in self.for_split_heads):
                left = toks[cur:k]
                if skip_place:
                    if w == "and":
                        cur, skip_place = k + 1, False
                    k += 1
                    continue
                head = self._head_at_end(words, cur, k, max_head)
                if w == "and" and head is not None and words[k - 1] not in self.company_suffixes and self._suffix_only(words[k + 1 :]):
                    k += 1  # "Tarrow Care and Support Ltd": one company's fields, not "Support Ltd"
                    continue
                if w == "and" and head is None and k + 2 < len(toks) and toks[k + 1].text == "The" and self._the_location(words[k + 2 :]):
                    out.append(left)  # "Tarrow and The Ferris Centre": a place, then a name with its own "The"
                    cur = k + 1
                    k += 1
                    continue
                if w in self.place_connectors and head is None and self._service_only(left) and k + 1 < len(toks) \
                        and (self._head_end(words[k + 1 :]) or (0,))[0] == n - (k + 1):
                    cur = k + 1  # "A&E at X Hospital", "Maternity at X Hospital": a service placed at a site, not a name
                    k += 1
                    continue
                if w in self.place_connectors and head is None and 2 <= k - cur <= 3 and self._person_like(left, words[cur:k]) \
                        and self._the_location(words[k + 1 :], kinds=None):
                    out.append(left)  # "Ann Lee at Rose Lodge said": a person's name, then where they work
                    cur = k + 1
                    k += 1
                    continue
                if head and k - cur >= 2 and head_after is None:
                    head_after = self._heads_after(words)
                right_is_regulator = w == "and" and (
                    n - (k + 1) <= max_key and " ".join(words[k + 1 :]) in self.regulator_keys
                    or k - cur <= max_key and " ".join(words[cur:k]) in self.regulator_keys)
                if ((head and k - cur >= 2 and head_after[k + 1]
                     and not (w == "and" and plain[k] == plain[cur])) or right_is_regulator
                    ) and not (w == "and" and k - cur < max_key and self._joint_regulator(words[cur:k], words[k + 1 : k + 1 + max_key])):
                    out.append(left)
                    cur = k + 1
                    nxt = next((j for j in range(k + 1, len(toks)) if fold(toks[j].text) in self.split_connectors or toks[j].text == ","), len(toks))
                    right = words[k + 1 : nxt]
                    if w in self.place_connectors and self._name(left[0].doc, left) is not None and not (
                            len(right) >= 2 and (self._head_end(right) or (0,))[0] == len(right)):
                        skip_place = True  # "X Centre at Y Park"; "the Maternity Unit at Y Hospital": a unit, then a name
                elif head and k - cur >= 2 and w in self.place_connectors:
                    out.append(left)  # "X Centre in Town": the rest is a place
                    return out
            k += 1
        if not skip_place and cur < len(toks):
            out.append(toks[cur:])
        return out

    def _service_only(self, toks: list[Token]) -> bool:
        """The tokens are a service the span ruler marked ("A&E", "Maternity"), with
        at most sentence-opening or function words before it ("Only A&E")."""
        end = toks[-1].idx + len(toks[-1].text)
        for span in toks[0].doc.spans.get(VOCAB_SPANS_KEY, ()):
            if span.label_ == "SERVICE" and span.end_char == end and span.start_char >= toks[0].idx:
                lead = [fold(t.text) for t in toks if t.idx < span.start_char]
                return all(w in self.start_words or w in self.function_words or self.sentence_adverb(w) for w in lead)
        return False

    def _name_bounds(self) -> tuple[int, int]:
        """The most words a head has, and a regulator's name."""
        if self._bounds is None:
            self._bounds = (max((len(h) for h, _ in self.heads), default=1),
                            max((len(key.split(" ")) for key in self.regulator_keys), default=1))
        return self._bounds

    def _head_at_end(self, words: list[str], lo: int, hi: int, max_head: int) -> tuple[int, str] | None:
        """_head_end(words[lo:hi]) when its head ends at hi (else None): only the last
        max_head words can hold a head that ends there."""
        start = max(lo, hi - max_head)
        head = self._head_end(words[start:hi])
        return head if head is not None and head[0] == hi - start else None

    def _heads_after(self, words: list[str]) -> list[bool]:
        """[i]: a head (as _head_end matches one) starts at some j >= i of `words`."""
        after = [False] * (len(words) + 1)
        for j in range(len(words) - 1, -1, -1):
            after[j] = after[j + 1] or any(tuple(words[j : j + len(head)]) == head for head, _ in self.heads_by_first.get(words[j], ()))
        return after

    def _suffix_only(self, words: list[str]) -> bool:
        """Are `words` (up to the next connector) one word and company suffixes ("Support Ltd")?"""
        stop = next((j for j, w in enumerate(words) if w in self.split_connectors), len(words))
        return stop >= 2 and words[0] not in self.company_suffixes and all(w in self.company_suffixes for w in words[1:stop])

    def _person_like(self, toks: list[Token], words: list[str]) -> bool:
        """Two or three plain capitalised words, none generic, a head or a function word:
        a person's name as the fast profile (no NER) can tell."""
        return all(t.text.isalpha() and t.text[:1].isupper() and t.text[1:].islower() for t in toks) and not any(
            w in self.generic or w in self.head_words or w in self.function_words or w in self.start_words for w in words)

    def _the_location(self, words: list[str], kinds: tuple[str, ...] | None = ("location",)) -> bool:
        """Do `words` (up to the next connector) make a complete name with a location's head
        (with a head of any kind when `kinds` is None)?"""
        stop = next((j for j, w in enumerate(words) if w in self.split_connectors), len(words))
        rw = words[:stop]
        return self._complete_name(rw) and (kinds is None or self._head_end(rw)[1] in kinds)

    def _complete_name(self, words: list[str]) -> bool:
        """Two or more words ending in a head word, one of them no generic or head word."""
        return len(words) >= 2 and (self._head_end(words) or (0,))[0] == len(words) and not all(
            w in self.generic or w in self.head_words for w in words)

    def _two_names_of(self, words: list[str], plain: list[int], cur: int, k: int, max_head: int) -> bool:
        """"X General Hospital of Y Hospitals NHS Trust": "of" (words[k]) between two complete
        names (each a name word and a head at its end), a location's and a provider's, joins
        two bodies, not one name ("X Church of England School" stays whole). The left name is
        words[cur:k]; the right one runs to the next connector."""
        head = self._head_at_end(words, cur, k, max_head)
        if k - cur < 2 or head is None or plain[k] == plain[cur] or words[cur] in self.role_words or head[1] != "location":
            return False
        stop = next((j for j in range(k + 1, len(words)) if words[j] in self.split_connectors or words[j] == "of"), len(words))
        rw = words[k + 1 : stop]
        return self._complete_name(rw) and self._head_end(rw)[1] == "provider"

    def _joint_regulator(self, left: list[str], right: list[str]) -> bool:
        """"NHS England and NHS Improvement": one regulator of the vocabulary
        whose name holds "and" (SPEC 2 names the joint body as one item)."""
        joined = " ".join(left) + " and"
        for w in right:
            joined += " " + w
            if joined in self.regulator_keys:
                return True
        return False

    def _division_end(self, words: list[str]) -> int | None:
        """Past the first word (or words) for a part of a body in `words` ("Surgery Division"),
        None without one (or with a `first_ok` word first: "Department of Health")."""
        division = next(((k, d) for k, w in enumerate(words) if w in self.division_firsts
                         for d in self.divisions if tuple(words[k : k + len(d)]) == d), None)
        if division is None and self.care_group:
            # "Women's and Children's Care Group": a care group named only by specialties
            n = len(self.care_group)
            k = next((k for k in range(1, len(words) - n + 1) if tuple(words[k : k + n]) == self.care_group), None)
            lead = 1 if words and words[0] == "the" else 0
            if k is not None and k > lead and all(w in self.care_group_specialties for w in words[lead:k]) \
                    and any(w not in self.care_group_common for w in words[lead:k]):
                return k + n
        if division is None or (division[0] == 0 and division[1] in self.division_first_ok):
            return None
        return division[0] + len(division[1])

    def _name(self, doc: Doc, toks: list[Token]) -> tuple[int, int, str] | None:
        """(start_char, end_char, kind) for a segment, or None when it is no name."""
        toks = self._strip_start(toks)
        if not toks:
            return None
        words = self._words(toks)
        if words[0] in self.role_words:
            # "Chief Inspector of General Practice": a job title; "Director of
            # Wexmoor Care Ltd": the body after the title's "of" is a name.
            k = next((k for k, w in enumerate(words) if w in ("of", "at")), None)
            # "Director of Nursing at X": the title's field, then the body after "at"
            at = next((j for j in range(k + 2, len(words) - 1) if words[j] == "at"), None) if k is not None and words[k] == "of" else None
            if at is not None and self._head_end(words[k + 1 : at]) is None:
                return self._name(doc, toks[at + 1 :])
            # "Director of Adult Social Services of X Council": a field of common words, then the body
            of = next((j for j in range(k + 2, len(words) - 1) if words[j] in ("of", "at", "for")), None) \
                if k is not None and words[k] == "of" else None
            if of is not None and all(w in self.generic or w in self.head_words for w in words[k + 1 : of]) \
                    and self._complete_name(words[of + 1 :]):
                return self._name(doc, toks[of + 1 :])
            if k is None or k + 1 >= len(toks) or words[k + 1] in self.generic:
                return None  # "... of General Practice for the region"
            return self._name(doc, toks[k + 1 :])
        # "the Surgery Division", "Children's Services Directorate at X Hospital": a part of a body
        # (organisations.json "divisions") is no body; the complete name after its last "of"/"at" is
        d = self._division_end(words)
        if d is not None:
            # (a tail of at most short_form_max_words words: a run of thousands stays linear)
            tail = next((j for j in range(len(words) - 2, max(d, len(words) - 2 - self.short_form_max_words) - 1, -1)
                         if words[j] in ("of", "at") and self._complete_name(words[j + 1 :])), None)
            return self._name(doc, toks[tail + 1 :]) if tail is not None else None
        # "the Board of X Trust", "Council of Governors of X", "Board of Directors at X": a part of the
        # body named after "of"/"at" (the longest part first)
        lead = 1 if words[0] == "the" else 0
        part = next((k for k in range(min(len(words) - 2, lead + 3), lead, -1) if words[k] in ("of", "at")
                     and tuple(words[lead:k]) in self.part_of_body and self._head_end(words[k + 1 :]) is not None), None)
        if part is not None:
            return self._name(doc, toks[part + 1 :])
        # "Board of Directors at X", "Services for Older People at X": common words, then the name after "at"
        at = next((j for j in range(2, len(words) - 1) if words[j] == "at"), None)
        if at is not None and all(w in self.generic or w in self.role_words or w in self.function_words for w in words[:at]):
            return self._name(doc, toks[at + 1 :])
        title = next((k for k, w in enumerate(words[:-1]) if k and w in self.role_words and words[k + 1] in ("of", "for", "(")), None)
        if title is not None:
            # "Corporate Director of Adult Services", "CQC Head of Hospital
            # Inspection": a title; a body after its "of"/"for" is still a name.
            if title >= 2 and toks[title - 1].text in POSSESSIVE:
                return self._name(doc, toks[: title - 1])  # "X's Director of Nursing": the owner
            if title + 2 >= len(toks) or words[title + 2] in self.generic:
                return None
            return self._name(doc, toks[title + 2 :])
        if words[0] in self.of_prefix_names and len(toks) > 2 and words[1] == "of":
            # "the Friends of Ashby Park": the name after "of" is capitalised (after "the", too); with no
            # "the" before, it ends in a head ("Friends of Marsh Lane Hospital"): "Friends of Edna Pruitt
            # said" are a person's friends
            k = 3 if words[2] == "the" else 2
            the_before = toks[0].i > 0 and doc[toks[0].i - 1].lower_ == "the"
            if k < len(toks) and toks[k].text[:1].isupper() and (the_before or self._head_end(words[k:]) is not None):
                return toks[0].idx, self._end_char(toks[-1]), self.of_prefix_names[words[0]]
            return None
        if words[0] in self.prefix_names and len(toks) > 1:
            return toks[0].idx, self._end_char(toks[-1]), self.prefix_names[words[0]]
        if words[0] in self.prefix_names and words[0] not in self.function_words and toks[0].text[:1].isupper():
            return toks[0].idx, self._end_char(toks[0]), self.prefix_names[words[0]]  # "Healthwatch" alone
        if words[0] == "nhs" and 2 <= len(words) <= 3 and self._head_end(words) is None and not any(
            w in self.generic or w in self.blockers or w in self.role_words or w in self.months or not w.isalpha()
            for w in words[1:]
        ) and words[1] not in self.start_words and self._is_area(toks[1:]):
            return toks[0].idx, self._end_char(toks[-1]), "other"  # "NHS Tarrowshire": a commissioner named by its area
        text = doc_text(doc)[toks[0].idx : self._end_char(toks[-1])]
        if _key(text) in self.regulator_name_keys:
            return toks[0].idx, self._end_char(toks[-1]), "regulator"
        if len(toks) >= 4 and toks[-1].text == ")":
            # "NHS England (North)", "NHS England (North East and Yorkshire)": a regulator and its region
            # (one to four words in the brackets, capitalised but for "and")
            opening = next((k for k in range(len(toks) - 3, max(len(toks) - 7, 0), -1) if toks[k].text == "("), None)
            if opening is not None and all(t.text[:1].isupper() or t.lower_ == "and" for t in toks[opening + 1 : -1]) \
                    and toks[opening + 1].text[:1].isupper() and toks[-2].text[:1].isupper() \
                    and _key(doc_text(doc)[toks[0].idx : self._end_char(toks[opening - 1])]) in self.regulator_name_keys:
                return toks[0].idx, toks[-1].idx + 1, "regulator"
        head = self._head_end(words)
        if head is None:
            return None
        head_end, kind = head
        if head_end < len(words) and words[head_end] in self.blockers:
            return None  # "Health and Social Care Act 2008"
        if head_end == len(words) and head_end >= 3 and toks[head_end - 2].text == "-" \
                and not toks[head_end - 3].whitespace_ and not toks[head_end - 2].whitespace_ \
                and words[-1] in self.single_heads and all(t.text[:1].isupper() for t in toks[: head_end - 2]) \
                and head_end - 2 <= 3:
            return None  # "Ann Oduya-Ward": a head glued by a hyphen ends a double-barrelled surname
        if head_end < len(words) and words[head_end] in ("of", "for") and head_end + 1 < len(words):
            head_end = len(words)  # "Department of Health", "Office for National Statistics"
        elif self._place_after_head(toks, words, head_end):
            head_end = len(words)  # "Cygnet Hospital Marston"
        name_toks = toks[:head_end]
        if len(name_toks) < 2:
            return None
        nw = words[:head_end]
        if nw[-1] in self.weak_heads and len(nw) < 2:
            return None
        if nw[-1] in self.verb_heads and nw[-2].endswith("s") and not nw[-2].endswith(("'s", "’s", "ss")):
            return None  # "Staff Numbers Rise": a headline's verb after a plural, no name
        if all(w in self.generic for w in nw):
            return None  # "Health and Social Care", "State of Care", "NHS Trust"
        before_head = nw[:-1]
        if before_head and all(w in self.generic for w in before_head) and (
            kind != "other" or any(w in self.service_words for w in before_head)
        ):
            return None  # a service, not a body: "Urgent Care Centre", "Personal Care", "Emergency Department"
        first_head = self._head_end(nw[:1])
        if first_head and nw[0] in ("department", "office", "ministry", "royal college", "college", "university") and kind == "provider":
            kind = "other"
        return name_toks[0].idx, self._end_char(name_toks[-1]), kind

    def _candidates(self, doc: Doc, chrome: list[tuple[int, int]]) -> list[tuple[int, int, str, bool]]:
        """(start_char, end_char, kind, strong) of organisation names, by grammar."""
        found = []
        table = self._table(doc)
        tokens, texts = table.tokens, table.texts
        text = doc_text(doc)
        n = len(texts)
        plural_firsts, lower_firsts = self.plural_type_firsts, self.lowercase_head_firsts
        for start, end in self._join_listed_places(doc, self._chunks(doc)):
            if in_ranges(tokens[start].idx, chrome):
                continue
            # (the tests that open _plural_type_parts and _lowercase_head_end, asked here first)
            if plural_firsts is None or (end < n and texts[end] in plural_firsts):
                parts = self._plural_type_parts(doc, start, end)
                if parts:
                    found.extend(parts)
                    continue
            if lower_firsts is None or (end < n and texts[end].islower() and fold(texts[end]) in lower_firsts):
                end = self._lowercase_head_end(doc, start, end)
            if end - start == 1 and self._one_token_nothing(texts[start]):
                # One token (most runs: a capitalised first word): no possessive, pair,
                # person or segment to cut, and _name names it only as a prefix name
                # ("Healthwatch") or a regulator; neither, so nothing.
                continue
            toks = self._strip_start(tokens[start:end])
            if not toks:
                continue
            if len(toks) == 1 and self.web_name_re is not None and self.web_name_re.fullmatch(toks[0].text):
                found.append((toks[0].idx, self._end_char(toks[0]), "other", True))  # "Newsdesk.co.uk"
                continue
            owner, toks = self._split_possessive(toks)
            if owner and not toks:
                got = self._name(doc, owner)
                if got:
                    found.append((*got, True))
                continue
            pair = self._coordinated_pair(doc, toks)
            if pair:
                found.extend(pair)
                continue
            if owner:
                owner = self._strip_start(owner)
                if owner and self._company_like(owner):
                    found.append((owner[0].idx, self._end_char(owner[-1]), "provider", False))
            toks = self._person_before_name(toks)
            for seg in self._segments(toks):
                got = self._name(doc, seg)
                if got:
                    found.append((*got, True))
        found = [self._dash_joined(doc, c) for c in found]
        # a cue's run that ends at a comma inside a name the grammar read ("a spokesperson for
        # Tarnmoor, Coomb and Leys Borough Council"): the first place of a listed name, no body
        listed = [(s, e) for s, e, _, _ in found if "," in text[s:e]]
        found.extend(c for c in self._cue_names(doc, chrome)
                     if not (text[c[1] : c[1] + 1] == "," and any(s <= c[0] and c[1] < e for s, e in listed)))
        return self._not_addresses(text, self._not_titles(doc, self._dash_tails(doc, found, chrome)))

    def _one_token_nothing(self, word: str) -> bool:
        """Is a run of the one token `word` neither a prefix name nor a web name nor a
        regulator? Its text alone answers (the run's text is the token's, less a possessive
        or a final full stop, as _end_char cuts it): kept per word string, most runs being
        a sentence's capitalised first word that the text uses again and again."""
        cache = self._one_token_cache
        if len(cache) > 50_000:
            cache.clear()  # (a text of many new words)
        answer = cache.get(word)
        if answer is None:
            stripped = strip_possessive(word)
            if stripped.endswith(".") and len(stripped) > 2:
                stripped = stripped[:-1]
            answer = cache[word] = (
                _word(word) not in self.prefix_names
                and not (self.web_name_re is not None and self.web_name_re.fullmatch(word))
                and _key(word[: len(stripped)]) not in self.regulator_name_keys)
        return answer

    def _not_addresses(self, text: str, found: list[tuple[int, int, str, bool]]) -> list[tuple[int, int, str, bool]]:
        """Without the street addresses set after a name found ("Rose Lodge, 12 Mill Lane":
        the home's address, organisations.json "street_addresses"). An address standing
        alone stays: CQC registers many small homes under their address ("4-6 Station
        Road, a care home for ..., was rated good"), and gold keeps such a name."""
        if self.address_re is None:
            return found
        ends = {c[1] for c in found}
        out = []
        for c in found:
            number = self._address(text, c[0], c[1])
            if number is None:
                street = self._street_after_re.match(text, c[1], c[1] + 16)
                if street is None or self._address(text, c[0], street.end()) is None:
                    out.append(c)  # (else "Old Church" in "30 Old Church Lane": a street's first words)
            elif not self._after_name(text, number, ends):
                out.append((min(number, c[0]), *c[1:]))  # the name is the whole address, house number and all
        return out

    @functools.cached_property
    def _street_after_re(self) -> re.Pattern:
        """A street word right after a name ("… Lane"): organisations.json "street_addresses"."""
        words = self.data.get("street_addresses", {}).get("words", ())
        return re.compile(r"(?i)\s{1,2}(?:" + "|".join(map(re.escape, words)) + r")\b")

    @staticmethod
    def _after_name(text: str, s: int, ends: set[int]) -> bool:
        """Does a name found end right before `s`, with only a comma and spaces between?"""
        lo = max(0, s - 12)
        m = _AFTER_NAME.search(text[lo:s])
        return m is not None and lo + m.start() in ends

    def _address(self, text: str, s: int, e: int) -> int | None:
        """Where the house number starts, if one stands right before `s` (or at it) of a
        street's name ending at `e`; else None."""
        lo = max(0, s - 12)
        m = self.address_re.search(text, lo, e)
        return m.start() if m is not None and m.start() <= s else None

    def _not_titles(self, doc: Doc, found: list[tuple[int, int, str, bool]]) -> list[tuple[int, int, str, bool]]:
        """Drop a name in quotes right before a title's noun: "the 'Best Care Home' award"
        names an award, not a body (organisations.json "quoted_titles")."""
        found = self._not_descriptions(doc, found)
        nouns = self.data.get("quoted_titles", {}).get("nouns")
        if not nouns:
            return found
        text = doc_text(doc)
        out = []
        for c in found:
            s, e = c[0], c[1]
            if 0 < s and text[s - 1] in "‘'\"“" and text[e : e + 1] in ("’", "'", '"', "”"):
                m = re.match(r"\s{1,3}([a-z]{2,20})", text[e + 1 : e + 26])
                if m and m.group(1) in nouns:
                    continue
            out.append(c)
        return out

    @functools.cached_property
    def _headline_descriptions(self) -> frozenset[str]:
        return frozenset(fold(w) for w in self.data.get("headline_descriptions", ()))

    def _not_descriptions(self, doc: Doc, found: list[tuple[int, int, str, bool]]) -> list[tuple[int, int, str, bool]]:
        """"Leading Tarrow NHS Trust placed in special measures": a headline that opens
        with a describing word (organisations.json "headline_descriptions") describes a
        body; the name after the word stands only if the text uses it again elsewhere."""
        words = self._headline_descriptions
        if not words or not found:
            return found
        text = doc_text(doc)
        out = []
        for c in found:
            s, e = c[0], c[1]
            line_start = text.rfind("\n", 0, s) + 1
            if s - line_start > 40:
                out.append(c)
                continue
            m = _LINE_FIRST_WORD.match(text[line_start:e])
            # the word opens the line and the name (the name starts with it or right after it)
            if m is None or fold(m.group(1)) not in words or s not in (line_start + m.start(1), line_start + m.end()):
                out.append(c)
                continue
            line_end = text.find("\n", e)
            line_end = len(text) if line_end < 0 else line_end
            if text[e:line_end].rstrip().endswith((".", "!", "?")):
                out.append(c)  # a sentence, not a headline
                continue
            name_start = line_start + m.end()
            name = text[name_start:e]
            if name_start < e and (text.find(name, line_end) >= 0 or text.rfind(name, 0, line_start) >= 0):
                out.append((name_start, e, *c[2:]))
        return out

    @functools.cached_property
    def _dash_tail_re(self) -> re.Pattern:
        """A dash after a word and the capitalised run that follows it (bounded)."""
        n = int(self.data.get("dash_tail", {}).get("max_words", 6))
        word = r"(?:[A-Z][\w'’]{0,30}|with|and|&)"
        # "(?<=[\w.)])(?:[ \t]{1,2}(?:--|[-–—])[ \t]{1,2}|[–—])" written with the blank or dash
        # first and the lookbehind after it: the same matches, but a first character class the
        # engine scans for (a lookbehind first is tried at every character)
        return re.compile(r"[ \t–—](?<=[\w.)].)(?:(?<=[ \t])[ \t]?(?:--|[-–—])[ \t]{1,2}|(?<=[–—]))(" + word + r"(?:[ \t]" + word + r"){0,%d})" % (n - 1)
                          + r"(?![\w'’\-–—]|[ \t][A-Z(&]|[ \t](?:with|and)\b)")

    def _dash_tails(self, doc: Doc, found: list[tuple[int, int, str, bool]], chrome) -> list[tuple[int, int, str, bool]]:
        """"Willow Court - Care Home": a name, a dash and capitalised common words of a
        care setting (models/vocab/organisations.json "dash_tail") are one location's
        name, the fullest form the text uses. The left part is a candidate ending at the
        dash, or else a capitalised run that reads as a name; a candidate inside the
        joined name goes (the tail alone, "Nursing Home", or a piece of the left part)."""
        cue = self.data.get("dash_tail")
        if not cue:
            return found
        words, inner = set(cue.get("words", ())), set(cue.get("inner_only", ()))
        text = doc_text(doc)
        ends = {}
        for k, c in enumerate(found):
            if c[2] != "regulator":
                ends.setdefault(c[1], k)
        joined = []
        for m in finditer_from(self._dash_tail_re, text, _DASH_TAIL_STARTS):
            tail = [fold(w) for w in m.group(1).split()]
            # "X – Domiciliary Care East Orrin": a care setting's words, then up to `place_words`
            # capitalised words of its place (the branch)
            care = next((p for p, w in enumerate(tail) if w not in words), len(tail))
            if care < len(tail) and (care == 0 or len(tail) - care > int(cue.get("place_words", 0)) or any(
                    w in self.generic or w in self.function_words or w in self.head_words or w in self.start_words for w in tail[care:])):
                continue
            if tail[0] in inner or tail[care - 1] in inner:
                continue
            left_end = m.start()
            k = ends.get(left_end)
            if k is not None:
                start, _, kind, strong = found[k]
                found[k] = (start, m.end(1), "location" if kind == "other" else kind, strong)
                joined.append((start, m.end(1)))
                continue
            toks = self._run_ending_at(doc, left_end) or self._plain_run_ending_at(doc, left_end)
            if not toks or len(toks) > 4 or in_ranges(toks[0].idx, chrome):
                continue
            if any(t.ent_type_ in ("PERSON", "DATE") for t in toks):
                continue
            found.append((toks[0].idx, m.end(1), "location", True))
            joined.append((toks[0].idx, m.end(1)))
        if not joined:
            return found
        return [c for c in found if (c[0], c[1]) in joined or not any(a <= c[0] and c[1] <= b for a, b in joined)]

    def _plain_run_ending_at(self, doc: Doc, char_end: int) -> list[Token] | None:
        """The capitalised run of at most 4 tokens on one line ending at `char_end`, the
        left part of a dashed name after a place preposition ("the owner of X - Care
        Home": the tail says it is a home, not a place); not a sentence-initial common
        word, a role, a month or only generic words."""
        span = doc.char_span(max(0, char_end - 1), char_end, alignment_mode="expand")
        if span is None or not len(span) or span.end_char != char_end:
            return None
        i = last = span.end - 1
        while i > 0 and last - i < 3 and self._is_cap(doc[i - 1]) and not self._line_break_after(doc[i - 1]):
            i -= 1
        toks = list(doc[i : last + 1])
        if not all(self._is_cap(t) for t in toks):
            return None
        words = self._words(toks)
        first = words[0]
        if first in self.start_words or first in self.role_words or first in self.months or (
                first in self.function_words and not (toks[0].text == "The" and len(toks) > 1)):
            return None
        if all(w in self.generic or w in self.function_words for w in words) or not self._cue_name_ok(toks):
            return None
        return toks

    def _after_place_word(self, low: str, k: int) -> bool:
        """Is `k` right after a place preposition ("on X", "in the X")? `low`: folded text."""
        words = re.findall(r"[\w']{1,30}", low[max(0, k - 40) : k])[-2:]
        return bool(words) and low[k - 1 : k].isspace() and (words[-1] in self.ner_place_before or (
            words[-1] == "the" and len(words) == 2 and words[0] in self.ner_place_before))

    def _ner_names(self, doc: Doc, chrome, taken: list[tuple[int, int]]) -> list[tuple[int, int, str, bool]]:
        """The accurate profile's ORG entities the grammar did not find ("HC-One",
        "Partners in Support"): weak candidates, kind from a head word they end in
        ("other" without one), with the grammar's filters (chrome, a sentence-initial
        common word, a role word, a month, only generic words, a place, a person), and
        only a name the text uses at least twice (or an acronym), never after a place
        preposition ("in", "on": models/vocab/organisations.json "ner_names").
        The fast profile has no entities: nothing."""
        if not doc.has_annotation("ENT_IOB"):
            return []
        out = []
        text = doc_text(doc)
        low = fold_keep_offsets(text)
        # a word of a PERSON entity anywhere ("Edith Ainsworth" ... "Ainsworth")
        person_words = {_word(t.text) for ent in doc.ents if ent.label_ == "PERSON" for t in ent if self._is_cap(t)}
        # where each name stands in the text, and whether a place word comes before one
        # of those: one scan of the text per name, not one per entity (a name recurs)
        uses_of: dict[str, list[int]] = {}
        word_index: _WordIndex | None = None  # the uses of names in the page (made when first needed)
        placed: dict[str, bool] = {}
        for ent in doc.ents:
            if ent.label_ != "ORG" or in_ranges(ent.start_char, chrome):
                continue
            toks = self._strip_start(list(ent))
            if not toks or not self._is_cap(toks[0]):
                continue
            s, e = toks[0].idx, self._end_char(toks[-1])
            if any(a < e and s < b for a, b in taken):
                continue  # the grammar (or an alias, acronym, short form) read these words already
            words = self._words(toks)
            if words[0] in self.role_words or words[0] in self.start_words or words[0] in self.months:
                continue
            if self._division_end(words) is not None:
                continue  # "the Surgery Division": a part of a body
            if not self._cue_name_ok(toks) or len(toks) > 8 or not all(self._is_cap(t) or w in self.connectors for t, w in zip(toks, words)):
                continue  # "X hospital": a lower-case head describes rather than names
            name = text[s:e]
            if name.isupper() and (len(toks) > 1 or len(name) > 6 or name in self.not_acronyms):
                continue  # a heading in capitals ("THE WILLOWS, TARROW"), or "the ICB"
            if name.isupper() and self._acronym_not_body(doc, toks[0]):
                continue  # "an ECG machine", "Director of Public Health (DPH)": a thing or a title
            i, j = toks[0].i, toks[-1].i + 1
            if (i > 0 and self._is_cap(doc[i - 1]) and not self._sentence_start(doc[i - 1]) and not doc[i - 1].is_punct) or (
                    j < len(doc) and self._is_cap(doc[j]) and not self._line_break_after(doc[j - 1])):
                continue  # part of a longer capitalised run the grammar did not read as a name
            if self.ner_person_after_re.match(low, e):
                continue  # "Ann Lee, the regulator's head of ...": a person
            if any(t.ent_type_ in ("GPE", "LOC", "PERSON") for t in toks) or words[-1] in person_words:
                continue
            uses = uses_of.get(name)
            if uses is None:
                # (from one index of the page's words, _WordIndex: a search of the whole text per name
                # was quadratic in a page of thousands of names)
                if word_index is None:
                    word_index = _WordIndex(text)
                uses = uses_of[name] = [s for s, _ in word_index.uses(name, possessive=False, before="\\w\\-")]
            head = self._head_end(words)
            if head is not None and all(w in self.generic or w in self.service_words or w in self.head_words
                                        or w in self.connectors for w in words):
                continue  # "Outpatients Department": a service's words and a head, no name
            if not (name.isupper() and len(toks) == 1) and len(uses) < self.ner_min_uses and not (head is not None and head[0] == len(words)):
                continue  # a name the text uses once may be any capitalised phrase (an acronym is kept)
            if name not in placed:
                placed[name] = any(self._after_place_word(low, k) for k in uses)
            if placed[name]:
                continue  # "a care home in Selbourne Marsh" elsewhere: a place
            kind = head[1] if head is not None and head[0] == len(words) else "other"
            out.append((s, e, kind, False))
        return self._not_addresses(text, out)

    def _possessive_one_word_names(self, doc: Doc, text: str, chrome) -> list[tuple[int, int, str, bool]]:
        """"the CQC suspended Tillbrook's registration": a one-word name as the possessive
        before a word only a body has (organisations.json "possessive_one_word"); not a
        longer run, which may be a person's name ("Ann Pellew's registration")."""
        out = []
        if self.possessive_one_word_re is None:
            return out
        for m in self.possessive_one_word_re.finditer(text):
            if in_ranges(m.start(1), chrome):
                continue
            toks = self._run_ending_at(doc, m.end(1), suffix_ok=True)
            if not toks or len(toks) != 1 or toks[0].idx != m.start(1):
                continue
            i = toks[0].i
            if i > 0 and self._is_cap(doc[i - 1]) and not doc[i - 1].is_punct:
                continue  # "Dr Pellew's registration": a title or a first name before it
            if self._surname_elsewhere(text, m.group(1)):
                continue  # "Ann Pellew ... Pellew's registration": a surname
            out.append((m.start(1), m.end(1), "provider", True))
        return out

    def _titled_surname(self, text: str, word: str) -> bool:
        """Does the text give `word` after a personal title ("Ms Ramdhanie": organisations.json
        cue_names "surname_titles"), as a person's surname?"""
        if not self.surname_titles_re or not word[:1].isupper():
            return False
        return re.search(self.surname_titles_re + r"\s{1,3}" + re.escape(word) + r"(?![\w-])", text) is not None

    def _surname_elsewhere(self, text: str, word: str) -> bool:
        """Does the text put `word` after a capitalised word that is no sentence-start or
        function word ("Ann Pellew"), as a person's surname?"""
        for m in re.finditer(r"([A-Z][\w'’\-]{0,30})\s{1,3}" + re.escape(word) + r"(?![\w-])", text):
            w = fold(m.group(1))
            if w not in self.start_words and w not in self.function_words and w not in self.connectors:
                return True
        return False

    def _acronym_not_body(self, doc: Doc, tok) -> bool:
        """An acronym that names a thing before its noun ("an ECG machine": organisations.json
        "acronym_things"), or a title's initials in brackets after it ("Director of Adult
        Social Services (DASS)": the title opens with a role word)."""
        j = tok.i + 1
        if j < len(doc) and (doc[j].lower_ in self.acronym_things or (
                self.registration_number is not None and self.registration_number.fullmatch(doc[j].text))):
            return True  # "an ECG machine"; "GDC 245781" (a registration number's label)
        i = tok.i
        if not (0 < i and j < len(doc) and doc[i - 1].text == "(" and doc[j].text == ")"):
            return False
        letters = tok.text.lower()
        k, caps = i - 1, []
        # the capitalised words before the bracket, back to as many as the acronym has letters
        while k > 0 and len(caps) < len(letters) and not (doc[k - 1].is_punct or doc[k - 1].is_space):
            k -= 1
            if doc[k].text[:1].isupper():
                caps.insert(0, doc[k])
        return len(caps) == len(letters) and "".join(t.lower_[0] for t in caps) == letters and \
            _word(caps[0].text) in self.role_words

    def _cue_acronyms(self, doc: Doc, chrome, taken: list[tuple[int, int]],
                      bodies: list[tuple[int, int]] = ()) -> list[tuple[int, int, str, bool]]:
        """A lone acronym the text uses as a body ("told ZNR", "a ZNR investigation",
        "NHS England and the PQA": organisations.json "acronym_cues"), in both
        profiles: weak candidates of kind other (an acronym of a known name joins it).
        `taken`: the ranges already read; `bodies`: those of regulators and other
        bodies, the only names a coordinated acronym joins ("X Hospital and the HDU" is a unit)."""
        if self.acronym_before_re is None:
            return []
        text = doc_text(doc)
        out = []
        ends = sorted(e for _, e in bodies)
        starts = sorted(s for s, _ in bodies)
        merged: list[list[int]] = []  # the taken ranges as one sorted union, for a bisection per acronym
        for a, b in sorted(taken):
            if merged and a <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], b)
            else:
                merged.append([a, b])
        merged_starts = [a for a, _ in merged]
        # common acronyms that name no body ("PPE", "CCG" as a kind): the same list the outlet cues use
        no_body = self.outlets.get("no_body_acronyms", set()) if self.outlets else set()
        newlines: list[int] | None = None  # where the text's lines end, found once (with an acronym to test)
        line_has_lower: dict[int, bool] = {}  # per line start: once per line, not once per acronym on it
        for m in _LONE_ACRONYM.finditer(text):
            s, e = m.span()
            name = m.group(0)
            if name in self.not_acronyms or name in self.acronym_not or name in no_body or in_ranges(s, chrome):
                continue
            k = bisect_left(merged_starts, e) - 1  # the last range opening before the acronym's end
            if k >= 0 and s < merged[k][1]:
                continue  # the grammar (or an alias, another acronym) read it already
            if newlines is None:
                newlines = [n.start() for n in _NEWLINE.finditer(text)]
            k = bisect_left(newlines, s)
            line_start = newlines[k - 1] + 1 if k > 0 else 0
            has_lower = line_has_lower.get(line_start)
            if has_lower is None:
                line_end = newlines[k] if k < len(newlines) else len(text)
                has_lower = line_has_lower[line_start] = any(c.islower() for c in text[line_start:line_end])
            if not has_lower:
                continue  # a heading in capitals
            before = text[max(0, s - 40) : s]
            cue = self.acronym_before_re.search(before) or self.acronym_after_re.match(text, e, e + 40)
            if not cue and self.acronym_joined_re is not None:
                k = bisect_right(ends, s) - 1  # the last known name ending before
                j = bisect_left(starts, e)  # the first starting after
                cue = (k >= 0 and s - ends[k] <= 12 and self.acronym_joined_re.match(text[ends[k] : s])) or (
                    j < len(starts) and starts[j] - e <= 12 and self.acronym_joined_re.match(text[e : starts[j]] + " "))
            if cue:
                out.append((s, e, "other", False))
        return out

    def _dash_joined(self, doc: Doc, cand: tuple[int, int, str, bool]) -> tuple[int, int, str, bool]:
        """"Bellstone Living – Supported Living Services": a name without a head word, a
        spaced dash and a name with one are one name (a provider's branch or service)."""
        start, end, kind, strong = cand
        text = doc_text(doc)
        m = _DASH_BEFORE_RUN.search(text[max(0, start - 4) : start])
        if m is None or kind == "regulator":
            return cand
        left_end = start - 3
        toks = self._run_ending_at(doc, left_end)
        if not toks or len(toks) > 4:
            return cand
        line_start = text.rfind("\n", 0, toks[0].idx) + 1
        line_end = text.find("\n", end, end + 400)
        line = text[line_start : line_end if line_end >= 0 else min(len(text), end + 400)]
        if not text[line_start : toks[0].idx].strip() and not re.search(r"[.!?][\"”’']?\s*$", line):
            return cand  # "Tarrow – Wexmoor Hospital rated good": a headline's place and name
        if any(t.ent_type_ in ("GPE", "LOC", "PERSON", "DATE") for t in toks):
            return cand
        return toks[0].idx, end, kind, strong

    def _person_before_name(self, toks: list[Token]) -> list[Token]:
        """"said manager Gail Dorsey of Tannery Lane Surgery": a person's name, "of" or
        "at" and a complete name: the run on over the person is cut off."""
        k = next((k for k, t in enumerate(toks) if fold(t.text) in ("of", "at")), None)
        if k is None or not 2 <= k <= 3 or len(toks) - k - 1 < 2:
            return toks
        left, right = toks[:k], toks[k + 1 :]
        lw, rw = self._words(left), self._words(right)
        head = self._head_end(rw)
        if self._head_end(lw) is not None or head is None or head[0] != len(rw) or any(w in self.generic or w in self.role_words for w in lw):
            return toks
        doc = toks[0].doc
        before = fold(doc[left[0].i - 1].text) if left[0].i > 0 else ""
        if any(t.ent_type_ == "PERSON" for t in left) or before in self.role_words or before in self.speech_words:
            return right
        # "Tom Reed of Orvane Healthcare said": a person's plain name before a speech verb
        j = toks[-1].i + 1
        after = fold(doc[j].text) if j < len(doc) else ""
        if (after in self.speech_words or after in self.speech_words_after) and after not in self.speech_words_not_after \
                and self._person_like(left, lw):
            return right
        return toks

    def _coordinated_pair(self, doc: Doc, toks: list[Token]) -> list[tuple[int, int, str, bool]]:
        """"Clover Dene and Wrenfield House are both rated ...": a name without a head,
        "and", and a location's name are two locations when the text says "both" after
        them or uses the first on its own elsewhere (not "X and Y Hospital" as one name)."""
        cuts = [k for k, t in enumerate(toks) if fold(t.text) in ("and", "&")]
        if len(cuts) != 1 or not 1 <= cuts[0] <= 4 or len(toks) - cuts[0] - 1 < 2:
            return []
        k = cuts[0]
        left, right = toks[:k], toks[k + 1 :]
        lw, rw = self._words(left), self._words(right)
        head = self._head_end(rw)
        if head is None or head[0] != len(rw) or self._head_end(lw) is not None:
            return []
        if rw[0] in getattr(self, "joint_right_first", ()):  # (set by Organisations from the vocabulary, folded)
            return []  # "Tarrow and District Carers Centre": one name whatever the text says of Tarrow
        # "Brightwell Living and X NHS Trust" (a body the text names alone elsewhere) are two bodies;
        # a one-word left is most often a place in a joint name ("Tarrow and Wexmoor NHS Trust")
        provider_pair = head[1] != "location" and len(left) >= 2
        if head[1] != "location" and not provider_pair:
            return []
        if all(w in self.generic for w in rw[:-1]) or any(
            w in self.start_words or w in self.role_words or w in self.months or w in self.function_words for w in lw
        ):
            return []
        # a location pair's left has no generic word; a body's needs one distinctive word ("Brightwell Living")
        if all(w in self.generic for w in lw) if provider_pair else any(w in self.generic for w in lw):
            return []
        if any(t.ent_type_ in ("GPE", "LOC", "DATE", "NORP") for t in left):
            return []  # "Tarrow and Westvale Hospital": a place in the name
        text = doc_text(doc)
        end = self._end_char(right[-1])
        cue = self.data.get("coordinated_pair", {})
        both = re.compile(r"\s{1,3}(?:" + "|".join(re.escape(c) for c in cue.get("plural_after", ())) + r")\b")
        if provider_pair:
            if not self._used_alone(left):
                return []
        elif not (cue.get("plural_after") and both.match(text, end)) and not self._used_alone(left):
            return []
        name = self._name(doc, right)
        if name is None:
            return []
        return [(left[0].idx, self._end_char(left[-1]), "provider" if provider_pair else "location", True), (*name, True)]

    def _used_alone(self, toks: list[Token]) -> bool:
        """Does the text use these words elsewhere as a name on their own (not before
        another capitalised word or "and", not after a place preposition)?"""
        text = doc_text(toks[0].doc)
        phrase = text[toks[0].idx : self._end_char(toks[-1])]
        places = self.data.get("coordinated_pair", {}).get("place_before", ())
        for m in re.finditer(_literal_first(phrase, r"[\w'’-]") + r"(?![\w-])", text):  # (the phrase first: searched in C)
            if m.start() == toks[0].idx:
                continue
            after = text[m.end() : m.end() + 6]
            if re.match(r"(?:['’]s)?\s{1,3}(?:[A-Z]|and\b|&)", after):
                continue
            before = fold(text[max(0, m.start() - 12) : m.start()]).split()[-1:]
            if before and before[0] in places:
                continue
            return True
        return False

    def _plural_type_parts(self, doc: Doc, start: int, end: int) -> list[tuple[int, int, str, bool]]:
        """"Brinkwell and Upper Marsh wards": coordinated names before a plural
        type noun in lower case are names of that kind, each on its own."""
        table = doc_tokens(doc)
        texts = table.texts
        firsts = self.plural_type_firsts
        if firsts is not None and (end >= len(texts) or texts[end] not in firsts):
            return []  # no plural type noun follows the run
        for noun, kind in self.plural_types:
            if tuple(texts[end : end + len(noun)]) != noun:
                continue
            cuts = [k for k in range(start + 1, end - 1) if fold(texts[k]) in ("and", "&")]
            if len(cuts) != 1:
                return []
            out = []
            for lo, hi in ((start, cuts[0]), (cuts[0] + 1, end)):
                toks = self._strip_start(table.tokens[lo:hi])
                words = self._words(toks)
                if not toks or len(toks) > 4 or all(w in self.generic for w in words):
                    return []
                if any(t.ent_type_ in ("GPE", "LOC", "PERSON", "DATE") for t in toks):
                    return []  # "the Tarrow and Westvale wards": places
                out.append((toks[0].idx, self._end_char(toks[-1]), kind, True))
            return out
        return []

    def _join_listed_places(self, doc: Doc, chunks: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """"NHS Tarrow, Westvale and Ousby Clinical Commissioning Group": short
        runs without a head, each before a comma, that list the places of a
        body named by "X and Y <head>" belong to its name."""
        out: list[tuple[int, int]] = []
        texts = doc_tokens(doc).texts
        for s, e in reversed(chunks):
            if out and e + 1 == out[-1][0] and texts[e] == "," and self._joins_list(doc, out[-1]):
                if self._listed_place(doc, s + (e - s > 1 and fold(texts[s]) == "the"), e):
                    # (session 20) "The Hartley, Moss and Finch Partnership": the article goes with the name
                    out[-1] = (s, out[-1][1])
                    continue
                # "Staff at Tarrow, Westvale and Ousby Partnership NHS Trust": the run's
                # place after its last "at"/"in"/"on" begins the list
                # (session 20) or after "of" ("Patients of Hartley, Moss and Finch Surgery")
                k = next((k for k in range(e - 2, s, -1) if texts[k] in self.place_connectors or texts[k] == "of"), None)
                if k is not None and self._listed_place(doc, k + 1, e):
                    out[-1] = (k + 1, out[-1][1])
                    out.append((s, k))
                    continue
            out.append((s, e))
        out.reverse()
        return out

    def _listed_place(self, doc: Doc, s: int, e: int) -> bool:
        toks = doc_tokens(doc).tokens[s:e]
        words = self._words(toks)
        if len(toks) > 3 or self._line_break_after(toks[-1]) or self._head_end(words) is not None:
            return False
        if any(w in self.start_words or w in self.role_words or w in self.months or w in self.generic for w in words if w != "nhs"):
            return False
        if any(len(t.text) >= 2 and t.text.isupper() and fold(t.text) != "nhs" for t in toks):
            return False  # (session 20) "The CQC, Tarrow and Ousby Council and ...": a body's acronym, no place
        # "NHS Tarrow," read as a body by the NER is still a listed place; (session 20) so is a one-word
        # run the NER cuts off as a body of its own ("Ashby, Fenwick and Lowe Borough Council")
        labels = ("PERSON", "DATE") if words[0] == "nhs" or len(toks) == 1 else ("PERSON", "DATE", "ORG")
        return not any(t.ent_type_ in labels for t in toks if fold(t.text) != "nhs")

    def _joins_list(self, doc: Doc, chunk: tuple[int, int]) -> bool:
        """Does this run read "X and Y ... <head>" with a body's head (not a location's)
        and places coordinated before it?"""
        toks = doc_tokens(doc).tokens[chunk[0] : chunk[1]]
        words = self._words(toks)
        # "Orrin and Kelby Council in May": the body's name ends before a place connector
        k = next((k for k, w in enumerate(words) if k >= 3 and w in self.place_connectors), len(words))
        words = words[:k]
        head = self._head_end(words)
        if head is None or head[0] != len(words):
            return False
        # (session 20) a location's head only when it names a practice ("Hartley, Moss and Finch Surgery"):
        # partners' surnames; "X, Y and Z House" is as often three homes
        if head[1] == "location" and not any(tuple(words[-len(h):]) == h for h in self.listed_name_location_heads):
            return False
        k = next((k for k, w in enumerate(words) if w in ("and", "&")), None)
        return k is not None and 0 < k and self._head_end(words[:k]) is None

    @staticmethod
    def _is_area(toks: list[Token]) -> bool:
        """A place name, as far as the statistical NER (when it ran) can tell; not
        the first of a list ("NHS Eastvale, Westvale and ...")."""
        doc = toks[0].doc
        nxt = toks[-1].i + 1
        if nxt < len(doc) and doc[nxt].text == ",":
            return False
        if not doc.has_annotation("ENT_IOB") or all(t.ent_type_ in ("GPE", "LOC") for t in toks):
            return True
        # "NHS Tarrowshire" read as one named facility or body: the area goes on the name
        return all(t.ent_iob_ == "I" and t.ent_type_ in ("FAC", "ORG") for t in toks)

    def _lowercase_head_end(self, doc: Doc, start: int, end: int) -> int:
        """"Priory Lane surgery", "Alder medical centre": a head word in lower case
        right after a capitalised run that has no head of its own joins the run."""
        table = doc_tokens(doc)
        firsts = self.lowercase_head_firsts
        if firsts is not None and not (end < len(table.texts) and table.texts[end].islower() and fold(table.texts[end]) in firsts):
            return end  # no lower-case head follows: every path below returns `end`
        run = table.tokens[start:end]  # the run's tokens
        words = self._words(run)
        if self._head_end(words) is not None and words[-1] not in self.weak_heads:
            return end
        if all(t.isupper() for t in table.texts[start:end]) or (start > 0 and fold(table.texts[start - 1]) in ("a", "an")):
            return end
        if words[0] in ("a", "an") or all(t.ent_type_ in ("GPE", "LOC", "NORP") for t in run):
            return end  # "A Tarrow care home", "an East Marsh hospital": a place and a type
        if any(w in self.role_words for w in words):
            return end
        # the tokens after the run, sliced and folded once for every head
        following = table.texts[end : end + self.lowercase_heads_max]
        lower = [t.islower() for t in following]
        folded = tuple(fold(t) for t in following)
        for head in self.lowercase_heads:
            k = len(head)
            if len(following) < k or not all(lower[:k]) or folded[:k] != head:
                continue
            size = end - start - (words[-1] == "gp")  # "Tarrow GP surgery": one word and "GP surgery"
            if size < 2 and (head not in self.lowercase_one_word or size < 1 or words[-1] == "gp"):
                return end
            if "\n" in table.tokens[end - 1].whitespace_:
                return end
            return end + len(head)
        return end

    def _place_after_head(self, toks: list[Token], words: list[str], head_end: int) -> bool:
        """"Cygnet Hospital Marston": one or two capitalised words after a hospital
        head are its place, in a sentence (not a title-case headline)."""
        rest = words[head_end:]
        if not rest or len(rest) > self.place_after.get("max_words", 2) or words[head_end - 1] not in self.place_after_heads:
            return False
        if all(w in self.generic for w in words[: head_end - 1]):
            return False  # "Adult Social Care Nadia Okoro": a field of care, then a person; a place follows a brand
        single_heads = self.single_heads
        if any(w in self.generic or w in single_heads or w in self.function_words or w in self.start_words
               or w in self.role_words or w in self.months or w in self.blockers or not w.isalpha() for w in rest):
            return False
        if any(t.ent_type_ in ("PERSON", "DATE") for t in toks[head_end:]):
            return False
        text = doc_text(toks[0].doc)
        # the line around the name, at most 300 characters each way (linear on one-line texts)
        line_start = text.rfind("\n", max(0, toks[0].idx - 300), toks[0].idx) + 1 or max(0, toks[0].idx - 300)
        line_end = text.find("\n", toks[-1].idx, toks[-1].idx + 300)
        line = text[line_start : line_end if line_end >= 0 else min(len(text), toks[-1].idx + 300)]
        lower = sum(1 for w in re.findall(r"[A-Za-z]+", line) if w[0].islower())
        return lower >= self.place_after.get("min_lowercase", 3)

    def _company_like(self, toks: list[Token]) -> bool:
        words = self._words(toks)
        return any(w in self.head_words for w in words) or any(t.text.isupper() and len(t.text) >= 2 for t in toks)

    def _runs_after_cue(self, doc: Doc, text: str, low: str, chrome, cue: re.Pattern | None, starts):
        """The capitalised run (tokens, _headless_run) right after each match of `cue` (read where `starts`,
        prefilter.phrase_starts, puts a match's beginning), outside the page chrome: what the cue readers
        below (_bodies_after, _found_subjects, _according_to_sources) each test further."""
        if cue is None or not contains_any(low, _required(cue)):
            return
        for m in finditer_from(cue, low, starts):
            if not text[m.end() : m.end() + 1].isupper():
                continue
            toks = self._headless_run(doc, m.end())
            if toks and not in_ranges(toks[0].idx, chrome):
                yield toks

    def _bodies_after(self, doc: Doc, text: str, low: str, chrome, cue: re.Pattern | None, starts,
                      leader: bool = False, kind: str = "provider", min_words: int = 1) -> list[tuple[int, int, str, bool]]:
        """The capitalised run right after each match of `cue` (read where `starts`,
        prefilter.phrase_starts, puts a match's beginning), a provider found by
        cue (of `kind`). After a leader's title (`leader`) the run is no department
        ("managing director of Operations") and a one-word name keeps its "in"
        tail ("Friends in Need")."""
        found: list[tuple[int, int, str, bool]] = []
        for toks in self._runs_after_cue(doc, text, low, chrome, cue, starts):
            if len(toks) < min_words or not self._cue_name_ok(toks):
                continue
            if leader:
                if self._words(toks)[0] in self.role_of_departments:
                    continue
                toks = self._one_word_in_name(doc, toks)
            end = self._end_char(toks[-1])
            if leader and len(toks) == 1 and not self._one_word_body(text, low, end, person_after=False):
                continue
            if text[end : end + 2] not in ("'s", "’s"):  # "a spokesman for Ann Lee's family"
                found.append((toks[0].idx, end, kind, True))
        return found

    def _service_subjects(self, doc: Doc, low: str, chrome) -> list[tuple[int, int, str, bool]]:
        """(session 19) "X provides nursing care for up to 42 older people", "X has 42 beds", "The home, X,
        provides ...": the subject of a service's description is that service, a location, even with no
        head word (organisations.json cue_names service_subject); not a street nor an address."""
        out: list[tuple[int, int, str, bool]] = []
        pattern = self.service_subject_re
        if pattern is None:
            return out
        # (a name ends where a capitalised token does, or at a comma after one: read only there)
        matches = finditer_at(pattern, low, self._cap_ends(doc), self.service_subject_width) if self.service_subject_width is not None else None
        for m in pattern.finditer(low) if matches is None else matches:
            toks = self._run_ending_at(doc, m.start())
            if not toks or in_ranges(toks[0].idx, chrome) or _word(toks[-1].text) in self.street_words:
                continue  # ("The home, on Fenlow Lane, provides": a street)
            if low[m.start()] == "," and (toks[0].i < 2 or doc[toks[0].i - 1].text != "," or not doc[toks[0].i - 2].text.islower()):
                continue  # only a name set off by commas after a noun ("The home, X, provides"): not "in Holmbrae, provides", "Fenlow Road, Holmbrae, provides" (an address)
            out.append((toks[0].idx, m.start(), "location", True))
        return out

    def _body_like(self, text: str, toks: list[Token], seen: list) -> bool:
        """(session 19) One word the text never writes in lower case nor as a surname, or words ending in a
        generic word (_said_it_name), and no titled surname: not a person's name, which the fast profile
        has no NER for. `seen` caches the text's word sets (empty at first)."""
        if not seen:
            caps = [(c.start(), c.end(), strip_possessive(c.group(0))) for c in _CAPITAL_WORD.finditer(text)]
            seen.extend((set(_LOWER_WORD.findall(text)),
                         {w for (_, e, _), (s2, _, w) in zip(caps, caps[1:]) if 1 <= s2 - e <= 2 and not text[e:s2].strip()}))
        return self._said_it_name(toks, *seen) and not self._titled_surname(text, toks[-1].text)

    def _found_subjects(self, doc: Doc, text: str, low: str, chrome, seen: list) -> list[tuple[int, int, str, bool]]:
        """(session 19) "Inspectors said X was well run", "The CQC found that X was not safe": the subject of
        a judgement inspectors reported is the service inspected, a location (organisations.json cue_names
        found_subject: the cue before, the judgement after); not an all-capitals word ("PPE was not safe")
        nor a person's name (_body_like)."""
        out: list[tuple[int, int, str, bool]] = []
        after = self.found_subject_after_re
        if after is None:
            return out
        for toks in self._runs_after_cue(doc, text, low, chrome, self.found_subject_re, self.found_subject_starts):
            if not self._cue_name_ok(toks) or toks[0].text.isupper():
                continue
            end = self._end_char(toks[-1])
            if after.match(low, end) and self._body_like(text, toks, seen):
                out.append((toks[0].idx, end, "location", True))
        return out

    def _according_to_sources(self, doc: Doc, text: str, low: str, chrome, seen: list) -> list[tuple[int, int, str, bool]]:
        """(session 19) "According to X, one in four homes ...": a one-word name closed by a comma after
        organisations.json cue_names according_to is the body a claim is credited to (kind other); not a
        place before a lower-case noun ("According to Holmbrae council") nor a person's name (_body_like)."""
        out: list[tuple[int, int, str, bool]] = []
        for toks in self._runs_after_cue(doc, text, low, chrome, self.according_to_re, self.according_to_starts):
            if len(toks) != 1:
                continue
            end = self._end_char(toks[-1])
            if text[end : end + 1] == "," and self._body_like(text, toks, seen):
                out.append((toks[0].idx, end, "other", True))
        return out

    def _one_word_body(self, text: str, low: str, end: int, person_after: bool = True) -> bool:
        """May a one-word name ending at `end` be a body? Not before a lower-case noun ("who founded Zoom
        quizzes": an activity) nor before ", said he" (a person: "The owner, Bradley, said he ..."), unless
        not `person_after`: the object of a leader's title or clause is none ("The manager of X said she",
        "Ann Lee, who manages X, said she": the speaker is the leader)."""
        if person_after and self.one_word_person_after_re.match(low, end):
            return False
        m = re.match(r"[ \t]{1,2}([a-z][a-z'’-]*)\b", text[end : end + 40])
        return m is None or fold(m.group(1)) in self.function_words or fold(m.group(1)) in self.one_word_body_tails

    def _reduced_relative_subject(self, doc: Doc, toks) -> bool:
        """(review) Is a run after a type noun one NER reads as a person, followed by a verb that makes it the
        subject of a reduced relative clause on the noun ("the charity Jane Smith chairs")?
        (organisations.json type_before_person_ok_not_before)"""
        if not any(e.label_ == "PERSON" and e.start <= toks[0].i < e.end for e in doc.ents):
            return False
        nxt = toks[-1].i + 1
        return nxt < len(doc) and _word(doc[nxt].text) in getattr(self, "type_before_person_ok_not_before", ())

    def _compile_plural_appositions(self) -> None:
        """The patterns of `_plural_appositions` (called by _compile_cues)."""
        cue = self.data.get("plural_apposition", {})
        name = r"[A-Z][\w'’\-]*(?:[ \t][A-Z][\w'’\-]*){0,3}"
        self._plural_apposition_res = [(kind, re.compile(
            r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")"
            r"\s{0,3}(?:,|:|[–—])\s{1,3}(" + name + r"(?:,\s{1,3}" + name + r")*,?\s{1,3}(?:and|&)\s{1,3}" + name + r")"
            r"(?=\s{0,3}(?:[,.;:)–—]|\n|$))")) for kind, words in cue.get("types", {}).items() if words]
        self._plural_apposition_name = re.compile(name)
        self._plural_apposition_lead = re.compile(cue.get("lead", ""))
        self._plural_apposition_not_after = re.compile(cue.get("not_after", r"(?!)"))

    def _plural_appositions(self, doc: Doc, chrome) -> list[tuple[int, int, str, bool]]:
        """(session 18) "its two other homes, Quillock Rise and Brantwhistle,": a list of two or more
        capitalised names (closed by "and") set after a plural type noun and a comma or dash names
        that many bodies of the noun's kind (organisations.json plural_apposition)."""
        out = []
        text = doc_text(doc)
        for kind, regex in self._plural_apposition_res:
            for m in regex.finditer(text):
                if in_ranges(m.start(), chrome):
                    continue
                # (review) owned or counted homes ("its two other homes"), and a list that does not go on to
                # speak ("the managers of the homes, A and B, said": people)
                if (not self._plural_apposition_lead.search(text, max(0, m.start() - 60), m.start())
                        or self._plural_apposition_not_after.match(text, m.end(1))):
                    continue
                names = [n for n in self._plural_apposition_name.finditer(text, m.start(1), m.end(1))]
                words = [[_word(w) for w in n.group().split()] for n in names]
                if any((w[0] in self.function_words and not (w[0] == "the" and len(w) > 1)) or w[0] in self.start_words or any(
                        x in self.role_words or x in self.months for x in w) or all(x in self.generic for x in w)
                       for w in words):
                    continue  # "its homes, Extra Care and Nursing": common words, no names
                out.extend((n.start(), n.end(), kind, True) for n in names)
        return out

    def _cue_names(self, doc: Doc, chrome) -> list[tuple[int, int, str, bool]]:
        """Names without head words that a cue marks: "run by X", "X, a home care agency"."""
        out = []
        text = doc_text(doc)
        low = doc_fold(doc)
        present = self._owner_cues_in(doc, low)
        for cue, cue_re in self.owner_cue_res:
            if cue not in present:
                continue  # the pattern starts with the cue itself
            # "run by care provider X": a type noun may stand before the name
            for m in cue_re.finditer(low):
                span = self._cap_run(doc, m.end())
                if span and not in_ranges(span[0], chrome):
                    out.append((span[0], span[1], "provider", True))
        out.extend(self._headless_cue_names(doc, chrome, low))
        out.extend(self._lowercase_companies(doc, chrome, low))
        out.extend(self._lowercase_typed_names(doc, chrome))
        out.extend(self._outlet_names(doc, chrome))
        out.extend(self._plural_appositions(doc, chrome))
        # "X, a home care agency in Y" / "X (Hexham), a homecare agency"
        taken: dict[tuple[int, int], str] = {}
        commas = [m.start() for m in _APPOSITIVE_COMMA.finditer(text)]
        for phrase, kind in self.appositive_types:
            if not commas or phrase not in text:
                continue  # the type's tail needs a ", a"/", an" comma and the phrase itself
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
                i = toks[0].i
                if i >= 2 and fold(doc[i - 1].text) in self.place_connectors and self._is_cap(doc[i - 2]) \
                        and fold(doc[i - 2].text) in self.head_words:
                    continue  # "X Lodge at Upper Town, a home for ...": the place of the name before it
                if any(t.ent_type_ == "PERSON" for t in toks) and not _type_tail(phrase, run_by=True).match(text, seg_end) and (
                        kind not in ("location",) or self._person_after_type(text, seg_end, phrase)):
                    # NER's PERSON wins, unless the type is run by someone: "X, a home care agency run by Y"
                    continue
                s, e = toks[0].idx, self._end_char(toks[-1])
                if (s, e) not in taken:  # the longest type phrase wins ("a home care agency")
                    taken[(s, e)] = kind
        out.extend((s, e, kind, True) for (s, e), kind in taken.items())
        return out

    def _owner_cues_in(self, doc: Doc, low: str) -> frozenset[str]:
        """The owner cues ("run by", "operated by") the folded text `low` holds, found once per
        Doc: _cue_names and _fix_kinds (org_aliases) both ask it of every cue."""
        extra = doc_tokens(doc).extra
        found = extra.get("owner_cues_in")
        if found is None or found[0] is not low:
            found = extra["owner_cues_in"] = (low, frozenset(c for c in self.owner_cues if c in low))
        return found[1]

    def _lowercase_companies(self, doc: Doc, chrome, low: str) -> list[tuple[int, int, str, bool]]:
        """"run by birchwood living limited": a company name in lower case, one to a few
        lower-case words and a suffix after a function word or punctuation
        (organisations.json "lowercase_companies"); a provider."""
        if not self.lower_co_suffixes or not any(s in low for s in self.lower_co_suffixes) \
                or not self._lower_co_re.search(doc_text(doc)):
            return []  # (no suffix written in lower case)
        out = []
        texts = doc_tokens(doc).texts
        tokens = doc_tokens(doc).tokens
        for i, t in enumerate(texts):
            if t not in self.lower_co_suffixes or i == 0:
                continue  # (the suffix written in lower case, as the run before it)
            k = i
            while k > 0 and i - k < self.lower_co_max and texts[k - 1].isalpha() and texts[k - 1].islower() \
                    and texts[k - 1] not in self.function_words and texts[k - 1] not in self.start_words:
                k -= 1
            words = texts[k:i]
            if not words or words[0] in self.generic or any(w in self.lower_co_not for w in words):
                continue
            if t in self.lower_co_loose and not any(w in self.lower_co_words for w in words):
                continue  # "time was limited"
            if k > 0 and not (texts[k - 1] in self.function_words or texts[k - 1] in (",", "(", ":", ";", "\u2013", "-")):
                continue  # the run goes on before: a clause, not a name
            if in_ranges(tokens[k].idx, chrome):
                continue
            out.append((tokens[k].idx, self._end_char(tokens[i]), "provider", True))
        return out

    def _lower_typed_after(self, text: str):
        """The matches `self.lower_typed_after_re.finditer(text)` gives, searched only in the
        reach before each of its tails (", a charity,"): the leftmost match ending at a tail
        starts at most lower_typed_reach characters before it, and none ends at a tail passed."""
        last_end = 0
        for tail in self.lower_typed_tail_re.finditer(text):
            lo = max(last_end, tail.start() - self.lower_typed_reach)
            m = self.lower_typed_after_re.search(text, lo, tail.end() + 3)  # (+3: the lookahead after the type)
            if m is not None:
                last_end = m.end()
                yield m

    def _clause_first(self, word: str) -> bool:
        """Whether a lower-case run opening with `word` is a clause, no name
        (organisations.json "lowercase_typed_not_first"): a participle ('providing',
        'specialised') or a listed verb ('offers')."""
        if word in self.lower_typed_clause_verbs:
            return True
        return (len(word) >= self.lower_typed_clause_least and word.endswith(self.lower_typed_clause_endings)
                and word not in self.lower_typed_clause_keep)

    def _lowercase_typed_names(self, doc: Doc, chrome) -> list[tuple[int, int, str, bool]]:
        """"the charity harby homes trust,": a body in lower case after its type noun (a
        provider), and "the department of health" (other) (organisations.json
        "lowercase_typed_names")."""
        text = doc_text(doc)
        out = []
        if self.lower_typed_re is not None:
            for m in self.lower_typed_re.finditer(text):
                if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] == "-"):
                    continue  # ("nonprofit", "co-provider": the type noun inside a word)
                words = m.group(1).split()
                if len(words) < 2 or any(w in self.lower_typed_not or w in self.function_words for w in words):
                    continue
                if words[0] in self.generic or self._clause_first(words[0]) or in_ranges(m.start(1), chrome):
                    continue
                out.append((m.start(1), m.end(1), "provider", True))
            for m in self._lower_typed_after(text):
                words = m.group(1).split()
                cut = max((k + 1 for k, w in enumerate(words) if w in self.lower_typed_not or w in self.function_words), default=0)
                if len(words) - cut < 2 or len(words) - cut > self.lower_typed_max or words[cut] in self.generic \
                        or self._clause_first(words[cut]):
                    continue
                if cut == 0 and not re.search(r"[,(:;][ \t]{0,2}$", text[max(0, m.start() - 4) : m.start()]):
                    continue  # the run goes on before it ("Staff gave good care, a ..."): a clause, not a name
                start = m.end(1) - len(" ".join(words[cut:]))
                if text[start:m.end(1)] != " ".join(words[cut:]) or in_ranges(start, chrome):
                    continue  # (a run spaced by two blanks or a tab: left alone)
                out.append((start, m.end(1), "provider", True))
        if self.lower_department_re is not None and contains_any(text, self.lower_department_words):
            for m in self.lower_department_re.finditer(text):
                if not in_ranges(m.start(1), chrome):
                    out.append((m.start(1), m.end(1), "other", True))
        return out

    def _outlet_toks(self, toks: list[Token]) -> list[Token] | None:
        """The run as a news outlet's name: its first word an acronym ("the KBN", "ZNR")
        or its last word a masthead title ("The Wexford Herald", "Vale News"); None otherwise."""
        cut = next((k for k, t in enumerate(toks) if k and fold(t.text) in ("and", "&")), None)
        toks = toks[:cut]  # "by X News and Y": the outlet ends before "and"
        while toks and (fold(toks[-1].text) in self.function_words or toks[-1].text in POSSESSIVE):
            toks = toks[:-1]
        if not toks or len(toks) > self.outlets["max_words"]:
            return None
        if toks[0].text == "The" and len(toks) > 1 and toks[1].text.isupper():
            toks = toks[1:]  # "The X reported": an acronym after "The"
        first, last = toks[0].text, fold(toks[-1].text)
        if first == "The" and len(toks) > 1:
            if last not in self.outlets["titles"]:
                return None
            return toks  # "The Times": the text's own form
        if any(w in self.role_words or w in self.months for w in self._words(toks)):
            return None
        if first.isupper() and 2 <= len(first) <= 6 and first.replace("&", "").isalpha():
            if first in self.outlets["no_body_acronyms"]:
                return None
            return toks
        if len(toks) > 1 and last in self.outlets["titles"] and not all(w in self.generic for w in self._words(toks[:-1])):
            return toks
        return None

    def _outlet_names(self, doc: Doc, chrome) -> list[tuple[int, int, str, bool]]:
        """News outlets a reporting cue names: "told the KBN", "speaking to Vale News",
        "The Wexford Herald reports", "a ZNR investigation" (SPEC 2: every named organisation
        in story text; mastheads and source lines are chrome)."""
        if not self.outlets:
            return []
        out = []
        text = doc_text(doc)
        table = self._table(doc)
        for m in finditer_from(self.outlets["before_re"], text, self.outlets["before_starts"]):
            if in_ranges(m.start(), chrome):
                continue
            span = self._cap_run(doc, m.end())
            if span is None:
                continue
            run = doc.char_span(span[0], span[1], alignment_mode="expand")
            if run is None:
                continue
            toks = self._outlet_toks(table.tokens[run.start : run.end])
            if toks:
                out.append((toks[0].idx, self._end_char(toks[-1]), "other", True))
        for m in finditer_from(self.outlets["after_re"], text, self.outlets["after_starts"]):
            if in_ranges(m.start(), chrome):
                continue
            span = doc.char_span(max(0, m.start() - 1), m.start(), alignment_mode="expand")
            if span is None or not len(span):
                continue
            last = span.end - 1
            i = last
            while i > 0 and last - i < self.outlets["max_words"] - 1 and self._is_cap(doc[i - 1]) \
                    and not self._line_break_after(doc[i - 1]):
                i -= 1
            toks = table.tokens[i : last + 1]
            if not all(self._is_cap(t) for t in toks):
                continue
            while len(toks) > 1 and fold(toks[0].text) in ("a", "an"):
                toks = toks[1:]  # "An X investigation"
            if toks[0].text != "The" and self._sentence_start(toks[0]) and fold(toks[0].text) in self.start_words:
                continue
            toks = self._outlet_toks(toks)
            if toks:
                out.append((toks[0].idx, self._end_char(toks[-1]), "other", True))
        return out

    def _headless_run(self, doc: Doc, char: int, person_ok: bool = False, keep_place: bool = False) -> list[Token] | None:
        """The capitalised run at `char` when it is a name without a head word:
        not a sentence-initial common word, a pronoun, a title or a known head."""
        span = self._cap_run(doc, char)
        if span is None:
            return None
        run = doc.char_span(span[0], span[1], alignment_mode="expand")
        toks = doc_tokens(doc).tokens[run.start : run.end] if run is not None else []
        cut = next((k for k, t in enumerate(toks) if k and t.text == "in"), None)
        if not keep_place:
            toks = toks[:cut]  # "X in Town": the place follows the name (a charity's branch keeps it)
        # capitalised rating words after the name ("rates X Inadequate") are not part of it
        while toks and fold(toks[-1].text) in ("outstanding", "good", "inadequate", "requires", "improvement", "requiring"):
            toks = toks[:-1]
        while toks and (toks[-1].text in POSSESSIVE or fold(toks[-1].text) in self.function_words):
            toks = toks[:-1]
        if not toks:
            return None
        words = self._words(toks)
        first = words[0]
        if first in self.start_words or first in self.role_words or first in self.months or (
            first in self.function_words and not (toks[0].text == "The" and len(toks) > 1)
        ):
            return None
        if all(w in self.generic or w in self.function_words for w in words) or (
                (head := self._head_end(words)) is not None and not self._head_opens_only(words, head[0])):
            return None  # no name, or one the grammar of heads reads
        if _key(doc_text(doc)[toks[0].idx : self._end_char(toks[-1])]) in self.regulator_keys:
            return None
        if len(toks) > 6 or any(t.ent_type_ in (("GPE", "DATE") if person_ok else ("PERSON", "GPE", "DATE")) for t in toks[:cut]):
            return None
        return toks

    def _head_opens_only(self, words: list[str], head_end: int) -> bool:
        """(session 20) "chief executive of Care Wessex": the run's only head word opens it and one word that is
        no head, generic or function word follows; the grammar of heads reads no name there (a head needs
        words before it), so the cue's run is read as a name without one. (Review: one word only, not
        "director of Care Sarah Brown", a title and a person's name.)"""
        return head_end == 1 and len(words) == 2 and all(
            w not in self.generic and w not in self.function_words and not self.heads_by_first.get(w) for w in words[1:])

    def _one_word_in_name(self, doc: Doc, toks: list[Token]) -> list[Token]:
        """A one-word name cut before "in" keeps the 1-2 capitalised words after it
        when they end the run and are no place ("Carers in Action", not "Tarrowcare in Kelby")."""
        if len(toks) != 1 or toks[0].i + 2 >= len(doc) or doc[toks[0].i + 1].text != "in":
            return toks
        i = toks[0].i + 2
        k = i
        while k < len(doc) and k - i < 2 and self._is_cap(doc[k]) and not self._line_break_after(doc[k - 1]):
            k += 1
        if k == i or (k < len(doc) and self._is_cap(doc[k])):
            return toks
        tail = list(doc[i:k])
        if any(t.ent_type_ in ("GPE", "LOC", "PERSON", "DATE") for t in tail) or self._words(tail)[0] in self.start_words:
            return toks
        return [toks[0], doc[toks[0].i + 1], *tail]

    def _said_it_name(self, toks: list[Token], lower_words: set[str], after_capital: set[str]) -> bool:
        """A name "X said it" marks: one word, or words ending in a generic word
        ("Tarrow Health"; two other words may be a person's name). Not a common
        word (`lower_words`: the text uses it in lower case; a sentence-initial
        plural), nor a person's surname (`after_capital`: the text puts a
        capitalised word before it)."""
        words = self._words(toks)
        if len(toks) > 1:
            return words[-1] in self.generic and words[-1] not in self.function_words
        word = toks[0].text
        if not word[:1].isupper() or not word[1:].islower() and not word.isupper():
            return False
        if self._sentence_start(toks[0]) and words[0].endswith("s"):
            return False  # "Residents said it", "Relatives said it"
        return words[0] not in lower_words and word not in after_capital

    def _person_after_type(self, text: str, comma: int, phrase: str) -> bool:
        """Does a person's noun follow the type ("X, a care home manager")? Then X is a person."""
        m = _type_tail(phrase).match(text, comma)
        if m is not None and re.match(r"\s{0,2}[,;:.)]", text[m.end() : m.end() + 3]) and not _AGE.search(text, comma, m.end()):
            return False  # the type noun closes the aside ("X, a 16-bedded unit, is ..."): X is the unit
        nxt = re.match(r"[\s\-]{0,3}([A-Za-z]+)", text[m.end() : m.end() + 40]) if m else None
        return nxt is None or fold(nxt.group(1)) in self.role_words or fold(nxt.group(1)) in self.person_nouns

    def _cue_name_ok(self, toks: list[Token], suffix_ok: bool = False) -> bool:
        """Not only capitalised common words a cue never names ("Leadership was rated good");
        `suffix_ok`: a word ending as a common noun may still be a name ("Tarling's chief executive")."""
        words = self._words(toks)
        if not suffix_ok and len(words) == 1 and len(words[0]) > 4 and words[0].endswith(self.not_name_suffixes):
            return False
        return not all(w in self.cue_not_names or w in self.generic for w in words)

    def _run_ending_at(self, doc: Doc, char_end: int, person_ok: bool = False, suffix_ok: bool = False) -> list[Token] | None:
        """The name without a head word that ends at `char_end` (a capitalised run of
        at most 8 tokens on one line; the longest that reads as a name)."""
        span = doc.char_span(max(0, char_end - 1), char_end, alignment_mode="expand")
        if span is None or not len(span):
            return None
        last = span.end - 1
        if doc[last].idx + len(doc[last].text) != char_end or not self._is_cap(doc[last]):
            return None
        i, starts = last, []
        while i >= 0 and last - i < 8:
            t = doc[i]
            if i < last and (self._line_break_after(t) or not (self._is_cap(t) or fold(t.text) in self.connectors)):
                break
            starts.append(i)
            i -= 1
        far = min((i for i in starts if self._is_cap(doc[i])), default=last)
        for i in reversed(starts):
            if not self._is_cap(doc[i]):
                continue
            before = fold(doc[i - 1].text) if i else ""
            if before == "the" and i > 1:
                before = fold(doc[i - 2].text)  # "units in the Midlands are rated"
            if before in self.place_before and not (before == "into" and i > 1 and fold(doc[i - 2].text) in self.inquiry_into):
                continue  # "a home in Great Tarrow was rated": a place (not "a report into X")
            # "run by X Ltd and Y Villas was rated": after a suffix and "and" the second name reads on its own
            split = i > 1 and before in self.suffix_split_connectors and fold(doc[i - 2].text) in self.company_suffixes
            if i > far and not split and before not in self.months and not (before in self.start_words and self._is_cap(doc[i - 1])):
                continue  # the tail of a longer capitalised run ("Lodge" of "Mill Lodge")
            toks = self._headless_run(doc, doc[i].idx, person_ok=person_ok)
            if toks and self._end_char(toks[-1]) == char_end and self._cue_name_ok(toks, suffix_ok):
                return toks
        return None

    def _headless_cue_names(self, doc: Doc, chrome, low: str) -> list[tuple[int, int, str, bool]]:
        """"has rated X inadequate", "X is a care home for ...", "charity X", "the X politician"."""
        out = []
        text = doc_text(doc)
        after_rating = self.after_rating_re
        for verb, verb_re in self.rated_verb_res:
            if verb not in low:
                continue
            for m in verb_re.finditer(low):
                at = m.end()
                number = _HOUSE_NUMBER.match(text, at, at + 16)
                if number is not None:
                    at = number.end()  # "rated 22 Orchard Road good": a home registered under its address
                # the rating after the run says X is rated, so a PERSON reading of it loses
                toks = self._headless_run(doc, at, person_ok=True)
                if toks and not in_ranges(toks[0].idx, chrome):
                    end = self._end_char(toks[-1])
                    if number is not None and self._address(text, toks[0].idx, end) is None:
                        continue  # (a number and a run that is no street: "rated 12 homes")
                    if after_rating.match(text, end):
                        out.append((toks[0].idx, end, "location", True))
        # "judged X to be inadequate", "gave X an inadequate rating": the rating says what X is
        for verb, verb_re in self.rated_verb_strict_res:
            if verb not in low:
                continue  # the pattern holds the verb itself
            for m in verb_re.finditer(low):
                if not text[m.end() : m.end() + 1].isupper():
                    continue
                toks = self._headless_run(doc, m.end(), person_ok=True)
                if toks and self._cue_name_ok(toks) and not in_ranges(toks[0].idx, chrome):
                    end = self._end_char(toks[-1])
                    if self.after_rating_strict.match(text, end):
                        out.append((toks[0].idx, end, "location", False))  # a guess: a provider's short form joins it
        for phrase, kind, phrase_re in self.type_before_res:
            if phrase not in low:
                continue
            for m in phrase_re.finditer(low):
                # "a care provider X" names no one; the article must be a word of its own ("Anna lives at X" is no "a")
                if not text[m.end() : m.end() + 1].isupper() or _ARTICLE_BEFORE.search(low, max(0, m.start() - 4), m.start()):
                    continue
                # "manager and provider Ann Lee": a person; "the charity X", "care provider X":
                # the type says what it is, whatever NER reads
                person_ok = phrase in self.type_before_person_ok
                toks = self._headless_run(doc, m.end(), person_ok=person_ok,
                                          keep_place=phrase in self.type_before_keeps_place)
                if toks and person_ok and self._reduced_relative_subject(doc, toks):
                    continue  # "the residents' group Mary Brown set up": a person, the subject of a clause on the group
                if toks and kind == "location" and _word(toks[-1].text) in self.street_words:
                    continue  # "whose wife lives at Orchard Road": an address, no home's name
                if toks and kind == "location" and len(toks) == 1 and (
                        _word(toks[0].text) in self.months or _word(toks[0].text) in self.data.get("occasions", {}).get("words", ())):
                    continue  # "residents at Christmas", "who live at May's end": a time, no home's name
                if toks and not person_ok and len(toks) > 1 and self._titled_surname(text, toks[-1].text):
                    continue  # "provider Kavita Ramdhanie ... Ms Ramdhanie said": a person (the fast profile has no NER)
                if toks and not in_ranges(toks[0].idx, chrome):
                    out.append((toks[0].idx, self._end_char(toks[-1]), kind, True))
        # "Kindwell's chief executive": a one-word body that owns a job title
        if self.role_after_possessive:
            for m in self.role_after_possessive_re.finditer(text):
                if in_ranges(m.start(1), chrome):
                    continue
                toks = self._run_ending_at(doc, m.end(1), suffix_ok=True)  # "Dunmore Rise's registered manager"
                if toks:
                    out.append((toks[0].idx, m.end(1), "provider", True))
        out += self._possessive_one_word_names(doc, text, chrome)
        # "X was rated good", "X has retained its outstanding rating": the subject of a rating
        if self.rated_subject_re is not None:
            # only a match that begins where a capitalised token ends (_run_ending_at) or right after an
            # aside's closing comma or dash (a line break may follow it: _ASIDE_BEFORE's $) can give a name
            ends = self._cap_ends(doc)
            matches = None
            if self.rated_subject_width is not None:
                starts = set(ends)
                for closer in (",", "–", "—", "-"):
                    for i in starts_of(text, closer):
                        starts.add(i + 1)
                        if text[i + 1 : i + 2] == "\n":
                            starts.add(i + 2)
                matches = finditer_at(self.rated_subject_re, low, sorted(starts), self.rated_subject_width)
            for m in self.rated_subject_re.finditer(low) if matches is None else matches:
                end = m.start()
                toks = self._run_ending_at(doc, end, person_ok=True)
                if toks is None:
                    # "Rosedene, at Kirkby, was rated", "Rosedene, on Fenlow Lane, was rated" (session 19),
                    # "Rosedene – part of the X group – was rated":
                    # the name before a place or an aside set off by commas or dashes
                    aside = _ASIDE_BEFORE.search(text, max(0, end - 60), end)
                    if aside is not None:
                        end = aside.start()
                        toks = self._run_ending_at(doc, end, person_ok=True)
                if toks and toks[0].i > 0 and doc[toks[0].i - 1].text.isdigit() and not (
                        self._number_opens(doc, toks[0]) and self._address(text, toks[0].idx, end) is not None):
                    continue  # "the home at 22 Station Road was rated good": an address ("22 Station Road was rated": a name)
                if toks and not in_ranges(toks[0].idx, chrome):
                    out.append((toks[0].idx, end, "location", False))  # a guess, as above
        # "• Fennick Health – rated requires improvement": a name opening a list line, then its rating
        if self.rated_line_re is not None and ("–" in low or "—" in low or " - " in low or ":" in low):
            lines = []
            for m in finditer_from(self.rated_line_re, low, self.rated_line_starts):
                toks = self._run_ending_at(doc, m.start(), person_ok=True)
                if toks and LINE_OPENING.search(text, max(0, toks[0].idx - 8), toks[0].idx) and not in_ranges(toks[0].idx, chrome):
                    lines.append((toks, m.start()))
            # a head word ("Ashdown Court: good") or a list of such lines; not one "Food Hygiene – good"
            out += [(toks[0].idx, end, "location", False) for toks, end in lines  # a guess, as above
                    if len(lines) >= 2 or self._company_like(toks)]
        # "X, which provides support to ...": a body (people are "who")
        if self.which_re is not None:
            for m in self.which_re.finditer(low):
                toks = self._run_ending_at(doc, m.start(), person_ok=True)
                if toks and not in_ranges(toks[0].idx, chrome):
                    out.append((toks[0].idx, m.start(), "provider", True))
        # "Pathways Eastfield, run by the charity X, supports 14 people": the service a body runs
        if self.run_by_after_re is not None and "by" in low:
            for m in self.run_by_after_re.finditer(low):
                toks = self._run_ending_at(doc, m.start(), person_ok=False)
                if toks and not in_ranges(toks[0].idx, chrome):
                    out.append((toks[0].idx, m.start(), "location", True))
        # "the provider's largest home, Orchard Rise, kept its rating": a home named after a phrase describing it
        if self.setting_apposition_re is not None:
            for m in finditer_from(self.setting_apposition_re, text, self.setting_apposition_starts):
                if not in_ranges(m.start("name"), chrome) and _key(m.group("name")) not in self.cue_not_names:
                    out.append((m.start("name"), m.end("name"), "location", True))
        # "its home, Heatherfield, was rated": a home named after its owner's possessive (read only on a page with
        # such a noun before a comma: the pattern opens with a possessive, tried at every word)
        if self.owned_setting_re is not None and any(w in text for w in OWNED_SETTING_NOUNS):
            for m in self.owned_setting_re.finditer(text):
                if not in_ranges(m.start("name"), chrome) and _key(m.group("name")) not in self.cue_not_names:
                    out.append((m.start("name"), m.end("name"), "location", True))
        # "the Oakhurst care home": the home's name, the lower-case type word not part of it
        # (the runs the page names as places, "a Kelby care home", "in Kelby": found once a page, when first asked)
        places: set[str] | None = None
        if self.the_name_care_home_re is not None and " home" in text:
            for m in self.the_name_care_home_re.finditer(text):
                name = m.group("name")
                if in_ranges(m.start("name"), chrome) or _key(name) in self.cue_not_names or name.split()[0] in self.not_home_names:
                    continue
                if places is None:
                    places = _places(text)
                if name in places or _longer_name_re(name).search(text):
                    continue  # (or the leading words of a longer name: "the Acme care home" beside "Acme Care Ltd")
                out.append((m.start("name"), m.end("name"), "location", True))
        # "The Larches, our sister home in Kelby, kept its rating": the same phrase after the name
        if self.setting_after_re is not None:
            for m in self.setting_after_re.finditer(text):
                toks = self._run_ending_at(doc, m.start(), person_ok=False)
                if toks and not in_ranges(toks[0].idx, chrome) and _key(doc_text(doc)[toks[0].idx : m.start()]) not in self.cue_not_names:
                    out.append((toks[0].idx, m.start(), "location", True))
        # "Pendlecare runs the home": the provider (NER's person is a person: "Ann Lee runs the home")
        if self.runs_re is not None:
            # (a name ends where a capitalised token does: read there, see the rated subject above)
            matches = finditer_at(self.runs_re, low, self._cap_ends(doc), self.runs_width) if self.runs_width is not None else None
            for m in self.runs_re.finditer(low) if matches is None else matches:
                toks = self._run_ending_at(doc, m.start())
                if toks and not in_ranges(toks[0].idx, chrome):
                    out.append((toks[0].idx, m.start(), "provider", True))
        # "a spokesperson for X", "staff employed by X": a body speaks or employs
        out += self._bodies_after(doc, text, low, chrome, self.speaker_for_re, self.speaker_for_starts)
        out += self._bodies_after(doc, text, low, chrome, self.speaker_from_re, self.speaker_from_starts, min_words=2)
        # "inspectors visited X in March", "an unannounced inspection of X": the service inspected (not a place the
        # page names as one, "in X", nor a name before a lower-case noun: "England maternity services")
        inspected = self._bodies_after(doc, text, low, chrome, self.inspected_object_re, self.inspected_object_starts, kind="location")
        if inspected:
            if places is None:
                places = _places(text)
            out += [found for found in inspected if text[found[0] : found[1]] not in places and not NOUN_AFTER.match(text, found[1])]
        # "Ann Lee, chief executive of Friends in Need": the body a person leads
        out += self._bodies_after(doc, text, low, chrome, self.role_of_re, self.role_of_starts, leader=True)
        # "X provides nursing care for up to 42 people", "X has 42 beds": a service described
        out += self._service_subjects(doc, low, chrome)
        # "Inspectors said X was well run": the subject of a judgement inspectors reported
        seen: list = []  # (the text's word sets, read once: _body_like)
        out += self._found_subjects(doc, text, low, chrome, seen)
        # "According to X, one in four homes ...": the body a claim is credited to
        out += self._according_to_sources(doc, text, low, chrome, seen)
        # "a Brenmoor spokesperson said": the body the speaker speaks for
        if self.speaker_after_re is not None and (self.speaker_after_words is None or _may_hold(text, self.speaker_after_words)):
            for m in self.speaker_after_re.finditer(text):
                toks = self._headless_run(doc, m.start(1))
                if toks and self._end_char(toks[-1]) == m.end(1) and self._cue_name_ok(toks) and not in_ranges(toks[0].idx, chrome) \
                        and _word(toks[-1].text) not in self.speaker_after_not_last:  # "a Downing Street spokesman": a street
                    out.append((toks[0].idx, m.end(1), "provider", True))
        # "the Brevis-run home", "the Health and Plus group": a body without a head word
        for pattern in (self.compound_after_re, self.type_after_re):
            if pattern is None or not contains_any(text, self.compound_after_words if pattern is self.compound_after_re else _required(pattern)):
                continue
            for m in pattern.finditer(text):
                toks = self._headless_run(doc, m.start(1))
                if toks and self._end_char(toks[-1]) == m.end(1) and self._cue_name_ok(toks) and not in_ranges(toks[0].idx, chrome):
                    out.append((toks[0].idx, m.end(1), "provider", True))
        # "X said it would appeal": a body is "it" (a person "he" or "she")
        if self.said_it_re is not None:
            words_seen = None
            for m in finditer_from(self.said_it_re, low, self.said_it_starts):
                toks = self._run_ending_at(doc, m.start())
                if not toks or in_ranges(toks[0].idx, chrome):
                    continue
                if words_seen is None:
                    # the words the text writes in lower case, and those it puts after a capitalised word
                    caps = [(c.start(), c.end(), strip_possessive(c.group(0))) for c in _CAPITAL_WORD.finditer(text)]
                    words_seen = (set(_LOWER_WORD.findall(text)),
                                  {w for (_, e, _), (s2, _, w) in zip(caps, caps[1:]) if 1 <= s2 - e <= 2 and not text[e:s2].strip()})
                if self._said_it_name(toks, *words_seen):
                    out.append((toks[0].idx, m.start(), "provider", True))
        # "the provider, X, said": the name in apposition after a type noun
        if self.appositive_before_re is not None:
            for m in self.appositive_before_re.finditer(low):
                if not text[m.end() : m.end() + 1].isupper():
                    continue
                phrase = " ".join(m.group(1).split())
                toks = self._headless_run(doc, m.end(), person_ok=phrase in self.appositive_before_person_ok)
                if not toks or not self._cue_name_ok(toks) or in_ranges(toks[0].idx, chrome):
                    continue
                if len(toks) > 1 and phrase in self.appositive_before_one_word:
                    continue  # "the home's owner, Ann Lee,": a person as well
                end = self._end_char(toks[-1])
                if len(toks) == 1 and not self._one_word_body(text, low, end):
                    continue
                if re.match(r"\s{0,2}(?:[,.;)]|$)", text[end : end + 3]):
                    out.append((toks[0].idx, end, "provider", True))
        copula = self.copula_re
        kinds = self.appositive_kinds
        table = doc_tokens(doc)
        # A run starting at token i lies within tokens [i, i + 15) (_cap_run), so its end
        # is at most the end of token i + 14: a copula must match in [token.idx, that end].
        copula_at = [m.start() for m in self.copula_at_re.finditer(low)]
        tokens, n_tokens = table.tokens, len(table.tokens)
        for i, (token, token_text) in enumerate(zip(tokens, table.texts)):
            if not copula_at:
                break
            if not token_text[:1].isupper():
                continue
            k = bisect_left(copula_at, token.idx)
            if k == len(copula_at):
                break
            last = tokens[min(i + 14, n_tokens - 1)]
            if copula_at[k] > last.idx + len(last.text):
                continue
            # "14 Fenwick Road is a care home for ...": a house number may open the sentence
            numbered = not self._sentence_start(token) and self._number_opens(doc, token)
            if not (numbered or self._sentence_start(token)) or in_ranges(token.idx, chrome):
                continue
            toks = self._headless_run(doc, token.idx, person_ok=True)  # the type says what it is
            if not toks or numbered and self._address(text, toks[0].idx, self._end_char(toks[-1])) is None:
                continue
            m = copula.match(low, self._end_char(toks[-1]))
            if m:
                phrase = next(t for t, _ in self.appositive_types if m.group(0).rstrip().endswith(t))
                out.append((toks[0].idx, self._end_char(toks[-1]), kinds[phrase], True))
        if self.located:
            located = self.located_re
            for m in located.finditer(low):
                before = doc.char_span(max(0, m.start() - 1), m.start(), alignment_mode="expand")
                if before is None:
                    continue
                # the capitalised run that ends at the comma
                i = before.end - 1
                while i > 0 and i - 1 >= before.end - 8 and (self._is_cap(doc[i - 1]) or fold(doc[i - 1].text) in self.connectors) \
                        and not self._line_break_after(doc[i - 1]):
                    i -= 1
                toks = self._headless_run(doc, doc[i].idx, person_ok=True)  # places are located, people are not
                if toks and self._end_char(toks[-1]) == m.start() and not in_ranges(toks[0].idx, chrome):
                    out.append((toks[0].idx, m.start(), "location", True))
        for m in (self.parties_re.finditer(text) if self.party_words is None or _may_hold(text, self.party_words) else ()):
            word = fold(m.group(1))
            if doc.char_span(m.start(1), m.end(1)) is None or in_ranges(m.start(1), chrome):
                continue
            if word in self.start_words or word in self.function_words or word in self.generic or word in self.not_parties:
                continue
            if word in self.role_words or word in self.months or word in self.head_words:
                continue
            if not text[m.end(1) : m.end()].strip().islower():
                continue  # the noun in lower case: not "Party Conference"
            out.append((m.start(1), m.end(1), "other", True))
        return out

    def _number_opens(self, doc: Doc, token: Token) -> bool:
        """Does a house number open the sentence right before `token` ("22 Station Road is a
        home for ...", "4-6 Mill Lane was rated good"): a home registered under its address?"""
        text = doc_text(doc)
        m = _NUMBER_BEFORE.search(text, max(0, token.idx - 16), token.idx)
        if m is None:
            return False
        first = doc.char_span(m.start(), m.start() + 1, alignment_mode="expand")
        return first is not None and self._sentence_start(first[0])

    def _cap_run(self, doc: Doc, char: int) -> tuple[int, int] | None:
        span = doc.char_span(char, min(len(doc_text(doc)), char + 1), alignment_mode="expand")
        if span is None:
            return None
        i = span.start
        table = self._table(doc)
        if not table.extra["caps"][i]:
            return None
        # a window of the Doc itself: Span.as_doc() copies the whole Doc's arrays
        # (n² over a text with many cues)
        for start, end in self._chunks(doc, i, min(len(doc), i + 15)):
            if start != i:
                break
            toks = table.tokens[start:end]
            # "Fernco in May 2019": a date after the name is not part of it
            cut = next((k for k in range(1, len(toks) - 1) if fold(toks[k].text) in self.place_connectors
                        and fold(toks[k + 1].text) in self.months), None)
            toks = toks[:cut]
            # "run by X Ltd for Y NHS Trust", "run by X Ltd and Y Homes": the company's name ends at its
            # suffix (the grammar reads the second name on its own)
            cut = next((k for k in range(1, len(toks) - 1) if fold(toks[k].text) in self.suffix_split_connectors
                        and (fold(toks[k - 1].text) in self.company_suffixes
                             or k >= 2 and toks[k].text == "for" and fold(toks[k - 1].text) in self.for_split_heads)), None)
            toks = toks[:cut]
            # "run by X Care and Ann Lee is its manager": a person after "and" (an entity of the accurate
            # profile that begins there) is no part of the name
            cut = next((k for k in range(1, len(toks) - 1) if toks[k].text in ("and", "&") and toks[k + 1].ent_type_ == "PERSON"
                        and toks[k + 1].ent_iob_ == "B"), None)
            toks = toks[:cut]
            # "run by X Care Group at Town": a place after a name that ends in its head
            words = self._words(toks)
            cut = next((k for k in range(1, len(toks) - 1) if words[k] in self.place_connectors
                        and (self._head_end(words[:k]) or (0,))[0] == k and self._head_end(words[k + 1 :]) is None), None)
            toks = toks[:cut]
            while toks and fold(toks[-1].text) in self.function_words:
                toks = toks[:-1]
            if toks and self._words(toks)[0] not in self.role_words:
                return toks[0].idx, self._end_char(toks[-1])
        return None
