"""Two copies tied on a budget figure printed in millions, one copy's "ล้าน" garbled by OCR (fresh set s59o,
bma_progress_s59o009: "งบประมาณที่ได้รับ : 0.56 anu" in copy 1, "0.56 ล้าน" in copy 2): the tie went to the
earliest copy, 0.56 baht for 560,000.00.  OCR garbles a word; it does not print ล้าน where none stands, so the
copy that reads ล้าน after the same figure wins the tie (vote._millions_read), still said (ocr_variant)."""

from __future__ import annotations

from decimal import Decimal

from pipeline.vote import vote
from schemas.document import Reading


def test_the_copy_that_reads_the_millions_word_wins_the_tie():
    garbled = Reading(Decimal("0.56"), "0.56 anu", 12, 12)
    whole = Reading(Decimal("560000.00"), "0.56 ล้าน", 228, 228)
    for order in ([(0, garbled), (1, whole)], [(0, whole), (1, garbled)]):
        v = vote(order)
        assert v.winner.value == Decimal("560000.00")
        assert v.tie_break is not None and "ล้าน" in v.tie_break


def test_other_figures_are_not_decided_so():
    # the figures differ beyond the unit word: which is right is not told by it (the earliest copy's, as before)
    a = Reading(Decimal("0.56"), "0.56 anu", 12, 12)
    b = Reading(Decimal("650000.00"), "0.65 ล้าน", 228, 228)
    v = vote([(0, a), (1, b)])
    assert v.winner.value == Decimal("0.56") and "ล้าน" not in (v.tie_break or "")
    # both copies read ล้าน: nothing for this rule to decide
    c = Reading(Decimal("560000.00"), "0.56 ล้าน", 12, 12)
    d = Reading(Decimal("580000.00"), "0.58 ลาน", 228, 228)
    v = vote([(0, c), (1, d)])
    assert "ล้าน" not in (v.tie_break or "")
