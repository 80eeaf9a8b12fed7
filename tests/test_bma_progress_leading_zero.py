"""A progress OCR garbled to look-alikes ("od" for ๑๖, between 5 and 15) was repaired to 6.0 as "06", the one
reading between its neighbours (fresh set s98s, bma_progress_s98s005: a wrong repair).  No progress is printed with
a leading zero: a reading whose whole part opens with 0 before another digit is none (repairs._percent), and the
figure stays unread, said."""

import pytest

from parsers.bma_progress.repairs import repair_progress
from tests.test_bma_progress_relaxed_bounds import _reports


pytestmark = pytest.mark.usefixtures("repair_on")


def test_a_reading_with_a_leading_zero_is_no_progress():
    reports = _reports("๕", "๕", "od", "15", "20")
    issues = repair_progress(reports, "k")
    assert reports[3]["progress_pct"].value is None
    assert not [i for i in issues if i.code == "value_repaired" and i.line_start == 3]


def test_a_progress_under_one_keeps_its_zero():
    reports = _reports("0.50", "๑.๐", "2.0")
    repair_progress(reports, "k")
    assert reports[1]["progress_pct"].value == 0.5
