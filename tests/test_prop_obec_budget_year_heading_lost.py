"""A budget section whose heading OCR lost whole (fresh sets s47z: the
heading read "กาวเฎิกจ่ายายประมาณ...", which no anchor takes, or a page's
running header printed in its place), its amounts read under the round
before: the row printed no year at all, not even the label "ปีงบประมาณ",
and was keyed by none, so the true row went missing and a row of no year
stood in its place.  The round it stands in prints its year in its other
headings (targets, activities, findings: the same period); where they allow
the report's year, and of the years a section of the report may report only
it, the row is keyed by that year (value_repaired, the round's printings as
support)."""
import json

from parsers.obec_progress.year import repair_fiscal_years
from schemas.document import Reading

_MENTIONS = [("heading", "2567", 0)] * 12


def _budgets(*rows):
    out = {}
    for i, (heading, fy, q, round_years) in enumerate(rows):
        rec = {"fiscal_year_be": Reading(fy, heading, 100 + i, 100 + i), "quarter": Reading(q, heading, 100 + i, 100 + i)}
        if round_years:
            rec["round_years"] = Reading(round_years, round_years, 100 + i, 100 + i)
        out[("in_progress", 1 + i // 2, i, "budget", 1)] = rec
    return out


def _summary():
    return {"fiscal_year_be": Reading(2567, "ปีงบประมาณ พ.ศ. 2567", 4, 4)}


def test_a_section_that_prints_no_year_takes_its_round_s_year():
    budgets = _budgets(("", None, 1, "2567 2567"), ("", None, 2, "๒๕๒ซ"))
    issues = repair_fiscal_years(_summary(), budgets, _MENTIONS)
    assert [r["fiscal_year_be"].value for r in budgets.values()] == [2567, 2567]
    repaired = [i for i in issues if i.field == "quarterly_budgets.fiscal_year_be"]
    assert [i.code for i in repaired] == ["value_repaired", "value_repaired"]
    evidence = json.loads(repaired[1].evidence)
    assert evidence["rule"] == "fiscal_year" and evidence["chosen"] == 2567 and evidence["support"] == "๒๕๒ซ"
    assert repaired[0].line_start == 100


def test_without_a_round_year_that_settles_it_the_row_keeps_no_year():
    # the round prints no year: nothing says which year the section reports
    budgets = _budgets(("", None, 1, ""))
    repair_fiscal_years(_summary(), budgets, _MENTIONS)
    assert [r["fiscal_year_be"].value for r in budgets.values()] == [None]
    # the round's headings name an earlier year a section may report, not the report's
    budgets = _budgets(("", None, 1, "2565"))
    repair_fiscal_years(_summary(), budgets, _MENTIONS)
    assert [r["fiscal_year_be"].value for r in budgets.values()] == [None]
    # ... or allow two such years ("๒๕๒๕": 2565 as much as 2567 by the table of confusions)
    budgets = _budgets(("", None, 1, "๒๕๒๕"))
    repair_fiscal_years(_summary(), budgets, _MENTIONS)
    assert [r["fiscal_year_be"].value for r in budgets.values()] == [None]
    # the project's section of that quarter already stands under 2567: this one is another
    budgets = _budgets(("การเบิกจ่ายงบประมาณประจำไตรมาสที่ 1 ปีงบประมาณ 2567", 2567, 1, "2567"), ("", None, 1, "2567"))
    repair_fiscal_years(_summary(), budgets, _MENTIONS)
    assert [r["fiscal_year_be"].value for r in budgets.values()] == [2567, None]


def test_its_amounts_lost_with_the_heading_are_said():
    # a page's running header printed over the section: its note read, neither amount; keyed now, the row's
    # amounts are named missing at its lines (before, the row keyed by no year was said whole)
    budgets = _budgets(("", None, 1, "2567"))
    issues = repair_fiscal_years(_summary(), budgets, _MENTIONS)
    missing = [i for i in issues if i.code == "missing_value"]
    assert sorted(i.field for i in missing) == ["quarterly_budgets.disbursed", "quarterly_budgets.planned"]
    assert all(i.line_start == 100 for i in missing)
    # one amount read: nothing more is said here (rounds.py names the other where it is read)
    budgets = _budgets(("", None, 1, "2567"))
    next(iter(budgets.values()))["planned"] = Reading(1, "1", 101, 101)
    issues = repair_fiscal_years(_summary(), budgets, _MENTIONS)
    assert not [i for i in issues if i.code == "missing_value"]
