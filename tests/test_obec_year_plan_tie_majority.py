"""The plan tie (parsers.obec_progress.year.tied_in_plan) holds where most of
the mentions that allow a year of the national plan's allow the tied years,
not only where every one does: a 2567 report whose OCR read "๒๕๖๗" as
"๒๕๐๓๑" (๖ as ๐, ๗ as two digits) fourteen times, as "๒๕๐๑" and "๒๕๒๑"
(๗ as ๑, a misread the table lacks: 2561 by the table) and five times as
"๒๕๒๐๑" (๗ read "๐๑": 2566 alone of the 13th plan's 2566-2570, the ๐ kept)
agreed on 2561 by the table, outside the plan; the strict tie failed on the
five "๒๕๒๐๑" and the year was left undecided (fresh set s53o's
obec_progress_s53o001: every project's year missing).  The academic year
it names ("๒๕๐๒๐": 2566 at most, fiscal 2566 or 2567) chooses 2567 of the
tie, in doubt."""
import json

from parsers.obec_progress.year import repair_fiscal_years, tied_in_plan
from schemas.document import Reading

_MENTIONS = ([("heading", "๒๕๐๓๑", 0)] * 14 + [("heading", "๒๕๒๐๑", 0)] * 5 + [("edition", "๑๓", 0)] * 4
             + [("heading", "๒๕๐๑", 0)] * 3 + [("heading", "๒๕๒๓๑", 0)] * 2 + [("heading", "๒๕๒๑", 0)] * 2
             + [("heading", "๒๕๐๓", 0)] * 2 + [("heading", "๒๕๒๑๓", 0)] * 2 + [("date", "๒๕๐๓", 6), ("date", "๒๕๐๓", 2)])


def test_a_few_printings_of_another_plan_year_do_not_undo_the_tie():
    assert tied_in_plan(_MENTIONS) == ([2567, 2569], (2566, 2570), 22)
    # as many mentions for the other plan year as for the tie: no majority, no tie
    even = [m for m in _MENTIONS if m[1] != "๒๕๒๐๑"] + [("heading", "๒๕๒๐๑", 0)] * 22
    assert tied_in_plan(even) is None


def test_the_academic_year_chooses_in_doubt():
    summary = {"fiscal_year_be": Reading(2521, "ปีงบประมาณ พ.ศ. ๒๕๒๑", 3, 3)}
    issues = repair_fiscal_years(summary, {}, _MENTIONS, unread="46789", academic=[("academic", "๒๕๐๒๐", 0)])
    assert summary["fiscal_year_be"].value == 2567
    assert not [i for i in issues if i.code == "value_repaired"]
    doubt = [json.loads(i.evidence) for i in issues if i.code == "repair_ambiguous"
             and i.field == "report_summaries.fiscal_year_be"]
    assert doubt and doubt[0]["rule"] == "academic_year" and doubt[0]["candidates"] == [2567, 2569]
