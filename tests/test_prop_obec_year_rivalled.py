"""An OBEC report's year the mentions agree on while a few mentions allow no
reading of it, and one misread more than the table of OCR confusions lists
would make every mention allow another year (_year_rivalled): the year is in
doubt, flagged wherever it goes, and claimed repaired nowhere.  ๒๕๖๗
printed "๒๕๒๓" in eight headings, "๒๕๒๑" in two, the 13th national plan
read "๑๐" (the 10th: 2550-2554): the table's readings agree on 2553, the
truth is 2567 (pr2/set2 s19prb001).  Before, the summary's year OCR left
unread and the budget sections' were said repaired to 2553, each a wrong
repair beside the flag that doubted it."""
import json

from parsers.obec_progress.year import repair_fiscal_years
from schemas.document import Reading


def _mentions(few: int) -> list:
    return [("heading", "๒๕๒๓", 0)] * 8 + [("heading", "๒๕๒๑", 0)] * few + [("edition", "๑๐", 0)] * 2


def test_a_rivalled_year_is_flagged_and_claimed_repaired_nowhere():
    summary = {"n_projects": Reading(9, "จำนวน ๙ โครงการ", 5, 5)}
    budgets = {("p1", 1): {"fiscal_year_be": Reading(None, "ปีงบประมาณ ๒๕๒", 40, 40)},
               ("p2", 1): {"fiscal_year_be": Reading(2523, "ปีงบประมาณ ๒๕๒๓", 60, 60)}}
    issues = repair_fiscal_years(summary, budgets, _mentions(2))
    assert not [i for i in issues if i.code == "value_repaired"]
    flagged = {i.field for i in issues if i.code == "repair_ambiguous"}
    assert {"report_summaries.fiscal_year_be", "quarterly_budgets.fiscal_year_be"} <= flagged
    assert len(json.loads(next(i for i in issues if i.code == "repair_ambiguous").evidence)["candidates"]) > 1


def test_a_year_no_mention_speaks_against_is_still_repaired():
    summary = {"n_projects": Reading(9, "จำนวน ๙ โครงการ", 5, 5)}
    budgets = {("p1", 1): {"fiscal_year_be": Reading(None, "ปีงบประมาณ ๒๕๒", 40, 40)}}
    issues = repair_fiscal_years(summary, budgets, _mentions(0))
    assert {i.field for i in issues if i.code == "value_repaired"} == {"report_summaries.fiscal_year_be",
                                                                        "quarterly_budgets.fiscal_year_be"}
    assert summary["fiscal_year_be"].value == 2553 and budgets[("p1", 1)]["fiscal_year_be"].value == 2553
