"""An OCR'd entries table whose entries are its columns (parsers.bma_progress.transposed): a description line
holding an expense line's words or figures, two neighbouring entries' cells on it whose gap OCR read as one
space, is parted by the columns' widths where they allow one way only, as any other line is
(transposed._expense_width_split): an entry's last words glued to the next entry's expense item ("ดำเนินโครงการ
ค่าอาหารว่างและ", fresh set s69o005), or an expense line's piece glued to the next entry's words ("รถโดยสาร =
โรคติดเชื้อไวรัสโค", s69z005).  Before, such a line stayed whole where position put it: the expense line was cut
apart and lost (its pieces said as text no rule could read).  Taken only where every entry given a piece is
still running (a piece of it on the lines just above); a line standing from the margin once the first columns
ended is wider than a column for that reason and is left as it was (extra4 t005)."""

from decimal import Decimal

from parsers.bma_progress.entries import parse_entries
from parsers.bma_progress.transposed import _expense_width_split, _width_split
from schemas.document import Line
from tests.test_bma_progress_transposed import _ocr_lines

_HEAD = (
    ("รายการ\tรายงานครั้งที่ 1\tรายงานครั้งที่ 2\tรายงานครั้งที่ 3", (0, 16, 32, 48)),
    ("วันที่รายงาน\t10/01/2564\t12/02/2564\t15/03/2564", (0, 16, 32, 48)),
    ("รายละเอียดการ\tจัดทำโครงการ\tจัดเตรียม\tประชุมผู้บริหาร", (0, 16, 32, 48)),
    ("ดำเนินงาน\tเพื่อขออนุมัติ\tข้อมูล/จัดทำ\tสถานศึกษาเพื่อ", (0, 16, 32, 48)),
)
_FOOT = (
    ("ความก้าวหน้าของงานฯ\t10\t20\t30", (0, 16, 32, 48)),
    ("งบประมาณที่เบิกใช้\t0 บาท\t0 บาท\t1,450 บาท", (0, 16, 32, 48)),
    ("ความสอดคล้องกับแผน\tเป็นไปตามแผน\tเป็นไปตามแผน\tเป็นไปตามแผน", (0, 16, 32, 48)),
    ("ความสอดคล้องกับเป้าหมาย\tเป็นไปตามเป้าหมาย\tเป็นไปตามเป้าหมาย\tเป็นไปตามเป้าหมาย", (0, 16, 32, 48)),
)


def _entries(*body: tuple[str, tuple[int, ...]], head=_HEAD):
    return parse_entries(_ocr_lines(*head, *body, *_FOOT, start=100))


def test_an_entry_s_last_word_glued_to_the_next_entry_s_expense_item_is_parted_and_the_line_read_whole():
    # report 2's last word and report 3's item with one space between them; report 3's line goes on from the
    # margin below, the first two columns ended
    result = _entries(("และโอนเงิน\tโครงการ ค่าอาหารว่างและ", (16, 32)),
                      ("เครื่องดื่ม 58 คน x", ()),
                      ("25 บาท = 1,450 บาท", ()))
    entries = result.entries
    assert entries[2].description == "จัดเตรียม ข้อมูล/จัดทำ โครงการ"
    assert [(x.item, x.quantity, x.each, x.amount) for x in entries[3].expenses] == [
        ("ค่าอาหารว่างและ เครื่องดื่ม", "58", "25", "1,450")]
    assert not entries[2].expenses
    # which entry each piece is remains the layout's reading: the line is said at its place, of the expenses too
    assert any(i.code == "entry_cell_in_doubt" and i.field == "expenses" and i.line_start == 104
               for i in result.issues)


def test_an_expense_line_s_piece_glued_to_the_next_entry_s_words_is_parted_and_the_line_read_under_its_entry():
    # report 2's expense line wraps on over three lines; on the second, its "=" and report 3's words with one
    # space between them
    head = list(_HEAD)
    head[2] = ("รายละเอียดการ\tจัดทำโครงการ\tจัดเตรียม\tยกเลิกโครงการ", (0, 16, 32, 48))  # column 3 about 14 wide
    result = _entries(("และโอนเงิน\tค่าเช่า\tแพร่ระบาดของ", (16, 32, 48)),
                      ("กิจกรรมที่ 1\tรถโดยสาร = โรคติดเชื้อไวรัสโค", (16, 32)),
                      ("ให้ 53\t1,450 บาท\tโรนา 2019", (16, 32, 48)), head=head)
    entries = result.entries
    assert [(x.item, x.amount) for x in entries[2].expenses] == [("ค่าเช่า รถโดยสาร", "1,450")]
    assert entries[3].description == "ยกเลิกโครงการ สถานศึกษาเพื่อ แพร่ระบาดของ โรคติดเชื้อไวรัสโค โรนา 2019"
    assert any(i.code == "entry_cell_in_doubt" and i.field == "expenses" and i.line_start == 105
               for i in result.issues)


def test_a_line_from_the_margin_after_the_first_columns_ended_is_not_parted_by_the_widths():
    # report 3's words and its own next expense line's item on a line standing from the margin: the first two
    # columns ended lines above, so the line is wider than a column for that, not for a gap OCR lost
    lines = [Line(110, "เดียวกัน ค่าจ้างเหมาจัดทำ")]
    widths = [[5, 6], [9, 10], [14, 15]]  # caps 8, 12 and 17: the words fit the last two columns only
    pieces = [[Line(104, "เพื่อขออนุมัติ")], [Line(104, "ข้อมูล/จัดทำ")], [Line(108, "ในช่วงเวลา")]]
    assert _width_split([lines[0].text], widths, expenses=True) is not None  # the widths alone would part it
    assert _expense_width_split(lines[0], [lines[0].text], widths, pieces) is None
    # every entry given a piece still running: parted
    pieces = [[Line(104, "เพื่อขออนุมัติ")], [Line(109, "ข้อมูล/จัดทำ")], [Line(109, "ในช่วงเวลา")]]
    assert _expense_width_split(lines[0], [lines[0].text], widths, pieces) == _width_split(
        [lines[0].text], widths, expenses=True)
    # a line of no expense line's words is _width_split's, and _width_split still leaves expense lines alone
    assert _expense_width_split(Line(110, "การคัดเลือกและตัดสิน การเรียนรู้"), ["การคัดเลือกและตัดสิน การเรียนรู้"],
                                widths, pieces) is None
    assert _width_split([lines[0].text], widths) is None


def test_a_whole_expense_line_is_not_parted_between_two_entries():
    # one entry's expense line on a line of its own, wider than every column: its item and "=" would fit one
    # column, its amount the next, but an expense line's own words and figures are one entry's (the whole line
    # is read where it stands; extra test: tests/test_bma_progress_description_rule_speck.py)
    line = Line(110, "ค่าอาหารกลางวัน = 4,150.00 บาท")
    widths = [[14, 15], [10, 11]]  # caps 17 and 13
    pieces = [[Line(109, "ในสังกัดสำนักการศึกษา")], [Line(108, "ของโรงเรียน")]]
    assert _width_split([line.text], widths, expenses=True) == (["ค่าอาหารกลางวัน =", "4,150.00 บาท"], [0, 1])
    assert _expense_width_split(line, [line.text], widths, pieces) is None
