"""A BMA progress form whose report entries OCR lost, every one (fresh set s115r, bma_progress_s115r010: the
entries' table read column by column, no entry found): the project's plan status read in_progress, the default of
rows.plan_status, where the project is completed, and no issue named the status (the lost entries were said of
progress_reports only).  With no report entry read, the status is no report's progress: it is said to be in doubt
at the project's lines (rows.status_in_doubt, missing_value on projects.plan_status), kept as read."""

from __future__ import annotations

from parsers.bma_progress.rows import plan_status, status_in_doubt
from schemas.document import Reading


def test_no_report_read_puts_the_default_status_in_doubt():
    assert plan_status({}) == "in_progress"
    said = status_in_doubt({}, plan_status({}), (2, 87))
    assert [(i.code, i.field, i.line_start, i.line_end) for i in said] == \
        [("missing_value", "projects.plan_status", 2, 87)]


def test_a_report_read_with_its_progress_says_nothing():
    reports = {1: {"progress_pct": Reading(100.0, "100.0%", 50, 50)}}
    assert status_in_doubt(reports, plan_status(reports), (2, 87)) == []
