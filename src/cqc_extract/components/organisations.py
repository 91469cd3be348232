"""cqc_organisations: named organisations, their kinds and aliases.

Reads tokens (and, when the statistical base ran, its ORG/FAC entities);
writes `doc._.cqc_organisations` (list of dicts: name, kind, aliases,
evidence) and `doc.spans["cqc_org"]`: every mention of an organisation
(full name, alias, acronym) labelled with its kind, `id_` = the organisation's
name, so later components resolve subjects by position.

Names are found by their grammar: a run of capitalised words (with connectors
such as "and", "of") that ends in a head word from models/vocab/organisations.json
("... NHS Foundation Trust", "... Hospital", "... Care Home", "... Ltd").
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..text import acronym, fold, is_acronym_token, strip_possessive
from .base import AssetComponent, evidence

ORG_SPANS_KEY = "cqc_org"
MAX_EVIDENCE = 8  # mentions kept as evidence per organisation


@dataclass
class _Org:
    name: str
    kind: str
    aliases: list[str] = field(default_factory=list)
    mentions: list[tuple[int, int]] = field(default_factory=list)  # character offsets


class Organisations(AssetComponent):
    asset_files = ("vocab/organisations.json",)

    def _compile(self) -> None:
        data = self.assets["vocab/organisations.json"]
        heads: list[tuple[tuple[str, ...], str]] = []
        for kind, phrases in data["heads"].items():
            heads.extend((tuple(fold(p).split()), kind) for p in phrases)
        # Longest head first so "nhs foundation trust" wins over "trust".
        self.heads = sorted(heads, key=lambda h: -len(h[0]))
        self.weak_heads = {fold(w) for w in data["weak_location_heads"]}
        self.connectors = {fold(w) for w in data["connectors"]}
        self.not_starts = {fold(w) for w in data["not_name_starts"]}
        self.regulators = {fold(name): (name, aliases) for name, aliases in data["regulators"].items()}
        self.prefix_names = {fold(w): kind for kind, words in data["prefix_names"].items() for w in words}

    # -- finding name chunks -------------------------------------------------
    def _is_cap(self, token: Token) -> bool:
        text = token.text
        return (text[:1].isupper() or text[:1].isdigit() and len(text) > 1 and text[1:2].isalpha()) and not token.is_space

    def _chunks(self, doc: Doc) -> list[tuple[int, int]]:
        """Token ranges of capitalised runs (connectors allowed inside, not at ends)."""
        chunks: list[tuple[int, int]] = []
        i, n = 0, len(doc)
        while i < n:
            if not self._is_cap(doc[i]):
                i += 1
                continue
            j = i + 1
            while j < n:
                tok = doc[j]
                if tok.is_space or "\n" in doc[j - 1].whitespace_:
                    break
                if self._is_cap(tok) or tok.text in ("'s", "’s") and j + 1 < n and self._is_cap(doc[j + 1]):
                    j += 1
                elif fold(tok.text) in self.connectors and j + 1 < n and self._is_cap(doc[j + 1]):
                    j += 1
                elif tok.text == "(" and j + 2 < n and self._is_cap(doc[j + 1]):
                    close = next((k for k in range(j + 1, min(n, j + 6)) if doc[k].text == ")"), None)
                    if close is None or close + 1 >= n or not self._is_cap(doc[close + 1]):
                        break
                    j = close + 1
                else:
                    break
            chunks.append((i, j))
            i = j
        return chunks

    def _head_end(self, words: list[str]) -> tuple[int, str] | None:
        """Index just past the last head word in `words`, and the head's kind."""
        best = None
        for k in range(len(words)):
            for head, kind in self.heads:
                if tuple(words[k : k + len(head)]) == head:
                    end = k + len(head)
                    if best is None or end > best[0]:
                        best = (end, kind)
                    break
        return best

    def _candidates(self, doc: Doc) -> list[tuple[int, int, str]]:
        """(start_char, end_char, kind) of organisation names, by grammar."""
        found = []
        for start, end in self._chunks(doc):
            toks = list(doc[start:end])
            # Drop sentence-initial words that cannot start a name ("Inspectors", "The").
            while toks and fold(toks[0].text) in self.not_starts:
                if fold(toks[0].text) == "the" and toks[0].i > 0 and not doc[toks[0].i - 1].is_space and not toks[0].is_sent_start and len(toks) > 2:
                    break  # a capitalised "The" mid-sentence belongs to the name
                toks = toks[1:]
            if not toks:
                continue
            words = [fold(strip_possessive(t.text)) for t in toks]
            if words[0] in self.prefix_names and len(toks) > 1:
                found.append((toks[0].idx, self._end_char(toks[-1]), self.prefix_names[words[0]]))
                continue
            text = doc.text[toks[0].idx : self._end_char(toks[-1])]
            if fold(text) in self.regulators:
                found.append((toks[0].idx, self._end_char(toks[-1]), "regulator"))
                continue
            head = self._head_end(words)
            if head is None:
                continue
            head_end, kind = head
            name_toks = toks[:head_end]
            if len(name_toks) < 2:
                continue
            if words[head_end - 1] in self.weak_heads and head_end < 2:
                continue
            found.append((name_toks[0].idx, self._end_char(name_toks[-1]), kind))
        return found

    @staticmethod
    def _end_char(token: Token) -> int:
        # "Dudley Group's" ends before the possessive.
        text = strip_possessive(token.text)
        return token.idx + len(text)

    # -- clustering ------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        orgs: dict[str, _Org] = {}
        order: list[str] = []

        def add(name: str, kind: str, start: int, end: int) -> None:
            key = fold(name)
            if key.startswith("the "):
                key = key[4:]
            if key not in orgs:
                orgs[key] = _Org(name=name, kind=kind)
                order.append(key)
            elif name[:4] == "The " and not orgs[key].name.startswith("The "):
                orgs[key].name = name
            orgs[key].mentions.append((start, end))

        for start, end, kind in self._candidates(doc):
            name = doc.text[start:end]
            regulator = self.regulators.get(fold(name))
            if regulator:
                kind = "regulator"
                name = regulator[0]
            add(name, kind, start, end)

        self._add_acronyms(doc, orgs)
        self._merge_short_forms(orgs, order)
        self._add_known_regulators(doc, orgs, order)

        spans = []
        records = []
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
                    "evidence": [evidence(doc, s, e) for s, e in mentions[:MAX_EVIDENCE]],
                }
            )
            for s, e in mentions:
                span = doc.char_span(s, e, label=org.kind, alignment_mode="expand")
                if span is not None:
                    span.id_ = org.name
                    spans.append(span)
        doc.spans[ORG_SPANS_KEY] = sorted(spans, key=lambda sp: (sp.start, sp.end))
        doc._.cqc_organisations = records
        return doc

    def _add_acronyms(self, doc: Doc, orgs: dict[str, _Org]) -> None:
        """Acronyms in the text ("CQC", "(NUH)") join the organisation they abbreviate."""
        initials: dict[str, str] = {}
        for key, org in orgs.items():
            words = [w for w in fold(org.name).split()]
            for k in range(len(words), 1, -1):  # whole name first, then prefixes
                initials.setdefault(acronym(" ".join(words[:k])), key)
        for token in doc:
            if not is_acronym_token(token.text) or token.text in ("NHS",):
                continue
            key = initials.get(token.text.lower())
            if key is None:
                continue
            org = orgs[key]
            if token.text not in org.aliases:
                org.aliases.append(token.text)
            org.mentions.append((token.idx, token.idx + len(token.text)))

    def _merge_short_forms(self, orgs: dict[str, _Org], order: list[str]) -> None:
        """A name that begins a longer name of the same kind is its alias."""
        for key in list(order):
            org = orgs.get(key)
            if org is None:
                continue
            for other_key in order:
                other = orgs.get(other_key)
                if other is None or other_key == key or other.kind != org.kind:
                    continue
                if other_key.startswith(key + " "):
                    other.aliases.append(strip_possessive(org.name))
                    other.aliases.extend(a for a in org.aliases if a not in other.aliases)
                    other.mentions.extend(org.mentions)
                    del orgs[key]
                    break

    def _add_known_regulators(self, doc: Doc, orgs: dict[str, _Org], order: list[str]) -> None:
        """A known regulator referred to only by its abbreviation is still named."""
        for folded, (name, aliases) in self.regulators.items():
            if folded in orgs:
                continue
            for alias in aliases:
                hits = [t for t in doc if t.text == alias]
                if hits:
                    # The text only abbreviates it: that is the fullest form it uses.
                    orgs[folded] = _Org(name=alias, kind="regulator", aliases=[],
                                        mentions=[(t.idx, t.idx + len(t.text)) for t in hits])
                    order.append(folded)
                    break


@Language.factory("cqc_organisations", default_config={})
def make_organisations(nlp: Language, name: str) -> Organisations:
    return Organisations(nlp, name)


def org_at(doc: Doc, start: int, end: int) -> Span | None:
    """The organisation mention overlapping a character range, if any."""
    for span in doc.spans.get(ORG_SPANS_KEY, []):
        if span.start_char < end and start < span.end_char:
            return span
    return None
