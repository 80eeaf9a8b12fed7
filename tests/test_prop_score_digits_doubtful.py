"""A BMA proposal's risk scores printed in Thai digits, in a document whose OCR never reads ๔ ๖ ๗ ๘ ๙: a
score read ๕ may have been printed ๔ (4 x 4 read 5 x 5), and a score is one digit, a figure value_pattern
(pipeline.printed) did not look for, so the score was kept with no issue naming it (silent).  A one-digit
value kept as printed (the column holds the score as text) is found as a digit standing alone on its row's
lines and flagged ocr_digits_doubtful like any other figure."""

from __future__ import annotations

from pipeline.doubtful import flag_values
from pipeline.printed import value_pattern
from tests.test_doubtful_digits import NEVER_READ, lines


def test_a_one_digit_score_is_found_standing_alone():
    pattern = value_pattern("5")
    assert pattern.search("ผู้เข้ารับการอบรม 5 4 สูง")
    assert not pattern.search("จำนวน 15 คน") and not pattern.search("5.00 %")


def test_a_thai_digit_score_in_a_document_that_never_reads_some_digits_is_flagged():
    text = lines("รายงาน" + NEVER_READ, "ผู้เข้ารับการอบรมไม่ครบ ๕ ๕ สูงมาก ประสานโรงเรียน")
    rows = {"findings": [{"kind": "risk", "seq": 1, "likelihood": "5", "impact": "5", "level": "สูงมาก",
                          "line_start": 2, "line_end": 2}]}
    flagged = {i.field for i in flag_values("46789", rows, text, [])}
    assert flagged == {"findings.likelihood", "findings.impact"}
    arabic = lines("รายงาน" + NEVER_READ, "ผู้เข้ารับการอบรมไม่ครบ 5 5 สูงมาก ประสานโรงเรียน")
    assert not flag_values("46789", rows, arabic, [])  # printed in Arabic digits: it stands


def test_a_one_digit_count_printed_bare_on_a_one_line_row_is_flagged():
    # a proposal budget line's quantity printed "๓" (7 hours, the ๗ read as ๓), no decimals: on a row of one
    # line a digit standing alone is its own figure
    from decimal import Decimal

    text = lines("รายงาน" + NEVER_READ, "วิทยากรภายใน ๓ ชั่วโมง ๓๐๐.๐๐ ๒,๑๐๐.๐๐")
    rows = {"expenses": [{"seq": 4, "item": "วิทยากรภายใน", "quantity": Decimal("3.00"), "line_start": 2, "line_end": 2}]}
    assert {i.field for i in flag_values("46789", rows, text, [])} == {"expenses.quantity"}
    rows["expenses"][0].update(line_start=1, line_end=2)  # a row of several lines: a lone digit may be anything's
    assert not flag_values("46789", rows, text, [])
