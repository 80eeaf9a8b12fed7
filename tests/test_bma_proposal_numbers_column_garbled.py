"""A proposal's expected benefits whose numbers stand in a column of their own above the texts, OCR having read
every one of them as letters ("NO)" and "Blo" for ๙.๑ and ๙.๒: fresh set s73a, bma_proposal_s73a001).  The
column's tokens held no digit, so numbering.numbers_all_lost did not take them for numbers: no benefit was read,
and both rows were lost (an unplaced_text issue said so).  Now a token of two to five characters alone on its
line, with no Thai word in it (one Thai letter at most), counts as a damaged number of that column too
(numbering._LONE_GARBLED_RE); the texts are still numbered only where they fall into as many items as tokens
stand, and a list whose texts do not is read as before."""

from __future__ import annotations

from parsers.bma_proposal.numbering import numbers_all_lost
from parsers.bma_proposal.read import opens_beneficiary, read_list
from schemas.document import CopyReading, Line

_TEXTS = ["ผู้ปกครองและชุมชนมีส่วนร่วมในการพัฒนาคุณภาพการศึกษา",
          "นักเรียนสามารถสร้างความรู้และสร้างสรรค์ชิ้นงานต่างๆ ด้วยตนเองได้"]


def _lines(texts: list[str]) -> list[Line]:
    return [Line(i + 1, t) for i, t in enumerate(texts)]


def test_a_column_of_numbers_read_as_letters_numbers_the_texts_by_their_count():
    out = CopyReading(0, 1, 4)
    got, lead = read_list(_lines(["NO)", "Blo", *_TEXTS]), "9", "expected benefit", "findings.seq", out,
                          item_opens=opens_beneficiary)
    assert [(n, t) for n, t, _, _ in got] == [(1, _TEXTS[0]), (2, _TEXTS[1])] and lead == []


def test_garbled_tokens_that_do_not_match_the_texts_count_number_nothing():
    # three tokens, two texts: not the list's column of numbers
    assert numbers_all_lost(_lines(["NO)", "Blo", "aA", *_TEXTS]), opens_beneficiary) is None
    # a word is no damaged number
    assert numbers_all_lost(_lines(["NO)", "ครูผู้สอน", *_TEXTS]), opens_beneficiary) is None
