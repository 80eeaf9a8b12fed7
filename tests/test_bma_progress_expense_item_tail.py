"""BMA progress form, a report table OCR read out of its columns: the description ends in an expense line's
opening words, its figures unread or standing elsewhere ("... ค่าเช่ารถโดยสาร", "... ค่า อาหารกลางวัน 111 คน",
"... ค่าถ่ายเอกสาร = doo บาท.-"), which no expense-line reading finds; they are cut off and said of the
description and of the expenses (unplaced_text), and prose is kept whole (rows._expense_item_cut)."""

from parsers.bma_progress.rows import _expense_item_cut, expense_item_tail
from schemas.document import Reading

OWN = "จัดกิจกรรมนิเทศ ติดตาม การดำเนินงานของโรงเรียนในสังกัด"
SPAN = (160, 171)


def _cut(read: str):
    rec = {"description": Reading(read, read, *SPAN)}
    out = {"description": read}
    return out, _expense_item_cut(4, rec, out)


def test_an_expense_line_s_opening_words_ending_a_description_are_cut_and_said():
    for tail in ("ค่าเช่ารถโดยสาร", "ค่า อาหารกลางวัน 111 คน", "ค่าถ่ายเอกสาร = doo บาท.-", "ค่าตอบแทน",
                 "ค่าเช่า ค่าวัสดุ อุปกรณ์ = ๓,๐๐๐"):
        out, said = _cut(f"{OWN} {tail}")
        assert out["description"] == OWN, tail
        assert [(i.code, i.field, i.line_start, i.line_end) for i in said] == [
            ("unplaced_text", "progress_reports.description", *SPAN), ("unplaced_text", "expenses", *SPAN)], tail
        assert all(tail in i.evidence for i in said), tail


def test_prose_is_kept():
    for text in (OWN, "อยู่ระหว่างการเตรียมจัดทำคำสั่งเจ้าหน้าที่ และผู้ร่วมโครงการ",
                 f"{OWN} คำสั่งผู้เข้าร่วมกิจกรรม",  # คำ ("word"), never ค่า
                 "ค่าอาหาร 5 คน",  # too little of the description's own before it
                 # another cell's item word run into its middle, the description's own words after it (fresh
                 # s39o009): no expense line's figure, sign or unit after the item's name and one word
                 "ประชุม ผู้บริหาร สถานศึกษา ค่าตอบแทน เพื่อกำหนด วันจัด สัมมนา",
                 # an item's word with a sentence after it: the description's own words go on
                 f"{OWN} ค่าใช้จ่ายในการดำเนินงานเป็นไปตามแผนที่กำหนดไว้ทุกประการแล้ว ซึ่งรอการเบิกจ่าย"):
        out, said = _cut(text)
        assert said == [] and out["description"] == text, text
    assert expense_item_tail(f"{OWN} ค่า") == len(OWN) + 1
