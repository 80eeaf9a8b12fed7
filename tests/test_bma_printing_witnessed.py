"""A BMA disbursement OCR read as no figure, its thousands comma read as a space (extra x005: "(ครั้งที่ 2) = 28 765
บาท", kept as disbursed_printed), in a table whose entries' order is in doubt, so that no part is read from the
others alone (repair_amounts without `across`): it stayed unread, though a reading of its characters, the budget
spent less the other reports' disbursements (33,290 - 4,525) and its entry's own expense lines (24,600 + 2,100 +
2,065), all sure, agree on 28,765.  Now set (repairs._printing_witnessed, rule sum)."""

import json
from decimal import Decimal

import pytest

from parsers.bma_progress.repairs import repair_amounts
from schemas.document import Reading


pytestmark = pytest.mark.usefixtures("repair_on")


def _form(printed: str = "28 765", lines: tuple[str, ...] = ("24,600", "2,100", "2,065"), spent: str = "33,290"):
    project = {"budget_spent": Reading(Decimal(spent.replace(",", "")), f"{spent} บาท", 12, 12)}
    reports = {n: {"disbursed": Reading(Decimal(text.replace(",", "")), f"(ครั้งที่ {n}) = {text} บาท", 20 + n, 20 + n)}
               for n, text in ((1, "0"), (3, "4,525"), (4, "0"))}
    reports[2] = {"disbursed_printed": Reading(printed, f"(ครั้งที่ 2) = {printed} บาท", 22, 22)}
    expenses = {2: [{"amount": Reading(Decimal(t.replace(",", "")), t, 30 + i, 30 + i)} for i, t in enumerate(lines)]}
    return project, reports, expenses


def _witnessed(issues):
    return [i for i in issues if i.field == "progress_reports.disbursed" and i.line_start == 22
            and json.loads(i.evidence or "{}").get("rule") == "sum"]


def test_three_printings_agree_on_a_figure_read_as_none():
    project, reports, expenses = _form()
    issues = repair_amounts(project, reports, expenses, "k", across=False)
    assert reports[2]["disbursed"].value == Decimal("28765")
    [issue] = _witnessed(issues)
    assert issue.code == "value_repaired" and json.loads(issue.evidence)["printed"] == "28 765"


@pytest.mark.parametrize("form", [
    {"lines": ("24,600", "2,100")},  # the lines say otherwise
    {"lines": ()},  # no lines: the sum alone, the entries in doubt
    {"printed": "28 165"},  # no reading of its characters is the sum's
    {"spent": "๓๓,๒๙๐"},  # the budget spent not sure
])
def test_nothing_unless_all_three_agree(form):
    project, reports, expenses = _form(**form)
    repair_amounts(project, reports, expenses, "k", across=False)
    assert reports[2].get("disbursed") is None or reports[2]["disbursed"].value is None
