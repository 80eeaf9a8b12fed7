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


# The item numbers cut down their column ("9" / "." / "1"), OCR keeping the own part of the first item's alone, two
# lines under its first (its dot lost), before the item's wrapped words; the items after it lost theirs (fresh set
# s65o, proposal 004).  Before, the "1" was read as a bullet: the first item cut there, its wrapped words an item of
# their own, the next item run into them and the last item lost.
OWN_BELOW = [Line(1, "9 ข้าราชการครูและบุคลากรทางการศึกษา"), Line(2, "กรุงเทพมหานคร มีการจัดการเรียนรู้เพื่อพัฒนาการใช้"),
             Line(3, "1 เทคโนโลยีดิจิทัลเพื่อการเรียนการสอนของนักเรียน"), Line(4, "9 โรงเรียนมีสื่อการเรียนรู้ดิจิทัลที่มีคุณภาพ"),
             Line(5, "สามารถเผยแพร่เป็นแบบอย่างได้"), Line(6, ""), Line(7, "9 นักเรียนสามารถสร้างความรู้และสร้างสรรค์ชินงาน"),
             Line(8, ""), Line(9, "ต่างๆ ด้วยตนเองได้")]


def test_own_number_cut_below_the_first_item_is_no_bullet():
    from parsers.bma_proposal.read import read_list
    from schemas.document import CopyReading
    out = CopyReading(0, 1, 9)
    got, _ = read_list(OWN_BELOW, "9", "expected benefit", "findings.seq", out, item_opens=opens_beneficiary)
    assert [(seq, text.replace(" ", "")) for seq, text, _, _ in got] == [
        (1, "ข้าราชการครูและบุคลากรทางการศึกษากรุงเทพมหานครมีการจัดการเรียนรู้เพื่อพัฒนาการใช้"
            "เทคโนโลยีดิจิทัลเพื่อการเรียนการสอนของนักเรียน"),
        (2, "โรงเรียนมีสื่อการเรียนรู้ดิจิทัลที่มีคุณภาพสามารถเผยแพร่เป็นแบบอย่างได้"),
        (3, "นักเรียนสามารถสร้างความรู้และสร้างสรรค์ชินงานต่างๆด้วยตนเองได้")]


def test_own_number_below_only_in_its_place_and_before_no_opener():
    # a "2" under the first item is no own part of its number (a figure of its text wrapped): kept
    two = [OWN_BELOW[0], OWN_BELOW[1], Line(3, "2 เทคโนโลยีดิจิทัล"), *OWN_BELOW[3:]]
    lines, _ = sub_numbers_lost(two, "9", opens_beneficiary)
    assert lines[2].text == "2 เทคโนโลยีดิจิทัล"
    # a "1" before words that open an item is no wrapped line's: left to the list's readers
    opener = [OWN_BELOW[0], Line(2, "1 โรงเรียนมีสื่อ"), *OWN_BELOW[3:]]
    lines, _ = sub_numbers_lost(opener, "9", opens_beneficiary)
    assert lines[1].text == "1 โรงเรียนมีสื่อ"
