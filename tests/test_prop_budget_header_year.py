"""BMA proposals after OCR whose budget table of item columns a page break cut under its header: the page's running
header ("สำนักงานเขต... โครงการ..." / "... ปีงบประมาณ" / "พ.ศ. ๒๕๖๘") was taken out by the clean-up but for its
wrapped year, a line "พ.ศ. ๒๕๖๘" of its own between the table's header and its first row.  That line reads as a piece
of a regulation's title (budget.is_regulation), so the reader took it for the law under the table and stopped
there: no row read, the whole table lost (fresh set s36o's s36o004, said only as a sum short of the total).  The
law prints its year after its title's words, which end the table first, so a year alone inside the item columns is
no law: it is left out and the rows after it read (budget._year_alone)."""

from __future__ import annotations

import re

from parsers.bma_proposal.budget import _year_alone, item_columns
from schemas.document import Line

_TABLE = """รายการ จำนวน หน่วย ราคาต่อหน่วย (บาท) จำนวนเงิน (บาท)
{year}
ค่าวัสดุในการจัดกิจกรรม                                     ๕๒,๕๐๐
โรงเรียนขนาดกลาง            ๕ โรงเรียน      ๑๓,๑๐๐      ๕๒,๕๐๐
ค่าจ้างเหมาจัดทำเอกสาร                                      ๕,๑๐๐
- เอกสารประกอบการอบรม        ๑๐๒ เล่ม      ๕๐      ๕,๑๐๐
รวมทั้งสิ้น                                                   ๕๗,๖๐๐
กฎหมาย ระเบียบที่เกี่ยวข้อง : ข้อบัญญัติกรุงเทพมหานคร เรื่อง งบประมาณรายจ่ายประจำปี
พ.ศ. ๒๕๖๘"""


def _lines(text: str) -> list[Line]:
    # OCR's columns apart by wide gaps, as the clean-up gives them: tabs
    return [Line(no, re.sub(r" {2,}", "\t", t)) for no, t in enumerate(text.split("\n"), start=1) if t.strip()]


def _read(year: str) -> tuple[list[tuple[str | None, str, str, str]], tuple[str, int] | None]:
    found, total = item_columns(_lines(_TABLE.format(year=year)), [], [])
    return [(e.category, e.item, e.qty, e.amount) for e in found], total


def test_a_running_header_s_year_under_the_table_header_is_left_out_and_the_rows_read():
    rows, total = _read("พ.ศ. ๒๕๖๘")
    assert rows == [("ค่าวัสดุในการจัดกิจกรรม", "โรงเรียนขนาดกลาง", "๕", "๕๒,๕๐๐"),
                    ("ค่าจ้างเหมาจัดทำเอกสาร", "เอกสารประกอบการอบรม", "๑๐๒", "๕,๑๐๐")]
    assert total == ("๕๗,๖๐๐", 7)


def test_the_same_table_without_the_year_reads_the_same_rows():
    assert _read("")[0] == _read("พ.ศ. ๒๕๖๘")[0]


def test_only_a_year_alone_is_left_out():
    assert _year_alone(["พ.ศ. ๒๕๖๘"]) and _year_alone(["พ.ศ.2567"])
    assert not _year_alone(["พ.ศ."])  # no year: not the header's wrapped year
    assert not _year_alone(["ข้อบัญญัติกรุงเทพมหานคร เรื่อง งบประมาณรายจ่ายประจำปี พ.ศ. ๒๕๖๘"])  # the law's title
    assert not _year_alone(["พ.ศ. ๒๕๖๘", "๕,๑๐๐"])  # a row's cells


def test_the_law_s_title_still_ends_the_table():
    # a regulation's words where rows stand: the law under the table, nothing after it read
    rows, _ = _read("ระเบียบกรุงเทพมหานครว่าด้วยค่าใช้จ่ายในการฝึกอบรม")
    assert rows == []
