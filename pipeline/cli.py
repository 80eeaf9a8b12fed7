"""The `raingan` command: a thin shell over pipeline.run.

    raingan ingest INPUT... -o OUT [--strict]
    raingan tables            # the output tables and their columns
    raingan version
"""

from __future__ import annotations

import sys
from pathlib import Path

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from pipeline.run import RunSummary, UsageError, discover, ingest
from pipeline.version import FULL_VERSION
from schemas.arrow import TABLES

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Turn OCR'd Thai government reports into validated Parquet tables.")
err = Console(stderr=True)
out = Console()


@app.command("ingest")
def ingest_cmd(
    inputs: list[Path] = typer.Argument(..., help="Files, or folders searched for .txt/.md files."),
    output: Path = typer.Option(..., "-o", "--output", help="Folder the tables are written to."),
    strict: bool = typer.Option(False, "--strict", help="Exit with status 1 if any file failed."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar and no summary."),
) -> None:
    """Ingest report files into OUT/<table>.parquet, one file per table."""
    try:
        total = len(discover(inputs))
    except UsageError as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from exc
    show_bar = not quiet and err.is_terminal
    try:
        if show_bar:
            with Progress(TextColumn("[bold]ingest"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                          TextColumn("{task.fields[name]}"), console=err, transient=True) as bar:
                task = bar.add_task("ingest", total=total, name="")
                summary = ingest(inputs, output,
                                 progress=lambda path, doc: bar.update(task, advance=1, name=path.name))
        else:
            summary = ingest(inputs, output)
    except UsageError as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from exc
    if not quiet:
        print_summary(summary)
    if strict and summary.n_failed:
        raise typer.Exit(1)


def print_summary(summary: RunSummary) -> None:
    mb = summary.bytes / 1e6
    rate = f"{summary.files / summary.seconds:.1f} files/s, {mb / summary.seconds:.2f} MB/s" if summary.seconds else ""
    out.print(f"[bold]raingan[/bold] {FULL_VERSION}: {summary.files} files ({mb:.2f} MB) in "
              f"{summary.seconds:.2f}s {rate} -> {summary.out_dir}")
    status = Table(title="documents", show_edge=False)
    status.add_column("status")
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
    for path, error in summary.failed[:20]:
        out.print(f"[red]failed[/red] {path}: {error}")


@app.command("tables")
def tables_cmd() -> None:
    """List the output tables and their columns with Arrow types."""
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
