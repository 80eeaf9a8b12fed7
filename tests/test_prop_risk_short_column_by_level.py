"""BMA proposal risk tables read column by column (each column's title on a line of its own, then its cells, a
line each) where OCR lost some cells of one score column (at a page break or a page's footer: "ผลกระทบ" / "1" /
"หน้า 5 จาก 5" / "ระดับของความเสี่ยง": pr2/set2 s19prb006, h s20h003, s s23s004).  The column's cells could not
be paired with the rows by order, and were all left unread (said).  Now (risks._placed_by_level) the cells,
in the rows' order, are placed where exactly one placement gives every placed row's level with its other
score (LEVELS); the other rows stay unread, and the column is said as before, the placement named.  Where
several placements fit (pr3 s19pra010, k s21k002, r s23r003), or a cell reads as no single score, none is
placed."""

from __future__ import annotations

from tests.test_bma_proposal import _risks, _with_risks, run

_TABLE = """8. ความเสี่ยงของโครงการและแนวทางการบริหารความเสี่ยง
ความเสี่ยง
ผู้เข้ารับการอบรมไม่ครบตามจำนวน
การจัดกิจกรรมล่าช้ากว่าแผน
โอกาสที่จะเกิด
1
3
ผลกระทบ
{impact}
ระดับของความเสี่ยง
น้อยมาก
ปานกลาง
แนวทางการบริหารความเสี่ยง
ประสานโรงเรียนล่วงหน้า
เตรียมเอกสารขออนุมัติให้ครบถ้วน
"""


def _said(rows: dict) -> list[str]:
    return [i["message"] for i in rows["issues"] if i["code"] == "unread_cells" and i["field"] == "findings.impact"]


def test_a_short_score_column_s_cell_that_fits_one_row_only_is_placed_there():
    # 1 x 1 gives น้อยมาก (row 1); 3 x 1 would give น้อย, not ปานกลาง (row 2): the cell is row 1's
    rows = run(_with_risks(_TABLE.format(impact="1")))
    assert [r[1:4] for r in _risks(rows)] == [("1", "1", "น้อยมาก"), ("3", None, "ปานกลาง")]
    (message,) = _said(rows)
    assert "placed in rows [1]" in message
    # 3 x 3 gives ปานกลาง (row 2), 1 x 3 would give น้อย (row 1): row 2's
    rows = run(_with_risks(_TABLE.format(impact="3")))
    assert [r[1:4] for r in _risks(rows)] == [("1", None, "น้อยมาก"), ("3", "3", "ปานกลาง")]


def test_a_cell_that_fits_several_rows_or_none_is_left_unread():
    for impact in ("2", "5"):  # 2: row 1 (1 x 2, น้อยมาก) and row 2 (3 x 2, ปานกลาง) both; 5: neither
        rows = run(_with_risks(_TABLE.format(impact=impact)))
        assert [r[2] for r in _risks(rows)] == [None, None], impact
        (message,) = _said(rows)
        assert "cannot be told: left unread" in message
