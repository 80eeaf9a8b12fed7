"""An OBEC list whose column of item numbers OCR read amid its texts: the first items' lines above the column, the
last item's wrap below it ("ได้ดำเนินการประชุม..." / "และจัดทำ...แล้ว" / "ได้ดำเนินการนิเทศ..." / "ผู้เข้าร่วม
กิจกรรม... ปรับใช้ใน" / "๑)" / "๒)" / "๓)" / "การปฏิบัติงานได้": fresh set s72a's obec_progress 001).  Before, the
texts above the column were taken for a lead (the text that introduces a list, "... ดังนี้") and read as item 1
whole, the wrap below it as item 2, the third row lost.  Now, where the texts above the column introduce nothing
and the items the report prints whole elsewhere, with the texts the page wrapped whole between them
(lists._known_parts), cut all the texts into exactly as many items as numbers, those are the items
(lists._numbers_apart); the pairing is said in doubt (paired_in_doubt)."""

from __future__ import annotations

from parsers.obec_progress.lists import item_key, items_of, paired_in_doubt
from parsers.wraps import PageWraps
from schemas.document import Line

BOARD = ("ได้ดำเนินการประชุมคณะกรรมการดำเนินงาน", "และจัดทำคำสั่งแต่งตั้งคณะกรรมการเรียบร้อยแล้ว")
VISITS = "ได้ดำเนินการนิเทศ ติดตาม โรงเรียนในสังกัด จำนวน ๑๓๕ โรงเรียน"
TRAINED = ("ผู้เข้าร่วมกิจกรรมมีความรู้ความเข้าใจ และสามารถนำไปปรับใช้ใน", "การปฏิบัติงานได้")
KNOWN = frozenset({item_key(" ".join(BOARD)), item_key(VISITS.replace("๑๓๕", "๒๕")), item_key("".join(TRAINED))})
LINES = [Line(1, BOARD[0]), Line(3, BOARD[1]), Line(4, VISITS), Line(5, TRAINED[0]),
         Line(7, "๑)"), Line(9, "๒)"), Line(10, "๓)"), Line(11, TRAINED[1])]
WRAPS = PageWraps(frozenset({3, 11}), frozenset())


def test_the_known_items_cut_the_texts_around_the_column():
    got = items_of(LINES, WRAPS, KNOWN)
    assert [(a, b) for _, a, b in got] == [(1, 3), (4, 4), (5, 11)]
    assert got[2][0].startswith(TRAINED[0]) and got[2][0].endswith(TRAINED[1])
    assert paired_in_doubt(LINES, WRAPS, KNOWN)


def test_a_lead_that_introduces_stays_a_lead():
    intro = "สพป.ทดสอบ เขต ๑ ได้ดำเนินการโครงการ โดยกำหนดการดำเนินงานดังนี้"
    lines = [Line(1, intro), Line(3, "๑)"), Line(4, "๒)"), Line(6, " ".join(BOARD)), Line(7, VISITS)]
    got = items_of(lines, WRAPS, KNOWN)
    assert [(a, b) for _, a, b in got] == [(1, 1), (6, 6), (7, 7)] and got[0][0] == intro


def test_without_known_items_as_before():
    got = items_of(LINES, WRAPS)
    assert (1, 5) in [(a, b) for _, a, b in got]  # (the texts above the column: one lead)
