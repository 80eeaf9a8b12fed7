"""An OBEC list read as one item without a number over several paragraphs, in a report whose lists print their
numbers in a column (OCR lost this list's column whole: "ผู้บริหาร... จำนวน ๑๑3" / "คน" / "ร้อยละ 1๐๐ ของ..." read as
one quantity indicator where two were printed) is flagged (missing_row).  The rows after it in its kind count on
from the items it read (seq runs on over aspects: the quality indicator under it took the quantity's number 2), so
the issue reaches to them too; before, it ended at the list's last line and the later row's shifted aspect was
wrong with no issue naming it (extra4 t007)."""

from __future__ import annotations

from pipeline.stages import process_document
from tests.conftest import ROOT

OCR = ROOT / "tests" / "corpus" / "extra4" / "ocr" / "obec_progress_t007.txt"


def test_the_issue_of_a_list_read_as_one_reaches_the_rows_numbered_after_it():
    text = OCR.read_text(encoding="utf-8")
    out = process_document("t007.txt", text.encode("utf-8"))
    merged = next(r for r in out["targets"] if r["text"].startswith("ผู้บริหารสถานศึกษาและคณะกรรมการดำเนินงาน จำนวน ๑๑3")
                  and "ร้อยละ" in r["text"])
    after = next(r for r in out["targets"] if r["project_key"] == merged["project_key"]
                 and r["quarter"] == merged["quarter"] and r["kind"] == merged["kind"] and r["seq"] == merged["seq"] + 1)
    assert after["aspect"] == "quality"
    issues = [i for i in out["issues"] if i["code"] == "missing_row" and i["field"] == "targets"
              and i["project_key"] == merged["project_key"] and "without a number" in i["message"]
              and i["line_start"] <= merged["line_start"]]
    assert issues and any(i["line_end"] >= after["line_end"] for i in issues)
