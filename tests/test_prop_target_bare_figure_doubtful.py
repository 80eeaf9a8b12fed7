"""A BMA proposal's KPI target value printed "ร้อยละ ๘๐" in a document whose OCR never reads ๔ ๖ ๗ ๘ ๙:
OCR garbled "ร้อยละ" (left out of the value) and read ๘ as ๕, so the value kept was a figure alone, "๕๐".
A text value is in doubt for the figures it states by their kind (a count, a share, a day, a year:
parsers.digits.text_figures), and a figure with no word saying its kind stated none, so the value was kept
with no issue naming it (silent: set r, opened, bma_proposal_s23r005; set pr3/ol, bma_proposal_s19prd002).
A text value that is a figure alone in Thai digits is now in doubt whenever one of its digits may stand for
an unread one (ocr_digits_doubtful); one printed in Arabic digits, or whose digits no unread digit is read
as, stands."""

from __future__ import annotations

from pipeline.doubtful import flag_values
from tests.test_doubtful_digits import NEVER_READ, lines


def _rows(value: str) -> dict:
    return {"targets": [{"kind": "indicator", "seq": 1, "text": "ผู้เข้ารับการอบรมมีความรู้เพิ่มขึ้น",
                         "target_value": value, "line_start": 2, "line_end": 3}]}


def test_a_target_value_that_is_a_thai_figure_alone_is_flagged():
    text = lines("รายงาน" + NEVER_READ, "ผู้เข้ารับการอบรมมีความรู้เพิ่มขึ้น", "ยละ ๕๐ ผลลัพธ์")
    flagged = [i for i in flag_values("46789", _rows("๕๐"), text, []) if i.field == "targets.target_value"]
    assert len(flagged) == 1 and flagged[0].code == "ocr_digits_doubtful"


def test_a_figure_alone_that_no_unread_digit_may_have_printed_stands():
    text = lines("รายงาน" + NEVER_READ, "ผู้เข้ารับการอบรมมีความรู้เพิ่มขึ้น", "ยละ 50 ผลลัพธ์")
    assert not flag_values("46789", _rows("50"), text, [])  # Arabic digits: it stands
    text = lines("รายงาน" + NEVER_READ, "ผู้เข้ารับการอบรมมีความรู้เพิ่มขึ้น", "ยละ ๑๑ ผลลัพธ์")
    assert not flag_values("46789", _rows("๑๑"), text, [])  # ๑ is no unread digit misread
    assert not flag_values("", _rows("๕๐"), text, [])  # the document's OCR reads every digit
