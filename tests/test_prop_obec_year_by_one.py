"""An OBEC report's year that one mention alone decides, on digits the
document's OCR never writes (_year_by_one): ๒๕๖๘ printed "๒๕๒๕" in every
heading (2567, 2568 and 2569 all fit the 13th plan), and the as-of date
๓๑ ธันวาคม ๒๕๖๗ read "๒๕๒๐" (๗ as ๐, which the table of confusions lacks),
which the table makes 2566, so fiscal year 2567.  Before, 2567 was said
repaired, and every project's and budget row's year took it unflagged (the
fresh set s29o, OCR'd: 22 silent misses in one report).  Now the year is
kept, flagged wherever it goes, naming its rivals, and claimed repaired
nowhere; where the report does write those digits, the date decides."""
import json

from parsers.obec_progress.year import repair_fiscal_years
from schemas.document import Reading


def _mentions() -> list:
    return [("heading", "๒๕๒๕", 0)] * 6 + [("edition", "๑๓", 0)] * 2 + [("date", "๒๕๒๐", 12)]


def _run(unread: str) -> tuple[list, dict, dict]:
    summary = {"fiscal_year_be": Reading(2525, "ปีงบประมาณ พ.ศ. ๒๕๒๕", 4, 4)}
    budgets = {("p1", 1): {"fiscal_year_be": Reading(2525, "ปีงบประมาณ ๒๕๒๕", 40, 40)}}
    return repair_fiscal_years(summary, budgets, _mentions(), unread=unread), summary, budgets


def test_a_year_one_mention_decides_on_digits_never_read_is_flagged_not_repaired():
    issues, summary, budgets = _run("46789")
    assert not [i for i in issues if i.code == "value_repaired"]
    doubts = [i for i in issues if i.code == "repair_ambiguous"]
    assert {"report_summaries.fiscal_year_be", "projects.fiscal_year_be",
            "quarterly_budgets.fiscal_year_be"} <= {i.field for i in doubts}
    assert {2567, 2568} <= set(json.loads(doubts[0].evidence)["candidates"])


def test_where_the_report_writes_those_digits_the_one_mention_decides():
    issues, summary, budgets = _run("")
    assert not [i for i in issues if i.code == "repair_ambiguous"]
    assert summary["fiscal_year_be"].value == 2567
    assert budgets[("p1", 1)]["fiscal_year_be"].value == 2567
