"""An expense line read in fewer copies of the form than its report (a copy that read a line twice, or took
another report's line: fresh set bp/set1 s19bpa006, copy 3 of 3 reading report 3's "ค่าจัดทำเอกสาร ... เล่ม"
under report 2) was said only where the report's lines fail to add up to its disbursement (check_figures); where
one of the report's amounts could not be read, the sum was not made and the line, its item and unit, stood
with no issue naming it.  Now such a line is said at its own lines then too (expense_sum_mismatch, field
expenses): the sum cannot confirm it.  A line every copy of its report reads is no doubt."""

from __future__ import annotations

from decimal import Decimal

from parsers.bma_progress.rows import check_figures
from schemas.document import Reading


def _reports():
    return {2: {"disbursed": Reading(Decimal("30550"), "30,550", 120, 130)}}


def test_a_line_fewer_copies_read_is_said_where_an_amount_of_its_report_cannot_be_read():
    thin = {2: [(2, 1, 3, (445, 446))]}  # line 2 of report 2: read in 1 of the 3 copies that read report 2
    found = [i for i in check_figures(_reports(), {2: [Decimal("5350"), None]}, {}, thin=thin)
             if i.field == "expenses"]
    assert [(i.code, i.line_start, i.line_end) for i in found] == [("expense_sum_mismatch", 445, 446)]
    assert "cannot confirm" in found[0].message


def test_a_line_every_copy_reads_is_no_doubt_though_the_sum_cannot_be_made():
    found = [i for i in check_figures(_reports(), {2: [Decimal("5350"), None]}, {}, thin={}) if i.field == "expenses"]
    assert not found
