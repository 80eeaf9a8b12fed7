"""OBEC lists whose item numbers stand in a column of their own, their texts one line under another with no gap,
where the page's widths cannot tell where an item opens (each line one the page may have wrapped), found on the
clean twin of fresh set s46z (obec_progress_s46z003):
- a line opening with "เนื่องจาก" ("because", a cause given after what it causes) goes on from the line above
  where nothing else tells: "ขาดงบประมาณ..." / "การประสานงานการประชุม... ไม่ครบ" / "เนื่องจากคณะกรรมการ..." read
  as items 1 and 2 (the second over two lines), no longer the first two lines as item 1 and item 2 lost; the cut
  is said in doubt (lists._LEANS_ON_RE in _cut_past_continuations);
- the item a list in doubt reads as the rest of its texts past the items the report prints whole is known whole
  too (lists._known_rests): "ผู้บริหาร... เข้าร่วมการประชุมเชิงปฏิบัติการ" known, the rest "ครูที่ทำหน้าที่ที่
  เกี่ยวข้อง" / "ได้รับการพัฒนา..." is the other item, which parts another list printing it."""

from __future__ import annotations

from parsers.obec_progress.lists import items_of, known_items, paired_in_doubt
from parsers.wraps import PageWraps
from schemas.document import Line

PROBLEMS = [Line(1, "๑."), Line(2, "๒."),
            Line(4, "ขาดงบประมาณในการพัฒนาครูแบบประชุมเชิงปฏิบัติการ ต้องปรับกิจกรรมแบบออนไลน์"),
            Line(5, "การประสานงานการประชุมคณะกรรมการ อาจจะมาประชุมไม่ครบ"),
            Line(6, "เนื่องจากคณะกรรมการบางท่านติดภาระงานในการไปราชการด่วน")]


def test_a_line_opening_with_because_goes_on_from_the_one_above_and_is_said():
    wraps = PageWraps(wrapped=frozenset({5, 6}), past=frozenset(), in_columns=frozenset({5, 6}))
    items = items_of(PROBLEMS, wraps)
    assert [(a, b) for _, a, b in items] == [(4, 4), (5, 6)]
    assert items[1][0].endswith("ไม่ครบ เนื่องจากคณะกรรมการบางท่านติดภาระงานในการไปราชการด่วน")
    assert paired_in_doubt(PROBLEMS, wraps) is not None


KNOWN_FIRST = [Line(10, "ผู้บริหารสถานศึกษาและคณะกรรมการดำเนินงาน จำนวน ๖๑ คน เข้าร่วมการประชุมเชิงปฏิบัติการ")]
DOUBTED = [Line(20, "๑."), Line(21, "๒."),
           Line(23, "ผู้บริหารสถานศึกษาและคณะกรรมการดำเนินงาน จำนวน ๑๑๒ คน"),
           Line(24, "เข้าร่วมการประชุมเชิงปฏิบัติการ"),
           Line(25, "ครูที่ทำหน้าที่ที่เกี่ยวข้อง"),
           Line(26, "ได้รับการพัฒนาให้มีความรู้และแนวทางปฏิบัติที่ถูกต้อง")]
OTHER = [Line(30, "๑."), Line(31, "๒."),
         Line(33, "โรงเรียนในสังกัดทุกโรงเรียนมีการดำเนินงานตามแนวทางที่กำหนด"),
         Line(34, "ครูที่ทำหน้าที่ที่เกี่ยวข้อง"),
         Line(35, "ได้รับการพัฒนาให้มีความรู้และแนวทางปฏิบัติที่ถูกต้อง")]


def test_the_rest_of_a_list_in_doubt_past_its_known_items_is_known_and_parts_another_list():
    wraps = PageWraps(wrapped=frozenset({24, 25, 26, 34, 35}), past=frozenset(),
                      in_columns=frozenset({24, 25, 26, 34, 35}))
    known = known_items([KNOWN_FIRST, DOUBTED, OTHER], wraps)
    assert "ครทท" + "าหนาททเกยวของไดรบการพฒนาใหมความรและแนวทางปฏบตทถกตอง" in known
    items = items_of(OTHER, wraps, known)
    assert [(a, b) for _, a, b in items] == [(33, 33), (34, 35)]
