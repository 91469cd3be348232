"""The indexes behind the organisations' short forms (issue 15) give what the
scans they replace gave: a differential check on random small texts."""

from __future__ import annotations

import random
import re

from cqc_extract.components import org_aliases as oa

PIECES = ["Quab", "Quab's", "quab", "Vell", "-", "(x)", "Quab-Vell", "é", "1", "’", "'", "s", "Quab_", "_"]


def _regex_uses(text: str, literal: str) -> list[tuple[int, int]]:
    pattern = r"(?<![\w’'-])" + re.escape(literal) + r"(?:['’]s)?(?![\w-])"
    return [m.span() for m in re.finditer(pattern, text)]


def test_word_index_finds_what_the_regex_finds():
    rng = random.Random(15)
    for trial in range(4000):
        text = "".join(rng.choice(PIECES + [" ", " ", "  ", "\n"]) for _ in range(rng.randint(0, 25)))
        literal = " ".join(rng.choice(PIECES) for _ in range(rng.randint(1, 3)))
        for budget in (None, 0):  # by str.find, then from the index of word starts
            index = oa._WordIndex(text)
            if budget is not None:
                index.budget = budget
            assert index.uses(literal) == _regex_uses(text, literal), (text, literal, budget)


def test_coverage_is_the_overlap_test():
    rng = random.Random(16)
    for trial in range(4000):
        length = rng.randint(1, 30)
        spans = [(rng.randint(0, 32), rng.randint(0, 32)) for _ in range(rng.randint(0, 4))]
        coverage = oa._Coverage(length, spans)
        start = rng.randint(0, length - 1)
        end = rng.randint(start + 1, length)
        assert coverage.overlaps(start, end) == any(s < end and start < e for s, e in spans), (spans, start, end)


def test_names_beginning_a_key_in_order():
    order = ["quab vell", "quab", "quab vell ltd", "quab  x", "vell", "quab vell", "quabvell y"]
    longer = oa._names_beginning(order)
    for key in set(order) | {"zzz", "quab vell ltd"}:
        expected = [other for other in order if other.startswith(key + " ")]
        assert longer(key) == expected, key


# The merges and repeats of organisations (issue 15, second round): each indexed
# pass against the scan it replaced, on random small sets of invented names.

import bisect
import copy
import itertools
from types import SimpleNamespace

from cqc_extract.components.base import TEXT_KEY
from cqc_extract.components.org_names import _key

WORDS = ["Quab", "Vell", "Trust", "NHS", "Foundation", "Service", "Care", "Home", "Ltd", "Zorn", "the"]
KINDS = ["provider", "provider", "provider", "location", "regulator", "other"]


def _merger():
    merger = object.__new__(oa.AliasMerger)
    merger.generic = {"care", "the"}
    merger.head_words = {"home", "trust"}
    merger.company_suffixes = {"ltd"}
    return merger


def _random_orgs(rng, text_words=None):
    orgs, order = {}, []
    for _ in range(rng.randint(0, 9)):
        name = " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 4)))
        key = _key(name)
        if not key:
            continue
        if key not in orgs:
            aliases = [" ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 2))) for _ in range(rng.randint(0, 2))]
            orgs[key] = oa.OrgCluster(name=name, kind=rng.choice(KINDS), aliases=aliases,
                                      mentions=[(rng.randint(0, 40), rng.randint(0, 40)) for _ in range(rng.randint(0, 2))])
        order.append(key)
    if rng.random() < 0.5:
        order.append(rng.choice(order or ["quab"]))  # a key twice, or not in orgs
    return orgs, order


def _scan_inner_forms(self, orgs, order):
    variant = {"nhs", "foundation", "service", "services"}
    for key in sorted(list(orgs), key=len):
        org = orgs.get(key)
        if org is None or org.kind == "regulator":
            continue
        words = key.split()
        core = [w for w in words if w not in variant]
        for other_key in order:
            other = orgs.get(other_key)
            if other is None or other_key == key or other.kind == "regulator":
                continue
            other_words = other_key.split()
            inner = (other.kind == org.kind and len(words) >= 2 and f" {key} " in f" {other_key} "
                     and any(w not in self.generic and w not in self.head_words for w in words))
            same_trust = (words[-1] == other_words[-1] == "trust" and len(core) >= 3
                          and core == [w for w in other_words if w not in variant] and len(other_key) > len(key))
            if not (inner or same_trust):
                continue
            self._add_alias(other, org.name)
            for a in org.aliases:
                self._add_alias(other, a)
            other.mentions.extend(org.mentions)
            if same_trust and "provider" in (org.kind, other.kind):
                other.kind = "provider"
            del orgs[key]
            break


def _scan_alias_names(self, orgs):
    for key in list(orgs):
        org = orgs.get(key)
        if org is None:
            continue
        for other in orgs.values():
            if other is org or not any(_key(a) == key for a in other.aliases):
                continue
            other.mentions.extend(org.mentions)
            for a in org.aliases:
                self._add_alias(other, a)
            del orgs[key]
            break


def _scan_repeats(text, orgs, chrome):
    taken = sorted((s, e) for org in orgs.values() for s, e in org.mentions)
    starts = [s for s, _ in taken]
    max_end = list(itertools.accumulate((e for _, e in taken), max))

    def covered(s, e):
        i = bisect.bisect_left(starts, e)
        return i > 0 and max_end[i - 1] > s

    for org in orgs.values():
        if org.kind == "regulator" or len(org.name) < 4 or not org.name[:1].isupper():
            continue
        longer = {" " + o.name[len(org.name) + 1 :].split()[0] for o in orgs.values()
                  if o.name.startswith(org.name + " ") and o.name[len(org.name) + 1 :].strip()}
        for m in re.finditer(r"(?<![\w’'-])" + re.escape(org.name) + r"(?![\w-])", text):
            s, e = m.span()
            if any(cs <= s < ce for cs, ce in chrome) or covered(s, e):
                continue
            if any(text.startswith(w, e) and not text[e + len(w) : e + len(w) + 1].isalnum() for w in longer):
                continue
            if re.match(r"\s+[A-Z]", text[e : e + 2]) and not re.match(r"\s+[A-Z]\w*\s+[a-z]", text[e : e + 40]):
                continue
            org.mentions.append((s, e))


_WordIndex = oa._WordIndex


def _state(orgs):
    return [(k, o.name, o.kind, o.aliases, o.mentions) for k, o in orgs.items()]


def test_inner_forms_by_word_index_merge_what_the_scan_merges():
    rng = random.Random(151)
    merger = _merger()
    for trial in range(3000):
        orgs, order = _random_orgs(rng)
        expected = copy.deepcopy(orgs)
        _scan_inner_forms(merger, expected, order)
        merger._merge_inner_forms(orgs, order)
        assert _state(orgs) == _state(expected), order


def test_alias_names_by_alias_index_merge_what_the_scan_merges():
    rng = random.Random(152)
    merger = _merger()
    for trial in range(3000):
        orgs, _ = _random_orgs(rng)
        for org in orgs.values():  # aliases that are other items' keys
            if orgs and rng.random() < 0.6:
                org.aliases.append(orgs[rng.choice(list(orgs))].name + rng.choice(["", "'s"]))
        expected = copy.deepcopy(orgs)
        _scan_alias_names(merger, expected)
        merger._merge_alias_names(orgs)
        assert _state(orgs) == _state(expected)


class _IndexedAtOnce(oa._WordIndex):
    def __init__(self, text):
        super().__init__(text)
        self.budget = 0  # from the index of word starts, not str.find


def test_repeats_by_word_index_find_what_the_scan_finds(monkeypatch):
    rng = random.Random(153)
    merger = _merger()
    pieces = ["Quab", "Vell", "Quab Vell", "Quab's", "Zorn", "-", " ", " ", ". ", " the ", "Vell Zorn", "’", "Quab-", "\n"]
    for trial in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 30)))
        orgs, _ = _random_orgs(rng)
        for org in orgs.values():
            org.mentions = [(s, s + rng.randint(0, 6)) for s in (rng.randint(0, max(0, len(text) - 1)) for _ in range(rng.randint(0, 2)))]
        chrome = sorted((s, s + rng.randint(1, 8)) for s in rng.sample(range(max(1, len(text))), min(len(text), rng.randint(0, 2))))
        expected = copy.deepcopy(orgs)
        _scan_repeats(text, expected, chrome)
        monkeypatch.setattr(oa, "_WordIndex", _IndexedAtOnce if trial % 2 else _WordIndex)
        merger._add_repeats(SimpleNamespace(user_data={TEXT_KEY: text}), orgs, chrome)
        assert _state(orgs) == _state(expected), (text, [o.name for o in orgs.values()])
