"""Stage validate: plain row dicts -> rows checked against schemas.rows.

A row that fails is not a crash: the offending fields are set to null (when
the column allows it) and an `invalid_value` issue keeps the original value;
a row that still fails (a required column is bad) is left out and an
`invalid_row` issue carries the whole row, so nothing is lost silently.
"""

from __future__ import annotations

import json
from typing import Any

from pydantic import ValidationError

from schemas.arrow import TABLES
from schemas.document import Issue

# Columns each table may null out when their value fails validation.
_NULLABLE: dict[str, frozenset[str]] = {
    name: frozenset(f for f, info in spec.model.model_fields.items() if not info.is_required())
    for name, spec in TABLES.items()
}


def _jsonable(value: Any) -> Any:
    """A value as JSON can hold it (Decimals and dates as text)."""
    return json.loads(json.dumps(value, ensure_ascii=False, default=str, sort_keys=True))


def validate_rows(table: str, rows: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[Issue]]:
    model = TABLES[table].model
    names = tuple(model.model_fields)
    good: list[dict[str, Any]] = []
    issues: list[Issue] = []
    for row in rows:
        try:
            obj = model.model_validate(row)
        except ValidationError as exc:
            obj = _salvage(table, row, exc, issues)
            if obj is None:
                continue
        values = obj.__dict__
        good.append({n: values[n] for n in names})
    return good, issues


def _salvage(table: str, row: dict[str, Any], exc: ValidationError, issues: list[Issue]) -> Any:
    model = TABLES[table].model
    bad = {str(e["loc"][0]) for e in exc.errors() if e["loc"]}
    fixable = bad <= _NULLABLE[table]
    where = dict(project_key=row.get("project_key"), line_start=row.get("line_start"), line_end=row.get("line_end"))
    if fixable:
        patched = dict(row)
        for name in bad:
            issues.append(Issue("warning", "invalid_value",
                                f"{table}.{name} = {row.get(name)!r} fails validation and is left empty: "
                                + "; ".join(e["msg"] for e in exc.errors() if e["loc"] and e["loc"][0] == name),
                                {"value": _jsonable(row.get(name))}, field=f"{table}.{name}", **where))
            patched[name] = None
        try:
            return model.model_validate(patched)
        except ValidationError as exc2:
            exc = exc2
    issues.append(Issue("error", "invalid_row",
                        f"a {table} row fails validation and is left out: "
                        + "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors()),
                        {"row": _jsonable(row)}, field=table, **where))
    return None


def repeated_keys(tables: dict[str, list[dict[str, Any]]]) -> list[Issue]:
    """A `repeated_row` warning for each row of a project's child table
    whose key (schemas.arrow.TableSpec.key: an OBEC project's budget by
    fiscal year and quarter, a report entry by its number) another row of
    the same project holds too: both are kept, and one may be text of another
    part of the document read into this project (a summary's chart caption
    read as the project's budget section), so neither is a plain reading."""
    out: list[Issue] = []
    for table, rows in tables.items():
        spec = TABLES.get(table)
        if spec is None or not spec.key:
            continue
        groups: dict[tuple[Any, ...], list[dict[str, Any]]] = {}
        for row in rows:
            values = tuple(row.get(k) for k in spec.key)
            if all(v is not None for v in values):
                groups.setdefault((row.get("project_key"), *values), []).append(row)
        for (project_key, *values), same in groups.items():
            if len(same) < 2:
                continue
            key = ", ".join(f"{k}={v}" for k, v in zip(spec.key, values))
            where = "; ".join(f"lines {r.get('line_start')}-{r.get('line_end')}" for r in same)
            for row in same:
                out.append(Issue("warning", "repeated_row",
                                 f"{table}: {len(same)} rows of the project have the same key ({key}: {where}); "
                                 "all are kept, and one may be read from another part of the document",
                                 {"key": key}, row.get("line_start"), row.get("line_end"),
                                 project_key=project_key, field=table))
    return out
