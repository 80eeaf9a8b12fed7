"""A running header printed on page 1 too, its pages' only furniture, that OCR read as four lines parted by blank
lines, its year read two ways page by page ("ประจำปีงบประมาณ พ.ศ. ๒๕๒๓ สำนักงานเขตพื้นทีการศึกษา" /
"... ๒๕๒๓๑ ...": the fresh set's OBEC s19w001, furniture_header_wrapped).  The first line was known as the header;
its tail was not: the line under it is longer than it (so no wrapped tail, by the length rule), and the lines
under the printings differ by OCR's slips (so not "the same line under every printing", which extends the
block).  Read alike (pipeline.clean._reads_like), they are the same line, and the block takes up to three of them
where the text under the block differs page by page; the lines then ran into the targets and alignments under
each page's top.  Copies whose title stands over the same lines each time stay text (test_clean's control)."""

from __future__ import annotations

from pipeline.clean import clean_lines

TITLE = "รายงานความก้าวหน้า การดําเนินงานตามแผนปฏิบัติการ"
TAIL = ("ประจําปีงบประมาณ พ.ศ. ๒๕๒๓{} สํานักงานเขตพื้นทีการศึกษา", "ประถมศึกษาบุรีรัมย์", "เขต ๕")
BODIES = ["ข้อมูล ณ วันที่ ๓๐ กันยายน\n\nกลุ่มนโยบายและแผน", "ส่วนที่ ๑ สรุปผลการดำเนินงาน\n\nโครงการทั้งหมด ๑๒ โครงการ",
          "โครงการที่ ๑ พัฒนาครู\n\nผลการดำเนินงาน อบรมครู ๕๐ คน", "โครงการที่ ๒ ส่งเสริมการอ่าน\n\nจัดกิจกรรม ๓ ครั้ง",
          "โครงการที่ ๓ ห้องเรียนคุณภาพ\n\nประเมินโรงเรียน ๒๐ แห่ง", "โครงการที่ ๕ ลดเวลาเรียน\n\nนิเทศ ๑๐ โรงเรียน"]


def test_a_header_ocr_read_as_four_lines_with_slips_is_furniture_in_every_line():
    pages = [f"{TITLE}\n\n{TAIL[0].format('๑' if k % 2 else '')}\n{TAIL[1]}\n\n{TAIL[2]}\n\n{body}"
             for k, body in enumerate(BODIES)]
    lines, _ = clean_lines("\n\n".join(pages))
    kinds = [ln.kind for ln in lines if ln.text.startswith("ประจำปีงบประมาณ") or ln.text in TAIL[1:]]
    assert kinds == ["page_header"] * 18
    assert {ln.kind for ln in lines if ln.text.startswith("โครงการที่")} == {"text"}


def test_the_same_lines_under_every_printing_and_after_it_too_are_no_header_tail():
    # copies whose first lines are the same each time, and what follows the same too: the form's own lines
    copy = f"{TITLE}\n\n{TAIL[0].format('')}\n{TAIL[1]}\n\n{TAIL[2]}\n\nกลุ่มนโยบายและแผน\n\nผลการดำเนินงาน"
    lines, _ = clean_lines("\n\n".join([copy] * 4))
    assert {ln.kind for ln in lines if ln.text == TAIL[1]} == {"text"}
