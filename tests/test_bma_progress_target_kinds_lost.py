"""The form prints both target groups, "๑. ด้านปริมาณ" and "๒. ด้านคุณภาพ", in every copy.  OCR dropped the quantity
group's lines and the quality label with them, leaving the quality group's items unlabelled, read as target 1 of
kind unknown (fresh set s55z bma_progress 005): the two rows the truth holds were lost or renumbered, and no issue
named the table's numbers (read.kinds_lost now says it of the table)."""

from __future__ import annotations

from pipeline.stages import process_document

HEAD = """แบบแสดงรายงานความก้าวหน้าและข้อมูลเกี่ยวกับโครงการ
1. ชื่อโครงการและหน่วยงานที่รับผิดชอบโครงการ
1.1 รหัสโครงการและชื่อโครงการ
ชื่อโครงการ/กิจกรรม : พัฒนาศักยภาพครูผู้สอน
รหัสโครงการ : 09000000-1234
ปีงบประมาณ พ.ศ. : 2563
เริ่มต้นโครงการ : 1/10/2562
งบประมาณที่ได้รับ : 10,000 บาท
สิ้นสุดโครงการ : 30/9/2563
งบประมาณที่ใช้ไป : 1,000 บาท
1.2 หน่วยงานที่รับผิดชอบ
หน่วยงานที่รับผิดชอบ : สำนักงานเขตจอมทอง / ฝ่ายปกครอง
1.4 วัตถุประสงค์ของโครงการ
1. เพื่อพัฒนาครู
1.5 เป้าหมายของโครงการ
"""
TAIL = """1.6 สนับสนุนแผนพัฒนา กทม. ระยะ 20 ปี (ยุทธศาสตร์-ประเด็นยุทธศาสตร์-กลยุทธ์ตามแผนฯ /ตัวชี้วัด)
ประเด็นยุทธศาสตร์ : ด้านที่ ๓ - มหานครสำหรับทุกคน
2. รายงานความก้าวหน้าของโครงการและการใช้จ่ายงบประมาณ
รายงานครั้งที่ 1 :: 8/10/2562 : ดำเนินการตามแผน
:: ความก้าวหน้าของงานฯ = 10.00 % : งบประมาณที่เบิกใช้ (ครั้งที่ 1) = 1,000 บาท : เป็นไปตามแผน : เป็นไปตามเป้าหมาย
ขอรับรองว่า ข้อมูลที่ปรากฏในเอกสารฉบับนี้ หน่วยงานได้จัดพิมพ์จากระบบงานจริง เพื่อเป็นหลักฐานไว้ตรวจสอบ
"""
QUALITY_ITEMS = "๑) ผู้เข้าร่วมโครงการร้อยละ ๘๐ มีความรู้ความเข้าใจ\n๒) สามารถยกระดับมาตรฐานของโรงเรียน\n"


def _table_said(targets: str) -> list[dict]:
    rows = process_document("form.txt", (HEAD + targets + TAIL).encode("utf-8"))
    assert rows["documents"][0]["status"] != "failed", rows["documents"][0]["error"]
    return [i for i in rows["issues"] if i["code"] == "target_kind_unknown" and i["field"] == "targets"]


def test_unlabelled_targets_with_a_group_label_lost_are_said_of_the_table():
    (said,) = _table_said(QUALITY_ITEMS)
    assert "ด้านปริมาณ" in said["message"] and "ด้านคุณภาพ" in said["message"]


def test_only_one_group_label_lost():
    # the quantity group read under its label, the quality group's label lost: its rows are in doubt too
    (said,) = _table_said("๑. ด้านปริมาณ\nครูผู้สอน จำนวน ๔๐๐ คน\n" + QUALITY_ITEMS.replace("๑) ", "", 1))
    assert "ด้านคุณภาพ" in said["message"] and "ด้านปริมาณ" not in said["message"]


def test_both_groups_labelled_say_nothing_of_the_table():
    assert not _table_said("๑. ด้านปริมาณ\nครูผู้สอน จำนวน ๔๐๐ คน\n๒. ด้านคุณภาพ\n" + QUALITY_ITEMS)
