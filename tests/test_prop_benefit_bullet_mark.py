"""BMA proposals after OCR whose benefits' round bullets OCR read as a dot on some lines and, on one, as a mark
no letter carries with a colon (". ข้าราชการครู..." / "๊: โรงเรียนมี..." / ". โรงเรียนมี...": fresh set s31/o
bma_proposal_s31o003).  The mark opened no item, so that benefit ran into the one above and the last was
missing, with no issue naming it.  A tone mark or vowel sign with no letter under it, then a dot or colon,
opening a line is a bullet as OCR read it (read._READ_BULLET_RE): no Thai word opens so."""

from __future__ import annotations

import pytest

from tests.test_bma_proposal import run
from tests.test_prop_benefit_bullet_one import _TEXTS, _with_benefits, benefits


@pytest.mark.parametrize("marks", [[". ", "๊: ", ". "], ["๊: ", ". ", ". "], [". ", ". ", "ิ. "]])
def test_a_bullet_read_as_a_lone_mark_and_a_colon_opens_its_benefit(marks):
    assert benefits(run(_with_benefits(marks))) == _TEXTS


def test_only_a_lone_mark_with_a_dot_or_colon_is_read_as_a_bullet():
    from parsers.bma_proposal.read import _READ_BULLET_RE

    assert _READ_BULLET_RE.match("๊: โรงเรียนมี") and _READ_BULLET_RE.match("ิ. นักเรียน")
    # a word (its letter first), a mark glued to the words, or a mark and a figure: no bullet
    for text in ("ที่มีคุณภาพ", "๊โรงเรียนมี", "๊ โรงเรียนมี", "๊5 โรงเรียนมี"):
        assert _READ_BULLET_RE.match(text) is None, text
