"""BMA proposals whose budget of item columns (รายการ | จำนวน | หน่วย | ราคาต่อหน่วย | จำนวนเงิน) OCR read
down its columns, in blocks (parsers.bma_proposal.columns): the item names first (a cell or two beside
some), the total and the law, then a run of quantities, of units, of unit amounts, and of the amount column
(the lines' amounts with the subtotals and the total among them), or runs of two or three columns read
across.  Before, no reader took such a table: every expense line was lost (said).  A run that lacks a cell
has it placed only where the table's arithmetic proves where; else the cells it leaves in doubt are empty
and said."""

from __future__ import annotations

import time

from parsers.bma_proposal.columns import read_columns
from schemas.document import Line
from tests.test_prop_item_columns import _lines, _with_table, run

_HEAD = """ตามรายละเอียดดังนี้
กิจกรรม : จัดกิจกรรมทดสอบ
รายการ
จํานวน หน่วย ราคาต่อหน่วย จํานวนเงิน
(บาท)   (บาท)
"""
# The names, the first category's subtotal and two lines' quantities beside them, a line's name wrapped.
_NAMES = """ค่าจ้างเหมาจัดทําเอกสาร                                           14,400.-
เอกสารประกอบการอบรม        96
ค่าอาหารว่างและเครื่องดื่ม
- ผู้เข้ารับการอบรม
ค่าวัสดุสํานักงาน
- วัสดุสํานักงานและวัสดุ         6
คอมพิวเตอร์
ค่าอาหารกลางวัน
ผู้เข้ารับการอบรม
รวมทั้งสิ้น
กฎหมาย ระเบียบที่เกี่ยวข้อง :
"""
_QTYS = "112\n113\n"
_UNITS = "เล่ม\nคน\nชุด\nคน\n"
_EACH = "150.-\n50.-\n350.-\n120.-\n"
_AMOUNTS = "14,400.-\n5,600.-\n5,600.-\n2,100.-\n2,100.-\n13,560.-\n13,560.-\n35,660.-\n"
_LAW = "ระเบียบกระทรวงการคลังว่าด้วยการจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ\nพ.ศ.2560\n"
_EXPECTED = [
    ("ค่าจ้างเหมาจัดทำเอกสาร", "เอกสารประกอบการอบรม", "96.00", "เล่ม", "150.00", "14400.00"),
    ("ค่าอาหารว่างและเครื่องดื่ม", "ผู้เข้ารับการอบรม", "112.00", "คน", "50.00", "5600.00"),
    ("ค่าวัสดุสำนักงาน", "วัสดุสำนักงานและวัสดุคอมพิวเตอร์", "6.00", "ชุด", "350.00", "2100.00"),
    ("ค่าอาหารกลางวัน", "ผู้เข้ารับการอบรม", "113.00", "คน", "120.00", "13560.00"),
]


def _table(qtys: str = _QTYS, units: str = _UNITS, each: str = _EACH, amounts: str = _AMOUNTS) -> str:
    return _HEAD + _NAMES + qtys + units + each + amounts + _LAW


def _flagged(rows: dict, seq: int, name: str) -> bool:
    line = rows["expenses"][seq - 1]
    return any(i["field"] == f"expenses.{name}" and i["line_start"] <= line["line_end"]
               and i["line_end"] >= line["line_start"] for i in rows["issues"])


def test_a_table_read_down_its_columns_gives_every_line_its_cells():
    rows = run(_with_table(_table()))
    assert _lines(rows) == _EXPECTED


def test_names_with_no_runs_after_them_give_the_lines_their_names_alone():
    # the same names with no runs after them: before, no line was read (said); now the names make the lines,
    # the cells beside them kept, every other figure unread, and that is said (columns._names_alone)
    rows = run(_with_table(_HEAD + _NAMES + _LAW))
    got = [(e["item"], e["quantity"], e["unit_amount"], e["amount"]) for e in rows["expenses"]]
    assert [g[0] for g in got] == [e[1] for e in _EXPECTED]
    assert [str(g[1]) for g in got] == ["96.00", "None", "6.00", "None"]
    assert all(g[2] is None and g[3] is None for g in got)
    assert any(i["field"] == "expenses" and i["code"] == "unread_cells" and "names alone" in i["message"]
               for i in rows["issues"])


def test_a_unit_run_that_lacks_a_cell_places_none_of_its_cells_and_says_so():
    # the units' run lost "ชุด": no arithmetic tells where, so no unit is placed by guess
    rows = run(_with_table(_table(units="เล่ม\nคน\nคน\n")))
    got = _lines(rows)
    assert [g[:3] + g[4:] for g in got] == [e[:3] + e[4:] for e in _EXPECTED]
    for seq, (g, e) in enumerate(zip(got, _EXPECTED), start=1):
        assert g[3] in (e[3], None)
        if g[3] is None:
            assert _flagged(rows, seq, "unit")
    assert got[2][3] is None


def test_a_unit_amount_run_that_lacks_a_cell_has_it_placed_where_the_products_prove():
    # "350.-" lost: only its absence from the third line lets the other lines multiply out
    rows = run(_with_table(_table(each="150.-\n50.-\n120.-\n")))
    got = _lines(rows)
    assert [g for k, g in enumerate(got) if k != 2] == [e for k, e in enumerate(_EXPECTED) if k != 2]
    assert got[2][4] in ("None", "350.00")
    if got[2][4] == "None":
        assert _flagged(rows, 3, "unit_amount")


def test_a_speck_read_as_a_count_among_the_runs_is_no_cell():
    rows = run(_with_table(_table(each="7\n" + _EACH)))
    assert _lines(rows) == _EXPECTED


# Quantity and unit read across ("2 โรงเรียน"), unit amount and amount read across ("18,000   36,000") among
# the amount column's subtotals, and the last row read whole after the runs, the total beside its words.
_ACROSS = """ตามรายละเอียดดังนี้
กิจกรรม : จัดกิจกรรมทดสอบ
รายการ
ค่าวัสดุในการ
จัดกิจกรรมทดสอบ
โรงเรียนขนาดใหญ่
- โรงเรียนขนาดเล็ก
ค่าตอบแทนวิทยากร
วิทยากรภายนอก
จํานวน หน่วย
2 โรงเรียน
2 โรงเรียน
5 ชั่วโมง
ราคาต่อ จํานวนเงิน
หน่วย (         (บาท)
บาท)
48,000
18,000       36,000
6,000        12,000
7,800
600            3,000
วิทยากรภายใน             8 ชั่วโมง         600     4,800
รวมทั้งสิ้น                                         55,800
"""
_ACROSS_EXPECTED = [
    ("ค่าวัสดุในการจัดกิจกรรมทดสอบ", "โรงเรียนขนาดใหญ่", "2.00", "โรงเรียน", "18000.00", "36000.00"),
    ("ค่าวัสดุในการจัดกิจกรรมทดสอบ", "โรงเรียนขนาดเล็ก", "2.00", "โรงเรียน", "6000.00", "12000.00"),
    ("ค่าตอบแทนวิทยากร", "วิทยากรภายนอก", "5.00", "ชั่วโมง", "600.00", "3000.00"),
    ("ค่าตอบแทนวิทยากร", "วิทยากรภายใน", "8.00", "ชั่วโมง", "600.00", "4800.00"),
]


def test_runs_of_two_columns_read_across_and_a_row_read_whole_after_them():
    assert _lines(run(_with_table(_ACROSS))) == _ACROSS_EXPECTED


# The unit amounts of the first category's lines read as a block of their own between its subtotal and its
# lines' amounts, the other lines' unit amounts and amounts read across: the products place them.
_TURNS = """ตามรายละเอียดดังนี้
กิจกรรม : จัดกิจกรรมทดสอบ
รายการ              จํานวน หน่วย    ราคาต่อ จํานวนเงิน
หน่วย (            (บาท)
ค่าวัสดุในการจัดกิจกรรมทดสอบ
โรงเรียนขนาดใหญ่
โรงเรียนขนาดเล็ก
ค่าตอบแทนวิทยากร
- วิทยากรภายนอก
- วิทยากรภายใน
รวมทั้งสิ้น
3 โรงเรียน
1 โรงเรียน
12 ชั่วโมง
3 ชั่วโมง
บาท)
62,500
18,000
8,500
54,000
8,500
9,000
600                7,200
600                1,800
71,500
"""


def test_the_unit_amounts_read_as_a_block_inside_the_amount_column_are_placed_by_the_products():
    assert _lines(run(_with_table(_TURNS))) == [
        ("ค่าวัสดุในการจัดกิจกรรมทดสอบ", "โรงเรียนขนาดใหญ่", "3.00", "โรงเรียน", "18000.00", "54000.00"),
        ("ค่าวัสดุในการจัดกิจกรรมทดสอบ", "โรงเรียนขนาดเล็ก", "1.00", "โรงเรียน", "8500.00", "8500.00"),
        ("ค่าตอบแทนวิทยากร", "วิทยากรภายนอก", "12.00", "ชั่วโมง", "600.00", "7200.00"),
        ("ค่าตอบแทนวิทยากร", "วิทยากรภายใน", "3.00", "ชั่วโมง", "600.00", "1800.00"),
    ]


def test_runs_that_leave_too_many_cells_out_are_no_such_table():
    # two quantities and one amount for four lines: nothing is placed by guess, the lines stay lost (said)
    rows = run(_with_table(_HEAD + _NAMES + "112\n14,400.-\n" + _LAW))
    assert not rows.get("expenses")


def test_a_long_table_of_damaged_runs_is_read_or_refused_quickly():
    names = "".join(f"ค่าหมวด{k}\n" + "".join(f"- รายการที่{k}{j}\n" for j in range(5)) for k in range(8))
    runs = "".join(f"{n}\n" for n in range(10, 50)) + "คน\n" * 37 + "".join(f"{n},000.-\n" for n in range(1, 90))
    lines = [Line(no, text) for no, text in enumerate((_HEAD + names + "รวมทั้งสิ้น\n" + runs).splitlines(), 1)]
    start = time.perf_counter()
    read_columns(lines, "")
    assert time.perf_counter() - start < 5


def test_the_money_columns_read_past_the_next_heading_are_the_tables():
    # OCR ordered the money columns' blocks after the risks heading: under it, the columns' header words,
    # then the unit amounts and the amounts; the table's own lines hold none of them
    table = _TURNS[:_TURNS.index("บาท)\n62,500")]
    money = _TURNS[_TURNS.index("62,500"):]
    text = _with_table(table)
    heading = text.index("8.  ความเสี่ยง")
    cut = text.index("\n", heading) + 1
    rows = run(text[:cut] + "จํานวนเงิน (บาท)\n" + money + text[cut:])
    assert _lines(rows) == [
        ("ค่าวัสดุในการจัดกิจกรรมทดสอบ", "โรงเรียนขนาดใหญ่", "3.00", "โรงเรียน", "18000.00", "54000.00"),
        ("ค่าวัสดุในการจัดกิจกรรมทดสอบ", "โรงเรียนขนาดเล็ก", "1.00", "โรงเรียน", "8500.00", "8500.00"),
        ("ค่าตอบแทนวิทยากร", "วิทยากรภายนอก", "12.00", "ชั่วโมง", "600.00", "7200.00"),
        ("ค่าตอบแทนวิทยากร", "วิทยากรภายใน", "3.00", "ชั่วโมง", "600.00", "1800.00"),
    ]
    # without the header words over them, figures under the next heading are not taken
    rows = run(text[:cut] + money + text[cut:])
    assert all(e["amount"] is None for e in rows.get("expenses", []))


# The quantity of the third line lost from its run ("ชั่วโมง" alone), its unit amount printed with a speck read
# as a look-alike before it ("o600": four figure characters, a unit amount, not a count).
_SPECKED = """ตามรายละเอียดดังนี้
กิจกรรม : จัดกิจกรรมทดสอบ
รายการ
ค่าวัสดุในการ
จัดกิจกรรมทดสอบ
โรงเรียนขนาดใหญ่
- โรงเรียนขนาดเล็ก
ค่าตอบแทนวิทยากร
- วิทยากรภายนอก
วิทยากรภายใน
จํานวน หน่วย
2 โรงเรียน
2 โรงเรียน
ชั่วโมง
8 ชั่วโมง
ราคาต่อ
หน่วย
(บาท)
18,000
6,000
o600
600
จํานวน
เงิน (
บาท)
48,000
36,000
12,000
7,800
3,000
4,800
รวมทั้งสิ้น                                         55,800
"""


def test_a_bare_figure_of_four_characters_alone_is_a_unit_amount_and_a_lost_quantity_is_said():
    rows = run(_with_table(_SPECKED))
    got = _lines(rows)
    assert [g for k, g in enumerate(got) if k != 2] == [e for k, e in enumerate(_ACROSS_EXPECTED) if k != 2]
    assert got[2][:2] == _ACROSS_EXPECTED[2][:2] and got[2][3] == "ชั่วโมง" and got[2][5] == "3000.00"
    assert got[2][2] == "None" and _flagged(rows, 3, "quantity")


# Rows read across with their quantity, unit and unit amount, the amount column OCR read apart from them, past
# the next heading (under the risks' heading, after the columns' header words), the total with no figure.
_AMOUNTS_APART = """ตามรายละเอียดดังนี้
กิจกรรม : จัดกิจกรรมทดสอบ
รายการ                        จํานวน หน่วย          ราคาต่อ
หน่วย (บาท)
ค่าวัสดุในการจัดกิจกรรมทดสอบ
โรงเรียนขนาดใหญ่                                 ๔ โรงเรียน             ๑๕,๑๐๐
โรงเรียนขนาดกลาง                                ๓ โรงเรียน             ๑๓,๑๐๐
รวมทั้งสิ้น
"""


def test_amounts_of_rows_read_across_past_the_next_heading_are_the_rows_in_order():
    text = _with_table(_AMOUNTS_APART)
    heading = text.index("8.  ความเสี่ยง")
    cut = text.index("\n", heading) + 1
    rows = run(text[:cut] + "จํานวนเงิน\n(บาท)\n๖๐,๔๐๐\n๓๙,๓๐๐\n๙๙,๗๐๐\n" + text[cut:])
    assert _lines(rows) == [
        ("ค่าวัสดุในการจัดกิจกรรมทดสอบ", "โรงเรียนขนาดใหญ่", "4.00", "โรงเรียน", "15100.00", "60400.00"),
        ("ค่าวัสดุในการจัดกิจกรรมทดสอบ", "โรงเรียนขนาดกลาง", "3.00", "โรงเรียน", "13100.00", "39300.00"),
    ]
    said = [i for i in rows["issues"] if i["code"] == "unread_cells" and i["field"] == "expenses.amount"]
    assert len(said) == 1 and "past the next section's heading" in said[0]["message"]
    # a run of another count than the rows (one cell lost): no row takes one
    rows = run(text[:cut] + "จํานวนเงิน\n(บาท)\n๖๐,๔๐๐\n" + text[cut:])
    assert all(e["amount"] is None for e in rows["expenses"])


# Three school lines and a bus's, read down the columns; the units' run lost the bus's คัน (fresh set s96q
# bma_proposal_s96q004): no arithmetic tells where the run lacks a cell, but each school line's item names its
# unit, and only one way in order puts the three "โรงเรียน" on lines that name it.
_SCHOOLS = """ตามรายละเอียดดังนี้
กิจกรรม : จัดกิจกรรมทดสอบ
รายการ
จํานวน หน่วย ราคาต่อหน่วย จํานวนเงิน
(บาท)   (บาท)
ค่าวัสดุในการจัดกิจกรรมทดสอบ
โรงเรียนขนาดใหญ่
โรงเรียนขนาดกลาง
- โรงเรียนขนาดเล็ก
ค่าเช่ารถโดยสาร
รถโดยสารปรับอากาศ
รวมทั้งสิ้น
กฎหมาย ระเบียบที่เกี่ยวข้อง :
4
5
3
3
{units}
20,000.-
10,000.-
6,000.-
12,000.-
148,000.-
80,000.-
50,000.-
18,000.-
36,000.-
36,000.-
184,000.-
ระเบียบกรุงเทพมหานครว่าด้วยค่าใช้จ่ายในการฝึกอบรม
พ.ศ.2563
"""


def test_a_unit_run_short_of_a_cell_is_placed_where_the_items_name_the_unit():
    rows = run(_with_table(_SCHOOLS.format(units="โรงเรียน\nโรงเรียน\nโรงเรียน")))
    got = _lines(rows)
    assert [g[1] for g in got] == ["โรงเรียนขนาดใหญ่", "โรงเรียนขนาดกลาง", "โรงเรียนขนาดเล็ก", "รถโดยสารปรับอากาศ"]
    assert [g[3] for g in got] == ["โรงเรียน", "โรงเรียน", "โรงเรียน", None]
    assert _flagged(rows, 4, "unit")
    assert any(i["code"] == "unread_cells" and i["field"] == "expenses.unit" for i in rows["issues"])
    # a school's unit lost and the bus's kept: the two schools' units fit three lines more ways than one, so none
    # of the run is placed, as before (where the run lacks a cell is not known); the whole run reads in order
    got = _lines(run(_with_table(_SCHOOLS.format(units="โรงเรียน\nโรงเรียน\nคัน"))))
    assert [g[3] for g in got] == [None] * 4
    got = _lines(run(_with_table(_SCHOOLS.format(units="โรงเรียน\nโรงเรียน\nโรงเรียน\nคัน"))))
    assert [g[3] for g in got] == ["โรงเรียน", "โรงเรียน", "โรงเรียน", "คัน"]
