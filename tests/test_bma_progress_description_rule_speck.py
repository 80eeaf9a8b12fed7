"""A table of entries as columns read across (two entries), a line of its description row holding a cell of
punctuation alone between the entries' cells ("จัดทำรายงาน<tab>|<tab>ประสานงาน": a speck OCR read from the rule
between the columns): one more cell than entries, so no cell order placed the line and it, with every line below
it to the next row (the first entry's expense lines among them), was given to no entry, the expenses lost with no
issue naming them.  The speck is no entry's text: left out, the line's cells are one an entry
(transposed.untranspose_with_doubts).  Lines given to no entry that hold an expense line are said of the
expenses too (an `entry_cell_in_doubt` naming `expenses`)."""

from __future__ import annotations

from parsers.bma_progress.entries import parse_entries
from schemas.document import Line

_HEAD = (
    ("|\tรายงานครั้งที่ 3\tรายงานครั้งที่ 4", (0, 16, 50)),
    ("วันที่รายงาน\t12 มี.ค. 62\t9 เมษายน 62", (0, 20, 66)),
)
_LOWER = (
    ("ความก้าวหน้า\t30.00 %\t41.00 %", (0, 20, 68)),
    ("ของงานฯ", ()),
    ("งบประมาณที่\t9,650.00 บาท\t0.00 บาท", (0, 20, 68)),
    ("เบิกใช้", ()),
    ("ความสอดคล้อง\tเป็นไปตามแผน\tเป็นไปตามแผน", (0, 18, 64)),
    ("กับแผน", ()),
    ("ความสอดคล้อง\tเป็นไปตามเป้าหมาย\tเป็นไปตามเป้าหมาย", (0, 18, 64)),
    ("กับเป้าหมาย", ()),
)


def _lines(*rows):
    return [Line(i, text, cols=cols) for i, (text, cols) in enumerate(rows, start=1)]


def _description(middle: str) -> tuple:
    return (
        ("รายละเอียดการ\tจัดประชุมคณะทำงานครั้งที่ 1\tรวบรวมข้อมูล", (0, 14, 66)),
        ("ดำเนินงาน\tเพื่อกำหนดแนวทางการนิเทศ\t" + middle, (0, 20, 60, 68)),
        ("การติดตามผลการดำเนินงาน\tของโรงเรียน", (0, 68)),
        ("ในสังกัดสำนักการศึกษา", ()),
        ("ค่าอาหารกลางวัน = 4,150.00 บาท", ()),
        ("ค่าถ่ายเอกสาร = 5,500.00 บาท", ()),
    )


def test_a_rule_speck_between_the_cells_is_left_out_and_the_expense_lines_are_read():
    result = parse_entries(_lines(*_HEAD, *_description("|\tประสานงาน"), *_LOWER))
    text = {n: "".join((result.entries[n].description or "").split()) for n in result.entries}
    assert text[3] == "จัดประชุมคณะทำงานครั้งที่1เพื่อกำหนดแนวทางการนิเทศการติดตามผลการดำเนินงาน" \
        "ในสังกัดสำนักการศึกษา"
    assert text[4] == "รวบรวมข้อมูลประสานงานของโรงเรียน"
    assert [(e.item, str(e.amount)) for e in result.entries[3].expenses] == [
        ("ค่าอาหารกลางวัน", "4,150.00"), ("ค่าถ่ายเอกสาร", "5,500.00")]
    assert not [i for i in result.issues if "given to none" in i.message]


def test_expense_lines_given_to_no_entry_are_said_of_the_expenses():
    # three cells of words for two entries: no cell order places the line, so it and the lines below it to the
    # next row go to no entry; the expense lines among them are named, not lost silently
    result = parse_entries(_lines(*_HEAD, *_description("ติดต่อ\tประสานงาน"), *_LOWER))
    assert not result.entries[3].expenses
    said = [i for i in result.issues if i.code == "entry_cell_in_doubt" and i.field == "expenses"]
    assert said and "ค่าอาหารกลางวัน = 4,150.00 บาท" in said[0].evidence
