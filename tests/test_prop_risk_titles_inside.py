"""A BMA proposal's risk table whose header row OCR read in among the rows: the first columns' titles above the
first row, the last columns' titles ("ระดับของ / แนวทางการบริหาร", "ความเสียง ความเสียง") between its text and
its level, then its level and mitigation, then the second row whole on a line.  Both risks were read as one,
its text holding the titles, the first row's level and its mitigation, and the first row was lost with no issue
naming it (fresh set s92o, bma_proposal_s92o001: seven silent misses).  A risk's text holding a line of two
header words or more past its first line is said (unread_cells on the findings table at the row's lines); a
table read whole is not."""

from __future__ import annotations

from tests.test_bma_proposal import _risks, _with_risks, risk_table_said, run

_TABLE = """8. ความ เสียงของโครงการและแนวทางการบริหารความ เสียง

ความเสียง

โอกาส ผลกระทบ

โรงเรียนไม่สามารถ\t๓

ดําเนินการได้ตาม

เป้าหมาย เนื่องจาก

ข้าราชการครูและ

บุคลากรทางการศึกษาที

ได้รับมอบหมายให้

{titles}
สูง\tมีหนังสือแจ้ง
โรงเรียนเป็นระยะๆ
และการแจ้งข่าวทาง
เว็บไซต์สํานักการศึกษา

ปฏิบัติงานมีภาระงาน\tโรงเรียนทราบ

มาก\tขั้นตอนและผลการ
ปฏิบัติงาน
ผู้เข้ารับการอบรมไม่ครบ\t๑\t๑ น้อยมาก\tประสานโรงเรียน
ตามจํานวน เนื่องจากมี\tล่วงหน้าและกําหนด
ภารกิจเร่งด่วนใน\tวันจัดกิจกรรมให้
ช่วงเวลาเดียวกัน\tสอดคล้องกับปฏิทิน
"""


def _said(rows: dict) -> list[dict]:
    return risk_table_said(rows, "column titles")


def test_column_titles_inside_a_risk_s_text_are_said():
    rows = run(_with_risks(_TABLE.format(titles="ระดับของ\tแนวทางการบริหาร\nความเสียง ความเสียง\n")))
    risks = _risks(rows)
    assert len(risks) == 1 and "ระดับของ" in risks[0][0]
    said = _said(rows)
    assert len(said) == 1 and "'ระดับของ แนวทางการบริหาร'" in said[0]["message"]


def test_a_risk_s_text_without_titles_is_not_said():
    rows = run(_with_risks(_TABLE.format(titles="")))
    assert _said(rows) == []
