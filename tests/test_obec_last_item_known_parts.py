"""An OBEC list whose item numbers OCR lost but the first, a number alone on its line ("1."), after which the
list's items stand one after the other, each an item of the list's kind the report prints whole elsewhere
("สพป.X ... ครบตามแผนที่กำหนด" / "ได้เผยแพร่ผลการดำเนินงาน..." / "ผู้เข้าร่วมกิจกรรม..."): they were read as one
item, two rows lost (fresh set s97q, obec_progress_s97q002; open set s92o, obec_progress_s92o001).  Now the last
item's lines past the number alone are those items (lists._last_known_parts), the cut lines given to the caller,
who says the cut (items_cut_in_doubt).  Not where a line among them is no such item."""

from __future__ import annotations

from parsers.obec_progress.lists import item_key, items_of
from schemas.document import Line

FIRST = "สพป.เชียงราย เขต 4 ได้ดำเนินการป้องกันและแก้ไขปัญหายาเสพติดในสถานศึกษา ครบตามแผนที่กำหนด"
SECOND = "ได้เผยแพร่ผลการดำเนินงานทางเว็บไซต์และสื่อสังคมออนไลน์ของสำนักงาน"
THIRD = "ผู้เข้าร่วมกิจกรรมมีความรู้ความเข้าใจ และสามารถนำไปปรับใช้ในการปฏิบัติงานได้"
LEAD = [Line(1099, "สพป.เชียงราย เขต 4 ได้ดำเนินการป้องกันและแก้ไขปัญหายาเสพติด"),
        Line(1103, "โดยกำหนดการดำเนินงานดังนี้")]
LINES = [*LEAD, Line(1105, "1."), Line(1109, FIRST), Line(1115, SECOND), Line(1117, THIRD)]
OWN = frozenset(item_key(t) for t in (FIRST, SECOND, THIRD))


def test_the_last_items_known_lines_are_its_items_and_the_cut_is_given():
    tails: list[int] = []
    items = items_of(LINES, None, OWN, OWN, tails)
    assert [(t, a, b) for t, a, b in items][1:] == [(FIRST, 1109, 1109), (SECOND, 1115, 1115), (THIRD, 1117, 1117)]
    assert tails == [1115, 1117]


def test_a_line_of_no_known_item_keeps_the_item_whole():
    own = frozenset(item_key(t) for t in (FIRST, SECOND))
    tails: list[int] = []
    items = items_of(LINES, None, own, own, tails)
    assert items[-1][1:] == (1105, 1117) and not tails
