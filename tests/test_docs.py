"""The docs run as written, and the generated schema page is current.

Fenced blocks of README.md, docs/quickstart.md and docs/rules.md are executed
in order from the root of a scratch copy of the repository (README and
quickstart share one; rules.md, which edits models/, has its own), so commands
that write files or edit rules never touch the checkout:

* ```python: run with this venv's python; it must exit 0 (snippets hold asserts);
* ```bash: each line run with bash -e -o pipefail (one command a line, no
  shell state across lines); it must exit 0;
* ```console: each `$ command` must exit 0, and each output line shown must
  appear in the real output (whitespace collapsed, every number a wildcard,
  so figures may move; `...` lines stand for output not shown);
* ```diff: applied with `patch -p1` (an edit the page asks the reader to make).

An HTML comment right before a block steers it:
`<!-- docs-test: skip: WHY -->` (only for install commands that would rebuild
the venv; CI runs those itself) and `<!-- docs-test: requires CMD -->` (run
only when `cqc-extract CMD --help` works, for commands still being built).

A read-only command (`cqc-extract extract|schema|evaluate|--help` writing no
file) that already ran in the same copy is not run again: README and
quickstart both show `cqc-extract evaluate`, which takes seconds.
"""

from __future__ import annotations

import functools
import json
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from conftest import load_script

REPO = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent  # the venv running the tests: cqc-extract is beside python
# Page -> how many blocks must run at least (so a page cannot pass by running nothing).
RUN_PAGES = {"README.md": 2, "docs/quickstart.md": 6, "docs/rules.md": 8, "docs/architecture.md": 1}
# What a scratch copy needs for the docs' relative paths to work.
COPY = ("src", "models", "examples", "corpus", "tests", "docs", "tools", "pyproject.toml", "README.md")
RUN_LANGS = ("python", "bash", "console", "diff")
# Pages run in one shared copy (they only add files under out/); others get their own.
SHARED_COPY_PAGES = ("README.md", "docs/quickstart.md")
READ_ONLY = re.compile(r"^cqc-extract (?:extract|schema|evaluate|--help)\b(?!.*(?:[>|]|\s-o\b|--output|--html))")
TIMEOUT = 300

FENCE = re.compile(r"^```(\w*)[^\n]*\n(.*?)^```[ \t]*$", re.S | re.M)
DIRECTIVE = re.compile(r"<!--\s*docs-test:\s*(skip|requires)\b:?\s*(.*?)\s*-->\s*$", re.S)


@dataclass
class Block:
    page: str
    line: int
    lang: str
    code: str
    skip: str | None = None
    requires: list[str] = field(default_factory=list)

    def __str__(self) -> str:
        return f"{self.page}:{self.line} ```{self.lang}"


def blocks(page: str) -> list[Block]:
    """The fenced blocks of a page with their docs-test directives."""
    text = (REPO / page).read_text(encoding="utf-8")
    found = []
    for match in FENCE.finditer(text):
        before = text[: match.start()].rstrip()
        block = Block(page, text.count("\n", 0, match.start()) + 1, match.group(1), match.group(2))
        # Only a comment directly above the fence applies.
        directive = DIRECTIVE.match(before[before.rfind("<!--") :]) if before.endswith("-->") else None
        if directive:
            kind, arg = directive.groups()
            if kind == "skip":
                block.skip = arg
            else:
                block.requires = arg.split()
        found.append(block)
    return found


@functools.lru_cache(maxsize=None)
def cli_has(command: str) -> bool:
    result = subprocess.run(
        [str(BIN / "cqc-extract"), command, "--help"], capture_output=True, text=True, env=_env(REPO)
    )
    return result.returncode == 0


def _env(root: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["PATH"] = f"{BIN}{os.pathsep}{env.get('PATH', '')}"
    # The copy's own sources (and models/, through the src/cqc_extract/models link) win
    # over the editable install, so an edit the page makes lands in the copy only.
    env["PYTHONPATH"] = str(root / "src")
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env["COLUMNS"] = "100"
    return env


def scratch_copy(dest: Path) -> Path:
    dest.mkdir(parents=True)
    for name in COPY:
        source = REPO / name
        if source.is_dir():
            shutil.copytree(source, dest / name, symlinks=True, ignore=shutil.ignore_patterns("__pycache__", "out"))
        elif source.exists():
            shutil.copy2(source, dest / name)
    return dest


def _shape(line: str) -> str:
    """A line as compared: numbers are wildcards, whitespace collapsed."""
    return " ".join(re.sub(r"\d+(?:[.,]\d+)*", "#", line).split())


def missing_output(shown: list[str], actual: str) -> list[str]:
    have = [_shape(line) for line in actual.splitlines()]
    wanted = [_shape(line) for line in shown if line.strip() not in ("", "...", "…")]
    return [w for w in wanted if not any(w in line for line in have)]


def console_steps(code: str) -> list[tuple[str, list[str]]]:
    """`$ command` lines (a trailing backslash continues) with the output shown after each."""
    steps: list[tuple[str, list[str]]] = []
    lines = code.splitlines()
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("$ "):
            command = line[2:]
            while command.endswith("\\") and i + 1 < len(lines):
                i += 1
                command = command[:-1] + " " + lines[i].strip()
            steps.append((command, []))
        elif steps:
            steps[-1][1].append(line)
        i += 1
    return steps


def run(args: list[str], root: Path, what: str) -> subprocess.CompletedProcess:
    result = subprocess.run(args, cwd=root, env=_env(root), capture_output=True, text=True, timeout=TIMEOUT)
    assert result.returncode == 0, (
        f"{what} exited {result.returncode}\n--- stdout\n{result.stdout[-3000:]}\n--- stderr\n{result.stderr[-3000:]}"
    )
    return result


_ran: dict[tuple[Path, str], subprocess.CompletedProcess] = {}


def run_command(command: str, root: Path, what: str) -> subprocess.CompletedProcess:
    """One shell command line; a read-only one that ran before in this copy is reused."""
    key = (root, re.sub(r"\s+#[^'\"]*$", "", command).strip())
    if READ_ONLY.match(key[1]) and key in _ran:
        return _ran[key]
    _ran[key] = run(["bash", "-e", "-o", "pipefail", "-c", command], root, what)
    return _ran[key]


def shell_lines(code: str) -> list[str]:
    """The command lines of a bash block (a trailing backslash continues a line)."""
    lines: list[str] = []
    for line in code.splitlines():
        if lines and lines[-1].endswith("\\"):
            lines[-1] = lines[-1][:-1] + " " + line.strip()
        elif line.strip() and not line.lstrip().startswith("#"):
            lines.append(line)
    return lines


def run_block(block: Block, root: Path, number: int) -> None:
    if block.lang == "python":
        script = root / f"_docs_block_{number}.py"
        script.write_text(block.code, encoding="utf-8")
        run([str(BIN / "python"), str(script)], root, str(block))
    elif block.lang == "bash":
        for command in shell_lines(block.code):
            run_command(command, root, f"{block}: {command}")
    elif block.lang == "console":
        steps = console_steps(block.code)
        assert steps, f"{block}: a console block needs `$ ` commands"
        for command, shown in steps:
            result = run_command(command, root, f"{block}: $ {command}")
            lost = missing_output(shown, result.stdout)
            assert not lost, f"{block}: $ {command}\nshown in the docs but not printed:\n" + "\n".join(lost) + (
                f"\n--- real output\n{result.stdout[-3000:]}"
            )
    elif block.lang == "diff":
        patch = root / f"_docs_block_{number}.diff"
        patch.write_text(block.code, encoding="utf-8")
        if shutil.which("patch"):
            apply = ["patch", "-p1", "--forward", "--fuzz=2", "-i", str(patch)]
        elif shutil.which("git"):
            apply = ["git", "apply", "-C1", str(patch)]
        else:
            pytest.skip("neither patch nor git is installed to apply the page's diff")
        run(apply, root, f"{block} (does the diff still apply?)")


@pytest.fixture(scope="module")
def copies(tmp_path_factory):
    made: dict[str, Path] = {}

    def root_for(page: str) -> Path:
        key = "shared" if page in SHARED_COPY_PAGES else page
        if key not in made:
            made[key] = scratch_copy(tmp_path_factory.mktemp("docs") / "repo")
        return made[key]

    return root_for


@pytest.mark.parametrize("page", RUN_PAGES)
def test_page_snippets_run(page, copies):
    if not (REPO / page).exists():
        pytest.skip(f"{page} not written yet")
    root = copies(page)
    ran = 0
    for number, block in enumerate(blocks(page)):
        if block.lang not in RUN_LANGS or block.skip is not None:
            continue
        if not all(cli_has(command) for command in block.requires):
            continue
        run_block(block, root, number)
        ran += 1
    assert ran >= RUN_PAGES[page], f"{page}: only {ran} runnable blocks ran"


@pytest.mark.parametrize("page", RUN_PAGES)
def test_skips_say_why(page):
    """A skipped block states its reason; skips are for install commands only."""
    if not (REPO / page).exists():
        pytest.skip(f"{page} not written yet")
    for block in blocks(page):
        if block.skip is not None:
            assert len(block.skip) > 10, f"{block}: say why it is skipped"
            assert re.search(r"\b(make|pip|venv)\b", block.code), f"{block}: only install commands may be skipped"


def test_output_check_catches_a_difference():
    """The console check is not vacuous: other words fail, other numbers pass."""
    shown = ["ratings                  0.887  0.895  0.891  375  48  44", "..."]
    assert missing_output(shown, "ratings  0.901 0.9 0.9 380 40 40\n") == []
    assert missing_output(shown, "rating 0.887 0.895 0.891 375 48 44\n") != []
    assert missing_output(shown, "ratings 0.887 0.895\n") != []


def test_directives_are_read():
    texts = {b.code.strip(): b for b in blocks("docs/quickstart.md")}
    assert texts["make run"].skip and "CI" in texts["make run"].skip
    assert any(b.requires == ["batch"] for b in texts.values())


# --- the field reference is generated from the models -------------------------


def _reference() -> str:
    from typer.testing import CliRunner

    from cqc_extract.cli import app

    result = CliRunner().invoke(app, ["schema", "--markdown"])
    assert result.exit_code == 0, result.output
    return result.output


def test_field_reference_covers_every_field_and_value():
    from cqc_extract import schema as S
    from cqc_extract.schema_docs import MODELS

    page = _reference()
    for model in MODELS:
        assert f"## {model.__name__}" in page
        for name in model.model_fields:
            assert f"| `{name}` |" in page, f"{model.__name__}.{name} missing"
    for vocabulary in (S.DOMAINS, S.RATING_VALUES, S.ActionKind.__args__, S.ActionStatus.__args__):
        for value in vocabulary:
            assert f"`{value}`" in page
    assert json.dumps(S.json_schema(), indent=2, ensure_ascii=False) in page


def test_schema_page_names_every_model_and_the_command():
    from cqc_extract.schema_docs import MODELS

    page = (REPO / "docs" / "schema.md").read_text(encoding="utf-8")
    assert "cqc-extract schema --markdown" in page
    for model in MODELS:
        assert f"`{model.__name__}`" in page, model.__name__


# --- the index links every page ---------------------------------------------------


def _links(page: Path) -> list[str]:
    text = page.read_text(encoding="utf-8")
    return [t.split("#")[0] for t in re.findall(r"\]\(([^)\s]+)\)", text) if not re.match(r"\w+:", t)]


def test_index_lists_every_page():
    index = REPO / "docs" / "index.md"
    linked = {(index.parent / target).resolve() for target in _links(index) if target}
    for page in sorted((REPO / "docs").glob("*.md")):
        if page.name != "index.md":
            assert page.resolve() in linked, f"docs/index.md does not link {page.name}"


@pytest.mark.parametrize(
    "page", ["README.md", "CHANGELOG.md", *sorted(str(p.relative_to(REPO)) for p in (REPO / "docs").glob("*.md"))]
)
def test_relative_links_resolve(page):
    path = REPO / page
    if not path.exists():
        pytest.skip(f"{page} not written yet")
    for target in _links(path):
        if target:
            assert (path.parent / target).exists(), f"{page} links to missing {target}"


# --- docs/architecture.md names what the components really read and write ---------


def test_architecture_names_the_base_components(nlp):
    """The accurate profile's statistical components, and those left out, are the page's."""
    from cqc_extract.pipeline import BASE_EXCLUDE, CQC_COMPONENTS

    page = (REPO / "docs" / "architecture.md").read_text(encoding="utf-8")
    row = next(line for line in page.splitlines() if line.startswith("| base | "))
    for name in nlp.pipe_names:
        if name not in CQC_COMPONENTS:
            assert f"`{name}`" in row, f"architecture.md: the accurate base runs {name}"
    for name in BASE_EXCLUDE:
        assert f"`{name}`" not in row and f"`{name}`" in page, f"architecture.md: {name} is left out"


def test_architecture_table_matches_the_components(nlp_fast):
    """Each component's row names every models/ file it reads (its asset_files),
    and the page names every Doc extension and span group the components write."""
    from cqc_extract.components.base import EXTENSIONS
    from cqc_extract.components.organisations import ORG_SPANS_KEY
    from cqc_extract.components.vocabulary import SPANS_KEY
    from cqc_extract.pipeline import CQC_COMPONENTS

    page = (REPO / "docs" / "architecture.md").read_text(encoding="utf-8")
    rows = {m.group(1): m.group(0) for m in re.finditer(r"^\| `(cqc_\w+)`.*$", page, re.M)}
    assert set(rows) == set(CQC_COMPONENTS), "one table row per cqc_* component"
    for name in CQC_COMPONENTS:
        for rel in getattr(nlp_fast.get_pipe(name), "asset_files", ()):
            assert f"`{rel}`" in rows[name], f"architecture.md: {name} reads {rel}"
    for extension in EXTENSIONS:
        assert f"doc._.{extension}" in page
    for key in (SPANS_KEY, ORG_SPANS_KEY):
        assert f'doc.spans["{key}"]' in page
