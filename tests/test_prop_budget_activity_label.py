"""BMA proposals whose budget paragraph gives no activity's name, or only its opening: its words OCR
misread ("รายการค่าใช้จ่ายในคิจกรรม..." for กิจกรรม), or the name wrapped and its end lost
("...การจัดการเรียนรู้เชิง" for "...เชิงรุก").  The budget readers know a category's name wrapped in the
narrow names column ("ค่าวัสดุในการจัดกิจกรรม" / "ส่งเสริม..." / "เพื่อการเรียนการสอน") by its words
spelling the activity's name on; with no name, or half of it, the wrapped line was read as expense line
1's item, the items after it shifted by one and the last line read as a line of its own, with no issue
naming them (sets v's s25v004: 7 silent cells; prop25/set1's prop25a001).  The form prints the name on
the table's label line ("กิจกรรม : จัดกิจกรรมส่งเสริม..."): where the paragraph gives none, or a name the
label's goes on from, the label's is the activity's (parsers.bma_proposal.budget.budget_activity)."""

from __future__ import annotations

from parsers.bma_proposal.budget import budget_activity
from normalizers.text import skeleton
from schemas.document import Line
from tests.conftest import sample_text
from tests.test_bma_proposal import PROPOSAL, run
from tests.test_prop_item_columns import _lines

_NAME = "ส่งเสริมสนับสนุนให้นักเรียนสร้างสรรค์ผลงานเพื่อการเรียนรู้"
# The table read down its columns (parsers.bma_proposal.columns), its category wrapped over three lines, its
# price columns in a block after the law's heading.
_TABLE = f"""ตามรายละเอียดดังนี้
กิจกรรม : จัดกิจกรรม{_NAME}
รายการ                           จํานวน หน่วย
ค่าวัสดุในการจัดกิจกรรม
ส่งเสริมสนับสนุนให้นักเรียน
สร้างสรรค์ผลงานเพื่อการเรียนรู้
- โรงเรียนขนาดใหญ่                     2 โรงเรียน
โรงเรียนขนาดกลาง                      3 โรงเรียน
รวมทั้งสิ้น
กฎหมาย ระเบียบที่เกี่ยวข้อง :
ราคาต่อ          จํานวน
หน่วย (         เงิน (
บาท)            บาท)
15,100      30,200
13,100       39,300
69,500
ระเบียบกระทรวงการคลังว่าด้วยการจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ
"""
_CATEGORY = f"ค่าวัสดุในการจัดกิจกรรม{_NAME}"
_EXPECTED = [
    (_CATEGORY, "โรงเรียนขนาดใหญ่", "2.00", "โรงเรียน", "15100.00", "30200.00"),
    (_CATEGORY, "โรงเรียนขนาดกลาง", "3.00", "โรงเรียน", "13100.00", "39300.00"),
]


def _text(paragraph_name: str) -> str:
    text = sample_text(PROPOSAL)
    text = text.replace(f"รายการค่าใช้จ่ายในการ{_NAME}", f"รายการค่าใช้จ่ายใน{paragraph_name}", 1)
    start = text.index("ตามรายละเอียดดังนี้")
    end = text.index("8.  ความเสี่ยง", start)
    return text[:start] + _TABLE + text[end:]


def test_a_paragraph_whose_activity_ocr_misread_takes_the_labels_name():
    # "คิจกรรม": the paragraph names no activity; the wrapped category lines are the category's, not an item
    assert _lines(run(_text(f"คิจกรรม{_NAME}"))) == _EXPECTED


def test_a_paragraph_whose_activity_lost_its_end_takes_the_labels_name():
    assert _lines(run(_text(f"กิจกรรม{_NAME[:-12]}"))) == _EXPECTED


def test_a_label_naming_another_activity_or_less_leaves_the_paragraphs():
    paragraph = f"รายการค่าใช้จ่ายในกิจกรรม{_NAME} เป็นเงิน 69,500.-บาท"
    named = skeleton(f"จัดกิจกรรม{_NAME}")
    assert budget_activity(paragraph, [Line(1, "กิจกรรม : จัดกิจกรรมอื่นใด")]) == named
    assert budget_activity(paragraph, [Line(1, f"กิจกรรม : จัดกิจกรรม{_NAME[:10]}")]) == named
    assert budget_activity("เป็นเงิน 69,500.-บาท", [Line(1, f"กิจกรรม : จัดกิจกรรม{_NAME}")]) == named
    assert budget_activity("เป็นเงิน 69,500.-บาท", []) == ""
