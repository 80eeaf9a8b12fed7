"""A heading after its dotted section number inside a line, with a speck OCR
read as a short token of digits or signs between them ("... คุณภาพการศึกษา
1.5   5 เป้าหมายของโครงการ.. ๑. ด้านปริมาณ ...", a form run on in a paragraph).
Before, the speck was taken for the section number: with no dot it opened no
heading inside a line, so section 1.5 was not found, its targets read as the
last objective's text (missing_section named it, the targets rows lost).  The
dotted number before the speck is the heading's; a word between them, or no
dotted number, still opens none."""

from __future__ import annotations

from parsers.bma_progress.fields import ANCHORS


def _keys(line: str) -> list[str]:
    return [h.anchor.key for h in ANCHORS.scan(line)]


def test_a_speck_between_the_dotted_number_and_the_heading_leaves_the_heading():
    assert "s1_5" in _keys("คุณภาพการศึกษา 1.5   5 เป้าหมายของโครงการ.. ๑. ด้านปริมาณ ผู้เข้าร่วมโครงการ")
    assert "s1_5" in _keys("คุณภาพการศึกษา ๑.๕ | เป้าหมายของโครงการ ๑. ด้านปริมาณ ผู้เข้าร่วมโครงการ")
    assert "s1_5" in _keys("คุณภาพการศึกษา 1.5 เป้าหมายของโครงการ.. ๑. ด้านปริมาณ ผู้เข้าร่วมโครงการ")


def test_a_word_or_a_bare_count_before_the_heading_opens_none():
    assert "s1_5" not in _keys("คุณภาพการศึกษา 1.5 ข้อ เป้าหมายของโครงการ ๑. ด้านปริมาณ")
    assert "s1_5" not in _keys("คุณภาพการศึกษา รวม 5 เป้าหมายของโครงการ ๑. ด้านปริมาณ")


def test_a_one_line_form_reads_its_targets_past_the_speck():
    from pipeline.stages import process_document

    text = """แบบแสดงรายงานความก้าวหน้าและข้อมูลเกี่ยวกับโครงการ 1. ชื่อโครงการและหน่วยงานที่รับผิดชอบโครงการ
1.1 รหัสโครงการและชื่อโครงการ ชื่อโครงการ/กิจกรรม : พัฒนาระบบการประกันคุณภาพภายในสถานศึกษา รหัสโครงการ : 50330000-1234 ปีงบประมาณ พ.ศ. : 2565
1.4 วัตถุประสงค์ของโครงการ ๑. เพื่อยกระดับมาตรฐานของศูนย์วิชาการเขต ๒. เพื่อพัฒนาบุคลากรหลัก 1.5   5 เป้าหมายของโครงการ.. ๑. ด้านปริมาณ ผู้เข้าร่วมโครงการทั้งสิ้น 120 คน ๒. ด้านคุณภาพ ผู้เข้าร่วมโครงการร้อยละ 80 มีความรู้
1.6 สนับสนุนแผนพัฒนา กทม. ระยะ 20 ปี (ยุทธศาสตร์-ประเด็นยุทธศาสตร์-กลยุทธ์ตามแผนฯ /ตัวชี้วัด) ตัวชี้วัด : ร้อยละของครูที่ได้รับการพัฒนา
2. รายงานความก้าวหน้าของโครงการและการใช้จ่ายงบประมาณ รายงานครั้งที่ 1 : 25/10/2564 : จัดกิจกรรม ความก้าวหน้าของงานฯ = 5 : งบประมาณที่เบิกใช้ (ครั้งที่ 1) = 0 บาท : เป็นไปตามแผน : เป็นไปตามเป้าหมาย
"""
    rows = process_document("x.txt", text.encode("utf-8"))
    assert sorted((r["kind"], r["seq"]) for r in rows["targets"]) == [("quality", 2), ("quantity", 1)]
    assert [o["text"] for o in rows["objectives"]] == ["เพื่อยกระดับมาตรฐานของศูนย์วิชาการเขต", "เพื่อพัฒนาบุคลากรหลัก"]
