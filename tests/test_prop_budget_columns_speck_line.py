"""A BMA proposal's budget of item columns OCR read down its columns, with a speck's line among the names ("_", no
letter and no digit; fresh s111p001).  The speck was taken for a line of the header's words, which ends the names:
the item name's wrapped end and the next category after it were dropped, and the next line's item went under the
category above, a wrong category no issue named.  A header line holds a header word; a line of no letter at all
is no header (parsers.bma_proposal.columns._layout)."""

from __future__ import annotations

import pytest

from parsers.bma_proposal.columns import read_columns
from schemas.document import Line

pytestmark = pytest.mark.usefixtures("repair_on")

# the budget section's lines as the clean-up gives them to the reader
_TABLE = [
    "กิจกรรม : จัดกิจกรรมส่งเสริมการจัดการเรียนรู้เชิงรุก", "รายการ\tจำนวน หน่วย\tราคาต่อ จำนวนเงิน",
    "หน่วย (บาท)\t(บาท)", "ค่าอาหารกลางวัน\t7,900.00", "ผู้เข้ารับการอบรม\t79 คน", "ค่าวัสดุสำนักงาน",
    "วัสดุสำนักงานและวัสดุ\t9 ชุด", "{speck}", "คอมพิวเตอร์", "ค่าจ้างเหมาจัดทำเอกสาร",
    "เอกสารประกอบการอบรม\t54 เล่ม", "รวมทั้งสิ้น", "100.00\t7,900.00", "6,750.00", "750.00\t6,750.00", "5,400.00",
    "100.00\t5,400.00", "20,050.00", "กฎหมาย ระเบียบที่เกี่ยวข้อง : ระเบียบกรุงเทพมหานครว่าด้วยค่าใช้จ่ายใน",
]
_ACTIVITY = "จดกจกรรมสงเสรมการจดการเรยนรเชงรก"  # (the reader's key: the activity's skeleton)


def _read(speck: str):
    lines = [Line(no, text.format(speck=speck)) for no, text in enumerate(_TABLE, 132)]
    return read_columns([ln for ln in lines if ln.text], _ACTIVITY)


@pytest.mark.parametrize("speck", ["_", "-_", ""])
def test_a_speck_line_among_the_names_does_not_end_them(speck):
    read = _read(speck)
    assert read is not None
    got = [(e.category, e.item, e.amount) for e in read.expenses]
    assert got == [("ค่าอาหารกลางวัน", "ผู้เข้ารับการอบรม", "7,900.00"),
                   ("ค่าวัสดุสำนักงาน", "วัสดุสำนักงานและวัสดุคอมพิวเตอร์", "6,750.00"),
                   ("ค่าจ้างเหมาจัดทำเอกสาร", "เอกสารประกอบการอบรม", "5,400.00")]

