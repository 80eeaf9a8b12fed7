"""An entries table (entries as columns) OCR read column by column, each
entry's cells one under another with none of their clause words
(parsers.bma_progress.stacked): a column is known by its shape, its flags
closing it and its disbursement alone right above them.  A disbursement
whose thousands' comma OCR read as a space ("๒ ๓๕๒.๕๐ บาท",
"๕๕ ๓๐๐ UM") was no amount to that shape, so the
column was taken as broken: its date, progress and flags went unread (its
header said in doubt) and the entry could be lost (s27z007, set z; s23r005,
set r).  Now such an amount (digits only, a group of three after each
space) closes the column like any other; the clause reader reads its groups as it reads
a clause's whose commas OCR left as spaces (clauses.joined_groups)."""

from decimal import Decimal

from parsers.bma_progress.entries import figure_values, parse_entries
from tests.test_bma_progress_entries_ocr import _lines


def _column(num: str, date: str, desc: str, pct: str, amount: str) -> list[str]:
    return [f"ครั้งที่ {num}", "", date, "", desc, "", pct, "", amount, "เป็นไปตามแผน", "", "เป็นไปตามเป้าหมาย", ""]


def _parse(amount: str):
    texts = [*_column("1", "๕/๑๒/๒๕๖๗", "จัดทำคำสั่ง", "๒.๐๐ %", "๐.๐๐ บาท"),
             *_column("2", "๑๑/๑/๒๕๖๘", "อยู่ระหว่างขั้นตอน", "๕๕.๐๐ %", amount),
             *_column("3", "๑๔/๓/๒๕๖๘", "จัดกิจกรรมนิเทศ", "๗๐.๐๐ %", "๐.๐๐ บาท")]
    return parse_entries(_lines(*texts, start=130))


def test_a_disbursement_whose_comma_ocr_read_as_a_space_closes_its_column():
    for amount, want in (("๒ ๓๕๒.๕๐ บาท", Decimal("2352.50")), ("๕๕ ๓๐๐ UM", Decimal("55300"))):
        result = _parse(amount)
        entries = result.entries
        assert sorted(entries) == [1, 2, 3], amount
        values, bad = figure_values(entries[2])
        assert not bad, amount
        assert str(entries[2].date) == "2025-01-11", amount
        assert values["progress_pct"] == Decimal("55") and values["disbursed"] == want, amount
        assert values["on_plan"] is True and values["on_target"] is True, amount
        assert not [i for i in result.issues if "column is broken" in i.message], amount


def test_figures_no_group_of_three_or_a_look_alike_are_no_such_amount():
    # "๕ ๓๐ บาท" (no group of three after the space), "๕ o๐๐ บาท" (a letter read for a digit: the clause reader would
    # read no groups there): no such amount; the disbursement is not read as the groups joined
    for amount in ("๕ ๓๐ บาท", "๕ o๐๐ บาท"):
        values, _ = figure_values(_parse(amount).entries[2])
        assert values.get("disbursed") not in (Decimal("530"), Decimal("5000")), amount
