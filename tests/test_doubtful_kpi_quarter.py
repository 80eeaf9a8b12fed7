"""A KPI's quarter printed in Thai digits (ไตรมาสที่ ๔) in a document whose OCR never reads a ๔, read as ๓, stood
with no issue (fresh set s79b, bma_proposal_s79b002): the quarter is in doubt, kept as read and said
(pipeline.doubtful._doubtful_quarters, ocr_digits_doubtful on targets.period)."""

from __future__ import annotations

from pipeline.doubtful import _doubtful_quarters, flag_values
from schemas.document import Issue, Line

NEVER_READ = " ๑๒๓๕๐" * 40


# -- a quarter in Thai digits where the document's OCR never reads a ๔

def test_a_quarter_read_three_where_ocr_never_reads_a_four_is_in_doubt():
    text = [Line(1, "รายงาน" + NEVER_READ), Line(10, "ไตรมาสที่"), Line(11, "๓")]
    row = {"kind": "indicator", "period": "ไตรมาสที่ ๓", "line_start": 10, "line_end": 11}
    (issue,) = flag_values("46789", {"targets": [row]}, text, [])
    assert (issue.code, issue.field, issue.line_start, issue.line_end) == (
        "ocr_digits_doubtful", "targets.period", 10, 11)
    assert row["period"] == "ไตรมาสที่ ๓"  # kept as read
    assert _doubtful_quarters("ไตรมาสทิ ๓", "46789") == ["๓"]  # (OCR's spelling of the word)


def test_a_quarter_no_unread_digit_is_read_as_is_not():
    # ๑ and ๒ are no reading of a ๔ as often as one in three hundred; Arabic digits, or a document whose OCR
    # reads a ๔, leave the quarter alone
    assert _doubtful_quarters("ไตรมาสที่ ๑", "46789") == []
    assert _doubtful_quarters("ไตรมาสที่ ๒", "46789") == []
    assert _doubtful_quarters("ไตรมาสที่ 3", "46789") == []
    assert _doubtful_quarters("ไตรมาสที่ ๓", "6789") == []
    text = [Line(1, "รายงาน" + NEVER_READ), Line(10, "ไตรมาสที่ ๓")]
    row = {"kind": "indicator", "period": "ไตรมาสที่ ๓", "line_start": 10, "line_end": 10}
    assert flag_values("", {"targets": [row]}, text, []) == []
    # an issue naming the field there already settles it
    said = Issue("warning", "repair_ambiguous", "quarter", None, 10, 10, field="targets.period")
    assert flag_values("46789", {"targets": [row]}, text, [said]) == []
