"""BMA proposals after OCR whose budget table of item columns has a line of lone Thai letters spaces apart between
an item's row and its name's tail wrapped under it (fresh set s73a bma_proposal_s73a004: "- วัสดุสำนักงานและวัสดุ
21 ชุด  750.00 15,750.00" / "จ               จ" / "คอมพิวเตอร์"): specks of the table's rules OCR read as letters.
Before, the line opened a category of no line, the tail joined that category, and the item read
'วัสดุสำนักงานและวัสดุ' with no issue naming it.  Lone letters spaces apart are no word of a row: the line is
passed over, and the tail under it joins the item.  A line of one word, or a letter beside a word, is not."""

from __future__ import annotations

from parsers.bma_proposal.budget import item_columns
from schemas.document import Line

_ROWS = [("รายการ\tจำนวน หน่วย\tราคาต่อ จำนวนเงิน", False), ("หน่วย (\t(บาท)", False), ("บาท)", False),
         ("ค่าวัสดุสำนักงาน\t15,750.00", False), ("วัสดุสำนักงานและวัสดุ\t21 ชุด\t750.00 15,750.00", True),
         ("{speck}", False), ("คอมพิวเตอร์", False),
         ("ค่าตอบแทนวิทยากร\t2,400.00", False), ("วิทยากรภายนอก\t4 ชั่วโมง\t600.00 2,400.00", True),
         ("รวมทั้งสิ้น\t18,150.00", False)]


def _read(speck: str):
    lines = [Line(no, t.format(speck=speck), bullet=b) for no, (t, b) in enumerate(_ROWS, start=1)]
    unread: list = []
    found, _ = item_columns(lines, unread=unread)
    return [(e.category, e.item, e.start, e.end) for e in found], unread


def test_lone_letters_between_a_row_and_its_names_tail_are_specks():
    for speck in ("จ\tจ", "จ  จ  ก", "ป็ \tจ"):
        found, unread = _read(speck)
        assert unread == []
        assert found == [("ค่าวัสดุสำนักงาน", "วัสดุสำนักงานและวัสดุคอมพิวเตอร์", 5, 7),
                         ("ค่าตอบแทนวิทยากร", "วิทยากรภายนอก", 9, 9)]


def test_a_word_is_no_speck():
    found, _ = _read("จ\tจัดซื้อ")
    assert found[0][1] == "วัสดุสำนักงานและวัสดุ"
