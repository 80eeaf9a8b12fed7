"""A proposal's lettered list (ก. ข. ค. ...) whose item wrapped at a word
that opens items ("...จัดกิจกรรมการเรียนรู้" / "เพื่อพัฒนาการอ่าน..."): the
wrapped line opened an item of its own, and every item after it took the
next one's number, with no issue naming any.  Between two lines whose
letters run on (ข, then ค) no item stands: the line is the wrap of the one
above, joined to it and said (read.between_letters)."""

from __future__ import annotations

from parsers.bma_proposal.read import between_letters
from schemas.document import Line

GIVEN = ["ก. เพื่อคัดสรรผลงานการอ่านและการเขียน", "ข. เพื่อส่งเสริมให้โรงเรียนจัดกิจกรรมการเรียนรู้", "5",
         "เพื่อพัฒนาการอ่านออกเขียนได้ของนักเรียน", "ค. เพื่อสร้างเครือข่ายความร่วมมือ", "a. เพื่อพัฒนาผู้เรียน"]


def _lines(texts: list[str]) -> list[Line]:
    return [Line(no, text) for no, text in enumerate(texts, start=1)]


def test_an_item_between_letters_that_run_on_is_the_wrap_above():
    got = [(1, "เพื่อคัดสรรผลงานการอ่านและการเขียน", 1, 1), (2, "เพื่อส่งเสริมให้โรงเรียนจัดกิจกรรมการเรียนรู้", 2, 2),
           (3, "เพื่อพัฒนาการอ่านออกเขียนได้ของนักเรียน", 4, 4), (4, "เพื่อสร้างเครือข่ายความร่วมมือ", 5, 5),
           (5, "เพื่อพัฒนาผู้เรียน", 6, 6)]
    out, issues = between_letters(got, _lines(GIVEN), "objective", "objectives")
    assert [n for n, *_ in out] == [1, 2, 3, 4]
    assert out[1] == (2, "เพื่อส่งเสริมให้โรงเรียนจัดกิจกรรมการเรียนรู้ เพื่อพัฒนาการอ่านออกเขียนได้ของนักเรียน", 2, 4)
    assert out[2][1] == "เพื่อสร้างเครือข่ายความร่วมมือ"
    assert [i.code for i in issues] == ["items_cut_in_doubt"] and issues[0].field == "objectives.text"


def test_a_list_whose_letters_skip_keeps_its_items():
    # ข. then ง.: a letter lost between them, so a line opening as an item there may be ค
    given = ["ก. เพื่อคัดสรร", "ข. เพื่อส่งเสริม", "เพื่อพัฒนาการอ่าน", "ง. เพื่อสร้างเครือข่าย"]
    got = [(1, "เพื่อคัดสรร", 1, 1), (2, "เพื่อส่งเสริม", 2, 2), (3, "เพื่อพัฒนาการอ่าน", 3, 3),
           (4, "เพื่อสร้างเครือข่าย", 4, 4)]
    assert between_letters(got, _lines(given), "objective", "objectives") == (got, [])


def test_an_unlettered_list_keeps_its_items():
    given = ["เพื่อคัดสรร", "เพื่อส่งเสริม", "เพื่อพัฒนาการอ่าน"]
    got = [(1, "เพื่อคัดสรร", 1, 1), (2, "เพื่อส่งเสริม", 2, 2), (3, "เพื่อพัฒนาการอ่าน", 3, 3)]
    assert between_letters(got, _lines(given), "objective", "objectives") == (got, [])
