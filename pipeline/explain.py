"""`raingan inspect FILE`: why each value of one document is what it is.

The file goes through the same stages as in a run (pipeline.stages.run_stages,
no OUT folder), and the document state is laid out for a person:

* the cleaned text, each line with its kind (text, or the furniture it was
  recognised as: page header, page number, signature, OCR noise, ...);
* every field of every record: the value kept, the text it was read from and
  the line that text stands on, the rule that read it (the form field of
  the data dictionary and the form's anchors found on that line), the
  converter, each copy's reading and the vote (groups, tie-break);
* the repairs (value_repaired, repair_ambiguous) and cross-checks on it;
* the rows the file gives, its issues, and the text no rule placed.

`explain` returns plain data (the JSON format); pipeline.explain_render
turns it into text or a self-contained HTML page.
"""

from __future__ import annotations

import importlib
import importlib.util
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from normalizers.text import comparable
from pipeline.stages import DocState, run_stages
from pipeline.vote import OUTPUT_TABLES, output_field
from schemas.arrow import TABLES
from schemas.document import DOC_TYPES, Reading

REPAIR_CODES = ("value_repaired", "repair_ambiguous")


class InspectError(ValueError):
    """The file cannot be inspected (it does not exist, is a folder, ...)."""


def plain(value: Any) -> Any:
    if isinstance(value, Decimal):
        return f"{value:.2f}"
    if isinstance(value, date):
        return value.isoformat()
    if value is None or isinstance(value, (int, float, str, bool)):
        return value
    return str(value)


def _record_label(key: Any) -> str:
    if isinstance(key, tuple):
        return "/".join(str(k) for k in key if k is not None)
    return str(key)


@dataclass
class _Form:
    """What the form package says about its fields: label and converter of
    each project column it reads from a labelled field; its anchors."""

    labels: dict[str, tuple[str, str]]  # column -> (label, converter)
    anchors: Any  # parsers.anchors.AnchorSet | None


def _form(doc_type: str) -> _Form:
    labels: dict[str, tuple[str, str]] = {}
    anchors = None
    for sub in ("fields", "anchors"):  # where a form package declares its fields and anchors
        name = f"parsers.{doc_type}.{sub}"
        if doc_type not in DOC_TYPES or importlib.util.find_spec(name) is None:
            continue
        module = importlib.import_module(name)
        spec = getattr(module, "FORM", None)
        if spec is not None:
            anchors = spec.anchors
            for f in spec.fields.values():
                for column in f.columns:
                    labels[column] = (f.label, getattr(f.convert, "__name__", "convert"))
        anchors = anchors or getattr(module, "ANCHORS", None)
    return _Form(labels, anchors)


def _source(doc_type: str, column: str) -> str | None:
    table, _, name = column.partition(".")
    spec = TABLES.get(table)
    if spec is None or name not in spec.model.model_fields:
        return None
    extra = spec.model.model_fields[name].json_schema_extra or {}
    source = extra.get("source") if isinstance(extra, dict) else None
    if isinstance(source, dict):
        return source.get(doc_type)
    return source


class _Lines:
    """The document's lines, raw and cleaned, by number."""

    def __init__(self, doc: DocState):
        self.raw = doc.text.splitlines()
        self.clean = {ln.no: ln for ln in doc.lines}

    def raw_text(self, no: int) -> str:
        return self.raw[no - 1] if 0 < no <= len(self.raw) else ""

    def locate(self, printed: str, start: int, end: int) -> list[int]:
        """The lines of start..end on which `printed` stands (the value's own
        line inside a record's span); empty when it is on none alone."""
        want = comparable(printed or "")
        if not want:
            return []
        found = [no for no in range(start, end + 1)
                 if no in self.clean and want in comparable(self.clean[no].text)]
        return found[:3]


def _anchors_on(form: _Form, lines: _Lines, nos: list[int]) -> list[str]:
    if form.anchors is None:
        return []
    out = []
    for no in nos:
        ln = lines.clean.get(no)
        if ln is None or ln.kind != "text":
            continue
        for hit in form.anchors.scan(ln.text):
            label = f"{hit.anchor.kind} {hit.key!r} '{hit.anchor.text}'" + ("" if hit.score >= 100 else f" (fuzzy {hit.score:.0f})")
            if label not in out:
                out.append(label)
    return out


def _reading(copy: int, r: Reading, lines: _Lines, form: _Form) -> dict[str, Any]:
    at = lines.locate(r.text, r.line_start, r.line_end) if r.line_start is not None else []
    nos = at or ([r.line_start] if r.line_start is not None else [])  # (a reading without lines shows none)
    return {"copy": copy + 1, "value": plain(r.value), "printed": r.text.strip(), "lines": [r.line_start, r.line_end],
            "found_on": at, "source_lines": {no: lines.raw_text(no) for no in nos},
            "anchors": _anchors_on(form, lines, nos)}


def _project_of(part: Any, table: str, key: Any) -> str | None:
    keys = [row["project_key"] for row in part.tables.get("projects", [])]
    if len(keys) == 1:
        return keys[0]
    if table == "project":
        return part.project_keys.get(key)
    if isinstance(key, tuple) and len(key) >= 2:
        return part.project_keys.get(key[:2])
    return None


def _fields(doc: DocState, lines: _Lines, form: _Form) -> list[dict[str, Any]]:
    out = []
    for g, merged in enumerate(doc.merged):
        group = doc.groups[g] if g < len(doc.groups) else []
        part = doc.parts[g] if g < len(doc.parts) else None
        for table, records in merged.tables.items():
            for key, record in records.items():
                for name, kept in record.items():
                    column = output_field(table, name)
                    readings = []
                    vote = merged.votes.get((table, key, name))
                    if vote is not None:
                        groups = [{"value": plain(grp.representative()[1].value), "copies": [c + 1 for c in grp.copies]}
                                  for grp in vote.groups]
                        for grp in vote.groups:
                            readings += [_reading(c, r, lines, form) for c, r in grp.readings]
                        voted = plain(vote.winner.value)
                        tie, overruled = vote.tie_break, vote.overruled
                    else:
                        copy = group[0].index if group else 0
                        readings = [_reading(copy, kept, lines, form)]
                        groups, voted, tie, overruled = [], plain(kept.value), None, None
                    readings.sort(key=lambda r: r["copy"])
                    label, converter = form.labels.get(name, (None, None)) if table == "project" else (None, None)
                    out.append({
                        "project_key": _project_of(part, table, key) if part is not None else None,
                        "table": OUTPUT_TABLES.get(table, table), "record": _record_label(key), "field": column,
                        "value": plain(kept.value), "voted": voted, "repaired": plain(kept.value) != voted,
                        "printed": kept.text.strip(), "lines": [kept.line_start, kept.line_end],
                        "rule": {"label": label, "converter": converter, "source": _source(doc.doc_type, column),
                                 "internal": f"{table}.{name}" if name != column.split(".", 1)[1] else None},
                        "readings": readings, "vote": {"groups": groups, "tie_break": tie, "overruled": overruled},
                    })
    return out


def _issue(issue: Any) -> dict[str, Any]:
    return {"code": issue.code, "severity": issue.severity, "field": issue.field, "project_key": issue.project_key,
            "message": issue.message, "evidence": issue.evidence, "lines": [issue.line_start, issue.line_end]}


def _touches(issue: dict[str, Any], f: dict[str, Any]) -> bool:
    """Whether an issue is about a field's record: same column (or table), and
    lines that meet the record's or one copy's reading."""
    name = issue["field"] or ""
    if name not in (f["field"], f["table"]) or issue["lines"][0] is None:
        return False
    if issue["project_key"] and f["project_key"] and issue["project_key"] != f["project_key"]:
        return False
    spans = [f["lines"]] + [r["lines"] for r in f["readings"]]
    return any(a <= issue["lines"][1] and issue["lines"][0] <= b for a, b in spans)


def matches(name: str, f: dict[str, Any]) -> bool:
    """--field NAME: a column (disbursed), a table.column or a table."""
    column = f["field"].split(".", 1)[1]
    return name in (f["field"], f["table"], column, f["rule"]["internal"])


def explain(path: str | Path, field: str | None = None) -> dict[str, Any]:
    """What `raingan inspect` shows, as plain data (see module doc)."""
    path = Path(path)
    if not path.exists():
        raise InspectError(f"no such file: {path}")
    if not path.is_file():
        raise InspectError(f"{path} is not a file")
    doc = run_stages(path.as_posix(), path.read_bytes())
    lines = _Lines(doc)
    form = _form(doc.doc_type)
    issues = [_issue(i) for i in doc.issues]
    fields = _fields(doc, lines, form)
    for f in fields:
        f["issues"] = [i for i in issues if _touches(i, f)]
    if field:
        fields = [f for f in fields if matches(field, f)]
        wanted = {f["field"] for f in fields} | {f["table"] for f in fields} | {field}
        issues = [i for i in issues if (i["field"] or "") in wanted or (i["field"] or "").split(".")[-1] == field]
    shown = sorted({no for f in fields for r in f["readings"] for no in range(r["lines"][0], r["lines"][1] + 1)})
    text = [{"no": ln.no, "kind": ln.kind, "text": lines.raw_text(ln.no), "clean": ln.text}
            for ln in doc.lines if not field or ln.no in set(shown)]
    unplaced = [{"copy": c.index + 1, "lines": [ln.no, ln.no], "text": ln.text} for c in doc.copies for ln in c.unplaced]
    return {
        "source_path": path.as_posix(), "doc_id": doc.doc_id, "doc_type": doc.doc_type, "encoding": doc.encoding,
        "status": "failed" if doc.error else ("partial" if any(i["severity"] == "error" for i in issues) else "ok"),
        "error": doc.error, "coverage": doc.coverage, "field": field,
        "n_lines": len(lines.raw), "fixes": doc.fixes,
        "copies": [{"copy": c.index + 1, "lines": [c.line_start, c.line_end], "identity": list(c.identity)}
                   for c in doc.copies],
        "lines": text,
        "fields": fields,
        "repairs": [i for i in issues if i["code"] in REPAIR_CODES],
        "issues": [i for i in issues if i["code"] not in REPAIR_CODES],
        "rows": {t: [{k: plain(v) for k, v in r.items()} for r in rows] for t, rows in doc.tables.items() if rows},
        "unplaced": unplaced if not field else [],
    }
