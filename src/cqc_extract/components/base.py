"""What every cqc_* component shares: its data files, saving them, Doc extensions.

Each component reads the data files it names from `models/` when it is built,
saves them with `to_disk` and reads them back with `from_disk`, so a saved
pipeline carries its own rules (no lost patterns after a reload).
"""

from __future__ import annotations

import json
from operator import getitem, itemgetter
from pathlib import Path
from typing import Any, Iterable

import srsly
from spacy.attrs import ORTH, SPACY
from spacy.tokens import Doc

from ..page_text import GIVEN_TEXT_KEY
from ..resources import read_json
from ..schema import ITEM_FIELDS
from ..text import fold_keep_offsets

# Doc extensions the components write: plain lists/dicts only, so Docs cross
# process boundaries (msgpack) with nlp.pipe(n_process>1).
# One per item list of the record (schema.ITEM_FIELDS: cqc_organisations, ...),
# then the record itself.
EXTENSIONS = tuple(f"cqc_{field}" for field in ITEM_FIELDS) + ("cqc_record",)


def ensure_extensions() -> None:
    """Register the Doc extensions; idempotent, called by every component."""
    for name in EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


# Where doc_text/doc_folded keep the text (cqc_record removes them: no copy
# leaves the pipeline).
TEXT_KEY = "cqc_text"
FOLDED_KEY = "cqc_folded"
# Where doc_other_story_ranges (story_lines.py) keeps the page's lists of other stories, found once for
# cqc_ratings and cqc_investments (cqc_record removes it too).
OTHER_STORIES_KEY = "cqc_other_stories"


def doc_text(doc: Doc) -> str:
    """`doc.text`, computed once per Doc. spaCy joins every token's text on each
    `doc.text`: read once per mention, that is n² on a long hostile text. It is
    joined from the Doc's TokenTable (the same string, built with the tokens' texts
    that the table keeps anyway)."""
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.user_data[TEXT_KEY] = doc_tokens(doc).text
    return text


def doc_folded(doc: Doc) -> str:
    """`fold_keep_offsets(doc.text)`, computed once per Doc for every component."""
    folded = doc.user_data.get(FOLDED_KEY)
    if folded is None:
        folded = doc.user_data[FOLDED_KEY] = fold_keep_offsets(doc_text(doc))
    return folded


# Per token string (its ORTH hash, the same in every vocabulary): its text and
# whether it reads as capitalised (a capital first, or a digit and a letter:
# "3Sixty"). Looked up in spaCy's StringStore and decoded on every `token.text`;
# kept here, a token's text costs a dict lookup. Emptied when it grows past
# _ORTH_MAX (a long run of new words).
# (The text with a trailing space is kept too, for doc.text.)
_ORTH: dict[int, tuple[str, bool, str]] = {}
_ORTH_MAX = 200_000


def _orth_entry(orth: int, strings) -> tuple[str, bool, str]:
    text = strings[orth]
    entry = _ORTH[orth] = (text, text[:1].isupper() or (text[:1].isdigit() and len(text) > 1 and text[1:2].isalpha()),
                           text + " ")
    return entry


_TEXT_OF, _CAPS_OF = itemgetter(0), itemgetter(1)


class TokenTable:
    """A Doc's tokens and their texts, taken once per Doc. `doc[k]` builds a new
    Token on every call (and `doc[a:b]` a Span, ~3 µs), `token.text` a new string:
    the name grammar asks for the same tokens many times. `text` is `doc.text`
    (joined from the texts), `caps` whether each token reads as capitalised (a
    capital first, or a digit then a letter). `extra` holds what a component
    derives per token. `tokens` (the Token objects) are made on first use: a
    component that reads only the text (cqc_page_layout) does not pay for them."""

    __slots__ = ("doc", "n", "_tokens", "texts", "text", "caps", "extra")

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.n = len(doc)
        self._tokens: list | None = None
        if len(_ORTH) > _ORTH_MAX:
            _ORTH.clear()
        # (one array of both attributes; the lists taken by map in C, not a Python loop per token)
        array = doc.to_array([ORTH, SPACY])
        orths = array[:, 0].tolist()
        entries = list(map(_ORTH.get, orths))
        if None in entries:  # strings not seen yet
            strings = doc.vocab.strings
            entries = [e if e is not None else _orth_entry(o, strings) for e, o in zip(entries, orths)]
        self.texts = list(map(_TEXT_OF, entries))
        self.caps = list(map(_CAPS_OF, entries))
        # doc.text: each token's text, with its trailing space when it has one
        # (entry 2 when SPACY is 1, entry 0 when it is 0)
        self.text = "".join(map(getitem, entries, (array[:, 1] * 2).tolist()))
        self.extra: dict[str, Any] = {}

    @property
    def tokens(self) -> list:
        tokens = self._tokens
        if tokens is None:
            tokens = self._tokens = list(self.doc)
        return tokens


# The last Doc's table, held here rather than in doc.user_data: Tokens must not
# travel with the Doc (to_bytes, other processes). One slot, swapped whole.
_TABLE: list[TokenTable | None] = [None]


def doc_tokens(doc: Doc) -> TokenTable:
    """The TokenTable of `doc`, built once for the Doc the components are reading."""
    table = _TABLE[0]
    if table is None or table.doc is not doc or table.n != len(doc):
        table = TokenTable(doc)
        _TABLE[0] = table
    return table


def read_doc_text(doc: Doc) -> str:
    """The text the pipeline was given for a Doc the components have just read
    (what its record's evidence is checked against): the text before the layout
    fold when that changed it (page_text.py), else `doc.text` without joining
    its tokens again: the TokenTable's text when the table is this Doc's
    (cqc_record removes the copy in user_data, the table stays until the next
    Doc). A Doc's text never changes (retokenizing keeps it)."""
    given = doc.user_data.get(GIVEN_TEXT_KEY)
    if given is not None:  # the text before the layout fold (page_text.py): evidence was cut from it
        return given
    table = _TABLE[0]
    if table is not None and table.doc is doc:
        return table.text
    return doc.text


# The one vocabulary of reference words ("the trust", "the home", "the agency"),
# owned by cqc_organisations and read by cqc_people and cqc_actions too.
REFERENCES_VOCAB = "vocab/references.json"


def reference_words(data: dict[str, Any], unused: Iterable[str] | dict[str, Any] = ()) -> dict[str, list[str]]:
    """The reference words of references.json by kind ("trust", "provider",
    "location", "generic"; "trust" words are provider words), without those a
    component lists as `references_unused` in its own file (a list, or
    {"_about": why, "words": [...]})."""
    unused = set(unused.get("words", ()) if isinstance(unused, dict) else unused)
    return {kind: [w for w in words if w not in unused] for kind, words in data.items() if not kind.startswith("_")}


class OrgMention:
    """One mention of an organisation as later components read
    `doc.spans[<cqc_organisations' spans_key>]`, or re-cut from one: character
    offsets, the organisation's name (the Span's `id_`) and kind (its label).
    It also reads like that Span (`start_char`, `end_char`, `id_`), so code
    takes either. (An organisation itself, gathered from its mentions while
    cqc_organisations runs, is `org_aliases.OrgCluster`.)"""

    __slots__ = ("start", "end", "name", "kind")

    def __init__(self, start: int, end: int, name: str, kind: str = "") -> None:
        self.start, self.end, self.name, self.kind = start, end, name, kind

    @property
    def start_char(self) -> int:
        return self.start

    @property
    def end_char(self) -> int:
        return self.end

    @property
    def id_(self) -> str:
        return self.name

    def __repr__(self) -> str:
        return f"OrgMention({self.start}, {self.end}, {self.name!r}, {self.kind!r})"


def given_text(doc: Doc) -> str:
    """The text the pipeline was given: the Doc's text, or the text before the
    layout fold when that changed it (page_text.py; the same length)."""
    given = doc.user_data.get(GIVEN_TEXT_KEY)
    return given if given is not None else doc_text(doc)


def evidence(doc: Doc, start: int, end: int) -> dict[str, Any]:
    """An evidence dict for the character range [start, end) of the text given."""
    return {"start": start, "end": end, "text": given_text(doc)[start:end]}


class AssetComponent:
    """Base for components whose behaviour is data in models/ files.

    Subclasses name their files in `asset_files` (paths under models/) and
    build matchers from `self.assets` in `_compile`. A factory passes the files
    its config names (`asset_files=`), so `nlp.config` shows which are read.

    A file another component owns (organisations.json, which cqc_organisations
    owns and cqc_page_layout and cqc_people also read) is listed in
    `borrowed_files` as well: `to_disk` does not write it again, `from_disk`
    reads the owner's copy from the saved pipeline (a sibling folder), so a
    saved pipeline holds each file once. Bytes carry every file (there is no
    sibling to read from).
    """

    asset_files: tuple[str, ...] = ()
    borrowed_files: tuple[str, ...] = ()

    def __init__(self, nlp, name: str, asset_files: Iterable[str] | None = None,
                 borrowed_files: Iterable[str] | None = None):
        self.nlp = nlp
        self.name = name
        if asset_files is not None:
            self.asset_files = tuple(asset_files)
        if borrowed_files is not None:
            self.borrowed_files = tuple(borrowed_files)
        self.assets: dict[str, Any] = {rel: read_json(rel) for rel in self.asset_files}
        ensure_extensions()
        self._compile()

    def _compile(self) -> None:  # pragma: no cover - overridden
        pass

    # Workers started by spawn unpickle components without __init__: re-register.
    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        ensure_extensions()

    # Serialisation: the data files travel with the component, through disk and
    # through bytes alike. `exclude` takes "assets" (all of them) or one file's
    # path under models/ (e.g. "vocab/rating_cues.json"): an excluded file is
    # neither written nor read back, so the component keeps what it has.
    SERIALIZATION_FIELD = "assets"

    def _kept(self, exclude: Iterable[str]) -> list[str]:
        exclude = set(exclude)
        if self.SERIALIZATION_FIELD in exclude:
            return []
        return [rel for rel in self.asset_files if rel not in exclude]

    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        return srsly.msgpack_dumps({rel: self.assets[rel] for rel in self._kept(exclude)})

    def from_bytes(self, bytes_data: bytes, *, exclude: Iterable[str] = ()) -> "AssetComponent":
        saved = srsly.msgpack_loads(bytes_data)
        for rel in self._kept(exclude):
            if rel not in saved:
                raise ValueError(f"{self.name}: serialised component lacks {rel}")
            self.assets[rel] = saved[rel]
        self._compile()
        return self

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        for rel in self._kept(exclude):
            if rel in self.borrowed_files:
                continue  # its owner writes it
            target = path / rel.replace("/", "__")
            target.write_text(json.dumps(self.assets[rel], indent=1, ensure_ascii=False), encoding="utf-8")

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> "AssetComponent":
        path = Path(path)
        for rel in self._kept(exclude):
            source = path / rel.replace("/", "__")
            if not source.exists() and rel in self.borrowed_files:
                # saved once, by the component that owns it: a sibling folder
                source = next(iter(sorted(path.parent.glob("*/" + source.name))), source)
            if not source.exists():
                raise FileNotFoundError(f"{self.name}: saved pipeline lacks {source.name} in {path}")
            self.assets[rel] = json.loads(source.read_text(encoding="utf-8"))
        self._compile()
        return self
