"""The reader of one document: the text, the indexed mentions, the units it
is read in, the discourse state, and the facts found so far. `read()` goes
through the units in order; the methods of the mixins (mentions, lines,
tables, clauses, history) read all of these from `self`."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace
from functools import lru_cache
from operator import attrgetter
from typing import TYPE_CHECKING, Any

from spacy.strings import get_string_id
from spacy.tokens import Doc

from ...prefilter import contains_any, starts_of
from ...text import NUMBER_WORDS
from ..base import doc_folded, doc_text
from .clauses import ClauseReading
from .facts import Coverage, Fact, Indexed, Mention, State, as_dict, collect, only_history, unique
from .history import HistoryReading
from .lines import (ALL_OF_THEM, PREVIOUS_HEADING, PROVIDES_BEFORE, SERVICE_REFERENCE, UNRELATED_AFTER, join_key_question_bullets,
                    LineReading, join_labelled_lines, labelled_lines, line_finditer, new_topic_paragraph, previous_notes)
from .mentions import LIST_JOIN, MentionFinder, care_candidates, care_words, care_in_domain_lists, mentions_by_label, pair_value, units_of
from .tables import TableReading, find_tables, legend_spans, scale_key_spans, split_at_tables

if TYPE_CHECKING:
    from . import Ratings


RELATIVE_WORD = re.compile(r"\b(?:which|who|that)\b")  # opens a relative clause (_verb_subject)


@lru_cache(maxsize=4096)
def _whole_word(word: str) -> re.Pattern[str]:
    """`word` as a whole word (compiled once per word, not once per match)."""
    return re.compile(r"\b" + re.escape(word) + r"\b")


SUBJECT_KINDS = ("provider", "location")
SUBJECT_KIND_IDS = {get_string_id(kind): kind for kind in SUBJECT_KINDS}
OTHER_KIND_ID = get_string_id("other")
# (session 20) the nouns of a location reference that its name holds ("the hospital" -> "X Hospital")
LOCATION_NOUN = re.compile(r"\b(hospital|centre|ward|unit|clinic|hospice)\b")
ASSESSED_BODY = re.compile(r"(?i)\bcouncil$")  # "Fellbridge Borough Council": CQC assesses councils (not "General Medical Council": a regulator)
_start = attrgetter("start")  # a mention's start, the key its lists are sorted by
# "X's Y", "X's homes Y and Z", "X's home in Z, Y"; (session 17) "the X-run Y", "X-owned Y"
OWNER_S = re.compile(r"['’]s?\s+(?:[a-z-]{2,20}\s+){0,2}|-(?:run|owned|operated|managed)\s+"
                     r"|['’]s?\s+(?:[a-z-]{2,20}\s+)?[a-z-]{2,20}(?:\s+(?:in|at|near)\s+[a-z'’-]{2,20})?\s{0,3}[,–—]\s{0,3}")
PROVIDER_AT_SITE = re.compile(r"\s+at\s+")
HEADING_GAP = re.compile(r"[\s#*•·\d.:–—-]{0,8}(?:services?)?[\s:–—-]{0,4}")
AND_WORD = re.compile(r"\band\b|&")
AND_BEFORE = re.compile(r"\band[ \t]{1,8}$")
# How far from a value a name with its own value ("A (good)", "good at A") can stand: longer than either
# cue can match (value_in_brackets, at_after_value in rating_cues.json)
OWN_VALUE_REACH = 40
# (issue 15) A window of at most this many characters (clause_before_window is 600) is searched for a
# cue's strings (_may, _window_sets_hold) rather than looked up in their places in
# the page, the first WINDOW_SEARCHES times a page asks about the cue (a page asks a few times a cue)
SHORT_WINDOW = 700
WINDOW_SEARCHES = 16
# How far past its start a reference ("the trust's hospital") can run
REFERENCE_REACH = 80
# A provider's name that "the trust" can point to
TRUST_NAME = re.compile(r"\b(?:trust|ft|nhs)\b")
EACH_ALL_BOTH = re.compile(r"\b(?:each|all|both)\b")
# Before the organisation a clause opens with: "And meanwhile, the ...".
LEADING_GAP = re.compile(r"\W{0,4}(?:(?:and|but|meanwhile|also|elsewhere|nearby)\W{1,3}){0,2}(?:the\s{1,3})?")


# A list item's line: a bullet or dash, then a space.
LIST_ITEM = re.compile(r"[ \t]{0,8}[-•*▪◦‣·][ \t]")



# Where a sentence or line ends, as the history aside's check reads it ("[.!?] then a blank", a line break):
# every place one starts (a lookahead, so ". \n" gives both its ends)
SENTENCE_END_AT = re.compile(r"(?=[.!?]\s|\n)")

# whose the home named next is: "its", "their", "the company's"
OWNER_BEFORE_NAME = re.compile(r"(?:\bits|\btheir|['’]s)\s+$")


class Reader(MentionFinder, LineReading, TableReading, ClauseReading, HistoryReading):
    """Reads the ratings of one Doc with the rules of a Ratings component."""

    def __init__(self, rules: Ratings, doc: Doc, by_label: dict[str, list] | None = None):
        # The rules, compiled once by the component (see Ratings._compile).
        self.cue = rules.cue
        self.references = rules.references
        self.provider_reference_names = rules.provider_reference_names
        self.reference_words = rules.reference_words
        self.agency_reference = rules.cue["agency_reference"]
        self.provider_wide_words = rules.provider_wide_words
        self.tense = rules.tense
        self.window = rules.window  # characters around a mention each cue is matched in
        self.descriptions = rules.descriptions
        self.description_words = rules.description_words
        self.members = rules.members
        self.population_groups = rules.population_groups
        self.practice_before = rules.practice_before
        self.practice_after = rules.practice_after
        self.practice_list = rules.practice_list
        self.practice_headline_after = rules.practice_headline_after
        self.service_names = rules.service_names
        self.qualified_after = rules.qualified_after
        self.qualified_before = rules.qualified_before
        self.qualified_only = rules.qualified_only
        self.acronym_names = rules.acronym_names
        self.service_synonyms = rules.service_synonyms
        self.core_services = set(rules.service_synonyms.values())  # the canonical labels (SPEC §2)
        self.same_as_before_words = rules.same_as_before_words
        self.gates = rules.gates  # (_may)
        self.window_set_res = rules.window_set_res
        self.window_sets = rules.window_sets
        self.gate_words = rules.gate_words
        self._page_held: dict[str, bool] = {}  # (_may, the page)
        # The document and the mentions read in it.
        self.doc = doc
        self.text = text = doc_text(doc)
        self.folded = folded = doc_folded(doc)
        self.labelled = labelled_lines(folded)  # "safe: good", "are services safe? - good": found once
        # "Safe: Good (previous: Inadequate)", "Is it safe? Good, up from Requires improvement": a key question's
        # line with the rating before as a note of its own (the note is read in _note_history)
        noted = sorted((m.start(), m.end(), *m.span("lead"), *m.span("note"))
                       for cue in ("line_previous_note", "line_was_now") for m in line_finditer(self.cue[cue], rules.line_note_led[cue], folded))
        if noted:
            noted_lines = Coverage(n[:2] for n in noted)  # by bisection: a scan per line is n² on a page of such lines
            self.labelled = sorted([ln for ln in self.labelled if not noted_lines.overlaps(ln[0], ln[1])]
                                   + [n[:4] for n in noted])
        if by_label is None:  # (the component reads them first: a page with no rating value is not read)
            by_label = mentions_by_label(doc.spans.get(rules.spans_key, []), ("RATING", "KEY_QUESTION", "SERVICE"))
        ratings = [r for r in by_label["RATING"] if pair_value(text, folded, r) or not self._adjective(r)]
        domains = by_label["KEY_QUESTION"]
        if "?|" in folded:
            # "Is the service safe?| Inadequate": a table row with no space before its bar is one token ("safe?|"),
            # which the span ruler does not mark
            domains = domains + [Mention(m.start("kq"), m.end("kq"), "well-led" if m.group("kq").startswith("well") else m.group("kq"))
                                 for m in self.cue["glued_key_question"].finditer(folded)]
        services = self._shared_head(self._qualified(self._longest(by_label["SERVICE"])))
        services = [s for k, s in enumerate(services) if not self._practice(s, services[k + 1] if k + 1 < len(services) else None)]
        # A council is rated as a whole by its CQC assessment (SPEC §2): on a page that tells of such an
        # assessment ("how the council meets its Care Act duties"), a council may be a subject, as a provider
        # (a council that speaks, "X Council said the home was rated good", is no subject)
        assessed = contains_any(folded, ("council", "local authorit")) and self.cue["council_assessment"].search(folded) is not None
        subject_orgs = []
        other = OTHER_KIND_ID if assessed else None  # (no "other" organisation can be a subject otherwise)
        for s in doc.spans.get(rules.org_spans_key, []):
            label = SUBJECT_KIND_IDS.get(s.label)  # (a span's label as its hash: no string decoded)
            if label is not None:
                subject_orgs.append((s.start_char, s.end_char, s.id_, label))
            elif s.label == other and ASSESSED_BODY.search(s.id_ or "") and not self.cue["speaks_after"].match(folded, s.end_char):
                subject_orgs.append((s.start_char, s.end_char, s.id_, "provider"))
        subject_orgs = self._place_sites(subject_orgs)
        orgs = self._subject_orgs(subject_orgs, services)
        # ("care" as the caring key question: its places found once, for both readers)
        # (those that can be it for both readers found once: not in a service's name, not "care home")
        care_found = care_candidates(folded, services, care_words(folded))
        if care_found:
            domains.extend(self._care_as_caring(ratings, services, orgs, care_found, candidates=True))
            domains.extend(care_in_domain_lists(folded, domains, services, care_found, candidates=True))
        # Services inside an organisation's name ("Fernside Surgery") are not services.
        in_org = Coverage((o[0], o[1]) for o in orgs)
        services = [m for m in services if not in_org.covers(m.start)]
        services = self._bullet_leads(services, orgs, domains)
        services = self._line_services(services, orgs)
        # "12 community health services, four of which ...": a count of services, not one named
        # (one pass over the services for both tests)
        counted_before = self.cue["counted_service_before"]
        services = [s for s in services if not PROVIDES_BEFORE.search(folded[max(0, s.start - 40) : s.start])
                    and not counted_before.search(folded, max(0, s.start - 12), s.start)]
        units = join_labelled_lines(folded, units_of(doc), self.labelled)
        units = join_key_question_bullets(folded, units, domains, ratings, services)  # "good in three areas:\n• safe\n• caring"
        # "Related stories\n- X rated good": other stories' lines are not read at all (nor move the subject)
        other_stories = Coverage(rules.other_stories.ranges(doc, text))
        units = [u for u in units if not other_stories.covers(u[0])]
        # "(Previous inspection May 2018 - good)": previous ratings only.
        self.notes = previous_notes(folded)
        # ", which had been rated good at the last inspection,": a relative aside of history is such a note too
        # (only before a value of its sentence: "X, which was previously rated outstanding, kept that rating" is read as it was)
        # (the nearest value after an aside decides: a sentence end before it is before every later one; the
        # sentence ends and value starts are found once, so many asides and values stay linear: issue 15)
        asides = []
        if ratings and (found := [m.span() for m in self.cue["history_aside"].finditer(folded)]):
            value_starts = sorted(r.start for r in ratings)
            ends = [m.start() for m in SENTENCE_END_AT.finditer(folded)]
            for a, b in found:
                k = bisect_left(value_starts, b)
                if k < len(value_starts) and bisect_left(ends, b) == bisect_left(ends, value_starts[k]):
                    asides.append((a, b))
        self.asides = asides
        self._aside_ends = [b for _, b in asides]
        self._named_index: dict[tuple[str, bool], list[int]] = {}  # (_named)  # (sorted: the asides are found left to right, apart)
        if asides:
            taken = Coverage(self.notes)
            self.notes = sorted(self.notes + [n for n in asides if not taken.covers(n[0]) and not taken.covers(n[1] - 1)])
        # "Safe: Good (previous: Inadequate)", "Well-led - Good, up from Requires improvement": a line's own note
        line_notes = [n[4:] for n in noted]
        if line_notes:
            taken = Coverage(self.notes)
            self.notes = sorted(self.notes + [n for n in line_notes if not taken.covers(n[0]) and not taken.covers(n[1] - 1)])
        self.line_notes = set(line_notes)  # a line's own note: of that line's key question
        in_notes = Coverage(self.notes)
        self.tables = find_tables(folded)
        # a graphic's key: "Outstanding\nGood\n..."; a written key: "Good - the service is performing well."
        in_legend = Coverage(legend_spans(folded, self.tables) + scale_key_spans(folded, self.cue["scale_key_line"]))
        # (one pass over the values: other stories', the notes', the keys' are not read as values)
        self.note_ratings = note_ratings = []
        kept = []
        for r in ratings:
            if other_stories.covers(r.start):
                continue
            if in_notes.covers(r.start):
                note_ratings.append(r)
            elif not in_legend.covers(r.start):
                kept.append(r)
        ratings = kept
        services = self._population_groups_near_ratings(units, services, ratings)
        domains.sort(key=lambda d: d.start)
        # "safety concerns", "its caring staff", "the leadership team": a key question word naming something else;
        # "the home was not always effective": a finding said of the service, not a key question a value is given for;
        # a domain word inside a service name ("safe") is not a key question (one pass over the key questions)
        modifier_after = self.cue["domain_modifier_after"].match
        negated_before = self.cue["domain_negated_before"].search if self._may("domain_negated_before") else None
        in_service = Coverage((s.start, s.end) for s in services)
        domains = [d for d in domains if not modifier_after(folded, d.end)
                   and (negated_before is None or not negated_before(folded, max(0, d.start - 40), d.start))
                   and not in_service.covers(d.start)]
        # Looked up by range for every sentence: indexed, so long texts stay linear-ish.
        self.ratings, self.domains, self.services = Indexed(ratings), Indexed(domains), Indexed(services)
        self.orgs = Indexed(orgs, key=lambda o: o[0])
        self.org_kinds = {o[2]: o[3] for o in self.orgs}  # each organisation's kind, by name (its last mention's)
        self.units = split_at_tables(units, self.tables)
        # What reading finds: the discourse state, one fact per item, previous ratings stated as history.
        self.state = State()
        self.facts: dict[tuple, Fact] = {}
        self.history: list[Fact] = []
        # values read in a relative clause of their own organisation ("run by Y, which was rated inadequate in
        # 2021"): Y's, so never another kind's history (_history_across_kinds)
        self.relative_values: set[tuple[int, int]] = set()
        self._clause_orgs_seen: dict[tuple[int, int], tuple[list, bool]] = {}
        self._org_ends_seen: dict[int, list | bool] = {}
        self._contractors_seen: dict[int, list[int]] = {}
        self._clause_lists_seen: dict[int, list] = {}
        self._not_after_value_end: dict[tuple[int, int], float] = {}
        self._clause_kinds_seen: dict[tuple[int, int], tuple[dict, list]] = {}
        self._run_by_seen: dict[tuple[int, int], bool] = {}
        self._references_seen: dict[str, list[tuple[int, str, str]]] = {}
        self._clause_text_seen: tuple[int, int, str] = (-1, -1, "")  # (_clause_text)
        self._history_lead_seen: tuple[int, int, bool] = (-1, -1, False)  # (_clause, _history)
        self._window_starts: dict[str, list[int]] = {}  # (_may)
        self._windows_searched: dict[str, int] = {}  # (_searched)
        self._unit_start = 0  # the start of the unit read() is in (_site_placed_before)
        self._provider_wide_leads: list[int] = []  # units opened by "Across the trust," (_single_service_focus)
        self._lines_of_group = False  # under a lead that gives the lines to a group ("Both now have these ratings:")
        self._lines_direction: str | None = None  # under a lead that gives the lines a direction ("were downgraded:")
        self._lines_reference: tuple[str | None] | None = None  # (what it refers to) under a lead "The centre's ratings:"
        self._line_units: set[tuple[int, int]] = set()  # (read's labelled lines, for _clause)
        self._string_starts: dict[str, list[int]] = {}  # (_window_sets_hold)
        self._window_keyed: dict[str, tuple[list[int], list[str]]] = {}  # (_window_sets_hold)
        self._unit_starts: list[int] | None = None  # (of self.units, made when first needed)
        self._rated_subjects: set[str | None] = set()  # the subjects of the facts read so far (_subject_and_services)
        self._owned_services: set[int] = set()  # starts of services named as their subject's object (_owned_objects)
        self._question_units: dict[int, bool] = {}  # per unit start: a question to the reader (_question_to_reader)
        self._unit_names: dict[int, tuple[set, bool]] = {}  # per unit index: the names read there, and whether a reference is (_named_with)

    def read(self) -> list[dict[str, Any]]:
        """The rating items of the document, as dicts (doc._.cqc_ratings)."""
        folded, state, facts, history, ratings, tables = self.folded, self.state, self.facts, self.history, self.ratings, self.tables
        last: Fact | None = None  # the rating stated last: what "and so has X" copies
        table_starts = [t.start for t in tables]
        tables_read: dict[int, bool] = {}
        line_units = self._line_units = {(a, b) for a, b, _, _ in self.labelled}
        in_lines = False
        previous_section = False  # under a "Previous ratings" heading: label lines are history
        history_paragraph = False  # after "We previously carried out an inspection ...", up to the paragraph's end
        dated_lead = False  # the unit before opens with a dated history lead ("When inspectors visited in 2017, ...")
        prev_end = 0
        heading_service = False  # the unit before is a heading that only names a service ("Maternity services")
        account_of_before: set[int] = set()  # (ids of) results read in a paragraph about the inspection before
        after_lead = False  # the unit before leads into lines of key-question ratings, or is one of them
        # (the units after the last that can add or change an item only move the discourse state, which
        # nothing reads after them: a page's footer, its lists of links, are not read)
        for u_start, u_end in self.units[: self._units_to_read(table_starts)]:
            # (both anchored at the unit's start: they fail within a few characters, cheaper than any test for their words)
            heading = (PREVIOUS_HEADING.fullmatch(folded, u_start, u_end)
                       or self.cue["previous_dated_heading"].fullmatch(folded, u_start, u_end)
                       # (session 18) "These were the ratings at the last inspection:", "2021 inspection (superseded)":
                       # a lead naming the inspection before (asked of a unit that ends as a lead and holds no value)
                       or (folded[u_start:u_end].rstrip()[-1:] in (":", ")") and not ratings.any_within(u_start, u_end)
                           and self.cue["previous_lead_heading"].fullmatch(folded, u_start, u_end)))
            if in_lines and (u_start, u_end) not in line_units and not heading:
                # a list's row label is not what the next sentence is about (session 19: a "Previous ratings"
                # heading after the lines goes on with their service: its lines are that service's history)
                state.service = None
            in_lines = (u_start, u_end) in line_units
            previous_section = bool(heading) or previous_section and in_lines
            if heading:
                continue
            if history_paragraph and "\n" in folded[prev_end:u_start]:
                history_paragraph = False  # (a report's paragraph is one line)
            # "When inspectors visited in 2017, safe was rated RI. Caring and well-led were rated good.": the next
            # sentence of the paragraph, in the simple past with no new event, goes on with that visit's account
            continues_dated = dated_lead and "\n" not in folded[prev_end:u_start]
            dated_lead = bool(m := self.cue["dated_history_lead"].match(folded, u_start, u_end)) and (
                not m.group("bare_in") or ratings.any_within(u_start, u_end))
            if self._may("history_paragraph_lead") and self.cue["history_paragraph_lead"].match(folded, u_start, u_end):
                history_paragraph = True
            # "Ratings" alone, or "The ratings for the service are:" and the key questions' lines under it: no new topic
            ratings_lead = not ratings.any_within(u_start, u_end) and self.cue["ratings_lead"].fullmatch(folded, u_start, u_end)
            lines_go_on = ratings_lead or (u_start, u_end) in line_units and after_lead
            # (asked only when there is a service to forget: the paragraph's search reads up to its end)
            if state.service is not None and not heading_service and not lines_go_on and new_topic_paragraph(folded, prev_end, u_start):
                state.service = None  # a new paragraph not about "the service" or "it" (nor under a service's heading)
            after_lead = bool(ratings_lead) or lines_go_on and (u_start, u_end) in line_units
            # "Both now have these ratings:" over "Safe – good" lines: each line is every member's of the group
            self._lines_of_group = bool(ratings_lead) and len(state.group) > 1 and bool(self.cue["lines_group_lead"].search(folded, u_start, u_end)) \
                or self._lines_of_group and after_lead and not ratings_lead
            # "Three services were downgraded:" over "- Surgery – requires improvement" lines: each line's change
            if ratings_lead:
                m = self.cue["lines_direction_lead"].search(folded, u_start, u_end)
                self._lines_direction = m and ("improved" if m.group("improved") else "declined")
            elif not after_lead:
                self._lines_direction = None
            # "The centre's ratings by category:" (a reference, no name) over "• Safe – Good" lines: the reference's
            if ratings_lead:
                found, ref, _ = self._reference(folded[u_start:u_end]) if not self.orgs.any_within(u_start, u_end) else (False, None, None)
                self._lines_reference = (ref,) if found else None
            elif not after_lead:
                self._lines_reference = None
            prev_end = u_end
            heading_service = self._service_heading(u_start, u_end)
            self._key_question_section(u_start, u_end)
            k = bisect_right(table_starts, u_start) - 1  # the table this unit starts in, if any
            table = tables[k] if k >= 0 and u_start <= tables[k].end else None
            if table is not None:
                # A grid of services x key questions: read by columns, not grammar.
                if table.start not in tables_read:
                    table_facts = self._table(table)
                    tables_read[table.start] = bool(table_facts)
                    for fact in table_facts:
                        last = self._collect(facts, fact)
                if tables_read[table.start]:
                    continue  # (a block that is no ratings grid is read as text)
            self._same_as_before(u_start, u_end)
            paired = self._label_value_pairs(u_start, u_end)
            if paired is not None:
                for fact in paired:
                    last = self._collect(facts, fact)
                continue
            if not ratings.any_within(u_start, u_end):
                self._update_state(u_start, u_end)
                last = self._copy(u_start, u_end, last)
                continue
            prev_clause_facts: list[Fact] = []
            self._unit_start = u_start
            led = False  # a clause before in this sentence opened as history ("At the 2019 visit, ...")
            for c_start, c_end in self._clauses(u_start, u_end):
                self._update_state(c_start, c_end)
                if not ratings.any_within(c_start, c_end):
                    last = self._copy(c_start, c_end, last)
                    continue
                clause_facts = self._clause(c_start, c_end, u_start, u_end)
                # "..., while caring and well-led were rated good": the sentence's account goes on as the dated lead's
                goes_on = continues_dated or led
                led = led or self._history_lead_seen[:2] == (c_start, c_end) and self._history_lead_seen[2]
                clause_history = self._history(c_start, c_end, clause_facts)
                self._history_of_last_question(c_start, clause_history, prev_clause_facts)
                prev_clause_facts = clause_facts
                history_spans = {tuple(h.spans) for h in clause_history}
                dated_break = None  # (whether the clause holds dated_history_break's words: searched once, when first asked)
                if previous_section:
                    history.extend(clause_facts)  # "Previous ratings\nSafe: Inadequate"
                    continue
                for fact in clause_facts:
                    if tuple(fact.spans) in history_spans and only_history(fact):
                        continue  # "was rated inadequate last year": a previous rating only
                    if history_paragraph and fact.tense in ("past", "dated") and only_history(fact) and (
                            stated := facts.get((fact.subject, fact.service, fact.domain))) is not None and stated.rating == fact.rating:
                        history.append(fact)  # "We previously inspected ... The practice was rated good.": of an item stated before
                        continue
                    if goes_on and fact.tense not in ("now", "dated") and only_history(fact):
                        if dated_break is None:
                            dated_break = bool(self.cue["dated_history_break"].search(folded, c_start, c_end))
                        if not dated_break:
                            history.append(fact)
                            continue
                    in_history_paragraph = history_paragraph and fact.tense != "now" and only_history(fact) and not self.cue[
                        "now_in_history_paragraph"].search(folded, c_start, c_end)
                    if fact.subject is None and not fact.unnamed_member:
                        # "the trust's rating" where no trust is named yet: the one named next
                        fact.described = state.described or self._described(folded[c_start:c_end], c_start)
                    key = (fact.subject, fact.service, fact.domain)
                    old = facts.get(key)
                    if old is not None and id(old) in account_of_before and not in_history_paragraph:
                        # "We previously carried out an inspection ... The overall rating for the practice was RI, and RI
                        # for providing safe ... services." ... "The practice is now rated good for providing safe services":
                        # the account of the inspection before is that item's history, the new statement its result
                        del facts[key]
                        history.append(old)
                    last = self._collect(facts, fact)
                    if in_history_paragraph and last is fact:
                        account_of_before.add(id(fact))
                for h in clause_history:
                    if h.subject is None:
                        # "a home previously rated inadequate ..." before the home is named
                        h.described = state.described or self._described(folded[c_start:c_end], c_start)
                history.extend(clause_history)
        history.extend(self._note_history())
        self._single_service_focus()
        self._headline_service_at_sites()
        self._apply_history()
        if any(f.described for f in self.facts.values()) or any(h.described for h in history):
            # History of an organisation described before it is named fills the named one's items.
            self.facts = self._name_described()
            self.history = [named for h in history for named in self._named(h)]
            self._apply_history()
        if any(f.tense != "dated" for f in self.facts.values()):
            # "Last year X was rated inadequate" beside a current rating: a dated statement alone is history
            self.facts = {k: f for k, f in self.facts.items() if not (f.tense == "dated" and f.previous is None and not f.explicit and f.change is None)}
        return [as_dict(self.doc, f) for f in self.facts.values()]

    def _collect(self, facts: dict, fact: Fact) -> Fact:
        """`collect` for a fact read from the page, its subject noted as rated (_subject_and_services)."""
        kept = collect(facts, fact)
        self._rated_subjects.add(kept.subject)
        return kept

    def _place_sites(self, orgs: list) -> list:
        """ "the hospital in Stannick", "the Quenby site", "At Stannick, the A&E ...": a site named for its
        place is a mention of the one named location whose name holds that place word (a trust running
        several hospitals names each by its town; "the hospital" alone would be the last one named)."""
        locations = unique(o[2] for o in orgs if o[3] == "location")
        if not locations or not contains_any(self.folded, (" in ", " at ", " site", " hospital", " infirmary", " centre")):
            return orgs
        named = Coverage((o[0], o[1]) for o in orgs)
        found = []
        for m in self.cue["place_site"].finditer(self.folded):
            group = "before" if m.group("before") else "after" if m.group("after") else "lead"
            a, b = m.span(group)
            if not self.text[a].isupper() or named.covers(a):
                continue  # a common word ("the main hospital"), or a name already read
            if group == "lead" and self._names_before_stop(orgs, m.end()):
                continue  # (review) "At X, the council's home, Oak House, was rated": the sentence names its own subject
            word = _whole_word(m.group(group))
            holders = [n for n in locations if word.search(n.lower())]
            if len(holders) == 1:
                found.append((a, b, holders[0], "location") if group == "lead" else (m.start(), m.end(), holders[0], "location"))
        return sorted(orgs + found, key=lambda o: o[0]) if found else orgs

    def _names_before_stop(self, orgs: list, at: int) -> bool:
        """Does an organisation named in `orgs` start between `at` and the end of its sentence?"""
        stop = SENTENCE_END_AT.search(self.folded, at)
        end = stop.start() if stop else len(self.folded)
        return any(at <= o[0] < end for o in orgs)  # (asked only after a sentence-initial "At X,": a few a page)

    def _units_to_read(self, table_starts: list[int]) -> int:
        """How many units `read` goes through: up to the last one that can add or change an item (a
        rating value, a table, "the same ratings as before", a copy's cue beside a name); found from
        the end, so a page costs what its tail after that unit does."""
        folded, ratings, tables = self.folded, self.ratings, self.tables
        words = self.same_as_before_words
        for k in range(len(self.units) - 1, -1, -1):
            u_start, u_end = self.units[k]
            if ratings.any_within(u_start, u_end):
                return k + 1
            t = bisect_right(table_starts, u_start) - 1
            if t >= 0 and u_start <= tables[t].end:
                return k + 1
            if (words is None or any(folded.find(w, u_start, u_end) >= 0 for w in words)) \
                    and self.cue["same_as_before"].search(folded, u_start, u_end):
                return k + 1  # (the tests of _same_as_before)
            if (self.domains.any_within(u_start, u_end) or self.services.any_within(u_start, u_end)
                    or self.orgs.any_within(u_start, u_end)) and self.gates["copy_any"].starts_in(piece := folded[u_start:u_end]) \
                    and self.cue["copy_any"].search(piece):
                return k + 1  # (those of _copy)
        return 0

    def _history_of_last_question(self, c_start, clause_history: list[Fact], prev_clause_facts: list[Fact]) -> None:
        """ "leadership was judged outstanding; at the last inspection it was good":
        a history value with no key question of its own, referring back ("it")
        to the clause before in the same sentence, is that clause's key question's."""
        keys = {(f.subject, f.service, f.domain) for f in prev_clause_facts}
        if len(keys) != 1 or next(iter(keys))[2] == "overall":
            return
        subject, service, domain = next(iter(keys))
        for h in clause_history:
            if (h.subject, h.service, h.domain) == (subject, service, "overall") and self.domains.within(c_start, h.spans[0][0]) == [] \
                    and self.cue["history_refers_back"].search(self.folded, c_start, h.spans[0][0]):
                h.domain = domain

    def _key_question_section(self, u_start, u_end) -> None:
        """A line that only asks or names one key question ("Is the service safe?", "Well-led")
        opens a report's section about it: values there with no key question named are that key
        question's (state.section_domain). A line naming "overall", an organisation or a service ends it."""
        line_start = u_start == 0 or self.folded[u_start - 1] == "\n"
        line_end = u_end >= len(self.folded) or self.folded[u_end : u_end + 1] == "\n" or self.folded[u_end - 1 : u_end] == "\n"
        if line_start and line_end and not self.ratings.within(u_start, u_end) and self.cue["key_question_heading"].fullmatch(self.folded[u_start:u_end].strip()):
            named = [d.value for d in self.domains.within(u_start, u_end) if d.value != "overall"]
            # (a run of such lines is a widget listing the key questions, not a section's heading)
            nxt = self.folded[u_end : u_end + 80].lstrip().split("\n", 1)[0]
            prev = self.folded[max(0, u_start - 80) : u_start].rstrip().rsplit("\n", 1)[-1]
            if len(set(named)) == 1 and not self.cue["key_question_heading"].fullmatch(nxt.strip()) \
                    and not self.cue["key_question_heading"].fullmatch(prev.strip()):
                self.state.section_domain = named[0]
                return
            self.state.section_domain = None
            return
        if line_start and line_end and self._heading_with_value(u_start, u_end):
            return
        if self.state.section_domain is not None and (
                self.services.within(u_start, u_end) or self.orgs.within(u_start, u_end)
                or any(d.value == "overall" for d in self.domains.within(u_start, u_end))):
            self.state.section_domain = None

    def _heading_with_value(self, u_start, u_end) -> bool:
        """ "Safe\nRequires improvement" (then the section's text): a key question's heading with its
        value on the next line opens its section as the heading alone does; not in a run of such
        pairs (a widget of the five key questions)."""
        unit = self.folded[u_start:u_end]
        cut = unit.find("\n")
        if cut < 0 or not self.cue["key_question_heading"].fullmatch(unit[:cut].strip()):
            return False
        values = self.ratings.within(u_start, u_end)
        if len(values) != 1 or values[0].start < u_start + cut or unit[cut:].strip(" \t\n'\"") != self.folded[values[0].start : values[0].end]:
            return False
        named = [d.value for d in self.domains.within(u_start, u_start + cut) if d.value != "overall"]
        nxt = self.folded[u_end : u_end + 80].lstrip().split("\n", 1)[0].strip()
        prev = self.folded[max(0, u_start - 80) : u_start].rstrip().rsplit("\n", 1)[-1].strip()
        before = self.ratings.last_within(max(0, u_start - 80), u_start)
        widget = any(self.cue["key_question_heading"].fullmatch(line) for line in (nxt, prev)) or (
            before is not None and prev.strip("'\"") == self.folded[before.start : before.end])  # "...\nGood\nSafe\nGood"
        self.state.section_domain = named[0] if len(set(named)) == 1 and not widget else None
        return True

    def _service_heading(self, u_start, u_end) -> bool:
        """A line that only names a service ("Maternity services", "Surgery:"):
        the paragraph under it is about that service."""
        named = self.services.within(u_start, u_end)
        if len(named) != 1:  # (most units: asked first)
            return False
        orgs = self.orgs.within(u_start, u_end)
        if self.ratings.any_within(u_start, u_end) or len(orgs) > 1:
            return False
        s = named[0]
        start, end = s.start, s.end
        if orgs:
            # "X Hospital - Maternity", "Surgery at X Hospital": one organisation and the service
            o_start, o_end = orgs[0][0], orgs[0][1]
            join = self.cue["heading_org_service_join"]
            if o_end <= s.start and join.match(self.folded[o_end : s.start]):
                start = o_start
            elif s.end <= o_start and join.match(self.folded[s.end : o_start]):
                end = o_end
            else:
                return False
        return bool(HEADING_GAP.fullmatch(self.folded, u_start, start) and HEADING_GAP.fullmatch(self.folded, end, u_end))

    def _update_state(self, u_start, u_end) -> None:
        unit_orgs = self.orgs.within(u_start, u_end)
        unit_services = self.services.within(u_start, u_end)
        # "X, which runs A and B, was rated good": several sites named as what X runs; "the hospital" is neither
        runs_several = sum(1 for o in unit_orgs if o[3] == "location" and not o[4]) > 1
        before = None
        for o in unit_orgs:
            if not self.state.named or self.state.named[-1] != o[2]:
                self.state.named.append(o[2])
            if o[3] == "provider":
                if not o[4] and self.state.provider is not None and self.state.provider != o[2]:
                    # "services formerly run by X", "funding from X": a provider named aside is not what "the trust" now means
                    continue
                self.state.provider = o[2]
                if not self.state.providers or self.state.providers[-1] != o[2]:
                    self.state.providers.append(o[2])
            elif before is not None and before[3] == "location" and self.cue["named_unit_name"].search(before[2].lower()) \
                    and self.cue["named_unit_site_gap"].fullmatch(self.folded, before[1], o[0]):
                pass  # "Larchway Ward at Cottesmere Community Hospital": the ward is what was named, not its site
            else:
                # (the site of an unnamed unit, "the centre at X": "the centre" is that unit, never named)
                self.state.location = None if o[0] in self.unit_sites or runs_several and not o[4] else o[2]
                self.state.site_services = self._placed_services(u_start, o) if self.state.location else []
            before = o
        subject_orgs = [o for o in unit_orgs if o[4]]
        if unit_orgs:
            self.state.described = None
        if subject_orgs:
            self.state.group = unique(o[2] for o in _coordinated(self.folded, self.cue["also_join"], _not_owners(self.folded, subject_orgs)))
            # The first named organisation is what a sentence is usually about.
            self.state.subject = subject_orgs[0][2]
            if not unit_services:
                self.state.service = None
        unit = self.folded[u_start:u_end]
        if not unit_orgs:
            found, ref, _ = self._reference(unit)
            if found:
                self.state.subject = ref if ref is not None else self.state.subject
                if not unit_services:
                    self.state.service = None
        if unit_services:
            self.state.service = unit_services[0].value
            if self._owned_objects(u_start, u_end, unit_services):
                self.state.service = None  # "X is to expand its maternity unit. It was rated good": X
                self._owned_services.update(s.start for s in unit_services)
        if not unit_orgs and self.state.subject is None:
            self.state.described = self._described(unit, u_start) or self.state.described
        new_service = bool(unit_services) and unit_services[-1].value != self.state.named_service
        self._service_reference(unit, unit_services, u_start)
        locations = unique(o[2] for o in unit_orgs if o[4] and o[3] == "location")
        if self.state.trust_wide and (locations or self._reference(unit)[2] == "location"):  # (asked only when it changes it)
            self.state.trust_wide = False
        if self.state.provider and contains_any(unit, self.provider_wide_words) and self.cue["provider_wide"].search(unit):
            self.state.trust_wide = True
            if not unit_services and self.cue["provider_wide_lead"].match(unit) and self.ratings.any_within(u_start, u_end):
                # "Across the trust, safe improved ... Caring remained good": the trust's own ratings, not the service's before
                self.state.service = None
                self._provider_wide_leads.append(u_start)
        if unit_orgs:
            self.state.sites_rated = False
        if len(locations) > 1:
            self.state.sites = locations
        if unit_services and (unit_orgs or self.state.service_host is None or new_service or self._reference(unit)[0]):
            # the organisation the service is named at (or with): a site named later, in a sentence that does not
            # name the service ("staff at X were praised"), is not where "the service was rated" sits
            self.state.service_host = self.state.provider if self.state.trust_wide else self.state.location or self.state.subject

    def _owned_objects(self, u_start, u_end, unit_services: list[Mention]) -> bool:
        """Are the services of a sentence that rates nothing each named as its subject's object ("X is to
        expand its maternity unit", "X has announced £2m of improvements to its emergency department")?"""
        if self.ratings.any_within(u_start, u_end):
            return False
        cue, window = self.cue["object_service_before"], self.window["object_service_before"]
        for s in unit_services:
            m = cue.search(self.folded, max(u_start, s.start - window), s.start)
            if m is None or len(self.folded[u_start : m.start()].split()) < 2:
                return False
        return True

    def _service_reference(self, unit: str, unit_services: list[Mention], u_start: int) -> None:
        """ "the service at X", "the service had improved": the service named
        last, even after another organisation or "the trust" was named in between
        (a GP practice's population groups are never what "the service" means)."""
        named = [s.value for s in unit_services if s.value not in self.population_groups]
        # "• Acute wards for adults ...\n• Wards for older people ...": one service a line, the lines one list
        line = len(unit_services) == 1 and HEADING_GAP.fullmatch(unit, 0, unit_services[0].start - u_start) is not None \
            and HEADING_GAP.fullmatch(unit, unit_services[0].end - u_start) is not None
        if named:
            self.state.named_service = named[-1]
            self.state.named_services = unique((self.state.named_services if line and self.state.service_lines else []) + named)
        elif self.state.service is None and self.state.named_service and SERVICE_REFERENCE.search(unit):
            self.state.service = self.state.named_service
        self.state.service_lines = line

    def _service_sites(self, c_start, r_start, service_list) -> list[str]:
        """ "children's services in both hospitals were rated inadequate", then
        "the service was rated good for caring": a service rated at every
        location the text just named, until another organisation is named."""
        if len(self.state.sites) < 2 or (service_list == [None] and self.state.service is None):
            return []
        before = self.folded[c_start:r_start]
        if self.cue["both_sites"].search(before) or self.state.sites_rated and not self._reference(before)[0]:
            self.state.sites_rated = True
            return list(self.state.sites)
        return []

    def _described(self, unit: str, u_start: int) -> tuple[str, bool, int] | None:
        """What an unnamed subject is: "a mental health trust" (a provider), "two
        GP surgeries" (locations), "the trust" never named (a provider), or, for a
        headline before anything is named, whatever the article names next."""
        # at one start the longer description is the head noun's: "a hospital trust" is a trust, not a hospital
        words = self.description_words
        hits = sorted((m.start(), -m.end(), kind) for kind, regex in self.descriptions.items()
                      if contains_any(unit, words[kind]) and (m := regex.search(unit)))
        # "the trust which runs three hospitals": the object of a relative clause is not the subject
        hits = [h for h in hits if not self.cue["count_relative_object"].search(unit, max(0, h[0] - self.window["count_relative_object"]), h[0])]
        if hits:
            pos, _, kind = hits[0]
            return kind.rstrip("s"), kind.endswith("s"), u_start + pos
        found, _, kind = self._reference(unit)
        if found:
            if kind == "provider" and min(self._references_seen.get(unit) or [(0, "", "")])[2].endswith("trust"):
                kind = "trust"  # "the ambulance trust" never named yet: the next trust named, not any company
            return kind, False, u_start
        if self.state.provider is None and self.state.location is None and self.state.described is None:
            return "any", False, u_start
        return None

    def _clause_text(self, c_start: int, c_end: int) -> str:
        """folded[c_start:c_end], the one string object per clause: asked once per value, a new slice (and
        its hash, as a key of _references_seen) would cost the clause's length each time."""
        if self._clause_text_seen[:2] != (c_start, c_end):
            self._clause_text_seen = (c_start, c_end, self.folded[c_start:c_end])
        return self._clause_text_seen[2]

    def _reference(self, text: str) -> tuple[bool, str | None, str | None]:
        """ "the trust" -> last provider; "the hospital"/"the home" -> last location.
        (found, target, kind): a reference to an organisation never named has no target."""
        found = self._references_seen.get(text)
        if found is None:
            # where each kind of reference is first found, once per text (a unit is asked up to three times)
            found = self._references_seen[text] = [(m.start(), kind, m.group()) for kind, regex in self.references.items()
                                                   if contains_any(text, self.reference_words[kind]) and (m := regex.search(text))]
        hits = [(start, kind, self._provider_for(word) if kind == "provider" else self._location_for(word) or (
            # "BrightPath Home Care ... The agency was found inadequate": a home-care agency is a provider (SPEC)
            # unless a company running it is named; then it is the location
            self.state.provider if self.agency_reference.search(word) else None)) for start, kind, word in found]
        if not hits:
            return False, None, None
        _, kind, target = min(hits)
        return True, target, kind

    def _location_for(self, reference: str) -> str | None:
        """The location "the hospital" or "the centre" points back to: the last location named, unless its
        name lacks the noun and a location named before it has it ("The X Ward at Y Hospital was rated
        inadequate. The hospital remains rated good": Y) (session 20)."""
        location = self.state.location
        noun = LOCATION_NOUN.search(reference)
        if location is None or noun is None or noun.group(1) in location.lower():
            return location
        for other in reversed(self.state.named[-8:]):
            if other != location and self.org_kinds.get(other) == "location" and re.search(r"\b" + noun.group(1) + r"\b", other.lower()):
                return other
        return location

    def _provider_for(self, reference: str) -> str | None:
        """The provider "the trust" or "the company" points back to: the last one named whose name fits
        the noun ("X Ltd runs services for Y NHS Trust. The company ...": X); else the last one named."""
        for noun, name, wanted in self.provider_reference_names:
            if noun.search(reference):
                for provider in reversed(self.state.providers[-8:]):
                    if bool(name.search(provider.lower())) == wanted:
                        return provider
                if wanted and self.state.provider is not None and not name.search(self.state.provider.lower()):
                    # "the trust" when no provider named has "trust" in its name, but an organisation read as
                    # another kind has ("X NHS Trust's 111 service, run by Y Ltd ... the trust"): that one, not Y
                    for other in reversed(self.state.named[-8:]):
                        if name.search(other.lower()):
                            return other
                break
        return self.state.provider

    def _copy(self, c_start, c_end, last: Fact | None) -> Fact | None:
        """ "and so has effective", "which is the same for safe", "as was the
        emergency operations centre": the last result again, for other key
        questions or, when none is named, other services."""
        if last is None:
            return last  # nothing to copy (the cues are not looked for)
        if not (self.domains.any_within(c_start, c_end) or self.services.any_within(c_start, c_end)
                or self.orgs.any_within(c_start, c_end)):
            return last  # nothing named to copy it to (every copy below is to a mention of the clause)
        clause = self.folded[c_start:c_end]
        if not (self.gates["copy_any"].starts_in(clause) and self.cue["copy_any"].search(clause)):
            return last  # (neither cue: one search for both)
        with_previous = self.cue["copy_previous"].search(clause)
        value_only = self.cue["copy_value"].search(clause)
        if not (with_previous or value_only):
            return last
        cue = with_previous or value_only
        named = [(last.subject, last.service, d) for d in unique(d.value for d in self.domains.within(c_start, c_end))]
        if not named and last.service is not None:
            named = [(last.subject, s, last.domain) for s in unique(s.value for s in self.services.within(c_start, c_end)) if s != last.service]
        if not named and all(s.value == last.service for s in self.services.within(c_start, c_end)):
            # "Ashby Court was rated good, as was Fenn House": the same result for another organisation
            # ("X's maternity unit was rated good, as was the unit at / maternity at Y": the same service there)
            copied = self._copied_orgs(c_start + cue.end(), c_end) or self._leading_orgs(c_start, c_start + cue.start())
            named = [(o, last.service, last.domain) for o in copied if o != last.subject]
        for subject, service, domain in named:
            previous = last.previous if with_previous else None
            change = last.change if with_previous else None
            collect(self.facts, Fact(subject=subject, service=service, domain=domain, rating=last.rating,
                                     previous=previous, change=change, explicit=last.explicit and bool(with_previous),
                                     spans=[(c_start + cue.start(), c_start + cue.end())]))
        return last

    def _clause_orgs(self, c_start, c_end) -> tuple[list, bool]:
        """The organisations a clause can be about (not owners), and whether it
        says "each/all/both"; once per clause, not once per result."""
        key = (c_start, c_end)
        if key not in self._clause_orgs_seen:
            orgs = [o for o in self.orgs.within(c_start, c_end) if o[4]]
            each = bool(orgs) and bool(EACH_ALL_BOTH.search(self.folded[c_start:c_end]))
            self._clause_orgs_seen[key] = (orgs and _not_owners(self.folded, orgs)), each
        return self._clause_orgs_seen[key]

    def _copied_orgs(self, start, end) -> list[str]:
        """The organisations listed right after a copy cue ("as was X and Y")."""
        found: list = []
        cursor = start
        for o in self.orgs.within(start, end):
            gap = self.folded[cursor : o[0]]
            if not (self.cue["copy_org_lead"].fullmatch(gap) if not found else LIST_JOIN.fullmatch(gap)):
                break
            if o[4]:
                found.append(o[2])
            cursor = o[1]
        return unique(found)

    def _orgs_ended_by(self, clause_orgs, pos) -> list:
        """The clause's organisations that end by `pos`, in order: by bisection
        when their ends are in order (read once per clause), so a clause of
        thousands of names and ratings stays linear."""
        ended = self._ended_count(clause_orgs, pos)
        if ended is None:
            return [o for o in clause_orgs if o[1] <= pos]
        return clause_orgs[:ended]

    def _ended_count(self, clause_orgs, pos) -> int | None:
        """How many of the clause's organisations end by `pos` (they are the
        first ones), by bisection; None when their ends are out of order (the
        ends are read once per clause)."""
        ends = self._org_ends_seen.get(id(clause_orgs))  # the lists live in _clause_orgs_seen: ids stay unique
        if ends is None:
            ends = [o[1] for o in clause_orgs]
            ends = self._org_ends_seen[id(clause_orgs)] = ends if ends == sorted(ends) else False
        if ends is False:
            return None
        return bisect_right(ends, pos)

    def _reference_subject_after_services(self, c_start, r, clause_services) -> tuple[bool, str | None]:
        """ "concerns about maternity services were raised when the trust was
        rated inadequate": the reference before the rating's verb is its
        subject, parted by a clause word from every service named before.
        (found, the organisation it refers to)."""
        if not clause_services or clause_services[-1].start >= r.start:
            return False, None  # (in text order: the last one ends after the value, as the max below would)
        last_service_end = max(s.end for s in clause_services)
        if last_service_end > r.start:
            return False, None
        window = self.window["reference_subject_after_service"]
        for kind, regex in self.references.items():
            # only a reference within the window counts: read no further (linear in a long clause)
            for m in regex.finditer(self.folded, last_service_end, min(r.start, last_service_end + window + REFERENCE_REACH)):
                if (m.start() - last_service_end <= window
                        and self.cue["reference_subject_after_service"].search(self.folded, last_service_end, m.start())
                        and self.cue["subject_verb_gap"].fullmatch(self.folded, m.end(), r.start)):
                    return True, self._provider_for(m.group()) if kind == "provider" else self.state.location
        return False, None

    def _verb_subject(self, clause_orgs, r) -> list[str] | None:
        """ "X was told to improve after Y was rated inadequate", "inspectors who
        visited X rated Y good": the organisation the rating's verb follows (with
        those listed before it), when a clause boundary parts it from the first
        one named. None when that is the first one anyway."""
        before = self._orgs_ended_by(clause_orgs, r.start)
        if len(before) < 2:
            return None
        gap_from = before[-1][1]
        if self.folded.startswith(",", gap_from) and self.folded[before[-1][0] - 2 : before[-1][0]] == ", " \
                and not RELATIVE_WORD.search(self.folded, before[-2][1], before[-1][0]) \
                and self.cue["owned_home_before"].search(self.folded, max(0, before[-1][0] - 80), before[-1][0]):
            # "after its home, Heatherfield, was rated inadequate": a home named by commas after whose it is is the
            # subject (not in a relative clause: "X, which runs its home, Y, was itself rated good" is X's; nor
            # "X, run by its owner, Y,", "X, unlike its neighbour, Y,": owned_home_before names a home)
            gap_from += 1
        elif (m := self.cue["home_head_after"].match(self.folded, gap_from, r.start)) \
                and (OWNER_BEFORE_NAME.search(self.folded, max(0, before[-1][0] - 20), before[-1][0])
                     or len(self.folded[before[-1][0] : before[-1][1]].split()) > 1):
            # "after its Y care home was rated inadequate": the home's noun after its name (review: after whose home
            # it is, or a name of two words or more, not "after the Kelby care home was rated", a town)
            gap_from = m.end()
        if not self.cue["subject_verb_gap"].fullmatch(self.folded, gap_from, r.start):
            return None
        k = len(before) - 1
        joined = False
        while k > 0 and (m := LIST_JOIN.fullmatch(self.folded, before[k - 1][1], before[k][0])):
            joined = joined or bool(AND_WORD.search(m.group(0)))
            k -= 1
        if not joined:
            k = len(before) - 1  # commas alone make no list
        if k == 0 or not (self.cue["subject_boundary"].search(self.folded, before[k - 1][1], before[k][0])
                          # "rated X good, Y RI and Z inadequate": the value of the one before parts them
                          or self.ratings.within(before[k - 1][1], before[k][0])):
            return None
        return unique(o[2] for o in before[k:])

    def _contractor(self, clause_orgs, r) -> list[str] | None:
        """ "the dialysis unit at X, run by Y Ltd for the trust, was rated good": Y,
        the body running an unnamed unit at the site X for someone else."""
        ended = self._ended_count(clause_orgs, r.start)
        if ended is None:  # ends out of order: each pair of those ending before the value
            before = self._orgs_ended_by(clause_orgs, r.start)
            k = next((k for k in range(1, len(before)) if self._runs_for_another(before[k - 1], before[k])), None)
            return [before[k][2]] if k is not None else None
        # those ending before the value are the first `ended` names: their pairs are read once per clause, not once per result
        pairs = self._contractors_seen.get(id(clause_orgs))
        if pairs is None:
            pairs = self._contractors_seen[id(clause_orgs)] = [
                k for k in range(1, len(clause_orgs)) if self._runs_for_another(clause_orgs[k - 1], clause_orgs[k])]
        return [clause_orgs[pairs[0]][2]] if pairs and pairs[0] < ended else None

    def _clause_list(self, clause_orgs) -> list:
        """`_coordinated` of a clause's organisations, worked out once per clause
        (not once per result: a clause of many names and values stays linear)."""
        group = self._clause_lists_seen.get(id(clause_orgs))  # (the lists live in _clause_orgs_seen: ids stay unique)
        if group is None:
            group = self._clause_lists_seen[id(clause_orgs)] = _coordinated(self.folded, self.cue["also_join"], clause_orgs,
                                                                            self.cue["unnamed_member_after"])
        return group

    def _runs_for_another(self, site, o) -> bool:
        """ "the unit at `site`, run by `o` for the trust": `o` runs the unit for someone else."""
        return bool(self.cue["contractor_after"].match(self.folded, o[1])
                    and self.cue["not_subject_before"].search(self.folded, max(0, o[0] - self.window["not_subject_before"]), o[0])
                    and self.cue["contractor_unit_before"].search(self.folded, max(0, site[0] - 30), site[0]))

    def _leading_orgs(self, start, end) -> list[str]:
        """The organisations a clause opens with, before a copy cue: "Brook
        Lodge, also run by X, was rated the same"."""
        orgs = [o for o in self.orgs.within(start, end) if o[4]]
        if not orgs or not LEADING_GAP.fullmatch(self.folded, start, orgs[0][0]):
            return []
        return unique(o[2] for o in _coordinated(self.folded, self.cue["also_join"], orgs))

    def _subject_and_services(self, c_start, c_end, r, clause_services):
        # (session 20) "After inspecting surgery at X Hospital, the CQC rated Y Trust good": the main clause's own
        # organisation; the opening phrase's sites and services are where the inspection went
        if self.folded.startswith(("after", "following"), c_start) and (lead := self._fronted_lead(c_start, r)) is not None:
            c_start = lead
            clause_services = [s for s in clause_services if s.start >= lead]
        relative = self._relative_clause_subject(c_start, r)
        if relative is not None:
            return [relative], [None]
        clause_orgs, each_all_both = self._clause_orgs(c_start, c_end)
        # "X, which runs the out-of-hours service on behalf of Y, was rated good": that service describes X
        # (so does it "Community urgent care, which runs the minor injuries units, was rated good": the first service's)
        # (asked only when the clause before the value holds the cue's words: a clause of many values and
        # services and no "which runs" is not gone through once per value)
        if self._may("service_run_before", c_start, r.start):
            clause_services = [s for s in clause_services if not (s.start < r.start and self._run_by_organisation(c_start, s))]
        # (session 20) "X Trust, whose maternity services were inspected, was rated RI for well-led": X's own
        # (or "X, a provider of community services, was rated ..."; asked only when a comma stands before the value)
        if clause_services and clause_services[0].start < r.start and self.folded.find(", ", c_start, r.start) >= 0:
            clause_services = [s for s in clause_services if not (s.start < r.start and self._in_relative_aside(c_start, s, r))]
        # (clause_services are in text order: those before the value found by bisection, not by a walk of the
        # clause's every service for every value, quadratic in a clause of many services and values)
        services_before = [s.value for s in clause_services[: bisect_left(clause_services, r.start, key=_start)]]
        # the services after the value only when none stands before it (each is a search to the value)
        service_list = unique(services_before or [
            s.value for s in clause_services if s.start < r.start or not UNRELATED_AFTER.search(self.folded, r.end, s.start)]) or [None]
        # "all three mental health services" before the value, no service named before it: the list named before
        group = None if services_before else self._listed_group(c_start, r.start)
        own = self._own_orgs(c_start, c_end, clause_orgs, r)
        if own:
            # "A (good), B (inadequate) and C ...", "rated good at A and RI at B": the value's own organisation
            subjects = unique(o[2] for o in _coordinated(self.folded, self.cue["also_join"], clause_orgs[bisect_left(clause_orgs, own[0][0], key=lambda o: o[0]):]))
        elif clause_orgs:
            # "each was rated": every organisation the clause lists.
            if each_all_both and len(clause_orgs) > 1:
                subjects = unique(o[2] for o in clause_orgs)
                before = [o for o in clause_orgs if o[1] <= r.start]
                if before and self.cue["unnamed_member_after"].match(self.folded, before[-1][1], r.start):
                    subjects = subjects + [None]  # "A, B and a third home were all rated inadequate"
            else:
                # "X and Y were rated": every organisation of the leading list.
                # (none before the value: the list after it, "good ratings went to X and Y")
                leading = self._clause_list(clause_orgs)
                subjects = unique(o[2] for o in leading if o[0] < r.start) or unique(o[2] for o in leading)
                subjects = self._verb_subject(clause_orgs, r) or subjects
                if leading and leading[-1][1] < r.start and subjects == unique(o[2] for o in leading if o[0] < r.start) \
                        and self.cue["unnamed_member_after"].match(self.folded, leading[-1][1], r.start):
                    subjects = subjects + [None]  # "A, B and a third home in Y were rated inadequate": null for the one not named (SPEC)
            subjects = self._contractor(clause_orgs, r) or subjects
            # (the cheap test first, the runner only when a subject owns a service before the value: a clause of
            # many services and values does not walk its services once per value; the gap is a few words long, so
            # only the services starting within its window after the owner are tried, found by bisection)
            if clause_services and clause_services[0].start < r.start and self._owner_service_gap(
                    clause_orgs, subjects, clause_services, r.start) \
                    and (runner := self._service_runner(c_start, r, clause_services)) and runner not in subjects \
                    and not any(o[3] == "location" and o[2] in subjects and self.cue["site_name_end"].search(o[2].lower())
                                for o in clause_orgs):
                subjects = [runner]  # "X NHS Trust's 111 service, run by Y Ltd, was rated good": Y's, as with no owner named
                # (not "X Hospital's maternity unit, run by Y Trust": a service placed at a named site is the site's, SPEC)
            referred, target = self._reference_subject_after_services(c_start, r, clause_services)
            if referred and target in subjects + [o[2] for o in clause_orgs]:
                return [target], [None]  # "concerns about maternity at X ... when the hospital was rated"
            if service_list == [None]:
                if self.state.service and SERVICE_REFERENCE.search(self.folded[c_start:r.start]):
                    return subjects, [self.state.service]  # "the service at X ... rated it inadequate"
                carried = self.state.service or self.state.named_service
                if carried and self.cue["site_then_it"].match(self.folded, c_start, r.start):
                    return subjects, [carried]  # "At Y, it fell to inadequate": the service, not Y
                if group is not None:
                    return subjects, group  # "We rated X overall and all three mental health services as good"
                after = self._service_after_value(c_end, r)
                if after is None:
                    return subjects, [None]
                service_list = [after]  # "X was rated good across all five key questions for the service"
            if self.state.location and all(o[3] == "provider" for o in clause_orgs):
                # A service named with its trust sits at the trust's known location.
                subjects = [self.state.location]
            else:
                kinds, first_site = self._clause_kinds(c_start, c_end, clause_orgs, r.start)
                if first_site is not None and all(kinds.get(name) == "provider" for name in subjects):
                    # "the trust's maternity services at X": the service sits at the location named
                    subjects = unique(o[2] for o in _coordinated(
                        self.folded, self.cue["also_join"], clause_orgs[bisect_left(clause_orgs, first_site[0], key=lambda o: o[0]):]))
            if len(subjects) > 1 and set(subjects) <= set(self.state.sites):
                # "children's services at X and Y were rated inadequate. The service was rated good for caring": as
                # after "at both hospitals", the service goes on at every site listed (until an organisation is named)
                self.state.sites_rated = True
            return subjects, service_list
        else:
            sites = self._service_sites(c_start, r.start, service_list)
            if sites:
                return sites, (service_list if service_list != [None] else [self.state.service])
            runner = self._service_runner(c_start, r, clause_services)
            if runner is not None:
                return [runner], service_list  # "the out-of-hours service, run by X Ltd, was rated RI": X's
            found, ref, _ = self._reference(self._clause_text(c_start, c_end))
            if not found and self._lines_reference is not None:
                found, ref = True, self._lines_reference[0]  # "The centre's ratings:" over "Safe – good" lines
            if found:
                subjects = [ref]  # "the trust" never named: null (SPEC)
                if not clause_services and (after := self._service_after_value(c_end, r)) is not None:
                    return subjects, [after]  # "the trust was rated good in all five areas for this service"
                if group is not None:
                    return subjects, group  # "We rated the trust overall and all three mental health services as good"
                if not clause_services or self._reference_subject_after_services(c_start, r, clause_services)[0]:
                    return subjects, [None]
            elif len(self.state.group) > 1 and (self._lines_of_group or self.cue["group_reference"].search(self.folded[c_start:r.start])):
                subjects = list(self.state.group)  # "Both were rated good"
            else:
                subjects = [self.state.subject]
                if self.state.subject is not None and ASSESSED_BODY.search(self.state.subject) \
                        and SERVICE_REFERENCE.search(self.folded, c_start, r.start):
                    # "The council's reablement team was inspected separately. The service ... is now rated good": a council
                    # is assessed as a whole; "the service" is one of its services, not named here (SPEC: null)
                    subjects = [None]
                if group is not None:
                    service_list = group  # "Inspectors rated all four core services good"
                elif service_list == [None]:
                    service_list = [self.state.service]
                    if len(self.state.named_services) > 1 and ALL_OF_THEM.search(self.folded[c_start:r.start]):
                        service_list = list(self.state.named_services)  # "All three were downgraded"
        if service_list != [None] and not clause_orgs:
            # A service sits at a location when one is known; else at the provider
            # (also after "the trust's hospitals", "across the trust": no one site).
            subjects = [self.state.provider if self.state.trust_wide else self.state.location or self.state.subject]
            if clause_services and self.state.provider and subjects[0] is not None and subjects[0] != self.state.provider \
                    and self.org_kinds.get(subjects[0]) == "location" and self.cue["named_unit_name"].search(subjects[0].lower()) \
                    and subjects[0] in self._rated_subjects:
                # a service newly named after a ward or unit rated itself is the provider's, not the unit's (one the
                # unit was named only as the place of, "the women's service at the X Unit", may go on there)
                subjects = [self.state.provider]
            host = self.state.service_host
            if clause_services and subjects[0] == self.state.location and self.state.provider and not self.state.trust_wide \
                    and (self._site_placed_before(c_start) or self._site_placed_earlier(c_start, r.start, clause_services)):
                # "only the emergency department at X was rated RI, with surgery and medical care outstanding for
                # well-led": X is where the service before sits; a service named after it, at no site, is the
                # provider's (SPEC: a service placed at a named site has it as subject; otherwise the provider)
                subjects = [self.state.provider]
            if (not clause_services and host is not None and subjects[0] == self.state.location != host
                    and service_list == [self.state.named_service]):
                subjects = [host]  # "X's 111 service ... staff at the Y call centre ... the service was rated good": X's
            if subjects == [None]:
                # "services run by X were rated": the organisation named is the service's, though not a subject
                subjects = [self.state.location or self.state.provider]
        return subjects, service_list

    def _placed_services(self, u_start, o) -> list[str]:
        """The services a location is named as the place of: the one right before it ("surgery at X", "wards
        for older people, based at X") and every service its sentence names before that one ("inspections
        of urgent care and children's services at X" places both); [] when none is placed there."""
        if not LIST_ITEM.match(self.folded, u_start):
            return []  # (only list items: in running text the next sentences often go on at that site)
        placed = self.services.last_within(max(u_start, o[0] - 80), o[0])
        if placed is not None and self.cue["service_placed_at"].fullmatch(self.folded, placed.end, o[0]):
            return unique(s.value for s in self.services.within(u_start, o[0]))
        return []

    def _site_placed_earlier(self, c_start, r_start, clause_services) -> bool:
        """(session 15) Was the location last named in an earlier list item as the place of another service
        ("- wards for older people, based at X: good" then "- adult community services: remain good")? The
        service of this list item, at no site, is the provider's (SPEC: a service placed at a named site has it
        as subject; otherwise the provider)."""
        placed = self.state.site_services
        if not placed or not LIST_ITEM.match(self.folded, self._unit_start) or any(s.value in placed for s in clause_services):
            return False
        if any(o[3] == "location" for o in self.orgs.within(self._unit_start, c_start)):
            return False
        # ("Surgery at the hospital is now rated good", "the hospital's emergency department": placed there again)
        return self._reference(self.folded[self._unit_start : r_start])[2] != "location"

    def _site_placed_before(self, c_start) -> bool:
        """Is the location named last before `c_start`, in the same sentence, a service's place ("the emergency
        department at X") with that statement's own value after it, before `c_start`?"""
        u_start = self._unit_start
        sites = [o for o in self.orgs.within(u_start, c_start) if o[3] == "location" and o[2] == self.state.location]
        if not sites:
            return False
        o = sites[-1]
        placed = self.services.within(max(u_start, o[0] - 80), o[0])
        return bool(placed) and self.cue["service_at_site"].match(self.folded[placed[-1].end : o[0]]) is not None \
            and bool(self.ratings.within(o[1], c_start))

    def _listed_group(self, c_start, r_start) -> list | None:
        """ "all three mental health services" before the value, after a list of
        services (one a line, or one sentence): every listed service, and the
        subject as a whole too when it is joined before ("the trust overall and
        all three ..."). None when the clause says no such thing, or a count
        differs from the list's length."""
        named = self.state.named_services
        if len(named) < 2:
            return None
        # the last group phrase in a bounded window before the value, joined to it with no clause break
        m = None
        for m in self.cue["listed_services_group"].finditer(self.folded, max(c_start, r_start - self.window["listed_services_group"]), r_start):
            pass
        if m is None or not self.cue["listed_services_group_gap"].fullmatch(self.folded, m.end(), r_start):
            return None
        count = "two" if m.group("both") else m.group("count")
        if count is not None and (int(count) if count.isdigit() else NUMBER_WORDS.get(count)) != len(named):
            return None
        # (joined right to what the clause named before it, no value in between: "the trust overall and all three")
        whole = AND_BEFORE.search(self.folded, max(c_start, m.start() - 8), m.start()) is not None and not self.ratings.within(c_start, m.start())
        return ([None] if whole else []) + list(named)

    def _owner_service_gap(self, clause_orgs, subjects, clause_services, until) -> bool:
        """Whether one of the subjects owns a service that starts before `until` ("X NHS Trust's 111 service")."""
        gap, reach = self.cue["owner_service_gap"], self.window["owner_service_gap"]
        for o in clause_orgs:
            if o[2] not in subjects:
                continue
            for k in range(bisect_left(clause_services, o[1], key=_start), len(clause_services)):
                s = clause_services[k]
                if s.start >= until or s.start > o[1] + reach:
                    break
                if gap.fullmatch(self.folded, o[1], s.start):
                    return True
        return False

    def _service_runner(self, c_start, r, clause_services) -> str | None:
        """The organisation a service named before the value is said to be run by ("the county's out-of-hours
        service, run by X Ltd, was rated ..."), in a clause that names no other subject; None if none is."""
        for s in clause_services:
            if s.end > r.start:
                break
            # (the organisation right after the service only: the cue is at most ~80 characters long)
            after = self.orgs.within(s.end, min(r.start, s.end + 90))
            if after and self.cue["service_run_by"].fullmatch(self.folded, s.end, after[0][0]):
                return after[0][2]
        return None

    def _service_after_value(self, c_end, r) -> str | None:
        """The service named last, when the clause refers to it right after the value ("rated good for the
        service", "good in all five areas for this service"); None when it does not, or none was named."""
        service = self.state.service or self.state.named_service
        if service is None or service in self.population_groups:
            return None
        return service if self.cue["service_after_value"].match(self.folded, r.end, c_end) else None

    def _own_orgs(self, c_start, c_end, clause_orgs, r) -> list:
        """ "A (good), B (inadequate)", "rated good at A": the organisations
        whose own value this is, in clause order. Only a name ending just
        before the value or starting just after it can be one, so those are
        found by bisection (a clause of thousands of rated names stays linear);
        whether every name before a value stands after one is read once per clause."""
        folded = self.folded
        ended = self._ended_count(clause_orgs, r.start)
        if ended is None:  # ends out of order: read them all
            near_before, after_start = [o for o in clause_orgs if r.start - OWN_VALUE_REACH <= o[1] <= r.start], 0
        else:
            k = ended
            while k > 0 and clause_orgs[k - 1][1] >= r.start - OWN_VALUE_REACH:
                k -= 1
            near_before = clause_orgs[k:ended]  # (not the whole prefix: a clause of many names stays linear)
            after_start = bisect_left(clause_orgs, r.end, key=lambda o: o[0])
        own = [o for o in near_before if self.cue["value_in_brackets"].fullmatch(folded, o[1], r.start)]
        for o in clause_orgs[after_start:]:
            if o[0] > r.end + OWN_VALUE_REACH:
                break
            if (o[0] >= r.end and o[3] == "location" and self.cue["at_after_value"].fullmatch(folded, r.end, o[0])
                    and self._first_not_after_value_end(c_start, c_end, clause_orgs) > r.start):
                own.append(o)
        return own

    def _relative_clause_subject(self, c_start, r) -> str | None:
        """ "X is run by Y, which is still rated requires improvement": the
        organisation a relative clause holding the value opens after, when a
        finite "is run by" or an active "runs" (owns, took over ...) names it
        or it opens the clause ("At X, which was rated good, surgery ...");
        None otherwise, or when a service is named before it in the clause."""
        if not self._may("relative_rated_after", c_start, r.start):
            return None
        last = self.orgs.last_within(c_start, r.start)  # (by bisection: no copy of the clause's names per value)
        if last is None or last[1] > r.start or not self.cue["relative_rated_after"].fullmatch(self.folded, last[1], r.start):
            return None
        # (not after a reduced "X, run by Y, which ..., has closed": X's; not with a service named before, "the
        # maternity unit at X, which was rated inadequate": the service's, read as before)
        if not (self.cue["relative_owner_before"].search(self.folded, max(c_start, last[0] - 48), last[0])
                or self.cue["relative_clause_opening"].fullmatch(self.folded, c_start, last[0])) \
                or self.services.any_within(c_start, last[0]):
            return None
        self.relative_values.add((r.start, r.end))
        return last[2]

    def _run_by_organisation(self, c_start, s) -> bool:
        """Is the service named as one an organisation of the clause runs
        ("X, which runs the out-of-hours service")? Once per service."""
        key = (c_start, s.start)
        if key not in self._run_by_seen:
            self._run_by_seen[key] = bool(self.cue["service_run_before"].search(
                self.folded, max(c_start, s.start - self.window["service_run_before"]), s.start))
        return self._run_by_seen[key]

    def _fronted_lead(self, c_start, r) -> int | None:
        """The end of an opening "after/following ... inspecting/visits ...," phrase when the main clause names
        an organisation (or "the trust") before the value `r`; else None."""
        m = self.cue["fronted_lead"].match(self.folded, c_start, r.start)
        if m is None:
            return None
        owner = self.orgs.last_within(m.end(), r.start)
        if owner is None and self.cue["fronted_main_reference"].search(self.folded, m.end(), r.start) is None:
            return None
        return m.end()

    def _in_relative_aside(self, c_start, s, r) -> bool:
        """Is the service named inside a relative clause set off by commas right after an organisation (or
        "the trust") and closed before the value ("X, which subcontracts its sexual health services to Y,
        was rated good")? Then it describes the organisation, not what is rated."""
        m = self.cue["relative_aside_open"].search(self.folded, max(c_start, s.start - 100), s.start)
        if m is None or self.folded.find(",", s.end, r.start) < 0:
            return False
        owner = self.orgs.last_within(c_start, m.start())
        if owner is not None and owner[1] <= m.start() and not self.folded[owner[1] : m.start()].strip():
            return True
        return self.cue["relative_aside_owner"].search(self.folded, c_start, m.start()) is not None

    def _clause_kinds(self, c_start, c_end, clause_orgs, pos) -> tuple[dict, tuple | None]:
        """The kind of each organisation the clause names, and the first
        location ending by `pos`; the kinds and the locations once per clause."""
        key = (c_start, c_end)
        if key not in self._clause_kinds_seen:
            self._clause_kinds_seen[key] = ({o[2]: o[3] for o in clause_orgs}, [o for o in clause_orgs if o[3] == "location"])
        kinds, sites = self._clause_kinds_seen[key]
        return kinds, next((o for o in sites if o[1] <= pos), None)

    def _first_not_after_value_end(self, c_start, c_end, clause_orgs) -> float:
        """The smallest end of a clause organisation not named right after a
        value (infinity if none); once per clause."""
        key = (c_start, c_end)
        if key not in self._not_after_value_end:
            self._not_after_value_end[key] = min((p[1] for p in clause_orgs if not self._after_value(p)), default=float("inf"))
        return self._not_after_value_end[key]

    def _after_value(self, o) -> bool:
        """Is the organisation named right after a value ("good at X")?"""
        return any(self.cue["at_after_value"].fullmatch(self.folded, v.end, o[0]) for v in self.ratings.within(max(0, o[0] - 40), o[0]))

    def _group_members(self, c_start, r) -> list | None:
        """ "Services at all four trusts were rated good": one item per member
        named before (the last N of that kind), plus subject null for those
        never named (SPEC). None when the clause names its subject."""
        m = self._may("group_all", c_start, r.start) and self.cue["group_all"].search(
            self.folded, max(c_start, r.start - self.window["clause_before"]), r.start)
        if not m:
            return None
        if any(o[4] and o[0] < r.start for o in self.orgs.within(c_start, r.start)):
            return None
        if m.group("noun") is None and len(self.state.named_services) > 1:
            return None  # "surgery, urgent and emergency services and medical care ... All three were downgraded": the services
        count = m.group("n") or m.group("all")
        size = int(count) if count.isdigit() else 2 if count == "both" else NUMBER_WORDS.get(count)
        kind = "provider" if m.group("noun") in ("trusts", "providers", "companies", "organisations") else "location"
        named = unique(o[2] for o in self.orgs.within(0, c_start) if o[3] == kind and o[4])
        if not named:
            return None
        members: list = named[-size:] if size else named
        if size and size > len(members):
            members.append(None)
        return members

    def _listed_members(self, c_start, c_end, u_start, u_end, r) -> list | None:
        """ "three of its homes rated inadequate: A, B and C", "three of its
        homes - A, B and C - are rated good", "surgeries rated inadequate
        include:" then a bulleted list: a group rated as one whose members are
        listed. One subject per member (the unlisted rest would be one item with
        subject null per SPEC, but a list the organisations step reads only in
        part would add a wrong one, and on the check set such null items were
        all spurious). None when the clause names its subject before the group."""
        folded = self.folded
        group = None
        for m in self.members["group"].finditer(folded, max(c_start, r.start - self.window["clause_before"]), r.start) \
                if self._may("members.group", c_start, r.start) else ():
            group = m
        if group is None:
            return None
        named_before = [o for o in self.orgs.within(c_start, group.start()) if o[4]]
        if named_before and not re.search(r"\b(?:its|their)\b", group.group(0)) and not re.fullmatch(
                r"['’]s?\s{1,3}", folded[named_before[-1][1] : group.start()]):
            return None  # "X and three other homes": the clause names its subject ("X's two homes": its owner)
        # "Two homes were inspected: A was rated good and B inadequate": a value between the
        # group and this one is the first member's own; the group lists nothing for this value
        between = self.ratings.within(group.end(), r.start)
        members = (not between and self._member_list(group.end(), r.start)) or self._member_list(r.end, u_end)
        if not members and re.search(r":\s*$", folded[r.end:u_end]):
            members = self._member_bullets(u_end)
        if not members:
            return None
        count = group.group("n")
        size = (int(count) if count.isdigit() else NUMBER_WORDS[count]) if count else None
        if size and size < len(members):
            return None  # a list that is not the group's
        return members

    def _member_list(self, start, end) -> list:
        """The organisations listed right after `start` (after ":", a dash,
        "(" or "including"), up to `end`: "A in X, B in Y and C"."""
        first = [o for o in self.orgs.within(start, end) if o[4]]
        if not first:
            return []
        o = first[0]
        gap = self.folded[start : o[0]]
        if len(gap) > 60 or re.search(r"[.;]", gap) or not self.members["intro"].search(gap):
            return []
        found = [o]
        for nxt in first[1:]:
            if not self.members["join"].search(self.folded[found[-1][1] : nxt[0]]):
                break
            found.append(nxt)
        return unique(m[2] for m in found)

    def _member_bullets(self, after) -> list:
        """ "... include:" then one member per bullet line."""
        found = []
        k = bisect_right(self._starts_of_units(), after)
        for u_start, u_end in self.units[k : k + 40]:
            line = self.folded[u_start:u_end]
            if not re.match(r"\s{0,8}[•·*-]", line):
                break
            named = [o for o in self.orgs.within(u_start, u_end) if o[4]]
            if not named:
                break
            found.append(named[0][2])
        return unique(found)

    def _past_asides(self, lo: int, at: int) -> int:
        """`lo`, or the end of a history aside that ends between it and `at`: the aside's words are its own
        ("surgery, which had been rated good at the last inspection, was rated RI": RI is no previous value)."""
        k = bisect_right(self._aside_ends, at)  # the last aside ending at or before `at`
        return self._aside_ends[k - 1] if k and self._aside_ends[k - 1] > lo else lo

    def _may(self, cue: str, lo: int | None = None, hi: int | None = None) -> bool:
        """Can a match of `cue` lie in folded[lo:hi] (in the page, with no bounds)? Not when none of the
        strings one of which every match holds (its Gate, Ratings.gates) starts there; True for a cue with
        none. The page is tested once, when first asked; a window of at most SHORT_WINDOW characters is
        searched for the strings, the first WINDOW_SEARCHES times a page asks (a page asks a few times a
        cue); past those (a clause of thousands of results) the strings' places in the page, found once,
        answer each window by bisection."""
        gate = self.gates.get(cue)  # (asked ~70 times a page: _searched's test written out here)
        if gate is None:
            return True
        if lo is None:
            held = self._page_held.get(cue)
            if held is None:
                held = self._page_held[cue] = gate.starts_in(self.folded)
            return held
        if hi - lo <= SHORT_WINDOW:
            asked = self._windows_searched.get(cue, 0)
            if asked < WINDOW_SEARCHES:
                self._windows_searched[cue] = asked + 1
                m = gate.regex.search(self.folded, lo, hi + gate.past)
                return m is not None and m.start() < hi
        starts = self._window_starts.get(cue)
        if starts is None:
            starts = self._window_starts[cue] = sorted(at for w in gate.strings for at in self._starts(w))
        k = bisect_left(starts, lo)
        return k < len(starts) and starts[k] < hi

    def _searched(self, cue: str) -> bool:
        """May the next window asked about `cue` be searched itself? The first WINDOW_SEARCHES of a page
        are; past them (a clause of thousands of results) each window is looked up in the places of the
        cue's strings in the page, found once."""
        asked = self._windows_searched.get(cue, 0)
        if asked >= WINDOW_SEARCHES:
            return False
        self._windows_searched[cue] = asked + 1
        return True

    def _starts(self, w: str) -> list[int]:
        """Where `w` starts in the page, in order (found once, when first asked)."""
        starts = self._string_starts.get(w)
        if starts is None:
            starts = self._string_starts[w] = starts_of(self.folded, w)
        return starts

    def _window_sets_hold(self, cue: str, lo: int, hi: int) -> bool:
        """Can a match of `cue` lie in folded[lo:hi]? Not when no set of strings every match holds all of
        (Ratings.window_sets, by each set's longest) has all its strings starting there. A finer test
        than _may, asked after it: only the sets of the longest strings found there are read."""
        by_key = self.window_sets.get(cue)
        if by_key is None:
            return True
        keyed = self._window_keyed.get(cue)
        if keyed is None and hi - lo <= SHORT_WINDOW and self._searched("sets." + cue):
            # (a bounded window: its keys found by one search of it, the rest of their sets looked for in it)
            rx, past, prefixes = self.window_set_res[cue]
            find, seen = self.folded.find, set()
            for m in rx.finditer(self.folded, lo, hi + past):
                if m.start() >= hi:
                    break
                for key in prefixes[m.group(1)]:
                    if key in seen:
                        continue
                    seen.add(key)
                    if any(all(find(w, lo, hi + len(w) - 1) >= 0 for w in strings) for strings in by_key[key]):
                        return True
            return False
        if keyed is None:
            found = sorted((at, key) for key in by_key for at in self._starts(key))
            keyed = self._window_keyed[cue] = ([at for at, _ in found], [key for _, key in found])
        places, keys = keyed
        k, seen = bisect_left(places, lo), set()
        while k < len(places) and places[k] < hi:
            key = keys[k]
            k += 1
            if key in seen:
                continue
            seen.add(key)
            for strings in by_key[key]:
                for w in strings:
                    starts = self._starts(w)
                    j = bisect_left(starts, lo)
                    if j == len(starts) or starts[j] >= hi:
                        break
                else:
                    return True
        return False

    def _starts_of_units(self) -> list[int]:
        """Where each unit starts (self.units is in text order), made once per document when first needed."""
        if self._unit_starts is None:
            self._unit_starts = [u[0] for u in self.units]
        return self._unit_starts

    def _named_with(self, f: Fact) -> bool:
        """Is the subject named in the sentence that states the rating ("X was rated good for caring"),
        or pointed to there by its kind ("the trust's well-led rating", "the hospital was rated")?"""
        k = bisect_right(self._starts_of_units(), f.spans[0][0]) - 1 if f.spans else -1
        if k < 0:
            return False
        named = self._unit_names.get(k)
        if named is None:
            # once per unit, not once per fact stated in it: the names read there and whether a reference is
            u_start, u_end = self.units[k][:2]
            named = self._unit_names[k] = ({o[2] for o in self.orgs.within(u_start, u_end)}, any(
                regex.search(self.folded, u_start, u_end) for regex in self.references.values()))
        names, referred = named
        return f.subject is not None and f.subject in names or referred

    def _single_service_focus(self) -> None:
        """A page about one service ("Maternity at X rated requires improvement ...
        it was rated inadequate for safe"): key-question ratings read with no
        service, of the service's own subject or of its provider, are that
        service's when the sentence stating them neither names that organisation
        nor says "the trust"/"the hospital", and the organisation has no overall
        rating of its own on the page, or the rating stated last before them is
        the service's (after "X is rated good overall. It is rated outstanding
        for caring" they are X's own). An overall rating of the service's subject
        restated with "it" and the same value is the service's too. A page with
        no rated service that names one core service before every rating and
        never names the rated organisation with a rating: see _service_of_the_page."""
        services = {f.service for f in self.facts.values() if f.service is not None}
        if not services:
            self._service_of_the_page()
            return
        if len(services) != 1:
            return
        service = next(iter(services))
        if service in self.population_groups:
            return  # (a GP practice's population group is never what "it" means)
        kinds = self.org_kinds

        def host_of(f: Fact) -> str | None:
            """The service's subject; for a headline's, before anything is named ("CQC rates Orbury maternity
            services inadequate"), the organisation it turns out to be when that is one."""
            if f.subject is None and f.described:
                named = {n.subject for n in self._named(f)}
                return next(iter(named)) if len(named) == 1 else None
            return f.subject

        service_facts = [f for f in self.facts.values() if f.service == service]
        hosts = {host_of(f) for f in service_facts}
        if len(hosts) != 1:
            return
        host = next(iter(hosts))
        service_overall = next((f for f in service_facts if f.domain == "overall"), None)
        named_with = self._named_with

        def restated(f: Fact) -> bool:
            """ "It was rated requires improvement overall": the service's overall rating again."""
            return (f.subject == host and f.domain == "overall" and service_overall is not None
                    and f.rating == service_overall.rating and not named_with(f))

        own_overall = {f.subject: f for f in self.facts.values() if f.service is None and f.domain == "overall" and not restated(f)}
        # the statements "it" may go back to: the service's ratings and each organisation's own overall rating
        # ("Across the trust, ..." turns to the provider's own ratings as its overall rating does)
        anchors = Indexed([(start, f.service == service) for f in self.facts.values()
                           if f.service == service or f.subject in own_overall and f is own_overall[f.subject]
                           for start, _ in f.spans] + [(start, False) for start in self._provider_wide_leads],
                          key=lambda a: a[0])

        def after_service(f: Fact) -> bool:
            """Is the rating stated last before this one the service's (not the organisation's own overall)?"""
            last = anchors.last_within(0, f.spans[0][0]) if f.spans else None
            return last is not None and last[1]

        def candidate(f: Fact) -> bool:
            return (f.service is None and (f.domain != "overall" or restated(f))
                    and (f.subject == host or f.subject is None or kinds.get(f.subject) == "provider") and not named_with(f))

        def moves(f: Fact) -> bool:
            return candidate(f) and (f.subject not in own_overall or after_service(f))

        facts = list(self.facts.values())
        moving = [moves(f) for f in facts]  # (each fact's answer once: the loop below changes facts it has read)
        if any(moving):
            moved: dict[tuple, Fact] = {}
            for f, move in zip(facts, moving):
                if move and ((host, service, f.domain) not in self.facts or f.domain == "overall"):
                    f.subject, f.service = host, service
                collect(moved, f)
            self.facts = moved
        # (session 19: also when no result moved, its lines read with the service already: "Previous ratings:"
        # lines under them are the service's history)
        for h in self.history:
            if moves(h):
                h.subject, h.service = host, service

    def _headline_service_at_sites(self) -> None:
        """ "X NHS Trust children's services rated inadequate" as the headline, then "children's services in
        both hospitals were rated inadequate": the headline sums up what the body places at each named site
        (SPEC: a service placed at a named site has it as subject), so the provider's own item goes."""
        if not self.units or not self.facts:
            return
        # the headline: the first unit, or the first to state a rating when the page opens with chrome
        # ("Skip to main content", the trust's name and menu, then "CQC rates our maternity services 'good'")
        h_start, h_end = self.units[0]
        first = min((f.spans[0][0] for f in self.facts.values() if f.spans), default=h_start)
        if first >= h_end:
            k = bisect_right(self.units, (first, float("inf"))) - 1
            if k >= 0 and self.units[k][0] <= first < self.units[k][1]:
                h_start, h_end = self.units[k]
        if self.folded[h_start:h_end].rstrip().endswith("."):
            return  # a sentence, not a headline: it sums nothing up
        kinds = self.org_kinds

        def in_headline(f: Fact) -> bool:
            return bool(f.spans) and all(h_start <= a and b <= h_end for a, b in f.spans)

        def run_by(site: str) -> set:
            """Who the text says runs the site ("X Hospital, run by another trust": {None}, no name)."""
            runners = set()
            for o in self.orgs:
                if o[2] == site and (m := self.cue["site_run_by_after"].match(self.folded, o[1])):
                    runners.add(next((p[2] for p in self.orgs.within(m.end(), m.end() + 1)), None))
            return runners

        placed = {(f.service, f.domain, f.rating, f.subject) for f in self.facts.values()
                  if f.service is not None and kinds.get(f.subject) == "location" and not in_headline(f)}
        if not placed:
            return
        runners = {site: run_by(site) for *_, site in placed}
        self.facts = {k: f for k, f in self.facts.items()
                      if not (in_headline(f) and f.service is not None and kinds.get(f.subject) == "provider"
                              # a site run by someone else is not the provider's: its item stays
                              and any((f.service, f.domain, f.rating) == key[:3] and runners[key[3]] <= {f.subject}
                                      for key in placed))}

    def _service_of_the_page(self) -> None:
        """ "Maternity" as the page's heading or title, then "We rated it requires improvement ... safe as
        inadequate": a page naming one hospital service, before every rating, whose ratings never name their
        organisation (only "it", "the service") rates that service."""
        if not self.facts:
            return
        # (not one named as the subject's object: "X is to expand its maternity unit. It was rated good")
        mentions = [s for s in self.services if s.value not in self.population_groups and s.start not in self._owned_services]
        if not mentions or len({s.value for s in mentions}) != 1 or mentions[0].value not in self.core_services:
            return
        first_rating = min((f.spans[0][0] for f in self.facts.values() if f.spans), default=-1)
        if mentions[0].start > first_rating:
            return
        # the ratings that name their organisation ("The trust is rated good overall") are that organisation's own;
        # those of one other subject, never named with it, are the service's
        named = [self._named_with(f) for f in self.facts.values()]
        unnamed = {f.subject for f, n in zip(self.facts.values(), named) if not n}
        if len(unnamed) != 1:
            return
        subject = next(iter(unnamed))
        if any(n and f.subject == subject for f, n in zip(self.facts.values(), named)):
            return
        service = mentions[0].value
        for f in [f for f, n in zip(self.facts.values(), named) if not n] + [
                h for h in self.history if h.service is None and h.subject == subject]:
            f.service = service
        self.facts = {(f.subject, f.service, f.domain): f for f in self.facts.values()}

    def _name_described(self) -> dict[tuple, Fact]:
        """Ratings of "a mental health trust" or "two GP surgeries" go to the
        organisations of that kind named next (SPEC: null only if never named)."""
        if not any(f.described for f in self.facts.values()):
            return self.facts
        resolved: dict[tuple, Fact] = {}
        for fact in self.facts.values():
            for named in self._named(fact):
                collect(resolved, named)
        return resolved

    def _named(self, fact: Fact) -> list[Fact]:
        """The fact for each organisation its described subject turns out to be
        (the fact itself when it has a subject or none is named after it)."""
        if fact.subject is not None or not fact.described:
            return [fact]
        kind, plural, offset = fact.described
        trust = kind == "trust"
        kind = "provider" if trust else kind
        # the first unit holding such an organisation after the offset: by bisection over the units' running
        # highest start of one, built once per kind (a page of many described subjects stays linear: issue 15)
        highest = self._named_index.get((kind, trust))
        if highest is None:
            highest, top = [], -1
            for u_start, u_end in self.units:
                for o in self.orgs.within(u_start, u_end):
                    if o[0] > top and kind in (o[3], "any") and o[4] and (not trust or TRUST_NAME.search(o[2].lower())):
                        top = o[0]
                highest.append(top)
            self._named_index[(kind, trust)] = highest
        at = bisect_right(highest, offset)
        if at < len(highest):
            u_start, u_end = self.units[at]
            named = [o[2] for o in self.orgs.within(u_start, u_end) if o[0] > offset and kind in (o[3], "any") and o[4]
                     and (not trust or TRUST_NAME.search(o[2].lower()))]
            # (every field carried, year and previous_year too: a hand copy had dropped them)
            return [replace(fact, subject=name, spans=list(fact.spans), described=None)
                    for name in (unique(named) if plural else named[:1])]
        # "Three of the trust's hospitals were rated good" and none named after:
        # a count that names no member gives no items (SPEC)
        return [] if plural else [fact]


def _not_owners(folded: str, orgs: list) -> list:
    """ "Acme Care's Northgate House", "Acme Care's homes A and B": the owner
    is not what is rated (an organisation followed by "'s", at most two words
    and the next organisation)."""
    by_start = sorted(orgs, key=lambda p: p[0])
    starts = [p[0] for p in by_start]  # the next one found by bisection: linear in the organisations
    kept = []
    for o in orgs:
        k = bisect_right(starts, o[1])
        nxt = starts[k] if k < len(starts) else None
        if nxt is None or nxt - o[1] > 48 or not (
                OWNER_S.fullmatch(folded, o[1], nxt)
                # (session 17) "provided by X Ltd at Y House": a provider's service placed at its site has
                # the site as subject (SPEC §2); not a unit at a hospital (both locations)
                or (o[3] == "provider" and by_start[k][3] == "location" and PROVIDER_AT_SITE.fullmatch(folded, o[1], nxt))):
            kept.append(o)
    return kept or orgs


def _coordinated(folded: str, also_join: re.Pattern, orgs: list, unnamed_after: re.Pattern | None = None) -> list:
    """The first organisation with those joined to it by "and", commas or
    "as well as" (`also_join`: the cue of rating_cues.json); "A, B and a third
    home" ends with a member not named (`unnamed_after`), which joins the list too."""
    group = orgs[:1]
    joined = False
    for o in orgs[1:]:
        m = LIST_JOIN.fullmatch(folded, group[-1][1], o[0]) or also_join.fullmatch(folded, group[-1][1], o[0])
        if not m:
            break
        joined = joined or "," not in m.group(0) or bool(AND_WORD.search(m.group(0))) or bool(also_join.fullmatch(m.group(0)))
        group.append(o)
    if not joined and len(group) > 1 and unnamed_after is not None and unnamed_after.match(folded, group[-1][1]):
        joined = True  # "A, B and a third home in Y were rated"
    # "Following a visit to X, Y was rated": commas alone, no "and", make no list
    return group if joined else group[:1]
