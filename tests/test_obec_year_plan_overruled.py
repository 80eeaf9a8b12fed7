"""The national plan's edition mentions ("ฉบับที่ ๑๓": EDITIONS) may choose among the years an OBEC report's year
mentions tie on, never lift a year over the ones those rank first (parsers.obec_progress.year.plan_lifted).  A 2568
report whose OCR read "๒๕๖๘" as "๒๕๒๕" in every heading (2564-2569 alike, 2554 too but for two "๒๕๐๕") and its
plan's "๑๓" as "๑๐" six times (the tenth plan: 2550-2554) agreed on 2554 by the editions' six printings, and the
title's year, every project's and budget row's year and the as-of date were repaired to it, wrong and said right
(fresh set s81b's obec_progress_s81b002).  Now the year is weighed on the year mentions alone, in doubt."""
import json

from parsers.obec_progress.year import plan_lifted, repair_fiscal_years
from schemas.document import Reading

_HEADINGS = [("heading", "๒๕๒๕", 0)] * 40 + [("heading", "๒๕๐๕", 0)] * 2 + [("date", "๒๕๒๕", 9)]


def test_an_edition_that_lifts_a_year_over_the_headings_is_overruled():
    mentions = _HEADINGS + [("edition", "๑๐", 0)] * 6
    assert plan_lifted(mentions, 2554) is not None
    summary = {"fiscal_year_be": Reading(2525, "ปีงบประมาณ พ.ศ. ๒๕๒๕", 3, 3)}
    issues = repair_fiscal_years(summary, {}, mentions, unread="46789")
    assert summary["fiscal_year_be"].value != 2554
    assert not [i for i in issues if i.code == "value_repaired"]
    flagged = {i.field for i in issues if i.code == "repair_ambiguous"}
    assert {"report_summaries.fiscal_year_be", "report_summaries.fiscal_year", "projects.fiscal_year_be",
            "projects.fiscal_year", "quarterly_budgets"} <= flagged
    plan = [json.loads(i.evidence) for i in issues if "national plan" in i.message]
    assert plan and 2554 in plan[0]["candidates"] and 2568 in plan[0]["candidates"]


def test_an_edition_that_chooses_among_a_tie_still_decides():
    # "๒๕๒๓" (๖ read ๒: 2563 or 2567, ...) and "๒๕๐๓" alike, the twelfth plan (2560-2565): 2563
    mentions = [("heading", "๒๕๒๓", 0)] * 20 + [("edition", "๑๒", 0)] * 5
    assert plan_lifted(mentions, 2563) is None
    summary = {"fiscal_year_be": Reading(2523, "ปีงบประมาณ พ.ศ. ๒๕๒๓", 3, 3)}
    issues = repair_fiscal_years(summary, {}, mentions, unread="46789")
    assert summary["fiscal_year_be"].value == 2563
    assert [i for i in issues if i.code == "value_repaired" and i.field == "report_summaries.fiscal_year_be"]
