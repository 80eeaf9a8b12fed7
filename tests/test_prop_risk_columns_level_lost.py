"""The proposal's risk table read column by column (risk_read_columns) with one level's cell lost to OCR (three
rows' scores, "บปานกลาง" and "สูง" under the level's title: fresh set s90o, bma_proposal_s90o001).  The rows were
counted by the levels, two, so both score columns held more cells than rows and were taken for garbled, their
cells left unread, and the first two risks ran into one.  Where both score columns hold as many cells as each
other, more than the levels, every one a score, and the text columns hold as many cells at least, the rows are the
scores' cells, and each row's level is left unread (a level the scores give in every reading of them is read so,
as for any unread level)."""

from __future__ import annotations

from tests.test_bma_proposal import _risks, _with_risks, run

TABLE = """8. ความเสี่ยงของโครงการและแนวทางการบริหารความเสี่ยง

ความเสียง

ผู้เข้ารับการอบรมไม่ครบตามจํานวน เนื่องจากมีภารกิจเร่งด่วนในช่วงเวลาเดียวกัน

ราคาวัสดุสูงกว่าที่ประมาณการไว้ ทําให้จัดซื้อวัสดุได้ไม่ครบตามรายการ

โรงเรียนไม่สามารถดําเนินการได้ตามเป้าหมาย เนื่องจากข้าราชการครูและบุคลากรทางการศึกษา
ที่ได้รับมอบหมายให้ปฏิบัติงานมีภาระงานมาก

โอกาสที่จะเกิด
๓
๕
๕

ผลกระทบ
๓
๓

๓

ระดับของความเสียง
บปานกลาง

สูง

แนวทางการบริหารความเสียง

ประสานโรงเรียนล่วงหน้าและกําหนดวันจัดกิจกรรมให้สอดคล้องกับปฏิทินการศึกษา

สํารวจราคาวัสดุก่อนจัดทําแผนการใช้จ่าย และปรับรายการให้เหมาะสมกับงบประมาณ
มีหนังสือแจ้งโรงเรียนเป็นระยะๆ และการแจ้งข่าวทางเว็บไซต์สํานักการศึกษา

เพื่อให้แต่ละโรงเรียนทราบขั้นตอนและผลการปฏิบัติงาน
"""


def test_a_lost_level_leaves_the_rows_counted_by_the_scores():
    rows = run(_with_risks(TABLE))
    risks = _risks(rows)
    assert len(risks) == 3
    assert risks[0][0].endswith("เดียวกัน") and risks[1][0].startswith("ราคาวัสดุ")
    assert risks[2][0].startswith("โรงเรียนไม่สามารถ") and risks[2][0].endswith("ภาระงานมาก")
    assert [(r[1], r[2]) for r in risks] == [("3", "3"), ("5", "3"), ("5", "3")]
    assert risks[0][3] == "ปานกลาง"  # (the scores give it in every reading of them)
    levels = [i for i in rows["issues"] if i["field"] == "findings.level" and i["code"] == "missing_value"]
    assert len(levels) == 2  # risks 2 and 3: ๕ may be ๔, ๘ or ๙, so their levels are not told


def test_as_many_levels_as_scores_still_count_the_rows():
    table = TABLE.replace("บปานกลาง\n\nสูง", "ปานกลาง\n\nสูง\n\nสูง")
    risks = _risks(run(_with_risks(table)))
    assert [r[3] for r in risks] == ["ปานกลาง", "สูง", "สูง"]
