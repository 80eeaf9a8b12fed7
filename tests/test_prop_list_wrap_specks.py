"""BMA proposal (and shared) bulleted lists, wrong values no issue named (fresh sets s47o, s47z):
- a wrapped line OCR read with a speck before its words (".จริยธรรมของนักเรียน" under a line that reached the
  list's width), read as an item of its own (parsers.bma_proposal.read._speck_before_wrap);
- a row of OCR debris holding a lone Thai letter among its specks ("1\\t1\\t1\\tส") between a bulleted item and
  its wrap, read as an item numbered 1 (parsers.items._lone_letters_spread)."""

from __future__ import annotations

from parsers.bma_proposal.read import read_list
from parsers.items import opens_purpose
from schemas.document import CopyReading, Line


def _objectives(lines: list[Line]) -> list[tuple[int, str]]:
    out = CopyReading(0, 1, 100)
    got, _ = read_list(lines, "2", "objective", "objectives.seq", out, opens_purpose)
    return [(seq, text) for seq, text, _, _ in got]


_LIST = [Line(29, "เพื่อให้ครูผู้สอนมีความรู้ความเข้าใจและสามารถจัดกิจกรรมส่งเสริมคุณธรรม", bullet=True),
         Line(30, "จริยธรรมของนักเรียนได้"),
         Line(32, ": เพื่อคัดสรรโครงงานคุณธรรมที่มีคุณภาพ และเผยแพร่เป็นแบบอย่างแก่โรงเรียนอื่น"),
         Line(34, ": เพื่อสร้างเครือข่ายความร่วมมือในการพัฒนาคุณธรรมจริยธรรมของนักเรียนระหว่าง"),
         Line(35, "โรงเรียน ผู้ปกครอง และชุมชน"),
         Line(37, "เพื่อส่งเสริมและสนับสนุนให้โรงเรียนจัดกิจกรรมการเรียนรู้เพื่อพัฒนาคุณธรรม", bullet=True)]


def test_a_wrap_read_with_a_speck_before_its_words_goes_on_from_the_item_above():
    got = _objectives(_LIST + [Line(38, ".จริยธรรมของนักเรียน")])
    assert [seq for seq, _ in got] == [1, 2, 3, 4]
    assert got[3][1] == "เพื่อส่งเสริมและสนับสนุนให้โรงเรียนจัดกิจกรรมการเรียนรู้เพื่อพัฒนาคุณธรรม จริยธรรมของนักเรียน"


def test_a_marked_line_under_a_short_line_or_opening_an_item_stays_an_item():
    # the item above ended short of the list's width: the marked line is an item of its own
    short = _LIST[:-1] + [Line(37, "เพื่อส่งเสริมคุณธรรม", bullet=True), Line(38, ".จริยธรรมของนักเรียน")]
    assert [seq for seq, _ in _objectives(short)] == [1, 2, 3, 4, 5]
    # its words open an objective: an item whatever the line above
    opening = _LIST + [Line(38, ".เพื่อพัฒนาคุณธรรมจริยธรรมของนักเรียน")]
    assert [seq for seq, _ in _objectives(opening)] == [1, 2, 3, 4, 5]


def test_a_row_of_debris_with_a_lone_letter_between_an_item_and_its_wrap_opens_no_item():
    lines = [Line(564, "เพื่อพัฒนาผู้เรียนให้สามารถสร้างความรู้และสร้างสรรค์ชินงานต่างๆ", bullet=True),
             Line(565, "ด้วยตนเองได้"),
             Line(567, "เพื่อให้ครูผู้สอนมีความรู้ความเข้าใจและสามารถจัดกิจกรรมส่งเสริมการใช้", bullet=True),
             Line(568, "เทคโนโลยีดิจิทัลเพื่อการเรียนการสอนได้"),
             Line(574, "เพื่อคัดสรรสือการเรียนรู้ดิจิทัลทีมีคุณภาพ", bullet=True),
             Line(575, "1\t1\t1\tส"),
             Line(576, "และเผยแพร่เป็นแบบอย่างแก่โรงเรียนอื่น")]
    got = _objectives(lines)
    assert [seq for seq, _ in got] == [1, 2, 3]
    assert got[2][1] == "เพื่อคัดสรรสือการเรียนรู้ดิจิทัลทีมีคุณภาพ และเผยแพร่เป็นแบบอย่างแก่โรงเรียนอื่น"


def test_a_bullet_read_as_a_digit_out_of_its_place_among_bullets_read_as_marks_is_a_bullet():
    from parsers.bma_proposal.read import opens_beneficiary

    texts = ["๑ โรงเรียนมีกิจกรรมที่ส่งเสริมทักษะภาษาอังกฤษเพื่อ", "การสือสารอย่างต่อเนื่อง",
             ". นักเรียนสามารถสร้างความรู้และสร้างสรรค์ชิ้นงานต่างๆ", "ด้วยตนเองได้",
             "๑ ผู้ปกครองและชุมชนมีส่วนร่วมในการพัฒนาคุณภาพ", "การศึกษา",
             "2 ข้าราชการครูและบุคลากรทางการศึกษากรุงเทพมหานคร", "มีการจัดการเรียนรู้ของนักเรียน"]
    out = CopyReading(0, 1, 100)
    got, _ = read_list([Line(no, t) for no, t in enumerate(texts, start=156)], "9", "expected benefit",
                       "findings.seq", out, item_opens=opens_beneficiary)
    assert [(seq, text[:12]) for seq, text, _, _ in got] == [
        (1, "โรงเรียนมีกิ"), (2, "นักเรียนสามา"), (3, "ผู้ปกครองและ"), (4, "ข้าราชการครู")]
    # a digit that is its place among the openers ("3" the third) may number the list: the lines are left as read
    from parsers.bma_proposal.read import read_bullets

    lines = [Line(no, t) for no, t in enumerate(["๑ โรงเรียนมีกิจกรรม", ". นักเรียนสามารถ", "๑ ครูผู้สอน",
                                                 "4 ผู้ปกครองและชุมชน"], start=1)]
    assert read_bullets(lines, opens_beneficiary, opens_beneficiary) == lines
