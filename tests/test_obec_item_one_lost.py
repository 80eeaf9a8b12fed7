"""An OBEC list whose item 1 OCR lost whole, its first item printed "2" (a
bare figure the list left in the item's text, "2 โรงเรียนในสังกัด...":
fresh set s118o, obec_progress_s118o004's output targets).  The list read
one target, its text the second's with the number in it, and no issue
named the target lost.  A list's first printed number above its place,
which no misread makes the place's, is now said (items_cut_in_doubt,
rounds._numbers_off_place); a list opening at 1 or at a misread of 1 is not."""

from __future__ import annotations

from parsers.obec_progress.rounds import _numbers_off_place
from schemas.document import Line


def _off(*texts: str) -> list[str]:
    part = [Line(no, text) for no, text in enumerate(texts, start=166)]
    items = [(text, no, no) for no, text in enumerate(texts, start=166)]
    return _numbers_off_place(part, items)


def test_a_list_opening_at_two_lost_its_first_item():
    assert _off("2 โรงเรียนในสังกัดทุกโรงเรียนมีการดำเนินงานตามแนวทางที่กำหนด") == ["2"]
    assert _off("3. ครูได้รับการพัฒนา", "4. โรงเรียนมีการดำเนินงาน") == ["3"]


def test_a_list_opening_at_one_or_its_misread_is_in_place():
    assert _off("1. ครูได้รับการพัฒนา", "2. โรงเรียนมีการดำเนินงาน") == []
    assert _off("๑. ครูได้รับการพัฒนา", "๒. โรงเรียนมีการดำเนินงาน") == []
    assert _off("ครูได้รับการพัฒนา") == []
