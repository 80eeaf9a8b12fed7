"""BMA proposals after OCR whose risk table lost a row's level (the column cut it: "ปานกลา" / "ง", fresh set
ob3/set2 s19obb001): the row was not found, and its text, scores and mitigation ran into the next row's risk
text ("... การจัดกิจกรรม 2 4 ปานกลา เตรียม ล่าช้ากว่าแผน ..."), that row's scores and level taken for the
whole and the lost row missing, with no issue naming them.  A risk's text holding two lone figures as a row's
scores stand is said (unread_cells on the findings table at the row's lines): a row whose level OCR left
unread may have run into it."""

from __future__ import annotations

from tests.test_bma_proposal import _risks, _with_risks, run

_TABLE = """8. ความเสี่ยงของโครงการและแนวทางการบริหารความเสี่ยง

ความเสี่ยง                    โอกาส ผลกระทบ ระดับของ แนวทางการบริหาร
ที่จะ           ความเสี่ยง ความเสี่ยง
เกิด
การจัดกิจกรรม       2         4 {level} เตรียม
ล่าช้ากว่าแผน                     {tail}          เอกสาร
เนื่องจากขั้นตอน                             ขออนุมัติให้
ผู้เข้ารับการอบร       1         1 น้อยมาก ประสาน
มไม่ครบตาม                                 โรงเรียน
จำนวน                                     ล่วงหน้า
"""


def _said(rows: dict) -> list[dict]:
    return [i for i in rows["issues"] if i["code"] == "unread_cells" and i["field"] == "findings"]


def test_a_row_run_into_the_next_risk_s_text_is_said():
    # the level cut where no letter of it tells the level ("ปาน" / "กลาง"; "ปานกลา" / "ง", one letter off a level,
    # is the level's debris: the row is read, test_prop_risk_level_run_on)
    rows = run(_with_risks(_TABLE.format(level="ปาน", tail="กลาง")))
    risks = _risks(rows)
    assert len(risks) == 1 and "2 4" in risks[0][0]
    said = _said(rows)
    assert len(said) == 1 and "'2 4'" in said[0]["message"]


def test_rows_read_whole_are_not_said():
    rows = run(_with_risks(_TABLE.format(level="ปานกลาง", tail="")))
    assert [r[1:4] for r in _risks(rows)] == [("2", "4", "ปานกลาง"), ("1", "1", "น้อยมาก")]
    assert _said(rows) == []


def test_a_level_cut_one_letter_short_opens_its_row_and_reads_whole_with_its_wrapped_letter():
    rows = run(_with_risks(_TABLE.format(level="ปานกลา", tail="ง")))
    assert [r[1:4] for r in _risks(rows)] == [("2", "4", "ปานกลาง"), ("1", "1", "น้อยมาก")]
