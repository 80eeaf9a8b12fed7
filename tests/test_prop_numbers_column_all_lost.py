"""BMA proposals whose list numbers stand in a column of their own above the texts, OCR having damaged every
one of them past an item's opener ("2d" / "22" for ๒.๑ / ๒.๒: no number read, so read_items found no item).
The texts were then read as they open (an objective's "เพื่อ"), and a wrapped line that opens with the same word
("เพื่อการสื่อสาร..." under a line that reached the edge) was read as an objective too many, with no issue naming
it (fresh set s63o, bma_proposal_s63o003).  Now (numbering.numbers_all_lost) the lone tokens number the items
and the texts go one to each as numbers_apart gives them (wrapped lines joined by the lines' widths: a guess,
said); where the texts fall into one group more, the column's last number was lost too (fresh set s85b,
bma_proposal_s85b002's benefits under "@.o" / "«๕.๒", no benefit read): the texts number on, said; where they
fall into more still, the list is read as before."""

from __future__ import annotations

from parsers.bma_proposal.numbering import numbers_all_lost
from parsers.bma_proposal.read import read_list
from parsers.items import opens_purpose
from schemas.document import CopyReading, Line

_TEXTS = ["เพื่อส่งเสริมให้นักเรียนมีทักษะการคิดวิเคราะห์และการแก้ปัญหาอย่างเป็นระบบ",
          "เพื่อการเรียนรู้ตลอดชีวิต",
          "เพื่อพัฒนาครูผู้สอนให้มีความรู้ความเข้าใจในการจัดกิจกรรมการเรียนรู้",
          "เชิงรุกได้อย่างมีประสิทธิภาพ"]


def _read(texts: list[str]):
    out = CopyReading(0, 1, len(texts))
    got, lead = read_list([Line(i + 1, t) for i, t in enumerate(texts)], "2", "objective", "objectives.seq", out,
                          opens=opens_purpose)
    return [(n, a, b) for n, _, a, b in got], lead, out.issues


def test_a_column_of_numbers_all_damaged_numbers_the_texts_by_their_count():
    got, lead, issues = _read(["2d", "22", *_TEXTS])
    assert got == [(1, 3, 4), (2, 5, 6)] and lead == []
    assert any(i.code == "unread_cells" and "apart from their numbers" in i.message for i in issues)


def test_texts_that_fall_into_more_groups_than_tokens_are_read_as_before():
    # four texts each opening an objective, no line before another reaching the edge (no wrap): two tokens
    # number none of them
    texts = ["2d", "22", "เพื่อพัฒนาครู", "เพื่อสร้างเครือข่าย", "เพื่อเผยแพร่ผลงาน",
             "เพื่อส่งเสริมการอ่านและการเขียนของนักเรียน"]
    assert numbers_all_lost([Line(i + 1, t) for i, t in enumerate(texts)], opens_purpose) is None
    got, _, _ = _read(texts)
    assert len(got) == 4


def test_texts_one_more_than_the_tokens_number_on_the_column_s_lost_last_number_said():
    # three texts, two tokens: a number OCR lost from the column; the texts number on by their order (a guess)
    texts = ["2d", "22", "เพื่อพัฒนาครู", "เพื่อสร้างเครือข่าย", "เพื่อส่งเสริมการอ่านและการเขียนของนักเรียน"]
    apart = numbers_all_lost([Line(i + 1, t) for i, t in enumerate(texts)], opens_purpose)
    assert apart is not None and [(it.number, it.start, it.guessed) for it in apart] == [
        (1, 3, True), (2, 4, True), (3, 5, True)]
    got, _, issues = _read(texts)
    assert got == [(1, 3, 3), (2, 4, 4), (3, 5, 5)]
    assert any(i.code == "unread_cells" and "a number lost" in i.message for i in issues)
    assert any(i.code == "value_repaired" and i.field == "objectives.seq" and "'nothing'" in i.message
               for i in issues)


def test_one_lone_token_is_no_column():
    assert numbers_all_lost([Line(i + 1, t) for i, t in enumerate(["2d", *_TEXTS])], opens_purpose) is None
