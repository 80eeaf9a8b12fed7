"""BMA proposal risk table read column by column (its columns' titles after the risks' text), a text column of
more lines than rows: where its cells part is told from where lines wrap (risks._wrapped_cells: a cell wraps
where it meets the column's edge, so a line after the widest lines goes on).  The mitigation column's first
cell wrapped inside a word ("...ทางเว็บไซต์สำ" / "นักการศึกษา ...", สำนัก cut at the edge), its second line a
glyph or two wider than the first: the second line was taken for the cell's wrap, the first cell ended at
"สำ" and the rest of it went to the next row's (extra3 w003, s41z005, s43z001, s43o001: 8 misses).  Now a line
that ends with a piece of a word the next line's first letters end (risks.cuts_word) goes on: the first
cell holds both lines."""

from __future__ import annotations

from parsers.bma_proposal.risks import cuts_word
from tests.test_bma_proposal import _risks, _with_risks, run

_TABLE = """8. ความเสี่ยงของโครงการและแนวทางการบริหารความเสี่ยง
ความเสี่ยง
โรงเรียนไม่สามารถดำเนินการได้ตามเป้าหมาย
สภาพอากาศหรือสถานการณ์โรคระบาดทำให้ไม่สามารถจัดกิจกรรมได้
โอกาสที่จะเกิด
3
2
ผลกระทบ
2
2
ระดับของความเสี่ยง
ปานกลาง
น้อย
แนวทางการบริหารความเสี่ยง
มีหนังสือแจ้งโรงเรียนเป็นระยะๆ และการแจ้งข่าวทางเว็บไซต์สำ
นักการศึกษา เพื่อให้แต่ละโรงเรียนทราบขั้นตอนและผลการปฏิบัติงานนะ
ปรับรูปแบบการจัดกิจกรรมเป็นแบบออนไลน์ หรือแบ่งกลุ่มย่อย
"""


def test_a_cell_does_not_end_inside_a_word():
    rows = run(_with_risks(_TABLE))
    mitigations = [r[4].replace(" ", "") for r in _risks(rows)]  # the lines joined by a space, as wrapped ones
    assert mitigations == ["มีหนังสือแจ้งโรงเรียนเป็นระยะๆและการแจ้งข่าวทางเว็บไซต์สำนักการศึกษา"
                           "เพื่อให้แต่ละโรงเรียนทราบขั้นตอนและผลการปฏิบัติงานนะ",
                           "ปรับรูปแบบการจัดกิจกรรมเป็นแบบออนไลน์หรือแบ่งกลุ่มย่อย"], mitigations


def test_a_word_cut_at_the_line_break():
    assert cuts_word("ทางเว็บไซต์สำ", "นักการศึกษา เพื่อให้")
    assert cuts_word("ทางเว็บไซต์สํา", "นักการศึกษา")  # OCR's nikhahit and sara aa
    assert cuts_word("ทำให้จัดซื้อวั", "สดุได้ไม่ครบ")
    for before, line in (("ผลการปฏิบัติงาน", "ปรับรูปแบบ"), ("ในช่วงเวลาเดียวกัน", "การจัดกิจกรรม"),
                         ("รูปแบบปกติ", "ได้"), ("รูปแบบปกติได้", "การจัดกิจกรรม"), ("ข้าราชการครูและ", "บุคลากร"), ("งบประมาณ 4", "ใช้")):
        assert not cuts_word(before, line), (before, line)


_RISK_WRAP_LATE = """8. ความเสี่ยงของโครงการและแนวทางการบริหารความเสี่ยง
ความเสี่ยง
ราคาวัสดุสูงกว่าที่ประมาณการไว้ ทำให้จัดซื้อวั
โอกาสที่จะเกิด
2
ผลกระทบ
4
ระดับของความเสี่ยง
ปานกลาง
แนวทางการบริหารความเสี่ยง
สดุได้ไม่ครบตามรายการ
สำรวจราคาวัสดุก่อนจัดทำแผนการใช้จ่าย และปรับรายการให้เหมาะสมกับงบประมาณ
"""


def test_a_risk_line_ending_inside_a_word_goes_on_in_the_mitigation_column_s_first_line():
    # the risk's wrapped line OCR read after the level column (s41o002): it ends the word the risk's line cut
    rows = run(_with_risks(_RISK_WRAP_LATE))
    (risk,) = _risks(rows)
    assert risk[0].replace(" ", "") == "ราคาวัสดุสูงกว่าที่ประมาณการไว้ทำให้จัดซื้อวัสดุได้ไม่ครบตามรายการ", risk
    assert risk[4] == "สำรวจราคาวัสดุก่อนจัดทำแผนการใช้จ่าย และปรับรายการให้เหมาะสมกับงบประมาณ", risk
