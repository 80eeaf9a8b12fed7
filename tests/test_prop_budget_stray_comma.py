"""BMA proposals after OCR whose budget table of item columns has a figure with a stray comma before its ".-"
("โรงเรียนขนาดเล็ก   2 โรงเรียน 8,000,.-   16,000.-": fresh set ob2/set1 s19oba001): the row's figures read as
no row of the table, "a row of another shape", so item_columns gave the table up and the other readers read
none of its lines (every expense row missing).  A comma between a figure and its ".-" is a speck: the figure
reads as printed before it."""

from __future__ import annotations

from parsers.bma_proposal.budget import item_columns
from schemas.document import Line

_TABLE = """รายการ\tจำนวน หน่วย\tราคาต่อ\tจำนวน
หน่วย (\tเงิน (
บาท)\tบาท)
ค่าวัสดุในการจัดกิจกรรม\t56,000.-
โรงเรียนขนาดใหญ่\t2 โรงเรียน 20,000.- 40,000.-
โรงเรียนขนาดเล็ก\t2 โรงเรียน {each}\t16,000.-
รวมทั้งสิ้น\t56,000."""


def _read(each: str) -> list[tuple]:
    lines = [Line(no, t) for no, t in enumerate(_TABLE.format(each=each).split("\n"), start=1)]
    found, _ = item_columns(lines)
    return [(e.item, e.qty, e.unit, e.each, e.amount) for e in found]


def test_a_stray_comma_before_a_figure_s_dash_is_a_speck():
    assert _read("8,000,.-") == [("โรงเรียนขนาดใหญ่", "2", "โรงเรียน", "20,000", "40,000"),
                                 ("โรงเรียนขนาดเล็ก", "2", "โรงเรียน", "8,000", "16,000")]


def test_the_figure_without_it_reads_the_same():
    assert _read("8,000.-")[1] == ("โรงเรียนขนาดเล็ก", "2", "โรงเรียน", "8,000", "16,000")
