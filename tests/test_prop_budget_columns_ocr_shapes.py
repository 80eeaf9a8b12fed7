"""BMA proposals' budget of item columns after OCR, in shapes the column reader
(parsers.bma_proposal.columns) did not take, and a line's figure OCR lost
(parsers.bma_proposal.money):

* the item column's header "รายการ" with a letter misread ("วายการ": ร and ว are
  letters the engine reads for one another): the table was no table, every
  line lost;
* the unit, unit amount and amount columns read across, parted by spaces only
  ("คน 100.- 9,500.-"): one "figure" with letters in it, no cell placed;
* an item's name and its quantity parted by a space, no tab ("- วัสดุ 29"): the
  line was no name, the table's rows shifted;
* a bare unit amount before its amount on one line ("25   1,025"): a count
  before money stands in no run of columns, so the line was left out;
* a quantity or unit amount whose cell OCR lost, the line's two other figures
  read: the quotient, taken only where the lines add up to the total."""

from __future__ import annotations

from decimal import Decimal

from parsers.bma_proposal.columns import read_columns
from parsers.bma_proposal.money import amount_or_none, repair_lines
from schemas.document import Line, Reading


def _lines(text: str) -> list[Line]:
    return [Line(no, t) for no, t in enumerate(text.splitlines(), 1) if t.strip()]


def _got(text: str) -> list[tuple]:
    read = read_columns(_lines(text), "")
    assert read is not None
    return [(e.category, e.item, e.qty, e.unit, e.each, e.amount) for e in read.expenses]


# The unit, unit amount and amount read across with spaces between, and a name with its quantity after a space.
_ACROSS = """รายการ จำนวน หน่วยราคาต่อหน่วย (บาท) จำนวนเงิน (บาท)
ค่าอาหารกลางวัน
- ผู้เข้ารับการอบรม\t95
ค่าวัสดุสำนักงาน
- วัสดุสำนักงานและวัสดุคอมพิวเตอร์ 29
ค่าตอบแทนวิทยากร
วิทยากรภายนอก\t9
รวมทั้งสิ้น
9,500.-
คน 100.- 9,500.-
14,500.-
ชุด 500.- 14,500.-
5,400.-
ชั่วโมง 600.- 5,400.-
29,400.-
"""


_ACROSS_EXPECTED = [
    ("ค่าอาหารกลางวัน", "ผู้เข้ารับการอบรม", "95", "คน", "100.-", "9,500.-"),
    ("ค่าวัสดุสำนักงาน", "วัสดุสำนักงานและวัสดุคอมพิวเตอร์", "29", "ชุด", "500.-", "14,500.-"),
    ("ค่าตอบแทนวิทยากร", "วิทยากรภายนอก", "9", "ชั่วโมง", "600.-", "5,400.-"),
]


def test_unit_and_money_read_across_with_spaces_and_a_count_after_a_name_are_cells():
    assert _got(_ACROSS) == _ACROSS_EXPECTED


def test_unit_and_money_read_across_parted_by_spaces_are_three_cells():
    # the name's quantity after a tab: only the unit and money cells parted by spaces are in question
    assert _got(_ACROSS.replace("คอมพิวเตอร์ 29", "คอมพิวเตอร์\t29")) == _ACROSS_EXPECTED


def test_a_count_after_a_name_and_a_space_is_the_lines_quantity():
    # the unit and money cells parted by tabs: only the name's quantity after a space is in question
    table = "\n".join(ln.replace(" ", "\t") if ln[:1] in "คชฃ" and ln.endswith(".-") else ln
                      for ln in _ACROSS.splitlines())
    assert "ชุด\t500.-\t14,500.-" in table
    assert _got(table) == _ACROSS_EXPECTED


# The header "รายการ" misread "วายการ"; a unit amount of two figures before its amount on one line.
_BLOCKS = """วายการ
ค่าตอบแทนวิทยากร
วิทยากรภายนอก\t6
วิทยากรภายใน\t6
ค่าอาหารว่างและเครื่องดื่ม
ผู้เข้ารับการอบรม\t41
รวมทั้งสิ้น
จำนวน หน่วย
ชั่วโมง
ชั่วโมง
คน
ราคาต่อหน่วย\tจำนวนเงิน (
(บาท)\tบาท)
9,000
1,200\t7,200
300\t1,800
1,025
25\t1,025
10,025
"""


_BLOCKS_EXPECTED = [
    ("ค่าตอบแทนวิทยากร", "วิทยากรภายนอก", "6", "ชั่วโมง", "1,200", "7,200"),
    ("ค่าตอบแทนวิทยากร", "วิทยากรภายใน", "6", "ชั่วโมง", "300", "1,800"),
    ("ค่าอาหารว่างและเครื่องดื่ม", "ผู้เข้ารับการอบรม", "41", "คน", "25", "1,025"),
]


def test_a_damaged_item_header_and_a_bare_unit_amount_before_its_amount():
    assert _got(_BLOCKS) == _BLOCKS_EXPECTED


def test_a_damaged_item_header_opens_the_table():
    got = _got(_BLOCKS.replace("25\t1,025", "25.00\t1,025"))
    assert got == _BLOCKS_EXPECTED[:2] + [_BLOCKS_EXPECTED[2][:4] + ("25.00", "1,025")]


def test_a_bare_unit_amount_before_its_amount_is_money():
    assert _got(_BLOCKS.replace("วายการ", "รายการ")) == _BLOCKS_EXPECTED


def test_a_header_word_that_is_no_misreading_of_the_items_header_is_no_table():
    assert read_columns(_lines(_BLOCKS.replace("วายการ", "ตารางการ")), "") is None


def _line(q: str, e: str, a: str) -> dict:
    return {"item": Reading("รายการ", "รายการ", 1, 1),
            **{n: Reading(amount_or_none(t) if t else None, t, 1, 1)
               for n, t in (("quantity", q), ("unit_amount", e), ("amount", a))}}


def _figures(line: dict) -> list:
    return [line[n].value for n in ("quantity", "unit_amount", "amount")]


def test_a_lost_quantity_is_the_quotient_where_the_lines_add_up_to_the_total():
    lines = [_line("", "600.00", "2,400.00"), _line("8", "600.00", "4,800.00")]
    issues = repair_lines(lines, Decimal("7200"))
    assert _figures(lines[0]) == [Decimal("4"), Decimal("600.00"), Decimal("2400.00")]
    assert [(i.code, i.field) for i in issues] == [("value_repaired", "expenses.quantity")]
    assert "lost its cell" in issues[0].message


def test_a_lost_unit_amount_is_the_quotient_where_the_lines_add_up_to_the_total():
    lines = [_line("41", "", "1,025"), _line("122", "100", "12,200")]
    issues = repair_lines(lines, Decimal("13225"))
    assert _figures(lines[0])[1] == Decimal("25.00")
    assert [(i.code, i.field) for i in issues] == [("value_repaired", "expenses.unit_amount")]


def test_a_lost_figure_is_not_given_without_a_total_that_the_lines_reach():
    for total in (None, Decimal("7000")):
        lines = [_line("", "600.00", "2,400.00"), _line("8", "600.00", "4,800.00")]
        repair_lines(lines, total)
        assert lines[0]["quantity"].value is None


def test_a_quotient_that_is_no_whole_quantity_is_not_given():
    lines = [_line("", "700.00", "2,400.00"), _line("8", "600.00", "4,800.00")]
    repair_lines(lines, Decimal("7200"))
    assert lines[0]["quantity"].value is None
