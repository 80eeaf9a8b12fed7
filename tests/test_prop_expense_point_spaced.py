"""An expense line whose figures OCR read with a space after the decimal point, before the unit ("9 ชั่วโมง %
๑๒๐๐. ๐๐ บาท = ๑๐, ๕๐๐. ๐๐ บาท": fresh set s48o010; "2 คัน x 6,000. 00 บาท = 12,000.00 บาท": s45z004): the
figure was no amount, so the line was no expense line (its item, count and unit amount went with the description, or
the row was lost).  The space is read through (clauses.AMOUNT, normalizers.confusions.read_amount), and the figure's
readings are those of the whole figure (repairs._figure: before, of its longest group, "๕๐๐.", so no product of the
line's readings could hold); ๑๐, ๕๐๐. ๐๐, 10,800 with ๘ read ๕, is then repaired by 9 x 1,200, the one reading of
the line the entry's disbursement adds up with (repairs._product_jointly)."""

from decimal import Decimal

import pytest

from normalizers.confusions import read_amount
from normalizers.numbers import thai_digits_to_arabic
from parsers.bma_progress.clauses import expenses_in
from parsers.bma_progress.repairs import _figure, _product_jointly
from schemas.document import Reading


pytestmark = pytest.mark.usefixtures("repair_on")


def _expenses(text: str) -> list:
    return [ev.value for _, _, ev in expenses_in(thai_digits_to_arabic(text), text, 0)]


def test_a_space_after_the_point_leaves_the_line_an_expense_line():
    got = _expenses("ค่าตอบแทนวิทยากร\n9 ชั่วโมง % ๑๒๐๐. ๐๐ บาท = ๑๐, ๕๐๐. ๐๐ บาท ๑) ขอรายชื่อผู้ร่วมกิจกรรมที่ ๒")
    assert len(got) == 1 and got[0].item == "ค่าตอบแทนวิทยากร" and got[0].quantity == "9"
    assert read_amount(got[0].each) == "1200.00" and read_amount(got[0].amount) == "10,500.00"
    got = _expenses("ค่าเช่ารถโดยสาร 2 du x 6,000. 00 บาท = 12,000.00 บาท :   : ความก้าวหน้าของงานฯ =")
    assert len(got) == 1 and got[0].quantity == "2" and read_amount(got[0].each) == "6,000.00"


def test_satang_after_the_space_are_kept():
    got = _expenses("ค่าวัสดุ = ๕๐๐. ๕๐ บาท")
    assert len(got) == 1 and read_amount(got[0].amount) == "500.50"


def test_the_figure_is_read_whole_by_the_product():
    assert _figure("๑๐, ๕๐๐. ๐๐") == "๑๐,๕๐๐.๐๐"
    rec = {"quantity": Reading(Decimal(9), "9", 5, 5), "unit_amount": Reading(Decimal(1200), "๑๒๐๐. ๐๐", 5, 5),
           "amount": Reading(Decimal(10500), "๑๐, ๕๐๐. ๐๐", 5, 5)}
    # (several readings hold; the entry's disbursement, 10,800.00 in Arabic digits, names one)
    issues = _product_jointly(rec, "k", "an expense line of report 2", lambda amount: amount == Decimal("10800.00"),
                              witness=True)
    assert rec["amount"].value == Decimal("10800.00") and [i.code for i in issues] == ["value_repaired"]
