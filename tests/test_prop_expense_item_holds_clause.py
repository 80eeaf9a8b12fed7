"""BMA progress expense lines whose clause OCR tore or put out of order, left
in the item's words with the amount read after them ('ค่าเช่ารถโดยสาร ๒ ค้น X
๓ ๕๐๐ บาท = ...', fresh set r s23r002; 'ค่าเกียรติบัตร 71 ใบ บาท' / 'xX 20 บาท =
...', my second fresh set bpexp24b, b011; 'ค่าอาหารว่างและเครื่องดื่ม ๑๐๓ คน x
3๕ - UM = ...', h s20h001, bpexp24a): the item kept the clause, its quantity,
unit and unit amount missing, with no issue naming them where the shape
read._CLAUSE_IN_ITEM_RE knows (a count, a word, a price, "บาท") was not
kept.  No item of the forms holds a figure (none of the 1,549 expected
lines does), so a figure in the item's words now says the same: item, unit,
quantity and unit amount in doubt (unparsed_value); with no baht word after
it too ('ค่าอาหารกลางวัน ๕๕ คน x go WIN': บาท read "WIN", set s37z: the unit
was lost, silently).  An item of words alone says nothing of the kind."""

from __future__ import annotations

from pipeline.stages import process_document
from tests.conftest import sample_text

_AT = "ระดับกรุงเทพมหานคร\n :: ความก้าวหน้าของงานฯ = 40.00 %"
_FIELDS = {"expenses.item", "expenses.unit", "expenses.quantity", "expenses.unit_amount"}


def _rows(line: str) -> dict:
    text = sample_text("001_fdefb2afb18072a2.txt")
    assert text.count(_AT) == 1
    damaged = text.replace(_AT, f"ระดับกรุงเทพมหานคร {line}\n :: ความก้าวหน้าของงานฯ = 40.00 %")
    return process_document("001.txt", damaged.encode("utf-8"))


def _said(rows: dict) -> set[str]:
    return {i["field"] for i in rows["issues"] if i["code"] == "unparsed_value" and i["field"].startswith("expenses")}


def test_a_clause_torn_in_the_items_words_is_said():
    for line in ("ค่าเช่ารถโดยสาร ๒ ค้น X ๓ ๕๐๐ บาท = ๗,๐๐๐ บาท",
                 "ค่าเกียรติบัตร 71 ใบ บาท xX 20 บาท = 1,420 บาท",
                 "ค่าอาหารว่างและเครื่องดื่ม ๑๐๓ คน x 3๕ - UM = ๓,๖๐๕ บาท"):
        rows = _rows(line)
        assert [e["report_seq"] for e in rows["expenses"]] == [7], line
        assert rows["expenses"][0]["quantity"] is None
        assert _FIELDS <= _said(rows), line


def test_a_figure_with_no_baht_word_after_it_is_said_too():
    rows = _rows("ค่าอาหารกลางวัน ๕๕ คน x go WIN = ๕,๒๕๐ บาท")
    assert [e["report_seq"] for e in rows["expenses"]] == [7]
    assert rows["expenses"][0]["unit"] is None
    assert _FIELDS <= _said(rows)


def test_an_item_of_words_says_nothing():
    rows = _rows("ค่าเช่ารถโดยสาร = ๗,๐๐๐ บาท")
    assert [e["report_seq"] for e in rows["expenses"]] == [7]
    assert not _said(rows)
