"""BMA proposals whose budget paragraph breaks its line between "รายการค่าใช้จ่ายใน" and "กิจกรรม<name>"
(fresh set s83c, bma_proposal_s83c001): joined with a space, the paragraph read no activity's name (the
pattern wanted the two words glued), so the budget table read across its columns, the activity column's
pieces beside the category's ("จัดกิจกรรม ค่าวัสดุในการ   ระเบียบ" / "ส่งเสริมการ จัดกิจกรรม   กรุงเทพมหานคร"
/ ...), had no name to tell them apart by, and every line's category was lost.  Now white space may stand
between the two words (budget._ACTIVITY_RE)."""

from __future__ import annotations

from parsers.bma_proposal.budget import activity_name
from tests.conftest import sample_text
from tests.test_bma_proposal import PROPOSAL, run

_PARAGRAPH = ("รายการค่าใช้จ่ายในการส่งเสริมสนับสนุนให้นักเรียนสร้างสรรค์ผลงานเพื่อการเรียนรู้ เป็นเงิน 69,5๐๐.-บาท     "
              "(หกหมื่นเก้าพันห้าร้อยบาทถ้วน) โดยจัดสรรให้โรงเรียนดำเนินการตามขนาดโรงเรียน ตามรายละเอียดดังนี้")
_BROKEN = """รายการค่าใช้จ่ายใน
กิจกรรมส่งเสริมการจัดการเรียนรู้เชิงรุก เป็นเงิน 88,500 บาท
(แปดหมื่นแปดพันห้าร้อยบาทถ้วน) ตามรายละเอียดดังนี้
กิจกรรม       รายการ          จํานวน กฎหมาย ระเบียบที่
ค่าใช้จ่าย             เงิน เกี่ยวข้อง
จัดกิจกรรม ค่าวัสดุในการ               ระเบียบ
ส่งเสริมการ จัดกิจกรรม                 กรุงเทพมหานคร
จัด             ส่งเสริมการจัด              ว่าด้วยค่าใช้จ่ายใน
การเรียนรู้      การเรียนรู้                   การฝึกอบรม พ.ศ.
เชิงรุก          เชิงรุก                      ๒563
- โรงเรียน
ขนาดใหญ่
จํานวน ๔
โรงเรียนๆ ละ
๒๐,๐๐๐ บาท
เป็นเงิน
80,00๐ บาท
- โรงเรียน
ขนาดเล็ก
จํานวน ๑
โรงเรียนๆ ละ
๘,๕๐๐ บาท
เป็นเงิน
8,500 บาท
รวมทั้งสิ้น                        88,5๐๐
บาท
"""


def _with_budget(budget: str) -> str:
    text = sample_text(PROPOSAL)
    start = text.index(_PARAGRAPH)
    end = text.index("8.  ความเสี่ยง", start)
    return text[:start] + budget + text[end:]


def test_the_activity_s_name_is_read_across_the_paragraph_s_line_break():
    assert activity_name("งบรายจ่ายอื่น รายการค่าใช้จ่ายใน กิจกรรมส่งเสริมการจัดการเรียนรู้เชิงรุก เป็นเงิน 88,500 บาท") \
        == activity_name("งบรายจ่ายอื่น รายการค่าใช้จ่ายในกิจกรรมส่งเสริมการจัดการเรียนรู้เชิงรุก เป็นเงิน 88,500 บาท") != ""


def test_the_categories_beside_the_activity_column_are_read():
    rows = run(_with_budget(_BROKEN))
    assert [(e["category"] or "").replace(" ", "") for e in rows["expenses"]] == \
        ["ค่าวัสดุในการจัดกิจกรรมส่งเสริมการจัดการเรียนรู้เชิงรุก"] * 2
    assert [str(e["amount"]) for e in rows["expenses"]] == ["80000.00", "8500.00"]
