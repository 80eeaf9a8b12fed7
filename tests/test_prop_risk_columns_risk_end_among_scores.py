"""BMA proposal risk table read column by column (each column's title, then its cells) whose risk column's last
line's end OCR read after the columns beside it, among a score column's cells, the scores of that column lost
("ผลกระทบ" / "ซื่อวัสดุได้ไม่ครบตามรายการ" / "ระดับของความเสี่ยง": fresh set s69o, bma_proposal_s69o002).  The line
of words was taken for no score, so the table was not read by its columns: two rows were read, the first with
every risk's text and the impact column's title for its mitigation, the third row lost (said, not read).  A line
of words that is no score and no level in a score or level column is the risk column's last cell's wrapped end
(risks.by_columns): the rows are paired by order, the last row's risk goes on with it (its parting said as a
guess), and the score column left with fewer cells than rows is read as such."""

from __future__ import annotations

from tests.test_bma_proposal import _risks, _with_risks, run

_TABLE = """8. ความเสี่ยงของโครงการและแนวทางการบริหารความเสี่ยง
ความเสี่ยง
การจัดกิจกรรมล่าช้ากว่าแผน เนื่องจากขั้นตอนการอนุมัติงบประมาณใช้เวลานาน
สภาพอากาศหรือสถานการณ์โรคระบาดทำให้ไม่สามารถจัดกิจกรรมในรูปแบบปกติได้
ราคาวัสดุสูงกว่าที่ประมาณการไว้ ทำให้จัด
โอกาสที่จะเกิด
4
2
2
ผลกระทบ
{impact}
ระดับของความเสี่ยง
สูง
ปานกลาง
น้อย
แนวทางการบริหารความเสี่ยง
เตรียมเอกสารขออนุมัติให้ครบถ้วน และติดตามความก้าวหน้าของการอนุมัติอย่างใกล้ชิด
ปรับรูปแบบการจัดกิจกรรมเป็นแบบออนไลน์ หรือแบ่งกลุ่มย่อย
สำรวจราคาวัสดุก่อนจัดทำแผนการใช้จ่าย และปรับรายการให้เหมาะสมกับงบประมาณ
"""


def test_the_risk_s_end_among_a_score_column_s_cells_goes_on_the_last_risk():
    rows = run(_with_risks(_TABLE.format(impact="ซื้อวัสดุได้ไม่ครบตามรายการ")))
    risks = _risks(rows)
    assert [r[0] for r in risks] == ["การจัดกิจกรรมล่าช้ากว่าแผน เนื่องจากขั้นตอนการอนุมัติงบประมาณใช้เวลานาน",
                                     "สภาพอากาศหรือสถานการณ์โรคระบาดทำให้ไม่สามารถจัดกิจกรรมในรูปแบบปกติได้",
                                     "ราคาวัสดุสูงกว่าที่ประมาณการไว้ ทำให้จัด ซื้อวัสดุได้ไม่ครบตามรายการ"]
    assert [r[1] for r in risks] == ["4", "2", "2"]
    assert [r[3] for r in risks] == ["สูง", "ปานกลาง", "น้อย"]
    assert risks[1][4] == "ปรับรูปแบบการจัดกิจกรรมเป็นแบบออนไลน์ หรือแบ่งกลุ่มย่อย"
    # where the risk's end went is a guess, and the impact column's cells are lost: both said
    said = {i["field"] for i in rows["issues"] if i["code"] == "unread_cells"}
    assert {"findings.text", "findings.impact"} <= said


def test_a_score_column_of_scores_is_read_as_before():
    rows = run(_with_risks(_TABLE.format(impact="3\n4\n2").replace("ทำให้จัด\n", "ทำให้จัดซื้อวัสดุได้ไม่ครบตามรายการ\n")))
    risks = _risks(rows)
    assert [r[1:4] for r in risks] == [("4", "3", "สูง"), ("2", "4", "ปานกลาง"), ("2", "2", "น้อย")]
    assert risks[2][0] == "ราคาวัสดุสูงกว่าที่ประมาณการไว้ ทำให้จัดซื้อวัสดุได้ไม่ครบตามรายการ"
