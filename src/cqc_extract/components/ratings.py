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
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from ..schema import change_between
from ..text import fold_keep_offsets
from .base import AssetComponent, doc_folded, doc_text, evidence
from .organisations import ORG_SPANS_KEY
from .rating_lines import LABELLED_LINE, PREVIOUS_HEADING, STACKED, BOTH_SITES, UNRELATED_AFTER, ALL_OF_THEM, acronym_pattern, acronym_services, BULLET_NOT_NAME, PAIR_SEPARATOR_BEFORE, PROVIDES_BEFORE, SERVICE_REFERENCE, bullet_subject_services, join_labelled_lines, labelled_lines, line_lead_extensions, new_topic_paragraph, previous_notes, service_clause_cuts
from .rating_tables import CELL_PREVIOUS, MARKS, Table, legend_spans, previous_columns, transposed, cell_direction, split_at_tables, find_tables, inspection_key
from .vocabulary import SPANS_KEY

FIVE_DOMAINS = ("safe", "effective", "caring", "responsive", "well-led")
SUBJECT_KINDS = ("provider", "location")
CARE_WORD = re.compile(r"\b(?:patient\s+|resident\s+)?care\b")
CARE_NOUN_COMPOUNDS = (" home", " service", " provider", " quality", " act")
BULLET_LEAD = re.compile(
    r"^[ \t]*[•·*▪◦‣-][ \t]*(?P<lead>[^\n:–—]{3,120}?)[ \t]*(?:[:–—]|\s-\s)", re.MULTILINE
)
RATING_WORDS = re.compile(r"\b(?:outstanding|good|requires improvement|inadequate|rated|overall)\b")
# What joins the names of a list: "X, Y and Z", "X & Y".
LIST_JOIN = re.compile(r"\s*(?:,|,?\s*(?:and|&))\s*")
AS_WAS = re.compile(r",\s+(?=as\s+(?:is|was|were|are)\s+(?:the\s+|its\s+)?\w)")
AND_JOIN = re.compile(r",\s+(and\s+)?")
CLAUSE_BREAK = re.compile(r";|\b(?:while|whilst|whereas|but|although|however)\b|(?<=\w)\.\s|,\s+and\s+(?=the\b)")


@dataclass
class Mention:
    start: int
    end: int
    value: str


@dataclass
class State:
    """What "the trust", "the service" and "it" point back to."""

    provider: str | None = None
    location: str | None = None
    subject: str | None = None
    service: str | None = None
    group: list[str] = field(default_factory=list)  # "X and Y": what "both" means
    named_service: str | None = None  # the service last named, kept across organisations: what "the service" means
    named_services: list[str] = field(default_factory=list)  # the services one sentence named: what "all three" means
    sites: list[str] = field(default_factory=list)  # the locations one sentence named: what "both hospitals" means
    sites_rated: bool = False  # the last service rating was for all of them: "the service" goes on with them
    # An organisation described but not yet named: (kind, plural, offset).
    described: tuple[str, bool, int] | None = None


@dataclass
class Fact:
    subject: str | None
    service: str | None
    domain: str
    rating: str
    previous: str | None
    change: str | None
    explicit: bool  # from/to values stated (wins over a restatement)
    spans: list[tuple[int, int]] = field(default_factory=list)
    described: tuple[str, bool, int] | None = None  # subject still to be named
    tense: str | None = None  # "now", "past" or "dated" (see _tense): which of two disagreeing statements is history


class Ratings(AssetComponent):
    asset_files = ("vocab/rating_cues.json", "vocab/services.json", "vocab/other_services.json")

    def _compile(self) -> None:
        cues = self.assets["vocab/rating_cues.json"]
        self.cue = {k: re.compile(v) for k, v in cues.items() if isinstance(v, str) and not k.startswith("_")}
        self.practice_before = re.compile(cues["practice_not_service"]["before"])
        self.practice_after = re.compile(cues["practice_not_service"]["after"])
        self.references = {kind: re.compile(rx) for kind, rx in cues["references"].items()}
        self.tense = {kind: re.compile(rx) for kind, rx in cues["tense"].items() if not kind.startswith("_")}
        self.population_groups = set(self.assets["vocab/other_services.json"]["population_groups"])
        self.descriptions = {kind: re.compile(rx) for kind, rx in cues["descriptions"].items() if not kind.startswith("_")}
        other = self.assets["vocab/other_services.json"]
        self.service_names = set(other["services"])
        self.acronym_names = acronym_pattern(self.service_names)
        self.service_synonyms = {
            fold_keep_offsets(phrase): canonical
            for canonical, phrases in self.assets["vocab/services.json"].items()
            if not canonical.startswith("_")
            for phrase in phrases
        }

    # -- reading the Doc --------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        folded = doc_folded(doc)
        spans = doc.spans.get(SPANS_KEY, [])
        ratings = [r for r in _mentions(spans, "RATING") if _pair_value(text, folded, r) or not self._adjective(folded, r)]
        domains = _mentions(spans, "KEY_QUESTION")
        services = [s for s in self._longest(_mentions(spans, "SERVICE")) if not self._practice(folded, s)]
        orgs = self._subject_orgs(folded, [
            (s.start_char, s.end_char, s.id_, s.label_)
            for s in doc.spans.get(ORG_SPANS_KEY, [])
            if s.label_ in SUBJECT_KINDS
        ])
        domains.extend(self._care_as_caring(folded, ratings, services))
        domains.extend(_care_in_domain_lists(folded, domains, services))
        # Services inside an organisation's name ("Fernside Surgery") are not services.
        in_org = _Coverage((o[0], o[1]) for o in orgs)
        services = [m for m in services if not in_org.covers(m.start)]
        services = self._bullet_leads(folded, doc, services, orgs, domains)
        services = self._line_services(folded, services, orgs)
        services = [s for s in services if not PROVIDES_BEFORE.search(folded[max(0, s.start - 40) : s.start])]
        units = join_labelled_lines(folded, _units(doc))
        # "(Previous inspection May 2018 - good)": previous ratings only.
        notes = previous_notes(folded)
        in_notes = _Coverage(notes)
        note_ratings = [r for r in ratings if in_notes.covers(r.start)]
        in_legend = _Coverage(legend_spans(folded, find_tables(folded)))  # a graphic's key: "Outstanding\nGood\n..."
        ratings = [r for r in ratings if not in_legend.covers(r.start)]
        ratings = [r for r in ratings if not in_notes.covers(r.start)]
        services = self._population_groups_near_ratings(units, text, services, ratings)
        domains.sort(key=lambda d: d.start)
        # A domain word inside a service name ("safe") is not a key question.
        in_service = _Coverage((s.start, s.end) for s in services)
        domains = [d for d in domains if not in_service.covers(d.start)]
        # Looked up by range for every sentence: indexed, so long texts stay linear-ish.
        ratings, domains, services = _Indexed(ratings), _Indexed(domains), _Indexed(services)
        orgs = _Indexed(orgs, key=lambda o: o[0])

        state = State()
        facts: dict[tuple, Fact] = {}
        history: list[Fact] = []
        last: Fact | None = None  # the rating stated last: what "and so has X" copies
        tables = find_tables(folded)
        units = split_at_tables(units, tables)
        table_starts = [t.start for t in tables]
        tables_read: dict[int, bool] = {}
        line_units = {(a, b) for a, b, _, _ in labelled_lines(folded)}
        in_lines = False
        previous_section = False  # under a "Previous ratings" heading: label lines are history
        prev_end = 0
        for u_start, u_end in units:
            if in_lines and (u_start, u_end) not in line_units:
                state.service = None  # a list's row label is not what the next sentence is about
            in_lines = (u_start, u_end) in line_units
            heading = PREVIOUS_HEADING.fullmatch(folded, u_start, u_end)
            previous_section = bool(heading) or previous_section and in_lines
            if heading:
                continue
            if new_topic_paragraph(folded, prev_end, u_start):
                state.service = None  # a new paragraph not about "the service" or "it"
            prev_end = u_end
            k = bisect_right(table_starts, u_start) - 1  # the table this unit starts in, if any
            table = tables[k] if k >= 0 and u_start <= tables[k].end else None
            if table is not None:
                # A grid of services x key questions: read by columns, not grammar.
                if table.start not in tables_read:
                    table_facts = self._table(folded, table, ratings, domains, services, orgs, state)
                    tables_read[table.start] = bool(table_facts)
                    for fact in table_facts:
                        last = self._add(facts, fact)
                if tables_read[table.start]:
                    continue  # (a block that is no ratings grid is read as text)
            self._same_as_before(folded, u_start, u_end, facts, state)
            paired = self._label_value_pairs(folded, u_start, u_end, ratings, domains, orgs, services, state)
            if paired is not None:
                for fact in paired:
                    last = self._add(facts, fact)
                continue
            if not ratings.within(u_start, u_end):
                self._update_state(folded, u_start, u_end, orgs, services, state)
                last = self._copy(folded, u_start, u_end, domains, services, facts, last)
                continue
            for c_start, c_end in self._clauses(folded, u_start, u_end, ratings, domains, orgs, services):
                self._update_state(folded, c_start, c_end, orgs, services, state)
                if not ratings.within(c_start, c_end):
                    last = self._copy(folded, c_start, c_end, domains, services, facts, last)
                    continue
                clause_facts = self._clause(folded, c_start, c_end, u_start, u_end, ratings, domains, services, orgs, state)
                clause_history = self._history(folded, c_start, c_end, ratings, domains, services, orgs, state, clause_facts)
                history_spans = {tuple(h.spans) for h in clause_history}
                if previous_section:
                    history.extend(clause_facts)  # "Previous ratings\nSafe: Inadequate"
                    continue
                for fact in clause_facts:
                    if tuple(fact.spans) in history_spans and self._only_history(fact):
                        continue  # "was rated inadequate last year": a previous rating only
                    if fact.subject is None:
                        # "the trust's rating" where no trust is named yet: the one named next
                        fact.described = state.described or self._described(folded[c_start:c_end], c_start, state)
                    last = self._add(facts, fact)
                history.extend(clause_history)
        history.extend(self._note_history(folded, notes, note_ratings, domains, facts))
        self._apply_history(facts, history)
        facts = self._name_described(facts, orgs, units)
        doc._.cqc_ratings = [self._as_dict(doc, f) for f in facts.values()]
        return doc

    def _subject_orgs(self, folded: str, orgs: list) -> list:
        """Organisation mentions as (start, end, name, kind, can_be_subject): not
        "as at X" (a comparison), "the trust that runs X and Y" or "run by X".
        Those still tell what "the trust"/"the hospital" will point back to."""
        marked: list = []
        dropped = None
        for o in orgs:
            if self.cue["not_subject_before"].search(folded[max(0, o[0] - 30) : o[0]]):
                dropped = o
            elif dropped and LIST_JOIN.fullmatch(folded[dropped[1] : o[0]]):
                dropped = o  # the rest of that list
            else:
                dropped = None
            marked.append((*o, dropped is None))
        return marked

    def _care_as_caring(self, folded: str, ratings: list[Mention], services: list[Mention]) -> list[Mention]:
        """ "care remains outstanding": care (or patient care) as the caring key question."""
        found = []
        rating_starts = [r.start for r in ratings]
        in_service = _Coverage((s.start, s.end) for s in services)
        for m in CARE_WORD.finditer(folded):
            # Ratings are sorted: the first one after "care" is the nearest.
            k = bisect_left(rating_starts, m.end())
            next_rating = rating_starts[k] if k < len(rating_starts) else None
            if next_rating is None or next_rating - m.end() >= 45:
                continue
            if in_service.covers(m.start()):
                continue
            if folded[m.end() : m.end() + 60].startswith(CARE_NOUN_COMPOUNDS):
                continue  # "care home", "care quality": not the key question
            if self.cue["caring_care"].match(folded[m.start() : next_rating]):
                found.append(Mention(m.start(), m.end(), "caring"))
        return found

    def _adjective(self, folded: str, r: Mention) -> bool:
        """ "outstanding practice", "good news": a rating word used as a plain adjective."""
        quoted = folded[r.end : r.end + 1] in ("'", '"')  # 'good' alone, not 'outstanding practice'
        if re.match(r"[ \t]*(?:[\n|\t]|$)| {2}|[ \t]{0,3}[" + MARKS + r"]|[ \t]{1,3}(?:\d{1,2}[ \t]{1,3})?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?[ \t]{1,3}(?:19|20)\d\d\b", folded[r.end : r.end + 24]):
            return False  # the end of a line or a table cell: a value, whatever follows
        if quoted and self.cue["quoted_adjective"].match(folded[r.end : r.end + 30]):
            return True  # "praises 'outstanding' staff"
        return not quoted and bool(self.cue["adjective_use"].match(folded[r.end : r.end + 30]))

    def _practice(self, folded: str, s: Mention) -> bool:
        """ "the surgery" in a GP story is the practice, not the surgery service."""
        return (
            s.value == "surgery"
            and folded[s.start : s.end] == "surgery"  # "surgical services" is never the practice
            and bool(self.practice_before.search(folded[max(0, s.start - 20) : s.start]))
            and not self.practice_after.match(folded[s.end : s.end + 20])
        )

    def _population_groups_near_ratings(self, units, text: str, services: list[Mention], ratings: list[Mention]) -> list[Mention]:
        """ "looks after up to 45 older people" is not a service: a GP practice's
        population groups count only in a sentence that states a rating."""
        groups = self.population_groups
        starts = [r.start for r in ratings]
        rated_units = _Coverage(
            (a, b) for a, b in units if bisect_left(starts, a) < bisect_left(starts, b)
        )
        return [
            s for s in services
            if s.value not in groups
            or not re.search(r"\d\s+$", text[max(0, s.start - 12) : s.start])  # "up to 38 older people"
            and rated_units.covers(s.start)
        ]

    def _bullet_leads(self, folded: str, doc: Doc, services: list[Mention], orgs, domains) -> list[Mention]:
        """ "• Mental health wards for older people – rated good": a list item's
        lead phrase names the service its ratings are for, in the text's words."""
        leads = []
        for m in BULLET_LEAD.finditer(folded):
            start, end = m.span("lead")
            if any(start <= o[0] < end for o in orgs):
                continue
            if any(d.start <= start and end <= d.end + 1 for d in domains):
                continue  # "- Safe: requires improvement" lists key questions, not services
            words = re.sub(r"\s*\([^)]*\)", "", folded[start:end]).strip(" '\"")
            if BULLET_NOT_NAME.search(words):
                continue  # "building on this success, the trust announces ...": a sentence, not a name
            bare = re.sub(r"\s+services?$", "", words)
            value = self.service_synonyms.get(words) or self.service_synonyms.get(bare) or words
            if not value or RATING_WORDS.search(value):
                continue
            leads.append(Mention(start, end, value))
        if not leads:
            return services
        kept = [s for s in services if not any(l.start <= s.start < l.end for l in leads)]
        return sorted(kept + leads, key=lambda m: m.start)

    def _line_services(self, folded: str, services: list[Mention], orgs) -> list[Mention]:
        """Service names the vocabulary cuts short where a line's layout shows
        the whole name: "• Community health adult services improved to good",
        "Working age people (including those recently retired – good"."""
        canonical = set(self.service_synonyms.values())
        added = []
        for start, end, name in bullet_subject_services(folded, orgs):
            inner = [s for s in services if start <= s.start < end]
            if any(s.value in canonical for s in inner) and self.service_synonyms.get(name) is None:
                continue  # "acute medical services": the canonical label already found
            if inner and inner[0].start == start and inner[0].end == end:
                continue
            added.append(Mention(start, end, self.service_synonyms.get(name, name)))
        added += [Mention(start, end, name) for start, end, name in acronym_services(folded, self.acronym_names, self.service_names)
                  if not any(start <= o[0] < end for o in orgs)]
        if added:
            services = [s for s in services if not any(a.start <= s.start < a.end for a in added)]
        extended = line_lead_extensions(folded, services, orgs)
        services = [Mention(s.start, extended[s.start][0], extended[s.start][1]) if s.start in extended else s
                    for s in services]
        return sorted(services + added, key=lambda m: m.start)

    def _note_history(self, folded, notes, note_ratings, domains, facts: dict[tuple, Fact]) -> list[Fact]:
        """A "(previous inspection ... - good overall and good for all domains)"
        note gives the previous ratings of what the text stated just before it."""
        found = []
        stated = sorted((start, k) for k, f in enumerate(facts.values()) for start, _ in f.spans)
        stated_starts = [start for start, _ in stated]
        fact_list = list(facts.values())
        note_ratings = _Indexed(note_ratings)
        domains = _Indexed(domains)
        for n_start, n_end in notes:
            values = note_ratings.within(n_start, n_end)
            k = bisect_left(stated_starts, n_start)
            if not values or k == 0:
                continue
            last = fact_list[stated[k - 1][1]]  # the rating stated last before the note
            for j, r in enumerate(values):
                limit = values[j + 1].start if j + 1 < len(values) else n_end
                named = [d.value for d in domains.within(r.end, limit)]
                if not named and self.cue["all_domains"].search(folded[r.end : limit]):
                    named = list(FIVE_DOMAINS)
                for domain in _unique(named) or ["overall"]:
                    found.append(Fact(last.subject, last.service, domain, r.value, None, None, False, [(r.start, r.end)]))
        return found

    @staticmethod
    def _longest(mentions: list[Mention]) -> list[Mention]:
        """Drop service mentions inside longer ones ("maternity" in "maternity services")."""
        kept = []
        for m in sorted(mentions, key=lambda m: (m.start, -(m.end - m.start))):
            if kept and m.start < kept[-1].end:
                continue
            kept.append(m)
        return kept

    # -- discourse state --------------------------------------------------------
    def _update_state(self, folded, u_start, u_end, orgs, services, state: State) -> None:
        unit_orgs = orgs.within(u_start, u_end)
        unit_services = services.within(u_start, u_end)
        for o in unit_orgs:
            if o[3] == "provider":
                state.provider = o[2]
            else:
                state.location = o[2]
        subject_orgs = [o for o in unit_orgs if o[4]]
        if unit_orgs:
            state.described = None
        if subject_orgs:
            state.group = _unique(o[2] for o in _coordinated(folded, _not_owners(folded, subject_orgs)))
            # The first named organisation is what a sentence is usually about.
            state.subject = subject_orgs[0][2]
            if not unit_services:
                state.service = None
        unit = folded[u_start:u_end]
        if not unit_orgs:
            found, ref, _ = self._reference(unit, state)
            if found:
                state.subject = ref if ref is not None else state.subject
                if not unit_services:
                    state.service = None
        if unit_services:
            state.service = unit_services[0].value
        if not unit_orgs and state.subject is None:
            state.described = self._described(unit, u_start, state) or state.described
        self._service_reference(unit, unit_services, state)
        locations = _unique(o[2] for o in unit_orgs if o[4] and o[3] == "location")
        if unit_orgs:
            state.sites_rated = False
        if len(locations) > 1:
            state.sites = locations

    def _service_reference(self, unit: str, unit_services: list[Mention], state: State) -> None:
        """ "the service at X", "the service had improved": the service named
        last, even after another organisation or "the trust" was named in between
        (a GP practice's population groups are never what "the service" means)."""
        named = [s.value for s in unit_services if s.value not in self.population_groups]
        if named:
            state.named_service = named[-1]
            state.named_services = _unique(named)
        elif state.service is None and state.named_service and SERVICE_REFERENCE.search(unit):
            state.service = state.named_service

    def _service_sites(self, folded, c_start, r_start, state: State, service_list) -> list[str]:
        """ "children's services in both hospitals were rated inadequate", then
        "the service was rated good for caring": a service rated at every
        location the text just named, until another organisation is named."""
        if len(state.sites) < 2 or (service_list == [None] and state.service is None):
            return []
        before = folded[c_start:r_start]
        if BOTH_SITES.search(before) or state.sites_rated and not self._reference(before, state)[0]:
            state.sites_rated = True
            return list(state.sites)
        return []

    def _described(self, unit: str, u_start: int, state: State) -> tuple[str, bool, int] | None:
        """What an unnamed subject is: "a mental health trust" (a provider), "two
        GP surgeries" (locations), "the trust" never named (a provider), or, for a
        headline before anything is named, whatever the article names next."""
        hits = sorted((m.start(), kind) for kind, regex in self.descriptions.items() if (m := regex.search(unit)))
        if hits:
            pos, kind = hits[0]
            return kind.rstrip("s"), kind.endswith("s"), u_start + pos
        found, _, kind = self._reference(unit, state)
        if found:
            return kind, False, u_start
        if state.provider is None and state.location is None and state.described is None:
            return "any", False, u_start
        return None

    def _table(self, folded, table: Table, ratings, domains, services, orgs, state: State) -> list[Fact]:
        """Each cell under a key-question column is that key question's rating
        for the row's service ("Surgery | Good | ...") or subject."""
        def inside(mentions, cell):
            return [m for m in mentions if cell.start <= m.start and m.end <= cell.end]

        over_time = self._table_over_time(folded, table, ratings, domains, services, state)
        if over_time is not None:
            return over_time
        table = transposed(table, lambda cell: bool(inside(domains, cell))) or table
        columns = [next((d.value for d in inside(domains, cell)), None) for cell in table.rows[0]]
        # "Overall | Previous rating": a column of the ratings before, for the column on its left
        before_of = {k - 1: k for k, is_before in previous_columns(folded, table.rows[0], columns).items() if is_before}
        if sum(1 for c in columns if c) < (1 if before_of else 2):
            return []
        facts = []
        for row in table.rows[1:]:
            label = row[0]
            label_text = folded[label.start : label.end].strip(" *:'\"")
            row_orgs = [o for o in orgs if label.start <= o[0] < label.end]
            subject, service = state.location or state.subject, None
            if row_orgs:
                subject = row_orgs[0][2]
            elif not label_text:
                pass  # no row label: the subject as a whole
            elif inside(domains, label) and inside(domains, label)[0].value == "overall":
                subject = state.subject
            else:
                found, ref, _ = self._reference(label_text, state)
                if found:
                    subject = ref
                else:
                    named = inside(services, label)
                    whole = named and (named[0].end - named[0].start) >= 0.6 * len(label_text)
                    service = named[0].value if whole else re.sub(r"^(?:the|a|an)\s+", "", label_text)
            for k, cell in enumerate(row[1:], start=1):
                domain = columns[k] if k < len(columns) else None
                values = inside(ratings, cell)
                if not domain or not values or not service and not subject and not label_text:
                    continue
                previous = None
                if k in before_of and before_of[k] < len(row):
                    olds = inside(ratings, row[before_of[k]])
                    previous = olds[0].value if olds else None
                between = folded[values[0].end : values[1].start] if len(values) > 1 else ""
                if previous is None and len(values) > 1 and (self.cue["previous_before"].search(between) or CELL_PREVIOUS.match(between)):
                    previous = values[1].value
                change = change_between(previous, values[0].value) if previous else None
                if previous is None:
                    change = cell_direction(folded[values[0].end : cell.end])  # "Good ↑"
                    previous = values[0].value if change == "unchanged" else None
                facts.append(Fact(subject, service, domain, values[0].value, previous, change, previous is not None,
                                  [(values[0].start, values[0].end)]))
        return facts

    def _label_value_pairs(self, folded, u_start, u_end, ratings, domains, orgs, services, state: State) -> list[Fact] | None:
        """A line of "label - value" pairs (a picture gallery's caption, a
        ratings strip): "2. Northgate Hospital - Good Safe - Good, Caring -
        Outstanding, Well-led - Good". Each value belongs to the key question
        (or organisation: overall) right before its dash, not to the words after
        it. None when the unit is not such a line."""
        in_unit = ratings.within(u_start, u_end)
        if len(in_unit) < 3:
            return None
        unit_domains = domains.within(u_start, u_end)
        unit_orgs = [o for o in orgs.within(u_start, u_end) if o[4]]
        pairs = []
        for r in in_unit:
            m = PAIR_SEPARATOR_BEFORE.search(folded, max(u_start, r.start - 8), r.start)
            if not m:
                continue
            label_end = m.start()
            domain = next((d.value for d in unit_domains if d.end == label_end), None)
            org = next((o for o in unit_orgs if o[1] == label_end), None)
            if domain:
                pairs.append((None, domain, r))
            elif org:
                pairs.append((org[2], "overall", r))
        if len(pairs) < 3 or len(pairs) < len(in_unit) - 1:
            return None
        self._update_state(folded, u_start, u_end, orgs, services, state)
        facts = []
        for org, domain, r in pairs:
            subject = org or state.location or state.subject
            facts.append(Fact(subject, None, domain, r.value, None, None, False, [(r.start, r.end)]))
        return facts

    def _table_over_time(self, folded, table: Table, ratings, domains, services, state: State) -> list[Fact] | None:
        """A table of ratings over several inspections: columns headed by dates
        ("Key question | May 2023 | June 2019") or rows headed by dates
        ("Inspection | Overall | Safe ..."). Only the latest inspection's
        ratings are items; the one before fills `previous`. None: not such a table."""
        def inside(mentions, cell):
            return [m for m in mentions.within(cell.start, cell.end) if m.end <= cell.end]

        def label_of(cell):
            """(service, domain) a row or column heading names."""
            named = inside(domains, cell)
            if named:
                return None, named[0].value
            svc = inside(services, cell)
            return (svc[0].value if svc else None), "overall"

        header, body = table.rows[0], table.rows[1:]
        subject = state.location or state.subject
        col_keys = [inspection_key(folded[c.start : c.end]) for c in header]
        row_keys = [inspection_key(folded[r[0].start : r[0].end]) for r in body]
        # (service, domain, current cell, previous cell or None)
        cells: list[tuple[str | None, str, Any, Any]] = []
        if sum(k is not None for k in col_keys[1:]) >= 2:
            dated = sorted((k for k in range(1, len(header)) if col_keys[k] is not None), key=lambda k: col_keys[k], reverse=True)
            now, before = dated[0], dated[1]
            for row in body:
                service, domain = label_of(row[0])
                if now < len(row):
                    cells.append((service, domain, row[now], row[before] if before < len(row) else None))
        elif sum(k is not None for k in row_keys) >= 2:
            dated = sorted((k for k in range(len(body)) if row_keys[k] is not None), key=lambda k: row_keys[k], reverse=True)
            now, before = body[dated[0]], body[dated[1]]
            for k, cell in enumerate(header[1:], start=1):
                service, domain = label_of(cell)
                if (service or domain != "overall" or inside(domains, cell)) and k < len(now):
                    cells.append((service, domain, now[k], before[k] if k < len(before) else None))
        else:
            return None
        facts = []
        for service, domain, cell, old in cells:
            values = inside(ratings, cell)
            if not values:
                continue
            olds = inside(ratings, old) if old is not None else []
            previous = olds[0].value if olds else None
            change = change_between(previous, values[0].value) if previous else None
            facts.append(Fact(subject, service, domain, values[0].value, previous, change, previous is not None,
                              [(values[0].start, values[0].end)]))
        return facts

    def _same_as_before(self, folded, u_start, u_end, facts: dict[tuple, Fact], state: State) -> None:
        """ "These findings mirror those of the previous inspection": every
        rating stated so far for the subject had the same value before."""
        m = self.cue["same_as_before"].search(folded, u_start, u_end)
        if not m:
            return
        for fact in facts.values():
            if fact.subject == state.subject and fact.previous is None and fact.change is None:
                fact.previous, fact.change = fact.rating, "unchanged"
                fact.spans.append((m.start(), m.end()))

    def _reference(self, text: str, state: State) -> tuple[bool, str | None, str | None]:
        """ "the trust" -> last provider; "the hospital"/"the home" -> last location.
        (found, target, kind): a reference to an organisation never named has no target."""
        hits = []
        for kind, regex in self.references.items():
            m = regex.search(text)
            if m:
                target = state.provider if kind == "provider" else state.location
                hits.append((m.start(), kind, target))
        if not hits:
            return False, None, None
        _, kind, target = min(hits)
        return True, target, kind

    def _copy(self, folded, c_start, c_end, domains, services, facts: dict[tuple, Fact], last: Fact | None) -> Fact | None:
        """ "and so has effective", "which is the same for safe", "as was the
        emergency operations centre": the last result again, for other key
        questions or, when none is named, other services."""
        clause = folded[c_start:c_end]
        with_previous = self.cue["copy_previous"].search(clause)
        value_only = self.cue["copy_value"].search(clause)
        if last is None or not (with_previous or value_only):
            return last
        cue = with_previous or value_only
        named = [(last.service, d) for d in _unique(d.value for d in domains.within(c_start, c_end))]
        if not named and last.service is not None:
            named = [(s, last.domain) for s in _unique(s.value for s in services.within(c_start, c_end)) if s != last.service]
        for service, domain in named:
            previous = last.previous if with_previous else None
            change = last.change if with_previous else None
            self._add(facts, Fact(last.subject, service, domain, last.rating, previous, change,
                                  last.explicit and bool(with_previous), [(c_start + cue.start(), c_start + cue.end())]))
        return last

    # -- clauses ------------------------------------------------------------------
    def _clauses(self, folded, u_start, u_end, ratings, domains, orgs, services) -> list[tuple[int, int]]:
        """Cut a unit where a new clause starts, keeping each rating in one piece."""
        cuts = [u_start]
        for m in CLAUSE_BREAK.finditer(folded, u_start, u_end):
            if m.group(0) == ";" and any(0 <= s.start - m.end() <= 6 for s in services):
                continue  # "good for older people; people with long-term conditions; ..."
            cuts.append(m.start())
        for m in AND_JOIN.finditer(folded, u_start, u_end):
            # ", and Y was rated ..." / ", and so has effective": a new statement.
            rest = folded[m.end() : u_end]
            rest = rest[: re.search(r"[,.;]|$", rest).start()]
            if (m.group(1) and any(o[0] == m.end() for o in orgs)) or self.cue["copy_previous"].search(rest) or self.cue["copy_value"].search(rest):
                cuts.append(m.start())
        for m in AS_WAS.finditer(folded, u_start, u_end):
            cuts.append(m.start())  # ", as was the emergency operations centre": a copy
        cuts.extend(service_clause_cuts(folded, ratings.within(u_start, u_end), services.within(u_start, u_end)))
        cuts = sorted(set(cuts))
        cuts.append(u_end)
        clauses = []
        for a, b in zip(cuts, cuts[1:]):
            if b > a:
                clauses.append((a, b))
        # A clause with no rating joins the next one (its key questions/services lead into it).
        merged: list[tuple[int, int]] = []
        carry = None
        for a, b in clauses:
            start = carry if carry is not None else a
            piece = folded[a:b]
            if (self.cue["copy_previous"].search(piece) or self.cue["copy_value"].search(piece)) and (
                domains.within(a, b) or services.within(a, b)
            ) and not ratings.within(a, b):
                if carry is not None and carry < a:
                    merged.append((carry, a))
                merged.append((a, b))
                carry = None
            elif ratings.within(a, b):
                merged.append((start, b))
                carry = None
            else:
                carry = start
        if carry is not None and merged:
            merged[-1] = (merged[-1][0], u_end)
        return merged

    def _clause(self, folded, c_start, c_end, u_start, u_end, ratings, domains, services, orgs, state) -> list[Fact]:
        clause = folded[c_start:c_end]
        unit = folded[u_start:u_end]
        if self.cue["history_lead"].match(clause):
            return []  # "(Previous inspection May 2015 - rated good overall and for all domains)": history only
        if self.cue["not_rating_clause"].search(clause) or self.cue["scale"].search(clause):
            return []  # a statistic, another regulator, or the scale itself ("outstanding, good, ... or inadequate")
        named = [m for m in domains.within(c_start, c_end) + services.within(c_start, c_end) if m.value != "overall"]
        if not named and self.cue["count_clause"].search(clause):
            return []  # "three of the five key questions", "five services are now good"
        in_clause = ratings.within(c_start, c_end)
        # Which rating values are previous ones?
        roles: dict[int, str] = {}
        pairs: dict[int, int] = {}  # result index -> previous index
        for i, r in enumerate(in_clause):
            before = folded[max(c_start, r.start - 90) : r.start]
            if self.cue["negated"].search(before) or self.cue["aspiration"].search(before) or self.cue["alternative_after"].match(folded[r.end : r.end + 40]) or self.cue["count_before"].search(before) or (
                re.search(r"\bfirst\s+['\"]?$", before) and re.match(r"['\"]?\s*(?:rating\s+)?since\b", folded[r.end : r.end + 20])
            ):  # "its first good rating since 2016" restates the result
                roles[i] = "skip"  # "not rated good", "our ambition to get to good", "a 'good' or 'outstanding' rating"
                continue
            if i + 1 < len(in_clause) and self.cue["to_between"].match(folded[r.end : in_clause[i + 1].start]):
                roles[i] = "previous"
                pairs[i + 1] = i
            elif (self.cue["previous_before"].search(before) or self.cue["previous_after"].match(folded[r.end : r.end + 60])) and not (
                self.cue["retains_previous"].search(before)  # "retains its previous rating of good": a result, unchanged
                or self.cue["keeps_that"].match(folded[r.end : r.end + 80])  # "had been rated good ... and maintains that status"
            ):
                roles[i] = "previous"
        results = [i for i, r in enumerate(in_clause) if i not in roles]
        if not results:
            return []
        # A lone previous rating after a result ("good, up from requires improvement").
        loose_previous = [i for i in roles if roles[i] == "previous" and i not in pairs.values()]
        lead_in_unchanged = bool(
            self.cue["unchanged"].search(folded[u_start:c_start]) and folded[u_start:c_start].rstrip().endswith(":")
        )

        facts: list[Fact] = []
        consumed_until = c_start
        used_domains: set[int] = set()
        clause_domains = domains.within(c_start, c_end)
        clause_services = services.within(c_start, c_end)
        for n, i in enumerate(results):
            r = in_clause[i]
            next_result_start = in_clause[results[n + 1]].start if n + 1 < len(results) else c_end
            # Key questions after the result ("good for safe and caring")...
            after = self._domains_after(folded, r, next_result_start, clause_domains, used_domains, in_clause)
            if after:
                chosen = after
            else:
                left_bound = consumed_until
                if i in pairs:
                    left_bound = min(left_bound, in_clause[pairs[i]].start)
                chosen = [k for k, d in enumerate(clause_domains) if left_bound <= d.start < r.start and k not in used_domains]
                chosen = _overall_alone(folded, r, chosen, clause_domains)
            also = [] if after else self._domains_also(folded, r, next_result_start, clause_domains, used_domains)
            also_overall = bool(also) and not chosen  # "rated RI, together with the ratings for safe": overall too
            chosen = chosen + also
            used_domains.update(chosen)
            domain_values = (["overall"] if also_overall else []) + _unique(clause_domains[k].value for k in chosen)
            span_end = max([r.end] + [clause_domains[k].end for k in chosen])
            if not domain_values:
                if self.cue["other_domains"].search(folded[r.end : next_result_start]) or self.cue["other_domains"].search(folded[consumed_until : r.start]):
                    named = {d.value for d in clause_domains} | {d.value for d in domains.within(u_start, u_end)}
                    domain_values = [d for d in FIVE_DOMAINS if d not in named]
                elif self.cue["all_domains"].search(folded[consumed_until:next_result_start]):
                    domain_values = list(FIVE_DOMAINS)
                    # "in all categories ... good, apart from its leadership, which was outstanding"
                    ex = self.cue["except_domains"].search(folded, r.end, next_result_start)
                    if ex:
                        excluded = {d.value for d in clause_domains if ex.end() <= d.start < next_result_start}
                        domain_values = [d for d in domain_values if d not in excluded]
                else:
                    domain_values = ["overall"]
            every_question = domain_values == ["overall"] and bool(self.cue["all_domains"].search(folded[span_end:next_result_start]))
            if every_question:
                domain_values = ["overall", *FIVE_DOMAINS]  # "good overall and in every key question"
            consumed_until = max(r.end, span_end)

            previous, change, explicit = None, None, False
            if i in pairs:
                previous, explicit = in_clause[pairs[i]].value, True
            else:
                later = [j for j in loose_previous if j > i and (n + 1 >= len(results) or in_clause[j].start < next_result_start)]
                # "..., and surgery, previously rated good, was rated RI": that one leads into the next result
                later = [j for j in later if n + 1 >= len(results) or not self._leads_into(folded, in_clause[j], next_result_start)]
                earlier = [j for j in loose_previous if j < i]
                since_last = [j for j in earlier if n == 0 or in_clause[j].start > in_clause[results[n - 1]].end]
                if later:
                    previous, explicit = in_clause[later[0]].value, True
                elif earlier and len(results) == 1:
                    previous, explicit = in_clause[earlier[-1]].value, True
                elif since_last and self._leads_into(folded, in_clause[since_last[-1]], r.start):
                    previous, explicit = in_clause[since_last[-1]].value, True
            unchanged = lead_in_unchanged or self._unchanged(folded, c_start, r, [in_clause[j] for j in results])
            if previous is None and unchanged and not self._direction(folded, c_start, r):
                previous = r.value
            first_since = previous == r.value and not explicit and self.cue["first_since"].match(folded[r.end : r.end + 80])
            if first_since:
                previous = None  # "good again, its first good rating since 2016": a different rating in between
            change = change_between(previous, r.value) if previous else self._direction(folded, c_start, r)
            if first_since and change is None:
                change = "improved" if r.value in ("good", "outstanding") else "declined"

            # From the rating value before this one (not the "from" value of its own "from X to Y") on.
            tense_from = max([c_start] + [m.end for j, m in enumerate(in_clause) if m.end <= r.start and pairs.get(i) != j])
            tense = self._tense(folded, tense_from, r, c_start)
            # "maternity was rated inadequate and surgery ... RI": a later result takes the services named since the last one
            since = [s for s in clause_services if n and s.start >= in_clause[results[n - 1]].end]
            subjects, service_list = self._subject_and_services(folded, c_start, c_end, r, since or clause_services, orgs, state)
            subjects = self._group_members(folded, c_start, r, orgs) or subjects
            services_after = self._services_after(folded, r, next_result_start, clause_services)
            if services_after and service_list != [None]:
                service_list = services_after  # "good for maternity and requires improvement for surgery"
            for subject in subjects:
                for service in service_list:
                    for domain in domain_values:
                        # "previously rated good" was the overall rating; the key questions' are not given
                        stated = (None, None, True) if every_question and domain != "overall" and explicit else (previous, change, explicit)
                        facts.append(Fact(subject, service, domain, r.value, *stated, [(r.start, r.end)], tense=tense))
        return facts

    def _unchanged(self, folded, c_start, r, results: list[Mention]) -> bool:
        """ "remains good", "again rated outstanding for caring and good for
        safe", "rated good again": the cue before a result (and the rest of its
        list), unless a new "was rated" starts after an earlier result."""
        if self.cue["unchanged_after"].match(folded[r.end : r.end + 40]):
            return True
        after = folded[r.end : r.end + 120]
        if self.cue["same_as_last"].match(after) or self.cue["remains_after"].match(after) or self.cue["again_after"].match(after) or self.cue["keeps_that"].match(after):
            return True  # "good, the same as at the last inspection"; "the 2019 rating of good remains"
        cues = list(self.cue["unchanged"].finditer(folded, c_start, r.start))
        if not cues:
            return False
        cue_end = cues[-1].end()
        earlier = [m for m in results if cue_end <= m.start and m.end <= r.start]
        return not (earlier and self.cue["new_rating_verb"].search(folded, earlier[-1].end, r.start))

    def _services_after(self, folded, r, limit, clause_services) -> list[str]:
        """Services named right after a result: "good for maternity"."""
        cursor, found = r.end, []
        for s in clause_services:
            if s.start < r.end or s.start >= limit:
                continue
            gap = folded[cursor : s.start]
            if not (self.cue["domains_after"].match(gap) if not found else re.fullmatch(r"[\s,;]*(?:and|or|&)?\s*(?:for\s+)?(?:the\s+)?", gap)):
                break
            found.append(s.value)
            cursor = s.end
        return _unique(found)

    def _domains_after(self, folded, r, limit, clause_domains, used, in_clause) -> list[int]:
        chosen: list[int] = []
        cursor = r.end
        first = True
        for k, d in enumerate(clause_domains):
            if d.start < r.end or d.start >= limit or k in used:
                continue
            gap = folded[cursor : d.start]
            if first:
                if not self.cue["domains_after"].match(gap):
                    break
                first = False
            elif not re.fullmatch(r"[\s,'\"–—-]*(?:and|or|&|as\s+well\s+as|in\s+addition\s+to)?[\s,'\"]*(?:(?:being|whether|how|the|it|its|their|a|an|is|was|were|service|services|are|for|in|people|patients|residents|providing|having|keeping|to)\s+)*", gap):
                break
            chosen.append(k)
            cursor = d.end
        return chosen

    def _group_members(self, folded, c_start, r, orgs) -> list | None:
        """ "Services at all four trusts were rated good": one item per member
        named before (the last N of that kind), plus subject null for those
        never named (SPEC). None when the clause names its subject."""
        if any(o[4] and o[0] < r.start for o in orgs.within(c_start, r.start)):
            return None
        m = self.cue["group_all"].search(folded, c_start, r.start)
        if not m:
            return None
        words = {"both": 2, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
        count = m.group("n") or m.group("all")
        size = int(count) if count.isdigit() else words.get(count)
        kind = "provider" if m.group("noun") in ("trusts", "providers", "companies", "organisations") else "location"
        named = _unique(o[2] for o in orgs.within(0, c_start) if o[3] == kind and o[4])
        if not named:
            return None
        members: list = named[-size:] if size else named
        if size and size > len(members):
            members.append(None)
        return members

    def _leads_into(self, folded, value: Mention, next_start: int) -> bool:
        """A previous value set off before the next result's verb: "surgery,
        previously rated good, was rated RI"."""
        return bool(self.cue["leads_into"].match(folded[value.end : next_start]))

    def _domains_also(self, folded, r, limit, clause_domains, used) -> list[int]:
        """ "moved up to RI, together with the ratings for how safe and well-led
        the service is" / "as have its ratings for safe": the same result for
        the key questions listed after the cue, besides the one(s) before it."""
        chosen: list[int] = []
        cursor = r.end
        for k, d in enumerate(clause_domains):
            if d.start < r.end or d.start >= limit or k in used:
                continue
            gap = folded[cursor : d.start]
            if not chosen:
                if not self.cue["domains_also"].match(gap):
                    break
            elif not re.fullmatch(r"[\s,'\"]*(?:and|or|&)?[\s,'\"]*(?:(?:being|how|the|it|its|is|was|were|for)\s+){0,6}", gap):
                break
            chosen.append(k)
            cursor = d.end
        return chosen

    def _tense(self, folded, c_start, r, clause_start) -> str | None:
        """ "dated" ("in May 2014, ... rated good", "rated inadequate in 2019"),
        "now" ("is now rated"), "past" ("was rated ... last August") or None;
        read from the previous rating value of the clause (or its start) on; a
        past verb anywhere in the clause before it."""
        before = folded[c_start : r.start]
        if self.tense["dated_before"].search(before) or self.tense["dated_after"].match(folded[r.end : r.end + 60]):
            return "dated"
        if self.tense["now"].search(before):
            return "now"
        if self.tense["dated_before"].search(folded[clause_start : r.start]):
            return "dated"  # "was rated inadequate in May 2015, after safe was inadequate and caring good"
        if self.tense["past"].search(folded[clause_start : r.start]) or self.tense["past"].search(folded[r.end : r.end + 60].split(".")[0]):
            return "past"
        return None

    def _direction(self, folded, c_start, r) -> str | None:
        before = folded[max(c_start, r.start - 60) : r.start]
        after = folded[r.end : r.end + 30]
        if self.cue["improved_before"].search(before) or self.cue["direction_after_improved"].match(after):
            return "improved"
        if self.cue["declined_before"].search(before) or self.cue["direction_after_declined"].match(after):
            return "declined"
        return None

    def _subject_and_services(self, folded, c_start, c_end, r, clause_services, orgs, state):
        clause_orgs = [o for o in orgs.within(c_start, c_end) if o[4]]
        services_before = [s.value for s in clause_services if s.start < r.start]
        services_all = [s.value for s in clause_services if s.start < r.start or not UNRELATED_AFTER.search(folded, r.end, s.start)]
        service_list = _unique(services_before or services_all) or [None]
        if clause_orgs:
            clause_orgs = _not_owners(folded, clause_orgs)
            # "each was rated": every organisation the clause lists.
            if re.search(r"\b(?:each|all|both)\b", folded[c_start:c_end]) and len(clause_orgs) > 1:
                subjects = _unique(o[2] for o in clause_orgs)
            else:
                # "X and Y were rated": every organisation of the leading list.
                subjects = _unique(o[2] for o in _coordinated(folded, clause_orgs) if o[0] < r.start) or [clause_orgs[0][2]]
            if service_list == [None]:
                if state.service and SERVICE_REFERENCE.search(folded[c_start:r.start]):
                    return subjects, [state.service]  # "the service at X ... rated it inadequate"
                return subjects, [None]
            if state.location and all(o[3] == "provider" for o in clause_orgs):
                # A service named with its trust sits at the trust's known location.
                subjects = [state.location]
            return subjects, service_list
        else:
            sites = self._service_sites(folded, c_start, r.start, state, service_list)
            if sites:
                return sites, (service_list if service_list != [None] else [state.service])
            found, ref, _ = self._reference(folded[c_start:c_end], state)
            if found:
                subjects = [ref]  # "the trust" never named: null (SPEC)
                if not clause_services:
                    return subjects, [None]
            elif len(state.group) > 1 and self.cue["group_reference"].search(folded[c_start:r.start]):
                subjects = list(state.group)  # "Both were rated good"
            else:
                subjects = [state.subject]
                if service_list == [None]:
                    service_list = [state.service]
                    if len(state.named_services) > 1 and ALL_OF_THEM.search(folded[c_start:r.start]):
                        service_list = list(state.named_services)  # "All three were downgraded"
        if service_list != [None] and not clause_orgs:
            # A service sits at a location when one is known; else at the provider.
            subjects = [state.location or state.subject]
        return subjects, service_list

    def _name_described(self, facts: dict[tuple, Fact], orgs, units) -> dict[tuple, Fact]:
        """Ratings of "a mental health trust" or "two GP surgeries" go to the
        organisations of that kind named next (SPEC: null only if never named)."""
        if not any(f.described for f in facts.values()):
            return facts
        resolved: dict[tuple, Fact] = {}
        for fact in facts.values():
            if fact.subject is None and fact.described:
                kind, plural, offset = fact.described
                for u_start, u_end in units:
                    named = [o[2] for o in orgs.within(u_start, u_end) if o[0] > offset and kind in (o[3], "any") and o[4]]
                    if named:
                        for name in _unique(named) if plural else named[:1]:
                            self._add(resolved, Fact(name, fact.service, fact.domain, fact.rating, fact.previous,
                                                     fact.change, fact.explicit, list(fact.spans)))
                        break
                else:
                    self._add(resolved, fact)
            else:
                self._add(resolved, fact)
        return resolved

    # -- previous ratings stated as history ----------------------------------------
    def _history(self, folded, c_start, c_end, ratings, domains, services, orgs, state, clause_facts) -> list[Fact]:
        clause = folded[c_start:c_end]
        in_clause = ratings.within(c_start, c_end)
        # "children's services were downgraded from good": only a previous value.
        only_previous = bool(in_clause) and not clause_facts and all(
            self.cue["previous_before"].search(folded[max(c_start, r.start - 90) : r.start]) for r in in_clause
        )
        lead = bool(self.cue["history_lead"].match(clause))  # "(Previous inspection ...", "When ... in 2017, ...": all history
        if not (self.cue["history_clause"].search(clause) or only_previous or lead):
            return []
        found = []
        # "Previous rating (May 2021): Inadequate": a label line whose lead says history.
        line_lead = lead and bool(self.cue["history_lead"].match(clause)) and (
            LABELLED_LINE.match(folded, c_start) is not None or STACKED.match(folded, c_start) is not None)
        for r in in_clause:
            first_of_line = line_lead and r is in_clause[0]
            before = folded[max(c_start, r.start - 90) : r.start]
            # up to the next value or its own cue: "inadequate and surgery, previously rated good" is not this one's history
            after = folded[r.end : min([r.end + 60] + [m.start for m in in_clause if m.start >= r.end])]
            lead = self.cue["previous_before"].search(after) if any(m.start == r.end + len(after) for m in in_clause) else None
            after = after[: lead.start()] if lead else after
            if not (first_of_line or self.cue["previous_before"].search(before) or self.cue["previous_after"].match(after) or self.cue["history_clause"].search(clause) or only_previous or lead):
                continue
            prev_value_end = max([c_start] + [m.end for m in in_clause if m.end <= r.start])
            if not first_of_line and any((r.start, r.end) in f.spans for f in clause_facts):
                # the cue must be this value's: from the value before it when a new "was rated" starts there
                own_from = prev_value_end if self.cue["new_rating_verb"].search(folded, prev_value_end, r.start) else c_start
                if not self.cue["history_clause"].search(folded[max(own_from, r.start - 90) : r.start] + after):
                    continue
            since = services.within(prev_value_end, c_end) if prev_value_end > c_start else []
            subjects, service_list = self._subject_and_services(folded, c_start, c_end, r, since or services.within(c_start, c_end), orgs, state)
            # Key questions named after a later result are that result's, not this history's.
            next_result = min((m.start for m in in_clause if m.start >= r.end), default=c_end)
            named = [d.value for d in domains.within(c_start, next_result)]
            between = domains.within(r.end, next_result)
            if between and re.search(r"\b(?:was|were|is|are|been|rated|required|requires)\b", folded[between[-1].end : next_result]):
                # "was rated inadequate in 2015, after safe and well-led were inadequate": those
                # key questions lead into the next value; this one has only those before it.
                prev_end = max([c_start] + [m.end for m in in_clause if m.end <= r.start])
                named = [d.value for d in domains.within(prev_end, r.start)]
            if not named and self.cue["all_domains"].search(folded, r.end, next_result):
                named = list(FIVE_DOMAINS)  # "... and good for all domains"
            for subject in subjects:
                for service in service_list:
                    for domain in named or ["overall"]:
                        found.append(Fact(subject, service, domain, r.value, None, None, False, [(r.start, r.end)]))
        return found

    def _apply_history(self, facts: dict[tuple, Fact], history: list[Fact]) -> None:
        for h in history:
            for fact in facts.values():
                if (fact.subject, fact.service, fact.domain) != (h.subject, h.service, h.domain):
                    continue
                if fact.spans == h.spans:
                    # The history statement was read as this result: it is a previous rating only.
                    continue
                if fact.previous is None:
                    fact.previous = h.rating
                    fact.change = change_between(h.rating, fact.rating)
        # "again" implies the same rating before, unless the last earlier rating stated differs
        last: dict[tuple, Fact] = {}
        for h in history:
            last[(h.subject, h.service, h.domain)] = h
        for key, fact in facts.items():
            h = last.get(key)
            if h is not None and h.spans != fact.spans and not fact.explicit and fact.previous == fact.rating and h.rating != fact.rating:
                fact.previous, fact.change = h.rating, change_between(h.rating, fact.rating)
        # A "result" that is really only history (same span as a history fact) is dropped.
        history_spans = {tuple(h.spans) for h in history}
        for key in [k for k, f in facts.items() if tuple(f.spans) in history_spans and self._only_history(f)]:
            del facts[key]

    @staticmethod
    def _only_history(fact: Fact) -> bool:
        return not fact.explicit and fact.previous is None

    # -- collecting ---------------------------------------------------------------
    @staticmethod
    def _add(facts: dict[tuple, Fact], fact: Fact) -> Fact:
        """Collect one item per (subject, service, domain); returns the kept one."""
        key = (fact.subject, fact.service, fact.domain)
        old = facts.get(key)
        if old is None:
            facts[key] = fact
            return fact
        if old.rating != fact.rating and _is_history_of(fact, old, later=True):
            # "rated inadequate ... in summer 2015 it was upgraded from X to Y": history of the result kept
            if old.previous is None:
                old.previous, old.change = fact.rating, change_between(fact.rating, old.rating)
            old.spans.extend(fact.spans)
            return old
        if old.rating != fact.rating and _is_history_of(old, fact):
            # "was rated inadequate last August ... is now rated good": the earlier one was history
            if fact.previous is None:
                fact.previous, fact.change = old.rating, change_between(old.rating, fact.rating)
            fact.spans = old.spans + fact.spans
            facts[key] = fact
            return fact
        if fact.explicit and not old.explicit:
            fact.spans = old.spans + fact.spans
            facts[key] = fact
            return fact
        old.spans.extend(fact.spans)
        if old.rating == fact.rating and old.tense == "dated" and fact.tense != "dated" and old.previous is None and fact.previous is None:
            # "rated good in 2015 ... is rated good": the dated one is the previous rating
            old.previous, old.change, old.tense = old.rating, "unchanged", fact.tense
            return old
        if old.previous is None and fact.previous is not None and fact.rating == old.rating:
            old.previous, old.change = fact.previous, change_between(fact.previous, old.rating)
        if old.change is None and fact.change is not None and fact.rating == old.rating:
            old.change = fact.change
        return old

    @staticmethod
    def _as_dict(doc: Doc, fact: Fact) -> dict[str, Any]:
        return {
            "subject": fact.subject,
            "service": fact.service,
            "domain": fact.domain,
            "rating": fact.rating,
            "previous": fact.previous,
            "change": fact.change,
            "evidence": [evidence(doc, s, e) for s, e in sorted(set(fact.spans))],
        }


def _care_in_domain_lists(folded: str, domains: list[Mention], services: list[Mention]) -> list[Mention]:
    """ "inadequate for safety, care and leadership": "care" listed with other
    key questions is the caring key question."""
    found = []
    known = {d.start for d in domains}
    ends = sorted(d.end for d in domains if d.value != "overall")
    starts = sorted(d.start for d in domains if d.value != "overall")
    in_service = _Coverage((s.start, s.end) for s in services)
    for m in CARE_WORD.finditer(folded):
        if m.start() in known or in_service.covers(m.start()):
            continue
        if folded[m.end() : m.end() + 60].startswith(CARE_NOUN_COMPOUNDS):
            continue
        k = bisect_right(ends, m.start()) - 1
        joined_before = k >= 0 and re.fullmatch(r"\s*(?:,|,?\s*(?:and|&))\s*(?:its\s+|the\s+)?", folded[ends[k] : m.start()])
        k = bisect_left(starts, m.end())
        joined_after = k < len(starts) and re.fullmatch(r"\s*(?:,|,?\s*(?:and|&))\s*(?:its\s+|the\s+)?", folded[m.end() : starts[k]])
        if joined_after and not joined_before and re.search(r"\b(?:the|a|of|and|good|poor|safe)\s+$", folded[max(0, m.start() - 8) : m.start()]):
            continue  # "praised the care and safety culture": not a list of key questions
        if joined_before or joined_after:
            found.append(Mention(m.start(), m.end(), "caring"))
    return found


def _overall_alone(folded: str, r: Mention, chosen: list[int], clause_domains) -> list[int]:
    """ "concerns about its leadership and safety led to an overall 'inadequate'
    rating": "overall" right before the value is its key question; other key
    questions count only when listed with it ("safe and overall")."""
    if len(chosen) < 2 or clause_domains[chosen[-1]].value != "overall":
        return chosen
    if not re.fullmatch(r"[\s'\"]*(?:rating\s+(?:of\s+)?|rated\s+(?:as\s+)?)?[\s'\"]*", folded[clause_domains[chosen[-1]].end : r.start]):
        return chosen
    kept = [chosen[-1]]
    for k in reversed(chosen[:-1]):
        if not LIST_JOIN.fullmatch(folded[clause_domains[k].end : clause_domains[kept[0]].start]):
            break
        kept.insert(0, k)
    return kept


def _is_history_of(older: Fact, current: Fact, later: bool = False) -> bool:
    """Two statements of one item with different values: is `older` only its
    history? A dated one beside an undated one; a past one before a "now" one
    (`later`: `older` is stated after `current`)."""
    if older.tense == "dated":
        return current.tense != "dated"
    return not later and older.tense == "past" and current.tense == "now" and not older.explicit


def _pair_value(text: str, folded: str, r: Mention) -> bool:
    """ "Safe - Good Caring - Good": a capitalised rating word right after a
    label's dash or colon is a value, whatever word follows it."""
    return text[r.start : r.start + 1].isupper() and bool(PAIR_SEPARATOR_BEFORE.search(folded, max(0, r.start - 8), r.start))


def _mentions(spans, label: str) -> list[Mention]:
    return sorted((Mention(s.start_char, s.end_char, s.id_) for s in spans if s.label_ == label), key=lambda m: m.start)


def _unique(values) -> list:
    seen: list = []
    for v in values:
        if v not in seen:
            seen.append(v)
    return seen


def _not_owners(folded: str, orgs: list) -> list:
    """ "Acme Care's Northgate House": the owner is not what is rated."""
    kept = [
        o for o in orgs
        if not (re.match(r"['’]s?\s+", folded[o[1] : o[1] + 3]) and any(0 < p[0] - o[1] <= 3 for p in orgs))
    ]
    return kept or orgs


def _coordinated(folded: str, orgs: list) -> list:
    """The first organisation with those joined to it by "and" or commas."""
    group = orgs[:1]
    for o in orgs[1:]:
        if not LIST_JOIN.fullmatch(folded[group[-1][1] : o[0]]):
            break
        group.append(o)
    return group


class _Coverage:
    """The union of character ranges; "is this offset inside any of them?" by
    bisection (a scan of every range per mention is n² on a long text)."""

    def __init__(self, ranges):
        self._starts: list[int] = []
        self._ends: list[int] = []
        for start, end in sorted(ranges):
            if self._ends and start <= self._ends[-1]:
                self._ends[-1] = max(self._ends[-1], end)  # overlapping: one range
            else:
                self._starts.append(start)
                self._ends.append(end)

    def covers(self, position: int) -> bool:
        k = bisect_right(self._starts, position) - 1
        return k >= 0 and position < self._ends[k]


class _Indexed(list):
    """Mentions sorted by start offset, found by range with bisection."""

    def __init__(self, items, key=lambda m: m.start):
        super().__init__(sorted(items, key=key))
        self._starts = [key(m) for m in self]

    def within(self, start: int, end: int) -> list:
        """The mentions starting in [start, end)."""
        return self[bisect_left(self._starts, start) : bisect_left(self._starts, end)]


def _units(doc: Doc) -> list[tuple[int, int]]:
    """Sentences, cut again at line breaks: bullets and headings stand alone."""
    units = []
    text = doc_text(doc)  # spaCy builds doc.text anew on every access
    for sent in doc.sents:
        start = sent.start_char
        for m in re.finditer(r"\n", text[sent.start_char : sent.end_char]):
            end = sent.start_char + m.start()
            if end > start:
                units.append((start, end))
            start = sent.start_char + m.end()
        if sent.end_char > start:
            units.append((start, sent.end_char))
    return units




@Language.factory(
    "cqc_ratings",
    default_config={},
    requires=["doc._.cqc_organisations", "doc.spans"],
    assigns=["doc._.cqc_ratings"],
)
def make_ratings(nlp: Language, name: str) -> Ratings:
    return Ratings(nlp, name)
