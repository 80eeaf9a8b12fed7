"""BMA proposal lists whose marks OCR damaged so that items ran together, their rows lost with no issue naming
them (fresh set s46z):
- a bulleted list of objectives whose first bullet OCR read as an Arabic "1" alone on a line, a speck ("s")
  before the first item's words on the next, the second bullet read as "." (bma_proposal_s46z002): the "1" was
  read as item 1's number and the second item ran on into it (parsers.bma_proposal.read.lone_first_bullet);
- a lettered list of benefits whose last letter OCR read without its dot ("ก." "ข." "a." then "ง ข้าราชการ..."):
  the letter alone is the list's next one, its dot lost, when it is the very next letter
  (parsers.bma_proposal.read._next_letters_dot_lost)."""

from __future__ import annotations

from parsers.bma_proposal.read import lone_first_bullet, opens_beneficiary, read_list
from parsers.items import opens_purpose
from schemas.document import CopyReading, Line


def _read(texts: list[str], **kw) -> list[tuple[int, str]]:
    out = CopyReading(0, 1, 100)
    got, _ = read_list([Line(no, t) for no, t in enumerate(texts, start=1)], "2", "objective", "objectives.seq",
                       out, **kw)
    return [(seq, text) for seq, text, _, _ in got]


def test_a_first_bullet_read_as_an_arabic_one_alone_a_speck_before_the_item_opens_no_numbered_item():
    got = _read(["1", "", "s เพื่อคัดสรรผลงานการอ่านและการเขียนของนักเรียนที่มี", "",
                 "คุณภาพ และเผยแพร่เป็นแบบอย่างแก่โรงเรียนอื่น",
                 ". เพื่อสร้างเครือข่ายความร่วมมือในการพัฒนาการอ่านออกเขียน", "",
                 "ได้ของนักเรียนระหว่างโรงเรียน ผู้ปกครอง และชุมชน"], opens=opens_purpose)
    assert [seq for seq, _ in got] == [1, 2]
    assert got[0][1].startswith("เพื่อคัดสรร") and got[0][1].endswith("โรงเรียนอื่น")
    assert got[1][1].startswith("เพื่อสร้างเครือข่าย")


def test_a_list_numbered_1_2_keeps_its_one():
    lines = [Line(no, t) for no, t in enumerate(["1", "s เพื่อคัดสรรผลงานการอ่าน", "2. เพื่อสร้างเครือข่าย"], start=1)]
    assert lone_first_bullet(lines, opens_purpose) == lines


def test_a_lettered_list_s_next_letter_whose_dot_ocr_lost_opens_its_item():
    got = _read(["ก. ผู้ปกครองและชุมชนมีส่วนร่วมในการพัฒนาคุณภาพการศึกษา",
                 "ข. โรงเรียนมีกิจกรรมที่ส่งเสริมคุณธรรมจริยธรรมของนักเรียนอย่างต่อเนื่อง",
                 "a. โรงเรียนมีโครงงานคุณธรรมทีมีคุณภาพ สามารถเผยแพร่เป็นแบบอย่าง", "ได้",
                 "ง ข้าราชการครูและบุคลากรทางการศึกษากรุงเทพมหานคร",
                 "มีการจัดการเรียนรู้เพื่อพัฒนาคุณธรรมจริยธรรมของนักเรียน"], item_opens=opens_beneficiary)
    assert [seq for seq, _ in got] == [1, 2, 3, 4]
    assert got[2][1].endswith("แบบอย่าง ได้")
    assert got[3][1].startswith("ข้าราชการครู")
    # a letter alone that is not the next one (จ after ค) opens nothing
    got = _read(["ก. ผู้ปกครองและชุมชนมีส่วนร่วม", "ข. โรงเรียนมีกิจกรรม", "ค. โรงเรียนมีโครงงาน",
                 "จ ข้าราชการครูและบุคลากร"], item_opens=opens_beneficiary)
    assert [seq for seq, _ in got] == [1, 2, 3]
