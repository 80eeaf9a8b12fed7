"""An OBEC report whose year mentions agree on no year of the national plan
it names (set s42b's obec_progress_s42b001, a 2567 report whose OCR read
"๒๕๖๗" as "๒๕๐๑" and "๒๕๑๓" throughout: ๗ as ๑ and ๖ as ๑, misreads the
table of confusions lacks).  By the table most of its mentions read 2541 or
2561 and the rest nothing; 2561 is disputed and outside the 13th plan
(2566-2570) every project names, so no year was chosen and every budget row
stood under the printed 2501 or 2521.  The plan a report aligns with runs
over its fiscal year: of the plan's years, the mentions that allow any
("๒๕๐๓", "๒๕๐๓๑", ๗ read ๓ by the table) allow 2567 and 2569 alike
(tied_in_plan), and the academic years the report names ("ปีการศึกษา
๒๕๖๖", read "๒๕๒๐" and "๒๕๐๐": 2566 by the table, so fiscal 2566 or 2567)
allow only 2567 of them: chosen, in doubt (rule academic_year), wherever
the year goes; never claimed repaired."""
import json

from parsers.obec_progress.year import _CHOSEN_IN_DOUBT, repair_fiscal_years, tied_in_plan
from schemas.document import Reading

_S42B = ([("heading", "๒๕๐๑", 0)] * 15 + [("edition", "๑๓", 0)] * 14 + [("heading", "๒๕๑๓", 0)] * 14
         + [("heading", "๒๕๐๓๑", 0)] * 4 + [("heading", "๒๕๒๑", 0)] * 2 + [("date", "๒๕๐๑", 9)]
         + [("heading", "๒๕๐๓", 0), ("heading", "๒๕๒๓๑", 0), ("date", "๒๕๐๑๑", 5)])
_ACADEMIC = [("academic", "๒๕๒๐", 0)] * 4 + [("academic", "๒๕๐๐", 0)]


def test_the_years_of_the_plan_the_mentions_tie_on():
    assert tied_in_plan(_S42B) == ([2567, 2569], (2566, 2570), 6)
    # no edition named, or mentions that agree on a year of the plan's: no such tie
    assert tied_in_plan([m for m in _S42B if m[0] != "edition"]) is None
    assert tied_in_plan([("heading", "๒๕๖๗", 0)] * 10 + [("edition", "๑๓", 0)] * 3) is None
    # too few mentions allow a year of the plan's
    assert tied_in_plan([("heading", "๒๕๐๑", 0)] * 15 + [("edition", "๑๓", 0)] * 4 + [("heading", "๒๕๐๓", 0)]) is None


def test_the_academic_years_choose_among_them_in_doubt():
    summary = {"fiscal_year_be": Reading(2501, "ปีงบประมาณ พ.ศ. ๒๕๐๑", 3, 3)}
    budgets = {("p1", 1): {"fiscal_year_be": Reading(2501, "ปีงบประมาณ ๒๕๐๑", 120, 120)}}
    issues = repair_fiscal_years(summary, budgets, _S42B, unread="46789", academic=_ACADEMIC)
    assert summary["fiscal_year_be"].value == 2567 and budgets[("p1", 1)]["fiscal_year_be"].value == 2567
    assert not [i for i in issues if i.code == "value_repaired"]
    doubt = [i for i in issues if i.code == "repair_ambiguous" and json.loads(i.evidence)["rule"] == "academic_year"]
    assert {i.field for i in doubt} == set(_CHOSEN_IN_DOUBT)
    evidence = json.loads(doubt[0].evidence)
    assert evidence["candidates"] == [2567, 2569] and evidence["chosen"] == 2567 and "2566-2570" in doubt[0].message


def test_without_an_academic_year_that_parts_them_no_year_is_chosen():
    for academic in ([], [("academic", "๒๕๒๕", 0)]):  # (๒๕๒๕: 2564 to 2569, both tied years)
        summary = {"fiscal_year_be": Reading(2501, "ปีงบประมาณ พ.ศ. ๒๕๐๑", 3, 3)}
        issues = repair_fiscal_years(summary, {}, _S42B, unread="46789", academic=academic)
        assert summary["fiscal_year_be"].value == 2501
        assert {json.loads(i.evidence).get("chosen") for i in issues if i.code == "repair_ambiguous"} == {None}
