"""A BMA progress report whose description says its work is behind the plan ("... ซึ่งล่าช้ากว่าแผน เนื่องจาก ...")
while its plan flag reads เป็นไปตามแผน: OCR lost the flag's ไม่ (its cell's first word read as specks), and the flag
read True silently (fresh set s109v, bma_progress_s109v002).  Now the flag is said (implausible_value on
progress_reports.on_plan), kept as read; a report that says nothing of being late, or whose flag reads ไม่
เป็นไปตามแผน, is not."""

from __future__ import annotations

from pathlib import Path

from pipeline.stages import process_document

DOC = Path(__file__).resolve().parent / "corpus" / "clean" / "bma_progress_007.txt"
LATE_FLAG = "(ครั้งที่ 9) = 4,947.50 บาท : ไม่เป็นไปตามแผน"


def _said(text: str) -> tuple[dict, list[dict]]:
    rows = process_document("doc.txt", text.encode("utf-8"))
    report = next(r for r in rows["progress_reports"] if r["seq"] == 9)
    return report, [i for i in rows["issues"] if i["field"] == "progress_reports.on_plan"
                    and i["code"] == "implausible_value"]


def test_a_late_report_whose_flag_lost_its_negation_is_said():
    text = DOC.read_text(encoding="utf-8")
    assert LATE_FLAG in text and "ซึ่งล่าช้ากว่าแผน" in text
    report, said = _said(text)
    assert report["on_plan"] is False and said == []  # (as printed: nothing to say)
    report, said = _said(text.replace(LATE_FLAG, LATE_FLAG.replace("ไม่เป็นไป", "เป็นไป")))
    assert report["on_plan"] is True  # kept as read
    assert len(said) == 1 and "ล่าช้ากว่าแผน" in said[0]["message"]
    assert said[0]["line_start"] <= 154 <= said[0]["line_end"]


def test_a_report_that_says_nothing_of_being_late_is_not_said():
    text = DOC.read_text(encoding="utf-8")
    _, said = _said(text.replace("ซึ่งล่าช้ากว่าแผน", "").replace(LATE_FLAG, LATE_FLAG.replace("ไม่เป็นไป", "เป็นไป")))
    assert said == []
