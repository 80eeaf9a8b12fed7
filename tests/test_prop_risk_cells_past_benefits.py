"""A BMA proposal after OCR whose risk table, read across, wrapped its last row's mitigation past the benefits'
heading ("ผู้เข้ารับการอบรมไม่   ๑   ๒ น้อยมาก ประสาน" ... / "9. ประโยชน์ที่คาดว่าจะได้รับ" / "กำหนดวัน" /
"จัดกิจกรรมให้" / "- โรงเรียนมี...": s67o004): the row's mitigation was read cut, with a line of the risk's column
run in, and only the benefits' text was said in doubt.  Text in lines no wider than a column of the table under
the benefits' heading before the first benefit now says the table's last row's mitigation in doubt
(read._cells_past_benefits); a paragraph's lines there, as wide as the page's, do not."""

from __future__ import annotations

from parsers.bma_proposal.read import _cells_past_benefits
from schemas.document import CopyReading, Line, Reading

_TABLE = ["ความเสี่ยง          โอกาส ผลกระทบ ระดับของ แนวทาง",
          "ผู้เข้ารับการอบรมไม่       ๑        ๒ น้อยมาก ประสาน",
          "ครบตามจำนวน                                        โรงเรียน"]


def _out() -> CopyReading:
    out = CopyReading(0, 1, 40)
    out.put("findings", ("risk", 1), "text", Reading("ผู้เข้ารับการอบรมไม่ครบตามจำนวน", "", 2, 3))
    out.put("findings", ("risk", 1), "mitigation", Reading("ประสาน โรงเรียน", "", 2, 3))
    return out


def _lines(texts: list[str], first: int) -> list[Line]:
    return [Line(no, t) for no, t in enumerate(texts, start=first)]


def test_column_wide_text_past_the_heading_puts_the_last_mitigation_in_doubt():
    issues = _cells_past_benefits(_lines(_TABLE, 1), _lines(["กำหนดวัน", "จัดกิจกรรมให้", "สอดคล้องกับ"], 6), _out())
    assert [(i.code, i.field, i.line_start, i.line_end) for i in issues] == [
        ("unread_cells", "findings.mitigation", 2, 3)]


def test_a_paragraph_past_the_heading_says_nothing_of_the_table():
    lead = ["โรงเรียนมีสื่อการเรียนรู้ดิจิทัลที่มีคุณภาพ สามารถเผยแพร่เป็นแบบอย่างได้ทุกโรงเรียน"]
    assert _cells_past_benefits(_lines(_TABLE, 1), _lines(lead, 6), _out()) == []
    assert _cells_past_benefits(_lines(_TABLE, 1), [], _out()) == []
    assert _cells_past_benefits(_lines(_TABLE, 1), _lines(["ฒ.@๑"], 6), _out()) == []  # a speck
