"""cqc_ratings: placeholder until the rating grammar lands (issue 3)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .base import AssetComponent


class Ratings(AssetComponent):
    asset_files = ("vocab/ratings.json", "vocab/domains.json", "vocab/services.json")

    def __call__(self, doc: Doc) -> Doc:
        doc._.cqc_ratings = []
        return doc


@Language.factory("cqc_ratings", default_config={})
def make_ratings(nlp: Language, name: str) -> Ratings:
    return Ratings(nlp, name)
