"""An OBEC budget section whose heading's year OCR garbled past four digits ("ปีงบประมาณ ๒56๕ซ" for ๒๕๖๗) read as
2565, a year a 2567 report may report: the fiscal_year_mismatch named the year alone, but the year keys the row, so
its note and figures stood under 2565 and the true row's went missing with no issue naming them (fresh set s116t,
obec_progress_s116t001).  A year so printed, read as another than the report's, names the row (the table at its
lines: rows.check_budget_rows, year.year_printed_garbled), as a year no section of the report may report does; a
year printed whole as four digits names the year alone."""

from __future__ import annotations

import pytest

from parsers.obec_progress.rows import check_budget_rows
from parsers.obec_progress.year import year_printed_garbled
from schemas.document import Reading

HEADING = "การเบิกจ่ายงบประมาณประจำปีไตรมาสที่ ๔ ปีงบประมาณ "


def _fields(printed: str, year: int) -> list[tuple[str, str]]:
    rec = {"quarter": Reading(4, HEADING + printed, 947, 947), "fiscal_year_be": Reading(year, HEADING + printed,
                                                                                          947, 947)}
    row = {"fiscal_year_be": year, "quarter": 4, "planned": None, "disbursed": None}
    return [(i.code, i.field) for i in check_budget_rows([(("in_progress", 3), rec, row)], 2567)]


def test_a_garbled_year_read_as_an_earlier_one_names_the_row():
    assert year_printed_garbled(HEADING + "๒56๕ซ") == "๒56๕ซ"
    assert _fields("๒56๕ซ", 2565) == [("fiscal_year_mismatch", "quarterly_budgets")]


@pytest.mark.parametrize("printed", ["๒๕๖๕", "2565"])
def test_an_earlier_year_printed_whole_names_the_year(printed):
    assert year_printed_garbled(HEADING + printed) == ""
    assert _fields(printed, 2565) == [("fiscal_year_mismatch", "quarterly_budgets.fiscal_year_be")]
