"""A proposal's objectives whose bullets OCR read as symbols of other shapes, one on each line ("“ เพื่อ...",
". เพื่อ...", "° .เพื่อ...": fresh set s67o, bma_proposal_s67o002): only "." was read as a bullet, so the first
objective was left before the list (unplaced_text) and the third ran into the second, two rows lost.  A symbol of
no letter, digit or mark, a dot beside it or not, before words that open an objective ("เพื่อ") is its bullet
(read._bullet_mark, _SYMBOL_BULLET_RE); before words that open none it is no bullet."""

from pathlib import Path

from parsers.bma_proposal.read import _bullet_mark
from parsers.items import opens_purpose
from pipeline.stages import process_document

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


def test_a_symbol_before_words_that_open_no_objective_is_no_bullet():
    assert _bullet_mark("“ เพื่อพัฒนาผู้เรียน", opens_purpose) is not None
    assert _bullet_mark("° .เพื่อพัฒนาผู้เรียน", opens_purpose) is not None
    assert _bullet_mark("“ ผู้ปกครอง และชุมชน", opens_purpose) is None
    assert _bullet_mark("“ เพื่อพัฒนาผู้เรียน", None) is None
