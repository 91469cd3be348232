"""cqc_ratings: every rating an article states, with before-and-after transitions.

Reads `doc.spans["cqc"]` (RATING, KEY_QUESTION, SERVICE mentions from the
span ruler, `id_` = canonical value), `doc.spans["cqc_org"]` (organisation
mentions) and the cue expressions of models/vocab/rating_cues.json; writes
`doc._.cqc_ratings` (list of dicts: subject, service, domain, rating,
previous, change, evidence).

How it reads an article:
- The text is cut into units (sentences, further cut at line breaks so list
  bullets and headings stand alone) and units into clauses (";", "while",
  "whereas", "but").
- A discourse state carries the subject (last named provider or location) and
  the service (last named service) across units; "the trust"/"the hospital"
  point back to the last provider/location, and naming an organisation resets
  the service.
- In a clause, each rating value is either a result or a previous rating
  (after "from", "previously rated", "up from", before "to" in "X to Y").
  A result takes the key questions right after it ("good for safe and
  caring") or else those before it since the last result ("safe and
  responsive were rated requires improvement"), else "overall".
- Previous ratings come from the same clause ("from X to Y", "up from X"),
  from "remains/again/retained/still" (previous = the rating itself), or from
  history anywhere in the text for the same subject and service.

The package: this module (the component: rules compiled from the data files),
reader.py (one document's reader: indexes, units, discourse state, facts),
mentions.py (which mentions count), clauses.py (one clause), history.py
(previous ratings stated as history), lines.py and tables.py (ratings laid out
as labelled lines and as grids), facts.py (Mention, State, Fact).
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from ...prefilter import (LITERAL_LED_COVER, boundary_factored, contains_any, fewest_words, literal_alternation, literal_led,
                          required_literal_sets, required_literals)
from ...text import fold_keep_offsets
from ..base import REFERENCES_VOCAB, AssetComponent, reference_words
from ..organisations import ORG_SPANS_KEY
from ..story_lines import OtherStories
from ..vocabulary import SPANS_KEY, other_service_names
from .lines import acronym_pattern, line_led
from .mentions import mentions_by_label
from .reader import Reader


# The windows the rules read (characters around a mention), kept in
# rating_cues.json beside their cues as "<cue>_window" ("tense.dated_after":
# "dated_after_window" inside "tense").
WINDOWS = (
    "previous_before", "previous_after", "direction_before", "direction_after", "caring_care", "caring_care_object",
    "caring_care_after", "alternative_after",
    "adjective_use", "quoted_adjective", "not_subject_before", "unchanged_after", "same_as_last", "keeps_that",
    "first_since", "rating_change_lead", "tense.dated_after", "tense.past_after", "practice_not_service.before", "practice_not_service.after",
    "clause_before", "count_after_value", "population_group_part_before", "reference_subject_after_service", "service_run_before",
    "all_domains_subject", "bracket_list_unchanged", "direction_next_sentence", "direction_note_from",
    "listed_services_group", "superseded_after", "previous_adjective", "direction_lead", "fresh_now", "count_relative_object",
    "owner_service_gap", "object_service_before", "count_named_count",
)

# (issue 15) Cues read in a short window before or after every result of a clause: Reader._may
# first asks whether one of their required strings starts in the window (Ratings.gates). Cues whose
# strings are short common words ("as", "in", "was") or the values themselves are left out: no cheaper.
WINDOW_TESTED_CUES = (
    "negated", "aspiration", "described_not_rated", "count_before", "previous_event_before", "keeps_that",
    "remains_after", "bracket_list_unchanged", "same_as_last", "again_after", "running_after", "first_since",
    "other_domains", "except_domains", "domain_anaphora", "domain_anaphora_after", "all_domains_subject",
    "all_domains", "domains_anaphora_plural", "count_domains", "declined_before",
)

# (session 16) Cues written literal-led (prefilter.literal_led) after every call the pipeline made of them
# over the tune, dev and corpus texts was replayed both ways: the same matches, faster. The value is the
# opening characters' cover literal_led accepts: "not_rating_clause" opens with common letters (over
# LITERAL_LED_COVER) and is still twice as fast so; the others pass the default.
LITERAL_LED_CUES = {
    "not_rating_clause": 1.0, "scale": LITERAL_LED_COVER, "respectively": LITERAL_LED_COVER,
    "superseded_before": LITERAL_LED_COVER, "same_as_before": LITERAL_LED_COVER, "council_assessment": LITERAL_LED_COVER,
    "domain_negated_before": LITERAL_LED_COVER, "provider_wide": LITERAL_LED_COVER,
}

# (session 16) Cues asked of every clause, value or unit whose words most pages lack (Reader._may, no bounds)
PAGE_TESTED_CUES = ("superseded_after", "superseded_before", "respectively", "history_paragraph_lead", "other_group_subject",
                    "domain_negated_before")

# (session 16) Every match of copy_previous and copy_value holds one of these as a word: "did so too", "has as
# well", "so has", "the same move", "likewise", "as did", "as was"; "the same rating", "as is", "so is",
# "rated the same" (tests/test_ratings_speed16.py). "copy_any" is searched in ~6 clauses, units and pieces a
# page and tried at each word; the words' alternation alone, at each word, is ~2 x cheaper and most text
# holds none of them as a word ("as" inside "was", "has" does not count).
COPY_WORDS = re.compile(r"\b(?:too|as|so|same|likewise)\b")


class Gate:
    """The strings one of which every match of a cue holds (a necessary condition of a match; `regex`, when
    given, finds them, e.g. only as words): text where none of them starts is not searched for the cue. The
    one test every gated cue is asked through (issue 15): the page once (PAGE_TESTED_CUES), a window before
    or after each value, a clause, a slice (Reader._may; `starts_in` for text that is not the page)."""
    __slots__ = ("strings", "regex", "past", "literal")

    def __init__(self, strings, regex: re.Pattern[str] | None = None):
        self.strings = tuple(sorted(strings))
        self.literal = regex is None  # (plain strings: the page is tested with `in`, in C)
        self.regex = re.compile(literal_alternation(self.strings)) if regex is None else regex
        self.past = max(map(len, self.strings)) - 1  # (a string starting before `hi` may end this far past it)

    def starts_in(self, text: str, lo: int = 0, hi: int | None = None) -> bool:
        """Does one of the strings start in text[lo:hi]?"""
        if hi is None:
            if lo == 0 and self.literal:
                return contains_any(text, self.strings)
            hi = len(text)
        m = self.regex.search(text, lo, hi + self.past)
        return m is not None and m.start() < hi

    def __reduce__(self):  # (the component pickles: test_component_pickles)
        return Gate, (self.strings, None if self.literal else self.regex)


def _windows(cues: dict) -> dict[str, int]:
    """The "<cue>_window" entries of the cue file, by cue name ("group.cue" inside a group)."""
    found = {}
    for key, value in cues.items():
        if isinstance(value, dict):
            found.update({f"{key}.{k.removesuffix('_window')}": v for k, v in value.items() if k.endswith("_window")})
        elif key.endswith("_window"):
            found[key.removesuffix("_window")] = value
    return found


def _reference_patterns(cues: dict, references: dict) -> dict[str, re.Pattern]:
    """ "the trust" (provider), "this hospital" (location): the nouns of the one
    vocabulary of reference words, less those this component does not read."""
    words = reference_words(references, cues["references_unused"])
    rules = cues["references"]
    patterns = {}
    for kind, groups in (("provider", ("trust", "provider")), ("location", ("location",))):
        nouns = "|".join(r"\s+".join(map(re.escape, w.split())) for g in groups for w in words[g])
        pattern = rf"\b{rules['determiners']}\s+(?:{nouns})\b"
        if rules.get(f"also_{kind}"):
            pattern += "|" + rules[f"also_{kind}"]
        patterns[kind] = re.compile(pattern)
    return patterns


class Ratings(AssetComponent):
    """The rules (compiled from the data files the config names) and the span
    groups to read; each Doc is read by a `Reader` of its own."""

    def __init__(
        self,
        nlp: Language,
        name: str,
        *,
        spans_key: str = SPANS_KEY,
        org_spans_key: str = ORG_SPANS_KEY,
        cues: str = "vocab/rating_cues.json",
        services: str = "vocab/services.json",
        other_services: str = "vocab/other_services.json",
        references_vocab: str = REFERENCES_VOCAB,
    ):
        self.spans_key = spans_key  # the span ruler's RATING, KEY_QUESTION and SERVICE spans
        self.org_spans_key = org_spans_key  # cqc_organisations' mentions
        self.files = {"cues": cues, "services": services, "other_services": other_services, "references": references_vocab}
        self.asset_files = (cues, services, other_services, references_vocab)
        # the reference words are cqc_organisations' file: saved once, by it
        super().__init__(nlp, name, borrowed_files=(references_vocab,))

    def _compile(self) -> None:
        cues = self.assets[self.files["cues"]]
        # (each with its "\b" taken out of its alternatives: the same matches, found several times faster)
        self.cue = {k: boundary_factored(re.compile(v)) for k, v in cues.items() if isinstance(v, str) and not k.startswith("_")}
        # (searched in every clause with a value: written with each alternative opening with its first letter,
        # prefilter.literal_led, the same matches found several times faster)
        self.cue["history_clause"] = literal_led(self.cue["history_clause"])
        # (session 16) the same for the cues searched in each clause or in the window before each value whose
        # every call, replayed over the tune, dev and corpus texts, found the same matches 1.1-5 × faster so
        for name, cover in LITERAL_LED_CUES.items():
            self.cue[name] = literal_led(self.cue[name], cover)
        # (session 16) "Safe: Good (previous: RI)": patterns of a line's start, tried at each "\n" found in C
        # (lines.line_finditer), not at every character of the page
        self.line_note_led = {name: line_led(re.compile(self.cue[name].pattern.removeprefix("(?m)"), re.MULTILINE))
                              for name in ("line_previous_note", "line_was_now")}
        # "X is to expand its maternity unit": the object only after a verb that changes the service
        verbs = "|".join(re.escape(v) for v in cues.get("object_service_verbs", ()))
        if verbs:
            self.cue["object_service_before"] = boundary_factored(re.compile(
                rf"\b(?:{verbs})[a-z]{{0,6}}[ \t]{{1,3}}(?:(?:in|to|of|on|at)[ \t]{{1,3}})?" + cues["object_service_before"].removeprefix(r"\b")))
        # the words every match of "same_as_before" contains: a unit without one is not searched (each unit is)
        self.same_as_before_words = required_literals(self.cue["same_as_before"])
        self.practice_before = re.compile(cues["practice_not_service"]["before"])
        self.practice_after = re.compile(cues["practice_not_service"]["after"])
        self.practice_headline_after = re.compile(cues["practice_not_service"]["headline_after"])
        self.practice_list = re.compile(cues["practice_not_service"]["list"])
        self.references = _reference_patterns(cues, self.assets[self.files["references"]])
        # "the company" / "the trust": which provider named so far (see rating_cues.json provider_reference_names)
        self.provider_reference_names = [
            (re.compile(k["noun"]), re.compile(k.get("name") or k["name_not"]), "name" in k)
            for k in cues["provider_reference_names"]["kinds"]]
        # The words every match of a pattern searched in each unit holds: a text without one is not searched
        self.reference_words = {kind: required_literals(rx) for kind, rx in self.references.items()}
        self.provider_wide_words = required_literals(self.cue["provider_wide"])
        # (session 16) cues asked of a text only when it holds one of the words every match holds (contains_any)
        self.gate_words = {name: required_literals(self.cue[name]) for name in ("direction_lead", "direction_lead_follows")}
        # (session 16) cues asked of most pages that hold none of the words every match holds ("draft",
        # "respectively", "previously", ...): asked only on a page holding one (Reader._may with no bounds; words
        # without a blank, so a clause with its notes blanked cannot hold one its page does not)
        self.gates: dict[str, Gate] = {name: Gate(words) for name in PAGE_TESTED_CUES
                                       if (words := required_literals(self.cue[name])) and not any(w != w.strip() or " " in w for w in words)}
        self.tense = {kind: boundary_factored(re.compile(rx)) for kind, rx in cues["tense"].items() if not kind.startswith("_") and isinstance(rx, str)}
        self.tense["past"] = literal_led(self.tense["past"])  # (session 16: 1.7 × faster over the replayed calls)
        self.window = _windows(cues)
        missing = [name for name in WINDOWS if name not in self.window]
        if missing:
            raise ValueError(f"{self.name}: {self.files['cues']} lacks the windows {missing}")
        self.population_groups = set(self.assets[self.files["other_services"]]["population_groups"])
        # (session 16: written literal-led, the same matches 1.2-2.3 x faster over the units read; each searched
        # only in a unit holding one of the words every match holds, 6-24 % of them)
        self.descriptions = {kind: literal_led(re.compile(rx)) for kind, rx in cues["descriptions"].items() if not kind.startswith("_")}
        self.description_words = {kind: required_literals(rx) for kind, rx in self.descriptions.items()}
        self.members = {part: re.compile(rx) for part, rx in cues["members"].items() if not part.startswith("_")}
        # The words every match of a cue read back from a result contains: a clause without one is not searched
        # result by result (Reader._may); "tense.past.words" beside "tense.past"'s strings below, both asked.
        for name, rx in (("group_all", self.cue["group_all"]), ("members.group", self.members["group"]),
                         ("tense.past.words", self.tense["past"]), ("service_run_before", self.cue["service_run_before"])):
            if words := required_literals(rx):
                self.gates[name] = Gate(words)
        # Strings one of which every match of a cue searched in a window before each result holds (the
        # longest of each set of required_literal_sets): a window where none starts is not searched
        # (Reader._may); a clause of thousands of results is then not read window by window
        # with the cue's every alternative.
        for name, rx in (("unchanged", self.cue["unchanged"]), ("tense.dated_before", self.tense["dated_before"]),
                         ("tense.past", self.tense["past"])):
            sets = required_literal_sets(rx, 2)
            if sets:
                words = {max(sorted(words), key=len) for words in sets}
                self.gates[name] = Gate(fewest_words(words))
        # (issue 15) the cues read in a short window at every result of a clause (before it, after it):
        # a window where none of the cue's strings (at least three characters) starts is not searched
        # (a window of at most SHORT_WINDOW characters is searched for the strings' one alternation, Gate.starts_in:
        # cheaper than finding each string's every place in the page, a find loop per string)
        for name in WINDOW_TESTED_CUES:
            sets = required_literal_sets(self.cue[name], 3)
            if sets and name not in self.gates:
                words = {max(sorted(words), key=len) for words in sets}
                self.gates[name] = Gate(fewest_words(words))
        # (issue 15) "unchanged"'s sets whole, by their longest string: where Reader._may finds one of
        # those, the window is searched only when every other string of one of its sets starts there too
        # ("ke" of "kept" starts in many names, "pt" seldom with it); Reader._window_sets_hold
        self.window_sets = {}
        sets = required_literal_sets(self.cue["unchanged"], 2)
        if sets and "unchanged" in self.gates:
            by_key: dict[str, list[tuple[str, ...]]] = {}
            for words in sets:
                key = max(sorted(words), key=len)
                by_key.setdefault(key, []).append(tuple(sorted(words - {key}, key=len, reverse=True)))
            self.window_sets["unchanged"] = by_key
        # (_window_sets_hold in a bounded window) every place a key starts (overlapping: a lookahead), the longest
        # key there and with it each key it begins with
        self.window_set_res = {name: (re.compile("(?=(" + literal_alternation(sorted(by_key, key=len, reverse=True)) + "))"),
                                      max(map(len, by_key)) - 1,
                                      {key: [k for k in by_key if key.startswith(k)] for key in by_key})
                               for name, by_key in self.window_sets.items()}
        # one search for the two "copy" cues: a clause with neither is not searched twice
        # (session 16) asked only of text holding one of the words every match of either holds (COPY_WORDS)
        self.cue["copy_any"] = boundary_factored(re.compile(f"(?:{cues['copy_previous']})|(?:{cues['copy_value']})"))
        self.gates["copy_any"] = Gate(("as", "likewise", "same", "so", "too"), COPY_WORDS)
        other = self.assets[self.files["other_services"]]
        self.service_names = set(other_service_names(other))
        qualifiers = other.get("qualifiers", {})

        def alternation(phrases):
            return "|".join(re.escape(q).replace(r"\ ", r"[ \t]{1,3}") for q in sorted(phrases, key=len, reverse=True))

        after, before = qualifiers.get("for", []), qualifiers.get("before", [])
        self.qualified_after = re.compile(r"[ \t]{1,3}for[ \t]{1,3}(?:" + alternation(after) + r")\b") if after else None
        # (searched in a bounded window ending where the service starts)
        self.qualified_before = re.compile(r"(?<![\w'])(?:(?:" + alternation(before) + r")[ \t]{1,3}){1,2}$") if before else None
        self.qualified_only = set(other.get("qualified_only", []))
        self.acronym_names = acronym_pattern(self.service_names)
        # lists of other stories on the page ("Related stories", "More stories"): their ratings are not this page's
        self.other_stories = OtherStories(cues["other_stories"])
        self.service_synonyms = {
            fold_keep_offsets(phrase): canonical
            for canonical, phrases in self.assets[self.files["services"]].items()
            if not canonical.startswith("_")
            for phrase in phrases
        }

    def __call__(self, doc: Doc) -> Doc:
        by_label = mentions_by_label(doc.spans.get(self.spans_key, []), ("RATING", "KEY_QUESTION", "SERVICE"))
        # Every item comes from a rating value the span ruler found (a clause's, a grid cell's, a
        # note's, or one copied from them): a page with none has no item, and is not read.
        if not by_label["RATING"]:
            doc._.cqc_ratings = []
            return doc
        doc._.cqc_ratings = Reader(self, doc, by_label).read()
        return doc


@Language.factory(
    "cqc_ratings",
    # The span groups read and the data files loaded (paths under models/; the
    # files themselves are saved beside the config by to_disk, so a saved
    # pipeline keeps its own rules).
    default_config={
        "spans_key": SPANS_KEY,
        "org_spans_key": ORG_SPANS_KEY,
        "cues": "vocab/rating_cues.json",
        "services": "vocab/services.json",
        "other_services": "vocab/other_services.json",
        "references_vocab": REFERENCES_VOCAB,
    },
    requires=["doc._.cqc_organisations", "doc.spans"],
    assigns=["doc._.cqc_ratings"],
)
def make_ratings(
    nlp: Language, name: str, spans_key: str, org_spans_key: str, cues: str, services: str, other_services: str,
    references_vocab: str,
) -> Ratings:
    return Ratings(nlp, name, spans_key=spans_key, org_spans_key=org_spans_key, cues=cues, services=services,
                   other_services=other_services, references_vocab=references_vocab)
