"""BMA progress expense line whose amount's first thousands group OCR wrote as
a symbol ("= ฒ,๐๕๐" for ๗,๐๕๐, "= ฒ,๕๐๐ บาท.-", "= @ฒ,๕๐๐" for ฿๗,๕๐๐,
"«,๕๕๐", "©,000.00", "»,900"; seen in bp/set1 s19bpa001, bpa004, bpa013, w
s19w005, r s23r002, s s23s002, u s24u006, bprep24/set2 b009, the committed
sets' 009, z012, w016): parse_decimal read the groups after the comma, 50.00
for 7,050 (the thousands silently lost).  A comma follows digits, so the
symbols before it stand for its group's digits: the amount is unreadable,
for the entry's sum to mend (one reading fits) or an issue to say.  And the
copies of a form that printed it alike ("ฒ,๓๐๐" in each) still align that
line by its amount as printed, where its item reads apart in one copy."""

from decimal import Decimal

from parsers.bma_progress.clauses import Expense
from parsers.bma_progress.entries import expense_values
from tests.test_bma_progress_expenses import MATERIALS, SEED, _copies_with, _lines, _rows
from tests.conftest import sample_text


def test_a_symbol_for_the_first_thousands_group_leaves_the_amount_unread():
    for amount in ("ฒ,๐๕๐", "ฒ,๕๐๐", "@ฒ,๕๐๐", "«,๕๕๐", "©,000.00", "»,900", "๑ฒ,๕๐๐"):
        values, bad = expense_values(Expense("ค่าวัสดุ", amount, 1))
        assert values["amount"] is None and bad == ["amount"], amount
    values, bad = expense_values(Expense("ค่าอาหาร", "ฒ,๐๕๐", 1, "๑๕๑", "เล่ม", "ฒ,๒๐๐"))
    assert values["unit_amount"] is None and "unit_amount" in bad


def test_an_amount_read_whole_or_a_sign_before_its_digits_stays_read():
    for amount, value in (("๗,๐๕๐", "7050.00"), ("฿1,500", "1500.00"), ("B2,760", "2760.00"), ("@11,100", "11100.00"),
                          ("10,000.-", "10000.00")):
        values, bad = expense_values(Expense("ค่าวัสดุ", amount, 1))
        assert values["amount"] == Decimal(value) and not bad, amount


SYMBOL = "ค่าวัสดุ = ฒ,๐๐๐.- บาท"  # ฿7,000 printed, its ๗ written as a symbol


def _seven_thousand(text: str) -> str:
    """The seed's ค่าวัสดุ line at 7,000 in every copy (its disbursement 24,200), printed as OCR left it."""
    return text.replace(MATERIALS, SYMBOL).replace("(ครั้งที่ 5) = 21,200 บาท", "(ครั้งที่ 5) = 24,200 บาท")


def test_the_entry_sum_mends_the_unread_amount():
    rows = _rows(_seven_thousand(sample_text(SEED)))
    assert _lines(rows) == [(1, "ค่าอาหารฯ", Decimal("10000.00")), (2, "ค่าวัสดุ", Decimal("7000.00")),
                            (3, "ค่าตอบแทนวิทยากร", Decimal("7200.00"))]
    assert [i for i in rows["issues"] if i["code"] == "value_repaired" and i["field"] == "expenses.amount"]


def test_unread_alike_the_line_aligns_across_copies_where_one_copy_reads_its_item_apart():
    """One copy read words of the description into the item ('ค่าวัสดุ ดูงาน (', no more alike than
    OCR_ITEM_RATIO): by item it paired with none, and the unread amounts paired nothing either, so that copy's
    line was taken for another entry's (left out of the vote and said; with fewer copies, a line of its own:
    set u s24u006).  Printed alike, the amounts pair it: the copies vote on its item."""
    text = _seven_thousand(sample_text(SEED))
    at = _copies_with(text, SYMBOL)[1]
    damaged = text[:at] + text[at:].replace(SYMBOL, "ค่าวัสดุ ดูงาน ( = ฒ,๐๐๐.- บาท", 1)
    rows = _rows(damaged)
    assert [(seq, item) for seq, item, _ in _lines(rows)] == [(1, "ค่าอาหารฯ"), (2, "ค่าวัสดุ"),
                                                              (3, "ค่าตอบแทนวิทยากร")]
    assert not [i for i in rows["issues"] if i["code"] == "unplaced_text" and i["field"] == "expenses"]
    assert [i for i in rows["issues"] if i["code"] == "ocr_variant" and i["field"] == "expenses.item"]


def test_a_speck_printed_alike_pairs_nothing():
    from parsers.bma_progress.align import _Line, _same_unread
    from schemas.document import Reading

    def line(item: str, printed: str) -> _Line:
        return _Line((5, 1), {"item": Reading(item, item, 1, 1), "amount": Reading(None, printed, 1, 1)})
    assert _same_unread(line("ค่าวัสดุ", "ฒ,๐๐๐"), line("ค่าอาหาร", "ฒ,๐๐๐"))
    assert not _same_unread(line("ค่าวัสดุ", "ฒ,@"), line("ค่าอาหาร", "ฒ,@"))  # no digit: no figure
    assert not _same_unread(line("ค่าวัสดุ", "ฒ,๐๐๐"), line("ค่าอาหาร", "ฒ,๕๐๐"))
