"""A line whose cells are one word again and again ("เป้าหมาย<tab>เป้าหมาย<tab>เป้าหมาย": a table's row of flags read
down its columns, the flag's last word a cell) is a row of values, no label at its start and its value after the
gap: read as the BMA form's label "เป้าหมายที่" (its "ที่" lost), it opened a copy of the form, and the report
entry OCR read after it was lost with no issue (fresh set s110u, bma_progress_s110u007, report 10: 19 silent
misses).  A label whose letters OCR changed, a gap, then a value of other words, is still read."""

from __future__ import annotations

from parsers.bma_progress.fields import ANCHORS


def test_a_row_of_one_word_repeated_is_no_label():
    assert ANCHORS.scan("เป้าหมาย\tเป้าหมาย\tเป้าหมาย") == []
    assert ANCHORS.scan("เป้าหมาย      เป้าหมาย") == []


def test_a_label_with_a_letter_lost_before_a_gap_and_its_value_is_read():
    (hit,) = ANCHORS.scan("เป้าหมาย\tการศึกษาสำหรับทุกคน")
    assert hit.anchor.key == "strategy_goal"
