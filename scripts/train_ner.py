"""Fine-tune en_core_web_sm's `ner` on gold corpora of CQC news (issue 14).

The gold corpora give names, not offsets, so the training spans are derived
("silver"): every gold organisation name or alias and every gold person name
found in the text (exact, case-sensitive, word-bounded) is labelled ORG or
PERSON; a gold person's surname alone is labelled PERSON too. The base
model's own predictions for the other labels (GPE, DATE, MONEY...) are kept
as pseudo-rehearsal, so the fine-tuned model does not forget them. The base
model's ORG and PERSON predictions that overlap no gold name are the errors
to unlearn: by default they are taught as "no entity" (`--unmatched o`);
`--unmatched missing` leaves those tokens unannotated, `--unmatched keep`
keeps them.

    python scripts/train_ner.py CORPUS [CORPUS ...] --output models/ner

Each CORPUS is a gold folder (texts/ + gold/) or a JSONL of {id, text, gold},
read by cqc_extract.corpus.load_gold. The trained component is saved with
`ner.to_disk`; the accurate profile loads it over the base model's ner
(pipeline.py). See docs/model.md.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from pathlib import Path

import spacy
from spacy.tokens import Doc, Span
from spacy.training import Example

from cqc_extract.bounds import bound_tokenizer
from cqc_extract.corpus import load_gold
from cqc_extract.pipeline import BASE_EXCLUDE, load_base_model

GOLD_LABELS = ("ORG", "PERSON")
# Labels of the base that are mostly errors on these pages (a home's name read
# as a WORK_OF_ART, "GP" as a PRODUCT) and no rule reads: not rehearsed (their
# tokens are left unannotated), so they are neither taught nor unlearned.
UNREHEARSED = ("EVENT", "LANGUAGE", "LAW", "PRODUCT", "WORK_OF_ART")
HONORIFICS = ("Mr", "Mrs", "Ms", "Miss", "Dr", "Prof", "Professor", "Sir", "Dame", "Lord", "Lady", "Cllr", "Councillor")


def _bounded(phrase: str) -> re.Pattern:
    return re.compile(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)")


def _looks_named(phrase: str) -> bool:
    """A proper name (or acronym), not a description like "the city's trust"."""
    return bool(phrase) and (phrase[0].isupper() or phrase[0].isdigit())


def gold_phrases(gold: dict) -> list[tuple[str, str, int]]:
    """(phrase, label, priority) for every gold name; lower priority wins overlaps."""
    phrases = []
    for org in gold.get("organisations") or []:
        for name in [org.get("name")] + list(org.get("aliases") or []):
            if name and _looks_named(name.strip()):
                phrases.append((name.strip(), "ORG", 0))
    for person in gold.get("people") or []:
        name = (person.get("name") or "").strip()
        if not name:
            continue
        phrases.append((name, "PERSON", 0))
        words = name.split()
        if len(words) > 1 and _looks_named(words[-1]):
            phrases.append((words[-1], "PERSON", 1))  # "Ms Sutcliffe said"
    return phrases


def silver_doc(
    base_doc: Doc, gold: dict, unmatched: str = "o", unrehearsed: tuple[str, ...] = UNREHEARSED
) -> tuple[Doc, dict]:
    """The reference Doc for one article: gold names + the base's other entities."""
    text = base_doc.text
    found = []  # (start_tok, end_tok, label, priority)
    for phrase, label, priority in gold_phrases(gold):
        for m in _bounded(phrase).finditer(text):
            span = base_doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is not None:
                found.append((span.start, span.end, label, priority))
    # Longest and highest-priority first; no overlaps.
    found.sort(key=lambda f: (f[3], -(f[1] - f[0]), f[0]))
    taken = [False] * len(base_doc)
    ents = []
    for start, end, label, _ in found:
        if any(taken[start:end]):
            continue
        for i in range(start, end):
            taken[i] = True
        ents.append((start, end, label))
    gold_tokens = list(taken)
    stats = {"gold": len(ents), "kept": 0, "dropped": 0, "rehearsed": 0}
    missing = []
    for ent in base_doc.ents:
        overlaps_gold = any(gold_tokens[ent.start : ent.end])
        if ent.label_ in GOLD_LABELS:
            if overlaps_gold:
                continue  # the gold name replaces it
            stats["dropped"] += 1
            if unmatched == "keep":
                pass
            elif unmatched == "missing":
                missing.append(base_doc[ent.start : ent.end])
                continue
            else:
                continue  # taught as no entity
        elif overlaps_gold:
            continue  # a GPE/FAC... inside a gold name: the gold name wins
        elif ent.label_ in unrehearsed:
            missing.append(base_doc[ent.start : ent.end])
            continue
        if any(taken[ent.start : ent.end]):
            continue
        for i in range(ent.start, ent.end):
            taken[i] = True
        ents.append((ent.start, ent.end, ent.label_))
        stats["kept" if ent.label_ in GOLD_LABELS else "rehearsed"] += 1
    ref = Doc(base_doc.vocab, words=[t.text for t in base_doc], spaces=[bool(t.whitespace_) for t in base_doc])
    spans = [Span(ref, s, e, label=lab) for s, e, lab in sorted(ents)]
    ref.set_ents(spans, missing=[ref[s.start : s.end] for s in missing], default="outside")
    return ref, stats


def load_articles(paths: list[str]) -> list[dict]:
    articles = []
    for path in paths:
        articles.extend(load_gold(path))
    return articles


def build_examples(
    nlp, articles: list[dict], unmatched: str, unrehearsed: tuple[str, ...] = UNREHEARSED
) -> tuple[list[Example], dict]:
    totals = {"gold": 0, "kept": 0, "dropped": 0, "rehearsed": 0}
    examples = []
    texts = [a["text"] for a in articles]
    for article, base_doc in zip(articles, nlp.pipe(texts, batch_size=16)):
        ref, stats = silver_doc(base_doc, article["gold"], unmatched, unrehearsed)
        for key, value in stats.items():
            totals[key] += value
        examples.append(Example(nlp.make_doc(article["text"]), ref))
    return examples, totals


def train(
    corpora: list[str],
    output: Path,
    *,
    epochs: int = 10,
    unmatched: str = "o",
    unrehearsed: tuple[str, ...] = UNREHEARSED,
    dropout: float = 0.2,
    batch_words: int = 2000,
    seed: int = 0,
    log=print,
) -> dict:
    spacy.util.fix_random_seed(seed)
    nlp = load_base_model(exclude=BASE_EXCLUDE + ("senter",))
    bound_tokenizer(nlp)
    articles = load_articles(corpora)
    examples, totals = build_examples(nlp, articles, unmatched, unrehearsed)
    log(f"{len(examples)} articles; silver spans: {totals}")
    with nlp.select_pipes(enable=["ner"]):
        optimizer = nlp.resume_training()
        rng = random.Random(seed)
        for epoch in range(epochs):
            started = time.time()
            rng.shuffle(examples)
            losses: dict = {}
            batch, words = [], 0
            for example in examples:
                batch.append(example)
                words += len(example.reference)
                if words >= batch_words:
                    nlp.update(batch, sgd=optimizer, drop=dropout, losses=losses)
                    batch, words = [], 0
            if batch:
                nlp.update(batch, sgd=optimizer, drop=dropout, losses=losses)
            log(f"epoch {epoch + 1}/{epochs}: ner loss {losses.get('ner', 0.0):.1f} ({time.time() - started:.0f} s)")
    output = Path(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    nlp.get_pipe("ner").to_disk(output, exclude=["vocab"])
    log(f"saved {output}")
    return totals


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpora", nargs="+", help="gold folders (texts/ + gold/) or JSONL files")
    parser.add_argument("--output", default="models/ner", help="where to save the trained ner (default models/ner)")
    parser.add_argument("--epochs", type=int, default=10)
    parser.add_argument("--unmatched", choices=("o", "missing", "keep"), default="o",
                        help="base ORG/PERSON predictions overlapping no gold name: taught as no entity (o), "
                        "left unannotated (missing) or kept (keep)")
    parser.add_argument("--unrehearsed", default=",".join(UNREHEARSED),
                        help="base labels left unannotated instead of rehearsed (comma-separated; '' for none)")
    parser.add_argument("--dropout", type=float, default=0.2)
    parser.add_argument("--batch-words", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    unrehearsed = tuple(label for label in args.unrehearsed.split(",") if label)
    train(args.corpora, Path(args.output), epochs=args.epochs, unmatched=args.unmatched, unrehearsed=unrehearsed,
          dropout=args.dropout, batch_words=args.batch_words, seed=args.seed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
