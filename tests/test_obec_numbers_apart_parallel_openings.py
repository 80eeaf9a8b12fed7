"""An OBEC list whose item numbers stand apart from its texts ("1." / "2." / then the texts), its texts in one
paragraph: "ร้อยละ 85 ของผู้เข้ารับการอบรม... ปฏิบัติได้" (long enough to reach the margin) / "ร้อยละ 85 ของโรงเรียนใน
สังกัด... 1 อำเภอ 1" / "โรงเรียนคุณภาพได้ตามเป้าหมาย" (fresh shut set s88o002, clean text: its one miss).  No gap and
no width parted the two items, so they were read as one.  A later line repeating the paragraph's first line's opening
(ten characters or more, two words) opens an item of its own where that makes as many pieces as numbers
(lists._cut_at_parallel_openings)."""

from __future__ import annotations

from parsers.obec_progress.lists import _numbers_apart
from schemas.document import Line

_FIRST = "ร้อยละ 85 ของผู้เข้ารับการอบรมมีความรู้ ความเข้าใจ และสามารถนำไปปฏิบัติได้"


def _pieces(second: str) -> list[list[int]] | None:
    lines = [Line(70, "1."), Line(71, "2."), Line(73, _FIRST), Line(74, second),
             Line(75, "โรงเรียนคุณภาพได้ตามเป้าหมาย")]
    got = _numbers_apart(lines)
    return None if got is None else [[ln.no for ln in para] for para in got[0]]


def test_a_line_repeating_the_first_line_s_opening_opens_the_next_item():
    assert _pieces("ร้อยละ 85 ของโรงเรียนในสังกัดดำเนินการขับเคลื่อนโรงเรียนคุณภาพ 1 อำเภอ 1") == [[73], [74, 75]]


def test_a_line_that_repeats_less_is_the_item_s_wrap():
    assert _pieces("ร้อยละของโรงเรียนในสังกัดดำเนินการขับเคลื่อนโรงเรียนคุณภาพ 1 อำเภอ 1") == [[73, 74, 75]]
