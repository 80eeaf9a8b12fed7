"""Both forms that print expense lines (the BMA progress report's section 2, the proposal's budget) mended an
expense unit OCR damaged, but in two places with two orders: the BMA side read a look-alike letter, Latin letters,
the item's classifier and a mark, never a speck joined to the unit nor one misread letter of a long unit
("หัวโมง" for ชั่วโมง stayed as printed there, said only as no unit of the form); the proposal's side read those,
and said a misread mark's unit even where the item's classifier had chosen the other.  One function,
parsers.units.mend_unit, reads both, one order, each repair said (rules unit, unit_latin, unit_classifier)."""

import json

from parsers.units import mend_unit
from pipeline.stages import process_document

_SPAN = (3, 3)


def _rules(issues):
    return [(i.code, json.loads(i.evidence)["rule"], json.loads(i.evidence)["chosen"]) for i in issues]


def test_each_damage_is_read_and_said():
    assert mend_unit("ชุด", "ค่าวัสดุ", "line", _SPAN) == ("ชุด", [])  # a unit: nothing to say
    for printed, unit in (("ไรงเรียน", "โรงเรียน"), ("วโรงเรียน", "โรงเรียน"), ("หัวโมง", "ชั่วโมง"),
                          ("LAN", "เล่ม")):
        read, issues = mend_unit(printed, "ค่าวัสดุ", "line", _SPAN)
        assert read == unit and [(c, ch) for c, _, ch in _rules(issues)] == [("value_repaired", unit)]
        assert all(i.field == "expenses.unit" and (i.line_start, i.line_end) == _SPAN for i in issues)
    read, issues = mend_unit("ชัวโมง", "ค่าตอบแทนวิทยากร", "line", _SPAN)  # a mark lost: one unit, nothing to weigh
    assert (read, issues) == ("ชั่วโมง", [])


def test_the_item_decides_between_units_a_mark_apart_and_only_its_choice_is_said():
    read, issues = mend_unit("คัน", "ค่าอาหารว่าง", "line", _SPAN)
    assert read == "คน" and _rules(issues) == [("value_repaired", "unit_classifier", "คน")]
    read, issues = mend_unit("ค้น", "ค่าอาหารว่าง", "line", _SPAN)  # the mark's place says คัน, the item คน
    assert read == "คน" and _rules(issues) == [("value_repaired", "unit_classifier", "คน")]
    read, issues = mend_unit("AU", "ค่าวัสดุ", "line", _SPAN, said={"คน"})  # another line of the item reads คน
    assert read == "คน" and _rules(issues) == [("value_repaired", "unit_latin", "คน")]
    read, issues = mend_unit("AU", "ค่าวัสดุ", "line", _SPAN)  # nothing says which: kept, said
    assert read == "AU" and _rules(issues) == [("repair_ambiguous", "unit_latin", None)]


_DOC = """แบบแสดงรายงานความก้าวหน้าและข้อมูลเกี่ยวกับโครงการ
1. ชื่อโครงการและหน่วยงานที่รับผิดชอบโครงการ
รหัสโครงการ : 09000000-1234 ปีงบประมาณ พ.ศ. : 2566
ชื่อโครงการ : ส่งเสริมการอ่าน
2. รายงานความก้าวหน้าของโครงการและการใช้จ่ายงบประมาณ
รายงานครั้งที่ 1 :: 15/11/2565 : จัดอบรม ค่าตอบแทนวิทยากร 6 {unit} x 600 บาท = 3,600 บาท
:: ความก้าวหน้าของงานฯ = 10.00 % : งบประมาณที่เบิกใช้ (ครั้งที่ 1) = 3,600 บาท : เป็นไปตามแผน : เป็นไปตามเป้าหมาย
"""


def test_a_bma_expense_unit_one_letter_off_a_long_unit_is_read_and_said():
    rows = process_document("000.txt", _DOC.format(unit="ชั่วโมง").encode("utf-8"))
    assert [(e["item"], e["unit"]) for e in rows["expenses"]] == [("ค่าตอบแทนวิทยากร", "ชั่วโมง")]
    assert not [i for i in rows["issues"] if i["field"] == "expenses.unit"]
    rows = process_document("000.txt", _DOC.format(unit="หัวโมง").encode("utf-8"))
    assert [(e["item"], e["unit"]) for e in rows["expenses"]] == [("ค่าตอบแทนวิทยากร", "ชั่วโมง")]
    said = [(i["code"], json.loads(i["evidence"])["rule"], i["line_start"]) for i in rows["issues"]
            if i["field"] == "expenses.unit"]
    assert said == [("value_repaired", "unit", 6)]


def test_a_unit_no_reading_makes_one_of_the_form_is_said_kept_as_printed():
    # s43z's bma_proposal_s43z002 OCR'd: "ซูด" for ชุด (a look-alike letter and a vowel's length, two changes): no
    # reading gave a unit, and it was kept as printed with nothing said
    read, issues = mend_unit("ซูด", "ค่าวัสดุ", "line", _SPAN)
    assert read == "ซูด"
    assert [(i.code, i.field, (i.line_start, i.line_end)) for i in issues] == [
        ("implausible_value", "expenses.unit", _SPAN)]
    assert json.loads(issues[0].evidence) == {"text": "ซูด"}
