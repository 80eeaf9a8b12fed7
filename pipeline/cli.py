"""The `raingan` command: a thin shell over the library.

    raingan ingest INPUT... -o OUT [--workers N] [--engine local|dask] [--scheduler ADDR]
                               [--scheduler-timeout S] [--full] [--prune] [--root DIR]
                               [--file-timeout S] [--strict] [--quiet]
    raingan check EXPECTED... [--out OUT] [--sources DIR] [--min F] [--baseline FILE] [--json] [--update]
    raingan inspect FILE [--field NAME] [--format text|json|html] [-o FILE]
    raingan report OUT [-o report.html] [--expected FILE...]
    raingan schema [TABLE] [--format text|md|json]
    raingan sql OUT            # DuckDB views over OUT's tables
    raingan tables             # the output tables and their columns
    raingan version            # also: raingan --version
"""

from __future__ import annotations

import json
import os
import sys
import time
from enum import Enum
from pathlib import Path
from typing import NoReturn

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import (
    BarColumn,
    Progress,
    TextColumn,
    TimeRemainingColumn,
    TransferSpeedColumn,
)
from rich.table import Table

from pipeline.budget import DEFAULT_SECONDS, PER_MB
from pipeline.run import PRUNE_SHARE, Interrupted, RunSummary, UsageError, ingest
from pipeline.version import FULL_VERSION
from schemas.names import TABLE_NAMES

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Turn OCR'd Thai government reports into validated Parquet tables.")
err = Console(stderr=True)
out = Console()


class Engine(str, Enum):
    local = "local"
    dask = "dask"


class SchemaFormat(str, Enum):
    text = "text"
    md = "md"
    json = "json"


class InspectFormat(str, Enum):
    text = "text"
    json = "json"
    html = "html"


TableName = Enum("TableName", {name: name for name in TABLE_NAMES}, type=str)  # the tables, as choices in --help


def _version(value: bool) -> None:
    if value:
        print(f"raingan {FULL_VERSION}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                 help="Print the package and parser version and exit."),
) -> None:
    """Turn OCR'd Thai government reports into validated Parquet tables."""


@app.command("ingest")
def ingest_cmd(
    inputs: list[Path] = typer.Argument(..., help="Files, or folders searched for .txt/.md files."),
    output: Path = typer.Option(..., "-o", "--output", help="Folder the tables are written to."),
    workers: int = typer.Option(0, "--workers", "-w", min=0,
                                help="Processes (local) or local-cluster workers (dask); 0 = one per core."),
    engine: Engine = typer.Option(Engine.local, "--engine", help="local (a process pool) or dask."),
    scheduler: str = typer.Option(None, "--scheduler",
                                  help="Dask scheduler address (tcp://host:8786); without it a local cluster."),
    scheduler_timeout: float = typer.Option(10.0, "--scheduler-timeout", min=0.1,
                                            help="Seconds to wait for the Dask scheduler before giving up."),
    full: bool = typer.Option(False, "--full", help="Redo every file, ignoring what earlier runs recorded."),
    prune: bool = typer.Option(False, "--prune",
                               help=f"Drop the rows of inputs that are gone even when they are more than "
                                    f"{PRUNE_SHARE:.0%} of the documents OUT holds."),
    root: Path = typer.Option(None, "--root", help="The folder file names (and doc_ids) are relative to; "
                                                   "default: the one OUT recorded, else the inputs' common folder."),
    file_timeout: float = typer.Option(DEFAULT_SECONDS, "--file-timeout", min=0,
                                       help=f"Give up a file after this many CPU seconds plus {PER_MB:g} s per MB "
                                            "of it (failed, with the reason; wall seconds on Dask); 0 = no limit."),
    strict: bool = typer.Option(False, "--strict", help="Exit with status 1 if any file failed."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar and no summary (for cron jobs)."),
) -> None:
    """Ingest report files into OUT/<table>.parquet, one file per table.

    Files already ingested into OUT by this parser version are skipped unless
    they changed; OUT/run.json records what the run did."""
    engine = engine.value
    if scheduler and engine != "dask":
        _fail("--scheduler goes with --engine dask")
    options = dict(workers=workers or None, engine=engine, scheduler=scheduler, full=full, prune=prune,
                   root=root, file_timeout=file_timeout or None, scheduler_timeout=scheduler_timeout,
                   command=["raingan", *sys.argv[1:]])
    try:
        if not quiet and err.is_terminal:
            summary = _ingest_with_bar(inputs, output, options)
        else:
            summary = ingest(inputs, output, **options)
    except UsageError as exc:
        _fail(str(exc))
    except Interrupted as exc:
        err.print(_interrupted_message(exc))
        raise typer.Exit(130) from None
    except OSError as exc:  # the disk filled up, a folder vanished, ...
        _fail(f"{exc.strerror or exc}{f': {exc.filename}' if exc.filename else ''} (the tables in {output} "
              "are still those of the last finished run)")
    except Exception as exc:  # a bug: one line, and the traceback on request
        if os.environ.get("RAINGAN_DEBUG"):
            raise
        err.print(f"[red]internal error:[/red] {escape(type(exc).__name__)}: {escape(str(exc))} (the tables in "
                  f"{escape(str(output))} are still those of the last finished run; RAINGAN_DEBUG=1 shows the "
                  "traceback)")
        raise typer.Exit(3) from None
    if not quiet:
        print_summary(summary)
    if strict and summary.n_failed:
        raise typer.Exit(1)


def _interrupted_message(exc: Interrupted) -> str:
    """What a Ctrl-C left in OUT, by how far the run had got (Interrupted.stage)."""
    out = escape(str(exc.out))
    if exc.stage == "start":
        return (f"[yellow]interrupted[/yellow] before any file was read: the tables in {out} are as they were. "
                "Run the same command again to start.")
    if exc.stage == "record":
        return (f"[yellow]interrupted[/yellow] after the tables in {out} were written ({exc.processed} files "
                "read): they are this run's, but run.json may still be the last run's. Run the same command "
                "again to write it (no file is read again).")
    return (f"[yellow]interrupted[/yellow] after {exc.processed} of {exc.todo} files to read: they are kept in "
            f"{escape(str(exc.out / '.raingan'))}; the tables in {out} are still those of the last finished run. "
            "Run the same command again to go on from there.")


def _fail(message: str) -> NoReturn:
    err.print(f"[red]error:[/red] {escape(message)}")
    raise typer.Exit(2)


def _ingest_with_bar(inputs: list[Path], output: Path, options: dict) -> RunSummary:
    columns = (TextColumn("[bold]ingest"), BarColumn(), TextColumn("{task.fields[files]} files"),
               TextColumn("{task.fields[rate]}"), TransferSpeedColumn(), TimeRemainingColumn())
    with Progress(*columns, console=err, transient=True) as bar:
        task = bar.add_task("ingest", total=None, files="0/?", rate="")
        state = {"files": 0, "total": 0, "start": time.perf_counter()}

        def planned(n_files: int, n_bytes: int) -> None:
            state["total"] = n_files
            bar.update(task, total=n_bytes or None, files=f"0/{n_files}")

        def advance(result) -> None:
            state["files"] += len(result.stats)
            elapsed = time.perf_counter() - state["start"]
            bar.update(task, advance=sum(s["size"] for s in result.stats),
                       files=f"{state['files']}/{state['total']}",
                       rate=f"{state['files'] / elapsed:.1f} files/s" if elapsed else "")

        return ingest(inputs, output, progress=advance, on_plan=planned, **options)


def print_summary(summary: RunSummary) -> None:
    mb = summary.bytes / 1e6
    took = summary.timings.get("map") or 0
    rate = f", {summary.processed / took:.1f} files/s, {mb / took:.2f} MB/s" if took and summary.processed else ""
    moved = f", {summary.moved} moved" if summary.moved else ""
    out.print(f"[bold]raingan[/bold] {FULL_VERSION}: {summary.files} files, {summary.processed} processed "
              f"({mb:.2f} MB{rate}), {summary.skipped} unchanged{moved}, in {summary.seconds:.2f}s "
              f"{escape(f'[{summary.engine}, {summary.workers} workers]')} -> {escape(str(summary.out_dir))}")
    if not summary.tables_rewritten:
        out.print("nothing changed: the tables were left as they were")
    status = Table(title="documents", show_edge=False)
    status.add_column("status / type")
    status.add_column("files", justify="right")
    for key, n in sorted(summary.by_status.items()):
        status.add_row(key, str(n))
    for key, n in sorted(summary.by_doc_type.items()):
        status.add_row(f"type {key}", str(n))
    out.print(status)
    rows = Table(title="tables", show_edge=False)
    rows.add_column("table")
    rows.add_column("rows", justify="right")
    for table, n in summary.rows.items():
        rows.add_row(table, str(n))
    out.print(rows)
    if summary.issues_by_severity:
        out.print("issues: " + ", ".join(f"{n} {sev}" for sev, n in sorted(summary.issues_by_severity.items())))
    if summary.slowest:
        out.print("slowest: " + ", ".join(f"{Path(s['source_path']).name} {s['seconds']:.2f}s" for s in summary.slowest[:3]))
    for path, error in summary.failed[:20]:
        out.print(f"[red]failed[/red] {escape(path)}: {escape(str(error))}")
    if summary.n_forgotten:
        out.print(f"forgotten: {summary.n_forgotten} file(s) gone from the inputs, their rows dropped: "
                  + escape(", ".join(summary.forgotten[:5])) + (" ..." if summary.n_forgotten > 5 else ""))
    if summary.n_missing:
        err.print(f"[yellow]missing:[/yellow] {summary.n_missing} of the documents in {escape(str(summary.out_dir))} "
                  f"are gone from the inputs (more than {PRUNE_SHARE:.0%}): their rows were kept, listed in "
                  f"run.json; rerun with --prune to drop them. First: "
                  + escape(", ".join(summary.missing[:5])))


@app.command("check")
def check_cmd(
    expected: list[Path] = typer.Argument(..., help="Expected files (<stem>.expected.json, format raingan-expected/1)."),
    out_dir: Path = typer.Option(None, "--out", help="Score this existing output folder instead of ingesting the sources."),
    sources: Path = typer.Option(None, "--sources",
                                 help="Look for each source by file name in this folder (e.g. a corpus' OCR'd twin)."),
    min_f1: str = typer.Option(None, "--min", help="Fail (exit 1) below this soft F1: 0.99 or 99."),
    baseline: Path = typer.Option(None, "--baseline", help="Fail (exit 1) when a field's F1 falls below this saved baseline."),
    save_baseline: Path = typer.Option(None, "--save-baseline", help="Write the per-field F1 of this run as a baseline."),
    as_json: bool = typer.Option(False, "--json", help="Print the full result as JSON."),
    update: bool = typer.Option(False, "--update",
                                help="Rewrite the expected files from the output, for a person to review in the diff."),
    misses: int = typer.Option(40, "--misses", min=0, help="How many misses to list."),
    label: str = typer.Option("", "--label", help="A name for this check in the printed title."),
    workers: int = typer.Option(0, "--workers", "-w", min=0, help="Processes for ingesting the sources; 0 = one per core."),
) -> None:
    """Score raingan's output against expected files, field by field.

    Prints precision, recall and F1 (soft and strict) per form, layout variant,
    field and document, and each miss with the source lines it was read from.
    Exit status 1 when below --min or a field falls below --baseline."""
    from pipeline.check import CheckError, parse_min, render_text, report_json, run_check, write_baseline

    try:
        threshold = parse_min(min_f1) if min_f1 is not None else None
        result = run_check(expected, out=out_dir, sources=sources, min_f1=threshold, baseline=baseline,
                           update=update, workers=workers or None, label=label)
    except (CheckError, UsageError) as exc:
        err.print(f"[red]error:[/red] {escape(str(exc))}")
        raise typer.Exit(2) from exc
    if as_json:
        print(json.dumps({**report_json(result.report), "failures": result.failures}, ensure_ascii=False, indent=1))
    else:
        print(render_text(result.report, misses))
        for failure in result.failures:
            print(f"FAIL: {failure}")
    if save_baseline is not None:
        write_baseline(result.report, save_baseline)
    if update:
        err.print(f"rewrote {len(expected)} expected file(s) from the output: review them with git diff")
    if not result.ok:
        raise typer.Exit(1)


@app.command("inspect")
def inspect_cmd(
    file: Path = typer.Argument(..., help="One input file (.txt or .md); no OUT folder is needed."),
    field: str = typer.Option(None, "--field", "-f",
                              help="Only this field: a column (disbursed), table.column or a table (progress_reports)."),
    fmt: InspectFormat = typer.Option(InspectFormat.text, "--format", help="text, json or html (one self-contained page)."),
    output: Path = typer.Option(None, "-o", "--output", help="Write to this file instead of standard output."),
) -> None:
    """Why each value of one document is what it is.

    Runs the file through the same stages as ingest and shows the cleaned text
    with its furniture marked, every field with its source lines, the rule and
    converter that read it, each copy's reading and the vote, the repairs and
    cross-checks, and the text no rule placed."""
    from pipeline.explain import InspectError, explain
    from pipeline.explain_render import render

    try:
        data = explain(file, field)
    except InspectError as exc:
        err.print(f"[red]error:[/red] {escape(str(exc))}")
        raise typer.Exit(2) from exc
    if field and not data["fields"] and not data["issues"] and not data["repairs"]:
        err.print(f"[yellow]note:[/yellow] no field or issue {escape(field)!r} in this document")
    _emit(render(fmt.value, data), output)


@app.command("report")
def report_cmd(
    out_dir: Path = typer.Argument(..., help="An output folder of raingan ingest."),
    output: Path = typer.Option(None, "-o", "--output", help="The HTML file to write (default OUT/report.html)."),
    expected: list[Path] = typer.Option(None, "--expected", "-e",
                                        help="Expected files, or folders of *.expected.json: add raingan check's "
                                             "accuracy table (repeat the option)."),
) -> None:
    """Write one self-contained HTML page about a run.

    Documents by form and status, issues by code and severity with examples
    and their source lines, fill rates per column and form, coverage, the
    slowest and least covered documents, and raingan check's accuracy table
    when expected files are given; charts are inline SVG (no network)."""
    from pipeline.check import CheckError
    from pipeline.report import ReportError, write_report

    files = [f for e in expected or [] for f in (sorted(e.glob("*.expected.json")) if e.is_dir() else [e])]
    if expected and not files:
        err.print(f"[red]error:[/red] no *.expected.json in {escape(', '.join(map(str, expected)))}")
        raise typer.Exit(2)
    try:
        path = write_report(out_dir, output, expected=files)
    except (ReportError, CheckError) as exc:
        err.print(f"[red]error:[/red] {escape(str(exc))}")
        raise typer.Exit(2) from exc
    err.print(f"wrote {path}")


@app.command("schema")
def schema_cmd(
    table: TableName = typer.Argument(None, help="One table (default: all, and the issue codes)."),
    fmt: SchemaFormat = typer.Option(SchemaFormat.text, "--format", help="text, md (the README's reference) or json."),
) -> None:
    """The data dictionary: tables, columns and issue codes.

    Every column's type, unit, allowed values, description (English and
    Thai) and the form field it is read from; `--format md` is the README's
    table reference."""
    from schemas.reference import render

    print(render(fmt.value, table.value if table else None), end="")


@app.command("sql")
def sql_cmd(out_dir: Path = typer.Argument(..., help="An output folder of raingan ingest.")) -> None:
    """Print DuckDB views over OUT's tables.

    The run writes the same views to OUT/raingan.duckdb.sql (cd OUT && duckdb
    -init raingan.duckdb.sql); this prints them with OUT's absolute path, to
    use from anywhere: raingan sql OUT > views.sql && duckdb -init views.sql"""
    from pipeline.views import views_sql

    if not (out_dir / "documents.parquet").is_file():
        err.print(f"[red]error:[/red] {escape(str(out_dir))} is not a raingan output folder (no documents.parquet)")
        raise typer.Exit(2)
    print(views_sql(out_dir), end="")


def _emit(text: str, output: Path | None) -> None:
    if output is None:
        sys.stdout.write(text)
        return
    output.write_text(text, encoding="utf-8")
    err.print(f"wrote {output}")


@app.command("tables")
def tables_cmd() -> None:
    """List the output tables and their columns with Arrow types (raingan schema says more)."""
    from schemas.arrow import TABLES

    for name, spec in TABLES.items():
        out.print(f"[bold]{name}[/bold]")
        for f in spec.schema:
            out.print(f"  {f.name}: {f.type}{'' if f.nullable else ' (not null)'}")


@app.command("version")
def version_cmd() -> None:
    """Print the package and parser version."""
    out.print(FULL_VERSION)


def main() -> None:
    app()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
