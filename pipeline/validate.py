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

from schemas.document import Issue
from schemas.arrow import TABLES

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
