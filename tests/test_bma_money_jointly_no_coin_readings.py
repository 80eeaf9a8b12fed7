"""A BMA form's disbursements and budget spent weighed together (repairs._money_jointly): a disbursement printed
"๐" (฿0 in Thai digits) has readings 0, 4 and 6 baht (OCR writes ๐ for a printed ๔ or ๖), and with them the budget
spent the others pin could read several ways (10,160, 10,164, 10,166), so none was chosen and a budget spent read
"๑๐๑๐๐" for 10,160 stayed 10,100 (fresh sets s69z009, s73a004: 10,100 and 1,020 for 10,160 and 1,620).  A whole
amount above nothing and below FEWEST_BAHT pays for nothing the form budgets (rows._coin_disbursement): it is no
reading of a disbursement that was not read so (repairs._paying)."""

import json
from decimal import Decimal

import pytest

from parsers.bma_progress.repairs import _money_jointly, _paying
from schemas.document import Reading


pytestmark = pytest.mark.usefixtures("repair_on")


def _form(spent: str, spent_value: str, allocated: str, paid: list[tuple[str, str | None]]):
    project = {"budget_spent": Reading(Decimal(spent_value), spent, 12, 12),
               "budget_allocated": Reading(Decimal(allocated.replace(",", "")), allocated, 11, 11)}
    reports = {n: {"disbursed": Reading(None if v is None else Decimal(v),
                                        f"งบประมาณที่เบิกใช้ (ครั้งที่ {n}) = {text} บาท", 20 + n, 20 + n)}
               for n, (text, v) in enumerate(paid, 1)}
    return project, reports


def test_zero_disbursements_in_thai_digits_no_longer_leave_the_budget_spent_open():
    project, reports = _form("๑๐๑๐๐ บาท", "10100", "15,000", [("๐", "0"), ("๐", "0"), ("๐", "0"), ("10,160", "10160")])
    issues = _money_jointly(project, reports, {}, "k")
    assert project["budget_spent"].value == Decimal("10160")
    assert all(reports[n]["disbursed"].value == 0 for n in (1, 2, 3))
    assert [(i.code, i.field, json.loads(i.evidence)["rule"]) for i in issues] == \
        [("value_repaired", "projects.budget_spent", "sum_jointly")]


def test_a_coin_reading_stays_where_it_was_read_so_or_is_the_only_one():
    assert _paying({0, 400, 600}, Reading(Decimal(0), "๐", 1, 1)) == {0}
    assert _paying({0, 400, 600}, Reading(Decimal(4), "๔", 1, 1)) == {0, 400}  # (read so: rows says it)
    assert _paying({400, 600}, Reading(None, "๐", 1, 1)) == {400, 600}  # (nothing else to read)
    assert _paying({450, 1000, 600}, Reading(None, "", 1, 1)) == {450, 1000}  # (satang: no coin rule)
