"""A proposal's budget of item columns OCR read down its columns (parsers.bma_proposal.columns), fresh set s89a
bma_proposal_s89a004: the activity's own line cut short by its cell's edge ("กิจกรรม : จัดกิจกรรมส่งเสริมการใช้
เทคโนโลยีดิจิทัลเ"), the category's name wrapped over three lines ("ค่าวัสดุในการจัดกิจกรรม" / "ส่งเสริมการใช้
เทคโนโลยี" / "ดิจิทัลเพื่อการเรียนการสอน"), and two pieces of that name read a second time under the rows
("ลเพอการเรยน" / "พื่อการเรียนการสอน").  Before, the third line opened a row, each piece read again another, the
cells no longer fitted the rows, and every line of the table was lost.  Now a line that spells the activity's
name on past where its printed name stops goes on the category (_goes_on), and a line of words alone that a name
above holds is that name read again, no row (_read_again)."""

from __future__ import annotations

from normalizers.text import skeleton
from parsers.bma_proposal.columns import Row, _goes_on, _read_again

ACTIVITY_CUT = skeleton("จัดกิจกรรมส่งเสริมการใช้เทคโนโลยีดิจิทัลเ")
CATEGORY = "ค่าวัสดุในการจัดกิจกรรมส่งเสริมการใช้เทคโนโลยี"


def test_a_line_that_spells_a_cut_activity_s_name_on_goes_on_the_category():
    assert _goes_on(CATEGORY, "ดิจิทัลเพื่อการเรียนการสอน", ACTIVITY_CUT)
    # a line that spells something else after the category's end does not
    assert not _goes_on(CATEGORY, "โรงเรียนขนาดกลาง", ACTIVITY_CUT)
    # nor one that spells less than the letters the cut name prints past the category's end
    assert not _goes_on(CATEGORY, "ดิจิ", skeleton("จัดกิจกรรมส่งเสริมการใช้เทคโนโลยี"))


def test_a_piece_of_a_name_of_a_group_above_read_again_is_no_row():
    rows = [Row("category", CATEGORY + "ดิจิทัลเพื่อการเรียนการสอน", 173, 175), Row("line", "โรงเรียนขนาดกลาง", 177, 177),
            Row("category", "ค่าตอบแทนวิทยากร", 179, 179), Row("line", "วิทยากรภายนอก", 181, 181)]
    assert _read_again("ลเพอการเรยน", rows) and _read_again("พื่อการเรียนการสอน", rows)
    assert not _read_again("วิทยากรภายใน", rows)  # a name of its own
    assert not _read_again("โรงเรียนขนาดกลาง", rows)  # a whole name again is a row of its own (the same item twice)
    assert not _read_again("การสอน", rows)  # too short to tell


def test_an_item_printing_its_own_category_s_words_is_a_row():
    # "ค่าเช่ารถโดยสารปรับอากาศ" / "รถโดยสารปรับอากาศ": a category of hire names its item (fresh sets s88a, s88o)
    rows = [Row("category", "ค่าวัสดุ", 170, 170), Row("line", "กระดาษ", 171, 171),
            Row("category", "ค่าเช่ารถโดยสารปรับอากาศ", 173, 173)]
    assert not _read_again("รถโดยสารปรับอากาศ", rows)
