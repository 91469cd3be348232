"""Which mentions of the span ruler and cqc_organisations the reader works
with: rating words used as values (not "good news"), services (the longest,
not a GP "surgery", list leads the vocabulary cuts short), organisations that
can be what is rated, "care" as the caring key question; and the units
(sentences cut at line breaks) the text is read in."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import accumulate

from spacy.strings import get_string_id
from spacy.tokens import Doc

from ..base import doc_text
from .facts import Coverage, Mention
from .lines import (BULLET_NOT_NAME, PAIR_SEPARATOR_BEFORE, acronym_services, bullet_subject_services, line_finditer, line_lead_extensions,
                    line_led)
from .tables import MARKS

# (the first letter matched first and the word boundary looked for behind it: the
# same matches as r"\b(?:patient\s+|resident\s+)?care\b", scanned for its first
# character class in C, three times faster on a page)
CARE_WORD = re.compile(r"[cpr](?<!\w.)(?:(?<=p)atient\s+care|(?<=r)esident\s+care|(?<=c)are)\b")


class _Found:
    """A found word's place, read as a match's: start(), end()."""
    __slots__ = ("_start", "_end")

    def __init__(self, start: int, end: int):
        self._start, self._end = start, end

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end


def _word_char(c: str) -> bool:
    return c.isalnum() or c == "_"  # (re's \w on str)


def care_words(folded: str) -> list[_Found]:
    """The places of CARE_WORD.finditer(folded) (start(), end()), found from each "care" by
    str.find: `re` tried the pattern at every c, p and r of the page. (session 16: the same
    places as the pattern on every corpus text and 200,000 random strings)"""
    found: list[_Found] = []
    find, size, last_end = folded.find, len(folded), 0
    i = find("care")
    while i >= 0:
        end = i + 4
        if end == size or not _word_char(folded[end]):  # \b after "care"
            start = None
            j = i
            while j > last_end and folded[j - 1].isspace():  # "patient\s+care": the blanks before "care"
                j -= 1
            if j < i:
                for lead in ("patient", "resident"):
                    s = j - len(lead)
                    if s >= last_end and folded.startswith(lead, s) and (s == 0 or not _word_char(folded[s - 1])):
                        start = s
                        break
            if start is None and (i == 0 or not _word_char(folded[i - 1])):
                start = i
            if start is not None:
                found.append(_Found(start, end))
                last_end = end
        i = find("care", i + 1)
    return found


# "care" at the end of a phrase: "outstanding for care." / "for care and good for safety".
CARE_ENDS = re.compile(r"[ \t]*(?:[.,;:)'\"\n]|$)|\s+(?:and|but|while|whereas|with|as)\b")
CARE_NOUN_COMPOUNDS = (" home", " service", " provider", " quality", " act")
BULLET_LEAD = re.compile(
    r"^[ \t]*[•·*▪◦‣-][ \t]*(?P<lead>[^\n:–—]{3,120}?)[ \t]*(?:[:–—]|\s-\s)", re.MULTILINE
)
BULLET_LEAD_LED = line_led(BULLET_LEAD)  # (its matches found by line_finditer)
RATING_WORDS = re.compile(r"\b(?:outstanding|good|requires improvement|inadequate|rated|overall)\b")
# A word joined to the service after it ("medical and surgical services", "surgical/critical care services").
SHARED_HEAD_BEFORE = re.compile(r"(?<![\w'-])(?P<word>[a-z]+)(?:[ \t]+(?:and|&)[ \t]+|[ \t]*/[ \t]*)$")
A_BEFORE = re.compile(r"\ban?[ \t]+$")
# After a value: the end of a line or a table cell, a mark, a date ("Good 12 May 2023"): a value, whatever follows
# (compiled once: built from its parts at each value, the pattern was a new string to look up in re's cache)
VALUE_ENDS_CELL = re.compile(r"[ \t]*(?:[\n|\t]|$)| {2}|[ \t]{0,3}[" + MARKS + r"]|[ \t]{1,3}(?:\d{1,2}[ \t]{1,3})?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?[ \t]{1,3}(?:19|20)\d\d\b")
# What joins the names of a list: "X, Y and Z", "X & Y".
LIST_JOIN = re.compile(r"\s*(?:,|,?\s*(?:and|&))\s*")


class MentionFinder:
    """Reader methods that choose the mentions (before they are indexed)."""

    def _subject_orgs(self, orgs: list, services: list = ()) -> list:
        """Organisation mentions as (start, end, name, kind, can_be_subject): not
        "as at X" (a comparison), "the trust that runs X and Y" or "run by X".
        Those still tell what "the trust"/"the hospital" will point back to."""
        marked: list = []
        self.unit_sites: set[int] = set()  # starts of the sites an unnamed unit is placed at
        dropped = None
        for o in orgs:
            if self.cue["not_subject_before"].search(self.folded[max(0, o[0] - self.window["not_subject_before"]) : o[0]]):
                # "run by Y Ltd for the trust": a contractor, which can be what is rated
                dropped = None if self.cue["contractor_after"].match(self.folded, o[1]) else o
            elif dropped and o[3] == dropped[3] and LIST_JOIN.fullmatch(self.folded[dropped[1] : o[0]]):
                dropped = o  # the rest of that list ("run by X, Y and Z"; not "run by X, A and B were rated")
            else:
                dropped = None
            if dropped is None and (m := self.cue["owner_unit_after"].match(self.folded, o[1], o[1] + 64)) \
                    and not any(o[1] < s.start < m.end() for s in services):
                # "Acme Group's newest home in Dunmore": the owner is not what is rated (the unit is; "the trust's
                # urgent care centre", a service named there, stays the trust's)
                marked.append((*o, False))
                continue
            if dropped is None and o[3] == "location" and (m := self.cue["unit_at_site_before"].search(self.folded, max(0, o[0] - 48), o[0])) \
                    and not any(m.start() <= s.start < o[0] for s in services) \
                    and self.cue["unit_at_site_rated_after"].match(self.folded, o[1]):
                # only the unit phrase opening a clause it is rated in; "who runs the unit at X" keeps X
                marked.append((*o, False))  # "The centre at X Hospital was rated good": a unit not named, placed at X
                self.unit_sites.add(o[0])  # ("the centre" then points back to that unit, not to X)
                continue
            marked.append((*o, dropped is None))
        return marked

    def _care_as_caring(self, ratings: list[Mention], services: list[Mention], orgs: list = (), care_words=None,
                        candidates: bool = False) -> list[Mention]:
        """ "care remains outstanding", "rated care at X outstanding", "an
        outstanding rating for care": care (or patient care) as the caring key question.
        Not "care" inside an organisation's name ("Fenmoor Community Care has been rated good").
        (`candidates`: `care_words` are care_candidates' already)"""
        found = []
        if not candidates:
            care_words = care_candidates(self.folded, services, care_words)
        if not care_words:
            return found
        rating_starts = [r.start for r in ratings]
        in_name = Coverage((o[0], o[1]) for o in orgs)
        for m in care_words:
            if in_name.covers(m.start()):
                continue
            if self.cue["care_after_domain_noun"].search(self.folded, max(0, m.start() - 40), m.start()):
                continue  # "the safety of care": another key question's complement
            if self.cue["care_sector_before"].search(self.folded, max(0, m.start() - 40), m.start()):
                continue  # "the council's adult social care was rated good": a sector, not caring
            # Ratings are sorted: the first one after "care" is the nearest.
            k = bisect_left(rating_starts, m.end())
            gap = rating_starts[k] - m.end() if k < len(rating_starts) else None
            if gap is not None and gap < self.window["caring_care"] and self.cue["caring_care"].match(self.folded[m.start() : rating_starts[k]]):
                found.append(Mention(m.start(), m.end(), "caring"))
            elif (gap is not None and gap < self.window["caring_care_object"]
                  and self.cue["caring_care_object"].match(self.folded[m.start() : rating_starts[k]])
                  and self.cue["caring_care_object_verb"].search(self.folded[max(0, m.start() - 30) : m.start()])):
                found.append(Mention(m.start(), m.end(), "caring"))  # "inspectors rated care at X outstanding"
            elif k and 0 <= m.start() - ratings[k - 1].end < self.window["caring_care_after"] and self.cue["caring_care_after"].match(
                self.folded[ratings[k - 1].end : m.start()]
            ) and CARE_ENDS.match(self.folded, m.end()):
                found.append(Mention(m.start(), m.end(), "caring"))  # "an outstanding rating for care"
        return found

    def _adjective(self, r: Mention) -> bool:
        """ "outstanding practice", "good news": a rating word used as a plain adjective."""
        quoted = self.folded[r.end : r.end + 1] in ("'", '"')  # 'good' alone, not 'outstanding practice'
        if r.value == "good" and self.cue["idiom_for_good"].search(self.folded, max(0, r.start - 48), r.end):
            return True  # "the practice has closed for good": for ever, not a rating
        if VALUE_ENDS_CELL.match(self.folded[r.end : r.end + 24]):
            return False  # the end of a line or a table cell: a value, whatever follows
        if self.cue["previous_adjective"].search(self.folded[max(0, r.start - self.window["previous_adjective"]) : r.start]):
            return False  # "the previously inadequate home": its previous value
        if quoted and self.cue["quoted_adjective"].match(self.folded[r.end : r.end + self.window["quoted_adjective"]]):
            return True  # "praises 'outstanding' staff"
        return not quoted and bool(self.cue["adjective_use"].match(self.folded[r.end : r.end + self.window["adjective_use"]]))

    def _practice(self, s: Mention, next_service: Mention | None = None) -> bool:
        """ "the surgery" in a GP story is the practice, not the surgery service
        (unless another service is listed with it: "its surgery, medicine and ...")."""
        if next_service is not None and self.practice_list.match(self.folded[s.end : next_service.start]):
            return False
        return (
            s.value == "surgery"
            and self.folded[s.start : s.end] == "surgery"  # "surgical services" is never the practice
            and (bool(self.practice_before.search(self.folded[max(0, s.start - self.window["practice_not_service.before"]) : s.start]))
                 # "Surgery's rating drops to inadequate" as a headline: the practice
                 or s.start <= 40 and not self.folded[: s.start].strip() and bool(self.practice_headline_after.match(self.folded[s.end : s.end + 40])))
            and not self.practice_after.match(self.folded[s.end : s.end + self.window["practice_not_service.after"]])
        )

    def _population_groups_near_ratings(self, units, services: list[Mention], ratings: list[Mention]) -> list[Mention]:
        """ "looks after up to 45 older people" is not a service: a GP practice's
        population groups count only in a sentence that states a rating, and
        not as part of a longer name ("a care service for older people",
        "medical care, including older people's care")."""
        groups = self.population_groups
        services = [s for s in services if s.value not in groups or not self._population_group_part(s)]
        starts = [r.start for r in ratings]
        rated_units = Coverage(
            (a, b) for a, b in units if bisect_left(starts, a) < bisect_left(starts, b)
        )
        return [
            s for s in services
            if s.value not in groups
            or not re.search(r"\d\s+$", self.text[max(0, s.start - 12) : s.start])  # "up to 38 older people"
            and rated_units.covers(s.start)
        ]

    def _population_group_part(self, s: Mention) -> bool:
        window = self.window["population_group_part_before"]
        return bool(self.cue["population_group_part_before"].search(self.folded[max(0, s.start - window) : s.start])
                    or self.cue["population_group_part_after"].match(self.folded[s.end : s.end + window]))

    def _bullet_leads(self, services: list[Mention], orgs, domains) -> list[Mention]:
        """ "• Mental health wards for older people – rated good": a list item's
        lead phrase names the service its ratings are for, in the text's words."""
        leads = []
        # By bisection, not a scan of every organisation and key question per list item.
        org_starts = sorted(o[0] for o in orgs)
        by_start = sorted(domains, key=lambda d: d.start)
        domain_starts = [d.start for d in by_start]
        furthest_end = list(accumulate((d.end for d in by_start), max))  # of the key questions starting so far
        for m in line_finditer(BULLET_LEAD, BULLET_LEAD_LED, self.folded):
            start, end = m.span("lead")
            if bisect_left(org_starts, start) < bisect_left(org_starts, end):
                continue  # an organisation starts in the lead
            k = bisect_right(domain_starts, start)
            if k and end <= furthest_end[k - 1] + 1:
                continue  # "- Safe: requires improvement" lists key questions, not services
            words = re.sub(r"\s*\([^)]*\)", "", self.folded[start:end]).strip(" '\"")
            if BULLET_NOT_NAME.search(words):
                continue  # "building on this success, the trust announces ...": a sentence, not a name
            if words.endswith("?"):
                continue  # (session 15) "- Are services safe? - Good": a key question asked, not a service's name
            bare = re.sub(r"\s+services?$", "", words)
            value = self.service_synonyms.get(words) or self.service_synonyms.get(bare) or words
            if not value or RATING_WORDS.search(value):
                continue
            leads.append(Mention(start, end, value))
        if not leads:
            return services
        in_leads = Coverage((lead.start, lead.end) for lead in leads)
        kept = [s for s in services if not in_leads.covers(s.start)]
        return sorted(kept + leads, key=lambda m: m.start)

    def _line_services(self, services: list[Mention], orgs) -> list[Mention]:
        """Service names the vocabulary cuts short where a line's layout shows
        the whole name: "• Community health adult services improved to good",
        "Working age people (including those recently retired – good"."""
        canonical = set(self.service_synonyms.values())
        added = []
        for start, end, name in bullet_subject_services(self.folded, orgs):
            inner = [s for s in services if start <= s.start < end]
            if any(s.value in canonical for s in inner) and self.service_synonyms.get(name) is None:
                continue  # "acute medical services": the canonical label already found
            if inner and inner[0].start == start and inner[0].end == end:
                continue
            added.append(Mention(start, end, self.service_synonyms.get(name, name)))
        added += [Mention(start, end, name) for start, end, name in acronym_services(self.folded, self.acronym_names, self.service_names)
                  if not any(start <= o[0] < end for o in orgs)]
        if added:
            services = [s for s in services if not any(a.start <= s.start < a.end for a in added)]
        extended = line_lead_extensions(self.folded, services, orgs, self.labelled)
        # "Medical care (including older people's care): Good": a canonical label keeps its label
        services = [Mention(s.start, extended[s.start][0], extended[s.start][1])
                    if s.start in extended and s.value not in canonical else s
                    for s in services]
        return sorted(services + added, key=lambda m: m.start)

    def _qualified(self, services: list[Mention]) -> list[Mention]:
        """ "community mental health services for older people", "child and
        adolescent mental health services": a service of other_services.json
        with who or what it is for around it (its "qualifiers") keeps the whole
        name, in the text's words; a group named in the qualifier ("older
        people's") is then no service of its own."""
        if self.qualified_after is None and self.qualified_before is None:
            return services
        extended: list[Mention] = []
        for s in services:
            start, end = s.start, s.end
            if s.value in self.service_names:
                if self.qualified_before is not None:
                    m = self.qualified_before.search(self.folded, max(0, s.start - 60), s.start)
                    start = m.start() if m else start
                if self.qualified_after is not None and " for " not in s.value:
                    m = self.qualified_after.match(self.folded, s.end)
                    end = m.end() if m else end
            if (start, end) != (s.start, s.end) and not (s.value in self.qualified_only and A_BEFORE.search(self.folded, max(0, start - 4), start)):
                extended.append(Mention(start, end, re.sub(r"\s+", " ", self.folded[start:end])))
        # "mental health service" alone, or after "a", says what an organisation is ("X, a mental health service
        # for adults, ..."): a service only with who it is for around it
        services = [s for s in services if s.value not in self.qualified_only]
        if not extended:
            return services
        covered = Coverage((m.start, m.end) for m in extended)
        kept = [s for s in services if not covered.covers(s.start) and not covered.covers(s.end - 1)]
        return sorted(kept + extended, key=lambda m: m.start)

    def _shared_head(self, services: list[Mention]) -> list[Mention]:
        """ "medical and surgical services", "surgical and critical care services": a word joined to a service
        by "and" or "/" shares its head noun; when the two make a SPEC synonym ("medical services",
        "surgical services") it is that service too ("medical and nursing staff" makes none)."""
        added = []
        in_service = None  # (made when first needed: by bisection, not a scan of every service per word)
        for s in services:
            m = SHARED_HEAD_BEFORE.search(self.folded, max(0, s.start - 40), s.start)
            if m is None or (added and added[-1].start == m.start("word")):
                continue
            head = self.folded[s.start : s.end].rsplit(None, 1)[-1]
            value = self.service_synonyms.get(f"{m.group('word')} {head}")
            if value is None or value == s.value:
                continue
            in_service = in_service or Coverage((o.start, o.end) for o in services)
            if not in_service.covers(m.start("word")):
                added.append(Mention(m.start("word"), m.end("word"), value))
        return sorted(services + added, key=lambda m: m.start) if added else services

    @staticmethod
    def _longest(mentions: list[Mention]) -> list[Mention]:
        """Drop service mentions inside longer ones ("maternity" in "maternity services")."""
        kept = []
        for m in sorted(mentions, key=lambda m: (m.start, -(m.end - m.start))):
            if kept and m.start < kept[-1].end:
                continue
            kept.append(m)
        return kept


def care_candidates(folded: str, services: list[Mention], care_words=None) -> list:
    """The places of CARE_WORD in `folded` (`care_words`, if found already) that can be the caring key
    question for both readers below: not inside a service's name, not "care home", "care quality".
    (found once for both: session 16)"""
    if care_words is None:
        care_words = list(CARE_WORD.finditer(folded))
    if not care_words:
        return care_words
    in_service = Coverage((s.start, s.end) for s in services)
    return [m for m in care_words if not in_service.covers(m.start()) and not folded.startswith(CARE_NOUN_COMPOUNDS, m.end())]


# What joins "care" to the key questions listed with it; "the care and safety culture" (compiled once)
CARE_LIST_JOIN = re.compile(r"\s*(?:,|,?\s*(?:and|&))\s*(?:its\s+|the\s+)?")
CARE_NOT_LISTED_BEFORE = re.compile(r"\b(?:the|a|of|and|good|poor|safe)\s+$")


def care_in_domain_lists(folded: str, domains: list[Mention], services: list[Mention], care_words=None,
                         candidates: bool = False) -> list[Mention]:
    """ "inadequate for safety, care and leadership": "care" listed with other
    key questions is the caring key question. (`care_words`: CARE_WORD's matches in `folded`, if found already;
    `candidates`: they are care_candidates' already.)"""
    found = []
    if not candidates:
        care_words = care_candidates(folded, services, care_words)
    if not care_words:
        return found
    known = {d.start for d in domains}
    ends = sorted(d.end for d in domains if d.value != "overall")
    starts = sorted(d.start for d in domains if d.value != "overall")
    for m in care_words:
        if m.start() in known:
            continue
        k = bisect_right(ends, m.start()) - 1
        joined_before = k >= 0 and CARE_LIST_JOIN.fullmatch(folded, ends[k], m.start())
        k = bisect_left(starts, m.end())
        joined_after = k < len(starts) and CARE_LIST_JOIN.fullmatch(folded, m.end(), starts[k])
        if joined_after and not joined_before and CARE_NOT_LISTED_BEFORE.search(folded[max(0, m.start() - 8) : m.start()]):  # (a slice: \b at its start)
            continue  # "praised the care and safety culture": not a list of key questions
        if joined_before or joined_after:
            found.append(Mention(m.start(), m.end(), "caring"))
    return found


def pair_value(text: str, folded: str, r: Mention) -> bool:
    """ "Safe - Good Caring - Good": a capitalised rating word right after a
    label's dash or colon is a value, whatever word follows it."""
    return text[r.start : r.start + 1].isupper() and bool(PAIR_SEPARATOR_BEFORE.search(folded, max(0, r.start - 8), r.start))


def mentions(spans, label: str) -> list[Mention]:
    return sorted((Mention(s.start_char, s.end_char, s.id_) for s in spans if s.label_ == label), key=lambda m: m.start)


def mentions_by_label(spans, labels) -> dict[str, list[Mention]]:
    """`mentions(spans, label)` for each label, the spans read once (each one read makes a Span)."""
    found: dict[str, list[Mention]] = {label: [] for label in labels}
    by_id = {get_string_id(label): found[label] for label in labels}  # (a span's label as its hash: no string decoded)
    for s in spans:
        bucket = by_id.get(s.label)
        if bucket is not None:
            bucket.append(Mention(s.start_char, s.end_char, s.id_))
    return {label: sorted(bucket, key=lambda m: m.start) for label, bucket in found.items()}


def units_of(doc: Doc) -> list[tuple[int, int]]:
    """Sentences, cut again at line breaks: bullets and headings stand alone."""
    units = []
    text = doc_text(doc)  # spaCy builds doc.text anew on every access
    for sent in doc.sents:
        start, sent_end = sent.start_char, sent.end_char
        end = text.find("\n", start, sent_end)
        while end >= 0:
            if end > start:
                units.append((start, end))
            start = end + 1
            end = text.find("\n", start, sent_end)
        if sent_end > start:
            units.append((start, sent_end))
    return units
