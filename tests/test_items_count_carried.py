"""A list item whose count the page wrapped onto a line of its own after the count word ("... ในสังกัด จำนวน" /
"ฒ๓ โรงเรียน", ๗ read as ฒ): the figure, a speck before the next number ("ฒ" then "๓") or a damaged number, was
read as item 3 opening ("โรงเรียน"), an output too many with no issue naming it (fresh set s85o,
obec_progress_s85o001).  A figure right under a line ending with จำนวน is the count the page carried over
(items._count_carried), in numbered_items and in mend_item_numbers alike."""

from __future__ import annotations

from parsers.items import mend_item_numbers, numbered_items
from schemas.document import Line

_LINES = [Line(610, "๑. ผู้บริหารสถานศึกษาและคณะกรรมการดำเนินงาน จำนวน"),
          Line(611, "ฒ๓ คน เข้าร่วมการประชุมเชิงปฏิบัติการ"),
          Line(613, "2. สพป.นครราชสีมา เขต ๒ ดำเนินการรักษาภาษาส่งเสริมการ"),
          Line(614, "อ่านเพื่อการเรียนรู้ตลอดชีวิต ให้แก่โรงเรียนในสังกัด จำนวน"),
          Line(615, "ฒ๓ โรงเรียน")]


def test_a_count_carried_under_the_count_word_opens_no_item():
    items, _ = numbered_items(list(_LINES))
    assert [it.number for it in items] == [(1,), (2,)]
    assert items[1].text.endswith("จำนวน ฒ๓ โรงเรียน")


def test_a_figure_opening_an_item_elsewhere_still_does():
    lines = [*_LINES[:4], Line(615, "ในสังกัดมีผลงาน"), Line(616, "ฒ๓ โรงเรียนมีผลงานดีเด่น")]
    items, _ = numbered_items(lines)
    assert [it.number for it in items] == [(1,), (2,), (3,)]


def test_a_damaged_number_under_the_count_word_is_none():
    lines = [Line(1, "๑. โรงเรียนในสังกัด จำนวน"), Line(2, "ฒ๓ โรงเรียนมีผลงาน"), Line(3, "lo. โรงเรียนมีกิจกรรม")]
    mended = mend_item_numbers(lines, opens=lambda t: t.startswith("โรงเรียน"))
    assert mended[1].text == "ฒ๓ โรงเรียนมีผลงาน"
    assert mended[2].text.startswith("2. ")
