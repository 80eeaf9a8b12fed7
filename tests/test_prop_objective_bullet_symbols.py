"""A proposal's objectives whose bullets OCR read as symbols of other shapes, one on each line ("“ เพื่อ...",
". เพื่อ...", "° .เพื่อ...": fresh set s67o, bma_proposal_s67o002): only "." was read as a bullet, so the first
objective was left before the list (unplaced_text) and the third ran into the second, two rows lost.  A symbol of
no letter nor digit, a dot after it or not, on the list's first line or under a line that ends short, before
words that open an objective ("เพื่อ"), is its bullet beside the one mark read (read._mark_and_other,
_SYMBOL_DOT_BEFORE_RE); under a line that reaches the list's width (a wrap), or before words that open none, it is
no bullet."""

from pathlib import Path

from parsers.bma_proposal.read import read_bullets
from parsers.items import opens_purpose
from pipeline.stages import process_document
from schemas.document import Line

SAMPLE = Path(__file__).parent.parent / "samples" / "002_e5b5a9d4d9adb57c.txt"
FIRST = "\t\t๒.๑ เพื่อส่งเสริม"
SECOND = "\t\t๒.2 เพื่อพัฒนาผู้เรียน"
THIRD = "เพื่อเผยแพร่ผลงานของนักเรียนให้เป็นแบบอย่างแก่โรงเรียนอื่น"


def _objectives(first: str, second: str, third: str) -> list[str]:
    text = SAMPLE.read_text(encoding="utf-8")
    assert text.count(FIRST) == 1 and text.count(SECOND) == 1
    at = text.index("\n", text.index(SECOND))
    text = text[:at] + f"\n{third}{THIRD}" + text[at:]
    text = text.replace(FIRST, first + "เพื่อส่งเสริม").replace(SECOND, second + "เพื่อพัฒนาผู้เรียน")
    return [o["text"] for o in process_document("a.txt", text.encode("utf-8"))["objectives"]]


def test_objective_bullets_read_as_symbols_open_their_items():
    clean = _objectives("• ", "• ", "• ")
    assert len(clean) == 3 and clean[2] == THIRD
    assert _objectives("“ ", ". ", "° .") == clean


def _bullets(lines: list[Line]) -> list[bool]:
    return [ln.bullet for ln in read_bullets(lines, opens_purpose, opens_purpose)]


def test_specks_are_bullets_only_first_or_under_a_short_line_before_an_opener():
    one = Line(1, "“ เพื่อส่งเสริมและสนับสนุนให้โรงเรียนจัดกิจกรรม")
    two = Line(3, ". เพื่อสร้างเครือข่ายความร่วมมือในการพัฒนาการอ่าน")
    three = Line(5, "° .เพื่อพัฒนาผู้เรียนให้สามารถสร้างความรู้และ")
    short = Line(4, "ผู้ปกครอง และชุมชน")
    assert _bullets([one, Line(2, "การเรียนรู้เพื่อพัฒนาการอ่าน"), two, short, three]) == [True, False, True, False,
                                                                                           True]
    # under a line that reaches the list's width the speck's line is a wrap: no list of marks is read
    wide = Line(4, "ออกเขียนได้ของนักเรียนระหว่างโรงเรียนผู้ปกครองและชุมชนทุกแห่ง")
    assert _bullets([Line(2, "การเรียนรู้เพื่อพัฒนาการอ่าน"), two, wide, three]) == [False, False, False, False]
    # a speck before words that open no objective is none
    assert _bullets([one, Line(2, "การเรียนรู้"), two, short, Line(5, "° .ผู้เรียนมีความรู้")]) == [
        True, False, True, False, False]
