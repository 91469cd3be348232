"""The `cqc-extract` command line: a thin layer over the library."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Optional

import typer

from .inputs import DEFAULT_MAX_CHARS

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Structured, source-grounded records from CQC inspection press releases and news.",
)

PROFILE_HELP = "Pipeline profile: 'accurate' (statistical base + rules) or 'fast' (rules only)."


def _read_bytes(source: str) -> tuple[bytes, str]:
    """The bytes of FILE (or stdin for '-') and an id for it; decoding is
    inputs.prepare_input's job (UTF-8, cp1252/latin-1 fallback, flagged)."""
    if source == "-":
        return sys.stdin.buffer.read(), "stdin"
    path = Path(source)
    if not path.is_file():
        raise typer.BadParameter(f"no such file: {source}", param_hint="FILE")
    return path.read_bytes(), path.stem


@app.command()
def extract(
    source: str = typer.Argument(..., metavar="FILE", help="An article as a text or HTML file, or '-' for stdin."),
    profile: str = typer.Option("accurate", help=PROFILE_HELP),
    id: Optional[str] = typer.Option(None, "--id", help="Record id (default: the file name without suffix)."),
    indent: int = typer.Option(2, help="JSON indentation (0 for one line)."),
    format: str = typer.Option(
        "auto", "--format", help="Input format: 'text', 'html' (offsets refer to its text) or 'auto' (sniff HTML)."
    ),
    max_chars: int = typer.Option(
        DEFAULT_MAX_CHARS, "--max-chars", min=1, help="Refuse inputs longer than this many characters."
    ),
) -> None:
    """Extract one article and print its record as JSON."""
    from .api import extract as extract_record
    from .inputs import InputError

    data, default_id = _read_bytes(source)
    try:
        record = extract_record(data, id=id or default_id, profile=profile, format=format, max_chars=max_chars)
    except InputError as exc:
        # Bad input is the user's to fix: one clear line, no traceback.
        typer.echo(f"cqc-extract: cannot extract {source}: {exc}", err=True)
        raise typer.Exit(1)
    typer.echo(json.dumps(record.model_dump(mode="json"), indent=indent or None, ensure_ascii=False))


@app.command()
def schema(
    indent: int = typer.Option(2, help="JSON indentation."),
    markdown: bool = typer.Option(
        False, "--markdown", help="Print the field reference (every model's fields, types, values) as Markdown instead."
    ),
) -> None:
    """Print the JSON Schema of the record, or its field reference."""
    if markdown:
        from .schema_docs import render

        typer.echo(render(), nl=False)
        return
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
    html_page: Optional[Path] = typer.Option(
        None, "--html", metavar="FILE",
        help="Also write a review page: per-field P/R/F1 bars, each article's errors with its text highlighted.",
    ),
    mentions: bool = typer.Option(
        False, "--mentions",
        help="Also score the evidence spans per kind (strict/exact/partial/type, nervaluate); "
        "in --json under \"mentions\"; with --errors, the spans that are not exact.",
    ),
) -> None:
    """Score records against an annotated corpus (SPEC.md §3)."""
    from .evaluation import evaluate_corpus

    try:
        if mentions:
            from .mentions import evaluate_with_mentions

            report, mention_scores = evaluate_with_mentions(gold, pred, profile=profile)
        else:
            report, mention_scores = evaluate_corpus(gold, pred, profile=profile), None
    except (OSError, ValueError) as exc:  # a missing file, a folder or line in the wrong shape
        typer.echo(f"cqc-extract evaluate: {exc}", err=True)
        raise typer.Exit(2) from exc
    if as_json:
        data = report.to_json()
        if mention_scores is not None:
            data["mentions"] = mention_scores.to_json()
        typer.echo(json.dumps(data, indent=2))
    elif markdown:
        typer.echo(report.to_markdown())
        if mention_scores is not None:
            typer.echo(mention_scores.to_markdown())
    else:
        typer.echo(report.to_text())
        if mention_scores is not None:
            typer.echo(mention_scores.to_text())
    if errors:
        typer.echo(report.errors_text())
        if mention_scores is not None:
            typer.echo(mention_scores.errors_text())
    if html_page is not None:
        from .visualize import render_evaluation

        page = render_evaluation(report, source=str(gold), mentions=mention_scores)
        html_page.write_text(page, encoding="utf-8")
        typer.echo(f"wrote {html_page}", err=True)


def _load_record(path: Path, want_id: str) -> dict:
    """One record from a JSON file, or from a JSONL file (the line with id `want_id`,
    or its only line)."""
    if not path.is_file():
        raise typer.BadParameter(f"no such file: {path}", param_hint="--record")
    raw = path.read_text(encoding="utf-8")
    try:
        records = [json.loads(raw)]
    except json.JSONDecodeError:
        try:
            records = [json.loads(line) for line in raw.splitlines() if line.strip()]
        except json.JSONDecodeError as exc:
            raise typer.BadParameter(f"{path} is neither JSON nor JSONL: {exc}", param_hint="--record")
    records = [r for r in records if isinstance(r, dict)]
    chosen = records if len(records) == 1 else [r for r in records if str(r.get("id")) == want_id]
    if len(chosen) != 1:
        raise typer.BadParameter(
            f"{path} holds {len(records)} records, {len(chosen)} with id {want_id!r} (use --id)",
            param_hint="--record",
        )
    if "error" in chosen[0] and "organisations" not in chosen[0]:
        raise typer.BadParameter(f"record {want_id!r} is an error record: {chosen[0]['error']}", param_hint="--record")
    return chosen[0]


@app.command()
def show(
    source: str = typer.Argument(
        ..., metavar="FILE", help="The article: a text or HTML file, or '-' for stdin."
    ),
    output: str = typer.Option(..., "-o", "--output", help="HTML page to write ('-' for stdout)."),
    record_path: Optional[Path] = typer.Option(
        None, "--record", metavar="REC.json",
        help="Show this record (JSON, or JSONL with --id) instead of running the pipeline; "
        "its evidence offsets must refer to FILE's text.",
    ),
    profile: str = typer.Option("accurate", help=PROFILE_HELP),
    format: str = typer.Option(
        "auto", "--format", help="Input format: 'text', 'html' (offsets refer to its text) or 'auto' (sniff HTML)."
    ),
    id: Optional[str] = typer.Option(None, "--id", help="Record id (default: the file name without suffix)."),
    title: Optional[str] = typer.Option(None, "--title", help="Page title (default: the record id)."),
) -> None:
    """Write one self-contained HTML review page for an article.

    Left: the text with every extracted span highlighted by kind. Right: the
    record as people read it: a ratings grid per subject (services x key
    questions, CQC colours, arrows for change, the previous rating on hover),
    people, organisations, investments and actions. Hover or click an item to
    see its evidence in the text. The page loads nothing from the network.
    """
    from .inputs import InputError, prepare_input
    from .schema import ArticleRecord
    from .visualize import render_article

    if source == "-":
        data, default_id = sys.stdin.buffer.read(), "stdin"
    else:
        path = Path(source)
        if not path.is_file():
            raise typer.BadParameter(f"no such file: {source}", param_hint="FILE")
        data, default_id = path.read_bytes(), path.stem
    try:
        prepared = prepare_input(data, format=format)
    except InputError as exc:
        typer.echo(f"cqc-extract: cannot show {source}: {exc}", err=True)
        raise typer.Exit(1)
    record_id = id or default_id
    if record_path is not None:
        record = _load_record(record_path, record_id)
        try:
            ArticleRecord.model_validate(record)
        except ValueError as exc:
            raise typer.BadParameter(f"not a valid record: {exc}", param_hint="--record")
    else:
        from .api import extract as extract_record

        extracted = extract_record(prepared.text, id=record_id, profile=profile)
        extracted.source = prepared.source
        record = extracted.model_dump(mode="json")
    page = render_article(prepared.text, record, title=title)
    if output == "-":
        sys.stdout.write(page)
    else:
        Path(output).write_text(page, encoding="utf-8")
        typer.echo(f"wrote {output}", err=True)


@app.command()
def batch(
    input: Path = typer.Argument(
        ...,
        metavar="INPUT",
        help="A folder of .txt/.html files (id = file stem), a .jsonl or .csv file, a .parquet file "
        "or folder, or a folder saved with datasets' save_to_disk.",
    ),
    output: Optional[Path] = typer.Option(
        None, "-o", "--output", help="Records file: .jsonl (one record per line) or .parquet (one row per article)."
    ),
    tables: Optional[Path] = typer.Option(
        None, "--tables", help="Also write flat tables (articles, errors, organisations, people, ratings, "
        "investments, actions) into this folder, the article id on every row."
    ),
    format: Optional[str] = typer.Option(None, "--format", help="Output format jsonl|parquet (default: from the suffix)."),
    tables_format: str = typer.Option("csv", "--tables-format", help="Table files: csv|parquet."),
    text_field: str = typer.Option("text", "--text-field", help="Column/field holding the article text (JSONL, CSV, Parquet, Dataset)."),
    id_field: str = typer.Option("id", "--id-field", help="Column/field holding the id; a missing id becomes the line/row number."),
    profile: str = typer.Option("accurate", help=PROFILE_HELP),
    batch_size: int = typer.Option(64, "--batch-size", min=1, help="Documents per chunk (one nlp.pipe call; the unit sent to a worker)."),
    n_process: int = typer.Option(1, "--n-process", min=1, help="Worker processes, each holding the pipeline (~0.6 GB for accurate); 1 runs in this process."),
    resume: bool = typer.Option(
        False, "--resume", help="Continue an interrupted run: repair a torn last line of the JSONL output, "
        "skip inputs already in it, append the rest (JSONL output only)."
    ),
    overwrite: bool = typer.Option(False, "--overwrite", help="Replace an existing output file."),
    max_chars: int = typer.Option(
        DEFAULT_MAX_CHARS, "--max-chars", min=1, help="Inputs longer than this (in characters) get an error record."
    ),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar and no summary on stderr."),
) -> None:
    """Extract a whole corpus: every input gets a record or an error record, in input order.

    Progress (docs/s, ETA) and a summary go to stderr. Duplicate ids: the first
    input is processed, later ones get an error record. See docs/batch.md.
    """
    from . import batch as batch_runner

    if output is None and tables is None:
        raise typer.BadParameter("give -o OUTPUT, --tables DIR, or both", param_hint="-o/--tables")
    try:
        summary = batch_runner.run(
            input, output, tables=tables, format=format, tables_format=tables_format,
            text_field=text_field, id_field=id_field, profile=profile, batch_size=batch_size,
            n_process=n_process, resume=resume, overwrite=overwrite, max_chars=max_chars, progress=not quiet,
        )
    except (ValueError, FileExistsError, FileNotFoundError) as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc
    if not quiet:
        typer.echo(f"cqc-extract batch: {summary.line()}", err=True)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
