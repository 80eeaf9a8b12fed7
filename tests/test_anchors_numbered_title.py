"""A long heading printed anywhere (Anchor.anywhere) whose letters OCR
changed, after the section number that opens its line, the form's next
content run on after it: a form printed on a few lines
("2. รายงานความค้าวหน้าของโครงการและการใช้จ่ายงบประมาณ รายงานครั้งที่ 1 ...",
ก้ read as ค้).  An exact heading is found anywhere; this one was found
nowhere, so the indicator before it ran on through the whole report table
and the entries were lost, with nothing said.  AnchorSet._fuzzy_numbered_title
reads it where a section number says a heading opens, and ends it where the
line's letters compare best with the heading's."""

from __future__ import annotations

from parsers.bma_progress.fields import ANCHORS

DAMAGED = "รายงานความค้าวหน้าของโครงการและการใช้จ่ายงบประมาณ"
AFTER = " รายงานครั้งที่ 1 รายงานครั้งที่ 2"


def _hits(line: str) -> list[tuple[str, str]]:
    return [(h.anchor.key, line[h.end:].strip()) for h in ANCHORS.scan(line)]


def test_a_numbered_title_whose_letters_ocr_changed_opens_its_section_and_ends_where_its_words_end():
    assert _hits(f"2. {DAMAGED}{AFTER}") == [("s2", AFTER.strip())]
    assert _hits(f"๒. {DAMAGED}{AFTER}") == [("s2", AFTER.strip())]


def test_without_a_section_number_or_with_other_words_it_is_no_heading():
    # running text that only starts like it: no number opens the line, or the words differ past the cut-off
    assert _hits(f"โดย {DAMAGED}{AFTER}") == []
    assert _hits(f"2. รายงานผลการประชุมคณะกรรมการศูนย์วิชาการเขตและการใช้จ่าย{AFTER}") == []


def test_a_few_lines_form_reads_its_entries_after_the_damaged_title():
    from pipeline.stages import process_document

    text = f"""แบบแสดงรายงานความก้าวหน้าและข้อมูลเกี่ยวกับโครงการ 1. ชื่อโครงการและหน่วยงานที่รับผิดชอบโครงการ
1.1 รหัสโครงการและชื่อโครงการ ชื่อโครงการ/กิจกรรม : พัฒนาระบบการประกันคุณภาพภายในสถานศึกษา รหัสโครงการ : 50330000-1234 ปีงบประมาณ พ.ศ. : 2565
1.6 สนับสนุนแผนพัฒนา กทม. ระยะ 20 ปี (ยุทธศาสตร์-ประเด็นยุทธศาสตร์-กลยุทธ์ตามแผนฯ /ตัวชี้วัด) ตัวชี้วัด : ร้อยละของครูที่ได้รับการพัฒนา
2. {DAMAGED} รายงานครั้งที่ 1 : 25/10/2564 : จัดกิจกรรม ความก้าวหน้าของงานฯ = 5 : งบประมาณที่เบิกใช้ (ครั้งที่ 1) = 0 บาท : เป็นไปตามแผน : เป็นไปตามเป้าหมาย
"""
    rows = process_document("x.txt", text.encode("utf-8"))
    assert rows["projects"][0]["indicator"] == "ร้อยละของครูที่ได้รับการพัฒนา"
    assert [(r["seq"], r["progress_pct"]) for r in rows["progress_reports"]] == [(1, 5)]
