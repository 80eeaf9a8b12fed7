"""The running header of the responsible agency's name ("สำนักงานเขตจอมทอง") printed once, on page 2 of a two-page
form: the clean-up finds a running header by its repeats, so it stayed text, and section 1.6's goal, wrapped over the
page break, took it in (fresh set s55z bma_progress 005, clean and OCR'd: "เป้าหมายที่ ๓.๓.๔ สำนักงานเขตจอมทอง
ครูและบุคลากร...", silent).  A line of the agency's name alone that stands apart from the text on both sides, as
a page break's furniture and blank lines leave it (read.agency_headers_apart), is the page's furniture."""

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
1.6 สนับสนุนแผนพัฒนา กทม. ระยะ 20 ปี (ยุทธศาสตร์-ประเด็นยุทธศาสตร์-กลยุทธ์ตามแผนฯ /ตัวชี้วัด)
ประเด็นยุทธศาสตร์ : ด้านที่ ๓ - มหานครสำหรับทุกคน
ประเด็นยุทธศาสตร์ย่อย : มิติที่ ๓.๓ - การศึกษาสำหรับทุกคน
เป้าหมายที่ : เป้าหมายที่ ๓.๓.๔
"""
TAIL = """ครูและบุคลากรทางการศึกษาได้รับการพัฒนาอย่างต่อเนื่อง
ตัวชี้วัด : มิติที่ ๑ ร้อยละของครูที่ได้รับการพัฒนา
2. รายงานความก้าวหน้าของโครงการและการใช้จ่ายงบประมาณ
รายงานครั้งที่ 1 :: 8/10/2562 : ดำเนินการตามแผน
:: ความก้าวหน้าของงานฯ = 10.00 % : งบประมาณที่เบิกใช้ (ครั้งที่ 1) = 1,000 บาท : เป็นไปตามแผน : เป็นไปตามเป้าหมาย
ขอรับรองว่า ข้อมูลที่ปรากฏในเอกสารฉบับนี้ หน่วยงานได้จัดพิมพ์จากระบบงานจริง เพื่อเป็นหลักฐานไว้ตรวจสอบ
"""
GOAL = "เป้าหมายที่ ๓.๓.๔ ครูและบุคลากรทางการศึกษาได้รับการพัฒนาอย่างต่อเนื่อง"


def _goal(text: str) -> str:
    rows = process_document("form.txt", text.encode("utf-8"))
    assert rows["documents"][0]["status"] != "failed", rows["documents"][0]["error"]
    return rows["projects"][0]["strategy_goal"]


def test_the_agency_header_at_a_page_break_is_no_part_of_a_wrapped_value():
    page_break = "\nพิมพ์จากระบบ BMA Digital Plans เมื่อ ๐๘/๑๐/๒๕๖๔ ๑๒:๕๒\n\n\n\nสำนักงานเขตจอมทอง\n\n- ๒ -\n\n"
    assert _goal(HEAD + page_break + TAIL) == GOAL


def test_after_ocr_with_its_page_number_garbled_beside_it():
    page_break = ("\nพิมพ์จากระบบ BMA Digital Plans tila ๐๕/๑๐/๒๕๒๕ ๑๒:๕๒\n\nสํานักงานเขตจอมทอง\n\n- ใต -\n\n")
    assert _goal(HEAD + page_break + TAIL) == GOAL


def test_the_agency_s_name_wrapped_in_the_value_s_own_lines_stays():
    # no page break: the name on the line under the value's is the value's own words
    text = HEAD + "สำนักงานเขตจอมทอง\n" + TAIL
    assert _goal(text) == "เป้าหมายที่ ๓.๓.๔ สำนักงานเขตจอมทอง ครูและบุคลากรทางการศึกษาได้รับการพัฒนาอย่างต่อเนื่อง"
