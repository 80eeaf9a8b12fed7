"""BMA proposals whose budget is printed as item columns (รายการ | จำนวน | หน่วย | ราคาต่อหน่วย | จำนวนเงิน)
after OCR damage the committed corpus hardly shows (parsers.bma_proposal.budget.item_columns): a speck read
as a cell of its own between two columns, a category's subtotal whose digit OCR read as a letter, a ".-"
that lost its dot ("70-"), an amount damaged past reading as a figure, and a blank line between every two
lines of the table.  Each of them made the table "a row of another shape", so none of its lines was read."""

from __future__ import annotations

from tests.test_prop_item_columns import _lines, _with_table, run

_HEADER = """ตามรายละเอียดดังนี้
กิจกรรม : จัดกิจกรรมทดสอบ
รายการ                จํานวน หน่วย      ราคาต่อหน่วย       จํานวนเงิน
(บาท)          (บาท)
"""
_TABLE = _HEADER + """ค่าวัสดุในการจัดกิจกรรม                                              69,300
ส่งเสริมการอ่าน
โรงเรียนขนาดใหญ่                   3 โรงเรียน       15,100      45,300
โรงเรียนขนาดเล็ก                     4 โรงเรียน        6,000       24,000
ค่าอาหารกลางวัน                                                      8,960.-
ผู้เข้ารับการอบรม                 128 คน           70.-        8,960.-
รวมทั้งสิ้น                                                           78,260
"""
_EXPECTED = [
    ("ค่าวัสดุในการจัดกิจกรรมส่งเสริมการอ่าน", "โรงเรียนขนาดใหญ่", "3.00", "โรงเรียน", "15100.00", "45300.00"),
    ("ค่าวัสดุในการจัดกิจกรรมส่งเสริมการอ่าน", "โรงเรียนขนาดเล็ก", "4.00", "โรงเรียน", "6000.00", "24000.00"),
    ("ค่าอาหารกลางวัน", "ผู้เข้ารับการอบรม", "128.00", "คน", "70.00", "8960.00"),
]


def test_the_undamaged_table_reads_every_line():
    assert _lines(run(_with_table(_TABLE))) == _EXPECTED


def test_a_speck_read_as_a_cell_between_two_columns_is_no_cell():
    table = _TABLE.replace("โรงเรียนขนาดใหญ่                   3", "โรงเรียนขนาดใหญ่         ๊           3")
    assert _lines(run(_with_table(table))) == _EXPECTED


def test_a_subtotal_whose_digit_ocr_read_as_a_letter_still_names_its_category():
    # "8,96o.-" reads as a figure (o is a look-alike of ๐); "ต,๙๖๐.-" (ต for ๗ or ๘) does not, and is no word
    table = _TABLE.replace("  8,960.-\nผู้", "  ต,๙๖๐.-\nผู้")
    assert "ต,๙๖๐.-" in table
    assert _lines(run(_with_table(table))) == _EXPECTED


def test_a_figure_whose_dot_before_its_dash_was_lost_runs_together_with_the_row():
    # "128 คน 70- 8,960.-": the row's cells single-spaced, the unit amount's ".-" read as "-"
    table = _TABLE.replace("128 คน           70.-        8,960.-", "128 คน 70-        8,960.-")
    assert _lines(run(_with_table(table))) == _EXPECTED


def test_a_row_whose_amount_ocr_damaged_past_reading_is_a_line_and_its_amount_is_said():
    # "ไฝ!๒ 4,๐๐๐": specks before the amount and a space inside it; the row is still a line of the table, its
    # amount kept as printed, which reads as no number and is said (the repairs may read it from the total)
    table = _TABLE.replace("6,000       24,000", "6,000 ไฝ!๒ 4,๐๐๐")
    rows = run(_with_table(table))
    got = _lines(rows)
    assert [g[:5] for g in got] == [e[:5] for e in _EXPECTED]
    assert got[1][5] in ("None", "24000.00")
    assert any(i["field"] == "expenses.amount" and i["line_start"] == rows["expenses"][1]["line_start"]
               for i in rows["issues"])


def test_a_name_wrapped_under_its_row_past_a_blank_line_is_the_rows():
    # OCR set a blank line between every two lines: the item's wrapped words stand two lines under its row
    body = _TABLE[len(_HEADER):].replace("โรงเรียนขนาดเล็ก     ", "โรงเรียน             ") \
        .replace("24,000\n", "24,000\nขนาดเล็ก\n")
    table = _HEADER + body.replace("\n", "\n\n")
    assert "\n\nขนาดเล็ก\n\n" in table
    assert _lines(run(_with_table(table))) == _EXPECTED


def test_a_subtotal_with_a_speck_inside_and_a_zero_read_as_o_still_names_its_category():
    # "8<,00o.-" (a speck inside the figure, its last ๐ read "o", as NUM reads it): the row was "of another
    # shape", and none of the table's lines was read
    table = _TABLE.replace("  69,300\n", "  6<,30o.-\n")
    assert "6<,30o.-" in table
    assert _lines(run(_with_table(table))) == _EXPECTED
    # a cell of words is still no subtotal: the table is not read as item columns
    from parsers.bma_proposal.budget import _FIGURE_LIKE_RE
    assert not _FIGURE_LIKE_RE.match("โรงเรียน") and not _FIGURE_LIKE_RE.match("oo.-")


def test_a_unit_amount_read_as_look_alike_letters_alone_keeps_the_table():
    # "mo.-" for ๗๐.- (set s19prb's s19prb003: "mo.-" for ๓๐.-): a figure of no digit, as NUM reads look-alikes;
    # the row was "of another shape" and none of the table's lines was read.  It is kept as printed, read by the
    # repairs from the row's other figures and the total
    table = _TABLE.replace("128 คน           70.-", "128 คน           mo.-")
    assert "mo.-" in table
    got = _lines(run(_with_table(table)))
    assert [g[:4] for g in got] == [e[:4] for e in _EXPECTED]
    assert got[2][5] == "8960.00"
    # a cell of words in its place is still no row: the table is not read as item columns
    from parsers.bma_proposal.budget import _figure
    assert _figure("mo.-") and not _figure("คน") and not _figure("โรงเรียน")


def test_a_quantity_read_as_two_thai_letters_before_a_unit_keeps_the_row():
    # "ดต โรงเรียน" (๓ read as two letters): the row was "of another shape" and the whole table was lost; it
    # is a line of the table, its quantity kept as printed (it reads as no number, which is said)
    table = _TABLE.replace("3 โรงเรียน", "ดต โรงเรียน")
    rows = run(_with_table(table))
    got = _lines(rows)
    assert [g[:2] + g[3:] for g in got] == [e[:2] + e[3:] for e in _EXPECTED]
    assert got[0][2] == "None"
    assert any(i["field"] == "expenses.quantity" and i["line_start"] == rows["expenses"][0]["line_start"]
               for i in rows["issues"])


def test_two_letters_before_a_word_that_is_no_unit_are_no_quantity():
    # two letters stand as a quantity only before a unit of the form: before another word they may be a name's
    table = _TABLE.replace("3 โรงเรียน", "ดต โรงเรือน")
    rows = run(_with_table(table))
    got = _lines(rows) if rows.get("expenses") else []
    assert ("ค่าวัสดุในการจัดกิจกรรมส่งเสริมการอ่าน", "โรงเรียนขนาดใหญ่", "None", "โรงเรือน", "15100.00",
            "45300.00") not in got
