"""BMA proposals after OCR whose budget table of item columns has a line of specks OCR read as a short Latin word
under a category's name ("ค่าอาหารกลางวัน  @,€00.00" / "yuu": fresh set h s20h005): a line of words alone under a
category with no line yet continues its wrapped name, Thai joined with no space, so the category read
"ค่าอาหารกลางวันyuu" (silently: the dictionary check takes no Latin letters glued to Thai for a piece).  A line
of one short Latin word (five letters at most) under a category's or an item's Thai name is specks and is
left out; a line of Thai words still continues the name."""

from __future__ import annotations

from parsers.bma_proposal.budget import item_columns
from schemas.document import Line

_TABLE = """รายการ                  จํานวน หน่วย ราคาต่อหน่วย (บาท) จํานวนเงิน (บาท)
ค่าอาหารกลางวัน                                                  ๕,๐๐๐.๐๐
{under}
ผู้เข้ารับการอบรม            ๑๐๐ คน                ๕๐.๐๐        ๕,๐๐๐.๐๐
ค่าเช่ารถโดยสาร                                                ๒๔,๐๐๐.๐๐
รถโดยสารปรับอากาศ                     ๒ คัน                     ๑๒,๐๐๐.๐๐             ๒๔,๐๐๐.๐๐
{under_item}
รวมทั้งสิ้น                                                                    ๒๙,๐๐๐.๐๐"""


def _lines(text: str) -> list[Line]:
    import re

    # OCR's columns apart by wide gaps, as the clean-up gives them: tabs
    return [Line(no, re.sub(r" {2,}", "\t", t)) for no, t in enumerate(text.split("\n"), start=1) if t.strip()]


def _read(under: str, under_item: str = "") -> list[tuple[str | None, str]]:
    found, _ = item_columns(_lines(_TABLE.format(under=under, under_item=under_item)))
    return [(e.category, e.item) for e in found]


def test_a_latin_speck_under_a_category_or_an_item_is_left_out():
    assert _read("yuu", "Ly") == [("ค่าอาหารกลางวัน", "ผู้เข้ารับการอบรม"), ("ค่าเช่ารถโดยสาร", "รถโดยสารปรับอากาศ")]


def test_thai_words_under_a_category_still_continue_it():
    assert _read("สำหรับผู้เข้าอบรม")[0] == ("ค่าอาหารกลางวันสำหรับผู้เข้าอบรม", "ผู้เข้ารับการอบรม")
