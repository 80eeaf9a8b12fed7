"""Two copies tied on a text, one printing a Thai mark the other lacks
('นางสาววรรณา มั่นคง' and 'นางสาววรรณา มันคง'): the dictionary tie-break
weighed both as words ('มัน' and 'คง' are words too) and kept the copy OCR
dropped the mark from.  OCR drops small marks, it does not print one where
none stands: the reading every other is, with marks left out, wins
(pipeline.vote._fullest_printing), the disagreement still said as
ocr_variant.  A reading that differs otherwise (a letter, a vowel read as
another) is left to the tie-breaks after it."""

from __future__ import annotations

from normalizers.text import marks_added
from pipeline.vote import vote
from schemas.document import Reading

FULL, DROPPED = "นางสาววรรณา มั่นคง", "นางสาววรรณา มันคง"


def test_the_printing_with_the_marks_wins_a_tie_whichever_copy_holds_it():
    for order in ([(0, Reading(DROPPED, DROPPED, 1, 1)), (1, Reading(FULL, FULL, 9, 9))],
                  [(0, Reading(FULL, FULL, 1, 1)), (1, Reading(DROPPED, DROPPED, 9, 9))]):
        v = vote(order)
        assert v.winner.value == FULL
        assert v.tie_break == "the other readings are it with Thai marks OCR dropped"
        assert v.disagreement  # said as ocr_variant by the merge


def test_a_reading_that_differs_otherwise_is_left_to_the_other_tie_breaks():
    other = "นางสาววรรณา มั่นคอง"  # a letter more: no marks-only difference
    v = vote([(0, Reading(other, other, 1, 1)), (1, Reading(DROPPED, DROPPED, 9, 9))])
    assert v.tie_break != "the other readings are it with Thai marks OCR dropped"
    # a majority is not overruled
    v = vote([(0, Reading(DROPPED, DROPPED, 1, 1)), (1, Reading(DROPPED, DROPPED, 5, 5)),
              (2, Reading(FULL, FULL, 9, 9))])
    assert v.winner.value == DROPPED and v.tie_break is None


def test_marks_dropped_is_marks_added_the_other_way():
    """The vote's test of a mark-only difference is normalizers.text.marks_added (short, full)."""
    assert marks_added("มันคง", "มั่นคง")
    assert marks_added("ศักดดี", "ศักดิ์ดี")
    assert not marks_added("มั่นคง", "มันคง")  # a mark more is no mark dropped
    assert not marks_added("สวัสดี", "สวัสดิ์")  # ิ read as ี: a vowel misread, not dropped
    assert not marks_added("มั่นคง", "มั่นคง")
