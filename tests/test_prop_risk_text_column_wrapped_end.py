"""BMA proposal risk table read column by column whose risk (or mitigation) column holds more lines than rows,
its cells wrapped, where a cell's last line is short ("การจัดกิจกรรมล่าช้ากว่าแผน เนื่องจากขั้นตอนการอนุมัติงบประมาณ" /
"ใช้เวลานาน"; "...ในรูปแบบปกติ" / "ได้") or a line ends with a word no text ends with ("...ข้าราชการครูและ" /
"บุคลากร..."): risks._wrapped_cells joined the lines after the widest lines, so the first row's one-line risk
took the next risk's first line, the short end stood as a risk of its own, and every risk after it was one row
off (pr2/set2 s19prb006, set4 s19prd005, h s20h001, s s23s004, u s24u002).  Now (risks._unstubbed) where that
parting leaves a cell of one line short of the column's edge, or a cell ending with such a word, the parting
that leaves none and joins a line only after one that met the edge is taken (the widest lines' weighing among
those); where none or several do, as before."""

from __future__ import annotations

from parsers.bma_proposal.risks import _wrapped_cells
from schemas.document import Line
from tests.test_bma_proposal import _risks, _with_risks, run

_TABLE = """8. ความเสี่ยงของโครงการและแนวทางการบริหารความเสี่ยง
ความเสี่ยง
ราคาวัสดุสูงกว่าที่ประมาณการไว้ ทำให้จัดซื้อวัสดุได้ไม่ครบตามรายการ
การจัดกิจกรรมล่าช้ากว่าแผน เนื่องจากขั้นตอนการอนุมัติงบประมาณ
ใช้เวลานาน
โอกาสที่จะเกิด
1
2
ผลกระทบ
3
4
ระดับของความเสี่ยง
น้อย
ปานกลาง
แนวทางการบริหารความเสี่ยง
สำรวจราคาวัสดุก่อนจัดทำแผนการใช้จ่าย
เตรียมเอกสารขออนุมัติให้ครบถ้วน
"""


def test_a_short_last_line_ends_the_cell_above_it():
    risks = _risks(run(_with_risks(_TABLE)))
    assert [r[0] for r in risks] == ["ราคาวัสดุสูงกว่าที่ประมาณการไว้ ทำให้จัดซื้อวัสดุได้ไม่ครบตามรายการ",
                                     "การจัดกิจกรรมล่าช้ากว่าแผน เนื่องจากขั้นตอนการอนุมัติงบประมาณ ใช้เวลานาน"]
    assert [r[1:4] for r in risks] == [("1", "3", "น้อย"), ("2", "4", "ปานกลาง")]


def _cells(texts: list[str], n: int) -> list[list[int]]:
    lines = [Line(k, t) for k, t in enumerate(texts, start=1)]
    return [[ln.no for ln in c] for c in _wrapped_cells(lines, n)]


def test_a_line_ending_with_a_word_that_goes_on_is_not_a_cell_s_end():
    texts = ["ผู้เข้ารับการอบรมไม่ครบตามจำนวน เนื่องจากมีภารกิจเร่งด่วนในช่วงเวลาเดียวกัน",
             "สภาพอากาศหรือสถานการณ์โรคระบาดทำให้ไม่สามารถจัดกิจกรรมในรูปแบบปกติ",
             "ได้",
             "โรงเรียนไม่สามารถดำเนินการได้ตามเป้าหมาย เนื่องจากข้าราชการครูและ",
             "บุคลากรทางการศึกษาที่ได้รับมอบหมายให้ปฏิบัติงาน"]
    assert _cells(texts, 3) == [[1], [2, 3], [4, 5]]


def test_a_parting_with_no_such_cell_or_no_other_is_kept():
    # the widest lines' parting leaves no short one-line cell and no open end: as before
    texts = ["ปรับรูปแบบการจัดกิจกรรมเป็นแบบออนไลน์ หรือแบ่งกลุ่มย่อย",
             "มีหนังสือแจ้งโรงเรียนเป็นระยะๆ และการแจ้งข่าวทางเว็บไซต์สำนัก",
             "การศึกษา เพื่อให้แต่ละโรงเรียนทราบขั้นตอนและผลการปฏิบัติงานทั้งหมด"]
    assert _cells(texts, 2) == [[1], [2, 3]]
    # a short line after a short line: no parting joins only after lines that met the edge, as before
    texts = ["ราคาวัสดุสูงกว่าที่ประมาณการไว้ ทำให้จัดซื้อวัสดุได้ไม่ครบตามรายการ", "ใช้เวลานาน", "งบน้อย"]
    assert _cells(texts, 2) == [[1, 2], [3]]
