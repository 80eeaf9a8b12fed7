"""BMA proposals whose benefits are lettered ก. ข. ค. and OCR read the first letter's dot as a comma ("ก,
โรงเรียนมี..."): the letter opens the list as ก. does (parsers.bma_proposal.read._LETTER_RE).  Before, the list
opened at ข, proved nothing, and every benefit was lost (said as text under the heading; fresh set s42a,
bma_proposal_s42a005)."""

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
