"""A list printed as running text (a form on one line, wrapped again by the
page) whose bullets OCR read as marks standing as tokens of their own inside
the lines ("... และชุมชน + เพื่อให้ครูผู้สอน...", "... ได้ . เพื่อส่งเสริม...") or
at a line's end before the next item's line ("... ของนักเรียน ." / "เพื่อคัดสรร..."):
the items ran together into the one above, the rows after them missing with
no issue naming them (s19prd007)."""

from __future__ import annotations

from tests.conftest import sample_text
from tests.test_bma_proposal import PROPOSAL, run

OBJECTIVES = """๒. วัตถุประสงค์ «
เพื่อสร้างเครือข่ายความร่วมมือในการพัฒนาสุขภาวะและโภชนาการของนักเรียนระหว่าง
โรงเรียน ผู้ปกครอง และชุมชน + เพื่อให้ครูผู้สอนมีความรู้ความเข้าใจและสามารถ

จัดกิจกรรมส่งเสริมสุขภาวะและโภชนาการของนักเรียนได้ . เพื่อส่งเสริมและสนับสนุนให้
โรงเรียนจัดกิจกรรมการเรียนรู้เพื่อพัฒนาสุขภาวะและโภชนาการของนักเรียน .

เพื่อคัดสรรรายงานภาวะโภชนาการของนักเรียนที่มีคุณภาพ และเผยแพร่เป็นแบบอย่างแก่
โรงเรียนอื่น
"""

BENEFITS = """9. ประโยชน์ที่คาดว่าจะได้รับ « โรงเรียนมีกิจกรรมที่ส่งเสริม
สุขภาวะและโภชนาการของนักเรียนอย่างต่อเนื่อง + นักเรียนสามารถสร้างความรู้และ

สร้างสรรค์ชิ้นงานต่างๆ ด้วยตนเองได้
"""


def _with(section: str, start: str, end: str) -> dict:
    sample = sample_text(PROPOSAL)
    return run(sample[:sample.index(start)] + section + sample[sample.index(end):])


def test_objectives_run_on_with_their_bullets_read_as_marks_are_cut_at_the_marks():
    rows = _with(OBJECTIVES, "๒. วัตถุประสงค์", "๓. เป้าหมาย")
    got = [o["text"] for o in sorted(rows["objectives"], key=lambda o: o["seq"])]
    assert len(got) == 4
    assert got[0].endswith("และชุมชน") and got[1].startswith("เพื่อให้ครูผู้สอน") and got[1].endswith("นักเรียนได้")
    assert got[2].startswith("เพื่อส่งเสริม") and got[2].endswith("ของนักเรียน")  # its end mark is the next one's
    assert got[3].startswith("เพื่อคัดสรร")


def test_benefits_run_on_with_their_bullets_read_as_marks_are_cut_at_the_marks():
    rows = _with(BENEFITS, "9. ประโยชน์ที่คาดว่าจะได้รับ", "10.")
    got = [f["text"] for f in sorted(rows["findings"], key=lambda f: f["seq"]) if f["kind"] == "benefit"]
    assert len(got) == 2 and got[1].startswith("นักเรียนสามารถ")


def test_a_mark_before_words_that_open_no_item_cuts_nothing():
    text = OBJECTIVES.replace(" + เพื่อให้ครูผู้สอน", " + ให้ครูผู้สอน").replace("ได้ . เพื่อส่งเสริม", "ได้ . ส่งเสริม")
    rows = _with(text, "๒. วัตถุประสงค์", "๓. เป้าหมาย")
    assert len(rows["objectives"]) == 2
