"""The `cqc-extract` command line: a thin layer over the library."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Optional

import typer

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Structured, source-grounded records from CQC inspection press releases and news.",
)

PROFILE_HELP = "Pipeline profile: 'accurate' (statistical base + rules) or 'fast' (rules only)."


def _read_text(source: str) -> tuple[str, str]:
    """The text of FILE (or stdin for '-') and an id for it."""
    if source == "-":
        return sys.stdin.read(), "stdin"
    path = Path(source)
    if not path.is_file():
        raise typer.BadParameter(f"no such file: {source}", param_hint="FILE")
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    return text, path.stem


@app.command()
def extract(
    source: str = typer.Argument(..., metavar="FILE", help="An article as a text file, or '-' for stdin."),
    profile: str = typer.Option("accurate", help=PROFILE_HELP),
    id: Optional[str] = typer.Option(None, "--id", help="Record id (default: the file name without suffix)."),
    indent: int = typer.Option(2, help="JSON indentation (0 for one line)."),
) -> None:
    """Extract one article and print its record as JSON."""
    from . import extract as extract_record

    text, default_id = _read_text(source)
    record = extract_record(text, id=id or default_id, profile=profile)
    typer.echo(json.dumps(record.model_dump(mode="json"), indent=indent or None, ensure_ascii=False))


@app.command()
def schema(indent: int = typer.Option(2, help="JSON indentation.")) -> None:
    """Print the JSON Schema of the record."""
    from .schema import json_schema

    typer.echo(json.dumps(json_schema(), indent=indent or None, ensure_ascii=False))


@app.command()
def evaluate(
    gold: Path = typer.Option(..., "--gold", help="Corpus JSONL (id, text, gold) or a folder with texts/ and gold/."),
    pred: Optional[Path] = typer.Option(None, "--pred", help="Predicted records as JSONL; without it the pipeline runs."),
    profile: str = typer.Option("accurate", help=PROFILE_HELP),
    as_json: bool = typer.Option(False, "--json", help="Print the machine-readable report."),
    markdown: bool = typer.Option(False, "--markdown", help="Print a Markdown table."),
    errors: bool = typer.Option(False, "--errors", help="Also list each article's misses and spurious items."),
) -> None:
    """Score records against an annotated corpus (SPEC.md §3)."""
    from .evaluation import evaluate_corpus

    report = evaluate_corpus(gold, pred, profile=profile)
    if as_json:
        typer.echo(json.dumps(report.to_json(), indent=2))
    elif markdown:
        typer.echo(report.to_markdown())
    else:
        typer.echo(report.to_text())
    if errors:
        typer.echo(report.errors_text())


def main() -> None:
    app()


if __name__ == "__main__":
    main()
