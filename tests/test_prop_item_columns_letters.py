"""BMA proposals whose budget is printed as item columns, figures OCR read as letters (fresh set s19prd):
a quantity read as Latin letters before a unit of the form ("ae คน" for ๙๙ คน), an amount read as
look-alikes alone ("cn, OO" for ๓,๖๐๐), a category's subtotal with a look-alike and a letter in it
("ฒ,ส๐๐" for ๗,๘๐๐).  Each made its row "a row of another shape", so no line of the table was read
(budget._QTY, _LETTERS_QTY_RE, _LOOKALIKE_CELL_RE, _FIGURE_LIKE_RE).  A quantity of several letters
reads as no number and may stand for any number of digits: the product rule does not then change it and
another figure together unless the figure kept has no other reading (money._kept_certain)."""

from __future__ import annotations

import json

from tests.test_prop_item_columns import _lines, _with_table, run

_TABLE = """ตามรายละเอียดดังนี้
กิจกรรม : จัดกิจกรรมทดสอบ
รายการ                จํานวน หน่วย      ราคาต่อหน่วย       จํานวนเงิน
(บาท)          (บาท)
ค่าตอบแทนวิทยากร                                              ๗,๘๐๐
วิทยากรภายนอก                   ๖ ชั่วโมง       ๖๐๐      ๓,๖๐๐
วิทยากรภายใน                     ๗ ชั่วโมง       ๖๐๐      ๔,๒๐๐
ค่าจ้างเหมาจัดทำเอกสาร                                          ๑๔,๕๕๐
เอกสารประกอบการอบรม            ๙๗ เล่ม       ๑๕๐      ๑๔,๕๕๐
รวมทั้งสิ้น                                                           ๒๒,๓๕๐
"""
_ITEMS = ["วิทยากรภายนอก", "วิทยากรภายใน", "เอกสารประกอบการอบรม"]


def test_the_undamaged_table_reads_every_line():
    assert [g[1] for g in _lines(run(_with_table(_TABLE)))] == _ITEMS


def test_rows_whose_figures_ocr_read_as_letters_are_lines_of_the_table():
    table = (_TABLE.replace("๗,๘๐๐", "ฒ,ส๐๐").replace("๓,๖๐๐", "cn, OO")
             .replace("๙๗ เล่ม", "ae เล่ม"))
    rows = run(_with_table(table))
    got = _lines(rows)
    assert [g[1] for g in got] == _ITEMS
    assert [g[3] for g in got] == ["ชั่วโมง", "ชั่วโมง", "เล่ม"]
    assert got[0][0] == got[1][0] == "ค่าตอบแทนวิทยากร"  # the subtotal's row still names the category


def test_a_quantity_of_letters_and_an_amount_with_other_readings_are_not_both_repaired():
    # eed x ๑๕๐ = ๑๕,๕๕๐ (๔ read as ๕): one product, two figures the print does not fix (it read as
    # 99 x 150 = 14,850, the quantity from a reading of its letters with one dropped)
    table = _TABLE.replace("๙๗ เล่ม", "eed เล่ม").replace("๑๕๐      ๑๔,๕๕๐", "๑๕๐      ๑๕,๕๕๐")
    rows = run(_with_table(table))
    repaired = [i for i in rows["issues"] if i["code"] == "value_repaired" and i["line_start"] is not None
                and json.loads(i["evidence"]).get("rule") == "product"
                and i["field"] in ("expenses.quantity", "expenses.amount")]
    assert not [i for i in repaired if "เอกสารประกอบ" in i["message"]]


def test_a_quantity_read_as_a_leading_vowel_and_a_letter_before_a_unit_of_the_form_is_a_line():
    # "เข ชั่วโมง" for ๖ ชั่วโมง (fresh set s78o, bma_proposal_s78o004 line 127): the row was "of another shape",
    # its line lost and every sum of the table given up; now a line, its quantity kept as printed (no number: said)
    table = _TABLE.replace("๖ ชั่วโมง", "เข ชั่วโมง")
    rows = run(_with_table(table))
    got = _lines(rows)
    assert [g[1] for g in got] == _ITEMS and got[0][3] == "ชั่วโมง"
    assert not any(i["code"] == "unread_cells" and "another shape" in i["message"] for i in rows["issues"])
    # the same two characters before a word of no unit stand for no quantity: the row is still of another shape
    rows = run(_with_table(_TABLE.replace("๖ ชั่วโมง", "เข อาคาร")))
    assert "วิทยากรภายนอก" not in [g[1] for g in _lines(rows)]
    assert any(i["code"] == "unread_cells" and "another shape" in i["message"] for i in rows["issues"])
