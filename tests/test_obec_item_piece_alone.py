"""An item of an OBEC list OCR left only a piece of ("ปฏิ" under "๓)": under JUNK_CONSONANTS Thai consonants, the
rest of its text lost), the list's other items read: kept as read and said (unparsed_value on its table's text).
Before, the row held the piece with no issue (fresh set s98p, obec_progress_s98p002)."""

from __future__ import annotations

from tests.test_obec_ocr import project, report, run

FY = "๒๕๖๗"
RESULT = "ผลการดำเนินงาน\nได้ดำเนินการครบตามแผนที่กำหนด\n"


def _rows(third: str) -> tuple[dict, str]:
    results = ("ผลการดำเนินงาน\n๑) ได้ดำเนินการครบตามแผนที่กำหนด\n๒) ได้จัดประชุมคณะกรรมการเรียบร้อยแล้ว\n"
               f"๓) {third}\n")
    one = project(1, FY).replace(RESULT, results)
    rows = run(report(fy=FY, projects=[one, project(2, FY)]))
    return rows, rows["projects"][0]["project_key"]


def _said(rows: dict, key: str) -> list[dict]:
    return [i for i in rows["issues"] if i["code"] == "unparsed_value" and i["field"] == "findings.text"
            and i["project_key"] == key and "reads only" in i["message"]]


def test_an_item_left_a_piece_is_said():
    rows, key = _rows("ปฏิ")
    assert ("result", "ปฏิ") in [(f["kind"], f["text"]) for f in rows["findings"] if f["project_key"] == key]
    said = _said(rows, key)
    assert len(said) == 1 and "item 3" in said[0]["message"]


def test_an_item_of_words_is_not():
    rows, key = _rows("ผู้เข้าร่วมกิจกรรมมีความรู้ความเข้าใจ")
    assert _said(rows, key) == []
