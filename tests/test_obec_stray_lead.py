"""An OBEC list numbered from 1 with text before its item 1 that introduces
nothing (no "... ดังนี้", no ":"): words of item 1 OCR read before its
number (each of the item's lines read in two pieces, the right-hand ones
first), no item of their own.  Before, they made a row of their own and
numbered every item after it one place on, the last row extra, silent
(parsers.obec_progress.lists._stray_lead; said by rounds.read_round_into as
items_cut_in_doubt on the table).  A lead that introduces the list stays
an item of its own."""

from __future__ import annotations

from parsers.obec_progress.lists import items_of, numbers_inside_items
from schemas.document import Line

LINES = [
    Line(523, "เกียวข้อง ได้รับการพัฒนาให้มีความรู้และ"),
    Line(524, "กต้อง"),
    Line(526, "๑. ครูทีทำหน้าที"),
    Line(527, "แนวทางปฏิบัติที"),
    Line(535, "2. โรงเรียนในสังกัดทุกโรงเรียนมีการดําเนินงานตามแนวทางที"),
    Line(536, "กําหนด"),
]


def test_text_before_item_one_that_introduces_nothing_is_item_ones():
    stray: list[Line] = []
    items = items_of(LINES, None, strays=stray)
    assert len(items) == 2  # (before: three, the lead one of them)
    text, a, b = items[0]
    assert (a, b) == (523, 527)
    # as many lead lines as item lines: each lead line after the item line of its rank
    assert text == "ครูทีทำหน้าที เกียวข้อง ได้รับการพัฒนาให้มีความรู้และ แนวทางปฏิบัติที กต้อง"
    assert items[1][0].startswith("โรงเรียนในสังกัด") and items[1][1] == 535
    assert [ln.no for ln in stray] == [523, 524]
    assert numbers_inside_items(LINES, items, stray) == []  # (item 1's own number is not inside an item)


def test_lead_lines_not_matching_go_after_the_item():
    lines = [Line(1, "เกียวข้อง ได้รับการพัฒนาให้มีความรู้และแนวทาง"), Line(3, "๑. ครูที่ทำหน้าที่"),
             Line(4, "ปฏิบัติ"), Line(5, "ที่ถูกต้อง"), Line(7, "๒. โรงเรียนในสังกัดทุกโรงเรียน")]
    items = items_of(lines, None)
    assert [t for t, _, _ in items] == ["ครูที่ทำหน้าที่ ปฏิบัติ ที่ถูกต้อง เกียวข้อง ได้รับการพัฒนาให้มีความรู้และแนวทาง",
                                        "โรงเรียนในสังกัดทุกโรงเรียน"]


def test_a_whole_text_before_item_one_stays_an_item():
    # no letter cut from its word: a text of its own (see also test_obec_ocr's figure wrapped under a lead)
    lines = [Line(1, "เกี่ยวข้อง ได้รับการพัฒนาให้มีความรู้และแนวทาง"), Line(3, "๑. ครูที่ทำหน้าที่"),
             Line(5, "๒. โรงเรียนในสังกัดทุกโรงเรียน")]
    assert len(items_of(lines, None)) == 3


def test_a_lead_that_introduces_the_list_stays_an_item():
    lines = [Line(1, "สพป. ได้ดำเนินการนิเทศ ติดตาม โดยกำหนดการดำเนินงานดังนี้"), Line(2, "๑. ประชุมคณะกรรมการ"),
             Line(3, "๒. ลงพื้นที่นิเทศ ติดตาม")]
    stray: list[Line] = []
    items = items_of(lines, None, strays=stray)
    assert len(items) == 3 and items[0][0].endswith("ดังนี้") and stray == []


def test_a_list_not_numbered_from_one_keeps_its_lead():
    # item 1's number lost: its text is the lead, item 2 the first numbered
    lines = [Line(1, "ผู้บริหารสถานศึกษาและคณะกรรมการดำเนินงาน"), Line(3, "๒. นักเรียนในสังกัดได้เข้าร่วมกิจกรรม")]
    assert len(items_of(lines, None)) == 2


def test_a_lead_whose_closing_words_ocr_damaged_stays_an_item():
    # "ดังนี้" read "ดังบี๋" glued to the word before (committed obec_progress_014), or "คังปี้" (set s52z); a letter
    # cut from its word in the lead (เกีย ว ข้อง) as in a stray one
    for close in ("โดยกําหนดการดําเนินงานดังบี๋", "โดยกําหบดการตําเน็นงาบคังปี้", "ดังนี้"):
        lines = [Line(724, f"สพป.ขอนแก่น เขต ๕ ได้ดําเนินการรับนักเรียนที่เกียวข้อง {close}"),
                 Line(725, "๑. สพป.ขอนแก่น เขต ๕ ได้ดําเนินการรับนักเรียน ครบตามแผนที่กําหนด"),
                 Line(726, "๒. ผู้เข้าร่วมกิจกรรมมีความรู้ความเข้าใจ")]
        assert len(items_of(lines, None)) == 3, close
    lines[0] = Line(724, "สพป.ขอนแก่น เขต ๕ ได้ดําเนินการรับนักเรียนที่เกียวข้อง")
    assert len(items_of(lines, None)) == 2  # (no closing words: stray)


def test_a_bare_figure_opening_a_line_is_no_item_one_to_take_a_lead():
    # "... โรงเรียนคุณภาพ 1 อำเภอ" / "๑ โรงเรียนคุณภาพได้ตามเป้าหมาย": a figure the page wrapped (set s50o)
    lines = [Line(74, "สามารถดําเนินการประชุมคณะกรรมการ เดือนละ ๑ ครัง"),
             Line(75, "ร้อยละ 85 ของโรงเรียนในสังกัดดําเนินการขับเคลือนโรงเรียนคุณภาพ 1 ลําเภอ"),
             Line(77, "๑ โรงเรียนคุณภาพได้ตามเป้าหมาย")]
    stray: list[Line] = []
    items_of(lines, None, strays=stray)
    assert stray == []
