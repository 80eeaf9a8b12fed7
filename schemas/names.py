"""The schema's version and its tables' names, without the row models: what
the CLI and the run driver need before a run starts (the `--help` choices,
run.json, the manifest's versions), read without importing pydantic and
pyarrow (schemas.dictionary, schemas.arrow: about 0.3 CPU s), which a run
with a worker pool loads while the pool's fork server starts
(pipeline.run._ingest).  schemas.arrow checks that its TABLES are these
names, in this order."""

from __future__ import annotations

# 1: the tables before the dictionary; 2: descriptions in the files, projects.office and
# report_summaries.office are `agency`, quarterly_budgets.fiscal_year, issues.evidence JSON or null.
SCHEMA_VERSION = "2"

TABLE_NAMES = ("documents", "projects", "objectives", "targets", "progress_reports", "expenses", "activities",
               "findings", "quarterly_budgets", "alignments", "report_summaries", "project_sources", "issues")
