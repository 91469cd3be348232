"""Shared fixtures: pipelines are built once per session (they take seconds)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
# ../shared beside the repository: read by some tests, never needed (they skip).
SHARED = REPO.parent / "shared"
EXAMPLE = REPO / "examples" / "cqc-example-care-home.txt"


def load_script(relative_path: str):
    """Import a script of the repository (tools/, scripts/) as a module by its path."""
    path = REPO / relative_path
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# Components that fail on a marked document, for the tests of error isolation.
RAISE_MARKER = "RAISE-HERE"
DIE_MARKER = "DIE-HERE"


class TwoArgumentError(Exception):
    """An exception pickle cannot rebuild (its __init__ needs two arguments)."""

    def __init__(self, a, b):
        super().__init__(f"{a}/{b}")


def _register_failing_components() -> None:
    import os
    import time

    from spacy.language import Language

    if not Language.has_factory("test_raise_on_marker"):

        @Language.component("test_raise_on_marker")
        def raise_on_marker(doc):
            if RAISE_MARKER in doc.text:
                raise RuntimeError("boom on a marked document")
            return doc

    if not Language.has_factory("test_slow_on_marker"):

        @Language.component("test_slow_on_marker")
        def slow_on_marker(doc):
            if "SLOW-HERE" in doc.text:
                time.sleep(0.5)
            return doc

    if not Language.has_factory("test_raise_unpicklable_on_marker"):

        @Language.component("test_raise_unpicklable_on_marker")
        def raise_unpicklable_on_marker(doc):
            if RAISE_MARKER in doc.text:
                raise TwoArgumentError(1, 2)
            return doc

    if not Language.has_factory("test_die_on_marker"):

        @Language.component("test_die_on_marker")
        def die_on_marker(doc):
            # A worker process that crashes outright (no exception to catch);
            # only ever added to pipelines run in worker processes.
            if DIE_MARKER in doc.text:
                os._exit(17)
            return doc


def pipeline_failing_on_marker(component: str):
    """The fast pipeline with `component` (one of the test_*_on_marker
    components above) first."""
    import cqc_extract

    _register_failing_components()
    nlp = cqc_extract.load("fast")
    nlp.add_pipe(component, first=True)
    return nlp


def pytest_addoption(parser):
    parser.addoption("--runslow", action="store_true", default=False, help="run slow checks too")


def pytest_configure(config):
    config.addinivalue_line("markers", "slow: long checks run only with --runslow")


def pytest_collection_modifyitems(config, items):
    if config.getoption("--runslow"):
        return
    skip = pytest.mark.skip(reason="slow: run with --runslow")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def nlp():
    import cqc_extract

    return cqc_extract.load("accurate")


@pytest.fixture(scope="session")
def nlp_fast():
    import cqc_extract

    return cqc_extract.load("fast")


@pytest.fixture(params=["nlp", "nlp_fast"])
def pipeline(request):
    """The accurate and the fast pipeline in turn: a test taking `pipeline` runs in both profiles."""
    return request.getfixturevalue(request.param)


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is not beside this checkout")
    return SHARED


@pytest.fixture(scope="session")
def example_text() -> str:
    return EXAMPLE.read_text(encoding="utf-8")


def organisation_names(doc) -> dict[str, str]:
    """Every name and alias of the Doc's organisations, normalised, -> the organisation's name."""
    from cqc_extract.scoring import normalise

    names = {}
    for org in doc._.cqc_organisations:
        for n in [org["name"], *org["aliases"]]:
            names[normalise(n)] = org["name"]
    return names


def assert_organisations(doc, present, absent) -> dict[str, str]:
    """Each name of `present` is a name or alias of one of the Doc's
    organisations and none of `absent` is; returns `organisation_names(doc)`."""
    from cqc_extract.scoring import normalise

    found = organisation_names(doc)
    for name in present:
        assert normalise(name) in found, (name, sorted(found))
    for name in absent:
        assert normalise(name) not in found, (name, sorted(found))
    return found


def assert_person_organisation(doc, person: str, org: str | None) -> None:
    """`person` is found and speaks for `org` (by its name or one of its
    aliases), or for no organisation when `org` is None."""
    from cqc_extract.scoring import normalise

    people = {normalise(p["name"]): p for p in doc._.cqc_people}
    assert normalise(person) in people, (person, sorted(people))
    got = people[normalise(person)]["organisation"]
    if org is None:
        assert got is None, got
        return
    assert got is not None, (person, sorted(organisation_names(doc)))
    names = {normalise(n) for o in doc._.cqc_organisations if o["name"] == got for n in [o["name"], *o["aliases"]]}
    assert normalise(org) in names | {normalise(got)}, (got, org)


def assert_person_role(doc, person: str, role: str | None) -> None:
    """`person` has a role that overlaps `role` as SPEC §3 scores it (Dice >= 0.5);
    nothing is asked when `role` is None."""
    from cqc_extract.scoring import normalise
    from cqc_extract.scoring.normalise import dice

    if role is None:
        return
    got = next(p["role"] for p in doc._.cqc_people if normalise(p["name"]) == normalise(person))
    assert got is not None and dice(got, role) >= 0.5, (got, role)


def assert_investments(items, expected) -> None:
    """`items` (cqc_investments) are `expected`'s amounts in order, each
    description holding its expected word: [(Decimal amount, word), ...]."""
    from decimal import Decimal

    got = [(Decimal(str(i["amount_gbp"])), (i["description"] or "").lower()) for i in items]
    assert [g[0] for g in got] == [e[0] for e in expected], got
    for (_, description), (_, word) in zip(got, expected):
        assert word in description, got


def family_cases(families: dict) -> list:
    """pytest params (family, *row) for a battery's {family: rows}; a row may be
    a pytest.param carrying its own marks (an xfail with its reason)."""
    cases = []
    for family, rows in families.items():
        for row in rows:
            values, marks = (row.values, row.marks) if hasattr(row, "marks") else (row, ())
            cases.append(pytest.param(family, *values, marks=marks, id=f"{family}-{len(cases)}"))
    return cases
