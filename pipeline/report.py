"""`raingan report OUT`: one self-contained HTML page about a run.

What it shows, from OUT's tables, manifest and run.json: documents by form
and status; issues by code and severity, with examples and the source lines
they point at; how often each column is filled, per form; the distribution
of coverage; the slowest and the least covered documents; and, when
expected files are given, raingan check's accuracy table.

Charts are drawn with matplotlib into inline SVG (no script, font or
picture is fetched: the page opens offline).  The page's only script counts
the charts drawn and any error on load into <body data-...> attributes,
which the headless-browser test reads.
"""

from __future__ import annotations

import html
import io
import json
import sqlite3
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from pipeline.durable import write_bytes_durably
from schemas.arrow import TABLES
from schemas.issue_codes import ISSUE_CODES

EXAMPLES = 3  # issues shown per code
CONTEXT = 1  # source lines shown around an example's lines
MAX_EXAMPLE_LINES = 8
LEAST_COVERED = 10
FORM_COLOURS = {"bma_progress": "#3b6ea8", "bma_proposal": "#d08c2c", "obec_progress": "#4d9a6a", "unknown": "#9a9a9a"}
SEVERITY_COLOURS = {"error": "#c0392b", "warning": "#e0a030"}
STATUS_COLOURS = {"ok": "#4d9a6a", "partial": "#e0a030", "failed": "#c0392b"}


class ReportError(ValueError):
    """OUT is not a raingan output folder (the message says what is missing)."""


# ---------------------------------------------------------------- data

def read_run(out: Path) -> dict[str, Any]:
    """The tables (as lists of dicts), run.json and the manifest's per-file timings."""
    import pyarrow.parquet as pq

    if not (out / "documents.parquet").is_file():
        raise ReportError(f"{out} is not a raingan output folder (no documents.parquet)")
    tables = {t: pq.read_table(out / f"{t}.parquet").to_pylist() for t in TABLES if (out / f"{t}.parquet").is_file()}
    run = json.loads((out / "run.json").read_text(encoding="utf-8")) if (out / "run.json").is_file() else {}
    seconds: dict[str, float] = {}
    if (out / "manifest.sqlite").is_file():
        db = sqlite3.connect(f"file:{out / 'manifest.sqlite'}?mode=ro", uri=True)
        try:
            seconds = {p: s for p, s in db.execute("SELECT source_path, seconds FROM files") if s is not None}
        finally:
            db.close()
    return {"tables": tables, "run": run, "seconds": seconds}


def fill_rates(tables: dict[str, list[dict[str, Any]]]) -> dict[str, dict[str, tuple[int, int]]]:
    """table.column -> form -> (rows with a value, rows); for the tables
    whose rows belong to a document's form."""
    form_of = {d["doc_id"]: d["doc_type"] for d in tables.get("documents", [])}
    out: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    skip = {"doc_id", "line_start", "line_end", "project_key"}
    for table, rows in tables.items():
        if table in ("documents", "issues", "project_sources"):
            continue
        columns = [c for c in TABLES[table].model.model_fields if c not in skip]
        for row in rows:
            form = form_of.get(row.get("doc_id"), "unknown")
            for c in columns:
                cell = out[f"{table}.{c}"][form]
                cell[1] += 1
                cell[0] += row.get(c) is not None
    return {k: {f: (v[0], v[1]) for f, v in forms.items()} for k, forms in out.items()}


# ---------------------------------------------------------------- charts

def _svg(fig: Any) -> str:
    """A matplotlib figure as an inline <svg> element (deterministic ids, no date)."""
    buf = io.StringIO()
    fig.savefig(buf, format="svg", bbox_inches="tight", metadata={"Date": None})
    text = buf.getvalue()
    text = text[text.index("<svg"):]
    a, b = text.find("<metadata>"), text.find("</metadata>")
    return text[:a] + text[b + len("</metadata>"):] if a >= 0 and b > a else text


def _figure(width: float, height: float) -> tuple[Any, Any]:
    import matplotlib

    matplotlib.rcParams["svg.hashsalt"] = "raingan"  # the same ids every time: the same page for the same run
    matplotlib.rcParams["svg.fonttype"] = "none"  # text as text (searchable, small)
    from matplotlib.figure import Figure

    fig = Figure(figsize=(width, height))
    ax = fig.subplots()
    ax.spines[["top", "right"]].set_visible(False)
    return fig, ax


def chart_documents(documents: list[dict[str, Any]]) -> str:
    counts = Counter((d["doc_type"], d["status"]) for d in documents)
    forms = sorted({f for f, _ in counts})
    fig, ax = _figure(6.5, 0.5 + 0.45 * max(1, len(forms)))
    left = [0] * len(forms)
    for status in ("ok", "partial", "failed"):
        values = [counts.get((f, status), 0) for f in forms]
        ax.barh(forms, values, left=left, color=STATUS_COLOURS[status], label=status)
        left = [a + b for a, b in zip(left, values)]
    ax.set_xlabel("documents")
    ax.invert_yaxis()
    ax.legend(loc="lower right", frameon=False, ncols=3)
    return _svg(fig)


def chart_issues(issues: list[dict[str, Any]]) -> str:
    counts = Counter((i["code"], i["severity"]) for i in issues)
    codes = sorted({c for c, _ in counts}, key=lambda c: (-sum(n for (k, _), n in counts.items() if k == c), c))
    fig, ax = _figure(6.5, 0.6 + 0.3 * max(1, len(codes)))
    left = [0] * len(codes)
    for severity in ("error", "warning"):
        values = [counts.get((c, severity), 0) for c in codes]
        ax.barh(codes, values, left=left, color=SEVERITY_COLOURS[severity], label=severity)
        left = [a + b for a, b in zip(left, values)]
    ax.invert_yaxis()
    ax.set_xlabel("issues")
    ax.legend(loc="lower right", frameon=False)
    return _svg(fig)


def chart_fill(rates: dict[str, dict[str, tuple[int, int]]], table: str = "projects") -> str:
    """Fill rate of one table's columns, one bar per form."""
    columns = [c for c in TABLES[table].model.model_fields if f"{table}.{c}" in rates]
    forms = sorted({f for c in columns for f in rates[f"{table}.{c}"]})
    fig, ax = _figure(6.5, 0.6 + 0.22 * max(1, len(columns)) * max(1, len(forms)) ** 0.5)
    height = 0.8 / max(1, len(forms))
    for k, form in enumerate(forms):
        values = []
        for c in columns:
            filled, n = rates[f"{table}.{c}"].get(form, (0, 0))
            values.append(100 * filled / n if n else 0)
        ax.barh([i + k * height for i in range(len(columns))], values, height=height,
                color=FORM_COLOURS.get(form, "#777"), label=form)
    ax.set_yticks([i + height * (len(forms) - 1) / 2 for i in range(len(columns))], columns)
    ax.set_xlim(0, 100)
    ax.set_xlabel(f"{table}: rows with a value (%)")
    ax.invert_yaxis()
    ax.legend(loc="lower right", frameon=False, fontsize="small")
    return _svg(fig)


def chart_coverage(documents: list[dict[str, Any]]) -> str:
    by_form: dict[str, list[float]] = defaultdict(list)
    for d in documents:
        if d.get("coverage") is not None:
            by_form[d["doc_type"]].append(100 * d["coverage"])
    fig, ax = _figure(6.5, 2.6)
    forms = sorted(by_form)
    if forms:
        ax.hist([by_form[f] for f in forms], bins=list(range(0, 101, 5)), stacked=True,
                color=[FORM_COLOURS.get(f, "#777") for f in forms], label=forms)
        ax.legend(loc="upper left", frameon=False, fontsize="small")
    ax.set_xlim(0, 100)
    ax.set_xlabel("coverage: share of the text placed into fields or rows (%)")
    ax.set_ylabel("documents")
    return _svg(fig)


# ---------------------------------------------------------------- page

def _e(value: Any) -> str:
    return html.escape(str(value if value is not None else ""))


def _table(header: list[str], rows: list[list[str]], cls: str = "") -> str:
    head = "".join(f"<th>{_e(h)}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table class='{cls}'><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _source_lines(path: str, start: int | None, end: int | None, cache: dict[str, list[str] | None]) -> str:
    """The source lines an issue points at (with a line of context), if the
    source file is still where the run read it."""
    if start is None:
        return ""
    if path not in cache:
        try:
            cache[path] = Path(path).read_text(encoding="utf-8", errors="replace").splitlines()
        except OSError:
            cache[path] = None
    lines = cache[path]
    if not lines:
        return ""
    end = end or start
    first, last = max(1, start - CONTEXT), min(len(lines), end + CONTEXT, start + MAX_EXAMPLE_LINES)
    rows = "".join(f"<tr class='{'hit' if start <= n <= end else ''}'><td class='no'>{n}</td>"
                   f"<td class='mono'>{_e(lines[n - 1][:300])}</td></tr>" for n in range(first, last + 1))
    return f"<table class='src'>{rows}</table>"


def _issues_section(issues: list[dict[str, Any]], paths: dict[str, str], root: str | None) -> str:
    """Issues by code, each with examples; `root` is the run root source paths are under (run.json)."""
    by_code: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for i in issues:
        by_code[i["code"]].append(i)
    cache: dict[str, list[str] | None] = {}
    rows = []
    for code, group in sorted(by_code.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        spec = ISSUE_CODES.get(code)
        severities = Counter(i["severity"] for i in group)
        examples = []
        for i in group[:EXAMPLES]:
            path = paths.get(i["doc_id"], i["doc_id"])
            file = str(Path(root) / path) if root else path
            where = f"{path}:{i['line_start']}" + (f"-{i['line_end']}" if i["line_end"] != i["line_start"] else "")
            examples.append(
                f"<details><summary><a href='{_e(Path(file).resolve().as_uri() if Path(file).exists() else path)}'>"
                f"{_e(where)}</a> {_e(i['project_key'] or '')}: {_e(i['message'][:200])}</summary>"
                f"{_source_lines(file, i['line_start'], i['line_end'], cache)}"
                f"<div class='mono small'>evidence: {_e((i['evidence'] or 'null')[:300])}</div></details>")
        rows.append([f"<code>{_e(code)}</code>", ", ".join(f"{n} {s}" for s, n in sorted(severities.items())),
                     str(len(group)), _e(spec.meaning if spec else "(not in the issue-code table)"),
                     "".join(examples)])
    return _table(["code", "severity", "issues", "meaning", f"examples (first {EXAMPLES}, with their source lines)"],
                  rows, "issues")


def _fill_table(rates: dict[str, dict[str, tuple[int, int]]]) -> str:
    forms = sorted({f for forms in rates.values() for f in forms})
    rows = []
    for name in rates:
        cells = []
        for f in forms:
            filled, n = rates[name].get(f, (0, 0))
            if not n:
                cells.append("<span class='muted'>–</span>")
                continue
            share = filled / n
            cells.append(f"<span class='fill' style='--p:{share * 100:.0f}%'>{share:.0%}</span> "
                         f"<span class='muted small'>{filled}/{n}</span>")
        if any(rates[name].get(f, (0, 0))[1] for f in forms):
            rows.append([f"<code>{_e(name)}</code>", *cells])
    return _table(["column", *forms], rows, "fill")


_CSS = """
body{font-family:system-ui,"Noto Sans Thai","Sarabun",sans-serif;margin:1.5rem auto;max-width:1200px;color:#1d2530;
padding:0 1rem}h1{font-size:1.4rem}h2{font-size:1.15rem;margin-top:2.2rem;border-bottom:1px solid #ccd;
padding-bottom:.2rem}table{border-collapse:collapse;font-size:.85rem;margin:.5rem 0}td,th{border:1px solid #d5d9e0;
padding:.25rem .45rem;vertical-align:top;text-align:left}th{background:#eef1f6}.muted{color:#778}.small{font-size:.78rem}
.mono{font-family:ui-monospace,monospace;white-space:pre-wrap;word-break:break-word}figure.chart{margin:.6rem 0}
figure.chart svg{max-width:100%;height:auto}table.src td{border:none;padding:0 .4rem}table.src tr.hit{background:#fff3cd}
table.src td.no{color:#889;text-align:right}.fill{display:inline-block;min-width:3.2rem;padding:0 .2rem;
background:linear-gradient(90deg,#9fd3a8 var(--p),#f3d0cc var(--p))}details summary{cursor:pointer}
.grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(170px,1fr));gap:.5rem}.card{border:1px solid #d5d9e0;
padding:.5rem .7rem;border-radius:4px}.card b{font-size:1.3rem;display:block}
"""

# Counts what the page drew and any error on load, for the headless-browser test (no network, no data sent).
_SCRIPT = """
window.__errors=0;window.addEventListener('error',function(){window.__errors++;});
(function(){var e=console.error;console.error=function(){window.__errors++;e.apply(console,arguments);};})();
window.addEventListener('load',function(){var b=document.body,n=0;
document.querySelectorAll('figure.chart svg').forEach(function(s){var r=s.getBoundingClientRect();
if(r.width>50&&r.height>50)n++;});b.dataset.chartsDrawn=n;
b.dataset.tables=document.querySelectorAll('table').length;b.dataset.errors=window.__errors;});
"""


def render(data: dict[str, Any], check: Any = None, title: str = "") -> str:
    """The page (see module doc); `check` is a pipeline.check.CheckResult."""
    tables, run = data["tables"], data["run"]
    documents, issues = tables.get("documents", []), tables.get("issues", [])
    paths = {d["doc_id"]: d["source_path"] for d in documents}
    rates = fill_rates(tables)
    status = Counter(d["status"] for d in documents)
    forms = Counter(d["doc_type"] for d in documents)
    covered = [d["coverage"] for d in documents if d.get("coverage") is not None]
    cards = [("documents", len(documents)), ("projects", len(tables.get("projects", []))),
             ("ok / partial / failed", f"{status['ok']} / {status['partial']} / {status['failed']}"),
             ("issues", f"{len(issues)} ({sum(1 for i in issues if i['severity'] == 'error')} errors)"),
             ("repairs", sum(1 for i in issues if i["code"] == "value_repaired")),
             ("mean coverage", f"{sum(covered) / len(covered):.1%}" if covered else "–")]
    head = title or f"raingan run report: {', '.join(run.get('inputs') or []) or 'output folder'}"
    parts = [f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{_e(head)}</title>"
             f"<meta name='viewport' content='width=device-width,initial-scale=1'><style>{_CSS}</style>"
             f"<script>{_SCRIPT}</script></head><body><h1>{_e(head)}</h1>",
             "<p class='muted'>" + _e(", ".join(x for x in [
                 f"raingan {run.get('raingan', '?')}, parser {run.get('parser_version', '?')}, schema {run.get('schema_version', '?')}",
                 f"started {run['started_at']}" if run.get("started_at") else "",
                 f"finished {run['finished_at']}" if run.get("finished_at") else "",
                 f"{run.get('processed', 0)} processed, {run.get('skipped', 0)} unchanged" if run else "",
                 f"command: {' '.join(run['command'])}" if run.get("command") else ""] if x)) + "</p>",
             "<div class='grid'>" + "".join(f"<div class='card'><span class='muted'>{_e(k)}</span><b>{_e(v)}</b></div>"
                                            for k, v in cards) + "</div>"]

    if check is not None:
        parts.append("<h2 id='accuracy'>Accuracy against expected files (raingan check)</h2>")
        parts.append(_accuracy(check))
    parts.append("<h2 id='documents'>Documents by form and status</h2>")
    parts.append(f"<figure class='chart' id='chart-documents'>{chart_documents(documents)}</figure>")
    parts.append(_table(["form", "documents", "ok", "partial", "failed"], [
        [_e(f), str(n), *(str(sum(1 for d in documents if d["doc_type"] == f and d["status"] == s))
                          for s in ("ok", "partial", "failed"))] for f, n in sorted(forms.items())]))
    failed = [d for d in documents if d["status"] == "failed"]
    if failed:
        parts.append(_table(["failed document", "why"], [[_e(d["source_path"]), _e(d["error"])] for d in failed[:50]]))

    parts.append("<h2 id='issues'>Issues by code and severity</h2>")
    if issues:
        parts.append(f"<figure class='chart' id='chart-issues'>{chart_issues(issues)}</figure>")
        parts.append(_issues_section(issues, paths, run.get("root")))
    else:
        parts.append("<p>No issues.</p>")

    parts.append("<h2 id='fill'>Fill rates by form</h2><p class='muted'>How often each column has a value, per form "
                 "(rows of that form's documents); a column a form does not print stays empty by design.</p>")
    if tables.get("projects"):
        parts.append(f"<figure class='chart' id='chart-fill'>{chart_fill(rates)}</figure>")
    parts.append(_fill_table(rates))

    parts.append("<h2 id='coverage'>Coverage</h2><p class='muted'>The share of each document's text the parsers placed "
                 "into a field or row; what they could not place is in unplaced_text issues.</p>")
    parts.append(f"<figure class='chart' id='chart-coverage'>{chart_coverage(documents)}</figure>")
    least = sorted((d for d in documents if d.get("coverage") is not None), key=lambda d: (d["coverage"], d["source_path"]))
    parts.append("<h3>Least covered documents</h3>" + _table(["document", "form", "coverage", "issues"], [
        [_e(d["source_path"]), _e(d["doc_type"]), f"{d['coverage']:.1%}", str(d["n_issues"])]
        for d in least[:LEAST_COVERED]]))
    slow = sorted(data["seconds"].items(), key=lambda kv: (-kv[1], kv[0]))[:LEAST_COVERED]
    parts.append("<h3>Slowest documents</h3>" + (_table(["document", "seconds"], [
        [_e(p), f"{s:.2f}"] for p, s in slow]) if slow else "<p class='muted'>no timings recorded</p>"))

    parts.append("<p class='muted small'>Generated by raingan report from the tables of this run; the page needs "
                 "no network.</p></body></html>\n")
    return "".join(parts)


def _accuracy(check: Any) -> str:
    from pipeline.check import pct

    report = check.report
    soft, strict = report.total(True), report.total(False)
    rows = [[_e(form), str(c.tp + c.fn), pct(c.precision), pct(c.recall), pct(c.f1),
             pct(report.counts(lambda x: x.form, False)[form].f1),
             str(sum(1 for m in report.misses() if m.form == form)),
             str(sum(1 for m in report.silent() if m.form == form))]
            for form, c in sorted(report.counts(lambda x: x.form).items())]
    rows.append(["<b>all</b>", str(soft.tp + soft.fn), pct(soft.precision), pct(soft.recall), pct(soft.f1),
                 pct(strict.f1), str(len(report.misses())), str(len(report.silent()))])
    out = _table(["form", "facts", "P", "R", "F1 soft", "F1 strict", "misses", "silent"], rows, "accuracy")
    misses = sorted(report.misses(), key=lambda m: (m.flagged, m.document, m.row, m.column))[:30]
    if misses:
        out += "<h3>Misses (silent first)</h3>" + _table(
            ["document", "row", "column", "outcome", "expected", "got", "lines"],
            [[_e(m.document), _e(m.row), _e(m.column), _e(m.soft + ("" if m.flagged else " (silent)")),
              _e(str(m.expected)[:80]), _e(str(m.got)[:80]), _e(f"{m.lines[0]}-{m.lines[1]}" if m.lines[0] else "")]
             for m in misses])
    return out


def write_report(out_dir: str | Path, output: str | Path | None = None, expected: list[Path] | None = None) -> Path:
    """Write the page for OUT (default OUT/report.html) and return its path."""
    out = Path(out_dir)
    data = read_run(out)
    check = None
    if expected:
        from pipeline.check import run_check

        check = run_check(expected, out=out)
    path = Path(output) if output is not None else out / "report.html"
    path.parent.mkdir(parents=True, exist_ok=True)
    write_bytes_durably(path, render(data, check).encode("utf-8"))
    return path
