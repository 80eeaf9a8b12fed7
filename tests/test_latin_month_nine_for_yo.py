"""A month abbreviation OCR wrote in Latin look-alikes: "1.9." for ก.ย., its ย read as a 9 (fresh set s110w,
bma_proposal_s110w003), where the table of look-alikes had the 9 for a ค alone ("8.9." for ธ.ค.).  Read ก.ค., the
period's end was "repaired" to July: a wrong value.  The 9 may be a ย too, so "1.9." is ก.ค. or ก.ย., and a period
both fit is said, not guessed."""

from __future__ import annotations

import pytest

from normalizers.confusions import latin_month_readings

pytestmark = pytest.mark.usefixtures("repair_on")


def test_a_nine_may_be_a_yo_as_well_as_a_kho():
    assert latin_month_readings("1.9.") == {7, 9}  # ก.ค., ก.ย.
    assert latin_month_readings("8.9.") == {12}  # ธ.ค. (ธ.ย. names no month)
