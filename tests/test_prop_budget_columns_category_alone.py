"""A budget of item columns OCR read down its columns whose first line under a category OCR put elsewhere (past the
total, after the law's heading: "กฎหมาย ระเบียบที่เกี่ยวข้อง :" / "วัสดุสำนักงานและวัสดุคอมพิวเตอร์"; fresh set
s119q, bma_proposal_s119q002).  The names then give the category with no line under it, the next category right
after it.  The form prints a category over its lines, so a line is lost there: before, the row was lost and the
lines after it numbered one short with no issue naming the table.  Now the category standing alone is said over
the table's lines after it (columns._build)."""

from __future__ import annotations

from tests.test_prop_budget_columns import _AMOUNTS, _EACH, _HEAD, _LAW, _NAMES, _QTYS, _UNITS
from tests.test_prop_item_columns import _with_table, run

_LINE = "- วัสดุสํานักงานและวัสดุ         6\nคอมพิวเตอร์\n"
_LAW_HEAD = "กฎหมาย ระเบียบที่เกี่ยวข้อง :\n"


def _alone(rows: dict) -> list[dict]:
    return [i for i in rows["issues"] if i["field"] == "expenses" and i["code"] == "unread_cells"
            and "no line under it" in i["message"]]


def test_a_category_with_no_line_under_it_is_said_over_the_lines_after_it():
    names = _NAMES.replace(_LINE, "").replace(_LAW_HEAD, _LAW_HEAD + "วัสดุสํานักงานและวัสดุคอมพิวเตอร์\n")
    rows = run(_with_table(_HEAD + names + _QTYS + _UNITS + _EACH + _AMOUNTS + _LAW))
    said = _alone(rows)
    assert len(said) == 1 and "ค่าวัสดุสำนักงาน" in said[0]["message"]
    after = [e for e in rows["expenses"] if e["category"] == "ค่าอาหารกลางวัน"]
    assert after and all(said[0]["line_start"] <= e["line_start"] <= said[0]["line_end"] for e in after)


def test_a_table_whose_categories_each_stand_over_lines_says_none():
    rows = run(_with_table(_HEAD + _NAMES + _QTYS + _UNITS + _EACH + _AMOUNTS + _LAW))
    assert len(rows["expenses"]) == 4 and not _alone(rows)
