"""A BMA proposal's budget of item columns OCR read down its columns, whose category's subtotal wrapped inside its
cell with the category's name ("ค่าวัสดุในการ<tab>154,00" / "จัดกิจกรรมส่งเสริม<tab>0": 154,000, the cell too narrow
for its last figure; fresh s88a003).  The second piece beside the name's wrapped line stood as a second subtotal
of the category, so no row was read and every line of the table was lost.  The piece that finishes the first's
last thousands group is that figure's end (parsers.bma_proposal.columns._figure_wrapped)."""

from __future__ import annotations

from parsers.bma_proposal import columns
from parsers.bma_proposal.columns import read_columns
from schemas.document import Line

# the budget section's lines as the clean-up gives them to the reader (the quantities' column OCR garbled: "uo")
_TABLE = [
    "กิจกรรม : จัดกิจกรรมส่งเสริมทักษะภาษาอังกฤษเพื่อการสื่อสาร", "รายการ\tจำนวน หน่วย\tราคาต่อ\tจำนวน",
    "หน่วย\tเงิน (", "(บาท)\tบาท)", "ค่าวัสดุในการ\t{head}", "จัดกิจกรรมส่งเสริม\t{rest}", "ทักษะภาษาอังกฤษเพื่อ",
    "การสือสาร", "- โรงเรียนขนาดใหญ่", "โรงเรียนขนาดกลาง", "โรงเรียนขนาดเล็ก", "ค่าเช่ารถโดยสาร", "ปรับอากาศ",
    "รถโดยสารปรับอากาศ", "รวมทังสิน", "uo", "โรงเรียน", "โรงเรียน", "โรงเรียน", "18,000 72,000", "10,000 50,000",
    "8,000 32,000", "9,500 19,000", "กฎหมาย ระเบียบทีเกียวข้อง : ข้อบัญญัติกรุงเทพมหานคร เรือง",
]
_ACTIVITY = "จดกจกรรมสงเสรมทกษะภาษาองกฤษเพอการสอสาร"  # (the reader's key: the activity's skeleton)


def _read(head: str, rest: str):
    lines = [Line(no, text.format(head=head, rest=rest), bullet=text.startswith("- "))
             for no, text in enumerate(_TABLE, 126)]
    lines = [Line(ln.no, ln.text[2:], bullet=True) if ln.bullet else ln for ln in lines]
    return read_columns(lines, _ACTIVITY)


def test_a_subtotal_wrapped_inside_its_cell_is_one_figure_and_the_table_is_read():
    read = _read("154,00", "0")
    assert read is not None
    got = [(e.item, e.each, e.amount) for e in read.expenses]
    assert got == [("โรงเรียนขนาดใหญ่", "18,000", "72,000"), ("โรงเรียนขนาดกลาง", "10,000", "50,000"),
                   ("โรงเรียนขนาดเล็ก", "8,000", "32,000"), ("รถโดยสารปรับอากาศ", "9,500", "19,000")]
    assert {e.category for e in read.expenses[:3]} == {"ค่าวัสดุในการจัดกิจกรรมส่งเสริมทักษะภาษาอังกฤษเพื่อการสือสาร"}


def test_pieces_that_do_not_finish_a_thousands_group_are_no_wrapped_figure():
    assert columns._figure_wrapped("154,00", "0") == "154,000"
    assert columns._figure_wrapped("154,0", "00") == "154,000"
    assert columns._figure_wrapped("154,000", "0") is None
    assert columns._figure_wrapped("154,00", "00") is None
    assert columns._figure_wrapped("15400", "0") is None
