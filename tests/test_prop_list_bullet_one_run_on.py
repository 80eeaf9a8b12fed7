"""A bulleted list run on as text (the form's run-on layout: the heading, then the items, the page wrapping
anywhere) whose round bullets OCR read as the Thai digit one: the list's first bullet standing alone on the
list's first line, the heading cut off before it ("2. วัตถุประสงค์ ๑" / "เพื่อส่งเสริม..."), or opening that line
after a mark ("»๑ เพื่อส่งเสริม..."), was read as item 1's number, and every item after it ran on into item 1 (its
rows lost with no issue naming them); a one ending a line, its item on the next ("... ได้ ๑" / "โรงเรียนมี..."),
was no bullet (parsers.bma_proposal.read.lone_first_bullet, ones_inside).  A list numbered 1, 2, ... keeps its
numbers, and a count's one ("จำนวน ๑" / "โรงเรียน...") at a line's end is no bullet."""

from __future__ import annotations

from parsers.bma_proposal.read import opens_beneficiary, read_list
from parsers.items import opens_purpose
from schemas.document import CopyReading, Line


def _objectives(texts: list[str]) -> list[tuple[int, str]]:
    out = CopyReading(0, 1, 100)
    got, _ = read_list([Line(no, t) for no, t in enumerate(texts, start=1)], "2", "objective", "objectives.seq", out,
                       opens_purpose)
    return [(seq, text) for seq, text, _, _ in got]


def _benefits(texts: list[str]) -> list[tuple[int, str]]:
    out = CopyReading(0, 1, 100)
    got, _ = read_list([Line(no, t) for no, t in enumerate(texts, start=1)], "9", "expected benefit", "findings.seq",
                       out, item_opens=opens_beneficiary)
    return [(seq, text) for seq, text, _, _ in got]


def test_a_first_bullet_read_as_a_one_alone_on_the_list_s_first_line_opens_no_numbered_item():
    # fresh set prop25a007 after OCR: the heading's line ended with the first bullet, "๑"
    got = _objectives(["๑",
                       "เพื่อส่งเสริมและสนับสนุนให้โรงเรียนจัดกิจกรรมการเรียนรู้เพื่อพัฒนาสุขภาวะและโภชนาการ",
                       "ของนักเรียน ๑ เพื่อให้ครูผู้สอนมีความรู้ความเข้าใจและสามารถจัดกิจกรรมส่งเสริมสุขภาวะ",
                       "และโภชนาการของนักเรียนได้ ๑ เพื่อคัดสรรรายงานภาวะโภชนาการของนักเรียนที่มีคุณภาพ",
                       "และเผยแพร่เป็นแบบอย่างแก่โรงเรียนอื่น"])
    assert [seq for seq, _ in got] == [1, 2, 3]
    assert got[0][1].endswith("สุขภาวะและโภชนาการ ของนักเรียน")
    assert got[2][1].startswith("เพื่อคัดสรรรายงาน")


def test_a_first_bullet_read_as_a_mark_and_a_one_opening_the_first_line_is_a_bullet():
    # helper set pr2s24a007 after OCR: "»๑ เพื่อ..." and the other bullets read "๑" inside the line
    got = _objectives(["»๑ เพื่อส่งเสริมและสนับสนุนให้โรงเรียนจัดกิจกรรมการเรียนรู้เพื่อพัฒนา สุขภาวะและโภชนาการของ"
                       "นักเรียน ๑ เพื่อสร้างเครือข่ายความร่วมมือในการพัฒนาสุขภาวะ ๑ เพื่อคัดสรรรายงานภาวะโภชนาการ"])
    assert [seq for seq, _ in got] == [1, 2, 3]
    assert got[0][1].startswith("เพื่อส่งเสริม") and got[1][1].startswith("เพื่อสร้างเครือข่าย")


def test_a_one_ending_a_line_is_the_bullet_of_the_item_on_the_next():
    got = _benefits(["๑",
                     "ผู้ปกครองและชุมชนมีส่วนร่วมในการพัฒนาคุณภาพการศึกษา .",
                     "โรงเรียนมีกิจกรรมที่ส่งเสริมสุขภาวะและโภชนาการของนักเรียนอย่างต่อเนื่อง °",
                     "นักเรียนสามารถสร้างความรู้และสร้างสรรค์ชิ้นงานต่างๆ ด้วยตนเองได้ ๑",
                     "โรงเรียนมีรายงานภาวะโภชนาการของนักเรียนที่มีคุณภาพ สามารถเผยแพร่เป็นแบบอย่างได้"])
    assert [seq for seq, _ in got] == [1, 2, 3, 4]
    assert got[2][1] == "นักเรียนสามารถสร้างความรู้และสร้างสรรค์ชิ้นงานต่างๆ ด้วยตนเองได้"
    assert got[3][1].startswith("โรงเรียนมีรายงาน")


def test_a_numbered_list_and_a_count_s_one_are_left_as_they_are():
    # a list numbered 2.1, 2.2: a lone one on its first line is no bullet of it (the list keeps its numbers)
    got = _objectives(["๑", "เพื่อส่งเสริมการอ่าน", "2.2 เพื่อพัฒนาผู้เรียน", "2.3 เพื่อคัดสรรผลงาน"])
    assert [text for _, text in got][-2:] == ["เพื่อพัฒนาผู้เรียน", "เพื่อคัดสรรผลงาน"]
    # a count's one ending a line, its noun on the next: no bullet, the text goes on
    out = CopyReading(0, 1, 100)
    got, _ = read_list([Line(1, "โรงเรียนมีกิจกรรมที่ส่งเสริมการอ่านอย่างต่อเนื่อง จำนวน ๑", bullet=True),
                        Line(2, "โรงเรียนในสังกัดสำนักงานเขต"),
                        Line(3, "นักเรียนสามารถอ่านออกเขียนได้", bullet=True)], "9", "expected benefit", "findings.seq",
                       out, item_opens=opens_beneficiary)
    got = [(seq, text) for seq, text, _, _ in got]
    assert [seq for seq, _ in got] == [1, 2]
    assert got[0][1] == "โรงเรียนมีกิจกรรมที่ส่งเสริมการอ่านอย่างต่อเนื่อง จำนวน ๑ โรงเรียนในสังกัดสำนักงานเขต"
