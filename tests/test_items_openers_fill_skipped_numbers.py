"""A numbered list whose numbers OCR lost for several items in a row, their texts opening with the list's words
("1 เพื่อ..." / "เพื่อ..." / "เพื่อ..." / "ด้วยระบบ..." / "4 เพื่อ..."): before, only an opener between item N
and item N + 2 was read as item N + 1, so objectives 2 and 3 ran into objective 1 and 4 with them (fresh set s76b,
bma_progress_s76b001: 7 misses).  Where the lines that open an item by its words between item N and the next
number M are exactly M - N - 1, they fill the numbers skipped (items._skipped_by_next), each opened unnumbered
(the callers say it in doubt); more or fewer such lines, and they stay the text of the item above."""

from schemas.document import Line

from parsers.items import numbered_items, opens_purpose

ONE = "1 เพื่อให้เครือข่ายโรงเรียนมีเวทีแสดงผลงานเชิงวิชาการที่เกิดจากการแลกเปลี่ยนเรียนรู้"
TWO = "เพื่อให้ครูผู้สอนมีความรู้ความเข้าใจและนำไปประยุกต์ใช้ในการจัดการเรียนการสอนได้"
THREE = "เพื่อพัฒนาคุณภาพการจัดการศึกษาของโรงเรียนสังกัดกรุงเทพมหานคร"
WRAP = "ด้วยระบบเครือข่ายโรงเรียนที่ยั่งยืน"
FOUR = "4 เพื่อเป็นการยกย่องและเชิดชูเกียรติและสร้างขวัญกำลังใจให้แก่ข้าราชการครู"


def _items(*texts: str):
    lines = [Line(no, t) for no, t in enumerate(texts, start=46) if t]
    items, _ = numbered_items(lines, opens=opens_purpose)
    return items


def test_openers_that_fill_the_skipped_numbers_open_those_items():
    items = _items(ONE, TWO, THREE, WRAP, FOUR)
    assert [i.number for i in items] == [(1,), (2,), (3,), (4,)]
    assert [i.unnumbered for i in items] == [False, True, True, False]
    assert items[2].text.endswith("ยั่งยืน") and items[3].text.startswith("เพื่อเป็นการ")


def test_more_openers_than_numbers_skipped_stay_text():
    # three lines opening with เพื่อ between 1 and 4 fill two numbers no way: one of them is a wrap, which is not
    # known (nor, past the first, do the rest count again)
    items = _items(ONE, TWO, THREE, "เพื่อการเรียนรู้ตลอดชีวิต", FOUR)
    assert [i.number for i in items] == [(1,)]  # (as before: "4" follows no number read, the callers say it)
    assert THREE in items[0].text
