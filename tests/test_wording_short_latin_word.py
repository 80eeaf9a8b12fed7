"""One Latin word after Thai words in a Thai text was taken for a program's name ("โปรแกรม excel") whatever its
length, so a Thai word the English model read as a short one went unsaid: "ขออนุมัติ โครงการ Was ขออนุมัติเงินจัดสรร"
(และ; fresh set s110w, bma_proposal_s110w002, silent), "จำนวน 115 au ได้เข้าร่วม" (คน), "... สพฐ. way สพป." (และ).  One
word alone is a name of LATIN_NAME_WORD letters or more (pipeline.wording.latin_debris); a piece of a web address
("<https://www.cme๒learn.com/>", the real OBEC sample's) and acronyms in capitals stay the forms' own."""

import pytest

from pipeline.wording import latin_debris


@pytest.mark.parametrize("text, debris", [
    ("ขออนุมัติ โครงการ Was ขออนุมัติเงินจัดสรร", ["Was"]),
    ("นักเรียนในสังกัด จำนวน 115 au ได้เข้าร่วมกิจกรรมตามโครงการ", ["au"]),
    ("โปรแกรม excel สำหรับครู", []),
    ("ประชุมผ่านระบบ Zoom ของสำนักงาน", []),
    ("ชุมชนการเรียนรู้ทางวิชาชีพ หรือ PLC ของครู", []),
    ("เว็บไซต์บทเรียนออนไลน์ <https://www.cme๒learn.com/>", []),
    ("โครงการ The Best Education Innovation CME2", []),
])
def test_one_short_latin_word_after_thai_is_ocr_s(text, debris):
    assert latin_debris(text) == debris
