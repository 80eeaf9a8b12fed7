"""An entry's one expense line whose product fails as read, its one fit reading two figures otherwise, where the
entry's disbursement prints the amount's digits (a comma read as a point aside): OCR read the two printings of one
figure alike, so the disbursement agrees with every reading of the amount's characters and cannot check the fit
(repairs._sum_unchecked, SAME_FIGURE_SUM).  The fit is taken, as where the disbursement is unread, and the
disbursement, the same figure, takes the amount the product chose (repairs._paid_as_its_line, rule product).  Fresh
set s91o, bma_progress_s91o009: "๑๓๓ คน x ๕0 บาท.- = ๑๐.๒๕๐" disbursing "๑๐,๒๕๐" is 133 x 80 = 10,640 (๖ and ๔
read ๒ and ๕ in both printings); before, the fit was declined ("the entry's lines do not then add up") and the line,
the disbursement and the budget spent stayed 10,250."""

import json
from decimal import Decimal

import pytest

from tests.test_bma_expense_product_pair import _line, _run

pytestmark = pytest.mark.usefixtures("repair_on")


def test_the_fit_is_taken_and_the_disbursement_printing_the_same_digits_follows_it():
    line = _line("๑๓๓", "๕0", "๑๐,๒๕๐")
    issues = _run("๑๐,๒๕๐", line)
    assert (line["quantity"].value, line["unit_amount"].value, line["amount"].value) == (
        133, Decimal("80.00"), Decimal("10640.00"))
    (amount,) = [i for i in issues if i.code == "value_repaired" and i.field == "expenses.amount"]
    assert "prints the amount's digits" in amount.message
    (paid,) = [i for i in issues if i.code == "value_repaired" and i.field == "progress_reports.disbursed"]
    evidence = json.loads(paid.evidence)
    assert evidence["rule"] == "product" and Decimal(evidence["read"]) == 10250 and Decimal(evidence["chosen"]) == 10640
    assert not [i for i in issues if i.code == "repair_ambiguous"]


def test_a_disbursement_printing_other_digits_still_speaks_against_the_fit():
    line = _line("๑๓๓", "๕0", "๑๐,๒๕๐")
    issues = _run("๑๐,๒๐๐", line)  # one digit apart: the sum can speak, and no reading of the fit makes it hold
    assert line["amount"].value == Decimal("10250") and line["unit_amount"].value == 50
    assert not [i for i in issues if i.code == "value_repaired"]
