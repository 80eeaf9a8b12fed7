"""BMA proposal objectives after OCR whose bullet ("•") OCR read as a mark no text opens a line with ("°",
"»", "«", "·") and whose opening word it damaged ("° เพ อคัดสรร...": "เพื่อ" with its vowel lost).  An
objective's bullet read as another mark was a bullet only where an objective's opening word ("เพื่อ")
followed it (parsers.items.bullet_lookalikes), so the item ran into the one above and the list lost its
last item, silently (set r, opened, bma_proposal_s23r001: objective 3 missing).  A mark no text opens a line
with is now a bullet before a Thai word whatever word follows (as it was already in a list with no opening
word to go by, benefits), never before a figure or a Latin word."""

from __future__ import annotations

from tests.test_prop_objective_marks import ONE, TWO, _objectives

DAMAGED = TWO.replace("เพื่อ", "เพ อ", 1)


def test_an_objective_whose_strong_mark_stands_before_a_damaged_opening_word_opens_there():
    for mark in ("°", "»", "·"):
        got = _objectives(f". {ONE}\n{mark} {DAMAGED}\n")
        assert [seq for seq, _ in got] == [1, 2], mark
        assert got[1][1] == DAMAGED and DAMAGED not in got[0][1], mark


def test_a_strong_mark_before_no_thai_word_is_no_bullet():
    # "° 2567" (a speck before a figure) opens no item: the line stays in the item above
    got = _objectives(f". {ONE}\n° 2567 {DAMAGED}\n")
    assert [seq for seq, _ in got] == [1]
