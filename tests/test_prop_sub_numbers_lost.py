"""A BMA proposal's benefits printed "9.1 ...", "9.2 ..." whose item numbers OCR lost, each item opening with the
section's number alone ("9 นักเรียนสามารถ...", "9 โรงเรียนมี..."; fresh set s55z, proposal 002): no opener was
read, the items ran together and all four rows were lost.  Where the list's first line and another open with the
section's number alone before an item's opening words, each is an item, numbered by its place and said
(read.sub_numbers_lost; read_list's value_repaired issue)."""

from __future__ import annotations

from parsers.bma_proposal.read import opens_beneficiary, sub_numbers_lost
from schemas.document import Line

LIST = [Line(1, "9 นักเรียนสามารถสร้างความรู้และสร้างสรรค์ชิ้นงาน"), Line(2, "ต่างๆ ด้วยตนเองได้"),
        Line(3, "9 โรงเรียนมีกิจกรรมที่ส่งเสริมการอ่าน"), Line(4, "๙ ข้าราชการครูและบุคลากรทางการศึกษา")]


def test_items_opening_with_the_sections_number_alone_are_bulleted_items():
    lines, lost = sub_numbers_lost(LIST, "9", opens_beneficiary)
    assert [(ln.text, ln.bullet) for ln in lines] == [
        ("นักเรียนสามารถสร้างความรู้และสร้างสรรค์ชิ้นงาน", True), ("ต่างๆ ด้วยตนเองได้", False),
        ("โรงเรียนมีกิจกรรมที่ส่งเสริมการอ่าน", True), ("ข้าราชการครูและบุคลากรทางการศึกษา", True)]
    assert lost == {1: "9", 3: "9", 4: "๙"}


def test_another_number_or_one_such_line_is_no_such_list():
    # another section's number: a figure, not this list's numbers
    assert sub_numbers_lost(LIST, "2", opens_beneficiary) == (LIST, {})
    # one line alone so opening (the list's others without it) proves nothing
    one = [LIST[0], LIST[1], Line(3, "โรงเรียนมีกิจกรรม")]
    assert sub_numbers_lost(one, "9", opens_beneficiary) == (one, {})
    # a list whose first line does not so open: a figure opening wrapped lines ("9 โรงเรียน" of a count)
    later = [Line(1, "9.1 นักเรียนสามารถ"), LIST[2], LIST[3]]
    assert sub_numbers_lost(later, "9", opens_beneficiary) == (later, {})
