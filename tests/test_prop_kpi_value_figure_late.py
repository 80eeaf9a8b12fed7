"""A KPI row read across the page whose value's figure OCR garbled into letters ("ร้อยละ" / "ae" for ร้อยละ ๙๕, the
letters read into the method), and a stray figure seven lines under the row's first taken for it ("7   รายงาน"):
'ร้อยละ 7' was kept with no issue (fresh set s109p's bma_proposal_s109p002).  The value's cell wraps its word and
figure onto two lines, three at most (kpis.FIGURE_LINES_MAX): a figure further under is said, naming the value."""

import pytest

from parsers.bma_proposal.tables import read_kpis
from schemas.document import CopyReading, Line

pytestmark = pytest.mark.usefixtures("repair_on")

HEAD = ["ตัวชี้วัด    ค่า   ประเภท วิธีการคํานวณ/  ระยะเวลา", "เป้าหมาย ตัวชีวัด เครื่องมือในการใช้", "วัด"]
ROW = ["โรงเรียนมีการ  ร้อยละ ผลผลิต วิธีการคํานวณ ปีงบประมาณ",
       "รายงาน   ae     จํานวนโรงเรียนทีมี ๒๕๒๐๒๐",
       "ผลการดําเนินงาน        ผลงานนักเรียนตาม",
       "ครบถ้วนและส่ง         เกณฑ์/จํานวน",
       "ผลงานนักเรียน                               โรงเรียนทั้งหมด x",
       "ตามเกณฑ์ที                              ๑๐๐ เครื่องมือที่ใช้",
       "กําหนด                                ในการวัด แบบ",
       "7   รายงาน",
       "ผลการดําเนินงาน",
       "ของโรงเรียน"]


def _read(row: list[str]) -> CopyReading:
    lines = [Line(k + 1, t) for k, t in enumerate(HEAD + row)]
    out = CopyReading(0, 1, len(lines))
    read_kpis(lines, out)
    return out


def _said(out: CopyReading) -> list:
    return [i for i in out.issues if i.field == "targets.target_value" and "under the row's first" in i.message]


def test_a_figure_far_under_the_row_s_first_line_is_said():
    out = _read(ROW)
    (said,) = _said(out)
    assert "'7'" in said.message and said.line_start == len(HEAD) + 1


def test_a_figure_its_cell_wrapped_under_the_word_is_not():
    row = [ROW[0], "รายงาน   ๙๕     จํานวนโรงเรียนทีมี ๒๕๒๐๒๐", *ROW[2:7], "รายงาน", *ROW[8:]]
    out = _read(row)
    assert _said(out) == []
    assert out.tables["kpis"][1]["value"].value == "ร้อยละ ๙๕"
