"""Two ways an expense line of a BMA progress entry was lost, and each later
line of the entry read a row early, silently (fresh sets s109q,
bma_progress_s109q009, and s109w, bma_progress_s109w003):

- the item's "ค่า" alone ending its line, the width wrapping the item's word
  after it, and the "=" lost before the amount on the line after ("... เบิก -
  จ่าย ค่า" / "ถ่ายเอกสาร" / "15,500.00" / "บาท ค่าจ้าง ..."): read as though
  the "=" stood at the break, as for an item whole on its line
  (clauses._EQ_LOST_AT_WRAP_RE);
- a table read side by side whose budget clause waits for its amount (the
  amount beside it unreadable, "๑อ,๓๕๐.- บาท"): a description line ending in
  an amount ("๕๐ ใบๆ ละ ๕0.- บาท") gave the amount to the clause, though the
  words before it leave an expense clause waiting for that figure (the
  line's unit amount): it stays the expense line's
  (sidebyside.unweave, clauses.expense_waits)."""

from decimal import Decimal

from parsers.bma_progress.entries import figure_values, parse_entries
from tests.conftest import expense_figures
from tests.lines import numbered_lines as _lines


def test_an_item_word_wrapped_after_its_opening_takes_the_amount_below():
    text = "เบิก - จ่าย\nค่า\nถ่ายเอกสาร\n15,500.00\nบาท ค่าจ้าง\nเหมาจัดทำ\nเอกสาร =\n11,800.00 บาท"
    assert expense_figures(text) == [
        ("ค่าถ่ายเอกสาร", None, None, None, "15,500.00"), ("ค่าจ้าง เหมาจัดทำ เอกสาร", None, None, None, "11,800.00")]


def test_no_line_where_the_figure_below_is_no_amount():
    assert expense_figures("เบิก - จ่าย\nค่า\nถ่ายเอกสาร\n12 ชุด") == []
    assert expense_figures("ค่า\nถ่ายเอกสาร 5 ชุด\n10,500.00 บาท") == []  # (a figure in the item: no item in words)


def _row(n: int, budget: str) -> list[str]:
    return [f"รายงาน ๑๓ ก.ย. ๒๕๖๕ :        ความก้าวหน้าของ เป็นไปตามแผน",
            "",
            f"ครั้งที่ {n} สรุปผลการดำเนินงาน งานฯ = 90.00      : เป็นไปตาม",
            "",
            "และรายงานผล          % งบประมาณที่      เป้าหมาย",
            f"โครงการต่อผู้บริหาร      เบิกใช้ (ครั้งที่ {n}) =",
            f"ค่าตอบแทนวิทยากร      {budget}",
            "",
            "จำนวน ๓ ชั่วโมงๆ ละ",
            "๖๐๐.- บาท เป็นเงิน",
            "",
            "๑,๘๐๐.- บาท ค่า",
            "",
            "เกียรติบัตร จำนวน",
            "๕๐ ใบๆ ละ ๕๐.- บาท",
            "เป็นเงิน ๒,๕๐๐.- บาท",
            "ค่าอาหารกลางวัน",
            "",
            "จำนวน ๑๕๑ คนๆ ละ",
            "๘๐.- บาท เป็นเงิน",
            "",
            "๑๒,๐๘๐.- บาท"]


def test_the_unit_amount_ending_a_line_stays_the_expense_lines():
    # the clause's own amount beside the first line unreadable in row 1 (๖ read as อ), readable in row 2
    result = parse_entries(_lines(*_row(1, "๑อ,๓๘๐.- บาท"), *_row(2, "๑๖,๓๘๐.- บาท"), start=300))
    for seq in (1, 2):
        entry = result.entries[seq]
        assert [(x.quantity, x.each, x.amount) for x in entry.expenses] == [
            ("๓", "๖๐๐", "๑,๘๐๐"), ("๕๐", "๕๐", "๒,๕๐๐"), ("๑๕๑", "๘๐", "๑๒,๐๘๐")]
        assert [x.item for x in entry.expenses][1:] == ["ค่าเกียรติบัตร", "ค่าอาหารกลางวัน"]
    assert figure_values(result.entries[1])[0].get("disbursed") != Decimal("50")  # (the unit amount is no disbursement)
    assert figure_values(result.entries[2])[0].get("disbursed") == Decimal("16380")
