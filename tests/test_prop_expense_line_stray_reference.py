"""BMA progress expense line that one copy of a form printed three times or more reads under a report, and no
other copy holds (another entry's line that copy read there: extra3 bma_progress_w006, report 3's
'ค่าเกียรติบัตร' read under report 2 in one of three copies, its date row garbled).  Where no copy's lines add up to
the report's disbursement, the copy whose lines agreed best with the others' (its amounts read alike too), and
then the one with more lines, was the alignment's reference: the copy with the stray line, which stood as a row
of the report, said only as 'read in 1 of the 3 copies'.  A copy holding a line no other copy pairs with is not
the reference where another holds none such (parsers.bma_progress.align.align_copies): the stray is left out of
the vote and said (unplaced_text, field expenses), as any line one copy alone reads.  In a form printed twice,
nothing tells the stray from a line the other copy lost: the tie goes as before.

Seed 003 prints report 5's three lines (ค่าอาหารฯ 10,000, ค่าวัสดุ 4,000, ค่าตอบแทนวิทยากร 7,200; 21,200
disbursed) in each of its four copies."""

from __future__ import annotations

from tests.conftest import sample_text
from tests.test_bma_progress_expenses import SEED, SPEAKER, TRUTH, _copies_with, _lines, _rows

PAID = "(ครั้งที่ 5) = 21,200 บาท"
STRAY = "ค่าเกียรติบัตร = 2,250.- บาท"


def _with_stray(copies: int) -> str:
    """The seed's first `copies` copies of report 5, its disbursement misread alike in each (no copy's lines
    add up to it), the first copy reading a line of another entry after its own."""
    text = sample_text(SEED).replace(PAID, "(ครั้งที่ 5) = 12,200 บาท")
    starts = _copies_with(text, SPEAKER)
    assert len(starts) == 4
    text = text[: starts[0]] + SPEAKER + "\n" + STRAY + text[starts[0] + len(SPEAKER):]
    if copies < 4:  # the copies after the `copies`-th cut off (the form's last pages)
        text = text[: _copies_with(text, SPEAKER)[copies]]
    return text


def test_a_line_one_copy_alone_reads_is_left_out_though_that_copy_agrees_best():
    rows = _rows(_with_stray(4))
    assert _lines(rows) == TRUTH
    said = [i for i in rows["issues"] if i["code"] == "unplaced_text" and i["field"] == "expenses"]
    assert len(said) == 1 and "ค่าเกียรติบัตร" in said[0]["message"]


def test_in_a_form_printed_twice_the_line_stays():
    rows = _rows(_with_stray(2))  # one copy against one: the other may have lost it
    assert [item for _, item, _ in _lines(rows)] == ["ค่าอาหารฯ", "ค่าวัสดุ", "ค่าตอบแทนวิทยากร", "ค่าเกียรติบัตร"]
