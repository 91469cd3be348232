"""cqc_actions: regulatory enforcement actions the text reports (SPEC.md §2).

Reads sentences and `doc.spans["cqc_org"]`; writes `doc._.cqc_actions` (list
of dicts: kind, status, subject, evidence). Cues for kinds, statuses and
threats are regex fragments in models/vocab/actions.json.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from ..text import fold_keep_offsets as fold
from .base import AssetComponent, evidence
from .organisations import ORG_SPANS_KEY


def _any(fragments: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{f})" for f in fragments))


class Actions(AssetComponent):
    asset_files = ("vocab/actions.json",)

    def _compile(self) -> None:
        data = self.assets["vocab/actions.json"]
        self.kinds = {kind: _any(frags) for kind, frags in data["kinds"].items()}
        self.lifted = _any(data["lifted"])
        self.continued = _any(data["continued"])
        self.threats = _any(data["threats"])

    def __call__(self, doc: Doc) -> Doc:
        found: dict[tuple[str, str, str | None], dict] = {}
        for sent in doc.sents:
            text = fold(sent.text)
            if self.threats.search(text):
                continue
            for kind, regex in self.kinds.items():
                m = regex.search(text)
                if not m:
                    continue
                status = "lifted" if self.lifted.search(text) else "continued" if self.continued.search(text) else "imposed"
                subject = self._subject(doc, sent.start_char, sent.end_char)
                key = (kind, status, subject)
                start = sent.start_char + m.start()
                item = found.setdefault(key, {"kind": kind, "status": status, "subject": subject, "evidence": []})
                item["evidence"].append(evidence(doc, start, sent.start_char + m.end()))
        doc._.cqc_actions = list(found.values())
        return doc

    @staticmethod
    def _subject(doc: Doc, start: int, end: int) -> str | None:
        names = [s.id_ for s in doc.spans.get(ORG_SPANS_KEY, []) if start <= s.start_char < end and s.label_ != "regulator"]
        return names[0] if names else None


@Language.factory("cqc_actions", default_config={})
def make_actions(nlp: Language, name: str) -> Actions:
    return Actions(nlp, name)
