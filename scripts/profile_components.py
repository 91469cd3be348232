"""CPU ms per page of every pipeline component, and a cProfile of one (issue 15).

    .venv/bin/python scripts/profile_components.py                       # fast profile, every component
    .venv/bin/python scripts/profile_components.py --profile accurate --passes 5
    .venv/bin/python scripts/profile_components.py --cprofile cqc_organisations --top 30
    .venv/bin/python scripts/profile_components.py --texts corpus --json figures.json

Each page is made into a Doc by `nlp.make_doc` (the tokenizer), then each pipe
of the pipeline runs on it in turn; the CPU time (`time.process_time`, not
wall time: a shared machine slows wall time, CPU time much less) of the
tokenizer and of every pipe is summed over the pages. The pages go through
`--passes` times (the first after a warm-up pass that is not counted); the
table gives, per component, the lowest of the passes' ms/page (the least
disturbed) and the mean. The texts are the real pages
(../shared/corpus-real/tune/texts/*.txt beside the repository) when present,
else the project corpus (corpus/cqc-corpus.jsonl); `--texts` picks.

`--cprofile NAME` profiles that component alone (the tokenizer is
"tokenizer") over one pass of the pages and prints its `--top` functions by
own time and by cumulative time.
"""

from __future__ import annotations

import argparse
import cProfile
import glob
import json
import os
import pstats
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
REAL = REPO.parent / "shared" / "corpus-real" / "tune" / "texts"
if not REAL.is_dir():  # a git worktree beside the main checkout
    REAL = Path("/work/shared/corpus-real/tune/texts")


def load_texts(which: str) -> tuple[str, list[str]]:
    files = sorted(glob.glob(str(REAL / "*.txt")))
    if which == "real" or (which == "auto" and files):
        if not files:
            sys.exit(f"no real pages in {REAL}")
        return str(REAL), [open(f, encoding="utf-8").read() for f in files]
    path = REPO / "corpus" / "cqc-corpus.jsonl"
    return str(path), [json.loads(line)["text"] for line in open(path, encoding="utf-8")]


def run_pass(nlp, texts: list[str], times: dict[str, float]) -> None:
    """One pass over the pages: CPU seconds per component added into `times`."""
    clock = time.process_time
    pipes = list(nlp.pipeline)
    for text in texts:
        t0 = clock()
        doc = nlp.make_doc(text)
        t1 = clock()
        times["tokenizer"] = times.get("tokenizer", 0.0) + t1 - t0
        for name, proc in pipes:
            t0 = clock()
            doc = proc(doc)
            t1 = clock()
            times[name] = times.get(name, 0.0) + t1 - t0


def profile_one(nlp, texts: list[str], target: str, top: int) -> None:
    """cProfile of one component over one pass of the pages."""
    names = [n for n, _ in nlp.pipeline]
    if target != "tokenizer" and target not in names:
        sys.exit(f"no component {target!r}: choose tokenizer or one of {', '.join(names)}")
    prof = cProfile.Profile()
    for text in texts:
        if target == "tokenizer":
            prof.enable()
            nlp.make_doc(text)
            prof.disable()
            continue
        doc = nlp.make_doc(text)
        for name, proc in nlp.pipeline:
            if name == target:
                prof.enable()
                doc = proc(doc)
                prof.disable()
            else:
                doc = proc(doc)
    stats = pstats.Stats(prof)
    stats.sort_stats("tottime").print_stats(top)
    stats.sort_stats("cumulative").print_stats(top)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--profile", default="fast", choices=("fast", "accurate"))
    ap.add_argument("--texts", default="auto", choices=("auto", "real", "corpus"))
    ap.add_argument("--passes", type=int, default=3)
    ap.add_argument("--cprofile", metavar="NAME", help="profile one component (or 'tokenizer')")
    ap.add_argument("--top", type=int, default=25)
    ap.add_argument("--json", metavar="FILE", help="also write the figures as JSON")
    args = ap.parse_args(argv)

    sys.path.insert(0, str(REPO / "src"))
    import cqc_extract

    source, texts = load_texts(args.texts)
    nlp = cqc_extract.load(args.profile)
    for doc in nlp.pipe(texts[:16]):  # warm-up: caches, lazy imports
        pass
    if args.cprofile:
        profile_one(nlp, texts, args.cprofile, args.top)
        return

    passes: list[dict[str, float]] = []
    for _ in range(args.passes):
        times: dict[str, float] = {}
        run_pass(nlp, texts, times)
        passes.append(times)
    names = ["tokenizer"] + [n for n, _ in nlp.pipeline]
    n = len(texts)
    rows = {name: {"min": min(p[name] for p in passes) * 1000 / n,
                   "mean": sum(p[name] for p in passes) * 1000 / n / len(passes)} for name in names}
    total = {"min": min(sum(p.values()) for p in passes) * 1000 / n,
             "mean": sum(sum(p.values()) for p in passes) * 1000 / n / len(passes)}
    print(f"{args.profile} profile, {n} pages from {source}, {args.passes} passes, "
          f"CPU ms/page (time.process_time); load average {os.getloadavg()[0]:.2f}")
    width = max(len(x) for x in names + ["total"])
    print(f"{'component':{width}s}  {'min':>7s}  {'mean':>7s}")
    for name in names:
        print(f"{name:{width}s}  {rows[name]['min']:7.2f}  {rows[name]['mean']:7.2f}")
    print(f"{'total':{width}s}  {total['min']:7.2f}  {total['mean']:7.2f}")
    if args.json:
        Path(args.json).write_text(json.dumps({"profile": args.profile, "pages": n, "source": source,
                                               "passes": args.passes, "components": rows, "total": total},
                                              indent=1))


if __name__ == "__main__":
    main()
