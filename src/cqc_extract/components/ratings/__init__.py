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

from ...text import fold_keep_offsets
from ..base import AssetComponent
from .lines import acronym_pattern
from .reader import Reader


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
        self.members = {part: re.compile(rx) for part, rx in cues["members"].items() if not part.startswith("_")}
        other = self.assets["vocab/other_services.json"]
        self.service_names = set(other["services"])
        self.acronym_names = acronym_pattern(self.service_names)
        self.service_synonyms = {
            fold_keep_offsets(phrase): canonical
            for canonical, phrases in self.assets["vocab/services.json"].items()
            if not canonical.startswith("_")
            for phrase in phrases
        }

    def __call__(self, doc: Doc) -> Doc:
        doc._.cqc_ratings = Reader(self, doc).read()
        return doc


@Language.factory(
    "cqc_ratings",
    default_config={},
    requires=["doc._.cqc_organisations", "doc.spans"],
    assigns=["doc._.cqc_ratings"],
)


def make_ratings(nlp: Language, name: str) -> Ratings:
    return Ratings(nlp, name)
