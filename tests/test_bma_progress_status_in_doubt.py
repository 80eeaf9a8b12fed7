"""A BMA progress form's plan status read from a last progress in doubt (fresh set s59o, bma_progress_s59o010:
the last report's "๑๐๐.0%" read "000.0%", so the project read in_progress where it is completed, and only the
progress was named: the status stood SILENT).  The status follows the last report's progress, so where that
progress reads below the report before it, or cannot be read at all, the status is said to be in doubt
(rows.status_in_doubt: progress_decreased or missing_value on projects.plan_status), kept as read."""

from __future__ import annotations

from parsers.bma_progress.rows import plan_status, status_in_doubt
from schemas.document import Reading


def _reports(*pcts: tuple[float | None, str] | None) -> dict[int, dict[str, Reading]]:
    out: dict[int, dict[str, Reading]] = {}
    for seq, pct in enumerate(pcts, 1):
        rec = {"description": Reading("ประชุมคณะทำงาน", "ประชุมคณะทำงาน", 10 * seq, 10 * seq)}
        if pct is not None:
            rec["progress_pct"] = Reading(pct[0], pct[1], 10 * seq + 1, 10 * seq + 1)
        out[seq] = rec
    return out


def _said(reports: dict[int, dict[str, Reading]]) -> list[tuple[str, str, int | None]]:
    return [(i.code, i.field, i.line_start) for i in status_in_doubt(reports, plan_status(reports))]


def test_a_last_progress_below_the_one_before_puts_the_status_in_doubt():
    reports = _reports((65.0, "65.0%"), (73.5, "73.5%"), (0.0, "000.0%"))
    assert plan_status(reports) == "in_progress"
    assert _said(reports) == [("progress_decreased", "projects.plan_status", 31)]


def test_a_last_progress_that_cannot_be_read_puts_the_status_in_doubt():
    unreadable = _reports((40.0, "40.0%"), (None, "1OO.O%"))
    assert _said(unreadable) == [("missing_value", "projects.plan_status", 21)]
    lost = _reports((40.0, "40.0%"), None)  # the last report printed no progress OCR kept
    assert _said(lost) == [("missing_value", "projects.plan_status", 20)]


def test_a_status_read_from_a_sure_last_progress_is_not():
    assert _said(_reports((40.0, "40.0%"), (100.0, "100.0%"))) == []
    assert _said(_reports((40.0, "40.0%"), (55.0, "55.0%"))) == []
    assert _said(_reports((100.0, "100%"), (100.0, "100%"))) == []


def test_a_cancelled_project_is_not():
    reports = _reports((40.0, "40.0%"), (0.0, "0%"))
    reports[2]["cancelled"] = Reading(True, "ยกเลิกโครงการ", 20, 20)
    assert plan_status(reports) == "cancelled"
    assert _said(reports) == []
