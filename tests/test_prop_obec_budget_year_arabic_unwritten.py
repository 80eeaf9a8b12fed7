"""A budget section's year printed in Thai that OCR wrote in Arabic digits,
one of them for a digit the document never writes in Thai (fresh sets s46z
and s46o, obec_progress_s46z001 and s46o001: 2567 reports whose OCR never
writes ๖ ๗ ๘ ๙ in Thai and often writes the year in Arabic, "2567"; one
budget heading came out "ปีงบประมาณ 2560", its ๗ an Arabic 0).  2560 is no
year a section of a 2567 report may report, but _row_by_unwritten let only
Thai digits stand for the unwritten ones, so the row stayed keyed by 2560:
the true row of 2567 went missing and a row of 2560 stood in its place
(10 misses each, flagged).  An Arabic digit among a Thai report's year
digits is what OCR wrote for a Thai one (MEASURED_READS: ๗ as Arabic 0 and
7, ๖ as 5 and 9), so it stands for an unwritten digit as the Thai one
would: the row is keyed by the report's year, in doubt, as a Thai printing
is."""
import json

from parsers.obec_progress.year import repair_fiscal_years
from schemas.document import Reading

_MENTIONS = [("heading", "2567", 0)] * 12


def _budgets(*rows):
    return {("in_progress", 3, i, "budget", 1): {"fiscal_year_be": Reading(fy, f"ปีงบประมาณ {printed}", 400 + i, 400 + i),
                                                 "quarter": Reading(q, f"ไตรมาสที่ {q}", 400 + i, 400 + i)}
            for i, (printed, fy, q) in enumerate(rows)}


def _summary():
    return {"fiscal_year_be": Reading(2567, "ปีงบประมาณ พ.ศ. 2567", 4, 4)}


def test_an_arabic_digit_may_stand_for_an_unwritten_thai_one():
    budgets = _budgets(("2560", 2560, 3), ("2567", 2567, 2))
    issues = repair_fiscal_years(_summary(), budgets, _MENTIONS, unread="46789")
    assert [r["fiscal_year_be"].value for r in budgets.values()] == [2567, 2567]
    (issue,) = [i for i in issues if i.field == "quarterly_budgets.fiscal_year_be"]
    evidence = json.loads(issue.evidence)
    assert issue.code == "repair_ambiguous" and issue.line_start == 400 and "Arabic digits" in issue.message
    assert evidence["printed"] == "2560" and evidence["chosen"] == 2567 and 2567 in evidence["candidates"]
    # mixed scripts alike ("25๒0")
    budgets = _budgets(("25๒0", 2520, 3))
    repair_fiscal_years(_summary(), budgets, _MENTIONS, unread="46789")
    assert [r["fiscal_year_be"].value for r in budgets.values()] == [2567]


def test_an_arabic_year_stands_where_no_digit_goes_unwritten_or_the_quarter_has_its_row():
    budgets = _budgets(("2560", 2560, 3))
    repair_fiscal_years(_summary(), budgets, _MENTIONS, unread="")
    assert [r["fiscal_year_be"].value for r in budgets.values()] == [2560]
    budgets = _budgets(("2567", 2567, 3), ("2560", 2560, 3))
    repair_fiscal_years(_summary(), budgets, _MENTIONS, unread="46789")
    assert [r["fiscal_year_be"].value for r in budgets.values()] == [2567, 2560]
    # an Arabic year of the report's window is what the text says (an earlier round's)
    budgets = _budgets(("2565", 2565, 3))
    repair_fiscal_years(_summary(), budgets, _MENTIONS, unread="46789")
    assert [r["fiscal_year_be"].value for r in budgets.values()] == [2565]
