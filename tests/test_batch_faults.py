"""Fault injection for the batch runner (issue 8): SIGKILL `cqc-extract batch`
at random points, resume until it finishes, and check that the output holds
every input id exactly once, in input order, with no torn line.

Kill points are drawn (seeded) as a number of output lines to wait for, so
kills land before the first record, mid-stream and near the end. After every
other kill the last line is also cut at a random byte, as a power cut or a full
disk would leave it (SIGKILL alone rarely tears a line: each record is one
write call). The default run is short; `--runslow` runs many more rounds.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cqc_extract.corpus import read_corpus

REPO = Path(__file__).resolve().parents[1]
INPUTS = 40


def _make_inputs(folder: Path) -> list[str]:
    """40 files: corpus articles, plus an empty and a binary one (error records count too)."""
    folder.mkdir()
    articles = read_corpus(REPO / "corpus" / "cqc-corpus.jsonl")
    ids = []
    for number in range(INPUTS):
        id_ = f"doc-{number:03d}"
        if number == 7:
            data = b""
        elif number == 23:
            data = b"%PDF-1.5\n" + bytes(range(256)) * 8
        else:
            data = articles[number % len(articles)]["text"].encode("utf-8")
        (folder / f"{id_}.txt").write_bytes(data)
        ids.append(id_)
    return ids


def _command(source: Path, out: Path) -> list[str]:
    return [
        sys.executable, "-m", "cqc_extract.cli", "batch", str(source), "-o", str(out),
        "--profile", "fast", "--batch-size", "4", "--resume", "--quiet",
    ]  # fmt: skip


def _lines(out: Path) -> int:
    try:
        with open(out, "rb") as handle:
            return handle.read().count(b"\n")
    except FileNotFoundError:
        return 0


def _run_until_killed(command: list[str], out: Path, wait_lines: int, deadline: float = 60.0) -> bool:
    """Start the batch, SIGKILL it once the output has `wait_lines` more lines;
    True if it was killed, False if it finished first."""
    start_lines = _lines(out)
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=REPO)
    stop = time.monotonic() + deadline
    while process.poll() is None and time.monotonic() < stop:
        if _lines(out) - start_lines >= wait_lines:
            os.kill(process.pid, signal.SIGKILL)
            process.wait()
            return True
        time.sleep(0.002)
    if process.poll() is None:
        process.kill()
        process.wait()
        pytest.fail("the batch run did not finish in time")
    assert process.returncode == 0, process.stderr.read().decode()
    return False


def _check_partial(out: Path) -> None:
    """Between kills: whole lines are records with distinct ids (the last may be torn)."""
    if not out.exists():
        return
    lines = out.read_bytes().split(b"\n")
    ids = [json.loads(line)["id"] for line in lines[:-1]]
    assert len(ids) == len(set(ids)), "a duplicate appeared before the end"


def _tear_last_line(out: Path, rng: random.Random) -> bool:
    data = out.read_bytes() if out.exists() else b""
    if data.count(b"\n") < 1:
        return False
    last_start = data.rstrip(b"\n").rfind(b"\n") + 1
    cut = rng.randrange(last_start + 1, len(data))  # inside the last line
    out.write_bytes(data[:cut])
    return True


def _fault_rounds(tmp_path: Path, seed: int, kills: int) -> dict[str, int]:
    rng = random.Random(seed)
    source = tmp_path / "inputs"
    ids = _make_inputs(source)
    out = tmp_path / "out.jsonl"
    command = _command(source, out)
    figures = {"killed": 0, "torn": 0, "runs": 0}
    for _ in range(kills):
        done = _lines(out)
        if done >= INPUTS:
            break
        figures["runs"] += 1
        if not _run_until_killed(command, out, rng.randrange(0, INPUTS - done)):
            break
        figures["killed"] += 1
        _check_partial(out)
        if figures["killed"] % 2 == 1 and _tear_last_line(out, rng):
            figures["torn"] += 1
    # Resume until it finishes on its own.
    while True:
        figures["runs"] += 1
        if not _run_until_killed(command, out, wait_lines=10**9):
            break
    data = out.read_bytes()
    assert data.endswith(b"\n"), "torn last line"
    results = [json.loads(line) for line in data.splitlines()]
    assert [r["id"] for r in results] == ids  # every id exactly once, in order
    errors = {r["id"]: r["error"] for r in results if "error" in r}
    assert set(errors) == {"doc-007", "doc-023"}
    figures["lost"] = len(set(ids) - {r["id"] for r in results})
    figures["duplicates"] = len(results) - len({r["id"] for r in results})
    print(f"seed {seed}: {figures}")
    return figures


def test_sigkill_and_resume_lose_nothing(tmp_path):
    figures = _fault_rounds(tmp_path, seed=7, kills=3)
    assert figures["killed"] >= 1
    assert (figures["lost"], figures["duplicates"]) == (0, 0)


@pytest.mark.slow
@pytest.mark.parametrize("seed", [1, 2, 3, 4, 5])
def test_sigkill_and_resume_lose_nothing_many_rounds(tmp_path, seed):
    figures = _fault_rounds(tmp_path, seed=seed, kills=8)
    assert figures["killed"] >= 3
    assert (figures["lost"], figures["duplicates"]) == (0, 0)
