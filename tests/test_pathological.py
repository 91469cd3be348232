"""Hostile inputs never stall a worker (issue 8).

Each input runs in a forked child of the test process (the session's pipeline
is inherited, nothing is reloaded); the test fails when the child is still
running after BOUND seconds, and the child is killed. This bounds hanging
(exponential or quadratic work: minutes to hours before the fixes in
bounds.py and the components), it is not a speed benchmark: linear work on
these inputs takes a few seconds at most.

The default run uses inputs of 100-300k characters; `--runslow` adds the
full-size ones (1 MB of "a ", 100,000 "£", ...). CQC_HANG_BOUND overrides BOUND.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import time

import pytest

import cqc_extract
from cqc_extract.inputs import InputError

BOUND = float(os.environ.get("CQC_HANG_BOUND", "30"))

pytestmark = pytest.mark.skipif(
    sys.platform == "win32" or "fork" not in multiprocessing.get_all_start_methods(),
    reason="the watchdog forks the test process",
)


def _cases(scale: float) -> dict[str, tuple[str, str | None]]:
    """name -> (text, format); `scale` 1 for the default run, larger for --runslow."""

    def n(count: int) -> int:
        return max(1, int(count * scale))

    return {
        "pound signs": ("£" * n(30_000), None),
        "pounds and digits": ("£" + "1," * n(30_000), None),
        "many amounts": ("£1,000,000 " * n(3_000), None),
        "digits after £ in a sentence": ("The trust was fined £" + "1" * n(50_000) + " for a new ward.", None),
        "a and space": ("a " * n(100_000), None),
        "one long word": ("x" * n(300_000), None),
        "digits": ("1" * n(200_000), None),
        "capitalised words": ("Northbrook " * n(20_000), None),
        "quote marks": ('"' * n(50_000) + " said Ada Quennell.", None),
        "line breaks": ("\n" * n(200_000) + "Northbrook Care Home was rated good.", None),
        "rated good from": ("rated good from " * n(10_000), None),
        "rating sentence repeated": ("Northbrook Care Home was rated good from requires improvement. " * n(600), None),
        "bullets": ("- Safe: good\n" * n(2_000), None),
        "rated population groups": ("Older people rated good for safe surgery. " * n(4_000), None),
        "bracketed capitals": (("Meet (" + "A" * 2_000 + ", a care home in Eastmoor. ") * n(10), None),
        "capitals before a cost": (("The " + "A" * 60 + "! cost £5m to build. ") * n(50), None),
        "spaces before a sum": (("The unit" + " " * 1_400 + "got £5m for a new ward. ") * n(20), None),
        "warning notices": ("a warning notice, " * n(5_000), None),
        "nested html": ("<div>" * n(50_000) + "Northbrook Care Home was rated good." + "</div>" * n(50_000), "html"),
        "less-than signs as html": ("<" * n(100_000), "html"),
        "unclosed html comment": ("<p>Northbrook Care Home</p><!--" + "a" * n(300_000), "html"),
        "html attributes": ("<p " + 'a="b" ' * n(30_000) + ">Northbrook Care Home was rated good.</p>", "html"),
        "control characters": ("\x01 Northbrook\x00 Care Home " * n(10_000), "text"),
        "zero-width and bidi": ("\u200b\u202eNorthbrook\u200d Care\u2066 Home\u2069 " * n(10_000), "text"),
    }


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
