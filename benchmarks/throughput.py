"""Throughput and memory of the pipeline profiles (issue 7): a script, not a test.

    .venv/bin/python benchmarks/throughput.py                  # 2,000 docs, every configuration
    .venv/bin/python benchmarks/throughput.py --docs 5000 --configs accurate fast
    .venv/bin/python benchmarks/throughput.py --rss-growth     # peak RSS at 1,000 vs 20,000 docs

The texts are the project corpus (corpus/cqc-corpus.jsonl) repeated to
--docs documents; every configuration reads the same texts. Each one runs in
a fresh subprocess, so its peak RSS (getrusage maxrss) is its own; loading
the pipeline and a short warm-up are not timed. Words are whitespace-separated
words of the texts, the same count for every configuration.

Configurations:
  tokenizer       en_core_web_sm's tokenizer alone
  sm              en_core_web_sm alone, its full default pipeline (nlp.pipe)
  accurate        cqc_extract accurate profile, records out (extract_many)
  fast            cqc_extract fast profile, records out
  accurate-2proc  accurate profile with n_process=2
  batch-accurate, batch-fast (only with --configs): `cqc-extract batch`'s
                  runner, JSONL file in, JSONL file out
  accurate-2proc-nlp.pipe (only with --configs): the accurate profile through
                  spaCy's own nlp.pipe(n_process=2), which sends whole Docs
                  back to the caller; what extract_many did before parallel.py

Targets: accurate >= 0.85 x sm; accurate-2proc >= 1.6 x accurate;
fast >= 5 x accurate; peak RSS growth <= 10 % from 1,000 to 20,000 docs.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "corpus" / "cqc-corpus.jsonl"
CONFIGS = ("tokenizer", "sm", "accurate", "fast", "accurate-2proc")
# Not in the default run: the batch runner (JSONL in, JSONL out) on each profile.
EXTRA_CONFIGS = ("batch-accurate", "batch-fast", "accurate-2proc-nlp.pipe")
WARMUP = 16


def corpus_texts(docs: int, path: Path = CORPUS) -> list[str]:
    texts = [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [texts[i % len(texts)] for i in range(docs)]


def _maxrss_mb(who: int) -> float:
    # Linux reports kilobytes.
    return resource.getrusage(who).ru_maxrss / 1024


def measure(config: str, docs: int, batch_size: int) -> dict:
    """Run one configuration in this process; the figures as a dict."""
    import cqc_extract

    texts = corpus_texts(docs)
    words = sum(len(text.split()) for text in texts)
    start = time.perf_counter()
    if config == "tokenizer":
        nlp = cqc_extract.load_base_model(exclude=())

        def run(batch):
            return nlp.tokenizer.pipe(batch, batch_size=batch_size)
    elif config == "sm":
        nlp = cqc_extract.load_base_model(exclude=())

        def run(batch):
            return nlp.pipe(batch, batch_size=batch_size)
    elif config in ("accurate", "fast", "accurate-2proc"):
        nlp = cqc_extract.load(config.split("-")[0])
        n_process = 2 if config.endswith("2proc") else 1

        def run(batch):
            return cqc_extract.extract_many(batch, nlp=nlp, batch_size=batch_size, n_process=n_process)
    elif config == "accurate-2proc-nlp.pipe":
        nlp = cqc_extract.load("accurate")

        def run(batch):
            docs = nlp.pipe(batch, batch_size=batch_size, n_process=2)
            return (cqc_extract.record_from_doc(doc) for doc in docs)
    elif config.startswith("batch-"):
        import tempfile

        from cqc_extract import batch

        nlp = cqc_extract.load(config.split("-")[1])
        folder = Path(tempfile.mkdtemp(prefix="cqc-bench-"))
        number = iter(range(10**9))

        def run(batch_texts):
            source, out = folder / "in.jsonl", folder / f"out-{next(number)}.jsonl"
            with open(source, "w", encoding="utf-8") as handle:
                for i, text in enumerate(batch_texts):
                    handle.write(json.dumps({"id": str(i), "text": text}) + "\n")
            batch.run(source, out, nlp=nlp, batch_size=batch_size, progress=False)
            return list(range(sum(1 for _ in open(out, "rb"))))
    else:
        raise ValueError(f"unknown configuration {config!r}")
    load_seconds = time.perf_counter() - start
    for _ in run(texts[:WARMUP]):
        pass
    start = time.perf_counter()
    count = sum(1 for _ in run(texts))
    seconds = time.perf_counter() - start
    assert count == docs
    return {
        "config": config,
        "docs": docs,
        "words": words,
        "seconds": round(seconds, 2),
        "docs_per_s": round(docs / seconds, 1),
        "words_per_s": round(words / seconds),
        "load_s": round(load_seconds, 2),
        "peak_rss_mb": round(_maxrss_mb(resource.RUSAGE_SELF), 1),
        # The largest worker process (n_process > 1), 0 otherwise.
        "peak_worker_rss_mb": round(_maxrss_mb(resource.RUSAGE_CHILDREN), 1),
        "pipeline": list(nlp.pipe_names) if config != "tokenizer" else ["tokenizer"],
    }


def run_config(config: str, docs: int, batch_size: int) -> dict:
    """`measure` in a fresh subprocess (its own peak RSS)."""
    command = [sys.executable, __file__, "--worker", config, "--docs", str(docs), "--batch-size", str(batch_size)]
    done = subprocess.run(command, capture_output=True, text=True, cwd=REPO)
    if done.returncode != 0:
        raise RuntimeError(f"{config} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def machine_info() -> str:
    import spacy

    cpus = os.cpu_count()
    load = os.getloadavg() if hasattr(os, "getloadavg") else ("?",)
    return (
        f"{platform.platform()}; Python {platform.python_version()}; spaCy {spacy.__version__}; "
        f"{cpus} CPUs; load average {', '.join(f'{x:.2f}' for x in load)}; {platform.processor() or platform.machine()}"
    )


def print_table(results: list[dict]) -> None:
    by = {r["config"]: r for r in results}
    sm = by.get("sm")
    print("| configuration | docs/s | words/s | × sm | peak RSS MB | pipeline |")
    print("|---|---:|---:|---:|---:|---|")
    for r in results:
        ratio = f"{r['docs_per_s'] / sm['docs_per_s']:.2f}" if sm else "–"
        rss = f"{r['peak_rss_mb']:.0f}" + (f" (+ worker {r['peak_worker_rss_mb']:.0f})" if r["peak_worker_rss_mb"] else "")
        print(f"| {r['config']} | {r['docs_per_s']:.1f} | {r['words_per_s']:,} | {ratio} | {rss} | {', '.join(r['pipeline'])} |")
    print()
    checks = []
    if "accurate" in by and sm:
        checks.append(("accurate / sm", by["accurate"]["docs_per_s"] / sm["docs_per_s"], 0.85))
    if "accurate" in by and "accurate-2proc" in by:
        checks.append(("2 processes / 1", by["accurate-2proc"]["docs_per_s"] / by["accurate"]["docs_per_s"], 1.6))
    if "accurate" in by and "accurate-2proc-nlp.pipe" in by:
        checks.append(("spaCy's nlp.pipe, 2 processes / 1",
                       by["accurate-2proc-nlp.pipe"]["docs_per_s"] / by["accurate"]["docs_per_s"], 1.6))
    if "accurate" in by and "fast" in by:
        checks.append(("fast / accurate", by["fast"]["docs_per_s"] / by["accurate"]["docs_per_s"], 5.0))
    for name, value, target in checks:
        print(f"{name}: {value:.2f} (target >= {target}) {'met' if value >= target else 'NOT met'}")


def rss_growth(small: int, large: int, profile: str, batch_size: int) -> None:
    results = []
    for docs in (small, large):
        r = run_config(profile, docs, batch_size)
        results.append(r)
        print(f"{profile} {r['docs']:>6} docs: peak RSS {r['peak_rss_mb']:.1f} MB, {r['docs_per_s']:.1f} docs/s", flush=True)
    growth = results[1]["peak_rss_mb"] / results[0]["peak_rss_mb"] - 1
    print(f"peak RSS growth {small:,} -> {large:,} docs ({profile}): {growth:+.1%} (target <= +10%) "
          f"{'met' if growth <= 0.10 else 'NOT met'}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=2000, help="documents per configuration (default 2000)")
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--configs", nargs="+", choices=CONFIGS + EXTRA_CONFIGS, default=list(CONFIGS))
    parser.add_argument("--rss-growth", action="store_true", help="peak RSS at --small vs --large docs instead")
    parser.add_argument("--small", type=int, default=1000)
    parser.add_argument("--large", type=int, default=20000)
    parser.add_argument("--growth-profile", choices=("accurate", "fast"), default="accurate")
    parser.add_argument("--json", action="store_true", help="also print the raw figures as JSON")
    parser.add_argument("--worker", choices=CONFIGS + EXTRA_CONFIGS, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        print(json.dumps(measure(args.worker, args.docs, args.batch_size)))
        return
    print("command:", " ".join([Path(sys.executable).name, *sys.argv]))
    print("machine:", machine_info())
    if args.rss_growth:
        rss_growth(args.small, args.large, args.growth_profile, args.batch_size)
        return
    print(f"texts: {CORPUS.relative_to(REPO)} repeated to {args.docs:,} docs; batch size {args.batch_size}\n")
    results = []
    for config in args.configs:
        results.append(run_config(config, args.docs, args.batch_size))
        print(f"  {config}: {results[-1]['docs_per_s']:.1f} docs/s", file=sys.stderr)
    print_table(results)
    if args.json:
        print(json.dumps(results, indent=2))
    print("machine after:", machine_info())


if __name__ == "__main__":
    main()
