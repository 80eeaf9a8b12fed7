"""The proposal's risk table read column by column (risk_read_columns): one score column's every cell lost to OCR
(its title, then a page's footer, then the level column's title) and a speck read in the level column as a line
of its own ("9๑7" between two levels: fresh set s75o, bma_proposal_s75o004).  The speck was left among the levels
where both score columns did not hold as many cells, so the level column held a cell more than the rows,
by_columns read no rows, and the risks ran together (a risk's text holding the next one's, the last lost).  The
levels that read as levels, as many as the one score column's cells, are the rows: each risk, level and
mitigation is read, the lost column's scores left unread (said)."""

from __future__ import annotations

from tests.test_bma_proposal import _risks, _with_risks, run

TABLE = """8. ความเสี่ยงของโครงการและแนวทางการบริหารความเสี่ยง

ความเสี่ยง

ผู้เข้ารับการอบรมไม่ครบตามจำนวน เนื่องจากมีภารกิจเร่งด่วนในช่วงเวลาเดียวกัน

สภาพอากาศหรือสถานการณ์โรคระบาดทำให้ไม่สามารถจัดกิจกรรมในรูปแบบปกติได้
โรงเรียนไม่สามารถดำเนินการได้ตามเป้าหมาย เนื่องจากข้าราชการครูและบุคลากรทาง
การศึกษาที่ได้รับมอบหมายให้ปฏิบัติงานมีภาระงานมาก

โอกาสทีจะเกิด
©

๑
๒

ผลกระทบ

หน้า ๕/๑๒

ระดับของความเสียง
น้อยมาก

9๑7

น้อย

ปานกลาง

แนวทางการบริหารความเสี่ยง

ประสานโรงเรียนล่วงหน้าและกำหนดวันจัดกิจกรรมให้สอดคล้องกับปฏิทินการศึกษา
ปรับรูปแบบการจัดกิจกรรมเป็นแบบออนไลน์ หรือแบ่งกลุ่มย่อย

มีหนังสือแจ้งโรงเรียนเป็นระยะ ๆ และการแจ้งข่าวทางเว็บไซต์สำนักการศึกษา
เพื่อให้แต่ละโรงเรียนทราบขั้นตอนและผลการปฏิบัติงาน
"""


def test_a_lost_score_column_and_a_speck_among_the_levels_still_part_the_rows():
    rows = run(_with_risks(TABLE))
    risks = _risks(rows)
    assert len(risks) == 3
    assert risks[0][0].endswith("เดียวกัน") and risks[1][0].startswith("สภาพอากาศ")
    assert risks[2][0].startswith("โรงเรียนไม่สามารถ") and risks[2][0].endswith("ภาระงานมาก")
    assert [r[3] for r in risks] == ["น้อยมาก", "น้อย", "ปานกลาง"]
    assert [r[1] for r in risks][1:] == ["1", "2"]  # (the first printed "©": no score read)
    assert risks[2][4].startswith("มีหนังสือแจ้ง")
    # the lost column's scores unread, and said
    assert [r[2] for r in risks] == [None, None, None]
    assert any(i["field"] == "findings.impact" for i in rows["issues"])
