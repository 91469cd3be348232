"""cqc_investments: sums of money committed to a purpose (SPEC.md §2).

Reads every amount `money.find_amounts` finds and the words of its sentence;
writes `doc._.cqc_investments` (list of dicts: amount_gbp, description,
timing, evidence). Whether a sum is an investment is decided from the words
around it (models/vocab/money.json), never from the amount:

* a purpose must attach to the sum: a purpose phrase after it ("£14m in new
  ambulances", "£183,000 to improve ...", "£1.5bn of investment in building
  ..."), a project noun right after it ("a £16.9m project to ...", "the £12m
  home"), or "X, which cost £N" with X a project or a name;
* nothing in its clause vetoes it: fines, costs, deficits, payments,
  compensation, salaries, budgets ("fined £N", "£N in costs", "deficit of
  £N"), money asked or bid for, speculation ("might cost £N"), or a purpose
  that is only a recipient ("£5m for the trust") or a deficit ("to cover its
  deficit").

Works on the raw text with regexes (same result with and without a parser).
Mentions of the same amount are one commitment: one item, the clearest
description (a proper name, else body text before headlines).
"""

from __future__ import annotations

import re
from collections import deque
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from ..money import MoneyMention, find_amounts
from ..prefilter import alternation, contains_any, literal_led, required_literals
from ..text import fold_keep_offsets
from .base import AssetComponent, doc_folded, doc_text, evidence
from .page_layout import doc_chrome
from .story_lines import OtherStories, sentences

# How far from a sum (in characters) its description, timing and vetoes are read.
MAX_REACH = 1500
MONEY_VOCAB = "vocab/money.json"  # (cqc_actions borrows its other_stories heads)
_CLAUSE_BREAK = re.compile(r"[,;:()\[\]–—]|\s-\s")
_WORD = re.compile(r"[\w'’£-]+")
_QUOTES = {'"', "“", "”"}
_QUOTED_WORDS = re.compile(r"[\"“”][a-z][\w'’-]{0,30}(?:\s[a-z][\w'’-]{0,30}){0,2}[\"“”](?=\s[a-z])")

FUNCTION_WORDS = (
    "in|into|on|for|to|of|from|and|or|the|a|an|its|their|his|her|our|this|that|these|those|"
    "is|are|was|were|be|been|has|have|had|will|would|with|by|at|as|which|who"
)


# cost_left_re needs this at the end of the text before the sum: a cheap test first.
_COST_END = re.compile(
    r"cost(?:ing)?\s+(?:(?:about|around|some|nearly|almost|roughly|approximately|more\s+than|over|up\s+to"
    r"|upwards\s+of|in\s+excess\s+of|an\s+estimated|just\s+over|just\s+under)\s+)?$"
)
_SPACE_RUN = re.compile(r"\s{2,}")


def _squeeze_spaces(text: str) -> tuple[str, list[int]]:
    """`text` with each whitespace run cut to its first character, and for each
    character of the result its offset in `text`."""
    parts: list[str] = []
    index: list[int] = []
    last = 0
    for m in _SPACE_RUN.finditer(text):
        parts.append(text[last : m.start() + 1])
        index.extend(range(last, m.start() + 1))
        last = m.end()
    parts.append(text[last:])
    index.extend(range(last, len(text)))
    return "".join(parts), index


# "...the new Hartley Wing": 1-6 capitalised words at the end, single spaces
# between them. Each word starts a new match element, so there is one way to
# match; `(?:[A-Z][\w'’-]*\s?){2,6}$`, which it replaces, could split a word at
# every capital ("AAAA...") and took minutes on 60 capitals and a "!".
_CAPS_TAIL = re.compile(r"[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,5}\s?$")


def _capitalised_tail(text: str) -> str | None:
    r"""The leftmost tail of `text` made of 2-6 runs each starting with a capital
    (what `re.findall(r"(?:[A-Z][\w'’-]*\s?){2,6}$", text)[0]` found): the
    longest run of capitalised words at the end with at least two capitals."""
    m = _CAPS_TAIL.search(text)
    if m is None or sum("A" <= c <= "Z" for c in m.group()) < 2:
        return None
    return m.group()


def _last_word(text: str, lo: int, hi: int) -> str:
    """The last whitespace-separated word of text[lo:hi] ("" if none), read back from `hi`: what
    `text[lo:hi].split()[-1]` gives, without splitting the whole span again for each position."""
    j = hi
    while j > lo and text[j - 1].isspace():
        j -= 1
    k = j
    while k > lo and not text[k - 1].isspace():
        k -= 1
    return text[k:j]


def _is_name(phrase: str) -> bool:
    """A run of capitalised words only ("Brenton Health NHS Trust"): a recipient, not a purpose."""
    words = phrase.split()
    return bool(words) and all(w[:1].isupper() or w.lower() in ("of", "and", "for", "the") for w in words)


def _has_content(phrase: str, period_words: frozenset[str] | set[str] = frozenset()) -> bool:
    """A phrase with a word that is not a number or a date word ("2015", "March 2021",
    "your first month" are not purposes); `period_words`: more such words (money.json)."""
    dates = period_words | {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
             "november", "december", "spring", "summer", "autumn", "winter", "year", "years", "month", "months",
             "last", "next", "this", "early", "late", "mid", "the", "in", "of", "by"}
    return any(w.lower() not in dates for w in re.findall(r"[A-Za-z][\w'’-]*", phrase))


def words_re(fragments: list[str]) -> re.Pattern[str]:
    # (the same matches, found faster: prefilter.literal_led)
    return literal_led(re.compile(r"(?<![\w-])" + alternation(fragments) + r"(?![\w-])"))


@dataclass
class _Candidate:
    mention: MoneyMention
    description: str | None
    timing: str | None
    headline: bool
    proper: bool
    restates: bool = False  # "the investment of £N", "the £N grant": a definite noun for money told before
    distinct: bool = False  # "a separate £2.9m scheme", "a further £2m": money told as other than any before


class Investments(AssetComponent):
    """`vocab`: the money cues; `max_reach`: characters read either side of an amount."""

    def __init__(self, nlp, name: str, vocab: str = MONEY_VOCAB, max_reach: int = MAX_REACH):
        self.vocab, self.max_reach = vocab, max_reach
        super().__init__(nlp, name, asset_files=(vocab,))

    def _compile(self) -> None:
        d = self.assets[self.vocab]
        self.restated_nouns = frozenset(d.get("restated_nouns", ()))
        self.restated_fillers = frozenset(d.get("restated_fillers", ()))
        self.min_amount = Decimal(str(d["min_amount_gbp"]))
        self.price_after = re.compile(d["small_price_after"])
        self.price_before = re.compile(d["small_price_before"])
        mech = alternation(d["mechanism_nouns"])
        project = alternation(d["project_nouns"])
        commit = alternation(d["commit_verbs"])
        adverbs = alternation(d["adverbs"])
        word = rf"(?!(?:{FUNCTION_WORDS})\b)[\w'’-]+"
        per = r"(?:\s+(?:a|per|each|every)\s+(?:year|annum|month|week)|\s+annually)"
        self.per_re = re.compile(rf"^{per}")
        # After the sum: [a year] [of <mechanism>] [from <funder>] [has been <verb>] [adverb] <prep> <purpose>
        funding_verbs = alternation(d["funding_verbs"] + d["commit_verbs"])
        short_time = (
            r"(?:\s+(?:over|within|during|by|in|from|for|since)\s+(?:the\s+)?(?:next\s+|coming\s+|first\s+)?"
            r"(?:few\s+|\w+\s+)?(?:years?|months?|weeks?|\d{4}(?:/\d\d)?)"
            r"|\s+(?:this|next|last)\s+(?:financial\s+)?(?:year|month|spring|summer|autumn|winter))"
        )
        self.purpose_re = re.compile(
            rf"^(?:{per})?(?:{short_time})?"
            # ("£28,000 of their own money on ...": whose money it is)
            rf"(?:\s+(?:(?:of|in)\s+)?(?:(?:its|their|our|his|her)\s+own\s+)?(?:{word}\s+){{0,2}}?{mech}\b)?"
            rf"(?:\s+(?:from|by)\s+[^,.;:]{{1,60}}?)?"
            # (a definite doer may come first: "the £250m the government has set aside for ...")
            rf"(?:(?:\s+(?:that|which))?(?:\s+(?:the|its|their|our)(?:\s+{word}){{1,2}}(?=\s+(?:has|have|had|will|is|are|was|were)\s))?"
            rf"\s+(?:has|have|had|will|would|is|are|was|were|being|to)(?:\s+(?:been|be|now|also|already|being|largely|partly|mainly))*\s+{funding_verbs}\b"
            # a bare participle: "the £2m invested in the ward"
            rf"|(?:\s+of\s+(?:it|this|that|them))?\s+{alternation(d['invest_participles'])}(?![\w-]))?"
            # ("has been secured from the League of Friends for ...": the funder after the verb)
            rf"(?:\s+from\s+[^,.;:]{{1,60}}?(?=\s+(?:for|towards|to)\s))?"
            rf"(?:{short_time})?"
            rf"(?:,?\s+{adverbs}\b,?)?"
            rf"(?:\s+(?P<prep>in|into|on|for|towards|toward|to)\s+|\s+(?=[a-z]+ing\s)"
            # a verb whose object is the purpose: "a £750,000 injection will fund ten new beds"
            rf"|\s+(?:(?:will|would|is\s+to|are\s+to|to|has|have|had)\s+(?:(?:be|been|now|also|help|help\s+to)\s+)*)?(?P<objverb>{alternation(d['object_verbs'])})\s+)"
            rf"(?P<purpose>\S)"
        )
        self.spend_capital = re.compile(d["spend_capital"])
        # "To modernise its ward, the trust will receive £2m": group verb, then the purpose up to the comma
        self.purpose_lead = re.compile(r"\W{0,3}to\s+(?P<purpose>(?P<verb>[a-z][\w'’-]*)[^,;:.!?]{1,100}?)\s*,\s*$")
        self.commit_left = re.compile(r"(?<![\w-])" + commit + r"(?![\w-])")
        # a building verb anywhere (spend_capital without its anchor), then its object
        self.capital_verb = re.compile(r"(?<![\w-])" + d["spend_capital"].removeprefix("^") + r"\s+")
        self.at_cost = re.compile(d["at_cost"])
        self.paid_by = re.compile(d["paid_by"])
        # "a £38,000 grant", "£1.4m of national funding", "£42,000 from a local foundation"
        self.mech_after = re.compile(rf"\s+(?:(?:of\s+)?(?:(?!(?:{FUNCTION_WORDS})\b)[\w'’-]+\s+){{0,2}}?{mech}(?![\w-])|from\s)")
        self.np_trailing_participle = re.compile(d["np_trailing_participle"])
        determiner = alternation([re.escape(w) for w in d["np_determiners"]])
        self.np_determiner = re.compile(r"(?<![\w'’-])" + determiner + r"\s+")
        self.np_leading_determiner = re.compile(r"^" + determiner + r"\s+", re.I)
        self.np_not_after = frozenset(d["np_not_after"])
        self.new_before = re.compile(d["new_before"])
        self.conditional_ask = re.compile(d["conditional_ask"])
        self.counterfactual = re.compile(d["counterfactual"])
        # (issue 15) a window holding none of the words every counterfactual holds ("would", "been", ...) is not
        # searched: the pattern opens with lookbehinds, tried at every character of each sum's window
        self.counterfactual_words = required_literals(self.counterfactual)
        # a page holding none of its nouns ("bid", "appeal", ...) is not searched at every sum
        self.conditional_literals = required_literals(self.conditional_ask)
        self.head_verb_search = re.compile(r"\s+(?:" + alternation(d["head_verbs"]) + r")(?![\w'’-])")
        self.spend_only_re = re.compile(r"(?<![\w-])spen(?:d|ds|t|ding)(?![\w-])")
        self.spend_left_re = re.compile(r"(?<![\w-])(?:spen(?:d|ds|t|ding)|invest(?:s|ed|ing)?|us(?:e|es|ed|ing))(?![\w-])")
        # Right after the sum: a project noun within the first words ("£12.5m endoscopy unit").
        self.attr_re = re.compile(rf"^(?:-?plus|\+)?(?:{per})?(?:{d['size_after_comma']})?\s+(?:of\s+)?(?P<attr>(?:(?:{word}|and|&)\s+){{0,4}}?{project})(?![\w-])")
        # "Ashby City Hospital, which cost £411m", "a new ward costing £2m"
        self.cost_left_re = re.compile(
            r"(?P<np>[^,;:.()–—]{2,90}?)\s*,?\s+(?:(?:which|that)\s+(?:has\s+|have\s+|will\s+|is\s+|was\s+)?)?"
            # ("..., expected to cost £N": the participle alone after a comma)
            r"(?:cost|costing|will\s+cost|(?:(?:is|are|was|were)\s+|(?<=,\s))(?:set|expected|estimated|due|likely)\s+to\s+cost)\s+"
            r"(?:(?:about|around|some|nearly|almost|roughly|approximately|more\s+than|over|up\s+to|upwards\s+of|in\s+excess\s+of|an\s+estimated|just\s+over|just\s+under)\s+)?$"
        )
        self.project_re = re.compile(rf"(?<![\w-]){project}(?![\w-])")
        self.veto_left = words_re(d["veto_left"])
        self.veto_right = re.compile(
            rf"^(?:{per})?\s+(?:(?:of|in)\s+)?(?:{word}\s+){{0,2}}?{alternation(d['veto_right'])}(?![\w-])"
        )
        self.veto_purpose = words_re(d["veto_purpose"])
        self.recipient = re.compile(alternation(d["recipient_purpose"]))
        # "raised £5,000 for the hospice": a place money is given to (not spent on or in)
        self.recipient_place = re.compile(alternation(d["recipient_place"]))
        # "£100m for trusts in special measures": a recipient, then where or which it is.
        self.recipient_lead = re.compile(alternation(d["recipient_lead"]) + d["recipient_lead_tail"])
        self.fund_noun = words_re(d["fund_nouns"])
        # what a cost may be of without being a project: "the Eastmoor Inquiry, which cost £13m"
        self.not_project = words_re(d["not_projects"])
        self.funder_then_money = re.compile(
            rf"(?:\s*(?:of|and|&|for|[\w'’-]+)\s+){{0,4}}?(?:{mech}|{alternation(d['fund_nouns'])}|{alternation(d['veto_right'])})(?![\w-])"
        )
        self.empty_purpose = re.compile(alternation(d["empty_purposes"]))
        self.other_stories = OtherStories(d["other_stories"])
        self.period_words = set(d["period_words"])
        restating = alternation(d["restating_nouns"])
        self.restating_left = re.compile(
            rf"(?<![\w-])(?:the|this|that)\s+(?:{restating})\s+(?:of|worth|totalling)\s+(?:(?:about|around|some|nearly|almost|just\s+over|just\s+under)\s+)?$")
        # "The money, £696,000 in all, will ...": the sum set off after a definite noun for money
        self.restating_apposed = re.compile(rf"(?<![\w-])(?:the|this|that)\s+(?:{restating})\s*,\s*$")
        self.distinct_left = re.compile(r"(?<![\w-])" + alternation(d["distinct_markers"]) + r"\s+$")
        self.restating_det = re.compile(r"(?<![\w-])(?:the|this|that)\s+$")
        self.restating_attr = re.compile(rf"\s+(?:[\w'’-]+\s+){{0,2}}?(?:{restating})(?![\w'’-])")
        self.bare_head_purpose = re.compile(r"\s+(?:will|would|is\s+to|are\s+to|is\s+set\s+to|aims\s+to)\s+(?=[a-z])")
        self.head_verb = re.compile(r"\s+(?:" + alternation(d["head_verbs"]) + r")(?![\w'’-])")
        self.new_marker = words_re(d["new_markers"])
        self.running_purpose = re.compile(r"\s+(?:to|for)\s+" + alternation(d["running_purposes"]) + r"(?![\w-])")
        # "the cost of the project will top £290m": the stated cost of a project.
        self.project_cost_re = re.compile(d["project_cost"].replace("PROJECT", project))
        self.project_antecedent = re.compile(d["project_antecedent"].replace("PROJECT", project))
        self.ask = words_re(d["ask_cues"])
        self.ask_negated = words_re(d["ask_cues_negated"])
        self.proposal = words_re(d["proposal_cues"])
        self.stop_re = re.compile(
            r"[,;:()\[\]–—\"“”!?£]|\s-\s|\.(?:\s|$)|\s(?:and|or|plus)\s+(?=£)|(?<![\w-])" + alternation(d["description_stops"]) + r"(?![\w-])"
        )
        t = d["timing"]
        self.timing_re = self._timing_re(t)
        self.drop_prefix_re = re.compile(r"(?:" + alternation(t["drop_prefixes"]) + r")\s+")

    @staticmethod
    def _timing_re(t: dict[str, Any]) -> re.Pattern[str]:
        months, seasons, numbers = t["months"], t["seasons"], t["numbers"]
        year = r"(?:19|20)\d\d(?:/\d\d)?"
        date = (
            rf"(?:(?:early|late|mid|the\s+end\s+of|the\s+start\s+of|the\s+beginning\s+of|the\s+middle\s+of)[\s-]+)?"
            rf"(?:(?:(?:{months})\s+(?:of\s+)?{year})|(?:(?:the\s+)?(?:{seasons})\s+(?:of\s+)?{year})|{year}"
            rf"|(?:(?:early|late|later)\s+)?(?:next|this|last|the\s+coming)\s+(?:financial\s+)?(?:year|month|week|spring|summer|autumn|winter)"
            rf"|the\s+new\s+year|(?:the\s+)?(?:{seasons})|(?:{months})(?:\s+(?:last|next|this)\s+year)?)"
        )
        period = (
            rf"over\s+(?:the\s+)?(?:next\s+|coming\s+|past\s+|last\s+)?(?:few\s+|(?:{numbers})\s+|a\s+|one\s+)?(?:years?|months?|decades?)"
            rf"|within\s+(?:the\s+next\s+)?(?:{numbers}|a|one)\s+(?:years?|months?)"
            rf"|since\s+the\s+last\s+inspection"
        )
        prefixed = rf"(?:(?:by|before|until|from|since|after|during|in|on)\s+(?:the\s+(?:end|start|beginning|middle|close)\s+of\s+)?)?(?:{date})"
        drops = alternation(t["drop_prefixes"])
        return re.compile(rf"(?<![\w-])(?:(?:{drops})\s+)?(?:{period}|{prefixed})(?![\w-])")

    # ------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        amounts = find_amounts(text)
        if not amounts:
            # (most pages name no sum: their sentences, chrome, other stories and asks are not looked for)
            doc._.cqc_investments = self._merge(doc, [], self.restated_nouns, self.restated_fillers)
            return doc
        folded = doc_folded(doc)
        sents = list(sentences(text))
        # Sums in page chrome or in the page's lists of other stories are not the story's.
        skip = _disjoint(doc_chrome(doc) + self.other_stories.ranges(doc, text))
        skip_starts = [a for a, _ in skip]
        mentions = [m for m in amounts if not _inside(m.start, skip, skip_starts)]
        doc_asks = self._any_ask(folded)
        doc_conditional = contains_any(folded, self.conditional_literals)
        candidates: list[_Candidate] = []
        # Sorted offsets, searched by bisection: scanning every sentence and
        # every other sum for each sum is n² on a text full of sums.
        starts = [s[0] for s in sents]
        ends = sorted(m.end for m in mentions)
        for mention in mentions:
            i = bisect_right(starts, mention.start) - 1
            if i < 0 or not sents[i][0] <= mention.start < sents[i][1]:
                continue
            s_start, s_end, headline = sents[i]
            # A "sentence" of thousands of characters is no sentence (a table, a
            # hostile text): read at most max_reach characters on either side.
            sent = (max(s_start, mention.start - self.max_reach), min(s_end, mention.end + self.max_reach), headline)
            candidate = self._candidate(text, folded, sent, mention, ends, doc_asks, doc_conditional)
            if candidate is not None:
                candidates.append(candidate)
        doc._.cqc_investments = self._merge(doc, candidates, self.restated_nouns, self.restated_fillers)
        return doc

    def _asks(self, folded: str) -> list[re.Match[str]]:
        # finditer's matches do not overlap: their starts and ends both ascend, so the
        # only negated cue that can hold a position is the last starting at or before it
        negated = [(m.start(), m.end()) for m in self.ask_negated.finditer(folded)]
        starts = [a for a, _ in negated]

        def in_negated(pos: int) -> bool:
            k = bisect_right(starts, pos) - 1
            return k >= 0 and pos < negated[k][1]

        return [m for m in self.ask.finditer(folded) if not in_negated(m.start())]

    def _any_ask(self, folded: str) -> bool:
        """`bool(self._asks(folded))`, read only as far as the first ask (and
        the negated cues only when there is one)."""
        negated: list[tuple[int, int]] | None = None
        starts: list[int] = []
        for m in self.ask.finditer(folded):
            if negated is None:
                negated = [(n.start(), n.end()) for n in self.ask_negated.finditer(folded)]
                starts = [a for a, _ in negated]
            k = bisect_right(starts, m.start()) - 1
            if not (k >= 0 and m.start() < negated[k][1]):
                return True
        return False

    def _candidate(self, text, folded, sent, mention, ends, doc_asks, doc_conditional=True) -> _Candidate | None:
        s_start, s_end, headline = sent
        if mention.amount_gbp < self.min_amount and (
                mention.amount_gbp != mention.amount_gbp.to_integral_value()
                or self.price_after.match(folded, mention.end, min(s_end, mention.end + 40))
                or self.price_before.search(folded, max(s_start, mention.start - 40), mention.start)):
            return None  # "Band 1: £26.80", "£10 funds an hour of care", "£13 per hour": prices, not commitments
        left_full = folded[s_start:mention.start]
        # The clause to the left of the sum; stop at the previous sum too
        # (`ends`: every sum's end, sorted).
        clause_start = s_start
        # (the last break's end; deque(maxlen=1) runs the matches through in C: a window of sums holds hundreds)
        last_break = deque(_CLAUSE_BREAK.finditer(left_full), maxlen=1)
        if last_break:
            clause_start = s_start + last_break[0].end()
        j = bisect_right(ends, mention.start) - 1
        if j >= 0 and ends[j] >= s_start:
            clause_start = max(clause_start, ends[j])
        left = folded[clause_start:mention.start]
        left_words = " ".join(_WORD.findall(left)[-8:])
        right_end = s_end
        right = folded[mention.end:right_end]

        # "the cost of the new unit will top £290m": a project's stated cost counts
        # (SPEC: even while its funding awaits approval), whatever "cost of" vetoes elsewhere.
        project_cost = self.project_cost_re.search(left) if "cost" in left else None
        if project_cost is not None and not self.veto_purpose.search(project_cost.group("np")) and not self.veto_right.match(right):
            np_start = clause_start + project_cost.start("np")
            description = text[np_start : clause_start + project_cost.end("np")]
            # "the cost of the project": the new project named before, if any
            if re.fullmatch(r"[\w'’-]+", description.strip()):
                last = None
                for a in self.project_antecedent.finditer(folded, max(0, np_start - self.max_reach), np_start):
                    last = a
                if last is not None:
                    description = text[last.start("np") : last.end("np")]
            timing = self._timing(text, folded, mention, mention.end, s_start, s_end)
            return _Candidate(mention, description, timing, headline, False)
        told = self._told_before(text, folded, mention, s_start, clause_start, right)
        if told is not None:
            return _Candidate(mention, told, self._timing(text, folded, mention, mention.end, s_start, s_end), headline, False)
        if self.veto_left.search(left_words) or self.veto_right.match(right):
            return None
        # "spending £250,000 to fix it sooner would have avoided the fall": money never spent
        if (self.counterfactual_words is None or any(folded.find(w, s_start, s_end) >= 0 for w in self.counterfactual_words)) \
                and self.counterfactual.search(folded, s_start, s_end):
            return None
        # "it costs £50,000 a year to keep a patient there", "£400m a year to provide services":
        # a running cost or income, not a commitment
        per = self.per_re.match(right)
        if per is not None and (re.search(r"(?<![\w-])cost(?:s|ing)?\s+(?:\w+\s+)?$", left) or self.running_purpose.match(right, per.end())):
            return None
        # Money asked or bid for, in the sum's clause (or a proposal the text bids for).
        clause_end = mention.end + (_CLAUSE_BREAK.search(right).start() if _CLAUSE_BREAK.search(right) else len(right))
        if self._asks(folded[clause_start:clause_end]):
            return None
        # A proposal in an article that talks of a bid is money asked for - unless the sum
        # is the stated cost of the planned project itself ("a £500m rebuild ... is being
        # proposed": SPEC, it counts while its funding awaits approval).
        if doc_asks and self.proposal.search(folded[s_start:s_end]) and not self.attr_re.match(right):
            return None
        # "If the bid is successful, the £4m will fund a new ward": money waiting on an ask
        if doc_conditional and self.conditional_ask.search(folded, s_start, s_end) and not self.attr_re.match(right):
            return None

        description, desc_end, proper = self._purpose(text, folded, mention, s_start, s_end, clause_start, headline)
        if description is None:
            return None
        timing = self._timing(text, folded, mention, desc_end, s_start, s_end)
        restates = bool(self.restating_left.search(left) or self.restating_apposed.search(left_full) or (
            self.restating_det.search(left) and self.restating_attr.match(folded, mention.end, s_end)))
        distinct = bool(self.distinct_left.search(left))
        return _Candidate(mention, description, timing, headline, proper, restates, distinct)

    def _cost_left(self, left: str) -> tuple[re.Match[str] | None, int, int]:
        """cost_left_re on the text before a sum: (match, np start, np end) in `left`.

        Its noun phrase may hold spaces and is followed by `\\s*,?\\s+`: on a long
        run of whitespace every start, length and split is tried (1,400 spaces
        before a sum took minutes). So the regex runs only when `left` ends in a
        cost phrase, on `left` with whitespace runs cut to their first character;
        offsets are mapped back."""
        if not _COST_END.search(left):
            return None, 0, 0
        short, index = _squeeze_spaces(left)
        c = self.cost_left_re.search(short)
        if c is None:
            return None, 0, 0
        return c, index[c.start("np")], index[c.end("np") - 1] + 1

    def _purpose(self, text, folded, mention, s_start, s_end, clause_start, headline: bool = False) -> tuple[str | None, int, bool]:
        """(description, its end offset, is a proper name) or (None, ...) if no purpose attaches."""
        right = folded[mention.end:s_end]
        # 1. a proper name right after the sum: "Fairhaven Care's £12 million Oakley Manor"
        name = re.match(r"^\s+((?:[A-Z][\w'’-]*\s?){1,5})", text[mention.end:s_end])
        if (
            name
            and not self.veto_purpose.search(fold_keep_offsets(name.group(1)))
            and not self.fund_noun.search(fold_keep_offsets(name.group(1)))
            and not self.not_project.search(fold_keep_offsets(name.group(1)))
            # "a £2m Lottery grant", "a £3m Department of Health loan": a funder, then what the money is
            and not self.funder_then_money.match(folded, mention.end + name.end(1), s_end)
        ):
            words = name.group(1).split()
            # (a funding mechanism is no name: "the £250m PFI hospital" is a hospital)
            if words and not re.fullmatch(r"(?:The|A|An|In|For|To|On|Of|And|From|By|PFI|PF2|LIFT)", words[0]):
                start = mention.end + name.start(1)
                end = start + len(name.group(1).rstrip())
                return text[start:end], end, True
        # 2. "X, which cost £N": X a project noun or a name.
        c, np_start, np_end = self._cost_left(folded[s_start:mention.start])
        base = s_start
        if c is not None and not self.veto_left.search(" ".join(_WORD.findall(folded[s_start:mention.start])[-8:])):
            np_start = base + np_start
            np_text = text[np_start:base + np_end].strip()
            np_text = re.sub(r"^.*\b(?:is|are|was|were|has|have|had|will|would|be|been)\s+(?:\w+\s+)?(?:\w+ing|\w+ed|built|begun)\s+", "", np_text, flags=re.I)
            np_text = re.sub(r"^(?:(?:and|but|so|while|as|the)\s+)+", "", np_text, flags=re.I)
            caps = _capitalised_tail(np_text)
            # "the board approved plans for a new unit at X, expected to cost £N": the phrase from its last article
            head = np_text[: len(np_text) - len(caps)] if caps else ""
            articles = list(re.finditer(r"(?i)(?<![\w'’-])(?:a|an|the|its|their|our)\s", head))
            if re.search(r"\s(?:at|in)\s+$", head) and len(np_text.split()) > 8 and articles:
                np_text = np_text[articles[-1].start():]
            if self.not_project.search(fold_keep_offsets(np_text)):
                caps = None
                np_text = ""
            # "the new wing at Pellingham General is set to cost £75m": the project at a named place, not the place
            head = np_text[: len(np_text) - len(caps)] if caps else ""
            if caps and re.search(r"\s(?:at|in)\s+$", head) and self.project_re.search(fold_keep_offsets(head)) and len(np_text.split()) <= 8:
                return np_text, mention.start, False
            if caps:
                return caps.strip(), mention.start, True
            if self.project_re.search(fold_keep_offsets(np_text)) and len(np_text.split()) <= 8 and not self.veto_purpose.search(fold_keep_offsets(np_text)):
                return np_text, mention.start, False
        # 3. a purpose phrase: "£14m in new ambulances", "£183,000 specifically to improve ..."
        m = self.purpose_re.match(right)
        # a bare gerund needs a spending verb: "spent £1.6m refurbishing", "£2.8m was spent upgrading"
        if (m is not None and m.group("prep") is None and m.group("objverb") is None
                and not self.spend_left_re.search(folded[clause_start:mention.start])
                and not self.spend_left_re.search(m.group(0))):
            m = None
        if m is not None:
            p_start = mention.end + m.start("purpose")
            given_to = m.group("prep") in ("for", "to", "towards", "toward")
            for _ in range(2):
                description, end = self._phrase(text, folded, p_start, s_end)
                if description is None:
                    return None, 0, False
                d_fold = fold_keep_offsets(description)
                if self.veto_purpose.search(d_fold):
                    return None, 0, False
                lead = self.recipient_lead.match(d_fold)
                if lead is not None:
                    # "£100m for trusts in special measures": a recipient and where it is;
                    # "£1bn for the NHS for winter": the purpose may follow the recipient.
                    if lead.group("onward") is None:
                        return None, 0, False
                    p_start += lead.end()
                    p_start += len(folded[p_start:s_end]) - len(folded[p_start:s_end].lstrip())
                    continue
                # "£3.7bn for 40 new hospitals": what is new is built, not given to
                # (money spent on a name of a building is spent on it: "spend £9.2m on Kestrel Ward")
                named_building = m.group("prep") == "on" and self.project_re.search(d_fold) is not None
                recipient = not self.new_marker.search(d_fold) and (
                    self.recipient.fullmatch(d_fold) or (_is_name(description) and not named_building)
                    or (given_to and self.recipient_place.fullmatch(d_fold))
                )
                if not recipient:
                    last = self.fund_noun.search(d_fold.rstrip()[-12:])
                    if last is not None and d_fold.rstrip().endswith(last.group()):
                        return None, 0, False  # "£150,000 in infection control funding": a funding stream
                    if not _has_content(description, self.period_words) or self.empty_purpose.fullmatch(d_fold.strip()):
                        return None, 0, False  # "for £2m in 2015": a date; "£30m of capital to spend": a verb alone
                    # money only spent on something ("spent £400,000 on taxis") or spent doing something:
                    # a commitment when what it buys is built, improved, new or staff recruited
                    if (m.group("prep") in (None, "on") and m.group("objverb") is None
                            and self.spend_only_re.search(folded[clause_start:mention.start] + " " + m.group(0))
                            and not (self.project_re.search(d_fold) or self.new_marker.search(d_fold)
                                     or self.spend_capital.match(d_fold.strip()))):
                        return None, 0, False
                    # "spend £21.5m on Larkspur Ward, a new 28-bed unit": the name and what it is
                    apposed = re.match(r",\s+(?:a|an)\s+new\s", folded[end:s_end]) if named_building and _is_name(description) else None
                    if apposed is not None:
                        more, more_end = self._phrase(text, folded, end + apposed.start() + 1, s_end)
                        if more is not None:
                            return text[p_start:more_end], more_end, False
                    return description, end, False
                # "£2m to the trust to build ...": a recipient; the purpose may follow it.
                nxt = re.match(r"\s+(?:to|for|towards)\s+(?=\S)", folded[end:s_end])
                if nxt is None:
                    return None, 0, False
                p_start = end + nxt.end()
            return None, 0, False
        # 4. a project noun right after the sum: "a £16.9million project to redevelop ..."
        a = self.attr_re.match(right)
        if a is not None and self.per_re.match(right):
            return None, 0, False  # "a £40,000-a-year care home place": a running cost
        if a is not None:
            start = mention.end + a.start("attr")
            head_end = mention.end + a.end("attr")
            # "the £1.2m project took six months": the clause's verb right after the noun ends the phrase
            limit = head_end if self.head_verb.match(folded, head_end, s_end) else s_end
            min_end: int | None = head_end
            # "a £2.9m scheme will expand its car park": a bare noun for a project tells its purpose in the
            # building verb after it ("the £1.2m project will take six months" does not)
            purpose = self.bare_head_purpose.match(folded, head_end, s_end)
            if (purpose is not None and _bare(folded[start:head_end], self.restated_nouns, self.restated_fillers)
                    and self.spend_capital.match(folded[purpose.end():s_end])):
                start, limit, min_end = purpose.end(), s_end, None
            description, end = self._phrase(text, folded, start, limit, min_end=min_end)
            if description and not self.veto_purpose.search(fold_keep_offsets(description)) and not self.fund_noun.search(fold_keep_offsets(description)):
                return description, end, False
            return None, 0, False  # "the £450m transformation fund": a pot, no purpose
        # 5. "a new £1.7 million children's area in outpatients": what a sum after "new" names is built
        # (told in a sentence of the story: a caption or a headline names no verb that builds it)
        if not headline and self.new_before.search(folded, max(clause_start, mention.start - 20), mention.start) and not self.per_re.match(right):
            first = re.match(rf"\s+(?!(?:{FUNCTION_WORDS})\b)[\w'’-]", right)
            if first is None or self.veto_right.match(right):
                return None, 0, False
            start = mention.end + first.end() - 1
            verb = self.head_verb_search.search(folded, start, s_end)
            limit = verb.start() if verb is not None and folded[start:verb.start()].strip() else s_end
            description, end = self._phrase(text, folded, start, limit)
            if description and _has_content(description, self.period_words):
                d_fold = fold_keep_offsets(description)
                if not self.veto_purpose.search(d_fold) and not self.fund_noun.search(d_fold):
                    return description, end, False
        # 5b. an infinitive of purpose opening the sentence, with a verb of spending or receiving between
        # it and the sum: "To modernise its maternity unit, the hospital will receive an extra £2.6m"
        lead = self.purpose_lead.match(folded, s_start, clause_start)
        if (lead is not None and not headline and self.spend_capital.match(folded[lead.start("verb") : clause_start])
                and self.commit_left.search(folded, clause_start, mention.start)):
            description = text[lead.start("verb") : lead.end("purpose")].strip()
            d_fold = fold_keep_offsets(description)
            if not self.veto_purpose.search(d_fold) and not self.fund_noun.search(d_fold):
                return description, mention.end, False
        return None, 0, False

    def _told_before(self, text, folded, mention, s_start, clause_start, right) -> str | None:
        """What a sum paid for, told before it: "fitted new call bells at a cost of £46,000", "the new hub,
        which opened in 2023 at a cost of £22m", "the sensory garden, paid for by a £38,000 grant"."""
        if self.veto_right.match(right):
            return None
        left = folded[clause_start:mention.start]
        at = self.at_cost.search(left)
        if at is not None:
            # the object of a building verb in the clause: "fitted new call bells in every bedroom"
            verb = None
            for verb in self.capital_verb.finditer(left, 0, at.start()):
                pass
            if verb is not None:
                phrase = self._told_phrase(text, clause_start + verb.end(), clause_start + at.start())
                if phrase is not None:
                    return phrase
            # "X, which opened in 2023 at a cost of £22m": the noun phrase the relative clause hangs on,
            # when the clause tells it built or opened (not "which was scrapped in 2021 at a cost of £12m")
            # ("The Oakley clinic, built at a cost of £8m": a participle clause, the noun or the name before it)
            if verb is not None and clause_start > s_start and (
                    re.match(r"\s*(?:which|that)\s", left) or not left[: verb.start()].strip()):
                phrase = self._noun_phrase_before(text, folded, s_start, clause_start - 1)
                if phrase is None and not left[: verb.start()].strip():
                    name = _capitalised_tail(text[s_start : clause_start - 1].rstrip())
                    phrase = name.strip() if name else None
                return phrase
            return None
        paid = self.paid_by.search(folded, max(s_start, mention.start - 200), mention.start)
        if paid is not None and paid.end() == mention.start and self.mech_after.match(right):
            return self._noun_phrase_before(text, folded, s_start, paid.start())
        return None

    def _noun_phrase_before(self, text, folded, s_start, end) -> str | None:
        """The last noun phrase ending at `end`: from its determiner (not one after a preposition:
        "the family room" in "highlighted the family room opened in May"), a trailing participle dropped."""
        lo = s_start
        for brk in _CLAUSE_BREAK.finditer(folded, s_start, end):
            lo = brk.end()
        start = None
        for det in self.np_determiner.finditer(folded[lo:end]):
            before = _last_word(folded, lo, lo + det.start())
            if before and before in self.np_not_after:
                continue
            start = lo + det.start()
        if start is None:
            return None
        phrase = folded[start:end]
        cut = self.np_trailing_participle.search(phrase)
        if cut is not None and cut.start() > 0:
            end = start + cut.start()
        return self._told_phrase(text, start, end)

    def _told_phrase(self, text, start, end) -> str | None:
        phrase = self.np_leading_determiner.sub("", text[start:end].strip())
        words = _WORD.findall(phrase)
        if not words or len(words) > 12 or words[0].lower() in FUNCTION_WORDS.split("|") or not _has_content(phrase, self.period_words):
            return None
        d_fold = fold_keep_offsets(phrase)
        if self.veto_purpose.search(d_fold) or self.fund_noun.search(d_fold) or self.not_project.search(d_fold):
            return None
        return phrase

    def _phrase(self, text, folded, start, limit, min_end: int | None = None) -> tuple[str | None, int]:
        """The description phrase starting at `start`: up to the first stop word or mark."""
        search_from = start
        if min_end is not None:
            search_from = min_end
        else:
            first = _WORD.match(folded, start)
            if first is not None:
                search_from = first.end()
        stop = self.stop_re.search(folded, search_from, limit)
        # a quoted word inside the phrase ('its "cramped" emergency department') is no stop
        while stop is not None and stop.group() in _QUOTES:
            quoted = _QUOTED_WORDS.match(folded, stop.start(), limit)
            if quoted is None:
                break
            stop = self.stop_re.search(folded, quoted.end(), limit)
        end = stop.start() if stop else limit
        # At most 12 words.
        words = list(_WORD.finditer(text, start, end))
        if len(words) > 12:
            end = words[11].end()
        phrase = text[start:end].strip()
        phrase = re.sub(r"\s+(?:and|or|of|the|a|an|to|for|in|with)$", "", phrase, flags=re.I)
        phrase = re.sub(r"^(?:an?|some)\s+(?=\S)", "", phrase, flags=re.I)
        if len(_WORD.findall(phrase)) == 0:
            return None, start
        return phrase, start + len(text[start:end].rstrip())

    def _timing(self, text, folded, mention, desc_end, s_start, s_end) -> str | None:
        per = self.per_re.match(folded[mention.end:s_end])
        if per is not None:
            return text[mention.end:mention.end + per.end()].strip()
        best = None
        for m in self.timing_re.finditer(folded, s_start, s_end):
            if m.start() >= mention.end:
                distance = m.start() - mention.end
            elif m.end() <= mention.start:
                distance = (mention.start - m.end()) + 40  # prefer what follows
            else:
                continue
            if distance > 160:
                continue
            if best is None or distance < best[0]:
                best = (distance, m)
        if best is None:
            return None
        m = best[1]
        start = m.start()
        drop = self.drop_prefix_re.match(folded, start, m.end())
        if drop is not None:
            start = drop.end()
        elif start == s_start or not folded[s_start:start].strip():
            # sentence-initial "In May 2015 ..." is a setting, not a prefix
            lead = re.match(r"(?:in|on)\s+", folded[start:m.end()])
            if lead:
                start += lead.end()
        return text[start:m.end()]

    @staticmethod
    def _merge_rounded(groups: dict[Decimal, list[_Candidate]], restated: frozenset[str] = frozenset(),
                       fillers: frozenset[str] = frozenset()) -> None:
        """One commitment told twice, once rounded ("£17m" in a headline, "£16.9m"
        in the text), is one item at its most precise amount (SPEC §2): a rounder
        amount within 5 % of a more precise one, said of the same thing (a shared
        description word) or in a headline, joins it."""
        # Only amounts within 5 % with more significant digits are compared: the amounts by their
        # significant digits, each list sorted for bisection (not every near amount sorted and walked
        # for every amount, quadratic in a page of many near sums)
        significant = {a: _significant(a) for a in groups}
        # each group's description words, whether one is a headline's, whether one is bare: kept up to
        # date as groups join (not read again from every description for every pair compared)
        words = {a: set().union(*(_content_words(c.description) for c in g)) for a, g in groups.items()}
        headline = {a: any(c.headline for c in g) for a, g in groups.items()}
        bare = {a: any(c.restates or _bare(c.description, restated, fillers) for c in g) for a, g in groups.items()}
        distinct = {a for a, g in groups.items() if any(c.distinct for c in g)}
        by_digits: dict[int, list[Decimal]] = {}
        for a in sorted(groups):
            by_digits.setdefault(significant[a], []).append(a)
        for rough in sorted(groups, key=significant.__getitem__):
            near = []
            for digits in sorted((d for d in by_digits if d > significant[rough]), reverse=True):
                amounts = by_digits[digits]
                near += amounts[bisect_left(amounts, rough / Decimal("1.06")) : bisect_right(amounts, rough / Decimal("0.94"))]
            for precise in near:
                if rough not in groups or precise not in groups or precise <= 0 or rough in distinct or precise in distinct:
                    continue
                if abs(rough - precise) > precise * Decimal("0.05"):
                    continue
                # "a £20m redevelopment ... the work, costing £20.4m": a bare noun for the project names no other purpose
                if headline[rough] or words[rough] & words[precise] or bare[precise] or bare[rough]:
                    groups[precise].extend(groups.pop(rough))
                    words[precise] |= words[rough]
                    headline[precise] = headline[precise] or headline[rough]
                    bare[precise] = bare[precise] or bare[rough]

    @staticmethod
    def _merge_restated(groups: dict[Decimal, list[_Candidate]], restated: frozenset[str]) -> None:
        """A project's sum told again later with another figure ("a new £9m unit ... the unit will
        cost £9.5m", "the £4.5m ward ... the ward, which cost £4.7m"): a later sum within 10 % of an
        earlier one whose description names nothing the earlier one does not (its words, or bare nouns
        for a project) is the same commitment: one item, at the more precise amount (the earlier on a tie)."""
        if len(groups) < 2:
            return
        amounts = sorted(groups)  # bisection: only amounts within 10 % are compared
        # Each group's first start and words, kept up to date as groups join, and the groups each word is
        # in: a later sum is compared only with the earlier ones holding its rarest word (not with every
        # sum within 10 %, quadratic in a page of many near sums with different purposes).
        first = {a: min(c.mention.start for c in g) for a, g in groups.items()}
        words = {a: set().union(*(_content_words(c.description) for c in g)) for a, g in groups.items()}
        holding: dict[str, set[Decimal]] = {}
        for a, ws in words.items():
            for w in ws:
                holding.setdefault(w, set()).add(a)
        for later in sorted(groups, key=lambda a: -first[a]):
            if later not in groups or later <= 0 or any(c.distinct for c in groups[later]):
                continue
            later_words = words[later]
            if not later_words:
                continue
            lo = bisect_left(amounts, later / Decimal("1.11"))
            hi = bisect_right(amounts, later / Decimal("0.90"))
            need = later_words - restated
            if need:
                rarest = min(need, key=lambda w: len(holding.get(w, ())))
                near = sorted(a for a in holding.get(rarest, ()) if amounts[lo] <= a and (hi == len(amounts) or a < amounts[hi])) if lo < hi else []
            else:
                near = amounts[lo:hi]
            for earlier in near:
                if earlier == later or earlier not in groups or earlier <= 0:
                    continue
                if abs(earlier - later) > max(earlier, later) * Decimal("0.10"):
                    continue
                if first[earlier] >= first[later]:
                    continue
                if not words[earlier] or not need <= words[earlier]:
                    continue
                keep, drop = (later, earlier) if _significant(later) > _significant(earlier) else (earlier, later)
                groups[keep].extend(groups.pop(drop))
                first[keep] = min(first[keep], first[drop])
                for w in words[drop]:
                    holding[w].discard(drop)
                    holding[w].add(keep)
                words[keep] |= words[drop]
                break

    @staticmethod
    def _merge(doc: Doc, candidates: list[_Candidate], restated: frozenset[str] = frozenset(),
               fillers: frozenset[str] = frozenset()) -> list[dict[str, Any]]:
        groups: dict[Decimal, list[_Candidate]] = {}
        for c in candidates:
            groups.setdefault(c.mention.amount_gbp, []).append(c)
        Investments._merge_rounded(groups, restated, fillers)
        Investments._merge_restated(groups, restated)
        items = []
        for amount, group in groups.items():
            # A proper name first, then a short phrase (at most five words), body
            # text before headlines and captions, then the first mention.
            best = sorted(group, key=lambda c: (not c.proper, len((c.description or "").split()) > 5, c.headline, c.mention.start))[0]
            timing = best.timing or next((c.timing for c in group if c.timing), None)
            items.append(
                {
                    "amount_gbp": str(amount),
                    "description": best.description,
                    "timing": timing,
                    "evidence": [evidence(doc, c.mention.start, c.mention.end) for c in group],
                }
            )
        items.sort(key=lambda item: item["evidence"][0]["start"])
        return items


def _disjoint(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted ranges with overlapping ones joined."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(ranges):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def _inside(pos: int, ranges: list[tuple[int, int]], starts: list[int]) -> bool:
    """`pos` inside one of `ranges` (disjoint, sorted; `starts` their starts)."""
    k = bisect_right(starts, pos) - 1
    return k >= 0 and pos < ranges[k][1]


def _significant(amount: Decimal) -> int:
    """Significant digits of an amount: 17000000 -> 2, 16900000 -> 3."""
    digits = amount.normalize().as_tuple().digits
    return len(digits)


def _bare(description: str | None, restated: frozenset[str], fillers: frozenset[str]) -> bool:
    """A description made only of a bare noun for a project ("the work", "the new scheme")."""
    words = re.findall(r"[a-z][a-z'’-]*", (description or "").lower())
    words = [w for w in words if w not in fillers]
    return bool(words) and all(w in restated for w in words)


def _content_words(text: str | None) -> set[str]:
    # "the ward's bays" names the ward: a possessive ending is no other word
    return {re.sub(r"['’]s$", "", w) for w in re.findall(r"[a-z][a-z&'’-]{3,}", (text or "").lower())}


@Language.factory(
    "cqc_investments",
    default_config={"vocab": MONEY_VOCAB, "max_reach": MAX_REACH},
    assigns=["doc._.cqc_investments"],
)
def make_investments(nlp: Language, name: str, vocab: str, max_reach: int) -> Investments:
    return Investments(nlp, name, vocab=vocab, max_reach=max_reach)
