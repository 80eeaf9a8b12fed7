"""A budget section's year that no section of its report may report, which
the digits the document's OCR never writes may have made of the report's
year (fresh sets s39o, s39z, s41z, extra4: a 2567 report whose OCR never
writes ๗ prints a budget heading "ปีงบประมาณ ๒๕๒๑", ๖ read ๒ as the table
of confusions says and ๗ read ๑ as it does not).  As read, the row was
keyed by 2521, a year the report cannot have: the true row went missing
and a row of another year stood in its place.  It is keyed by the report's
year, in doubt (repair_ambiguous), when its printing is that year once each
unwritten digit may have come out as any other."""
import json

from parsers.obec_progress.year import repair_fiscal_years
from schemas.document import Reading

_MENTIONS = [("heading", "2567", 0)] * 12


def _budgets(*rows):
    return {("in_progress", 1, i, "budget", 1): {"fiscal_year_be": Reading(fy, f"ปีงบประมาณ {printed}", 100 + i, 100 + i),
                                                 "quarter": Reading(q, f"ไตรมาสที่ {q}", 100 + i, 100 + i)}
            for i, (printed, fy, q) in enumerate(rows)}


def _summary():
    return {"fiscal_year_be": Reading(2567, "ปีงบประมาณ พ.ศ. 2567", 4, 4)}


def test_a_year_the_report_cannot_have_is_keyed_by_the_report_s_year_in_doubt():
    budgets = _budgets(("๒๕๒๑", 2521, 1), ("2567", 2567, 2))
    issues = repair_fiscal_years(_summary(), budgets, _MENTIONS, unread="46789")
    assert [r["fiscal_year_be"].value for r in budgets.values()] == [2567, 2567]
    (issue,) = [i for i in issues if i.field == "quarterly_budgets.fiscal_year_be"]
    evidence = json.loads(issue.evidence)
    assert issue.code == "repair_ambiguous" and issue.line_start == 100
    assert evidence["printed"] == "๒๕๒๑" and evidence["chosen"] == 2567 and 2567 in evidence["candidates"]


def test_without_unwritten_digits_or_beside_the_quarter_s_own_row_the_year_stands():
    # every digit written somewhere: nothing may have made ๗ a ๑, the printing stays what it says
    budgets = _budgets(("๒๕๒๑", 2521, 1))
    repair_fiscal_years(_summary(), budgets, _MENTIONS, unread="")
    assert [r["fiscal_year_be"].value for r in budgets.values()] == [2521]
    # the project's section of that quarter already stands under 2567: this one is another
    budgets = _budgets(("2567", 2567, 1), ("๒๕๒๑", 2521, 1))
    repair_fiscal_years(_summary(), budgets, _MENTIONS, unread="46789")
    assert [r["fiscal_year_be"].value for r in budgets.values()] == [2567, 2521]
    # a year the report may report (an earlier round's) is what the text says
    budgets = _budgets(("๒๕๖๕", 2565, 1))
    repair_fiscal_years(_summary(), budgets, _MENTIONS, unread="46789")
    assert [r["fiscal_year_be"].value for r in budgets.values()] == [2565]
