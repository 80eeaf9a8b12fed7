"""A label opening its line with dots after it, one space, then its value
and no colon (OCR lost it or read it as a digit): "รหัสโครงการ... 1
๐ผ่๐๐๐๐๐๐-ฝ๒๓๑".  The dots lead to the value as a dotted leader before a
gap does (parsers.anchors: _DOTS_THEN_SPACE_RE); before, the line was no
field and ran on into the name above it."""

from __future__ import annotations

from parsers.bma_progress.fields import ANCHORS
from pipeline.stages import process_document


def test_a_label_and_its_dots_then_one_space_open_the_field():
    [hit] = ANCHORS.scan("รหัสโครงการ... 1 ๐ผ่๐๐๐๐๐๐-ฝ๒๓๑")
    assert hit.key == "project_code"


def test_dots_after_a_label_inside_running_text_open_nothing():
    # not opening its line: words of a text, no field
    assert [h.key for h in ANCHORS.scan("ตามที่แจ้ง รหัสโครงการ... ของโรงเรียน")] == []


def test_the_name_above_a_dotted_code_label_does_not_take_its_line():
    text = """แบบแสดงรายงานความก้าวหน้าและข้อมูลเกี่ยวกับโครงการ
1. ชื่อโครงการและหน่วยงานที่รับผิดชอบโครงการ
1.1 รหัสโครงการและชื่อโครงการ
ชื่อโครงการ/กิจกรรม : ขับเคลื่อนการประกันคุณภาพการศึกษาสู่มาตรฐาน
รหัสโครงการ... 1 ๐๙๐๐๐๐๐๐-๕๒๓๑
ปีงบประมาณ พ.ศ. : 2561
เริ่มต้นโครงการ : 1/10/2560    งบประมาณที่ได้รับ : 18,400 บาท
สิ้นสุดโครงการ : 30/9/2561    งบประมาณที่ใช้ไป : 0 บาท
1.2 หน่วยงานที่รับผิดชอบ
หน่วยงานที่รับผิดชอบ : สำนักการศึกษา / กองเทคโนโลยีเพื่อการเรียนการสอน / ฝ่ายพัฒนาสื่อการเรียนการสอน
1.3 หลักการและเหตุผล
ความก้าวหน้าของเทคโนโลยีสารสนเทศ
1.4 วัตถุประสงค์ของโครงการ
1. เพื่อยกระดับมาตรฐานของศูนย์วิชาการเขต
2. รายงานความก้าวหน้าของโครงการและการใช้จ่ายงบประมาณ
รายงานครั้งที่ 1 : 25/10/2560 : จัดทำโครงการเพื่อขออนุมัติ
ความก้าวหน้าของงานฯ = 5 : งบประมาณที่เบิกใช้ (ครั้งที่ 1) = 0.00 บาท : เป็นไปตามแผน : เป็นไปตามเป้าหมาย
ขอรับรองว่า ข้อมูลที่ปรากฏในเอกสารฉบับนี้ หน่วยงานได้จัดพิมพ์จากระบบงานจริง เพื่อเป็นหลักฐานไว้ตรวจสอบ
"""
    rows = process_document("x.txt", text.encode("utf-8"))
    [project] = rows["projects"]
    assert project["name"] == "ขับเคลื่อนการประกันคุณภาพการศึกษาสู่มาตรฐาน"
