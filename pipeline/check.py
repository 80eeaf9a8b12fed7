"""`raingan check`: score raingan's output against expected files, field by field.

An expected file (`<stem>.expected.json`, format `raingan-expected/1`) names
its source document and holds the facts a person read from it: the form and
number of copies, every project with its fields and child rows (objectives,
targets, report entries, expenses, activities, findings, alignments,
quarterly budgets), the OBEC summary, and optionally issues that must or must
not be raised.  A value may be a spec instead of a literal: `{"one_of": [...]}`
or `{"startswith", "endswith", "contains", "not_contains"}` for long text.

Scoring follows GROBID's evaluation: every expected fact is a cell; a cell
is right (TP), wrong (FN and FP), missing (FN), or extra (FP: output where
the document gives nothing, or a row the document does not hold).
Precision, recall and F1 are given per form, table and column, strict
(exact) and soft (NFC, Thai digits as Arabic, markdown and spacing ignored,
a hyphen and a dash the same mark, long text by a fuzzy ratio of at least SOFT_RATIO, person names with or
without their title).  Every miss says whether an issue of its project
names the field: a miss no issue names is *silent*, the worst kind.
"""

from __future__ import annotations

import json
import math
import tempfile
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import regex
from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from normalizers.text import comparable
from schemas.arrow import TABLES

FORMAT = "raingan-expected/1"
SOFT_RATIO = 90.0  # rapidfuzz ratio at which two long texts are the same reading
LONG_TEXT = 40  # characters (normalised) from which text is compared fuzzily
PERSON_COLUMNS = frozenset({"owner_name", "coordinator_name"})
PROJECT_NAME_MATCH = 60.0  # below this name similarity an expected and a read project are not paired
CODE_SLIPS = 2  # edits (a digit more, less or misread) at which a read project code is the expected one misread

# Child tables of a project and the columns that identify a row in each (schemas.arrow.TableSpec.key).
ROW_KEYS: dict[str, tuple[str, ...]] = {name: spec.key for name, spec in TABLES.items() if spec.key}
CHILD_TABLES = tuple(ROW_KEYS)


class CheckError(ValueError):
    """An expected file or its source cannot be used; the message says why."""


# ---------------------------------------------------------------- values

def plain(value: Any) -> Any:
    """A value as expected files write it: money "1.00", ISO dates."""
    if isinstance(value, Decimal):
        return f"{value:.2f}"
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return value
    return value


_MARKDOWN_RE = regex.compile(r"[*#`\\_|]+")
# a hyphen, the en dash a form prints between a range's ends, and the other dashes OCR reads for them: one mark
_DASHES_RE = regex.compile(r"[\u2010-\u2015\u2212]")
# Titles a person's name may carry: "นาย", "นางสาว", "น.ส.", "ดร.", "ว่าที่ร้อยตรี".
_TITLE_RE = regex.compile(
    r"^(?:ว่าที่\s*(?:ร้อย|ร\.)\s*(?:ตรี|โท|เอก|ต\.|ท\.|อ\.)\s*(?:หญิง)?|นางสาว|น\.\s*ส\.|นาย|นาง|ดร\.|ดร|"
    r"ผศ\.|รศ\.|ศ\.|Mr\.?|Mrs\.?|Ms\.?|Dr\.?)\s*"
)


def soft_text(text: str, person: bool = False) -> str:
    """The key under which two readings of a text are softly equal."""
    text = _DASHES_RE.sub("-", _MARKDOWN_RE.sub("", text))
    if person:
        text = _TITLE_RE.sub("", text.strip())
    return comparable(text)


def _num(value: Any) -> Decimal | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float, Decimal)):
        return Decimal(str(value))
    if isinstance(value, str):
        try:
            return Decimal(value)
        except ArithmeticError:
            return None
    return None


def _text_match(want: str, got: str, soft: bool, person: bool) -> bool:
    if not soft:
        return want == got
    a, b = soft_text(want, person), soft_text(got, person)
    if a == b:
        return True
    if max(len(a), len(b)) >= LONG_TEXT:
        return fuzz.ratio(a, b) >= SOFT_RATIO
    return False


def value_matches(spec: Any, actual: Any, soft: bool, column: str = "") -> bool:
    """Whether `actual` satisfies the expected `spec` (see module doc)."""
    actual = plain(actual)
    person = column in PERSON_COLUMNS
    if isinstance(spec, dict):
        if "one_of" in spec:
            return any(value_matches(s, actual, soft, column) for s in spec["one_of"])
        if not isinstance(actual, str):
            return False
        norm = (lambda s: soft_text(s, person)) if soft else (lambda s: s)
        got = norm(actual)
        if "startswith" in spec and not got.startswith(norm(spec["startswith"])):
            return False
        if "endswith" in spec and not got.endswith(norm(spec["endswith"])):
            return False
        if any(norm(part) not in got for part in spec.get("contains", [])):
            return False
        return not any(norm(part) in got for part in spec.get("not_contains", []))
    if spec is None or actual is None:
        return spec is None and actual is None
    if isinstance(spec, bool) or isinstance(actual, bool):
        return spec is actual or spec == actual and type(spec) is type(actual)
    if isinstance(spec, str) and isinstance(actual, str):
        if spec == actual:
            return True
        a, b = _num(spec), _num(actual)
        if a is not None and b is not None and regex.fullmatch(r"-?\d+(?:\.\d+)?", spec):
            return a == b
        return _text_match(spec, actual, soft, person)
    a, b = _num(spec), _num(actual)
    if a is not None and b is not None:
        if isinstance(spec, float) or isinstance(actual, float):
            return abs(a - b) < Decimal("0.005")
        return a == b
    return spec == actual


def describe(spec: Any) -> str:
    """A short human form of an expected value or spec."""
    if isinstance(spec, dict):
        if "one_of" in spec:
            return " | ".join(describe(s) for s in spec["one_of"])
        parts = []
        if "startswith" in spec:
            parts.append(f"{spec['startswith'][:40]}…")
        if "endswith" in spec:
            parts.append(f"…{spec['endswith'][-40:]}")
        parts += [f"∋{c[:30]}" for c in spec.get("contains", [])]
        return " ".join(parts) or json.dumps(spec, ensure_ascii=False)
    return "null" if spec is None else str(plain(spec))


# ---------------------------------------------------------------- expected files

@dataclass
class Expected:
    path: Path
    source: Path
    data: dict[str, Any]

    @property
    def name(self) -> str:
        return self.path.name.removesuffix(".expected.json")

    @property
    def form(self) -> str:
        return self.data.get("document", {}).get("doc_type", "unknown")

    @property
    def variants(self) -> list[str]:
        return list(self.data.get("variants", []))


def load_expected(path: str | Path, sources: str | Path | None = None) -> Expected:
    """Read one expected file; `sources` looks for its source by file name in
    another folder (the OCR'd twin of a corpus)."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise CheckError(f"{path}: cannot read: {exc.strerror or exc}") from exc
    except ValueError as exc:
        raise CheckError(f"{path}: not JSON: {exc}") from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise CheckError(f"{path}: not a {FORMAT} file (its \"format\" is {data.get('format') if isinstance(data, dict) else None!r})")
    if not isinstance(data.get("source"), str):
        raise CheckError(f"{path}: no \"source\" naming the document")
    source = (Path(sources) / Path(data["source"]).name) if sources else path.parent / data["source"]
    if not source.is_file():
        raise CheckError(f"{path}: source {source} not found")
    for project in data.get("projects", []):
        for table in CHILD_TABLES:
            if table in project and not isinstance(project[table], list):
                raise CheckError(f"{path}: projects[].{table} must be a list")
    return Expected(path, source, data)


# ---------------------------------------------------------------- output tables

@dataclass
class Output:
    """The output tables, indexed for scoring."""

    tables: dict[str, list[dict[str, Any]]]

    def __post_init__(self) -> None:
        self.documents_by_sha = defaultdict(list)
        for doc in self.tables.get("documents", []):
            self.documents_by_sha[doc["sha256"]].append(doc)
        self.by_doc: dict[str, dict[str, list[dict[str, Any]]]] = defaultdict(lambda: defaultdict(list))
        for table, rows in self.tables.items():
            if table == "documents":
                continue
            for row in rows:
                if row.get("doc_id") is not None:
                    self.by_doc[row["doc_id"]][table].append(row)

    def document_for(self, exp: Expected) -> dict[str, Any] | None:
        import hashlib

        sha = hashlib.sha256(exp.source.read_bytes()).hexdigest()
        docs = self.documents_by_sha.get(sha, [])
        if len(docs) > 1:  # the same text twice in one run: prefer the one named like the source
            docs = [d for d in docs if Path(d["source_path"]).name == exp.source.name] or docs
        return docs[0] if docs else None


def read_output(out: str | Path) -> Output:
    import pyarrow.parquet as pq

    out = Path(out)
    if not (out / "documents.parquet").exists():
        raise CheckError(f"{out}: no documents.parquet (not a raingan output folder)")
    return Output({p.name.removesuffix(".parquet"): pq.read_table(p).to_pylist() for p in sorted(out.glob("*.parquet"))})


def ingest_sources(expected: list[Expected], workers: int | None = None) -> Output:
    """Ingest the expected files' sources into a temporary folder and read it."""
    from pipeline.run import ingest

    with tempfile.TemporaryDirectory(prefix="raingan-check-") as tmp:
        ingest(sorted({str(e.source) for e in expected}), tmp, workers=workers)
        return read_output(tmp)


# ---------------------------------------------------------------- scoring

@dataclass
class Cell:
    """One scored fact."""

    document: str
    form: str
    table: str
    column: str
    row: str  # which row: "project 2", "progress_reports seq=3", ...
    expected: Any
    got: Any
    strict: str  # "ok" | "wrong" | "missing" | "extra"
    soft: str
    lines: tuple[int | None, int | None] = (None, None)
    flagged: bool = False  # an issue of the project names this field
    flagged_here: bool = False  # ... at the lines of this fact's row (or either has no lines)

    @property
    def field_name(self) -> str:
        return f"{self.table}.{self.column}"


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, outcome: str) -> None:
        if outcome == "ok":
            self.tp += 1
        elif outcome == "wrong":
            self.fp += 1
            self.fn += 1
        elif outcome == "missing":
            self.fn += 1
        elif outcome == "extra":
            self.fp += 1

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


class _Issues:
    """Which fields the issues of a document name, per project, and at which lines."""

    def __init__(self, rows: list[dict[str, Any]]):
        self.rows = rows
        self.names: dict[str | None, dict[str, list[tuple[int | None, int | None]]]] = defaultdict(dict)
        for row in rows:
            f = row.get("field")
            if f:
                self.names[row.get("project_key")].setdefault(f, []).append((row.get("line_start"), row.get("line_end")))

    def names_field(self, project_key: str | None, table: str, column: str | None,
                    lines: tuple[int | None, int | None] = (None, None), here: bool = False) -> bool:
        """An issue of the project (or of the document as a whole) names the
        column (`table.column`), anywhere (with `here`: at lines of the row);
        or names the table as a whole (for a whole row: the table or any of
        its columns) at lines of the row, so an issue about one row's table
        does not cover every other row's values. A row or an issue without
        lines is anywhere."""
        def at_row(spans: list[tuple[int | None, int | None]]) -> bool:
            if lines[0] is None or lines[1] is None:
                return True
            return any(a is None or b is None or (a <= lines[1] and lines[0] <= b) for a, b in spans)

        for key in {project_key, None}:
            for name, spans in self.names.get(key, {}).items():
                if column is not None and name == f"{table}.{column}" and (not here or at_row(spans)):
                    return True
                if (name == table or (column is None and name.startswith(f"{table}."))) and at_row(spans):
                    return True
        return False


class _Scorer:
    def __init__(self, exp: Expected, doc: dict[str, Any] | None, tables: dict[str, list[dict[str, Any]]]):
        self.exp = exp
        self.doc = doc
        self.tables = tables
        self.issues = _Issues(tables.get("issues", []))
        self.cells: list[Cell] = []

    def cell(self, table: str, column: str, row: str, want: Any, got: Any, present: bool,
             lines: tuple[int | None, int | None], project_key: str | None) -> None:
        outcomes = []
        for soft in (False, True):
            if not present:
                outcome = "missing" if want is not None else None
            elif value_matches(want, got, soft, column):
                outcome = "ok" if want is not None else None
            elif want is None or (isinstance(want, dict) and not want):
                outcome = "extra"
            elif got is None:
                outcome = "missing"
            else:
                outcome = "wrong"
            outcomes.append(outcome)
        if outcomes == [None, None]:
            return  # null expected and null read: no fact
        strict, soft_ = (o or "ok" for o in outcomes)
        flagged = here = False
        if soft_ != "ok" or strict != "ok":
            flagged = self.issues.names_field(project_key, table, column, lines)
            here = flagged and self.issues.names_field(project_key, table, column, lines, here=True)
        self.cells.append(Cell(self.exp.name, self.exp.form, table, column, row, want, plain(got), strict, soft_,
                               lines, flagged, here))

    def record(self, table: str, row_name: str, spec: dict[str, Any], got: dict[str, Any] | None,
               project_key: str | None, skip: Iterable[str] = ()) -> None:
        lines = (got.get("line_start"), got.get("line_end")) if got else (None, None)
        for column, want in spec.items():
            if column in skip or column.startswith("_"):
                continue
            present = got is not None and column in got
            self.cell(table, column, row_name, want, got.get(column) if got else None, present, lines, project_key)

    def extra_row(self, table: str, row_name: str, got: dict[str, Any], columns: Iterable[str],
                  project_key: str | None) -> None:
        lines = (got.get("line_start"), got.get("line_end"))
        for column in columns:
            if got.get(column) is not None:
                flagged = self.issues.names_field(project_key, table, None, lines)  # the table at the row
                self.cells.append(Cell(self.exp.name, self.exp.form, table, column, row_name, None,
                                       plain(got[column]), "extra", "extra", lines, flagged, flagged))

    # -- the parts of an expected file

    def score(self) -> list[Cell]:
        data = self.exp.data
        if self.doc is None:
            self.cells.append(Cell(self.exp.name, self.exp.form, "documents", "source_path", "document",
                                   str(self.exp.source), None, "missing", "missing"))
        self.record("documents", "document", data.get("document", {}), self.doc, None)
        if "report_summary" in data:
            rows = self.tables.get("report_summaries", [])
            self.record("report_summaries", "summary", data["report_summary"], rows[0] if rows else None, None)
        if "projects" in data:
            self.projects(data["projects"])
        self.issue_checks(data.get("issues", {}))
        return self.cells

    def projects(self, specs: list[dict[str, Any]]) -> None:
        got = list(self.tables.get("projects", []))
        pairs = pair_projects(specs, got)
        project_columns = sorted({c for s in specs for c in s if c not in CHILD_TABLES and not c.startswith("_")})
        for i, spec in enumerate(specs):
            row = pairs.get(i)
            key = row["project_key"] if row else None
            name = f"project {i + 1}"
            self.record("projects", name, spec, row, key, skip=CHILD_TABLES)
            for table in CHILD_TABLES:
                if table in spec:
                    rows = [r for r in self.tables.get(table, []) if row is not None and r.get("project_key") == key]
                    self.child_rows(table, name, spec[table], rows, key)
        matched = {id(r) for r in pairs.values()}
        for j, row in enumerate(got):
            if id(row) in matched:
                continue
            name = f"extra project {row.get('name') or row.get('project_key')}"[:80]
            self.extra_row("projects", name, row, project_columns, row["project_key"])
            for table in CHILD_TABLES:
                cols = sorted({c for s in specs for r in s.get(table, []) for c in r})
                for child in self.tables.get(table, []):
                    if child.get("project_key") == row["project_key"]:
                        self.extra_row(table, f"{name} {_row_label(table, child)}", child, cols, row["project_key"])

    def child_rows(self, table: str, project: str, specs: list[dict[str, Any]], rows: list[dict[str, Any]],
                   project_key: str | None) -> None:
        keys = ROW_KEYS[table]
        columns = sorted({c for s in specs for c in s})
        pairs = pair_child_rows(table, specs, rows)
        for i, spec in enumerate(specs):
            row = pairs.get(i)
            label = f"{project} {_row_label(table, spec)}"
            if row is None:
                self.record(table, label, {k: spec.get(k) for k in keys} | spec, None, project_key)
                continue
            self.record(table, label, {k: spec.get(k) for k in keys if k not in spec} | spec, row, project_key)
        paired = {id(r) for r in pairs.values()}
        for row in sorted(rows, key=lambda r: (r.get("line_start") or 0)):
            if id(row) not in paired:
                self.extra_row(table, f"{project} {_row_label(table, row)}", row, columns or keys, project_key)

    def issue_checks(self, spec: dict[str, Any]) -> None:
        rows = self.tables.get("issues", [])
        for want in spec.get("include", []):
            found = [i for i in rows if i["code"] == want["code"] and i.get("field") == want.get("field")]
            ok = bool(found)
            detail = f"{len(found)} issue(s)"
            if ok and "count" in want and len(found) != want["count"]:
                ok, detail = False, f"{len(found)} issues, expected {want['count']}"
            if ok and "readings" in want:
                try:
                    readings = {r["reading"]: r["copies"] for r in json.loads(found[0]["evidence"])["readings"]}
                except (ValueError, KeyError, TypeError):
                    readings = None
                if readings != want["readings"]:
                    ok, detail = False, f"readings {readings}"
            outcome = "ok" if ok else "missing"
            self.cells.append(Cell(self.exp.name, self.exp.form, "issues", want["code"],
                                   f"include {want['code']} on {want.get('field')}", "present", detail,
                                   outcome, outcome, flagged=False))
        for code in spec.get("exclude", []):
            found = [i for i in rows if i["code"] == code]
            outcome = "extra" if found else "ok"
            lines = (found[0].get("line_start"), found[0].get("line_end")) if found else (None, None)
            got = f"{len(found)}: {found[0]['message'][:120]}" if found else None
            self.cells.append(Cell(self.exp.name, self.exp.form, "issues", code, f"exclude {code}", "absent",
                                   got, outcome, outcome, lines))


# Child tables whose last key column is a running number the document does not print for every layout
# (the n-th expense line of an entry, the n-th finding of a quarter): a row the parser lost or split
# shifts every later row's number, so pair_child_rows may pair such rows by what they hold.  A report
# entry's number is printed ("รายงานครั้งที่ N"), a fact of its own: its rows pair by key only.
ORDINAL_TABLES = frozenset(t for t, k in ROW_KEYS.items() if k[-1:] == ("seq",) and t != "progress_reports")


def _row_score(spec: dict[str, Any], row: dict[str, Any]) -> int:
    """How many of the expected row's facts (key columns included) the read row holds, softly."""
    return sum(1 for c, want in spec.items()
               if not c.startswith("_") and want is not None and value_matches(want, row.get(c), True, c))


def _running_order(column: str) -> Any:
    """Sort key: a row's running number (rows without one last), then its first line."""
    def key(row: dict[str, Any]) -> tuple:
        number = plain(row.get(column))
        return (not isinstance(number, int), number if isinstance(number, int) else 0, row.get("line_start") or 0)
    return key


def pair_child_rows(table: str, specs: list[dict[str, Any]], rows: list[dict[str, Any]]) -> dict[int, dict[str, Any]]:
    """Expected row index -> the read row scored against it.  Rows pair by their key columns (the first
    read row of a key first, by line).  In an ORDINAL_TABLES table, within each group of rows that share
    the key's other columns (one report entry's expense lines), the rows are also aligned in order by
    what they hold (an order-keeping alignment, over the rows in their running number's order, maximising
    the facts that agree); the alignment replaces
    the key pairing of its group only where it makes strictly more facts agree, so a row lost or split
    costs its own facts (and the numbers of the rows after it), not every later row's."""
    keys = ROW_KEYS[table]
    ordered = sorted(rows, key=lambda r: (r.get("line_start") or 0))
    by_key: dict[tuple, list[dict[str, Any]]] = defaultdict(list)
    for row in ordered:
        by_key[tuple(plain(row.get(k)) for k in keys)].append(row)
    pairs: dict[int, dict[str, Any]] = {}
    for i, spec in enumerate(specs):
        found = by_key.get(tuple(spec.get(k) for k in keys))
        if found:
            pairs[i] = found.pop(0)
    if table not in ORDINAL_TABLES:
        return pairs
    group = lambda values: tuple(plain(values.get(k)) for k in keys[:-1])  # noqa: E731
    for g in dict.fromkeys(group(s) for s in specs):
        want = [i for i, s in enumerate(specs) if group(s) == g]
        # in the order the output gives them (their running number; the copies' vote can take a row from
        # a later copy, so the line alone does not say the order), then by line
        have = sorted((r for r in ordered if group(r) == g), key=_running_order(keys[-1]))
        if not have:
            continue
        score = [[_row_score(specs[i], r) for r in have] for i in want]
        place = {id(r): b for b, r in enumerate(have)}
        by_keys = sum(score[a][place[id(pairs[i])]] for a, i in enumerate(want) if i in pairs and id(pairs[i]) in place)
        # best[a][b]: the most facts that agree aligning want[a:] with have[b:]
        n, m = len(want), len(have)
        best = [[0] * (m + 1) for _ in range(n + 1)]
        for a in range(n - 1, -1, -1):
            for b in range(m - 1, -1, -1):
                take = score[a][b] + best[a + 1][b + 1] if score[a][b] else -1
                best[a][b] = max(take, best[a + 1][b], best[a][b + 1])
        if best[0][0] <= by_keys:
            continue
        for i in want:
            pairs.pop(i, None)
        a = b = 0
        while a < n and b < m:
            if score[a][b] and best[a][b] == score[a][b] + best[a + 1][b + 1]:
                pairs[want[a]] = have[b]
                a, b = a + 1, b + 1
            elif best[a][b] == best[a + 1][b]:
                a += 1
            else:
                b += 1
    return pairs


def _row_label(table: str, row: dict[str, Any]) -> str:
    parts = [f"{k}={plain(row.get(k))}" for k in ROW_KEYS.get(table, ()) if row.get(k) is not None]
    return f"{table}[{', '.join(parts)}]"


def _name_of(spec: Any) -> str:
    if isinstance(spec, str):
        return spec
    if isinstance(spec, dict):
        if spec.get("one_of"):
            return _name_of(spec["one_of"][0])
        return spec.get("startswith", "")
    return ""


def pair_projects(specs: list[dict[str, Any]], rows: list[dict[str, Any]]) -> dict[int, dict[str, Any]]:
    """Expected project index -> the output project that is the same project:
    same code if the expected one has a code (else a near-identical name, or
    a similar one where the read code is lost or within CODE_SLIPS edits),
    else the most similar name (with plan_status and group_seq agreeing as
    a bonus); greedy, best first."""
    scored: list[tuple[float, int, int]] = []
    for i, spec in enumerate(specs):
        code = spec.get("project_code")
        name = soft_text(_name_of(spec.get("name")))
        for j, row in enumerate(rows):
            if isinstance(code, str) and code:
                if row.get("project_code") and soft_text(row["project_code"]) == soft_text(code):
                    score = 200.0
                else:
                    score = fuzz.ratio(name, soft_text(row.get("name") or "")) if name else 0.0
                    # a code was expected: only a near-identical name pairs, or a name like it (PROJECT_NAME_MATCH)
                    # where the read project has no code (unreadable: its name is all there is to tell it by, as in
                    # a form without codes) or one within CODE_SLIPS edits of the expected one (OCR read a digit
                    # more, less or other): the same project with its code wrong or lost, scored so, not a
                    # project lost and another made
                    read = row.get("project_code")
                    if score < 90 and read and Levenshtein.distance(soft_text(read), soft_text(code)) > CODE_SLIPS:
                        score = 0.0
            else:
                score = fuzz.ratio(name, soft_text(row.get("name") or "")) if name else 0.0
            if all(k in spec for k in ("plan_status", "group_seq")):
                if (spec["plan_status"], spec["group_seq"]) == (row.get("plan_status"), row.get("group_seq")):
                    score += 15.0
            if score >= PROJECT_NAME_MATCH:
                scored.append((score, i, j))
    pairs: dict[int, dict[str, Any]] = {}
    used: set[int] = set()
    for score, i, j in sorted(scored, key=lambda t: (-t[0], t[1], t[2])):
        if i in pairs or j in used:
            continue
        pairs[i] = rows[j]
        used.add(j)
    if not scored and len(specs) == 1 and len(rows) == 1:
        pairs[0] = rows[0]  # one project each side: the same project, however badly its name was read
    return pairs


def score_document(exp: Expected, output: Output) -> list[Cell]:
    doc = output.document_for(exp)
    tables = output.by_doc.get(doc["doc_id"], {}) if doc else {}
    return _Scorer(exp, doc, tables).score()


# ---------------------------------------------------------------- report

@dataclass
class Report:
    cells: list[Cell]
    expected: list[Expected]
    label: str = ""

    def counts(self, group: callable, soft: bool = True) -> dict[Any, Counts]:
        out: dict[Any, Counts] = defaultdict(Counts)
        for cell in self.cells:
            for key in _as_keys(group(cell)):
                out[key].add(cell.soft if soft else cell.strict)
        return dict(out)

    def total(self, soft: bool = True) -> Counts:
        return self.counts(lambda c: "all", soft).get("all", Counts())

    def misses(self) -> list[Cell]:
        return [c for c in self.cells if c.soft != "ok"]

    def silent(self) -> list[Cell]:
        return [c for c in self.misses() if not c.flagged]

    def by_variant(self, soft: bool = True) -> dict[str, Counts]:
        variants = {e.name: e.variants for e in self.expected}
        return self.counts(lambda c: variants.get(c.document, []), soft)

    def field_scores(self) -> dict[str, float]:
        """Soft F1 per form and field: what a baseline saves."""
        return {k: round(v.f1, 6) for k, v in sorted(self.counts(lambda c: f"{c.form}/{c.field_name}").items())}


def _as_keys(value: Any) -> list[Any]:
    return list(value) if isinstance(value, list) else [value]


def pct(x: float) -> str:
    return f"{100 * x:.1f}"


def render_text(report: Report, max_misses: int = 40) -> str:
    """The check as a plain-text table a person reads (see module doc)."""
    lines: list[str] = []
    soft, strict = report.total(True), report.total(False)
    n_docs = len(report.expected)
    misses, silent = report.misses(), report.silent()
    title = f"raingan check{' ' + report.label if report.label else ''}: {n_docs} documents, {soft.tp + soft.fn} facts"
    lines.append(title)
    lines.append(f"soft  P {pct(soft.precision)}  R {pct(soft.recall)}  F1 {pct(soft.f1)}    "
                 f"strict  P {pct(strict.precision)}  R {pct(strict.recall)}  F1 {pct(strict.f1)}    "
                 f"misses {len(misses)} (silent {len(silent)})")
    lines.append("")
    lines += _table(["form", "docs", "facts", "P", "R", "F1 soft", "F1 strict", "misses", "silent"], [
        [form, str(sum(1 for e in report.expected if e.form == form)), str(c.tp + c.fn), pct(c.precision),
         pct(c.recall), pct(c.f1), pct(report.counts(lambda x: x.form, False)[form].f1),
         str(sum(1 for m in misses if m.form == form)), str(sum(1 for m in silent if m.form == form))]
        for form, c in sorted(report.counts(lambda x: x.form).items())])
    variants = report.by_variant()
    if variants:
        lines.append("")
        strict_v = report.by_variant(False)
        rows = sorted(variants.items(), key=lambda kv: (kv[1].f1, kv[0]))
        lines += _table(["variant", "facts", "F1 soft", "F1 strict"],
                        [[v, str(c.tp + c.fn), pct(c.f1), pct(strict_v[v].f1)] for v, c in rows])
    fields = report.counts(lambda c: (c.form, c.field_name))
    strict_f = report.counts(lambda c: (c.form, c.field_name), False)
    bad = [(k, c) for k, c in fields.items() if c.f1 < 1.0 or strict_f[k].f1 < 1.0]
    if bad:
        lines.append("")
        lines += _table(["form", "field", "facts", "P", "R", "F1 soft", "F1 strict", "silent"], [
            [form, name, str(c.tp + c.fn), pct(c.precision), pct(c.recall), pct(c.f1), pct(strict_f[(form, name)].f1),
             str(sum(1 for m in silent if (m.form, m.field_name) == (form, name)))]
            for (form, name), c in sorted(bad, key=lambda kv: (kv[1].f1, kv[0]))])
    docs = report.counts(lambda c: c.document)
    worst = sorted(((c.f1, d) for d, c in docs.items() if c.f1 < 1.0))
    if worst:
        lines.append("")
        lines += _table(["document", "F1 soft", "misses", "silent"], [
            [d, pct(f), str(sum(1 for m in misses if m.document == d)), str(sum(1 for m in silent if m.document == d))]
            for f, d in worst[:20]])
    if misses:
        lines.append("")
        lines.append(f"misses ({min(len(misses), max_misses)} of {len(misses)}; silent first):")
        ordered = sorted(misses, key=lambda m: (m.flagged, m.document, m.row, m.column))
        for m in ordered[:max_misses]:
            where = f"lines {m.lines[0]}-{m.lines[1]}" if m.lines[0] else "no lines"
            lines.append(f"  {m.document}  {m.row}  {m.column}: {m.soft}{'' if m.flagged else ' SILENT'}  ({where})")
            lines.append(f"      expected: {_short(describe(m.expected))}")
            lines.append(f"      got:      {_short(describe(m.got))}")
    return "\n".join(lines)


def _short(text: str, n: int = 150) -> str:
    text = text.replace("\n", " ")
    return text if len(text) <= n else text[: n - 1] + "…"


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    fmt = lambda r: "  ".join(str(v).ljust(w) if i < 2 else str(v).rjust(w)  # noqa: E731
                              for i, (v, w) in enumerate(zip(r, widths)))
    return [fmt(header), "  ".join("-" * w for w in widths), *[fmt(r) for r in rows]]


def report_json(report: Report) -> dict[str, Any]:
    def counts(c: Counts) -> dict[str, Any]:
        return {"tp": c.tp, "fp": c.fp, "fn": c.fn, "precision": round(c.precision, 6),
                "recall": round(c.recall, 6), "f1": round(c.f1, 6)}

    return {
        "documents": len(report.expected),
        "soft": counts(report.total(True)),
        "strict": counts(report.total(False)),
        "by_form": {k: counts(v) for k, v in sorted(report.counts(lambda c: c.form).items())},
        "by_variant": {k: counts(v) for k, v in sorted(report.by_variant().items())},
        "by_field": {f"{k[0]}/{k[1]}": counts(v) for k, v in sorted(report.counts(lambda c: (c.form, c.field_name)).items())},
        "by_document": {k: counts(v) for k, v in sorted(report.counts(lambda c: c.document).items())},
        "misses": [{**asdict(m), "expected": m.expected, "got": m.got} for m in report.misses()],
    }


# ---------------------------------------------------------------- baseline and update

def baseline_failures(report: Report, baseline: dict[str, float]) -> list[str]:
    """Fields whose soft F1 fell below the saved baseline."""
    now = report.field_scores()
    out = []
    for name, saved in sorted(baseline.items()):
        if name in now and now[name] + 1e-9 < saved:
            out.append(f"{name}: F1 {pct(now[name])} below the baseline {pct(saved)}")
    return out


def write_baseline(report: Report, path: Path) -> None:
    data = {"format": "raingan-baseline/1", "fields": report.field_scores()}
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")


def read_baseline(path: Path) -> dict[str, float]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise CheckError(f"baseline {path}: {exc}") from exc
    if data.get("format") != "raingan-baseline/1":
        raise CheckError(f"baseline {path}: not a raingan-baseline/1 file")
    return data["fields"]


def updated_expected(exp: Expected, output: Output) -> dict[str, Any]:
    """The expected file rewritten from the output: every scored value that
    the output no longer satisfies is replaced by what was read, rows the
    output adds or drops are added or dropped.  For a person to review in the
    diff, never to be committed unread."""
    doc = output.document_for(exp)
    tables = output.by_doc.get(doc["doc_id"], {}) if doc else {}
    data = json.loads(json.dumps(exp.data))

    def refresh(spec: dict[str, Any], row: dict[str, Any] | None, skip: Iterable[str] = ()) -> dict[str, Any]:
        if row is None:
            return spec
        for column in list(spec):
            if column in skip or column.startswith("_") or column not in row:
                continue
            if not value_matches(spec[column], row[column], False, column):
                spec[column] = plain(row[column])
        return spec

    if doc is not None:
        refresh(data.setdefault("document", {}), doc)
    if "report_summary" in data:
        rows = tables.get("report_summaries", [])
        refresh(data["report_summary"], rows[0] if rows else None)
    if "projects" in data:
        pairs = pair_projects(data["projects"], tables.get("projects", []))
        for i, spec in enumerate(data["projects"]):
            row = pairs.get(i)
            refresh(spec, row, CHILD_TABLES)
            if row is None:
                continue
            for table in CHILD_TABLES:
                if table not in spec:
                    continue
                keys = ROW_KEYS[table]
                columns = sorted({c for r in spec[table] for c in r} | set(keys))
                rows = sorted((r for r in tables.get(table, []) if r.get("project_key") == row["project_key"]),
                              key=lambda r: r.get("line_start") or 0)
                old = defaultdict(list)
                for r in spec[table]:
                    old[tuple(r.get(k) for k in keys)].append(r)
                new_rows = []
                for r in rows:
                    key = tuple(plain(r.get(k)) for k in keys)
                    base = old[key].pop(0) if old.get(key) else {c: None for c in columns}
                    new_rows.append(refresh(dict(base), r))
                spec[table] = new_rows
    note = data.get("note", "")
    if "raingan check --update" not in note:
        data["note"] = (note + " " if note else "") + "Values updated from output by raingan check --update: review the diff."
    return data


def write_expected(path: Path, data: dict[str, Any]) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


# ---------------------------------------------------------------- entry point

@dataclass
class CheckResult:
    report: Report
    failures: list[str] = field(default_factory=list)
    output: Output | None = None

    @property
    def ok(self) -> bool:
        return not self.failures


def run_check(paths: list[str | Path], *, out: str | Path | None = None, sources: str | Path | None = None,
              min_f1: float | None = None, baseline: str | Path | None = None, update: bool = False,
              workers: int | None = None, label: str = "") -> CheckResult:
    """Score the output for `paths` (expected files); see module doc."""
    if not paths:
        raise CheckError("no expected files given")
    expected = [load_expected(p, sources) for p in paths]
    output = read_output(out) if out else ingest_sources(expected, workers)
    cells: list[Cell] = []
    for exp in expected:
        cells.extend(score_document(exp, output))
    report = Report(cells, expected, label)
    failures = []
    if min_f1 is not None:
        f1 = report.total().f1
        if f1 + 1e-12 < min_f1:
            failures.append(f"soft F1 {pct(f1)} % is below --min {pct(min_f1)} %")
    if baseline is not None:
        failures += baseline_failures(report, read_baseline(Path(baseline)))
    if update:
        for exp in expected:
            write_expected(exp.path, updated_expected(exp, output))
    return CheckResult(report, failures, output)


def parse_min(text: str) -> float:
    """--min as a fraction: "0.99" or "99" (percent)."""
    try:
        value = float(text)
    except ValueError as exc:
        raise CheckError(f"--min must be a number, not {text!r}") from exc
    if math.isnan(value) or value < 0 or value > 100:
        raise CheckError(f"--min must be between 0 and 1 (or 0 and 100 as a percentage), not {text}")
    return value / 100 if value > 1 else value
