"""The table reference (`raingan schema`, the README's "Table reference"):
every table and column of the data dictionary and the issue codes, as
Markdown, JSON or plain text, generated from schemas.rows and
schemas.issue_codes, never written by hand."""

from __future__ import annotations

import json
from typing import Any

from schemas.arrow import TABLES, TableSpec
from schemas.dictionary import SCHEMA_VERSION, ColumnDoc
from schemas.issue_codes import CODES

FORMATS = ("text", "md", "json")


class UnknownTable(ValueError):
    """A table name that is not one of the output tables."""


def specs(table: str | None = None) -> list[TableSpec]:
    if table is None:
        return list(TABLES.values())
    if table not in TABLES:
        raise UnknownTable(f"no table {table!r}; the tables are: {', '.join(TABLES)}")
    return [TABLES[table]]


def _cell(text: Any) -> str:
    return str(text if text is not None else "").replace("|", "\\|").replace("\n", " ")


def _type(col: ColumnDoc) -> str:
    return col.type + ("" if col.nullable else ", not null")


def _unit_values(col: ColumnDoc) -> str:
    parts = [col.unit] if col.unit else []
    if col.values:
        parts.append(f"values: {col.values}" if "," in col.values else col.values)
    return "; ".join(parts)


def render_md(table: str | None = None) -> str:
    """The reference as Markdown (the README holds `render_md()` between markers)."""
    out = [f"Schema version {SCHEMA_VERSION} (each Parquet file's metadata `raingan.schema_version`; every column "
           "carries `description`, `description_th`, `unit`, `values` and `source` as field metadata).", ""]
    chosen = specs(table)
    if table is None:
        out += ["| table | one row per | ตาราง | rows ordered by |", "|---|---|---|---|"]
        out += [f"| [`{s.name}`](#table-{s.name}) | {_cell(s.description)} | {_cell(s.description_th)} "
                f"| {', '.join(s.sort_by)} |" for s in chosen]
        out.append("")
    for s in chosen:
        out += [f"#### Table {s.name}", "", f"{s.description} ({s.description_th})", "",
                "| column | type | unit / values | description | คำอธิบาย | read from |", "|---|---|---|---|---|---|"]
        for col in s.columns():
            out.append(f"| `{col.name}` | {_type(col)} | {_cell(_unit_values(col))} | {_cell(col.description)} "
                       f"| {_cell(col.description_th)} | {_cell(col.source_text())} |")
        out.append("")
    if table in (None, "issues"):
        out += ["#### Issue codes", "",
                "`issues.code` takes these values; `evidence` is a JSON object of the keys shown (or null). Scope: "
                "`project` issues carry the project_key, `report` ones are about an OBEC report's summary, "
                "`document` ones about the file.", "",
                "| code | severity | scope | meaning | ความหมาย | evidence |", "|---|---|---|---|---|---|"]
        for c in CODES:
            out.append(f"| `{c.code}` | {c.severity_text} | {c.scope} | {_cell(c.meaning)} | {_cell(c.meaning_th)} "
                       f"| {_cell(c.evidence_text)} |")
        out.append("")
    return "\n".join(out).rstrip("\n") + "\n"


def as_json(table: str | None = None) -> dict[str, Any]:
    data: dict[str, Any] = {"schema_version": SCHEMA_VERSION, "tables": {}}
    for s in specs(table):
        data["tables"][s.name] = {
            "description": s.description, "description_th": s.description_th, "sort_by": list(s.sort_by),
            "columns": [{"name": c.name, "type": c.type, "nullable": c.nullable, "description": c.description,
                         "description_th": c.description_th, "unit": c.unit, "values": c.values, "source": c.source}
                        for c in s.columns()],
        }
    if table in (None, "issues"):
        data["issue_codes"] = [{"code": c.code, "severity": list(c.severity), "scope": c.scope, "meaning": c.meaning,
                                "meaning_th": c.meaning_th, "evidence": c.evidence} for c in CODES]
    return data


def render_json(table: str | None = None) -> str:
    return json.dumps(as_json(table), ensure_ascii=False, indent=1) + "\n"


def render_text(table: str | None = None) -> str:
    out = []
    for s in specs(table):
        out.append(f"{s.name}: {s.description} ({s.description_th})")
        for c in s.columns():
            extra = _unit_values(c)
            out.append(f"  {c.name}: {_type(c)}{f' [{extra}]' if extra else ''}")
            out.append(f"      {c.description} / {c.description_th}")
        out.append("")
    if table in (None, "issues"):
        out.append("issue codes:")
        out += [f"  {c.code} ({c.severity_text}, {c.scope}): {c.meaning}; evidence {c.evidence_text}" for c in CODES]
    return "\n".join(out).rstrip("\n") + "\n"


def render(fmt: str, table: str | None = None) -> str:
    return {"text": render_text, "md": render_md, "json": render_json}[fmt](table)


BEGIN = "<!-- BEGIN raingan schema --format md (generated: make readme) -->"
END = "<!-- END raingan schema --format md -->"


def readme_block(text: str) -> str | None:
    """What stands between the markers in a README (None without them)."""
    a, b = text.find(BEGIN), text.find(END)
    if a < 0 or b < a:
        return None
    return text[a + len(BEGIN):b].strip("\n") + "\n"


def update_readme(text: str) -> str:
    """The README with the reference between the markers regenerated."""
    a, b = text.find(BEGIN), text.find(END)
    if a < 0 or b < a:
        raise ValueError(f"the README has no {BEGIN} ... {END} block")
    return text[: a + len(BEGIN)] + "\n" + render_md() + text[b:]


if __name__ == "__main__":  # python -m schemas.reference README.md: regenerate the README's reference
    import sys
    from pathlib import Path

    readme = Path(sys.argv[1] if len(sys.argv) > 1 else "README.md")
    old = readme.read_text(encoding="utf-8")
    new = update_readme(old)
    if new != old:
        readme.write_text(new, encoding="utf-8")
    print(f"{readme}: {'updated' if new != old else 'up to date'}")
