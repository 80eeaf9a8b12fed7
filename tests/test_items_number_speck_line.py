"""A numbered list whose item number OCR misread past reading on a line of its own: one short token that is no
word ("ศุ" for 4), alone between an item's text and a line that opens an item by its words ("3 เพื่อส่งเสริม..." /
"...รับผิดชอบ" / "ศุ" / "เพื่อพัฒนาบุคลากร..."; fresh set s120o, bma_progress_s120o005).  Before, the token and the
item after it ran into the item above, and the list's last row was lost with no issue naming it.  Now the token is
debris and the opener the next item, its number lost, said (items.numbered_items, Item.unnumbered)."""

from __future__ import annotations

from parsers.items import numbered_items, opened_by_words_issues, opens_purpose
from schemas.document import Line

_LIST = ["1 เพื่อยกระดับมาตรฐานของศูนย์วิชาการเขต",
         "2 เพื่อให้เครือข่ายโรงเรียนมีเวทีแสดงผลงานเชิงวิชาการ",
         "3 เพื่อส่งเสริมและกระตุ้นให้ข้าราชการครูได้แสดง",
         "ศักยภาพตามกลุ่มสาระและงานที่",
         "รับผิดชอบ",
         "ศุ",
         "เพื่อพัฒนาบุคลากรหลักของศูนย์วิชาการเขต ให้มีทักษะใน",
         "การทำงานด้านพัฒนาคุณภาพการศึกษา"]


def _items(texts: list[str]):
    items, _ = numbered_items([Line(no, t) for no, t in enumerate(texts, 1)], opens=opens_purpose)
    return items


def test_a_lone_token_that_is_no_word_before_an_opener_is_the_next_item_s_number():
    items = _items(_LIST)
    assert [it.number for it in items] == [(1,), (2,), (3,), (4,)]
    assert items[2].text.endswith("รับผิดชอบ") and items[3].text.startswith("เพื่อพัฒนาบุคลากร")
    said = opened_by_words_issues(items, "objective", "objectives")
    assert {i.field for i in said} == {"objectives.text", "objectives.seq"}


def test_a_short_word_ending_an_item_s_text_is_its_text():
    # a dictionary word alone on the line ("ครู", the page's wrap of the item's last word): no number's place
    texts = _LIST[:5] + ["ครู"] + _LIST[6:]
    items = _items(texts)
    assert len(items) == 3 and "รับผิดชอบ ครู เพื่อพัฒนา" in items[2].text
