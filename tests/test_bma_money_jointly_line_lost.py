"""The disbursements and the budget spent weighed together (repairs._money_jointly, rule sum_jointly) narrow an
entry's disbursement by what its expense lines can add up to.  Where the entry's description holds an expense
line's shape no rule read (a line of the entry lost), the lines read are a part of what it disbursed, and they do
not narrow it: fresh set s110o, bma_progress_s110o010 report 7, lines "8๑๓,๐๕๐" and "87,3๕0" beside "ค่าเกียรติบัตร
... เป็นเงิน 1๓,๕๕๐" left in the description, pinned a disbursement "๒4,๓๕๐" of 24,380 to 24,390 (17,040 + 7,350)."""

from decimal import Decimal

import pytest

from parsers.bma_progress.repairs import _money_jointly
from schemas.document import Reading

pytestmark = pytest.mark.usefixtures("repair_on")

DESCRIPTION = "ดำเนินการอบรมครูแกนนำสะเต็มศึกษา ตามแผนการดำเนินงาน"
LOST_LINE = " ค่าเกียรติบัตร จำนวน 114 ใบๆ ละ B3¢ เป็นเงิน 1๓,๕๕๐"


def _form(description: str):
    project = {"budget_spent": Reading(Decimal("24350"), "๒4,๓๕๐ บาท", 6, 6),
               "budget_allocated": Reading(Decimal("24500"), "24,500 บาท", 6, 6)}
    reports = {1: {"disbursed": Reading(Decimal("0"), "งบประมาณที่เบิกใช้ (ครั้งที่ 1) = 0 บาท", 20, 20)},
               2: {"disbursed": Reading(Decimal("24350"), "งบประมาณที่เบิกใช้ (ครั้งที่ 2) = ๒4,๓๕๐ บาท", 30, 30),
                   "description": Reading(description, description, 28, 29)}}
    lines = {2: [{"amount": Reading(Decimal("13050"), "๑๓,๐๕๐", 31, 31)},
                 {"amount": Reading(Decimal("7350"), "7,350", 32, 32)}]}
    return project, reports, lines


def test_the_lines_read_narrow_the_disbursement_where_none_is_lost():
    project, reports, lines = _form(DESCRIPTION)
    _money_jointly(project, reports, lines, "k")
    assert reports[2]["disbursed"].value == Decimal("24390")  # 17,040 + 7,350: the one reading that holds


def test_an_expense_line_left_in_the_description_keeps_the_lines_from_narrowing_it():
    project, reports, lines = _form(DESCRIPTION + LOST_LINE)
    _money_jointly(project, reports, lines, "k")
    assert reports[2]["disbursed"].value == Decimal("24350")
    assert project["budget_spent"].value == Decimal("24350")
