"""BMA progress expense lines whose figures a cell of another column broke
apart (a table read row by row, the next column's words run in between:
"ค่าอาหาร 119 เ(ครั้งที่ 7) = 18,310 / คน % 150 บาท = 17,850 บาท"; fresh set
s62o009 report 7).  The reader read no line there; the description's
expense cut (rows._expense_cut) left the text out and said so, and the line
was lost.  rows.lines_in_cut reads the cut text by an expense line's
structure: an item opening with ค่า, a whole count with its unit, the sign
or words the unit amount is joined by, the unit amount, "=" or เป็นเงิน and
the amount, the count times the unit amount being the amount (one garbled
token before the unit amount passed over: "๑ ค้นๆ ละ ๑@๑๒,๐๐๐.- บปาท เป็นเงิน
๑๒,๐๐๐.-", s61z001); a line whose text ends at the words its amount is
joined by, the amount in another cell ("... ๑๕๐.๐๐ บาท เป็น", s67z009),
given with its product alone.  The lines are kept (rows._lines_from_cut)
only where with the report's lines read they make up its disbursement
(read), and said (value_repaired, rule sum); their units read as every
line's (parsers.units.mend_unit)."""

from __future__ import annotations

from decimal import Decimal

from parsers.bma_progress.rows import _lines_from_cut, lines_in_cut
from schemas.document import Reading


def test_a_line_with_debris_between_its_figures_is_read_by_its_product():
    found = lines_in_cut(" ค่าวัสดุ ๔๒ ร ชุด % ๓๕ บาท = ๑,๔๗๐ บาท บาท")
    assert [(f["item"], f["quantity"], f["unit"], f["unit_amount"], f["amount"]) for f in found] == [
        ("ค่าวัสดุ", Decimal("42.00"), "ชุด", Decimal("35.00"), Decimal("1470.00"))]


def test_a_garbled_token_before_the_unit_amount_is_passed_over():
    found = lines_in_cut(" ค่าวัสดุ จำนวน ๒ ชุดๆ ละ ๑@๕,๕๐๐.- บปาท เป็นเงิน ๑๑,๐๐๐.-")
    assert [(f["quantity"], f["unit"], f["unit_amount"], f["amount"]) for f in found] == [
        (Decimal("2.00"), "ชุด", Decimal("5500.00"), Decimal("11000.00"))]


def test_a_line_whose_amount_stands_in_another_cell_is_given_by_its_product():
    found = lines_in_cut(" ค่าวัสดุ จำนวน ๔๒ ชุดๆ ละ ๓๕.๐๐ บาท เป็น ย")
    assert [(f["amount"], f["product"]) for f in found] == [(None, Decimal("1470.00"))]
    assert lines_in_cut(" ค่าวัสดุ ๔๒ ชุด % ๓๕.๐๐ เป็นไปตาม") == []  # the plan's flag joins no amount


def test_figures_whose_product_does_not_hold_give_no_line():
    assert lines_in_cut(" ค่าวัสดุ ๔๒ ร ชุด % ๓๕ บาท = ๑,๔๘๐ บาท") == []


def test_figures_without_an_item_give_no_line():
    assert lines_in_cut("= 131 ใบ % 35 บาท.- = 4,585 บาท.-") == []


def _report(disbursed: str) -> dict:
    return {"disbursed": Reading(Decimal(disbursed), disbursed, 10, 12),
            "description": Reading("text", "text", 10, 12)}


def test_lines_are_kept_only_where_they_make_up_the_disbursement():
    cut = " ค่าวัสดุ ๔๒ ร ชุด % ๓๕ บาท = ๑,๔๗๐ บาท"
    assert [f["amount"] for f in _lines_from_cut(_report("1930"), cut, [Decimal("460")])] == [Decimal("1470.00")]
    assert _lines_from_cut(_report("2000"), cut, [Decimal("460")]) == []  # the sum leaves another amount
    assert _lines_from_cut(_report("1930"), cut, [None]) == []  # a line read unreadable: the sum cannot say
    # an amount in another cell: the report's sum alone vouches for the product
    cut = " ค่าวัสดุ จำนวน ๔๒ ชุดๆ ละ ๓๕.๐๐ บาท เป็น ย"
    assert [f["product"] for f in _lines_from_cut(_report("1930"), cut, [Decimal("460")])] == [Decimal("1470.00")]
    assert _lines_from_cut(_report("1470"), cut, [Decimal("460")]) == []


_AT = "ซึ่งจะดำเนินการระหว่างวันที่ ๑๘ - ๒๙ พฤษภาคม ๒๕๖๓\n"  # report 8's text
_R8 = "งบประมาณที่เบิกใช้ (ครั้งที่ 8) = 0 บาท"


def _document(disbursed: str, line: str = "ค่าอาหาร จำนวน 132 คนๆ ละ 150.00 บาท เป็น ย") -> dict:
    from pipeline.stages import process_document
    from tests.conftest import sample_text

    text = sample_text("001_fdefb2afb18072a2.txt")
    assert text.count(_AT) == 1 and text.count(_R8) == 1
    lines = f"{line}\nค่าเกียรติบัตร 23 ใบ x 20 บาท = 460 บาท\n"
    text = text.replace(_AT, _AT + lines).replace(_R8, _R8.replace("= 0", f"= {disbursed}"))
    return process_document("001.txt", text.encode("utf-8"))


def test_a_cut_line_the_disbursement_vouches_for_is_a_row_of_its_report_and_said():
    rows = _document("20,260")
    assert [(e["report_seq"], e["seq"], e["item"], e["amount"]) for e in rows["expenses"]] == [
        (8, 1, "ค่าอาหาร", Decimal("19800.00")), (8, 2, "ค่าเกียรติบัตร", Decimal("460.00"))]
    said = [i for i in rows["issues"] if i["code"] == "value_repaired" and i["field"] == "expenses.amount"]
    assert len(said) == 1 and "cut left out" in said[0]["message"]
    assert not any("lost before its rows" in i["message"] for i in rows["issues"])  # no line lost there now
    rows = _document("19,800")  # the disbursement leaves another sum: the line stays lost, the cut said
    assert [e["item"] for e in rows["expenses"]] == ["ค่าเกียรติบัตร"]
    assert ("unplaced_text", "expenses") in {(i["code"], i["field"]) for i in rows["issues"]}


def test_a_cut_line_s_unit_is_read_as_every_line_s():
    rows = _document("20,260", "ค่าเช่ารถโดยสาร จำนวน 1 ค้นๆ ละ 19,800 บาท เป็น ย")  # ค้น: a mark misread
    assert [(e["item"], e["unit"]) for e in rows["expenses"]][0] == ("ค่าเช่ารถโดยสาร", "คัน")
    assert ("value_repaired", "expenses.unit") in {(i["code"], i["field"]) for i in rows["issues"]}
