"""A proposal's expense item that holds the words of the budget table's
regulation column heading ("กฎหมาย ระเบียบที่เกี่ยวข้อง"), read into it where
OCR parted the table's columns line by line, is said (unplaced_text on
expenses.item at the row's lines), kept as read (bma_proposal.rows.build)."""

from __future__ import annotations

from parsers.bma_proposal.rows import build
from schemas.document import Merged, Reading


def _built(item: str):
    key = (None, 1)
    merged = Merged({"expenses": {key: {"item": Reading(item, item, 168, 188)}}}, {"expenses": {key: 1}}, [], {}, 1,
                    {"expenses": {key: (168, 188)}})
    return build(merged)


def test_item_holding_the_regulation_heading_is_said():
    result = _built("โรงเรียน กฎหมาย ระเบียบที่ เกี่ยวข้อง ขนาดใหญ่")
    (row,) = result.tables["expenses"]
    assert row["item"] == "โรงเรียน กฎหมาย ระเบียบที่ เกี่ยวข้อง ขนาดใหญ่"  # kept as read
    said = [i for i in result.issues if i.code == "unplaced_text" and i.field == "expenses.item"]
    assert [(i.line_start, i.line_end) for i in said] == [(168, 188)]


def test_an_item_of_its_own_words_is_not():
    result = _built("ค่าอาหารว่างและเครื่องดื่ม")
    assert not [i for i in result.issues if i.field == "expenses.item"]
