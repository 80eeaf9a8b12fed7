"""An OBEC report's year that one misread the table of OCR confusions lacks
would make every mention allow, where other such misreads would make them
allow other years (shut set q s22q004, a 2567 report whose ๒๕๖๗ OCR read
"๒๕๒๓", "๒๕๐๓", "๒๕๒๐๓" and once "๒๕๒๐"): ๖ read as ๓ made all 28 mentions
allow 2566 (9 of them through it), ๗ or ๙ read as ๐ made them allow 2567 or
2569 (1 through it).  proven_misread counted as rivals only misreads at least
three mentions need (PROOF_NEEDING), so the least likely explanation, the one
most mentions need, stood alone: 2566 went to the summary, every project and
budget row as repairs naming the "proof", and no doubt was said (23 silent
misses).  Now every misread that makes the mentions agree is a rival however
few mentions need it: two explanations prove neither, and the year stays
flagged."""
import json

from parsers.obec_progress.year import proven_misread, repair_fiscal_years
from schemas.document import Reading

# s22q004's mentions as its year mentions read them: the plan's edition, the headings and a date
_Q004 = ([("edition", "๑๓", 0)] * 13 + [("heading", "๒๕๒๓", 0)] * 6 + [("heading", "๒๕๒๐๓", 0)] * 5
         + [("heading", "๒๕๐๓", 0)] * 2 + [("date", "๒๕๐๓", 9), ("heading", "๒๕๒๐", 0)])


def test_a_misread_is_not_proved_where_another_makes_the_mentions_agree_on_another_year():
    # ๖ -> ๓ makes all 28 allow 2566 (9 of them through it); ๗ -> ๐ and ๙ -> ๐ make them allow 2567 and 2569
    # (one through it): three explanations, none proved
    assert proven_misread(_Q004) is None
    summary = {"n_projects": Reading(8, "จำนวน ๘ โครงการ", 5, 5),
               "fiscal_year_be": Reading(2503, "ปีงบประมาณ พ.ศ. ๒๕๐๓", 4, 4)}
    budgets = {("p1", 1): {"fiscal_year_be": Reading(2523, "ปีงบประมาณ ๒๕๒๓", 155, 155)}}
    issues = repair_fiscal_years(summary, budgets, _Q004, proof=proven_misread(_Q004))
    assert not [i for i in issues if i.code == "value_repaired"]
    assert summary["fiscal_year_be"].value != 2566 and budgets[("p1", 1)]["fiscal_year_be"].value != 2566
    flagged = {i.field for i in issues if i.code == "repair_ambiguous"}
    assert {"report_summaries.fiscal_year_be", "projects.fiscal_year_be", "quarterly_budgets.fiscal_year_be"} <= flagged
    assert sorted(json.loads(issues[0].evidence)["candidates"]) == [2567, 2569]


def test_a_misread_only_one_year_explains_is_still_proved():
    # ๗ read as ๑ in most printings ("๒๕๒๑", "๒๕๐๑"): only ๗ -> ๑ makes them agree, the November date
    # printed "๒๕๒๒" (fiscal 2567) ruling out ๙ -> ๑ (test_obec_ocr's proof, at the mentions)
    mentions = ([("heading", "๒๕๒๑", 0)] * 6 + [("heading", "๒๕๐๑", 0)] * 3 + [("heading", "๒๕๒๓", 0)] * 3
                + [("date", "๒๕๒๒", 11), ("edition", "๑๓", 0), ("edition", "๑๓", 0)])
    proof = proven_misread(mentions)
    assert proof is not None and proof[0] == ("7", "1") and proof[1] == 2567
