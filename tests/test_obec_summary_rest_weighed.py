"""The OBEC summary's undisbursed amount was repaired to planned less disbursed as read, the disbursed figure
itself a misread ("๒๕,๒๕๒.๐๐" for ๒๕,๒๕๖ in a report whose OCR never writes ๖: fresh set s98r,
obec_progress_s98r004, a wrong sum repair 5,248 for 5,244).  Each reading of the undisbursed figure is weighed
against every value planned and disbursed may stand for (rows._may_be): several fit, and it is flagged, not
guessed; where disbursed is vouched for (Arabic digits, the budget rows adding up to it, an earlier repair) the one
reading that fits is still chosen."""

from decimal import Decimal

import pytest

from parsers.obec_progress.rows import repair_summary
from schemas.document import Reading

pytestmark = pytest.mark.usefixtures("repair_on")
UNREAD = "46789"  # the digits (Arabic) this report's OCR never writes in Thai


def _summary(disbursed: str, value: str) -> dict[str, Reading]:
    return {"budget_planned": Reading(Decimal("30500.00"), "จำนวนเงินงบประมาณตามแผนการใช้จ่าย 30,500.00 บาท", 1, 1),
            "budget_disbursed": Reading(Decimal(value), f"จำนวนเงินงบประมาณที่เบิกจ่ายจริง {disbursed} บาท", 2, 2),
            "budget_not_disbursed": Reading(Decimal("5255.00"), "๕,๒๕๕.๐๐ บาท คิดเป็นร้อยละ ๑๕.๑", 3, 3)}


def test_an_undisbursed_amount_is_not_chosen_by_a_disbursed_figure_ocr_may_have_misread():
    got = _summary("๒๕,๒๕๒.๐๐", "25252.00")
    issues = repair_summary(got, {}, UNREAD)
    assert got["budget_not_disbursed"].value == Decimal("5255.00")
    (issue,) = [i for i in issues if i.field == "report_summaries.budget_not_disbursed"]
    assert issue.code == "repair_ambiguous" and "5244.00" in issue.evidence and "5248.00" in issue.evidence


@pytest.mark.parametrize("vouched", [False, True])
def test_a_disbursed_figure_vouched_for_still_chooses_it(vouched):
    got = _summary("๒๕,๒๕๒.๐๐", "25252.00") if vouched else _summary("25,252.00", "25252.00")
    fields = frozenset({"report_summaries.budget_disbursed"}) if vouched else frozenset()
    issues = repair_summary(got, {}, UNREAD, fields)
    assert got["budget_not_disbursed"].value == Decimal("5248.00")
    assert [i.code for i in issues if i.field == "report_summaries.budget_not_disbursed"] == ["value_repaired"]


def test_budget_rows_that_add_up_to_the_disbursed_figure_vouch_for_it():
    rows = {k: {"quarter": Reading(3, "๓", 9, 9), "disbursed": Reading(Decimal(v), v, 9, 9),
                "planned": Reading(Decimal(p), p, 9, 9)}
            for k, (v, p) in enumerate([("20000.00", "24000.00"), ("5252.00", "6500.00")])}
    got = _summary("๒๕,๒๕๒.๐๐", "25252.00")
    got["budget_quarter"] = Reading(3, "๓", 1, 1)
    repair_summary(got, rows, UNREAD)
    assert got["budget_not_disbursed"].value == Decimal("5248.00")
