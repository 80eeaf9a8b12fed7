"""Whether a report cancels the project is read from its description's opening words (ยกเลิกโครงการ); a report
whose description OCR lost was read as not cancelling with no issue naming progress_reports.cancelled (fresh set
w s19w008's report 11, the cancelling one, once its figures were placed: the table-wide issue that had covered it
was gone).  Now the lost description says the cancellation is unread too."""

from __future__ import annotations

from pathlib import Path

from pipeline.stages import process_document

CORPUS = Path(__file__).resolve().parent / "corpus" / "clean"
DESCRIPTION = "จัดทำคำสั่งคณะกรรมการ และเจ้าหน้าที่ดำเนินโครงการ"


def _issues(text: str) -> set[tuple[str, str]]:
    rows = process_document("doc.txt", text.encode("utf-8"))
    return {(i["code"], i["field"]) for i in rows["issues"]}


def test_a_report_whose_description_is_lost_says_its_cancellation_is_unread():
    text = (CORPUS / "bma_progress_007.txt").read_text(encoding="utf-8")
    assert f"2019-1-26 : {DESCRIPTION} ::" in text
    assert ("missing_value", "progress_reports.cancelled") not in _issues(text)  # read: nothing to say
    said = _issues(text.replace(f"2019-1-26 : {DESCRIPTION} ::", "2019-1-26 : ::"))
    assert {("missing_value", "progress_reports.description"), ("missing_value", "progress_reports.cancelled")} <= said
