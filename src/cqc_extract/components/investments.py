"""cqc_investments: sums of money committed to a purpose (SPEC.md §2).

Reads every amount `money.find_amounts` finds and the words of its sentence;
writes `doc._.cqc_investments` (list of dicts: amount_gbp, description,
timing, evidence). Whether a sum is an investment is decided from the words
around it (models/vocab/money.json), never from the amount.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from ..money import find_amounts
from ..text import fold_keep_offsets as fold
from .base import AssetComponent, evidence


def _word_re(words: list[str]) -> re.Pattern[str]:
    alternatives = sorted((re.escape(w) for w in words), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(alternatives) + r")\b")


class Investments(AssetComponent):
    asset_files = ("vocab/money.json",)

    def _compile(self) -> None:
        data = self.assets["vocab/money.json"]
        self.yes_re = _word_re(data["investment_cues"])
        self.no_re = _word_re(data["not_investment_cues"])

    def __call__(self, doc: Doc) -> Doc:
        items = []
        for mention in find_amounts(doc.text):
            sent = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if sent is None:
                continue
            sentence = sent.sent
            if not self._is_investment(doc, sentence.start_char, sentence.end_char, mention):
                continue
            items.append(
                {
                    "amount_gbp": str(mention.amount_gbp),
                    "description": self._description(doc, mention.end, sentence.end_char),
                    "timing": None,
                    "evidence": [evidence(doc, mention.start, mention.end)],
                }
            )
        doc._.cqc_investments = items
        return doc

    def _is_investment(self, doc: Doc, s_start: int, s_end: int, mention) -> bool:
        """The nearest cue word to the amount decides."""
        text = fold(doc.text[s_start:s_end])
        offset = mention.start - s_start
        best = None
        for regex, verdict in ((self.yes_re, True), (self.no_re, False)):
            for m in regex.finditer(text):
                distance = min(abs(m.start() - offset), abs(m.end() - (offset + len(mention.text))))
                if best is None or distance < best[0] or distance == best[0] and not verdict:
                    best = (distance, verdict)
        return bool(best and best[1])

    @staticmethod
    def _description(doc: Doc, start: int, sent_end: int) -> str | None:
        tail = doc.text[start:sent_end]
        m = re.match(r"\s*(?:investment\s+|funding\s+)?(?:in|for|on|to)?\s*([^,.;:]{3,100})", tail)
        return m.group(1).strip() if m else None


@Language.factory("cqc_investments", default_config={})
def make_investments(nlp: Language, name: str) -> Investments:
    return Investments(nlp, name)
