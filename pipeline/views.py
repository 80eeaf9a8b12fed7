"""DuckDB views over an output folder: OUT/raingan.duckdb.sql (written by
every run) and `raingan sql OUT`.

    cd OUT && duckdb -init raingan.duckdb.sql
    raingan sql OUT > views.sql && duckdb -init views.sql      # from anywhere

One view per table (read_parquet of its file), and views that join a
project to what an analyst asks about it: project_overview (one row a
project: its latest report, totals, issue and repair counts, its file),
project_reports, project_expenses, project_budgets, project_issues (with the
evidence as JSON) and repairs (each repaired value: the rule, the printed
text, the value chosen).  The file in OUT names the tables by relative path,
so the folder can be moved; `raingan sql` adds the folder's absolute path
(DuckDB's file_search_path).
"""

from __future__ import annotations

from pathlib import Path

from schemas.names import SCHEMA_VERSION, TABLE_NAMES

VIEWS_FILE = "raingan.duckdb.sql"

JOINED = """
-- one row per project: its latest report, totals, issue and repair counts, the file it was read from
CREATE OR REPLACE VIEW project_overview AS
SELECT p.project_key, p.doc_type, p.project_code, p.name, p.agency, p.fiscal_year_be, p.fiscal_year,
       p.plan_status, p.budget_allocated, p.budget_spent,
       r.n_reports, r.last_report_seq, r.last_report_date, r.last_progress_pct, r.total_disbursed,
       b.budget_planned, b.budget_disbursed,
       coalesce(i.n_issues, 0) AS n_issues, coalesce(i.n_errors, 0) AS n_errors,
       coalesce(i.n_repairs, 0) AS n_repairs, d.source_path
FROM projects p
LEFT JOIN (SELECT project_key, count(*) AS n_reports, max(seq) AS last_report_seq,
                  max(report_date) AS last_report_date, arg_max(progress_pct, seq) AS last_progress_pct,
                  sum(disbursed) AS total_disbursed
           FROM progress_reports GROUP BY project_key) r USING (project_key)
LEFT JOIN (SELECT project_key, sum(planned) AS budget_planned, sum(disbursed) AS budget_disbursed
           FROM quarterly_budgets GROUP BY project_key) b USING (project_key)
LEFT JOIN (SELECT project_key, count(*) AS n_issues, count(*) FILTER (WHERE severity = 'error') AS n_errors,
                  count(*) FILTER (WHERE code = 'value_repaired') AS n_repairs
           FROM issues WHERE project_key IS NOT NULL GROUP BY project_key) i USING (project_key)
LEFT JOIN documents d ON d.doc_id = p.doc_id;

-- report entries (BMA progress forms) with their project
CREATE OR REPLACE VIEW project_reports AS
SELECT p.name AS project_name, p.agency, p.fiscal_year_be, p.fiscal_year, r.*
FROM progress_reports r JOIN projects p USING (project_key);

-- expense lines with their project (report_seq null: a proposal's budget)
CREATE OR REPLACE VIEW project_expenses AS
SELECT p.name AS project_name, p.agency, p.fiscal_year_be, p.fiscal_year, e.*
FROM expenses e JOIN projects p USING (project_key);

-- quarterly budgets (OBEC) with their project
CREATE OR REPLACE VIEW project_budgets AS
SELECT p.name AS project_name, p.agency, p.plan_status, b.*
FROM quarterly_budgets b JOIN projects p USING (project_key);

-- issues with their project and file; evidence as JSON (json_extract(evidence_json, '$.text'))
CREATE OR REPLACE VIEW project_issues AS
SELECT i.*, p.name AS project_name, d.source_path, json(i.evidence) AS evidence_json
FROM issues i LEFT JOIN projects p USING (project_key) LEFT JOIN documents d ON d.doc_id = i.doc_id;

-- every repaired value: the rule that chose it, the printed text, the value read and the value chosen
CREATE OR REPLACE VIEW repairs AS
SELECT i.doc_id, i.project_key, i.field, i.line_start, i.line_end,
       json_extract_string(i.evidence, '$.rule') AS rule, json_extract_string(i.evidence, '$.printed') AS printed,
       json_extract_string(i.evidence, '$.read') AS read, json_extract_string(i.evidence, '$.chosen') AS chosen,
       i.message
FROM issues i WHERE i.code = 'value_repaired';
"""


def views_sql(out_dir: Path | None = None) -> str:
    """The views; with `out_dir`, the tables are found in that folder from
    anywhere (its absolute path as DuckDB's file_search_path)."""
    lines = [f"-- raingan views (schema version {SCHEMA_VERSION}): cd into the output folder and run",
             f"--   duckdb -init {VIEWS_FILE}",
             "-- or from anywhere: raingan sql OUT > views.sql && duckdb -init views.sql"]
    if out_dir is not None:
        path = str(Path(out_dir).resolve()).replace("'", "''")
        lines.append(f"SET file_search_path = '{path}';")
    lines.append("")
    lines += [f"CREATE OR REPLACE VIEW {name} AS SELECT * FROM read_parquet('{name}.parquet');" for name in TABLE_NAMES]
    return "\n".join(lines) + "\n" + JOINED
