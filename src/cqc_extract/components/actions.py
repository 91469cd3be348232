"""cqc_actions: regulatory enforcement actions the text reports (SPEC.md §2).

Reads the text and `doc.spans["cqc_org"]`; writes `doc._.cqc_actions` (list
of dicts: kind, status, subject, evidence). All cues are regex fragments in
models/vocab/actions.json. For every mention of a kind ("warning notice",
"special measures", "fined", ...):

* its scope is its clause: back to the last hard boundary (";", ":", a dash,
  ", but", ", while", ", and" ...) with relative clauses (", which ...,")
  left out, forward to the next comma;
* a threat, plan, possibility or general statement in that scope ("will",
  "could", "if", "can", "a service that ...") makes it no action, unless the
  sentence reports a recommendation ("the CQC has recommended ...");
* a bare noun with nothing done to it ("special measures and the CQC") is no
  action: the scope needs an event word, a status cue or a verbal kind;
* status from the words just before ("taken out of", "remains in") or after
  ("had been met", "since 2019"); a notice reported met or addressed was
  also imposed;
* subject: the organisation named in the clause (not a regulator), else
  the one an anaphor means ("the trust", "the home", "it"), else the last
  one named before; a count ("two surgeries", "13 others") is a group.

Items are one per (kind, status, subject); a guess from context does not add
an item beside one whose subject the text names. Also (SPEC "Clarified after
real text"): an action against a person (named at the clause head, a role
there, he/she) has subject null (reads `doc._.cqc_people`); a fine that is no
penalty notice is a court's, so a prosecution too; "as it is in special
measures" beside the story's own imposing is no second item; a location told
only what its provider was told is the provider's item; quality and financial
special measures are separate regimes for "lifted supersedes continued".
"""

from __future__ import annotations

import bisect
import re
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from ..prefilter import (alternation, contains_any, literal_led, lookbehind_then_literal_led, required_literal_sets,
                         required_literals)
from ..text import fold_keep_offsets
from .base import REFERENCES_VOCAB, AssetComponent, OrgMention, doc_folded, doc_text, evidence, reference_words
from .investments import MONEY_VOCAB
from .organisations import ORG_SPANS_KEY
from .story_lines import OtherStories, sentences

# How far from a mention (in characters) its status and subject are read.
MAX_REACH = 600
# How far after a counted group ("three trusts") the list naming its members may stand.
GROUP_LIST_REACH = 400
# How far around a bare mention its line (a label, a list head, a headline) is read.
LABEL_REACH = 300
_HARD_BREAK = re.compile(
    r"[;:()\[\]“”\"]|\s[–—-]\s+(?:and|but|while)\s|,\s+(?:and|but|while|whereas|although|though|as|so|yet|or)\s|\s(?:but|while|whereas)\s"
)
# Where the text after a mention leaves its clause (a comma inside a number, "£125,000", does not).
# A coordinated predicate of its own ("... a warning notice and will check ...") also ends it.
# (written to open with the class of every alternative's first character, each alternative's test
# after it, so `re` skips in C to those characters; an opening lookbehind was tried at every one)
_AFTER_STOP = re.compile(
    r"[,;:()\[\]“”\"\s](?:(?<=,)(?<!\d,)|(?<=,)(?!\d{3}(?!\d))|(?<=[;:()\[\]“”\"])"
    r"|(?<=\s)(?:[–—-]\s|(?:which|who|whose|where|until|including)\s"
    r"|(?:and|but)\s+(?:we\s+|it\s+|they\s+|inspectors\s+)?(?:will|would|could|may|might|should|must|can)\s))"
)
# A short aside in brackets ("the emergency department (ED)"): no end of a clause.
_SHORT_BRACKETS = re.compile(r"\([^()\s]{1,8}\)")
# Speech verbs: a person before one speaks about the action, does not undergo it.
_SPEECH = re.compile(r"\b(?:said|says|say|told|tells|added|adds|explained|commented|stated|confirmed|announced|warned|noted|welcomed|believes?)\b")
_PERSONAL = re.compile(r"\b(?:he|she|him)\b|\bher\b(?=\s+(?:to|was|has|had|is|pleaded|admitted)\b)")
_PENALTY_NOTICE = re.compile(r"\bpenalty\s+notices?\b|\bfixed\s+penalt|\bmonetary\s+penalt")
_NAME_AT_HEAD = re.compile(r"\s*(?:The\s+)?[A-Z][\w'’&-]+(?:\s+(?:of\s+|and\s+|&\s+)?[A-Z][\w'’&-]+)+")
_WEAK_CONTINUED = "continued (weak)"
_RELATIVE = re.compile(r",\s+(?:which|who|where|whose)\b[^,;:]*,")
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "both": 2}

# Subject strength: named in the clause > an anaphor > a guess from context.
NAMED, ANAPHOR, GUESS, NONE = 3, 2, 1, 0


class _OrgList(list):
    """The organisations of a Doc sorted by start, with their starts, so a
    lookup by offset bisects instead of scanning them all (hostile inputs name
    thousands), and the "main" organisation of every prefix worked out once."""

    def __init__(self, orgs) -> None:
        super().__init__(orgs)
        self.starts = [o.start for o in self]
        self._prefix_main: list[str] | None = None
        self._named: dict[str, list[str]] = {}

    def between(self, lo: int, hi: int) -> list[OrgMention]:
        """The organisations with lo <= start < hi, in order."""
        return self[bisect.bisect_left(self.starts, lo) : bisect.bisect_left(self.starts, hi)]

    def before(self, start: int) -> int:
        """How many organisations start before `start` (they come first)."""
        return bisect.bisect_left(self.starts, start)

    def main_of_prefix(self, k: int) -> str:
        """`Actions._main(self[:k])` for 0 < k <= len(self), every prefix counted in one pass."""
        if self._prefix_main is None:
            self._prefix_main = []
            counts: dict[str, int] = {}
            rank: dict[str, int] = {}
            best = None
            for o in self:
                if o.kind in ("provider", "location"):
                    c = counts[o.name] = counts.get(o.name, 0) + 1
                    rank.setdefault(o.name, len(rank))
                    # max() keeps the first name counted among the most mentioned
                    if best is None or c > counts[best] or (c == counts[best] and rank[o.name] < rank[best]):
                        best = o.name
                self._prefix_main.append(best if best is not None else self[0].name)
        return self._prefix_main[k - 1]


# What follows a mention up to the end of a ", which/who/that ...," aside; group 1 the words before it.
_CLAUSE_END = re.compile(r"[;:.!?]\s|,")
_NEW_DOER = re.compile(r"\s(?:and|but|so)\s+(?:the\s+)?(?:cqc|care\s+quality\s+commission|regulator|inspectors|we)\s")
_IMPOSING = re.compile(r"\b(?:placed|put|imposed|served|issued|entered|went)\b")
_BULLET_ONLY = re.compile(r"\s*(?:[-•*·–]|\d{1,2}[.)])\s+")
_TERMINAL_MARK = re.compile(r"[.!?][\"'”’)]*$")
# ", the Bedfordshire operator of 11 care homes," after a name: a description of it (group 1 up to its closing comma)
_APPOSITION = re.compile(r"(,\s+(?:the|a|an)\s+[^,;:()]{1,80}),\s")
_RELATIVE_ASIDE = re.compile(r"([^,;:]{0,60}?),\s*(?:which|who|that)\s[^,;:]{1,150},")


def _holds_a_set(text: str, sets: list[tuple[str, ...]] | None, held: dict[str, bool],
                 implied: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] | None = None) -> bool:
    """Whether `text` holds every word of one of `sets` (prefilter.required_literal_sets; None: no test).
    `held` keeps each word's answer for the other kinds. `implied`: for each word, the words inside it
    and the words that hold it; a word found tells the words inside it found, one not found tells
    the words holding it not found ("stop" not found: "stopp" neither), without reading the text."""
    if sets is None:
        return True
    for words in sets:
        for w in words:
            inside = held.get(w)
            if inside is None:
                inside = held[w] = w in text
                if implied is not None:
                    for other in implied[w][0 if inside else 1]:
                        held[other] = inside
            if not inside:
                break
        else:
            return True
    return False


def _re(fragments: list[str]) -> re.Pattern[str]:
    # (the same matches, found faster: prefilter.literal_led; a list whose opening letters are
    # too common for it, the threats, with its lookbehind kept in front)
    plain = re.compile(r"(?<![\w-])" + alternation(fragments) + r"(?![\w-])")
    led = literal_led(plain)
    return led if led is not plain else lookbehind_then_literal_led(plain)


class Actions(AssetComponent):
    """`vocab`: the action cues; `references_vocab`: the reference words ("the
    trust", "the home"; owned by cqc_organisations); `org_spans_key`: where
    cqc_organisations put its mentions; `max_reach`: characters read either
    side of a mention."""

    def __init__(self, nlp, name: str, vocab: str = "vocab/actions.json",
                 references_vocab: str = REFERENCES_VOCAB, org_spans_key: str = ORG_SPANS_KEY,
                 max_reach: int = MAX_REACH, money_vocab: str = MONEY_VOCAB):
        self.vocab, self.references_vocab, self.money_vocab = vocab, references_vocab, money_vocab
        self.org_spans_key, self.max_reach = org_spans_key, max_reach
        super().__init__(nlp, name, asset_files=(vocab, references_vocab, money_vocab),
                         borrowed_files=(references_vocab, money_vocab))

    def _compile(self) -> None:
        # the page's lists of other stories ("Most viewed", "More from X"): the same heads cqc_investments reads
        self.other_stories = OtherStories(self.assets[self.money_vocab]["other_stories"])
        d = self.assets[self.vocab]
        self.kinds = {kind: _re(frags) for kind, frags in d["kinds"].items()}
        self.verbal = re.compile(r"(?<![\w-])" + alternation(d["verbal_kinds"]))
        self.events = _re(d["events"])
        self.lifted_before = re.compile(r"(?<![\w-])" + alternation(d["lifted_before"]) + r"\s+(?:[\w'’-]+\s+){0,4}$")
        self.lifted_after = re.compile(r"^\s*" + alternation(d["lifted_after"]) + r"(?![\w-])")
        self.not_done = re.compile(d["not_done"])
        self.negated_before = re.compile(d["negated_before"])
        self.imposed_duration = re.compile(d["imposed_duration"])
        self.action_labels = re.compile(d["action_labels"])
        self.met_relative = re.compile(d["met_relative"])
        self.lifted_relative = re.compile(d["lifted_relative"])
        self.entered_relative = re.compile(d["entered_relative"])
        self.entry_span_before = re.compile(d["entry_span_before"])
        self.lifted_after_aside = re.compile(d["lifted_after_aside"])
        self.unnamed_member = re.compile(d["unnamed_member"])
        self.self_cancel_before = re.compile(d["self_cancel_before"])
        self.self_cancel_mention = re.compile(d["self_cancel_mention"])
        self.regulator_doer = re.compile(d["regulator_doer"])
        self.generic_before = re.compile(d["generic_before"])
        self.generic_after = re.compile(d["generic_after"])
        self.generic_question = re.compile(d["generic_question"])
        self.generic_lead = re.compile(d["generic_lead"])
        self.generic_under = re.compile(d["generic_under"])
        self.generic_subject = re.compile(d["generic_subject"])
        self.court_cues = re.compile(d["court_cues"])
        self.against_person = re.compile(d["against_person"])
        self.all_of_group = re.compile(d["all_of_group"])
        self.imposed_participle = re.compile(d["imposed_participle"])
        self.past_spell_before = re.compile(d["past_spell_before"])
        self.failed_complement = re.compile(d["failed_complement"])
        self.past_spell_after = re.compile(d["past_spell_after"])
        self.past_spell_still = re.compile(d["past_spell_still"])
        self.career_cues = re.compile(d["career_cues"])
        self.career_verbs = re.compile(d["career_verbs"])
        self.career_doer = re.compile(d["career_doer"])
        self.other_regime = re.compile(d["other_regime"])
        self.form_of = re.compile(d["form_of"])
        self.continued_later = re.compile(r"[^.;:!?]{0,120}?" + d["continued_later"])
        self.headline_for = re.compile(d["headline_for"])
        self.met_after = re.compile(r"^\s*" + alternation(d["met_after"]) + r"(?![\w-])")
        # a lifting cue that says the notice was met or addressed: it was served first
        self.met_before = re.compile(alternation(d["met_before"]) + r"(?![\w-])")
        self.continued_before = re.compile(r"(?<![\w-])" + alternation(d["continued_before"]) + r"\s+(?:[\w'’-]+\s+){0,3}$")
        self.continued_after = re.compile(r"^\s*" + alternation(d["continued_after"]) + r"(?![\w-])")
        self.not_lifted_before = re.compile(r"(?<![\w-])" + alternation(d["not_lifted_before"]) + r"\s+(?:[\w'’-]+\s+){0,4}$")
        self.continued_weak = re.compile(d["continued_weak"])
        self.decided_future = re.compile(d["decided_future"])
        self.decided_continued = re.compile(d["decided_continued"])
        self.decided_continued_after = re.compile(d["decided_continued_after"])
        self.runner_before = re.compile(d["runner_before"])
        self.runner_subject = re.compile(d["runner_subject"])
        self.lifted_and_imposed = re.compile(d["lifted_and_imposed"])
        self.described_lead = re.compile(d["described_lead"])
        self.described_apposition = re.compile(d["described_apposition"])
        self.person_head = re.compile(d["person_head"])
        # "said he was delighted the practice had come out of ...": the pronoun speaks, the clause after it is about another
        self.speaker_pronoun = _re(d["speaker_pronoun"])
        self.decided_future_not = re.compile(d["decided_future_not"])
        self.person_nouns = _re(d["person_nouns"])
        self.lifted_later = re.compile(r"[^.;:!?]{0,160}?" + d["lifted_later"])
        self.threats = _re(d["threats"])
        self.recommendations = _re(d["recommendations"])
        self.regime = _re(d["regime_alias"])
        self.notice = _re(d["notice_alias"])
        self.conditions_alias = _re(d["conditions_alias"])
        self.condition_alias = re.compile(r"(?<![\w-])" + d["condition_alias"])
        self.condition_imposed = re.compile(d["condition_imposed"])
        self.not_subject = _re(d["not_subject"])
        self.group = re.compile(d["group_subject"])
        # every match of it holds one of these plural nouns: a window without one is not searched
        self.group_literals = required_literals(self.group)
        self.coordination = re.compile(d["coordination"])
        refs = reference_words(self.assets[self.references_vocab], d.get("references_unused", ()))
        self.anaphors = {
            cls: re.compile(r"(?<![\w-])(?:the|this|that|its|their)\s+(?:[\w'’-]+\s+){0,2}?(" + alternation(refs[cls]) + r")(?![\w-])")
            for cls in ("trust", "provider", "location")
        }
        self.generic = set(refs["generic"])
        self.pronoun = re.compile(r"(?<![\w-])(?:it|they|its|their|them)(?![\w-])")
        # the words each kind's (and alias's) every match contains: a sentence without one is not searched
        self.required = {kind: required_literals(regex) for kind, regex in self.kinds.items()}
        # finer: sets of words one of which a match holds all of (a text that holds none whole is not searched)
        # (each set's words longest first: a long word is rarer, and a set fails at its first missing word)
        # (each set's words: first a word of five or more letters that many sets ask for, one answer for them
        # all, then the longest first: a long word is rarer, and a set fails at its first missing word)
        raw_sets = {kind: required_literal_sets(rx) for kind, rx in self.kinds.items()}
        asked: dict[str, int] = {}  # word -> how many sets ask for it
        for sets in raw_sets.values():
            for ws in sets or ():
                for w in ws:
                    asked[w] = asked.get(w, 0) + 1

        def first(w: str) -> tuple[int, int, str]:
            return (-(asked[w] if len(w) >= 5 else 0), -len(w), w)

        self.required_sets = {kind: None if sets is None else [tuple(sorted(ws, key=first)) for ws in sets]
                              for kind, sets in raw_sets.items()}
        self.implied_words = {w: (tuple(o for o in asked if o != w and o in w), tuple(o for o in asked if o != w and w in o))
                              for w in asked}
        self.required_alias = {"regime": required_literals(self.regime), "notice": required_literals(self.notice),
                               "conditions": required_literals(self.conditions_alias)}

    # ------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        folded = doc_folded(doc)
        mentions = self._mentions(text, folded)
        if mentions:
            # "Most viewed\n2  Care home chain fined £300,000": another story's action
            other = self.other_stories.ranges(doc, text)
            if other:
                mentions = [m for m in mentions if not any(a <= m[2] < b for a, b in other)]
        if not mentions:
            doc._.cqc_actions = []  # (no action named: the organisations and people are not gathered)
            return doc
        orgs = self._orgs(doc)
        # sorted, so a clause's people are found by bisection (only whether one fits matters)
        people = sorted((ev["start"], ev["end"]) for p in (doc._.cqc_people or []) for ev in p.get("evidence", []))
        found: dict[tuple[str, str, str | None], dict[str, Any]] = {}
        seen: dict[tuple[str, str, str | None], set[tuple[int, int]]] = {}  # each item's evidence offsets
        last_group: dict[str, list[tuple[str | None, int]]] = {}  # kind -> the subjects of its last group told
        self._scopes = {}
        for sent, kind, start, end in mentions:
            if kind == "suspension" and self._suspended_person(text, folded, orgs, people, sent, start, end):
                continue  # "two nurses were suspended": an employer's act, not the regulator's
            if self._not_the_story(folded, people, sent, kind, start, end):
                continue  # a person's career, another regulator's regime
            subjects = None  # the same for every status of a mention
            for status in self._statuses(folded, sent, kind, start, end):
                weak = status == _WEAK_CONTINUED
                status = "continued" if weak else status
                if subjects is None:
                    subjects = self._subjects(folded, orgs, people, sent, start, end)
                    if len(subjects) > 1:
                        last_group[kind] = subjects
                    elif (kind in last_group and subjects[0][1] < NAMED
                          and self.all_of_group.match(self._scope(folded, sent, start, end)[1])):
                        subjects = last_group[kind]  # "... and special measures remain in place at both"
                for subject, strength in subjects:
                    key = (kind, status, subject)
                    item = found.setdefault(key, {"kind": kind, "status": status, "subject": subject, "evidence": [], "_strength": strength, "_weak": True,
                                                  "_sents": set(), "_firm": set()})
                    item["_strength"] = max(item["_strength"], strength)
                    item["_weak"] = item["_weak"] and weak
                    item["_sents"].add(sent)
                    if status == "continued" and not weak and self._firm_state(folded, sent):
                        item["_firm"].add(sent)
                    if (start, end) not in seen.setdefault(key, set()):
                        seen[key].add((start, end))
                        item["evidence"].append(evidence(doc, start, end))
        self._scopes = {}
        self._court_fines(folded, found)
        kinds = {o.name: o.kind for o in orgs}
        doc._.cqc_actions = self._tidy(_headline_echoes_dropped(text, list(found.values())), kinds)
        return doc

    def _suspended_person(self, text, folded, orgs, people, sent, start, end) -> bool:
        """A bare "was suspended" (no registration named) said of staff, a person or
        anything that is not a provider ("routine inspections were suspended")."""
        mention = folded[start:end]
        if "regist" in mention or "suspension" in mention or " from " in mention:
            return False  # "suspended X from providing care": the provider
        clause_start = sent[0]
        for m in _HARD_BREAK.finditer(folded, sent[0], start):
            clause_start = m.end()
        if self.person_nouns.search(folded, clause_start, start):
            return True
        # "the CQC suspended X Clinic": what was suspended is named right after the verb (a name the
        # organisation finder missed too, unless a person's)
        if orgs.between(end, end + 2):
            return False
        if _NAME_AT_HEAD.match(text, end, sent[1]) and not any(end <= a <= end + 6 for a, _ in people):
            return False
        if self._individual(folded, orgs, people, clause_start, start):
            return True
        # what was suspended must be a provider or a service: named, "the clinic", "it"
        if orgs.between(clause_start, start):
            return False
        scope = folded[clause_start:start]
        if any(self.anaphors[cls].search(scope) for cls in ("trust", "provider", "location")):
            return False
        if _NAME_AT_HEAD.match(text, clause_start, start):
            return False  # a name the organisation finder missed ("Larkspur Clinic, ..., was suspended")
        return not re.search(r"\bit\b", scope)

    def _not_the_story(self, folded, people, sent, kind: str, start: int, end: int) -> bool:
        """A mention that tells no action of the story: a person's past ("she previously
        led X out of special measures", "joined from a trust she helped take out of
        special measures", "experience of taking a trust out of special measures"),
        or special measures of another regulator ("a school placed in special measures
        by Ofsted")."""
        before, after = self._scope(folded, sent, start, end)
        if kind == "special measures" and (self.other_regime.search(before) or self.other_regime.search(after)):
            return True
        # (the clause's verbs first: the cues are searched in the whole sentence, once for each of its mentions)
        if not self.career_verbs.search(before) or not self.career_cues.search(folded, sent[0], sent[1]):
            return False
        if self.career_doer.search(before):
            return True
        # a person named in the clause before the mention ("Ms Dale previously led ...")
        clause_start = start - len(before)
        first = bisect.bisect_left(people, (clause_start,))
        return first < len(people) and people[first][0] < start

    @staticmethod
    def _court_fines(folded: str, found: dict) -> None:
        """A fine is a court's (SPEC: `prosecution` and `fine`) unless the text
        speaks of a penalty notice, the CQC's only fine of its own."""
        if not any(kind == "fine" for kind, _, _ in found) or _PENALTY_NOTICE.search(folded):
            return  # (no fine: nothing to do, the text is not searched)
        for (kind, status, subject), item in list(found.items()):
            if kind == "fine" and status == "imposed" and ("prosecution", "imposed", subject) not in found:
                found[("prosecution", "imposed", subject)] = {**item, "kind": "prosecution", "evidence": list(item["evidence"])}

    def _orgs(self, doc: Doc) -> list[OrgMention]:
        """Organisations an action can apply to: not regulators, courts or laws."""
        spans = doc.spans[self.org_spans_key] if self.org_spans_key in doc.spans else []
        orgs = [OrgMention(s.start_char, s.end_char, s.id_ or s.text, s.label_) for s in spans if s.label_ != "regulator"]
        return _OrgList(sorted((o for o in orgs if not self.not_subject.search(fold_keep_offsets(o.name))), key=lambda o: o.start))

    def _mentions(self, text: str, folded: str) -> list[tuple[tuple[int, int], str, int, int]]:
        """(sentence, kind, start, end) of every kind mention, longest first where they overlap."""
        # A pattern is searched only in a text that contains one of the words
        # every match of it contains (prefilter.required_literals): a test in C.
        words, aliases = self.required, self.required_alias
        held: dict[str, bool] = {}  # word -> in the text (the kinds share words)
        # (a kind with sets of words is asked only for them: each `in` reads the whole text)
        maybe = [(kind, regex, words[kind]) for kind, regex in self.kinds.items()
                 if (_holds_a_set(folded, self.required_sets[kind], held, self.implied_words) if self.required_sets[kind] is not None
                     else contains_any(folded, words[kind]))]
        if not maybe:
            return []  # (no kind can match anywhere: nor can an alias, which needs its kind)
        # Whether a kind's pattern matches the whole text, asked only when it must be: a kind
        # found in a sentence (every kind ends in (?![\w-]) and a sentence ends before a non-word
        # character, so a kind that a search of the whole text does not find is in no sentence
        # either; asked all the same, the mentions are those of a search of every kind first),
        # or a kind whose alias a sentence holds. A search of the whole text costs several
        # times one of the few sentences that hold the kind's words.
        # (`at`: where a sentence's search found the kind. A match of the pattern there in the whole
        # text is one the whole text's search would find, or one before it: the answer is yes at once.)
        found: dict[str, bool] = {}

        def has(kind: str, at: int | None = None) -> bool:
            answer = found.get(kind)
            if answer is None:
                if at is not None and self.kinds[kind].match(folded, at) is not None:
                    answer = found[kind] = True
                    return answer
                sets = self.required_sets[kind]
                answer = found[kind] = (_holds_a_set(folded, sets, held, self.implied_words) if sets is not None
                                        else contains_any(folded, words[kind])) and bool(self.kinds[kind].search(folded))
            return answer

        # A sentence holds no word the page does not hold: each kind (and alias) looks in the
        # sentences only for its words the page holds; a kind whose words the page lacks goes.
        def on_page(ws: frozenset[str]) -> list[str]:
            kept = []
            for w in ws:
                inside = held.get(w)
                if inside is None:
                    inside = held[w] = w in folded
                if inside:
                    kept.append(w)
            return kept

        maybe = [(kind, regex, required if required is None else on_page(required)) for kind, regex, required in maybe]
        maybe = [entry for entry in maybe if entry[2] is None or entry[2]]
        if not maybe:
            return []  # (no kind in any sentence: an alias's kind is not found either)
        aliases = {name: ws if ws is None else on_page(ws) for name, ws in aliases.items()}
        out = []
        last_notice = "warning notice"
        # "that condition has now been removed": one condition named again, on a page that imposed one
        single_condition = "condition " in folded and self.condition_imposed.search(folded) is not None
        for s_start, s_end, _headline in self._cue_sentences(text, folded, maybe, aliases):
            raw = []
            sentence = folded[s_start:s_end]
            for kind, regex, required in maybe:
                if found.get(kind) is not False and contains_any(sentence, required):
                    matches = [(m.start(), m.end(), kind) for m in regex.finditer(folded, s_start, s_end)]
                    if matches and has(kind, matches[0][0]):
                        raw += matches
            # (an alias is searched first: the whole text is asked about its kind only when it is found)
            if contains_any(sentence, aliases["regime"]):
                matches = [(m.start(), m.end(), "special measures") for m in self.regime.finditer(folded, s_start, s_end)]
                if matches and has("special measures"):
                    raw += matches
            if contains_any(sentence, aliases["notice"]):
                matches = list(self.notice.finditer(folded, s_start, s_end))
                if matches and (has("warning notice") or has("requirement notice")):
                    for m in matches:
                        if not any(a <= m.start() < b or m.start() <= a < m.end() for a, b, _ in raw):
                            raw.append((m.start(), m.end(), "notice"))
            if contains_any(sentence, aliases["conditions"]) or (single_condition and "condition" in sentence):
                matches = list(self.conditions_alias.finditer(folded, s_start, s_end))
                if single_condition:
                    matches += list(self.condition_alias.finditer(folded, s_start, s_end))
                if matches and has("conditions"):
                    for m in matches:
                        if not any(a <= m.start() < b or m.start() <= a < m.end() for a, b, _ in raw):
                            raw.append((m.start(), m.end(), "conditions"))
            raw.sort(key=lambda r: (r[0], -(r[1] - r[0])))
            kept: list[tuple[int, int, str]] = []
            for r in raw:
                if kept and r[0] < kept[-1][1]:
                    continue
                kept.append(r)
            # An unspecified "enforcement action" beside a named instrument is that instrument.
            if any(k not in ("enforcement action", "notice") for _, _, k in kept):
                kept = [r for r in kept if r[2] != "enforcement action"]
            for start, end, kind in kept:
                if kind == "notice":
                    kind = last_notice
                elif kind in ("warning notice", "requirement notice"):
                    last_notice = kind
                # A "sentence" of thousands of characters is no sentence (a table,
                # a hostile text): each mention reads at most max_reach either side.
                out.append(((max(s_start, start - self.max_reach), min(s_end, end + self.max_reach)), kind, start, end))
        return out

    @staticmethod
    def _cue_sentences(text: str, folded: str, maybe: list, aliases: dict) -> Any:
        """`sentences(text)`, only those of the lines where a word of a kind or an alias stands
        (a sentence of another line holds none: nothing is searched in it). A line's sentences
        are those `sentences` makes of it alone: it splits each line by itself."""
        cues = set()
        for ws in [required for _, _, required in maybe] + list(aliases.values()):
            if ws is None:
                yield from sentences(text)  # (a kind without words: every sentence)
                return
            cues.update(ws)
        starts = set()
        for w in cues:
            i = folded.find(w)
            while i >= 0:
                starts.add(text.rfind("\n", 0, i) + 1)
                line_end = text.find("\n", i)
                if line_end < 0:
                    break
                i = folded.find(w, line_end)
        for line_start in sorted(starts):
            line_end = text.find("\n", line_start)
            line_end = len(text) if line_end < 0 else line_end
            for start, end, headline in sentences(text[line_start:line_end]):
                yield line_start + start, line_start + end, headline

    # ------------------------------------------------------------------
    def _scope(self, folded: str, sent: tuple[int, int], start: int, end: int) -> tuple[str, str]:
        """(text before the mention in its clause, text after it up to the next comma);
        kept for the Doc being processed, which asks it twice per mention."""
        # keyed by the text too (it stays alive while its Doc is processed), so two
        # threads sharing the component never read each other's scopes
        memo, memo_key = getattr(self, "_scopes", None), (id(folded), sent, start, end)
        if memo is not None and memo_key in memo:
            return memo[memo_key]
        s_start, s_end = sent
        before = folded[s_start:start]
        cut = 0
        for m in _HARD_BREAK.finditer(before):
            cut = m.end()
        before = _RELATIVE.sub(",", before[cut:])
        # (a short aside in brackets, "the department (ED)", does not end the clause)
        after = _SHORT_BRACKETS.sub(lambda m: " " * len(m.group()), folded[end:s_end])
        stop = _AFTER_STOP.search(after)
        if stop is not None and not after[: stop.start()].strip() and after[stop.start()] == "," and self.form_of.search(before):
            # "enforcement action, in the form of a warning notice, was taken": the head's verb after the comma
            after = after[stop.end() :]
            stop = _AFTER_STOP.search(after)
        if stop is not None:
            after = after[: stop.start()]
        if memo is not None:
            memo[memo_key] = (before, after)
        return before, after

    def _statuses(self, folded: str, sent, kind: str, start: int, end: int) -> list[str]:
        before, after = self._scope(folded, sent, start, end)
        local = before + " " + folded[start:end] + " " + after
        sentence = folded[sent[0]:sent[1]]
        # a general statement about the regime: "providers in special measures are inspected
        # again", "special measures is a framework that ...", "what is special measures?"
        if (self.generic_before.search(before)
                or (self.generic_lead.fullmatch(before) and self.generic_after.match(after))
                or (self.generic_under.fullmatch(before) and self.generic_subject.search(sentence))
                or self.generic_question.match(sentence)):
            return []
        if kind == "cancellation":
            # the provider's own act: "applied to cancel its registration", "the owners cancelled
            # their registration", "the home deregistered in 2020"
            mention = " ".join(folded[start:end].split())
            if self.self_cancel_before.search(before) or (
                    self.self_cancel_mention.match(mention) and not self.regulator_doer.search(before)):
                return []
        # ("admitted failing to make sure staff could use ...": the offence, no threat)
        if self.threats.search(self.failed_complement.sub(" ", local)) and not self.recommendations.search(sentence):
            # "X will be removed from special measures" announced as decided is a lifting
            if self._decided_lifting(local, sentence, start - sent[0] - len(before)):
                return ["lifted"]
            # the decided status must lead into this mention: "will remain in special
            # measures", not "being placed in special measures means it will be kept under review"
            if self._decided(self.decided_continued, before + " ", sentence, until=True):
                return ["continued"]  # "the trust will remain in special measures"
            if self.decided_continued_after.match(after) and self._decided(self.decided_continued_after, after, sentence, until=True):
                return ["continued"]  # "special measures at the trust will continue"
            return []
        near_before = " ".join(before.split()[-8:]) + " "
        if self.entry_span_before.search(near_before):
            return []  # "remains in special measures, three years after it first entered the regime": when a state began
        notice = kind in ("warning notice", "requirement notice")
        # "Two warning notices issued after the 2022 inspection, over A and over B, have been met": the verb after an aside
        if notice and self.lifted_after_aside.match(folded, end, sent[1]):
            return ["imposed", "lifted"]
        lifted_after = self.lifted_after.match(after)
        if lifted_after and self.not_done.search(lifted_after.group(0)):
            # "the notice had not been met" stands; "the special measures have not been lifted" continue
            if not notice:
                return ["continued"]
            lifted_after = None
        lifted_before = self.lifted_before.search(near_before)
        if lifted_before is not None and self.not_lifted_before.search(near_before):
            return []  # "began their journey out of special measures": neither lifted nor imposed
        if lifted_before is not None and self.not_done.search(near_before[max(0, lifted_before.start() - 12) : lifted_before.start()]):
            # "had not met the requirements of the warning notice"
            if not notice:
                return ["continued"]
            lifted_before = None
        if notice and lifted_before is None and not lifted_after:
            # "a warning notice over infection control in April, which the home has since met"
            rel = self.met_relative.search(folded, end, min(sent[1], end + 200))
            if rel is not None and not self.not_done.search(rel.group(0)) and not _CLAUSE_END.search(folded, end, rel.start()):
                return ["imposed", "lifted"]
        if lifted_before is not None or lifted_after:
            # a notice reported met was served first: "met the requirements of the warning notices"
            if notice and (self.met_after.match(after) or (lifted_before is not None and self.met_before.match(lifted_before.group(0)))):
                return ["imposed", "lifted"]
            # "the two warning notices served in March have now been withdrawn": imposed then, lifted now
            if lifted_after and self.imposed_participle.match(after):
                return ["imposed", "lifted"]
            # "Conditions the CQC placed on X's registration were removed": the placing is in the mention
            if lifted_after and lifted_before is None and _IMPOSING.search(folded, start, end):
                return ["imposed", "lifted"]
            # "was put into special measures in 2018 and was removed from them last year": imposed, then lifted
            if (lifted_after and lifted_before is None and self.events.search(near_before)
                    and self.lifted_and_imposed.search(lifted_after.group(0), 0, lifted_after.group(0).rfind(" ") + 1)):
                return ["imposed", "lifted"]
            # "taken out of special measures, which it entered in March 2023": the entry told beside the exit
            if lifted_before is not None and self.entered_relative.match(folded, end, sent[1]):
                return ["imposed", "lifted"]
            return ["lifted"]
        mention = folded[start:end]
        # "Special measures, which were imposed in 2019, have now been lifted": the verb after a relative aside
        aside = _RELATIVE_ASIDE.match(folded, end, sent[1]) if not after.strip() else None
        if aside is not None and not aside.group(1).strip():
            tail = folded[aside.end() : sent[1]]
            lifted = self.lifted_after.match(tail)
            if lifted and not self.not_done.search(lifted.group(0)):
                return ["imposed", "lifted"] if _IMPOSING.search(aside.group(0)) else ["lifted"]
        if self.negated_before.search(near_before):
            return []  # "is not subject to any enforcement action", "no warning notices were served"
        # "was in special measures for two years from 2016": a spell over, entered and left
        if (self.past_spell_before.search(near_before) and self.past_spell_after.match(after)
                and not self.past_spell_still.search(folded, end, sent[1])):
            return ["imposed", "lifted"]
        # "suspended X's registration for three months": the act and its length, not a standing state
        continued_after = self.continued_after.match(after) and not self.imposed_duration.match(mention)
        if self.continued_before.search(near_before) or continued_after or self._continued_past_relative(folded, sent, end):
            # "as the service is in special measures": a standing state the story may have just imposed
            if self.continued_weak.search(near_before) and not continued_after:
                return [_WEAK_CONTINUED]
            return ["continued"]
        if re.match(r"remains?\s", mention) or re.search(r"\sremain(?:s|ed)?\s", mention):
            return ["continued"]  # "remains suspended", "conditions remain on its registration"
        if self.events.search(near_before + " " + mention + " " + after) or self.verbal.match(mention + " "):
            # "... prevented from taking new residents, but this was lifted a few months later"
            if self.lifted_later.match(folded, end, min(sent[1], end + 240)):
                return ["imposed", "lifted"]
            # "imposed conditions on its registration, which have since been lifted"
            rel = self.lifted_relative.search(folded, end, min(sent[1], end + 200))
            if rel is not None and not self.not_done.search(rel.group(0)) and not _CLAUSE_END.search(folded, end, rel.start()):
                return ["imposed", "lifted"]
            # "was put into special measures last year and remains in them"
            if self.continued_later.match(folded, end, min(sent[1], end + 240)):
                return ["imposed", "continued"]
            return ["imposed"]
        # a fine or a prosecution in a sentence that names a court or a sentence:
        # "magistrates ordered X to pay £22,000, made up of a £16,000 fine and £6,000 costs"
        if kind in ("fine", "prosecution") and self.court_cues.search(sentence):
            return ["imposed"]
        # "A warning notice, which requires ..., was served in April": the verb after a relative aside
        aside = _RELATIVE_ASIDE.match(folded, end, sent[1])
        if aside is not None and not aside.group(1).strip():
            tail = folded[aside.end() : sent[1]]
            stop = _AFTER_STOP.search(tail)
            tail = tail[: stop.start()] if stop is not None else tail
            if not self.threats.search(tail) and not self.not_done.search(tail) and self.events.search(tail):
                return ["imposed"]
        if self._labelled(folded, start, end):
            return ["imposed"]
        return []

    def _labelled(self, folded: str, start: int, end: int) -> bool:
        """A bare kind that a page states as an action: after a label on its line
        ("Enforcement action: warning notice"), in a bullet list under such a label,
        or in a short headline with its subject ("Warning notice for Larch House")."""
        # read at most LABEL_REACH characters either side: a text without line breaks
        # must not make every mention scan the whole text
        lo = max(0, start - LABEL_REACH)
        line_start = folded.rfind("\n", lo, start) + 1 or lo
        line_end = folded.find("\n", end, end + LABEL_REACH)
        line_end = min(len(folded), end + LABEL_REACH) if line_end < 0 else line_end
        prefix = folded[line_start:start]
        if self.action_labels.search(prefix):
            return True
        if _BULLET_ONLY.fullmatch(prefix):
            # the lines above: more bullets, then the label that heads the list
            pos = line_start - 1
            for _ in range(12):
                if pos <= 0:
                    break
                above_start = folded.rfind("\n", max(0, pos - LABEL_REACH), pos) + 1
                if above_start == 0 and pos > LABEL_REACH:
                    return False  # a line longer than any label or list item
                above = folded[above_start:pos].strip()
                pos = above_start - 1
                if not above:
                    continue
                if _BULLET_ONLY.match(above + " ") and not _BULLET_ONLY.fullmatch(above + " "):
                    continue  # another item of the list
                # the head of the list, with or without its colon ("Enforcement action taken")
                head = above.rstrip(": ") + ":"
                return self.action_labels.match(head) is not None
            return False
        line = folded[line_start:line_end].strip()
        return (
            len(line) <= 100
            and not _TERMINAL_MARK.search(line)
            and self.headline_for.match(folded, end, line_end) is not None
        )

    def _decided_lifting(self, local: str, sentence: str, _offset: int) -> bool:
        """The only "threat" is a decided future lifting: "will be removed from
        special measures", with no condition, hope or plan in the sentence."""
        return self._decided(self.decided_future, local, sentence)

    def _decided(self, cue: re.Pattern[str], local: str, sentence: str, until: bool = False) -> bool:
        m = cue.search(local)
        if m is None:
            return False
        rest = local[: m.start()] + " " + local[m.end() :]
        if self.threats.search(rest):
            return False
        doubts = {d.group() for d in self.decided_future_not.finditer(sentence)}
        if until:
            doubts.discard("until")  # "will remain in special measures until it improves" is still decided
        return not doubts

    def _continued_past_relative(self, folded: str, sent, end: int) -> bool:
        """ "Conditions on its registration, which stop admissions, remain in
        place": the status verb comes after a relative clause set off by commas."""
        m = _RELATIVE_ASIDE.match(folded, end, sent[1])
        return bool(m) and bool(self.continued_after.match(m.group(1) + folded[m.end() : sent[1]]))

    # ------------------------------------------------------------------
    def _subjects(self, folded, orgs: list[OrgMention], people, sent, start, end) -> list[tuple[str | None, int]]:
        s_start, s_end = sent
        before, after = self._scope(folded, sent, start, end)
        # Character range of the clause: back to the last hard boundary, forward to the next comma.
        clause_start = s_start
        for m in _HARD_BREAK.finditer(folded, s_start, start):
            clause_start = m.end()
        clause_end = end + len(after)
        relatives = [(m.start(), m.end()) for m in _RELATIVE.finditer(folded, clause_start, start)]
        in_clause = [o for o in orgs.between(clause_start, clause_end) if not any(a <= o.start < b for a, b in relatives)]
        # An individual: "Jo Bloggs, the home's former manager, was also prosecuted";
        # "the court ordered her to pay ... a £600 fine" (SPEC: its own item, subject null);
        # "she must pay £900 in total: a fine of £500 and costs" (the clause a colon opens is told of the head's);
        # "brought a prosecution against Jo Bloggs" (the person the action is against).
        colon_led = clause_start > s_start and folded[clause_start - 1] == ":" and ":" not in folded[s_start : clause_start - 1]
        if (self._individual(folded, orgs, people, clause_start, start)
                or (colon_led and self._individual(folded, orgs, people, s_start, clause_start - 1))):
            return [(None, NAMED)]
        against = self.against_person.match(folded, end)
        if against is not None:
            k = bisect.bisect_left(people, (against.end(),))
            if k < len(people) and people[k][0] == against.end():
                return [(None, NAMED)]
        # A count: "two GP surgeries ... have been put into special measures".
        # a group before a new doer ("... at both hospitals took place and the CQC has issued ...") is not the subject
        group_start = clause_start
        for m in _NEW_DOER.finditer(folded, clause_start, start):
            group_start = m.end()
        # (the test in C first: a long clause without a plural noun, e.g. one unbroken sentence of
        # many mentions, would otherwise be searched at every character for each mention)
        g = self.group.search(folded, group_start, start) if contains_any(folded[group_start:start], self.group_literals) else None
        if g is not None and not in_clause:
            count_word = g.group().split()[0]
            noun = g.group().split()[-1]
            singular = re.sub(r"(?:ies)$", "y", noun) if noun.endswith("ies") else noun.rstrip("s")
            n = _COUNTS.get(count_word) or (int(count_word) if count_word.isdigit() else 0)
            named = orgs._named.get(singular)
            if named is None:
                named = orgs._named[singular] = []
                for o in orgs:
                    if singular in fold_keep_offsets(o.name) and o.name not in named:
                        named.append(o.name)
            if n and len(named) == n:
                return [(name, NAMED) for name in named]
            listed = self._listed_members(folded, orgs, singular, n, end, s_end) if n >= 2 else None
            if listed:
                return [(name, NAMED) for name in listed]
            return [(None, NAMED)]
        if len(in_clause) > 1:
            # "X, a home run by Y Ltd, was placed in special measures": Y runs the one named, X is the subject
            # (not a trust: "X Hospital, run by Y NHS Trust, was placed in special measures" is the trust's)
            runners = [o for o in in_clause if self.runner_before.search(folded, max(clause_start, o.start - 60), o.start)
                       and not self.runner_subject.search(fold_keep_offsets(o.name))]
            if runners and len(runners) < len(in_clause):
                in_clause = [o for o in in_clause if o not in runners]
        if len(in_clause) > 1:
            # "X, the Bedfordshire operator of 11 homes, has been barred ...": a name inside an apposition
            # that describes the organisation before it is not the subject
            described = []
            for o in in_clause:
                a = _APPOSITION.match(folded, o.end, start)
                if a is not None:
                    described += [p for p in in_clause if o.end < p.start < o.end + a.end(1)]
            if described and len(described) < len(in_clause):
                in_clause = [o for o in in_clause if o not in described]
        if in_clause:
            best = self._closest(in_clause, start, end)
            return [(name, NAMED) for name in self._coordinated(folded, in_clause, best, clause_start, start)]
        # "A fourth trust placed into special measures last year, X, was ...": the name after the description
        if self.described_lead.match(folded[clause_start:start]):
            m = self.described_apposition.match(folded, end, s_end)
            k = bisect.bisect_left(orgs.starts, m.end()) if m is not None else len(orgs)
            if k < len(orgs) and orgs[k].start == m.end() and folded.startswith(",", orgs[k].end):
                return [(orgs[k].name, NAMED)]
        # Anaphors: "the trust", "the home", "it".
        scope = folded[clause_start:clause_end]
        for cls in ("trust", "provider", "location"):
            m = self.anaphors[cls].search(scope)
            if m is not None:
                if m.group(1).split()[-1] in self.generic:
                    # "the service", "the provider": the organisation the article is about.
                    main = orgs.main_of_prefix(orgs.before(start) or len(orgs)) if orgs else None
                    if main is not None:
                        return [(main, ANAPHOR)]
                    continue
                target = self._antecedent(orgs, start, cls, m.group(1))
                if target is not None:
                    return [(target, ANAPHOR)]
        # the last organisation ending by the mention (none starting after it can)
        for i in range(bisect.bisect_right(orgs.starts, start) - 1, -1, -1):
            if orgs[i].end <= start:
                return [(orgs[i].name, GUESS)]
        named_in_sentence = orgs.between(s_start, s_end)
        if named_in_sentence:
            return [(self._closest(named_in_sentence, start, end).name, GUESS)]
        if orgs:
            return [(orgs.main_of_prefix(len(orgs)), GUESS)]
        return [(None, NONE)]

    def _listed_members(self, folded: str, orgs, singular: str, n: int, end: int, sent_end: int) -> list[str] | None:
        """The members of a counted group ("three struggling trusts ... They were A, B
        and C"): a list of exactly `n` names with the group's noun, joined by commas
        and a final "and", in the text just after the group's sentence (SPEC: a group
        that names its members gives one item per member). The reach counts from the
        sentence's end: a long sentence's first mention sees the same list as its last."""
        after = orgs.between(end, max(end, sent_end) + GROUP_LIST_REACH)
        run: list[OrgMention] = []
        conj = False
        for o in after:
            if run:
                lo, hi = run[-1].end, o.start
                link = self.coordination.fullmatch(folded, lo, hi) if 0 <= hi - lo <= 60 else None
                if link is not None and not conj:
                    run.append(o)
                    conj = link.group("conj") is not None
                    continue
                if len(run) == n and conj:
                    break
                run, conj = [], False
            run = [o]
        if len(run) != n or not conj:
            return None
        names = [o.name for o in run]
        if len(set(names)) != n or not all(singular in fold_keep_offsets(name) for name in names):
            return None
        return names

    def _coordinated(self, folded: str, in_clause: list[OrgMention], best: OrgMention, clause_start: int, start: int) -> list[str | None]:
        """The subject and the providers and locations coordinated with it in the clause
        ("X and Y were placed in special measures", "X, Y and Z"): each undergoes the action."""
        if best.kind not in ("provider", "location"):
            return [best.name]
        i = in_clause.index(best)
        names = [best.name]
        conjoined = False  # commas alone are an apposition ("X, Y's home in Z,"), not a list
        for step in (-1, 1):
            j, cur = i + step, best
            while 0 <= j < len(in_clause):
                o = in_clause[j]
                if o.kind != best.kind:
                    break  # "Ashgrove House and its owner Bramble Care Ltd": one action, told of both
                lo, hi = (o.end, cur.start) if step < 0 else (cur.end, o.start)
                link = self.coordination.fullmatch(folded, lo, hi) if 0 <= hi - lo <= 60 else None
                if link is None:
                    break
                conjoined = conjoined or link.group("conj") is not None
                if o.name not in names:
                    names.insert(0, o.name) if step < 0 else names.append(o.name)
                j, cur = j + step, o
        # "X in Luton, Y in Dunstable and a third home in Bedford": the list ends in a member it does not name
        last_named = max((o for o in in_clause if o.name in names), key=lambda o: o.end)
        unnamed = self.unnamed_member.match(folded, last_named.end, start) is not None
        if not (conjoined or unnamed):
            return [best.name]
        # only a list at the head of the clause, before the mention: "X and Y were placed in special measures"
        first = min(o.start for o in in_clause if o.name in names)
        last = max(o.end for o in in_clause if o.name in names)
        lead = folded[clause_start:first]
        # or a list set off by commas after a group it names: "Two of its homes, X and Y, were placed ..."
        apposed = (re.fullmatch(r"[^,;:]{1,80},\s*", lead) is not None and self.group.search(lead) is not None
                   and folded.startswith(",", last))
        if last > start or not (re.fullmatch(r"\s*(?:both\s+|the\s+)?", lead) or apposed):
            return [best.name]
        return names + [None] if unnamed and len(names) > 1 else names

    def _individual(self, folded: str, orgs: list[OrgMention], people: list[tuple[int, int]], clause_start: int, start: int) -> bool:
        """The clause's doer is a person: a person named at the head of the clause
        (no organisation before them, no speech verb after them), a role at its head
        ("the manager of X was convicted"), or he/she/him/her."""
        if self.person_head.match(folded, clause_start, start):
            return True
        # people (sorted) starting in the clause, at most 60 characters into it
        first = bisect.bisect_left(people, (clause_start,))
        for p_start, p_end in people[first : bisect.bisect_left(people, (min(start, clause_start + 61),))]:
            if orgs.between(clause_start, p_start):
                continue
            if _SPEECH.search(folded, p_end, start) is None:
                return True
        for m in _PERSONAL.finditer(folded, clause_start, start):
            window = self.speaker_pronoun.finditer(folded, max(clause_start, m.start() - 40), min(start, m.end() + 80))
            if not any(sp.start() <= m.start() < sp.end() for sp in window):
                return True
        return False

    @staticmethod
    def _closest(candidates: list[OrgMention], start: int, end: int) -> OrgMention:
        rank = {"provider": 0, "location": 0, "other": 1}

        def key(o: OrgMention) -> tuple[int, int]:
            distance = start - o.end if o.end <= start else o.start - end
            return (rank.get(o.kind, 1), max(distance, 0))

        return min(candidates, key=key)

    @staticmethod
    def _main(orgs: list[OrgMention]) -> str:
        counts: dict[str, int] = {}
        for o in orgs:
            if o.kind in ("provider", "location"):
                counts[o.name] = counts.get(o.name, 0) + 1
        if not counts:
            return orgs[0].name
        return max(counts, key=lambda name: counts[name])

    @staticmethod
    def _antecedent(orgs: list[OrgMention], start: int, cls: str, noun: str) -> str | None:
        """The organisation an anaphor most likely means: the last one named before
        whose name has the noun, else the last of the right kind, else the main one."""
        k = orgs.before(start)
        pool = orgs[:k] if k else orgs
        noun = noun.split()[-1]
        noun_re = re.compile(rf"\b{re.escape(noun)}")
        has_noun: dict[int, bool] = {}  # position in the pool -> whether its name has the noun

        def named(i: int) -> bool:
            if i not in has_noun:
                has_noun[i] = noun_re.search(fold_keep_offsets(pool[i].name)) is not None
            return has_noun[i]

        # the last of a kind whose name has the noun, else the last of that kind
        # (read from the end: the search stops at the first that fits)
        kinds = {"trust": ("provider",), "provider": ("provider",), "location": ("location", "provider")}[cls]
        for kind in kinds:
            for need_noun in (True, False):
                for i in range(len(pool) - 1, -1, -1):
                    if pool[i].kind == kind and (not need_noun or named(i)):
                        return pool[i].name
        return next((pool[i].name for i in range(len(pool) - 1, -1, -1) if named(i)), None)

    def _firm_state(self, folded: str, sent: tuple[int, int]) -> bool:
        """Whether a sentence tells a state as a fact: no threat, plan or recommendation in it
        ("the CQC had recommended the trust should stay in special measures" is none)."""
        sentence = folded[sent[0]:sent[1]]
        return not self.threats.search(sentence) and not self.recommendations.search(sentence)

    @staticmethod
    def _tidy(items: list[dict[str, Any]], kinds: dict[str, str] | None = None) -> list[dict[str, Any]]:
        """Drop guesses beside items whose subject the text gives; a later lifting
        supersedes 'continued' for the same subject."""
        by_key: dict[tuple[str, str], list[dict[str, Any]]] = {}
        for item in items:
            by_key.setdefault((item["kind"], item["status"]), []).append(item)
        kept = []
        for group in by_key.values():
            strong = [i for i in group if i["_strength"] >= ANAPHOR]
            kept += strong if strong else group[:1]
        # Quality and financial special measures are two regimes: leaving one ends only that one.
        # "As the service is in special measures, ...": a present state beside the story's own imposing is that imposing.
        imposed = {(i["kind"], i["subject"]) for i in kept if i["status"] == "imposed"}
        imposed_kinds = {k for k, _ in imposed}
        kept = [
            i for i in kept
            if not (i["status"] == "continued" and i["_weak"]
                    and ((i["kind"], i["subject"]) in imposed or (i["subject"] is None and i["kind"] in imposed_kinds)))
        ]
        kept = _location_into_provider(kept, kinds or {})
        lifted = [(i["kind"], i["subject"], _flavours(i), i["_sents"]) for i in kept if i["status"] == "lifted"]
        # a continued state told in a sentence of its own, as a fact ("it remained in special measures after
        # the 2021 inspection"), is a stage of the story before the lifting, not the lifting's history
        kept = [
            i for i in kept
            if not (i["status"] == "continued" and i["subject"] is not None
                    and any(k == i["kind"] and s == i["subject"] and _same_regime(f, _flavours(i)) and i["_firm"] <= ss
                            for k, s, f, ss in lifted))
        ]
        # "Issued with enforcement action" beside the notice it was: the notice.
        noticed = {i["subject"] for i in kept if i["kind"] in ("warning notice", "requirement notice") and i["status"] == "imposed"}
        kept = [i for i in kept if not (i["kind"] == "enforcement action" and i["status"] == "imposed" and i["subject"] in noticed)]
        kept.sort(key=lambda i: i["evidence"][0]["start"])
        for i in kept:
            del i["_strength"]
            del i["_weak"]
            del i["_sents"]
            del i["_firm"]
        return kept


_TERMINAL = re.compile(r"[.!?:][\"'”’)]*\s*$")
_INNER_SENTENCE_END = re.compile(r"[a-z][.!?][\"'”’)]*\s+[A-Z]")


def _in_headline(text: str, offset: int, memo: dict | None = None) -> bool:
    """Whether `offset` lies on a line without sentence punctuation at its end
    (a headline, standfirst or section head: `investments.sentences`). `memo`
    keeps each line's answer, so many mentions on one long line read it once."""
    line_start = text.rfind("\n", 0, offset) + 1
    line_end = text.find("\n", offset)
    if memo is not None and line_start in memo:
        return memo[line_start]
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    # (a long line with a sentence ended inside it is body text cut off at its end, no headline)
    found = not _TERMINAL.search(line) and not (len(line) > 100 and _INNER_SENTENCE_END.search(line))
    if memo is not None:
        memo[line_start] = found
    return found


def _headline_echoes_dropped(text: str, items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A headline restates the story's action ("Leading city trust placed in special
    measures" over "Ashby Hospitals NHS Trust was placed in special measures"): an
    item found only in headlines goes when the body reports the same kind and status
    of a subject it names (or means by "the trust")."""
    lines: dict[int, bool] = {}
    heads = {id(i): all(_in_headline(text, ev["start"], lines) for ev in i["evidence"]) for i in items}
    in_body = {(i["kind"], i["status"]) for i in items if not heads[id(i)] and i["_strength"] >= ANAPHOR and i["subject"] is not None}
    return [i for i in items if not (heads[id(i)] and (i["kind"], i["status"]) in in_body)]


def _location_into_provider(items: list[dict[str, Any]], kinds: dict[str, str]) -> list[dict[str, Any]]:
    """A hospital and the trust that runs it told the same action ("Hereford hospital
    will come out of special measures" beside the trust's lifting) are one item, the
    provider's: a location's items of a kind go when a provider has every status
    they have. A location with a history of its own (a notice served and met there,
    another served on the trust) keeps it."""
    statuses: dict[tuple[str, str], set[str]] = {}
    for i in items:
        if i["subject"] is not None:
            statuses.setdefault((i["kind"], i["subject"]), set()).add(i["status"])
    providers: dict[str, list[set[str]]] = {}
    for (kind, subject), sts in statuses.items():
        if kinds.get(subject) == "provider":
            providers.setdefault(kind, []).append(sts)
    drop = {
        (kind, subject)
        for (kind, subject), sts in statuses.items()
        if kinds.get(subject) == "location" and any(sts <= p for p in providers.get(kind, []))
    }
    return [i for i in items if (i["kind"], i["subject"]) not in drop]


def _flavours(item: dict[str, Any]) -> set[str]:
    """Which special-measures regime an item's mentions name ("quality", "financial"; none: either)."""
    words = " ".join(ev["text"] for ev in item["evidence"]).lower()
    return {f for f in ("quality", "financial") if f in words}


def _same_regime(a: set[str], b: set[str]) -> bool:
    return not a or not b or bool(a & b)


@Language.factory(
    "cqc_actions",
    default_config={
        "vocab": "vocab/actions.json",
        "references_vocab": REFERENCES_VOCAB,
        "org_spans_key": ORG_SPANS_KEY,
        "max_reach": MAX_REACH,
        "money_vocab": MONEY_VOCAB,
    },
    requires=["doc._.cqc_organisations", "doc._.cqc_people"],
    assigns=["doc._.cqc_actions"],
)
def make_actions(nlp: Language, name: str, vocab: str, references_vocab: str, org_spans_key: str,
                 max_reach: int, money_vocab: str) -> Actions:
    return Actions(nlp, name, vocab=vocab, references_vocab=references_vocab, org_spans_key=org_spans_key,
                   max_reach=max_reach, money_vocab=money_vocab)
