"""A budget section's quarter printed as no quarter ("ไตรมาสที่ ๐") whose
one reading in range by the table of OCR confusions (๐ -> 4) is not the
quarter its round's own headings print (๑): the two disagree, so no repair is
claimed (repair_ambiguous names the field) and the section stands in its
round's quarter, as one whose quarter OCR left unreadable does.  Before, it
was repaired to quarter 4, and the summary's count of projects with a budget
for the quarter, counting one section too few, was repaired to a wrong
reading (pr2/set2 s19prb001: "๕" to 8 where 9 sections were printed)."""
import json

from tests.test_obec_ocr import project, report, run


def _damaged(quarter_read: str) -> str:
    second = project(2, "๒๕๖๗", quarter="๑")
    second = second.replace("การเบิกจ่ายงบประมาณประจำไตรมาสที่ ๑", f"การเบิกจ่ายงบประมาณประจำไตรมาสที่ {quarter_read}")
    return report(projects=[project(1, "๒๕๖๗", quarter="๑"), second])


def test_a_budget_quarter_whose_reading_is_not_its_round_s_is_flagged_and_stands_in_the_round():
    rows = run(_damaged("๐"))
    assert [b["quarter"] for b in rows["quarterly_budgets"]] == [1, 1]
    said = [i for i in rows["issues"] if i["field"] == "quarterly_budgets.quarter"]
    assert [i["code"] for i in said] == ["repair_ambiguous"]
    assert sorted(json.loads(said[0]["evidence"])["candidates"]) == [1, 4]


def test_a_budget_quarter_whose_reading_is_its_round_s_is_repaired():
    # "๕" reads 4 by the table, and the round's headings print ๔: repaired
    second = project(2, "๒๕๖๗", quarter="๔").replace("การเบิกจ่ายงบประมาณประจำไตรมาสที่ ๔",
                                                      "การเบิกจ่ายงบประมาณประจำไตรมาสที่ ๕")
    rows = run(report(projects=[project(1, "๒๕๖๗", quarter="๔"), second]))
    assert [b["quarter"] for b in rows["quarterly_budgets"]] == [4, 4]
    said = [i for i in rows["issues"] if i["field"] == "quarterly_budgets.quarter"]
    assert [i["code"] for i in said] == ["value_repaired"]
