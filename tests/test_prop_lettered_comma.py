"""BMA proposals whose benefits are lettered ก. ข. ค. and OCR read the first letter's dot as a comma ("ก,
โรงเรียนมี..."): the letter opens the list as ก. does (parsers.bma_proposal.read._LETTER_RE).  Before, the list
opened at ข, proved nothing, and every benefit was lost (said as text under the heading; fresh set s42a,
bma_proposal_s42a005).  And a letter whose dot OCR lost and whose letter it misread ("ย นักเรียน..." for ข.)
between two letters in their places that skip one stands in the skipped one's place (read._dot_lost_between)."""

from __future__ import annotations

from parsers.bma_proposal.read import lettered_as_bullets
from schemas.document import Line
from tests.conftest import sample_text
from tests.test_bma_proposal import PROPOSAL, run
from tests.test_prop_lettered import _benefits


def test_a_first_letter_whose_dot_ocr_read_as_a_comma_opens_the_list():
    text = sample_text(PROPOSAL)
    lettered = text.replace("\t\t๙.1 นักเรียน", "\t\tก, นักเรียน").replace("๙.2 ข้าราชการ", "ข. ข้าราชการ") \
        .replace("\t\t9.3 โรงเรียน", "\t\tค. โรงเรียน")
    assert lettered != text
    rows, orig = run(lettered), run(text)
    assert _benefits(rows) == _benefits(orig) and len(_benefits(orig)) >= 3


def test_a_comma_after_a_letter_out_of_the_alphabet_s_order_is_no_list():
    kept = [Line(1, "ต, งบประมาณ"), Line(2, "ข. นักเรียน")]
    assert lettered_as_bullets(kept) == kept


def test_a_letter_whose_dot_ocr_lost_and_misread_between_two_in_place_stands_in_the_skipped_one_s_place():
    # "ก." / "ย นักเรียน..." / "ค.": ข read ย, its dot lost; before, the letters skipped ข, proved nothing, and
    # every benefit was lost (fresh set s38z, bma_proposal_s38z005) (read._dot_lost_between)
    read = lettered_as_bullets([Line(1, "ก. ผู้ปกครองและชุมชน"), Line(2, "ย นักเรียนสามารถ"), Line(3, "ค. โรงเรียนมี"),
                                Line(4, "แบบอย่างได้")])
    assert [(ln.text, ln.bullet) for ln in read] == [("ผู้ปกครองและชุมชน", True), ("นักเรียนสามารถ", True),
                                                     ("โรงเรียนมี", True), ("แบบอย่างได้", False)]
    # no letter skipped, no line of a letter alone between, or two such lines: as before
    kept = [Line(1, "ก. ผู้ปกครอง"), Line(2, "ณ โรงเรียน"), Line(3, "ข. โรงเรียนมี")]
    assert [(ln.text, ln.bullet) for ln in lettered_as_bullets(kept)] == [
        ("ผู้ปกครอง", True), ("ณ โรงเรียน", False), ("โรงเรียนมี", True)]
    none = [Line(1, "ก. ผู้ปกครอง"), Line(2, "มีส่วนร่วม"), Line(3, "ค. โรงเรียนมี")]
    assert lettered_as_bullets(none) == none
    two = [Line(1, "ก. ผู้ปกครอง"), Line(2, "ย นักเรียน"), Line(3, "ณ โรงเรียน"), Line(4, "ค. โรงเรียนมี")]
    assert lettered_as_bullets(two) == two
