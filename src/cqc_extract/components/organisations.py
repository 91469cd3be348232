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
  a head word, as do the grammar of a rating ("X was rated good", "X has
  retained its outstanding rating", "judged X to be inadequate"), a relative
  clause ("X, which provides ..."), "X runs the home", "the provider, X," and
  "X's registered manager"; a run that begins with a role word is a job title,
  not a body; "said Ann Lee of X Surgery" is a person and a name;
* in the accurate profile, an ORG entity of the fine-tuned ner that no
  mention covers joins the organisation it names (name, alias, acronym,
  leading or clipped words) or, when the text names it twice, it is an
  acronym or it ends in a capitalised head word, is a weak organisation of
  its own (kind from the head, else "other"), unless it is a place, a person,
  a heading or a service (NameGrammar._ner_names; the fast profile has no
  entities and is unchanged);
* page chrome (`doc._.cqc_chrome`, found by cqc_page_layout) gives nothing.

Name finding is in org_names.py, merging mentions into aliases and kinds in
org_aliases.py; this module builds the vocabularies and runs the two.

Mentions are clustered: bracketed abbreviations, acronyms (initials, with or
without "NHS"/"Foundation"), possessives, short forms (a leading part of the
name standing alone: "Marsden Group", "Abbey Hill") and "Town's hospital
trust" all join the organisation they name.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc

from ..prefilter import fewest_words, literal_alternation, phrase_starts, required_literals
from ..text import fold
from .base import REFERENCES_VOCAB, AssetComponent, doc_text, doc_tokens, given_text, reference_words
from .org_aliases import AliasMerger, OrgCluster
from .org_names import (HOUSE_NUMBER, NameGrammar, _key, _max_width, _may_hold, blank_led_starts, leading_words,
                        sentence_adverb_test)
from .investments import MONEY_VOCAB
from .page_layout import doc_chrome, in_ranges
from .story_lines import OtherStories
from .vocabulary import SPANS_KEY as VOCAB_SPANS_KEY

ORG_SPANS_KEY = "cqc_org"
SERVICE_LABEL = get_string_id("SERVICE")  # the span ruler's label of a service name
MAX_EVIDENCE = 8  # mentions kept as evidence per organisation


def _alternation_re(before: str, phrases, after: str, not_before: str = "") -> re.Pattern[str] | None:
    """`before` + the phrases (folded, longest first, spaces as 1-3 blanks) + `after`.
    `not_before`, a character class: no such character before the phrase, written as
    `(?<!class)` after each phrase's first character (the same matches as
    `(?<!class)` before the phrases, but the pattern starts with characters the
    regex engine can search for)."""
    words = sorted({fold(p) for p in phrases}, key=len, reverse=True)
    if not words:
        return None

    def alt(w: str) -> str:
        pattern = r"\s{1,3}".join(map(re.escape, w.split()))
        if not not_before:
            return pattern
        first = re.escape(w.split()[0][0])
        return first + "(?<!" + not_before + first + ")" + pattern[len(first):]

    split = [w.split() for w in words]
    if not_before and len({ws[0] for ws in split}) == 1 and all(len(ws) >= 2 for ws in split):
        # every phrase "W rest": W once, then the rests in the same order. The same
        # matches: a rest begins with a word, so only one count of the blanks after W
        # can be followed by it, and the first rest that matches wins either way.
        head = alt(split[0][0])
        rests = "|".join(r"\s{1,3}".join(map(re.escape, ws[1:])) for ws in split)
        return re.compile(before + head + r"\s{1,3}(?:" + rests + ")" + after)
    return re.compile(before + "|".join(alt(w) for w in words) + after)


def _first_words_ahead(*phrase_lists) -> str:
    """A lookahead for the first word of any phrase and a blank: `(?=(?:w1|w2)\\s)`,
    put where a pattern goes on with one of these phrases followed by `\\s` (a phrase
    of several words, or one the pattern follows with blanks). It holds wherever
    the pattern matches, so the matches stay the same; the engine drops the
    other positions after one cheap test. "" when some phrase is empty. (The words
    grouped by first letter, `literal_alternation`: a lookahead only holds or not,
    and it holds where the flat alternation does.)"""
    firsts = [fold(p).split() for phrases in phrase_lists for p in phrases]
    if not firsts or not all(firsts):
        return ""
    words = sorted({w[0] for w in firsts}, key=lambda w: (-len(w), w))
    return r"(?=" + literal_alternation(words) + r"\s)"


def _last_word_starts(phrases, blanks: tuple[int, ...]) -> tuple[tuple[str, tuple[int, ...]], ...]:
    """For finditer_from: where a match can begin that is `blanks` characters, then one of
    `phrases` as written (words joined by one space): each phrase's last word, less the
    phrase's length before it and the blanks. () when a phrase is empty (read everywhere)."""
    starts: dict[str, set[int]] = {}
    for phrase in phrases:
        k = phrase.rfind(" ") + 1
        if not phrase[k:]:
            return ()
        starts.setdefault(phrase[k:], set()).update(k + b for b in blanks)
    return tuple((word, tuple(sorted(offsets))) for word, offsets in starts.items())


def _clipped(short: str, long: str) -> bool:
    """"west herts" of "west hertfordshire hospitals trust": two or more words, the
    first the same, each next one the start (3+ letters) of the long name's word there."""
    a, b = short.split(), long.split()
    return 2 <= len(a) <= len(b) and a[0] == b[0] and a != b[: len(a)] and all(
        len(x) >= 3 and y.startswith(x) for x, y in zip(a[1:], b[1:]))


def _tail_initials(name: str, acronym: str) -> bool:
    """Is `acronym` the initials of the last words of `name` (two or more): "CCG" of
    "Tarrow Clinical Commissioning Group", the kind of body a text then calls by them?"""
    words = [w for w in re.findall(r"[A-Za-z]+", name) if w.lower() not in ("of", "and", "the", "for", "in", "at")]
    n = len(acronym)
    return 2 <= n < len(words) and "".join(w[0] for w in words[-n:]).upper() == acronym


class Organisations(NameGrammar, AliasMerger, AssetComponent):
    """`vocab`: the name grammar (owned here: cqc_page_layout and cqc_people
    borrow it); `spans_key`: where every mention goes, read by cqc_people,
    cqc_ratings and cqc_actions; `max_evidence`: mentions kept per organisation."""

    def __init__(self, nlp, name: str, vocab: str = "vocab/organisations.json",
                 references_vocab: str = REFERENCES_VOCAB, spans_key: str = ORG_SPANS_KEY,
                 max_evidence: int = MAX_EVIDENCE, money_vocab: str = MONEY_VOCAB):
        self.vocab, self.references_vocab, self.money_vocab = vocab, references_vocab, money_vocab
        self.spans_key, self.max_evidence = spans_key, max_evidence
        super().__init__(nlp, name, asset_files=(vocab, references_vocab, money_vocab),
                         borrowed_files=(money_vocab,))

    def _compile(self) -> None:
        # the page's lists of other stories ("Related stories", "More from X"): the heads cqc_investments and
        # cqc_actions read; a name only there is another story's, not this one's
        self.other_stories = OtherStories(self.assets[self.money_vocab]["other_stories"])
        data = self.assets[self.vocab]
        refs = reference_words(self.assets[self.references_vocab], data.get("references_unused", ()))
        heads: list[tuple[tuple[str, ...], str]] = []
        for kind, phrases in data["heads"].items():
            # "magistrates' court" -> ("magistrates", "'s", "court"), as _words reads tokens
            heads.extend((tuple(re.sub(r"(\w)['’]s?(?=\s|$)", r"\1 's", fold(p)).split()), kind) for p in phrases)
        # Longest head first so "nhs foundation trust" wins over "trust".
        self.heads = sorted(set(heads), key=lambda h: (-len(h[0]), h))
        self.head_words = {w for h, _ in self.heads for w in h} - {"'s"}
        self.single_heads = {h[0] for h, _ in self.heads if len(h) == 1}
        # the heads by first word, in the order of self.heads: _head_end tries only
        # the heads that can start at a word instead of all of them
        self.heads_by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for head, kind in self.heads:
            self.heads_by_first.setdefault(head[0], []).append((head, kind))
        self.weak_heads = {fold(w) for w in data["weak_location_heads"]}
        self.verb_heads = {fold(w) for w in data.get("verb_heads", ())}
        self.connectors = {fold(w) for w in data["connectors"]}
        self.function_words = {fold(w) for w in data["function_words"]}
        self.start_words = {fold(w) for w in data["sentence_start_words"]}
        self.sentence_adverb = sentence_adverb_test(data)
        self.months = {fold(w) for w in data["months"]}
        self.split_connectors = set(data["split_connectors"])
        self.place_connectors = set(data["place_connectors"])
        self.listed_name_location_heads = [tuple(fold(h).split()) for h in data.get("listed_name_location_heads", ())]
        self.short_form_max_words = int(data.get("short_form_max_words", 16))  # (org_aliases._add_short_forms)
        # (session 15) the fast profile's one-word short forms: a site's cues, a town's, in organisations.json
        no_ner = data.get("short_form_without_ner", {})
        alt = lambda ws: "|".join(re.escape(fold(w)) for w in sorted(ws, key=len, reverse=True))  # noqa: E731
        self.short_site_before = re.compile(r"(?i)(?<![\w-])(?:" + alt(no_ner.get("site_before", ["at"])) + r")\s+$")
        self.short_site_possessive = re.compile(r"['’]s\s+(?:[a-z][\w&\-]*\s+){0,2}(?:" + alt(no_ner.get("site_nouns", ["department"])) + r")(?![\w-])")
        self.short_town_before = re.compile(r"(?i)(?<![\w-])(?:" + alt(no_ner.get("town_before", ["in"])) + r")\s+$")
        self.short_town_after = re.compile(r"(?i)(?:['’]s)?\s+(?:" + alt(no_ner.get("town_after", ["mp"])) + r")(?![\w-])")
        # "X Services Ltd for Y NHS Trust": after a company suffix these end the name too
        self.suffix_split_connectors = set(data.get("suffix_split_connectors", ()))
        self.for_split_heads = {fold(w) for w in data.get("for_split_heads", ())}
        self.role_words = {fold(w) for w in data["role_words"]}
        self.speech_words = {fold(w) for w in data.get("speech_words", ())}
        self.speech_words_not_after = {fold(w) for w in data.get("speech_words_not_after", ())}
        self.speech_words_after = {fold(w) for w in data.get("speech_words_after", ())}
        # a reference word ("the trust", "the home") does not make a name distinctive
        self.generic = {fold(w) for w in data["generic_words"]} | self.function_words
        self.generic |= {fold(w) for kind in ("trust", "provider", "location") for w in refs[kind]}
        self.service_words = {fold(w) for w in data.get("service_words", ())}
        lower = data.get("lowercase_heads", {})
        self.lowercase_heads = sorted((tuple(fold(h).split()) for h in lower.get("heads", ())), key=len, reverse=True)
        self.lowercase_heads_max = max((len(h) for h in self.lowercase_heads), default=0)
        # the first words of the heads, to skip a run whose next token starts none
        # (None: some head is empty, so every run is tried)
        self.lowercase_head_firsts = None if not all(self.lowercase_heads) else {h[0] for h in self.lowercase_heads}
        self.lowercase_one_word = {tuple(fold(h).split()) for h in lower.get("one_word", ())}
        self.place_after = data.get("place_after_heads", {})
        self.place_after_heads = {fold(h) for h in self.place_after.get("heads", ())}
        self.blockers = {fold(w) for w in data["name_blockers"]}
        self.titled_name_starts = {fold(w) for w in data.get("titled_name_starts", ())}
        self.company_suffixes = {fold(w) for w in data["company_suffixes"]}
        self.parent_heads = {fold(w) for w in data["parent_heads"]}
        self.place_alone_heads = {fold(w) for w in data.get("place_alone_heads", {}).get("heads", ())}
        self.place_alone_words = {fold(w) for w in data.get("place_alone_heads", {}).get("words", ())}
        self.not_acronyms = {w.upper() for w in data["not_acronyms"]}
        self.not_acronyms |= {w.upper() for w in data.get("framework_acronyms", {}).get("words", ())}
        lower_co = data.get("lowercase_companies", {})
        self.lower_co_suffixes = {fold(w) for w in lower_co.get("suffixes", ())}
        self.lower_co_loose = {fold(w) for w in lower_co.get("loose_suffixes", ())}
        self.lower_co_words = {fold(w) for w in lower_co.get("company_words", ())}
        self.lower_co_not = {fold(w) for w in lower_co.get("not_words", ())}
        self.lower_co_max = int(lower_co.get("max_words", 4))
        self._lower_co_re = re.compile(r"[a-z](?<![\w-][a-z])[a-z]{1,30}\s{1,3}(?:" + "|".join(
            re.escape(w) for w in sorted(self.lower_co_suffixes, key=len, reverse=True)) + r")(?![\w-])") \
            if self.lower_co_suffixes else None
        typed = data.get("lowercase_typed_names", {})
        self.lower_typed_not = {fold(w) for w in typed.get("not_words", ())}
        self.lower_typed_max = int(typed.get("max_words", 4))
        not_first = data.get("lowercase_typed_not_first", {})
        self.lower_typed_clause_endings = tuple(not_first.get("endings", ()))
        self.lower_typed_clause_least = int(not_first.get("min_length", 5))
        self.lower_typed_clause_keep = {fold(w) for w in not_first.get("keep", ())}
        self.lower_typed_clause_verbs = {fold(w) for w in not_first.get("verbs", ())}
        self.lower_typed_re = None
        if typed.get("types") and typed.get("heads"):
            alt = lambda ws: "|".join(re.escape(w) for w in sorted(ws, key=len, reverse=True))  # noqa: E731
            n = max(1, int(typed.get("max_words", 4)) - 1)
            # "the charity harby homes trust,": a type noun, then two to max_words lower-case words ending in a head
            self.lower_typed_re = re.compile(
                r"(?:" + alt(typed["types"] + typed.get("cues", [])) + r")[ \t]{1,2}((?:[a-z][a-z’'\-]{1,30}[ \t]{1,2}){1," + str(n) + r"}(?:" + alt(typed["heads"]) + r"))"
                r"(?=[ \t]{0,2}[,.;:()]|[ \t]{1,2}(?:" + alt(typed.get("closers", ["said"])) + r")\b)")
            # "by tarrow care services, a charity,": the run before a comma and a type noun (cut after its last function word)
            self.lower_typed_after_re = re.compile(
                r"((?:[a-z][a-z’'\-]{1,30}[ \t]{1,2}){1," + str(n + 1) + r"}(?:" + alt(typed["heads"]) + r")),[ \t]{1,2}(?:a|an|the)"
                r"[ \t]{1,2}(?:[a-z\-]{2,20}[ \t]{1,2}){0,2}(?:" + alt(typed["types"]) + r")(?=[ \t]{0,2}[,.;)])")
            # (issue 15) its tail alone, literal-led by the comma, and how far before the comma its run can
            # start: the run is looked for only before a tail found (a scan from every lower-case letter of
            # the page cost ~1 ms a page)
            self.lower_typed_tail_re = re.compile(
                r",[ \t]{1,2}(?:a|an|the)[ \t]{1,2}(?:[a-z\-]{2,20}[ \t]{1,2}){0,2}(?:" + alt(typed["types"]) + r")(?=[ \t]{0,2}[,.;)])")
            self.lower_typed_reach = (n + 1) * (1 + 30 + 2) + max(map(len, typed["heads"]))
        deps = typed.get("departments", {})
        self.lower_department_re = None
        if deps.get("heads") and deps.get("portfolios"):
            port = "|".join(re.escape(w) for w in sorted(deps["portfolios"], key=len, reverse=True))
            self.lower_department_re = re.compile(
                r"\b[Tt]he[ \t]{1,2}((?:" + "|".join(re.escape(w) for w in deps["heads"]) + r")[ \t]{1,2}(?:of|for)[ \t]{1,2}"
                r"(?:" + port + r")(?:,?[ \t]{1,2}and[ \t]{1,2}(?:" + port + r"))?)(?![\w-])")
        # (issue 15) every match holds a head ("department", ...): a page holding none (most) is not
        # scanned from every "the" (~70 µs a real page; the test ~2 µs)
        self.lower_department_words = required_literals(self.lower_department_re) if self.lower_department_re else None
        # the street words ("road", "lane"): a name ending in one is an address (read per name as a set)
        self.street_words = frozenset(data.get("street_addresses", {}).get("words", ()))
        streets = "|".join(re.escape(fold(w)) for w in data.get("street_addresses", {}).get("words", ()))
        # a house number ("12", "4-6", "12a"), a street's name, a street word at the end
        self.address_re = re.compile(r"(?i:" + HOUSE_NUMBER + r"(?:[\w'’\-]{1,30}\s{1,2}){0,3}(?:" + streets + r"))$") \
            if streets else None
        divisions = data.get("divisions", {})
        self.divisions = {tuple(fold(w).split()) for w in divisions.get("words", ())}
        self.division_firsts = {d[0] for d in self.divisions}
        self.division_first_ok = {tuple(fold(w).split()) for w in divisions.get("first_ok", ())}
        self.care_group = tuple(fold(w) for w in divisions.get("care_group", ()))
        self.care_group_specialties = {fold(w) for w in divisions.get("care_group_specialties", ())}
        self.care_group_common = {fold(w) for w in divisions.get("care_group_common", ())}
        intro = data.get("alias_intro", {})
        self.alias_before_re = re.compile(intro["before"]) if intro.get("before") else None
        self.alias_gap_re = re.compile(intro["gap"]) if intro.get("gap") else None
        self.alias_after_re = re.compile(intro["after"]) if intro.get("after") else None
        self.joint_right_first = frozenset(fold(w) for w in data.get("coordinated_pair", {}).get("joint_right_first", ()))
        self.alias_brand_re = re.compile(intro["brand_before"] + "$") if intro.get("brand_before") else None
        # the words one of which every brand cue holds ("brand"): a page with none is not searched
        self.alias_brand_words = required_literals(self.alias_brand_re) if self.alias_brand_re is not None else None
        self.regulators = {fold(name): (name, aliases) for name, aliases in data["regulators"].items()}
        self.regulator_keys = {" ".join(_key(name).split()) for name in data["regulators"]} | set(self.regulators)
        self.regulator_name_keys = {_key(k) for k in self.regulators}  # _name's test, built once
        self.regulators_by_key: dict = {}  # the first regulator of each key, as a scan of self.regulators finds it
        for k, v in self.regulators.items():
            self.regulators_by_key.setdefault(_key(k), v)
        outlets = data.get("outlets", {})
        # "(?<=[A-Za-z])[ \t]{1,2}" before the cues after a name, written blank first, the
        # lookbehind after it: the same matches (every cue opens with a letter), but the
        # engine scans for the blanks instead of testing the lookbehind at every character
        after_lead = r"[ \t](?<=[A-Za-z].)[ \t]?" if all(c[:1].isalpha() for c in outlets.get("after", ())) else r"(?<=[A-Za-z])[ \t]{1,2}"
        self.outlets = {
            "titles": {fold(w) for w in outlets["titles"]},
            # a regulator's abbreviation is the regulator's (_add_known_regulators), no outlet
            "no_body_acronyms": set(outlets["no_body_acronyms"]) | {a for _, aliases in data["regulators"].items() for a in aliases},
            "max_words": int(outlets["max_words"]),
            "before_re": re.compile(r"\b(?:" + "|".join(re.escape(c) for c in sorted(outlets["before"], key=len, reverse=True))
                                    + r")[ \t]{1,2}(?:the[ \t]{1,2})?(?=[A-Z])"),
            # every match begins with a cue, written as it is: read only where one stands (finditer_from;
            # a cue another one begins, "speaking to" of "speaking", is found with it)
            "before_starts": tuple((c, (0,)) for c in sorted(set(outlets["before"]))
                                   if c and not any(o and o != c and c.startswith(o) for o in outlets["before"])),
            "after_re": re.compile(after_lead + r"(?:" + "|".join(re.escape(c) for c in sorted(outlets["after"], key=len, reverse=True))
                                   + r")\b"),
            # (session 16) every match of after_re begins one or two blanks before a cue: read only where a
            # cue's last word stands ("revealed" of "has revealed": "has" is everywhere); 25 -> 13 µs a page
            "after_starts": _last_word_starts(outlets["after"], blanks=(1, 2)),
        } if outlets else {}
        self.part_of_body = {tuple(fold(w).split()) for w in data.get("part_of_body", {}).get("words", ())}
        self.prefix_names = {fold(w): kind for kind, words in data["prefix_names"].items() for w in words}
        self.acronym_things = {fold(w) for w in data.get("acronym_things", {}).get("words", ())}
        number = data.get("registration_number", {}).get("pattern")
        self.registration_number = re.compile(number) if number else None
        self.of_prefix_names = {fold(w): kind for kind, words in data.get("of_prefix_names", {}).items()
                                if not kind.startswith("_") for w in words}
        endings = data.get("web_names", {}).get("endings", ())
        self.web_name_re = re.compile(r"[A-Z][A-Za-z0-9-]{1,40}\.(?:" + "|".join(re.escape(e) for e in endings) + r")") if endings else None
        self.owner_cues = sorted((fold(c) for c in data["owner_cues"]), key=len, reverse=True)
        self.parent_cues = [fold(c) for c in data["parent_cues"]]
        types = [(fold(p), kind) for kind, phrases in data["appositive_types"].items() for p in phrases]
        self.appositive_types = sorted(types, key=lambda t: -len(t[0]))
        self.appositive_kinds = dict(self.appositive_types)
        cues = data.get("cue_names", {})
        self.rated_verbs = [fold(v) for v in cues.get("rated_verbs", ())]
        self.rating_words = [fold(v) for v in cues.get("rating_words", ())]
        self.type_before = sorted(((fold(p), kind) for kind, ps in cues.get("type_before", {}).items() for p in ps),
                                  key=lambda t: -len(t[0]))
        self.type_before_person_ok = {fold(p) for p in cues.get("type_before_person_ok", ())}
        self.type_before_keeps_place = {fold(p) for p in cues.get("type_before_keeps_place", ())}
        self.type_before_person_ok_not_before = frozenset(fold(v) for v in cues.get("type_before_person_ok_not_before", ()))
        self.party_after = [fold(v) for v in cues.get("party_after", ())]
        self.not_parties = {fold(v) for v in cues.get("not_parties", ())}
        # every parties_re match holds a party word in any case: a text whose lower case holds none is not searched
        self.party_words = fewest_words(self.party_after) if self.party_after and all(w.isascii() and w == w.lower() for w in self.party_after) else None
        self.located = [fold(v) for v in cues.get("located", ())]
        self.role_after_possessive = [fold(v) for v in cues.get("role_after_possessive", ())]
        self.possessive_one_word = [fold(v) for v in cues.get("possessive_one_word", ())]
        titles = cues.get("surname_titles", ())
        self.surname_titles_re = r"(?<![\w-])(?:" + "|".join(re.escape(t) for t in titles) + r")\.?" if titles else ""
        rating = r"['‘\"“]?(?:" + "|".join(re.escape(w) for w in self.rating_words if w != "as") + r")\b"
        fillers = _alternation_re("", cues.get("object_fillers", ()), "")
        rating_fillers = _alternation_re("", cues.get("object_rating_fillers", ()), "")
        self.rated_verbs_strict = [fold(v) for v in cues.get("rated_verbs_strict", ())]
        self.after_rating_strict = re.compile(
            r"(?:\s{1,3}(?:" + (fillers.pattern if fillers else "(?!)") + r"))?\s{1,3}" + rating
            + r"|\s{1,3}(?:" + (rating_fillers.pattern if rating_fillers else "(?!)") + r")\s{1,3}" + rating
            + r"['’\"”]?\s{1,3}(?:rating|grade|score)", re.I)
        self.place_before = {fold(w) for w in cues.get("place_before", ())}
        self.person_nouns = {fold(w) for w in cues.get("person_nouns", ())}
        self.not_name_suffixes = tuple(fold(w) for w in cues.get("not_name_suffixes", ()))
        self.cue_not_names = {fold(w) for w in cues.get("not_names", ())}
        self.rated_subject_re = self._rated_subject_re(cues.get("rated_subject", {}))
        self.rated_subject_width = _max_width(self.rated_subject_re)  # (finditer_at)
        # "• Fennick Health – rated requires improvement": a list line's name, a dash or colon and its rating
        self.rated_line_re = re.compile(cues["rated_line_after"]) if cues.get("rated_line_after") else None
        # (session 16) read only a few blanks before its dash or colon (finditer_from), not at every blank
        # of the page: 23 -> 6 µs a real page alone (() when it opens otherwise: read everywhere)
        self.rated_line_starts = (blank_led_starts(self.rated_line_re) or ()) if self.rated_line_re is not None else ()
        self.which_re = _alternation_re(r",\s{1,3}(?:", cues.get("which_cues", ()), r")\b")
        self.run_by_after_re = _alternation_re(r",\s{1,3}(?:", cues.get("run_by_after", ()), r")\s")
        self.setting_apposition_re = re.compile(cues["setting_apposition"]) if cues.get("setting_apposition") else None
        # (session 16) its opening words ("sister", "other", ...): read only where one stands (finditer_from;
        # () when the pattern opens otherwise: read everywhere)
        words = leading_words(self.setting_apposition_re) if self.setting_apposition_re is not None else None
        self.setting_apposition_starts = phrase_starts(words) if words else ()
        self.setting_after_re = re.compile(cues["setting_apposition_after"]) if cues.get("setting_apposition_after") else None
        self.owned_setting_re = re.compile(cues["owned_setting_apposition"]) if cues.get("owned_setting_apposition") else None
        self.the_name_care_home_re = re.compile(cues["the_name_care_home"]) if cues.get("the_name_care_home") else None
        self.inquiry_into = {fold(v) for v in cues.get("inquiry_into", ())}
        self.not_home_names = frozenset(cues.get("not_home_names", ()))
        self.appositive_before_re = _alternation_re(r"(", cues.get("appositive_before", ()), r")\s{0,2},\s{1,3}", not_before=r"[\w-]")
        objects = [o if o == "\\d" else re.escape(fold(o)) for o in cues.get("runs_objects", ())]
        self.runs_re = _alternation_re(r"\s\s{0,2}" + _first_words_ahead(cues.get("runs_cues", ())) + r"(?:", cues.get("runs_cues", ()), r")\s{1,3}(?:" + "|".join(objects) + r")") if objects else None
        self.runs_width = _max_width(self.runs_re)  # (finditer_at)
        self.appositive_before_person_ok = {fold(v) for v in cues.get("appositive_before_person_ok", ())}
        self.appositive_before_one_word = {fold(v) for v in cues.get("appositive_before_one_word", ())}
        self.one_word_body_tails = {fold(v) for v in cues.get("one_word_body_tails", ())}
        self.one_word_person_after_re = re.compile(cues.get("one_word_person_after", r"(?!)"))
        self.speaker_for_re = _alternation_re(r"(?:", cues.get("speaker_for", ()), r")\s{1,3}", not_before=r"[\w-]")
        # where a match of speaker_for_re / role_of_re can begin (a phrase's first word): read there only
        self.speaker_for_starts = phrase_starts({fold(p) for p in cues.get("speaker_for", ())})
        self.speaker_from_re = _alternation_re(r"(?:", cues.get("speaker_from", ()), r")\s{1,3}", not_before=r"[\w-]")
        self.speaker_from_starts = phrase_starts({fold(p) for p in cues.get("speaker_from", ())})
        self.inspected_object_re = _alternation_re(r"(?:", cues.get("inspected_object", ()), r")\s{1,3}", not_before=r"[\w-]")
        self.inspected_object_starts = phrase_starts({fold(p) for p in cues.get("inspected_object", ())})
        self.role_of_departments = {fold(w) for w in cues.get("role_of_departments", ())}
        # (session 19) "X provides nursing care for up to 42 people": the subject of a service's description
        self.service_subject_re = re.compile(cues["service_subject"]) if cues.get("service_subject") else None
        self.service_subject_width = _max_width(self.service_subject_re)  # (finditer_at)
        # (session 19) "Inspectors said X was well run": the cue before the name, the judgement after it
        found = cues.get("found_subject", {})
        self.found_subject_re = _alternation_re(r"(?:", found.get("cues", ()), r")\s{1,3}(?:that\s{1,3})?", not_before=r"[\w-]")
        self.found_subject_starts = phrase_starts({fold(p) for p in found.get("cues", ())})
        self.found_subject_after_re = _alternation_re(r"\s{1,3}(?:", found.get("after", ()), r")\b")
        # (session 19) "According to X, ...": a claim's source
        self.according_to_re = _alternation_re(r"(?:", cues.get("according_to", ()), r")\s{1,3}", not_before=r"[\w-]")
        self.according_to_starts = phrase_starts({fold(p) for p in cues.get("according_to", ())})
        self.role_of_re = _alternation_re(r"(?:", cues.get("role_of", ()), r")\s{1,3}", not_before=r"[\w-]")
        self.role_of_starts = phrase_starts({fold(p) for p in cues.get("role_of", ())})
        speakers = "|".join(re.escape(fold(w)) for w in cues.get("speaker_after", ()))
        # ("[Aa]" first, then the lookbehind one character wider: a first character class the engine searches for)
        self.speaker_after_re = re.compile(
            r"[Aa](?<![\w'’-].)n?\s{1,3}([A-Z][\w'’\-]{0,30}(?:\s{1,3}[A-Z][\w'’\-]{0,30}){0,3})\s{1,3}(?i:" + speakers + r")\b"
        ) if speakers else None
        # every match holds a speaker word in any case: a text whose lower case holds none is not searched
        speaker_words = [fold(w) for w in cues.get("speaker_after", ())]
        self.speaker_after_words = fewest_words(speaker_words) if all(w.isascii() and w == w.lower() for w in speaker_words) else None
        compound = "|".join(re.escape(fold(w)) for w in cues.get("compound_after", ()))
        # (the capital first, then "(?<![\w'’-])" one character wider and "(?!The\s)" as a
        # lookbehind at it: the same matches, but a first character class the engine scans for)
        self.compound_after_re = re.compile(
            r"([A-Z](?<![\w'’-].)(?<!T(?=he\s))[\w'’]{0,30}(?:\s{1,3}(?:[A-Z][\w'’]{0,30}|and|&)){0,3})-(?:" + compound + r")\b"
        ) if compound else None
        # every match holds "-" and a compound word ("-run"): a text holding none is not searched
        self.compound_after_words = frozenset("-" + fold(w) for w in cues.get("compound_after", ()))
        lower_types = "|".join(re.escape(fold(w)) for w in cues.get("type_after", ()))
        self.type_after_re = re.compile(  # (letter first, as compound_after_re)
            r"[Tt](?<![\w-].)he\s{1,3}([A-Z][\w'’\-]{0,30}(?:\s{1,3}(?:[A-Z][\w'’\-]{0,30}|and|&)){0,3})\s{1,3}(?:" + lower_types + r")\b"
        ) if lower_types else None
        self.speaker_after_not_last = {fold(w) for w in cues.get("speaker_after_not_last", ())}
        self.said_it_re = _alternation_re(r"\s\s{0,2}(?:", cues.get("said_it", ()), r")\b")
        self.said_it_starts = phrase_starts({fold(p) for p in cues.get("said_it", ())}, blanks_before=True)
        self.plural_types = sorted(((tuple(fold(p).split()), kind) for kind, ps in cues.get("plural_types", {}).items() for p in ps),
                                   key=lambda t: -len(t[0]))
        self.plural_type_firsts = None if not all(t for t, _ in self.plural_types) else {t[0] for t, _ in self.plural_types}
        acr = data.get("acronym_cues", {})
        self.acronym_before_re = re.compile(r"(?:%s)" % acr["before"], re.I) if acr.get("before") else None
        self.acronym_after_re = re.compile(acr["after"], re.I) if acr.get("after") else None
        self.acronym_joined_re = re.compile(acr["joined"], re.I) if acr.get("joined") else None
        self.acronym_not = {w.upper() for w in acr.get("not", ())}  # post-nominals ("Ann Lee OBE said")
        ner = data.get("ner_names", {})
        self.ner_place_before = {fold(w) for w in ner.get("place_before", ())}
        self.ner_min_uses = int(ner.get("min_uses", 2))
        roles = "|".join(re.escape(w) for w in sorted(self.role_words, key=len, reverse=True))
        self.ner_person_after_re = re.compile(
            r"\s{0,2},\s{1,3}(?:[\w'’\-]{1,30}\s{1,3}){0,%d}(?:%s)\b" % (int(ner.get("role_after_comma_words", 4)), roles or "(?!)"))
        self.data = data
        shared = data.get("shared_heads", {})
        self.shared_heads = {fold(k): v for k, v in shared.get("heads", {}).items()}
        self.shared_skip = {fold(w) for w in shared.get("skip_first", ())}
        # a name's words are none of the heads' words ("Borough" of "A and B Borough Councils")
        head_words = sorted({w for k in self.shared_heads for w in k.split()}, key=len, reverse=True)
        word = r"(?!(?i:%s)\b)[A-Z][\w'’\-]{0,30}" % ("|".join(map(re.escape, head_words)) or "(?!)")
        name = r"%s(?: %s){0,3}" % (word, word)
        plurals = "|".join(re.escape(k) for k in sorted(self.shared_heads, key=len, reverse=True)) or "(?!)"
        self.shared_head_re = re.compile(
            r"(?<![\w'’\-])(%s(?:, %s){0,5}),? and (%s) (?i:(%s))\b(?! [A-Z])" % (name, name, name, plurals))
        # every match holds a plural head in any case: a text whose lower case holds none is not searched
        self.shared_head_words = fewest_words(self.shared_heads) if all(k.isascii() for k in self.shared_heads) else None
        columns = data["table_name_columns"]
        self.table_name_columns = {fold(h): kind for kind, headings in columns["headings"].items() for h in headings}
        self.table_heading_number = re.compile(r"^\s*\d+(?:\.\d+)*\.?\s+")  # "3.1 Care home": a report's section number
        self.table_not_name = re.compile(columns["not_name"])
        self.table_rating = re.compile(columns["rating"])
        self._compile_cues()

    def _rated_subject_re(self, cue: dict) -> re.Pattern[str] | None:
        """After a name: an auxiliary, a rating verb and a rating word ("was rated
        good", "has been upgraded from good to outstanding"), or a verb whose
        object is the rating ("retained its outstanding rating"); on folded text."""
        if not cue or not self.rating_words:
            return None
        def alt(words):
            return "|".join(r"\s{1,3}".join(map(re.escape, fold(w).split())) for w in sorted(words, key=len, reverse=True))
        rating = r"['‘\"“]?(?:" + alt(w for w in self.rating_words if w != "as") + r")\b"
        verb = (r"(?:" + alt(cue.get("verbs", ())) + r")\s{1,3}(?:as\s{1,3})?(?:" + rating + r"['’\"”]?\s{1,3}to\s{1,3})?" + rating)
        obj = (r"(?:" + alt(cue.get("object_verbs", ())) + r")\s{1,3}(?:its|an?|the|their)\s{1,3}(?:overall\s{1,3})?" + rating)
        if cue.get("list_verbs"):
            # "X was rated:" then a list line "- Safe: good": the verb, a colon, a line break, a label and its rating
            verb = (r"(?:" + verb + r"|(?:" + alt(cue["list_verbs"]) + r")\s{0,2}:[ \t]{0,3}\n[\s\-•*–]{0,6}[a-z][a-z\-' ]{1,40}"
                    r"\s{0,3}[:–—-]\s{0,3}" + rating + r")")
        aux = r"(?:(?:" + alt(cue.get("aux", ())) + r")\s{1,3}(?:(?:again|now|also|previously|once\s{1,3}again|today|recently|officially)\s{1,3})?)"
        # Every match goes on, after its blanks, with the first word of an auxiliary or
        # (the auxiliary being optional before them) of an object verb, then a blank:
        # _first_words_ahead drops the other blanks early and leaves the matches as they are.
        # `\s{1,3}` is written `\s\s{0,2}`: a first character class the engine searches for.
        first = _first_words_ahead(cue.get("aux", ()), cue.get("object_verbs", ())) if cue.get("aux") else ""
        return re.compile(r"\s\s{0,2}" + first + r"(?:" + aux + verb + r"|" + aux + r"?" + obj + r")")

    def _add_ner_names(self, doc: Doc, orgs: dict[str, OrgCluster], order: list[str], chrome, add) -> None:
        """The accurate profile's ORG entities that no mention covers (NameGrammar._ner_names):
        a name, alias or acronym of a known organisation, or the leading words of its
        name, joins it; anything else is a new (weak) organisation."""
        taken = [m for org in orgs.values() for m in org.mentions]
        bodies = [m for org in orgs.values() if org.kind in ("regulator", "other") for m in org.mentions]
        for start, end, kind, strong in self._not_titles(doc, self._ner_names(doc, chrome, taken)) + self._cue_acronyms(doc, chrome, taken, bodies):
            name = doc_text(doc)[start:end]
            key = _key(name)
            if not key:
                continue
            known = None
            for org_key in order:
                org = orgs.get(org_key)
                if org is None:
                    continue
                if key == org_key or key in {_key(a) for a in org.aliases} or (
                        name.isupper() and (key in self._acronyms_of(org.name) or _tail_initials(org.name, name))
                ) or org_key.startswith(key + " ") or _clipped(key, org_key):
                    known = org
                    break
            if known is not None:
                if key != _key(known.name):
                    self._add_alias(known, name)
                known.mentions.append((start, end))
                continue
            regulator = self.regulators.get(key)
            if regulator:
                kind, name = "regulator", regulator[0]
            add(name, kind, start, end, strong)

    # -- clustering ------------------------------------------------------------
    def _add_table_names(self, doc: Doc, service_spans, add) -> None:
        """A table of ratings whose column is headed by a kind of body ("Care home | Provider |
        Latest rating"): each cell of that column is a name of that kind (vocab table_name_columns),
        unless it is a rating, a key question, a date or a number, or a service CQC rates. (Page
        layout takes lines in pipes for menus; a table with ratings in its cells is none.)"""
        text = doc_text(doc)
        if "|" not in text and "\t" not in text:
            return  # (a column heading needs a pipe or tab-separated line)
        from .ratings.tables import find_tables  # (here: the ratings package imports this module)
        for table in find_tables(text):
            header = table.rows[0]
            kinds = {k: self.table_name_columns.get(self.table_heading_number.sub("", fold(text[c.start:c.end]).strip(" *:")))
                     for k, c in enumerate(header)}
            if not any(kinds.values()):
                continue
            # only a table of ratings: a menu or a cookie bar in pipes ("Home | News") is page chrome
            if not any(self.table_rating.fullmatch(fold(text[c.start:c.end]).strip(" *")) for row in table.rows[1:] for c in row):
                continue
            for row in table.rows[1:]:
                for k, kind in kinds.items():
                    if kind is None or k >= len(row):
                        continue
                    cell = text[row[k].start:row[k].end]
                    name = cell.strip(" *")
                    start = row[k].start + cell.find(name)
                    if (not name or not name[0].isupper() or len(name) > 80 or self.table_not_name.fullmatch(fold(name))
                            or (start, start + len(name)) in service_spans):
                        continue
                    add(name, kind, start, start + len(name))

    def _add_shared_heads(self, doc: Doc, chrome, add) -> None:
        """"A and B borough councils", "the A, B and C surgeries": one organisation
        per name, "A Borough Council" (vocab shared_heads), each with its own
        name's span as evidence."""
        text = doc_text(doc)
        if self.shared_head_words is not None and not _may_hold(text, self.shared_head_words):
            return
        for m in self.shared_head_re.finditer(text):
            if in_ranges(m.start(), chrome):
                continue
            head, kind = self.shared_heads[fold(m.group(3))]
            members = []
            pos = m.start(1)
            for part in m.group(1).split(", "):
                members.append((pos, part))
                pos += len(part) + 2
            members.append((m.start(2), m.group(2)))
            # "Both A and B councils": the words a sentence starts with are no name
            first_start, first = members[0]
            words = first.split(" ")
            while words and fold(words[0]) in self.shared_skip:
                first_start += len(words[0]) + 1
                words = words[1:]
            if not words:
                continue
            members[0] = (first_start, " ".join(words))
            if any(fold(w) in self.shared_skip for _, part in members for w in part.split(" ")):
                continue
            for start, part in members:
                add(part + " " + head, kind, start, start + len(part))

    def __call__(self, doc: Doc) -> Doc:
        chrome = doc_chrome(doc)
        other = self.other_stories.ranges(doc, doc_text(doc))
        if other:
            chrome = sorted(chrome + other)  # other stories' names are not this story's (as chrome's)
        orgs: dict[str, OrgCluster] = {}
        order: list[str] = []

        def add(name: str, kind: str, start: int, end: int, strong: bool = True) -> None:
            key = _key(name)
            if not key or name.count("(") != name.count(")"):
                return  # "Ann Lee (Group": a bracket cut off is no name
            if key not in orgs:
                orgs[key] = OrgCluster(name=name, kind=kind, strong=strong)
                order.append(key)
            else:
                org = orgs[key]
                if name[:4] == "The " and not org.name.startswith("The "):
                    org.name = name
                if strong and not org.strong:
                    org.kind, org.strong = kind, True
            orgs[key].mentions.append((start, end))

        # "Community-Based Mental Health Services for Older People" in capitals: a service CQC rates, not a body
        # (a name of three words or more the vocabulary knows as a service, the whole candidate)
        service_spans = {(s.start_char, s.end_char) for s in doc.spans.get(VOCAB_SPANS_KEY, ())
                         if s.label == SERVICE_LABEL and s.end - s.start >= 3}
        for start, end, kind, strong in sorted(self._candidates(doc, chrome)):
            if (start, end) in service_spans and kind != "regulator":
                continue
            name = doc_text(doc)[start:end]
            regulator = self.regulators.get(_key(name)) or self.regulators_by_key.get(_key(name))
            if regulator:
                kind = "regulator"
                name = regulator[0]
            name, alias = self._inner_bracket(name)
            if alias is None and kind == "regulator" and name.endswith(")"):
                base = name[: name.rfind("(")].rstrip()  # "NHS England (North)": the regulator's own name too
                if self.regulators.get(_key(base)) or self.regulators_by_key.get(_key(base)):
                    alias = base
            add(name, kind, start, end, strong)
            if alias:
                self._add_alias(orgs[_key(name)], alias)

        self._add_shared_heads(doc, chrome, add)
        self._add_table_names(doc, service_spans, add)
        self._bracket_aliases(doc, orgs)
        self._merge_cut_names(doc, orgs)
        self._merge_short_forms(orgs, order)
        self._merge_inner_forms(orgs, order)
        self._add_known_regulators(doc, orgs, order, chrome)
        self._add_acronyms(doc, orgs, chrome)
        self._merge_alias_names(orgs)
        self._merge_blends(orgs)
        self._merge_renamed(doc, orgs)
        self._add_repeats(doc, orgs, chrome)
        self._add_place_references(doc, orgs, chrome)
        self._add_short_forms(doc, orgs, order, chrome)
        self._add_ner_names(doc, orgs, order, chrome, add)
        self._merge_introduced_aliases(doc, orgs)
        self._fix_kinds(doc, orgs)

        spans = []
        records = []
        given = given_text(doc)  # (session 18) evidence's text, looked up once, not once per mention
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
                    "evidence": [{"start": s, "end": e, "text": given[s:e]} for s, e in mentions[: self.max_evidence]],
                }
            )
            for s, e in mentions:
                span = doc.char_span(s, e, label=org.kind, alignment_mode="expand")
                if span is not None:
                    span.id_ = org.name
                    spans.append(span)
        doc.spans[self.spans_key] = sorted(spans, key=lambda sp: (sp.start, sp.end))
        doc._.cqc_organisations = records
        # (session 18) the page's word index (org_names._WordIndex) is read only here: let it go, rather
        # than keep tens of thousands of lists alive (and for the collector to walk) while the rest of the page is read
        doc_tokens(doc).extra.pop("org_word_index", None)
        return doc


@Language.factory(
    "cqc_organisations",
    default_config={
        "vocab": "vocab/organisations.json",
        "references_vocab": REFERENCES_VOCAB,
        "spans_key": ORG_SPANS_KEY,
        "max_evidence": MAX_EVIDENCE,
        "money_vocab": MONEY_VOCAB,
    },
    requires=["doc._.cqc_chrome"],
    assigns=["doc._.cqc_organisations", "doc.spans"],
)
def make_organisations(nlp: Language, name: str, vocab: str, references_vocab: str, spans_key: str,
                       max_evidence: int, money_vocab: str) -> Organisations:
    return Organisations(nlp, name, vocab=vocab, references_vocab=references_vocab, spans_key=spans_key,
                         max_evidence=max_evidence, money_vocab=money_vocab)

