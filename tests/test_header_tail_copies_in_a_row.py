"""A form printed in three copies of two pages each, every page under the
running header of the agency's name: page 2 of each copy opens with
section 1.6's heading and its first field wrapped over a short last line
("1.6 สนับสนุนแผนพัฒนา กทม. ..." / "ประเด็นยุทธศาสตร์ : ด้านที่ 3 - ... Bangkok
as a City" / "for All").  Those three lines stand under half the header's
printings (three of six), two middles and a short tail the same each time,
and the clean-up took them for the header wrapped over four lines
(mark_header_tails, _wrapped_chain): section 1.6 lost its heading, its
first value, and its values' wraps went to section 1.5's last target
(fresh set s69o bma_progress_s69o006, clean text, four misses, silent).  A
header's tail follows its printings page after page; lines that follow
no two of its printings in a row are the copies' own
(pipeline.clean._in_a_row).  A tail that does follow printings in a row
is still the header's."""

from __future__ import annotations

from pipeline.clean import clean_lines, mark_header_tails
from pipeline.stages import process_document
from schemas.document import Line

TITLE = "แบบแสดงรายงานความก้าวหน้าและข้อมูลเกี่ยวกับโครงการ"
OFFICE = "สำนักงานเขตบางนา"
PAGE1 = """1. ชื่อโครงการและหน่วยงานที่รับผิดชอบโครงการ
1.1 รหัสโครงการและชื่อโครงการ
ชื่อโครงการ/กิจกรรม : พัฒนาการจัดการเรียนรู้วิทยาศาสตร์และคณิตศาสตร์
รหัสโครงการ : 50350000-8933
ปีงบประมาณ พ.ศ. : 2567
เริ่มต้นโครงการ : 1/10/2566
งบประมาณที่ได้รับ : 26,000 บาท
สิ้นสุดโครงการ : 30/9/2567
งบประมาณที่ใช้ไป : 12,960 บาท
1.2 หน่วยงานที่รับผิดชอบ
หน่วยงานที่รับผิดชอบ : สำนักงานเขตบางนา / ฝ่ายการศึกษา
1.4 วัตถุประสงค์ของโครงการ
๑. เพื่อพัฒนาบุคลากรหลักของศูนย์วิชาการเขต
1.5 เป้าหมายของโครงการ
๑. ด้านปริมาณ
จัดให้มีการประกวดผลงานสำหรับกลุ่มข้าราชการครู จำนวน 3 ประเภท
๒. ด้านคุณภาพ สามารถยกระดับมาตรฐานของโรงเรียนในสังกัดสำนักงานเขต
ให้มีคุณภาพใกล้เคียงกัน"""
PAGE2 = """1.6 สนับสนุนแผนพัฒนา กทม. ระยะ 20 ปี (ยุทธศาสตร์-ประเด็นยุทธศาสตร์-กลยุทธ์ตามแผนฯ /ตัวชี้วัด)
ประเด็นยุทธศาสตร์ : ด้านที่ 3 - มหานครสำหรับทุกคน : Bangkok as a City
for All
ประเด็นยุทธศาสตร์ย่อย : มิติที่ 3.3 - การศึกษาสำหรับทุกคน
เป้าหมายที่ : เป้าหมายที่ 3.3.4
ครูและบุคลากรทางการศึกษาได้รับการพัฒนาอย่างต่อเนื่อง
ตัวชี้วัด : มิติที่ 1
ร้อยละของข้าราชการครูที่ได้รับการพัฒนาตามเกณฑ์ที่กำหนด
2. รายงานความก้าวหน้าของโครงการและการใช้จ่ายงบประมาณ
รายงานครั้งที่ 1 :: 30 มี.ค. 2567 : จัดเตรียมข้อมูล/จัดทำโครงการ
:: ความก้าวหน้าของงานฯ = 14.00 % : งบประมาณที่เบิกใช้ (ครั้งที่ 1) = 12,960 บาท : เป็นไปตามแผน : เป็นไปตามเป้าหมาย

ขอรับรองว่า ข้อมูลที่ปรากฏในเอกสารฉบับนี้ หน่วยงานได้จัดพิมพ์จากระบบงานจริง เพื่อเป็นหลักฐานไว้ตรวจสอบ

ลงชื่อ..............................ผู้รับผิดชอบโครงการ"""
OPENING = PAGE2.splitlines()[:3]


def _copy() -> str:
    return f"{TITLE}\n{OFFICE}\n\n{TITLE}\n{PAGE1}\n\n\n{TITLE}\n{OFFICE}\n\n{PAGE2}\n\n\n"


def test_a_copys_section_opening_its_second_page_in_each_copy_stays_text():
    lines, _ = clean_lines(_copy() * 3)
    kinds = [ln.kind for ln in lines if ln.text.strip() in OPENING]
    assert kinds == ["text"] * 9  # before: page_header, the header's "four lines"
    assert {ln.kind for ln in lines if ln.text.strip() == OFFICE} == {"page_header"}


def test_section_1_6_keeps_its_heading_values_and_wraps():
    rows = process_document("form.txt", (_copy() * 3).encode("utf-8"))
    assert rows["documents"][0]["status"] != "failed", rows["documents"][0]["error"]
    project = rows["projects"][0]
    assert project["strategy_issue"] == "ด้านที่ 3 - มหานครสำหรับทุกคน : Bangkok as a City for All"  # before: None
    assert project["strategy_goal"] == "เป้าหมายที่ 3.3.4 ครูและบุคลากรทางการศึกษาได้รับการพัฒนาอย่างต่อเนื่อง"
    assert project["indicator"] == "มิติที่ 1 ร้อยละของข้าราชการครูที่ได้รับการพัฒนาตามเกณฑ์ที่กำหนด"
    quality = [t["text"] for t in rows["targets"] if t["kind"] == "quality"]
    assert quality == ["สามารถยกระดับมาตรฐานของโรงเรียนในสังกัดสำนักงานเขต ให้มีคุณภาพใกล้เคียงกัน"]


# a header's own lines wrapped under its first (no field of the form: a field line is never a header's,
# pipeline.clean._is_field; the copies' OPENING holds one)
WRAPPED = ["รายงานผลการดำเนินงานตามแผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. 2567 ของสำนักงานเขตบางนา",
           "กลุ่มงานนโยบายและแผน ฝ่ายการศึกษา สำนักการศึกษา กรุงเทพมหานคร", "เขต 2"]


def _pages(opened: list[bool], opening: list[str] = OPENING) -> list[Line]:
    """Pages under the header line the clean-up knew (page_header), the
    three lines `opening` the page where `opened` says so, other text else."""
    texts: list[tuple[str, str]] = []
    for k, yes in enumerate(opened, start=1):
        texts += [("page_header", OFFICE), ("blank", "")]
        texts += [("text", t) for t in opening] if yes else [("text", f"({k}) กลุ่มสาระการเรียนรู้ในหน้าที่ {k} ของแบบรายงาน")]
        texts += [("text", f"{k}. ผลการดำเนินงานของโครงการในหน้าที่ {k} เป็นไปตามแผนที่กำหนดไว้ทุกประการ"), ("blank", "")]
    return [Line(no, text, kind) for no, (kind, text) in enumerate(texts, start=1)]


def _opening_kinds(lines: list[Line], opening: list[str] = OPENING) -> set[str]:
    return {ln.kind for ln in mark_header_tails(lines) if ln.text.strip() in opening}


def test_lines_under_every_other_printing_stay_text():
    assert _opening_kinds(_pages([False, True] * 3)) == {"text"}  # before: page_header


def test_a_header_wrapped_over_four_lines_on_pages_in_a_row_is_still_the_header():
    assert _opening_kinds(_pages([True] * 6, WRAPPED), WRAPPED) == {"page_header"}
    # half the printings, two of them in a row (a page where OCR set the tail apart, say)
    assert _opening_kinds(_pages([True, True, False, True, False, False], WRAPPED), WRAPPED) == {"page_header"}
