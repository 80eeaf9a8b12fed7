"""A BMA proposal's budget of item columns whose names alone OCR read (the scan's faint print lost every cell
of the quantity, unit, unit amount and amount columns; only a category's subtotal beside its name): before, no
reader took the table and every expense line was lost, said over the section (fresh set s42b,
bma_proposal_s42b001).  The names make the lines (their categories, their items), each figure unread and
said, and the table is said to be read from its names alone (columns._names_alone)."""

from __future__ import annotations

from tests.conftest import sample_text
from tests.test_bma_proposal import PROPOSAL, run

_NAMES = """ตามรายละเอียดดังนี้
กิจกรรม : จัดกิจกรรมส่งเสริมการจัดการเรียนรู้เชิงรุก
รายการ            จํานวน หน่วย    ราคาต่อ      จํานวนเงิน
หน่วย (บาท) (บาท)
ค่าวัสดุในการ                                               ๒๐,๕๐๐.-
จัดกิจกรรมส่งเสริม
การจัดการเรียนรู้
เชิงรุก
โรงเรียนขนาดกลาง
โรงเรียนขนาดเล็ก
ค่าตอบแทนวิทยากร
- วิทยากรภายนอก
วิทยากรภายใน
รวมทั้งสิน
กฎหมาย ระเบียบทีเกียวข้อง :
งบประมาณรายจ่ายประจําปี
"""


def _text(names: str = _NAMES) -> str:
    sample = sample_text(PROPOSAL).replace("ค่าใช้จ่ายในการส่งเสริมสนับสนุนให้นักเรียนสร้างสรรค์ผลงานเพื่อการเรียนรู้",
                                           "ค่าใช้จ่ายในกิจกรรมส่งเสริมการจัดการเรียนรู้เชิงรุก")
    start = sample.index("ตามรายละเอียดดังนี้")
    return sample[:start] + names + sample[sample.index("8.  ความเสี่ยง"):]


def test_names_alone_give_the_lines_their_items_and_categories_figures_unread_and_said():
    rows = run(_text())
    got = [(e["category"], e["item"], e["quantity"], e["amount"]) for e in rows["expenses"]]
    assert got == [("ค่าวัสดุในการจัดกิจกรรมส่งเสริมการจัดการเรียนรู้เชิงรุก", "โรงเรียนขนาดกลาง", None, None),
                   ("ค่าวัสดุในการจัดกิจกรรมส่งเสริมการจัดการเรียนรู้เชิงรุก", "โรงเรียนขนาดเล็ก", None, None),
                   ("ค่าตอบแทนวิทยากร", "วิทยากรภายนอก", None, None),
                   ("ค่าตอบแทนวิทยากร", "วิทยากรภายใน", None, None)]
    assert any(i["code"] == "unread_cells" and i["field"] == "expenses" and "names alone" in i["message"]
               for i in rows["issues"])
    for e in rows["expenses"]:
        for name in ("quantity", "unit_amount", "amount"):
            assert any(i["field"] == f"expenses.{name}" and i["line_start"] <= e["line_start"] <= i["line_end"]
                       for i in rows["issues"])


def test_one_name_alone_makes_no_table():
    one = "\n".join(ln for ln in _NAMES.splitlines() if ln not in ("โรงเรียนขนาดเล็ก", "ค่าตอบแทนวิทยากร",
                                                                  "- วิทยากรภายนอก", "วิทยากรภายใน")) + "\n"
    rows = run(_text(one))
    assert not rows.get("expenses")
