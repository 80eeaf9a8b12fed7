"""OBEC summary (issue 11): the disbursed percentage printed after an amount
whose บาท OCR misread as a short word of Latin letters ("... WM คิดเป็นร้อยละ
74.31", UM, UMN, VIN, win: tesseract's English model on the Thai word) is
read all the same (summary._DISBURSED_PCT_RE), as the damaged amount before
it is (summary._DAMAGED_RES); before, the clause read no percentage and the
figure was lost (missing_value)."""

from __future__ import annotations

import pytest

from parsers.obec_progress.summary import read_summary
from schemas.document import Line
from tests.test_obec_ocr import report


def _summary(amount_line: str) -> dict:
    text = report().replace("จำนวนเงินงบประมาณที่เบิกจ่ายจริง ๑๐,๐๐๐.๐๐ บาท คิดเป็นร้อยละ ๑๐๐.๐๐", amount_line)
    assert amount_line in text
    lines = [Line(i, t) for i, t in enumerate(text.splitlines()[:10], start=1)]
    got, _ = read_summary(lines)
    return got


@pytest.mark.parametrize("baht", ["WM", "UM", "UMN", "win"])
def test_the_percentage_after_a_misread_baht_is_read(baht):
    # the amount itself is damaged past reading (a digit written as two): only the percentage is read here
    got = _summary(f"จำนวนเงินงบประมาณที่เบิกจ่ายจริง ๑๕๕,๒๕๑๐.๐๐ {baht} คิดเป็นร้อยละ 75.00")
    assert got["disbursed_pct"].value == 75.0


def test_a_percentage_in_digits_ocr_may_misread_is_still_not_read_past_a_misread_baht():
    # (the clause did not match as a whole: only a figure whose digits have no other reading is read)
    got = _summary("จำนวนเงินงบประมาณที่เบิกจ่ายจริง ๑๕๕,๒๕๑๐.๐๐ UM คิดเป็นร้อยละ ๕๕.๒๕")
    assert "disbursed_pct" not in got or got["disbursed_pct"].value is None
