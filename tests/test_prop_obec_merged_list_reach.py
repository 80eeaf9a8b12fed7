"""An OBEC list read as one item without a number over several paragraphs, in a report whose lists print their
numbers in a column (OCR lost this list's column whole: "ผู้บริหาร... จำนวน ๑๑3" / "คน" / "ร้อยละ 1๐๐ ของ..." read as
one quantity indicator where two were printed) was flagged (missing_row), the rows after it in its kind counting on
from the items it read (seq runs on over aspects: the quality indicator under it took the quantity's number 2), so
the issue reached to them too (extra4 t007).  The second indicator opens as the form's indicators open ("ร้อยละ N
ของ"), so the list is now cut there (lists.indicator_cut): two quantity indicators, the quality one numbered 3, and
the cut said in doubt (items_cut_in_doubt) as far as the rows numbered after it."""

from __future__ import annotations

from pipeline.stages import process_document
from tests.conftest import ROOT

OCR = ROOT / "tests" / "corpus" / "extra4" / "ocr" / "obec_progress_t007.txt"


def test_the_issue_of_a_list_cut_at_an_indicator_s_opening_reaches_the_rows_numbered_after_it():
    text = OCR.read_text(encoding="utf-8")
    out = process_document("t007.txt", text.encode("utf-8"))
    first = next(r for r in out["targets"] if r["text"].startswith("ผู้บริหารสถานศึกษาและคณะกรรมการดำเนินงาน จำนวน ๑๑3"))
    assert "ร้อยละ" not in first["text"]

    def row(seq: int) -> dict:
        return next(r for r in out["targets"] if r["project_key"] == first["project_key"]
                    and r["quarter"] == first["quarter"] and r["kind"] == first["kind"] and r["seq"] == seq)

    second, after = row(first["seq"] + 1), row(first["seq"] + 2)
    assert second["text"].startswith("ร้อยละ 1๐๐ ของโรงเรียนในสังกัด") and second["aspect"] == "quantity"
    assert after["aspect"] == "quality"
    issues = [i for i in out["issues"] if i["code"] == "items_cut_in_doubt" and i["field"] == "targets"
              and i["project_key"] == first["project_key"] and "opening as an indicator opens" in i["message"]
              and i["line_start"] <= first["line_start"]]
    assert issues and any(i["line_end"] >= after["line_end"] for i in issues)
