"""A BMA progress expense line whose copies read its unit amount apart, one
of them as 0 ("๑,๒๐๐.๐๐" / "0,000.00"), beside an amount read 0: 2 x 0 = 0
holds by chance, and no line costs nothing, so the product does not choose
the 0 (parsers.bma_progress.expense_copies; fresh set s103o,
bma_progress_s103o009: 0.00 was taken for the truth's 1,200.00)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.test_bma_progress_expense_copies import _copy, _run

pytestmark = pytest.mark.usefixtures("repair_on")


def test_a_product_of_nothing_chooses_no_copy_s_reading():
    merged, issues = _run(_copy(0, "๑๕,๐๐๐", [("ค่าอาหาร", "12,600"), ("ค่าตอบแทนวิทยากร", "0", "๒", "๑,๒๐๐.๐๐")]),
                          _copy(1, "๑๕,๐๐๐", [("ค่าอาหาร", "12,600"), ("ค่าตอบแทนวิทยากร", "0", "๒", "0,000.00")]))
    assert merged.tables["expenses"][(4, 2)]["unit_amount"].value == Decimal("1200.00")
    assert not [i for i in issues if i.code == "value_repaired"]
