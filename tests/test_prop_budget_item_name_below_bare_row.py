"""BMA proposals after OCR whose budget table of item columns wraps its cells below their figures (a category's
name under its subtotal's row, an item's under its row), and has an item's row of its bullet and figures alone,
the item's whole name on the line under it (fresh set s73b bma_proposal_s73b002: "ค่า  4 24๐.๐๐" /
"อาหารกลางวัน" / "- 5๓ คน  80.00 «๕ ,๒๕๐.๐๐" / "ผู้เข้ารับการอบรม"): the row was of another shape, and the
reader down the columns took the category's tail ("อาหารกลางวัน") for the item's head, the category read 'ค่า' and
no issue naming it.  In a table that wraps below, the line of words under such a row is the item's name and the
words above it the category's tail.  Where the table shows no wrap below, or no line of words stands under the
row, nothing changes (the row stays of another shape, said)."""

from __future__ import annotations

from parsers.bma_proposal.budget import item_columns
from schemas.document import Line

_HEAD = [("รายการ\tจำนวน หน่วย\tราคาต่อ จำนวนเงิน", False), ("หน่วย (\t(บาท)", False), ("บาท)", False)]
_WRAPS = [("ค่าวัสดุในการ\t56,000.00", False), ("จัดกิจกรรม", False),
          ("โรงเรียนขนาด\t4 โรงเรียน 12,500.00 50,000.00", True), ("กลาง", False),
          ("โรงเรียน\t1 โรงเรียน 6,000.00 6,000.00", True), ("ขนาดเล็ก", False)]
_FLAT = [("ค่าวัสดุในการจัดกิจกรรม\t56,000.00", False),
         ("โรงเรียนขนาดกลาง\t4 โรงเรียน 12,500.00 50,000.00", True),
         ("โรงเรียนขนาดเล็ก\t1 โรงเรียน 6,000.00 6,000.00", True)]
_TAIL = [("ค่า\t4,240.00", False), ("อาหารกลางวัน", False), ("53 คน\t80.00 4,240.00", True),
         ("ผู้เข้ารับการอบรม", False), ("รวมทั้งสิ้น\t60,240.00", False)]


def _read(rows):
    lines = [Line(no, t, bullet=b) for no, (t, b) in enumerate(rows, start=1)]
    unread: list = []
    found, _ = item_columns(lines, unread=unread)
    return [(e.category, e.item, e.qty, e.amount, e.start, e.end) for e in found], unread


def test_the_name_under_a_bare_row_is_the_items_in_a_table_wrapping_below():
    found, unread = _read(_HEAD + _WRAPS + _TAIL)
    assert unread == []
    assert found[-1] == ("ค่าอาหารกลางวัน", "ผู้เข้ารับการอบรม", "53", "4,240.00", 12, 13)
    assert [f[1] for f in found[:2]] == ["โรงเรียนขนาดกลาง", "โรงเรียนขนาดเล็ก"]


def test_a_name_wrapped_over_two_lines_under_the_row_is_read_whole():
    tail = _TAIL[:3] + [("ผู้เข้ารับ", False), ("การอบรม", False)] + _TAIL[4:]
    found, unread = _read(_HEAD + _WRAPS + tail)
    assert unread == [] and found[-1][:2] == ("ค่าอาหารกลางวัน", "ผู้เข้ารับการอบรม")


def test_a_table_showing_no_wrap_below_leaves_the_row_unread():
    tail = [("ค่าอาหารกลางวัน\t4,240.00", False)] + _TAIL[2:]
    found, unread = _read(_HEAD + _FLAT + tail)
    assert len(found) == 2 and [no for _, no, _, _ in unread] == [8]


def test_the_category_wrapped_below_its_subtotal_shows_the_direction():
    found, unread = _read(_HEAD + _FLAT + _TAIL)
    assert unread == [] and found[-1][:2] == ("ค่าอาหารกลางวัน", "ผู้เข้ารับการอบรม")


def test_no_words_under_the_row_leaves_it_unread():
    tail = _TAIL[:3] + _TAIL[4:]
    found, unread = _read(_HEAD + _WRAPS + tail)
    assert len(found) == 2 and [no for _, no, _, _ in unread] == [12]
