"""An OBEC budget amount OCR printed with a character it writes for one
Thai digit alone inside the figure ("๒อ,๒๕๐" for ๒๖,๒๕๐: อ for ๖; "ซ" and
"ญ" for ๗) stayed unread where no other rule read it (a row not disbursed
as planned, outside the summary's quarter): its one reading is the figure
with the character read as that digit, and so it is read, said (rule
lookalike: repair_ambiguous where its Thai digits could be others).  A
character that stands for several digits ("ฒ": ๗ or ๙) leaves it unread, as
printed; so does a row where no such character stands inside the figure."""

from __future__ import annotations

import json
from decimal import Decimal

from tests.test_obec_ocr import project, report, run

_NOT_AS_PLANNED = ("ผลการเบิกจ่ายงบประมาณ ไม่สามารถเบิกจ่ายงบประมาณได้ตามแผนการ เนื่องจากกิจกรรมอยู่ระหว่าง"
                   "ดำเนินการ")


def _text(disbursed: str) -> str:
    # project 1 reports quarter 1 (the summary's quarter is 2), its note says less was disbursed than planned
    first = project(1, "๒๕๖๗", quarter="๑", planned="๓๐,๐๐๐", disbursed=disbursed)
    first = first.replace("ผลการเบิกจ่ายงบประมาณ สามารถเบิกจ่ายงบประมาณได้ตามแผนการ", _NOT_AS_PLANNED)
    return report(projects=[first, project(2, "๒๕๖๗")], planned="๕,๐๐๐.๐๐", disbursed="๕,๐๐๐.๐๐")


def _row(rows: dict) -> dict:
    (row,) = [r for r in rows["quarterly_budgets"] if r["quarter"] == 1]
    return row


def test_a_one_digit_lookalike_inside_the_figure_is_read_as_its_digit():
    rows = run(_text("๒อ,๒๕๐"))
    assert _row(rows)["disbursed"] == Decimal("26250.00")
    (issue,) = [i for i in rows["issues"] if i["field"] == "quarterly_budgets.disbursed"
                and i["code"] in ("value_repaired", "repair_ambiguous") and json.loads(i["evidence"])["rule"] ==
                "lookalike"]
    assert json.loads(issue["evidence"])["chosen"] == "26250.00"
    assert issue["code"] == "repair_ambiguous"  # (its Thai ๒ and ๕ could be others)


def test_two_of_them_are_read_too():
    assert _row(run(_text("๑๐,ออ๕")))["disbursed"] == Decimal("10665.00")


def test_a_lookalike_of_several_digits_leaves_it_unread():
    rows = run(_text("๑๑,ฒ๐๐"))  # ฒ: ๗ or ๙
    assert _row(rows)["disbursed"] is None
    assert any(i["code"] == "unparsed_value" and i["field"] == "quarterly_budgets.disbursed" for i in rows["issues"])
