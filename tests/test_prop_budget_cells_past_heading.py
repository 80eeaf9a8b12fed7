"""BMA proposals after OCR whose budget of item columns was read in blocks: the item names alone (the
category's name wrapped, a letter of it misread: "ส่งเสริมการจัดการเวียนรู้" for เรียนรู้) before the risk
heading, the other columns past it among the risk table's cells: under a line of the columns' header words
("(บาท)"), the quantity, unit and unit amount a line ("๒ โรงเรียน 15,100.-"), and later the amount column.
Before, no reader took the table and every expense line was lost (said).  The cells under the header words
past the heading, of the table's own shapes (money, a count with a unit the form counts in), are the table's
where its names stand alone before it and the header words name the unit amount's column
(columns._cells_below); they are placed by order and arithmetic as a table read down its columns is, and
said (worked set extra4, bma_proposal_t001)."""

from __future__ import annotations

from parsers.bma_proposal.columns import _cells_below, _spells_on_misread
from normalizers.text import skeleton
from schemas.document import Line
from tests.conftest import sample_text
from tests.test_bma_proposal import PROPOSAL, run
from tests.test_prop_item_columns import _lines

_NAMES = """ตามรายละเอียดดังนี้
กิจกรรม : จัดกิจกรรมส่งเสริมการจัดการเรียนรู้เชิงรุก
รายการ
ค่าวัสดุในการจัดกิจกรรม
ส่งเสริมการจัดการเวียนรู้
เชิงรุก
โรงเรียนขนาดใหญ่
โรงเรียนขนาดกลาง
รวมทั้งสิ้น
กฎหมาย ระเบียบที่เกี่ยวข้อง :
งบประมาณรายจ่ายประจำปี
"""
_RISKS = """8.  ความเสี่ยงของโครงการและแนวทางการบริหารความเสี่ยง
ความเสี่ยง
ผู้เข้ารับการอบรมไม่
ครบตามจำนวน
จำนวน หน่วย
(บาท)
๒ โรงเรียน 15,100.-
3 โรงเรียน 13,100.-
ผลกระทบ ระดับของ
ความเสี่ยง
4 ปานกลาง
{per} จำนวนเงิน
(บาท)
30,200.-
39,300.-
69,500.-
แนวทางการบริหาร
ความเสี่ยง
ประสานโรงเรียน
"""


def _text(per: str = "ราคาต่อหน่วย") -> str:
    sample = sample_text(PROPOSAL).replace("ค่าใช้จ่ายในการส่งเสริมสนับสนุนให้นักเรียนสร้างสรรค์ผลงานเพื่อการเรียนรู้",
                                           "ค่าใช้จ่ายในกิจกรรมส่งเสริมการจัดการเรียนรู้เชิงรุก")
    start = sample.index("ตามรายละเอียดดังนี้")
    return sample[:start] + _NAMES + _RISKS.format(per=per) + sample[sample.index("9. ประโยชน์ที่คาดว่าจะได้รับ"):]


def test_cells_past_the_heading_fill_the_names_read_before_it():
    rows = run(_text())
    got = _lines(rows)
    assert [g[1:] for g in got] == [("โรงเรียนขนาดใหญ่", "2.00", "โรงเรียน", "15100.00", "30200.00"),
                                    ("โรงเรียนขนาดกลาง", "3.00", "โรงเรียน", "13100.00", "39300.00")]
    # the category's wrapped lines joined, its misread letter spelling the activity's name on
    assert all(g[0].startswith("ค่าวัสดุในการจัดกิจกรรมส่งเสริม") and g[0].endswith("เชิงรุก") for g in got)
    said = [i for i in rows["issues"] if i["code"] == "unread_cells" and i["field"] == "expenses"]
    assert len(said) == 1 and "read in blocks" in said[0]["message"]


def test_without_the_unit_amounts_header_past_the_heading_no_cell_is_taken():
    rows = run(_text(per="ราคา"))  # no ราคาต่อหน่วย: nothing says those lines are the budget's
    assert not rows.get("expenses")


def test_only_cells_of_the_tables_shapes_are_taken():
    lines = [Line(1, "(บาท)"), Line(2, "4 ปานกลาง"), Line(3, "ราคาต่อหน่วย"), Line(4, "(บาท)"), Line(5, "๒ โรงเรียน"),
             Line(6, "40,000.-"), Line(7, "ประสานโรงเรียน")]
    assert [t.line for t in _cells_below(lines)] == [5, 6]  # a level after a figure is no unit
    assert _cells_below([ln for ln in lines if ln.no != 3]) == []


def test_a_wrapped_line_spells_the_activity_on_with_one_letter_misread_not_two():
    activity = skeleton("จัดกิจกรรมส่งเสริมการจัดการเรียนรู้เชิงรุก")
    category = skeleton("ค่าวัสดุในการจัดกิจกรรม")
    assert _spells_on_misread(category, skeleton("ส่งเสริมการจัดการเวียนรู้"), activity)
    assert not _spells_on_misread(category, skeleton("ส่งเสริมการจัดกาวเวียนรู้"), activity)
    assert not _spells_on_misread(category, skeleton("โรงเรียนขนาดใหญ่"), activity)
