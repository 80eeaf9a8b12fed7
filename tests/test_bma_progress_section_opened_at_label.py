"""Section 1.6's heading lost (OCR dropped it, or a page's furniture took
it), its fields' labels read under section 1.5's targets: the lines under
each label are its value's wraps, but outside a field section the reader
gave them to the list, and the last quality target took them all in
("... ให้มีคุณภาพใกล้เคียงกัน for All ครูและบุคลากร... ร้อยละของ...", the
goal and indicator cut at their first line, silently: fresh set s69o
bma_progress_s69o006; corpus OCR bma_progress_018 copy 1).  The first
label of a section the copy lacks the heading of, read under a list
section, opens that section there (parsers.bma_progress.read.
headings_at_labels), said as label_inferred on the targets."""

from __future__ import annotations

from pipeline.stages import process_document
from tests.test_header_tail_copies_in_a_row import PAGE1, PAGE2, TITLE

# the copy of tests/test_header_tail_copies_in_a_row: its first page, then its second page's section 1.6
HEAD = f"{TITLE}\n{PAGE1}\n"
HEADING = PAGE2.splitlines()[0] + "\n"
FIELDS = "\n".join(PAGE2.splitlines()[1:8]) + "\n"
TAIL = """2. รายงานความก้าวหน้าของโครงการและการใช้จ่ายงบประมาณ
รายงานครั้งที่ 1 :: 30 มี.ค. 2567 : จัดเตรียมข้อมูล/จัดทำโครงการ
:: ความก้าวหน้าของงานฯ = 14.00 % : งบประมาณที่เบิกใช้ (ครั้งที่ 1) = 12,960 บาท : เป็นไปตามแผน : เป็นไปตามเป้าหมาย
ขอรับรองว่า ข้อมูลที่ปรากฏในเอกสารฉบับนี้ หน่วยงานได้จัดพิมพ์จากระบบงานจริง เพื่อเป็นหลักฐานไว้ตรวจสอบ
"""
QUALITY = "สามารถยกระดับมาตรฐานของโรงเรียนในสังกัดสำนักงานเขต ให้มีคุณภาพใกล้เคียงกัน"


def _read(text: str) -> dict:
    rows = process_document("form.txt", text.encode("utf-8"))
    assert rows["documents"][0]["status"] != "failed", rows["documents"][0]["error"]
    return rows


def test_labels_of_a_section_whose_heading_is_lost_take_their_wraps():
    rows = _read(HEAD + FIELDS + TAIL)
    project = rows["projects"][0]
    assert project["strategy_issue"] == "ด้านที่ 3 - มหานครสำหรับทุกคน : Bangkok as a City for All"  # before: "... City"
    assert project["strategy_goal"] == "เป้าหมายที่ 3.3.4 ครูและบุคลากรทางการศึกษาได้รับการพัฒนาอย่างต่อเนื่อง"
    assert project["indicator"] == "มิติที่ 1 ร้อยละของข้าราชการครูที่ได้รับการพัฒนาตามเกณฑ์ที่กำหนด"
    assert [t["text"] for t in rows["targets"] if t["kind"] == "quality"] == [QUALITY]
    said = [i for i in rows["issues"] if i["code"] == "label_inferred"]
    assert len(said) == 1 and said[0]["field"] == "targets" and "1.6" in said[0]["message"]


def test_with_its_heading_printed_nothing_is_inferred():
    rows = _read(HEAD + HEADING + FIELDS + TAIL)
    assert rows["projects"][0]["strategy_goal"] == "เป้าหมายที่ 3.3.4 ครูและบุคลากรทางการศึกษาได้รับการพัฒนาอย่างต่อเนื่อง"
    assert [t["text"] for t in rows["targets"] if t["kind"] == "quality"] == [QUALITY]
    assert not [i for i in rows["issues"] if i["code"] == "label_inferred"]
