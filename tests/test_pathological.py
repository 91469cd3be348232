"""Hostile inputs never stall a worker (issue 8).

Each input runs in a forked child of the test process (the session's pipeline
is inherited, nothing is reloaded); the test fails when the child is still
running after BOUND seconds, and the child is killed. This bounds hanging
(exponential or quadratic work: minutes to hours before the fixes in
bounds.py and the components), it is not a speed benchmark: linear work on
these inputs takes a few seconds at most.

The default run uses inputs of 100-300k characters; `--runslow` adds the
full-size ones (1 MB of "a ", 100,000 "£", ...). CQC_HANG_BOUND overrides BOUND.
The inputs are built by benchmarks/hostile.py (shared with the benchmark).
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import time

import pytest

import cqc_extract
from conftest import load_script
from cqc_extract.inputs import InputError

hostile = load_script("benchmarks/hostile.py")

BOUND = float(os.environ.get("CQC_HANG_BOUND", "30"))

pytestmark = pytest.mark.skipif(
    sys.platform == "win32" or "fork" not in multiprocessing.get_all_start_methods(),
    reason="the watchdog forks the test process",
)


def _cases(scale: float) -> dict[str, tuple[str, str | None]]:
    """name -> (text, format); `scale` 1 for the default run, larger for --runslow.
    The generators live in benchmarks/hostile.py, which `throughput.py --hostile` times."""
    return hostile.pathological_cases(scale)


def _run(nlp, text: str, format: str | None, conn) -> None:
    try:
        start = time.perf_counter()
        record = cqc_extract.extract(text, nlp=nlp, format=format, max_chars=None)
        conn.send(("ok", time.perf_counter() - start, record.source.chars))
    except InputError as exc:  # bad input is an answer too
        conn.send(("input error", str(exc), 0))
    except BaseException as exc:  # noqa: BLE001 - report anything to the parent
        conn.send(("error", repr(exc), 0))


def run_with_watchdog(nlp, text: str, format: str | None) -> tuple:
    ctx = multiprocessing.get_context("fork")
    receive, send = ctx.Pipe(duplex=False)
    child = ctx.Process(target=_run, args=(nlp, text, format, send))
    child.start()
    child.join(BOUND)
    if child.is_alive():
        child.kill()
        child.join()
        pytest.fail(f"still running after {BOUND:.0f} s: killed")
    assert receive.poll(), f"the child died without an answer (exit code {child.exitcode})"
    return receive.recv()


def _params(scale: float, marks=()):
    out = []
    for name, (text, fmt) in _cases(scale).items():
        out.append(pytest.param(text, fmt, id=name, marks=list(marks)))
    return out


def _check(answer, text: str, fmt: str | None) -> None:
    status, detail, chars = answer
    assert status in ("ok", "input error"), detail
    if status == "ok" and fmt is None:
        assert chars == len(text)


@pytest.mark.parametrize("text, fmt", _params(1))
def test_fast_profile_never_hangs(nlp_fast, text, fmt):
    _check(run_with_watchdog(nlp_fast, text, fmt), text, fmt)


# The statistical model's linear cost is ~10x the rules': smaller inputs.
ACCURATE = ("pound signs", "a and space", "bracketed capitals", "rated good from", "nested html")


@pytest.mark.parametrize("text, fmt", [p for p in _params(0.2) if p.id in ACCURATE])
def test_accurate_profile_never_hangs(nlp, text, fmt):
    _check(run_with_watchdog(nlp, text, fmt), text, fmt)


@pytest.mark.slow
@pytest.mark.parametrize("text, fmt", _params(4))
def test_full_size_inputs_never_hang(nlp_fast, text, fmt):
    _check(run_with_watchdog(nlp_fast, text, fmt), text, fmt)


@pytest.mark.parametrize(
    "text",
    [
        # organisations: 2^n ways to split a bracketed run of capitals with no ')'
        pytest.param("Meet (" + "A" * 60 + ", a care home in Eastmoor.", id="appositive brackets"),
        # investments: n^6 ways to split capitals into 2-6 'words' before a failing '!'
        pytest.param("The " + "A" * 60 + "! cost £5m to build.", id="capitalised project name"),
        # investments: every start, length and split of a noun phrase and whitespace
        pytest.param("The unit" + " " * 1_400 + "got £5m for a new ward.", id="spaces before a sum"),
    ],
)
def test_formerly_exponential_patterns_are_fast_now(nlp_fast, text):
    """Each took minutes (or longer) on these short texts before the fix."""
    status, *_ = run_with_watchdog(nlp_fast, text, None)
    assert status == "ok"


def test_watchdog_catches_a_hang(nlp_fast, monkeypatch):
    """The watchdog itself works: a child that sleeps past the bound is killed."""
    monkeypatch.setattr(sys.modules[__name__], "BOUND", 1.0)
    monkeypatch.setattr(cqc_extract, "extract", lambda *a, **k: time.sleep(30))
    with pytest.raises(pytest.fail.Exception, match="still running after 1 s"):
        run_with_watchdog(nlp_fast, "text", None)


# Crowds and long lines at 100k characters (issue 15): "rated homes in one
# sentence" and "words with no sentence end" ran past 30 s before ratings
# bounded its reads from the clause start (clause_before_window) and actions
# read each headline line once; now a few seconds each.
CROWDS = [f for f in hostile.CROWDS_AND_NESTING if f.group in ("crowd", "long line")]


@pytest.mark.parametrize("family", [pytest.param(f, id=f.name) for f in CROWDS])
def test_crowds_and_long_lines_never_hang(nlp_fast, family):
    text = family.sized(100_000)
    _check(run_with_watchdog(nlp_fast, text, None), text, None)


# The values x services shape at 100k characters (issue 15, session 12): one clause of thousands of
# "X good, Y good, Z inadequate," in which each value listed every service before it again.
VALUES = [f for f in hostile.CROWDS_AND_NESTING if f.group == "values"]


@pytest.mark.slow
@pytest.mark.parametrize("family", [pytest.param(f, id=f.name) for f in VALUES])
def test_values_with_their_services_never_hang(nlp_fast, family):
    text = family.sized(100_000)
    _check(run_with_watchdog(nlp_fast, text, None), text, None)
