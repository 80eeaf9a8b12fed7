"""A disbursement printed with a leading 3 ("๓๒,๐๐๐": ฿36,000, its ๖ read ๒, the budget spent printed and read the
same) whose expense line, in Arabic digits that have no other reading, adds up to 36,000: its lines' sum reads it as
36,000 (another reading of its characters), and both of _expense_sum's trials (as printed, and without the leading
digit as a ฿ sign: 2,000) end there.  The sign made nothing hold, so it is claimed nowhere (before: a value_repaired
"sum" issue chose 2,000.00 for it), and the weighing of the reports against the budget spent does not read the
repaired disbursement's printing without its sign again (before, it took 2,000 for both, undoing the lines' repair:
s75a bma_progress_s75a004 report 10 and the budget spent, both 36,000).  The entries are read across a table's
columns (repair_amounts without `across`)."""

import json
from decimal import Decimal

import pytest

from parsers.bma_progress.repairs import repair_amounts
from schemas.document import Reading


pytestmark = pytest.mark.usefixtures("repair_on")


def _form():
    project = {"budget_spent": Reading(Decimal("32000"), "๓๒,๐๐๐ บาท", 12, 12),
               "budget_allocated": Reading(Decimal("60000"), "60,000 บาท", 10, 10)}
    reports = {n: {"disbursed": Reading(Decimal(0), "งบประมาณที่เบิกใช้ = ๐ บาท", 20 + 4 * n, 23 + 4 * n)}
               for n in range(1, 7)}
    reports[4]["disbursed"] = Reading(Decimal("32000"), "งบประมาณที่เบิกใช้ = ๓๒,๐๐๐ บาท", 36, 39)
    line = {"item": Reading("ค่าเช่ารถโดยสาร", "ค่าเช่ารถโดยสาร", 37, 37),
            "amount": Reading(Decimal(36000), "36,000", 37, 37),
            "unit": Reading("คัน", "ค้น", 37, 37),
            "quantity": Reading(Decimal(3), "๓", 37, 37),
            "unit_amount": Reading(Decimal(12000), "12,000", 37, 37)}
    return project, reports, {4: [line]}


def test_a_disbursement_its_lines_read_otherwise_keeps_that_reading_and_no_sign_is_claimed():
    project, reports, expenses = _form()
    # (the entries read across a table's columns, their structure in doubt: no part is read from the others)
    issues = repair_amounts(project, reports, expenses, "k", across=False)
    assert reports[4]["disbursed"].value == Decimal("36000")
    chosen = [json.loads(i.evidence).get("chosen") for i in issues
              if i.code == "value_repaired" and i.field == "progress_reports.disbursed"]
    assert "2000.00" not in chosen and "36000.00" in chosen
    assert project["budget_spent"].value != Decimal("2000")
