"""BMA proposals after OCR whose objectives print their numbers in a column of their own before the texts
("๒.๑" / "๒.๒" / "lo.m" / "๒.๕", then the texts: fresh set w's s19w002), one number between two read damaged
past an opener ("lo.m" for ๒.๓) and the last misread ("๒.๕" for ๒.๔).  The damaged token was taken for the
text of the number above it, so numbers_apart saw text under a number and left the list as read: objective 2
was "lo.m", objective 3 held every text, objectives 1 and 4 were lost (said only as in doubt).  Now a lone
token between two numbers is the column's next number, the numbers after it counting on where their printed
tokens may be those numbers (numbering._lone_numbers_between), and the texts go one to each number."""

from __future__ import annotations

from tests.conftest import sample_text
from tests.test_bma_proposal import PROPOSAL, run

_TEXTS = ["เพื่อส่งเสริมและสนับสนุนให้โรงเรียนจัดกิจกรรมการเรียนรู้เพื่อ", "พัฒนาการอ่านออกเขียนได้ของนักเรียน",
          "เพื่อสร้างเครือข่ายความร่วมมือในการพัฒนาการอ่านออกเขียนได้ของ", "นักเรียนระหว่างโรงเรียน",
          "เพื่อให้ครูผู้สอนมีความรู้ความเข้าใจและสามารถจัดกิจกรรมส่งเสริม", "การอ่านออกเขียนได้ของนักเรียนได้",
          "เพื่อคัดสรรผลงานการอ่านและการเขียนของนักเรียนที่มีคุณภาพ", "และเผยแพร่เป็นแบบอย่างแก่โรงเรียนอื่น"]


def _objectives(numbers: list[str]) -> list[tuple[int, str]]:
    text = sample_text(PROPOSAL)
    start = text.index("๒. วัตถุประสงค์\n") + len("๒. วัตถุประสงค์\n")
    end = text.index("๓. เป้าหมาย", start)
    rows = run(text[:start] + "\n".join(numbers + [""] + _TEXTS) + "\n" + text[end:])
    return [(o["seq"], next((t for t in _TEXTS if o["text"].startswith(t)), o["text"])) for o in rows["objectives"]]


def test_a_number_damaged_between_two_read_numbers_the_next_text():
    assert _objectives(["๒.๑", "๒.๒", "lo.m", "๒.๕"]) == [
        (1, _TEXTS[0]), (2, _TEXTS[2]), (3, _TEXTS[4]), (4, _TEXTS[6])]


def test_a_number_after_it_that_cannot_count_on_leaves_the_list_as_read():
    # "๒.๑" cannot be a misread ๔: the column is not so, and the damaged token stays the text it was read as
    assert (3, _TEXTS[4]) not in _objectives(["๒.๑", "๒.๒", "lo.m", "๒.๑"])
