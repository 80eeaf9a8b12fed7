"""The proposal's risk table read cell by cell, a row whose scores and level OCR garbled: a speck, one score read
as a lone Thai consonant ("ง" for a digit), the other a score cell ("๓"), then the next cell's text.  The row closes
at its score cells (risks._lost_level), its level said missing and its scores said unchecked, and the rows after
it keep their own cells, not each the next row's."""

from __future__ import annotations

from tests.test_bma_proposal import _risks, _with_risks, run

# Cell by cell; the first row's scores and level OCR garbled: a speck, a score read as a Thai consonant ("ง"),
# a score cell ("๓"), then the mitigation: the row closes at its score cells, its level said missing, and the
# next rows keep their own levels and scores (not one row short, each given the next row's).
LETTER_SCORE = """8. ความเสี่ยงของโครงการและแนวทางการบริหารความเสี่ยง
ความเสี่ยง

สภาพอากาศหรือสถานการณ์โรคระบาดทำให้ไม่สามารถจัดกิจกรรม
ในรูปแบบปกติได้

ะ๑ WO fF

ง

๓

ปรับรูปแบบการจัดกิจกรรมเป็นแบบออนไลน์
หรือแบ่งกลุ่มย่อย

ผู้เข้ารับการอบรมไม่ครบตามจำนวน เนื่องจากมีภารกิจเร่งด่วนใน
ช่วงเวลาเดียวกัน

3

1

น้อย

ประสานโรงเรียนล่วงหน้าและกำหนดวันจัดกิจกรรมให้สอดคล้องกับ
ปฏิทินการศึกษา

โรงเรียนไม่สามารถดำเนินการได้ตามเป้าหมาย
เนื่องจากข้าราชการครูและบุคลากรทางการศึกษาทีได้รับมอบหมายให้
ปฏิบัติงานมีภาระงานมาก

3

3

ปานกลาง

มีหนังสือแจ้งโรงเรียนเป็นระยะๆ และการแจ้งข่าวทางเว็บไซต์สำ
นักการศึกษา
"""


def test_a_score_read_as_a_thai_letter_closes_its_row_whose_level_was_lost():
    rows = run(_with_risks(LETTER_SCORE))
    risks = _risks(rows)
    assert len(risks) == 3
    assert all(r[0].startswith(w) for r, w in zip(risks, ("สภาพอากาศ", "ผู้เข้ารับการอบรม", "โรงเรียนไม่สามารถ")))
    assert [r[3] for r in risks] == [None, "น้อย", "ปานกลาง"]
    assert [r[1:3] for r in risks[1:]] == [("3", "1"), ("3", "3")]
    assert risks[0][4].startswith("ปรับรูปแบบ") and risks[1][4].startswith("ประสานโรงเรียน")
    codes = {(i["code"], i["field"]) for i in rows["issues"]}
    assert ("missing_value", "findings.level") in codes and ("unread_cells", "findings.likelihood") in codes


# The same table, the first row's first score read as two Latin letters ("ee"), its level lost, a speck after its
# mitigation's first line and another after the mitigation (fresh set s96o): the row closes at its score cells,
# not running on through the mitigation and the next row's text into the next row's scores.
LATIN_SCORE = """8. ความเสี่ยงของโครงการและแนวทางการบริหารความเสี่ยง
ความเสี่ยง

ผู้เข้ารับการอบรมไม่ครบตามจำนวน เนื่องจากมีภารกิจเร่งด่วนใน
ช่วงเวลาเดียวกัน

ee

2

ประสานโรงเรียนล่วงหน้าและกำหนดวันจัดกิจกรรมให้สอดคล้องกับ

ปฏิทินการศึกษา\t0

bem

การจัดกิจกรรมล่าช้ากว่าแผน เนื่องจากขั้นตอนการอนุมัติ
งบประมาณใช้เวลานาน

๓
๒
ปานกลาง
เตรียมเอกสารขออนุมัติให้ครบถ้วน
และติดตามความก้าวหน้าของการอนุมัติอย่างใกล้ชิด
"""


def test_a_score_read_as_latin_letters_closes_its_row_whose_level_was_lost():
    rows = run(_with_risks(LATIN_SCORE))
    risks = _risks(rows)
    assert len(risks) == 2
    assert risks[0][0].startswith("ผู้เข้ารับการอบรม") and "ล่าช้า" not in risks[0][0]
    assert risks[1][0].startswith("การจัดกิจกรรมล่าช้า")
    assert risks[0][2] == "2" and risks[0][3] is None and risks[1][1:4] == ("3", "2", "ปานกลาง")
    assert risks[0][4].startswith("ประสานโรงเรียน") and risks[1][4].startswith("เตรียมเอกสาร")
    codes = {(i["code"], i["field"]) for i in rows["issues"]}
    assert ("missing_value", "findings.level") in codes
