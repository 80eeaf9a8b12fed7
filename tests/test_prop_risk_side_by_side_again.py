"""The proposal's risk table read row by row, each line its risk's words and its mitigation's: a row closes with
lines of one cell (the end of its longer cell).  Two cells side by side again after them are not the row's: a
row whose scores and level OCR lost ran into it (the third risk read into the second's text and mitigation), or
OCR parted the row's lines.  Which cannot be told, so the row is kept whole and the table's rows are said to be
in doubt (before, the lost row went with no issue naming it)."""

from __future__ import annotations

import pytest

from tests.test_bma_proposal import _risks, _with_risks, risk_table_said, run

pytestmark = pytest.mark.usefixtures("repair_on")

TABLE = """8. ความเสี่ยงของโครงการและแนวทางการบริหารความเสี่ยง
ความเสี่ยง                     โอกาส ผลกระทบ ระดับของ แนวทาง
ที่จะ                     ความเสี่ยง การบริหาร
เกิด                                       ความเสี่ยง

โรงเรียนไม่สามารถ                 ๒               ๑ น้อยมาก   มีหนังสือแจ้ง
ดำเนินการได้ตาม                                                           โรงเรียน
มาก                                                                            โรงเรียนทราบ
ขั้นตอนและผลการ

ผู้เข้ารับการอบรมไม่              ๓                  ๒ ปานกลาง   ประสานโรงเรียน
ครบตามจำนวน                                                              ล่วงหน้าและ
เดียวกัน                                                                       สอดคล้องกับ
ปฏิทินการศึกษา

สภาพอากาศหรือ                                                            ปรับรูปแบบการ
สถานการณ์โรคระบาด                                                     จัดกิจกรรมเป็น
ปกติได้
"""


def test_two_cells_after_a_rows_lines_of_one_cell_are_said():
    rows = run(_with_risks(TABLE))
    risks = _risks(rows)
    assert len(risks) == 2
    assert "สภาพอากาศหรือ" in risks[1][0]
    said = risk_table_said(rows, "side by side again")
    assert [i["message"][:7] for i in said] == ["risk 2:"]
    line = _with_risks(TABLE).splitlines().index(next(ln for ln in TABLE.splitlines() if "สภาพอากาศ" in ln)) + 1
    assert said[0]["line_start"] <= line <= said[0]["line_end"]


def test_a_row_whose_cells_go_on_side_by_side_is_not_said():
    text = TABLE.replace("ปฏิทินการศึกษา\n\n", "ปฏิทินการศึกษา    กับปฏิทิน\n\n")
    text = text[:text.index("สภาพอากาศหรือ")]
    rows = run(_with_risks(text))
    assert len(_risks(rows)) == 2
    assert risk_table_said(rows, "side by side again") == []
