"""An expense line whose amount opens with a look-alike OCR wrote for a Thai digit and has a space after its
thousands comma ("ค่าจัดทำเอกสาร ๕๓ LAN % ๑๕๐.๐๐ บาท = ฒ, ๓๕๐.๐๐ บาท", ๗ read ฒ: fresh set s57o008): the amount's
pattern (clauses._NUMBER_OCR) looked ahead for a digit over the digits, look-alikes and commas only, so the space
stopped it, the figure was no amount and the line gave no row; each later line of the entry took the row number
of the one before it, and the repairs made on them were judged against the lost line's truth (three "wrong"
repairs).  The lookahead now passes the space the pattern itself reads after a comma: the line is an expense
line, its amount kept as printed (mended from quantity x unit amount where one reading fits, else said)."""

import json

import pytest

from normalizers.numbers import thai_digits_to_arabic
from parsers.bma_progress.clauses import expenses_in
from tests.test_repair import entries, form, read


pytestmark = pytest.mark.usefixtures("repair_on")


def _expenses(text: str) -> list:
    return [ev.value for _, _, ev in expenses_in(thai_digits_to_arabic(text), text, 0)]


def test_a_lookalike_before_a_spaced_comma_leaves_the_line_an_expense_line():
    got = _expenses("ค่าจัดทำเอกสาร ๒๑ LAN % ๑๒๐.๐๐ บาท = ฒ, ๕๒๐.๐๐ บาท\n"
                    "ค่าอาหารว่าง ๔๐ คน % ๓๕.๐๐ บาท = ๑,๔๐๐.๐๐ บาท")
    assert [(e.item, e.quantity, e.amount) for e in got] == [
        ("ค่าจัดทำเอกสาร", "๒๑", "ฒ, ๕๒๐.๐๐"), ("ค่าอาหารว่าง", "๔๐", "๑,๔๐๐.๐๐")]


def test_the_lines_after_it_keep_their_places_and_its_amount_is_mended_or_said():
    lines = "ค่าเอกสาร 10 เล่ม x 700 บาท = ฒ, ๐๐๐ บาท\nค่าวัสดุ = 1,000 บาท\n"
    rows = read(form(spent="9,000", entries=entries(lines_3=lines, paid_3="8,000")))
    got = sorted((e["report_seq"], e["seq"], e["item"], str(e["amount"])) for e in rows["expenses"])
    assert got == [(3, 1, "ค่าเอกสาร", "7000.00"), (3, 2, "ค่าวัสดุ", "1000.00")]
    (fix,) = [i for i in rows["issues"] if i["code"] == "value_repaired" and i["field"] == "expenses.amount"]
    assert json.loads(fix["evidence"])["printed"] == "ฒ, ๐๐๐"
    # no reading fits: kept unread and said
    rows = read(form(spent="9,000", entries=entries(lines_3=lines.replace("700", "650"), paid_3="8,000")))
    first = [e for e in rows["expenses"] if e["seq"] == 1]
    assert len(first) == 1 and first[0]["amount"] is None
    assert [i for i in rows["issues"] if i["field"] == "expenses.amount" and i["severity"] == "error"]
