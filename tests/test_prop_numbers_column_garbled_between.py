"""BMA proposals after OCR whose objectives' numbers stand in a column of their own above the texts, OCR having
read one number between two it read as letters ("2.1" / "Paes" / "2.3"), with a line of its debris between the
column and the first text ("4 0๐4  ก  ๑4  สล่": fresh set s83a, bma_proposal_s83a002).  The garbled token held no
digit, so it stood as the text of 2.1, and 2.3 took every text, the debris line first: one objective of three
read.  Now (numbering._lone_numbers_between) a token garbled past a digit's shape (_LONE_GARBLED_RE) is the
column's number where the numbers read around it leave exactly its place between them; and
(numbering.numbers_apart) a line of debris (three tokens or more of at most three characters, one of four at
most: _DEBRIS_LINE_RE) before a first text that opens as an item does is no item's text."""

from __future__ import annotations

from parsers.bma_proposal.read import opens_purpose, read_list
from schemas.document import CopyReading, Line

_TEXTS = ["เพื่อคัดสรรผลงานการอ่านและการเขียนของนักเรียนที่มีคุณภาพ", "และเผยแพร่เป็นแบบอย่างแก่โรงเรียนอื่น",
          "เพื่อให้ครูผู้สอนมีความรู้ความเข้าใจและสามารถจัดกิจกรรมส่งเสริมการอ่าน", "ออกเขียนได้ของนักเรียนได้",
          "เพื่อสร้างเครือข่ายความร่วมมือในการพัฒนาการอ่านออกเขียนได้ของนักเรียน", "ระหว่างโรงเรียน ผู้ปกครอง และชุมชน"]
_WANT = [(1, f"{_TEXTS[0]} {_TEXTS[1]}"), (2, f"{_TEXTS[2]} {_TEXTS[3]}"), (3, f"{_TEXTS[4]} {_TEXTS[5]}")]


def _read(column: list[str]) -> list[tuple[int, str]]:
    lines = [Line(i + 1, t) for i, t in enumerate([*column, *_TEXTS])]
    got, _ = read_list(lines, "2", "objective", "objectives.seq", CopyReading(0, 1, len(lines)), opens_purpose)
    return [(n, t) for n, t, _, _ in got]


def test_a_number_garbled_to_letters_between_two_read_numbers_its_place():
    assert _read(["2.1", "Paes", "2.3"]) == _WANT


def test_a_debris_line_before_the_first_text_is_no_item_s_text():
    assert _read(["2.1", "2.2", "2.3", "4 0๐4\tก\t๑4\tสล่"]) == _WANT
    assert _read(["2.1", "Paes", "2.3", "4 0๐4\tก\t๑4\tสล่"]) == _WANT


def test_a_garbled_token_where_the_numbers_leave_no_place_is_text_as_before():
    # "2.1" then "2.2" after it: no place between them for the token, which stays the text of the number above
    assert _read(["2.1", "Paes", "2.2", "2.3"])[0] == (1, "Paes")
