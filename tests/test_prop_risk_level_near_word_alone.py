"""A BMA proposal after OCR whose risk table holds a level cell OCR damaged by a letter, alone on its line: a letter
added ("นยอย" for น้อย: s69z003, s70o005), or lost ("งมาก" for สูงมาก: s71o002; "อย" for น้อย).  Before, the line was
read as text: its row ran into the next one (the next risk's text its mitigation's, a row lost) or, in a table
read by its columns, read as a risk of its own.  Now it is read as the one level word a letter off it
(risks.levels_mended), said value_repaired (rule level_near_word), where the table so read makes it a row's level
whose row is anchored: a score read beside it, or another level read as printed.  A table whose one level is the
damaged one (rows that lost their cells before it may all close there), or where it would close a column title
read as a risk, is read as printed."""

from __future__ import annotations

import json

from tests.test_bma_proposal import _risks, _with_risks, run

_CELLS = """8. ความเสี่ยงของโครงการและแนวทางการบริหารความเสี่ยง
ความเสี่ยง
การประเมินความเสี่ยง
โอกาสที่
จะเกิด
ผลกระทบ
{first}
ราคาวัสดุสูงกว่าที่ประมาณการไว้ ทำให้จัดซื้อวัสดุได้ไม่ครบ
ตามรายการ

{level}

สำรวจราคาวัสดุก่อนจัดทำแผนการใช้จ่าย
{rest}"""

_FIRST = """โรงเรียนไม่สามารถดำเนินการได้ตามเป้าหมาย เนื่องจากข้าราชการครูและ
บุคลากรทางการศึกษามีภาระงานมาก
4
4
สูงมาก
มีหนังสือแจ้งโรงเรียนเป็นระยะๆ
"""
_REST = """
ผู้เข้ารับการอบรมไม่ครบตามจำนวน เนื่องจากมีภารกิจเร่งด่วน
1
1
น้อยมาก
ประสานโรงเรียนล่วงหน้า
"""


def _read(level: str, first: str = _FIRST, rest: str = _REST) -> tuple[list[tuple], list[dict]]:
    rows = run(_with_risks(_CELLS.format(level=level, first=first, rest=rest)))
    return _risks(rows), [json.loads(i["evidence"]) for i in rows["issues"]
                          if i["code"] == "value_repaired" and i["field"] == "findings.level"]


def test_damaged_level_alone_read_as_the_level_a_letter_off():
    for printed, level in (("นยอย", "น้อย"), ("อย", "น้อย"), ("งมาก", "สูงมาก")):
        risks, repairs = _read(printed)
        assert [(r[0][:12], r[3], r[4]) for r in risks] == [
            ("โรงเรียนไม่ส", "สูงมาก", "มีหนังสือแจ้งโรงเรียนเป็นระยะๆ"),
            ("ราคาวัสดุสูง", level, "สำรวจราคาวัสดุก่อนจัดทำแผนการใช้จ่าย"),
            ("ผู้เข้ารับกา", "น้อยมาก", "ประสานโรงเรียนล่วงหน้า")], printed
        assert repairs == [{"rule": "level_near_word", "printed": printed, "chosen": level}]


def test_damaged_level_alone_in_a_table_of_no_other_level_is_read_as_printed():
    # the first row's scores and level lost (its text and mitigation only): the damaged level would close both
    first = "โรงเรียนไม่สามารถดำเนินการได้ตามเป้าหมาย เนื่องจากข้าราชการครูและ\nมีหนังสือแจ้งโรงเรียนเป็นระยะๆ\n"
    risks, repairs = _read("นยอย", first=first, rest="")
    assert repairs == [] and "นยอย" not in [r[3] for r in risks]
