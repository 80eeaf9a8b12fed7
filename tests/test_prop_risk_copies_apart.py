"""A BMA proposal printed twice whose copies OCR read a risk's scores apart ("๑ ๓ น้อยมาก" in one, "1 2 น้อยมาก" in
the other: s68z004): the copies tied and the first won, though its scores do not give its level (1 x 3 = 3 is
น้อย), so the row kept a score flagged wrong.  Now, where exactly one copies' reading of a risk's scores and level
gives the level as printed, and no other reading of its score cells does (risks.fits_as_printed), the copies
that read the cells otherwise have no vote on them (align._risks_apart), said ocr_variant; where both fit, or
neither, or a score is unread, the vote stands as before."""

from __future__ import annotations

from parsers.bma_proposal.align import align_copies
from parsers.bma_proposal.risks import fits_as_printed
from schemas.document import CopyReading, Reading


def _copy(index: int, likelihood: str, impact: str, level: str, first: int) -> CopyReading:
    out = CopyReading(index, first, first + 20)
    for name, text in (("likelihood", likelihood), ("impact", impact), ("level", level)):
        value = {"๑": "1", "๒": "2", "๓": "3", "๕": "5"}.get(text, text)
        out.put("findings", ("risk", 1), name, Reading(value, text, first + 3, first + 8))
    return out


def test_the_copy_whose_scores_give_its_level_as_printed_is_kept():
    copies = [_copy(0, "๑", "๓", "น้อยมาก", 1), _copy(1, "1", "2", "น้อยมาก", 30)]
    issues = align_copies(copies)
    assert [(i.code, i.field) for i in issues] == [("ocr_variant", "findings.impact")]
    assert copies[0].tables["findings"][("risk", 1)]["impact"].value is None  # no vote
    assert copies[0].tables["findings"][("risk", 1)]["impact"].text == "๓"  # its reading kept
    assert copies[1].tables["findings"][("risk", 1)]["impact"].value == "2"


def test_no_copy_or_both_fitting_leave_the_vote_alone():
    both = [_copy(0, "1", "3", "น้อย", 1), _copy(1, "2", "2", "น้อย", 30)]  # 3 and 4: both น้อย
    assert align_copies(both) == []
    neither = [_copy(0, "1", "3", "สูง", 1), _copy(1, "2", "2", "สูง", 30)]
    assert align_copies(neither) == []


def test_fits_as_printed_only_where_no_other_reading_fits():
    assert fits_as_printed("1", "2", "น้อยมาก")
    assert not fits_as_printed("๑", "๓", "น้อยมาก")  # 3 is น้อย
    assert not fits_as_printed("๕", "๕", "สูงมาก")  # ๕ may be ๔: 4 x 4, 4 x 5 and 5 x 4 are สูงมาก too
