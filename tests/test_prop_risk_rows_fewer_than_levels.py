"""A proposal's risk table read column by column (each column's cells down
the page, their titles scattered among them), both risks' lines read as one
risk and its score cells garbled: the two level cells ("น้อย", "สูง"), each
a line of its own, were read as one row's level and no row of the second
risk was made, with no issue naming the lost row's kind, number or level
(fresh set s68z: a silent miss).  More lone level cells than rows read now
say the table (unread_cells on findings, risks.read_risks_into); a table
with a row for each level says nothing of it."""

from __future__ import annotations

from parsers.bma_proposal.risks import read_risks_into
from schemas.document import CopyReading, Line

RISKS = ["ความเสียง", "สภาพอากาศหรือ", "สถานการณ์", "โรคระบาดทําให้ไม่", "สามารถจัดกิจกรรม", "ในรูปแบบปกติได้",
         "ราคาวัสดุสูงกว่าที่", "ประมาณการไว้", "ทําให้จัดซื้อวัสดุได้", "ไม่ครบตามรายการ", "เจ", "®", "ผลกระทบ",
         "ระดับของ", "ความเสียง", "จ", "นอย", "สูง", "แนวทาง", "การบริหาร", "ความเสียง", "ปรับรูปแบบการ",
         "จัดกิจกรรมเป็น", "แบบออนไลน์", "หรือแบ่งกลุ่มย่อย", "สํารวจราคาวัสดุ", "ก่อนจัดทํา", "แผนการใช้จ่าย",
         "และปรับรายการ", "ให้เหมาะสมกับ", "งบประมาณ"]


def _said(texts: list[str]) -> list:
    out = CopyReading(0, 1, 100)
    read_risks_into([Line(no, text) for no, text in enumerate(texts, start=1)], out)
    return [i for i in out.issues if i.code == "unread_cells" and "level cells" in i.message]


def test_more_lone_levels_than_rows_says_the_table():
    said = _said(RISKS)
    assert len(said) == 1 and said[0].field == "findings"
    assert said[0].line_start <= 17 and said[0].line_end >= 18


def test_a_row_for_each_level_says_nothing():
    head = ["ความเสี่ยง", "โอกาสที่จะเกิด", "ผลกระทบ", "ระดับของความเสี่ยง", "แนวทางการบริหารความเสี่ยง"]
    rows = ["ผู้เข้ารับการอบรมไม่ครบตามจำนวน", "3", "1", "น้อย", "ประสานโรงเรียนล่วงหน้า",
            "โรงเรียนไม่สามารถดำเนินการได้ตามเป้าหมาย", "3", "4", "สูง", "มีหนังสือแจ้งโรงเรียนเป็นระยะๆ"]
    assert _said(head + rows) == []
