"""A BMA expense line whose item OCR ran a money figure into ("ค่าอาหารกลางวัน
12,300 บาท.-" beside "123 คน x 100 บาท.- = 12,300": the table's cells read
apart): no item of the form holds one, so the item is said
(implausible_value, kept as read).  Before, a line whose unit was read kept
the item with the figure and no issue named it."""

from __future__ import annotations

from tests.test_bma_progress_expenses import MATERIALS, SEED, _rows, sample_text


def _item_issues(rows: dict) -> list[dict]:
    return [i for i in rows["issues"] if i.get("field") == "expenses.item" and i["code"] == "implausible_value"]


def test_an_item_holding_the_line_s_amount_is_said():
    rows = _rows(sample_text(SEED).replace(MATERIALS, "ค่าวัสดุ 4,000 บาท 10 ชุด x 400 บาท = 4,000.- บาท"))
    items = [r["item"] for r in rows["expenses"] if r["report_seq"] == 5]
    assert "ค่าวัสดุ 4,000 บาท" in items
    said = _item_issues(rows)
    assert said and all("money figure" in i["message"] for i in said)


def test_an_item_without_a_figure_is_not_said():
    assert not _item_issues(_rows(sample_text(SEED)))
