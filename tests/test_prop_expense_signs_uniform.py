"""BMA progress entry whose disbursement and every expense line's amount
open with an 8 or 3, the ฿ sign OCR read as a digit ("ค่าตอบแทนวิทยากร =
81,000" / "ค่าวัสดุอุปกรณ์ = 817,100" / "(ครั้งที่ 3) = 818,100" for ฿1,000
+ ฿17,100 = ฿18,100): the lines add up once every such digit is a sign, and
also with the first line's alone (1,000 + 817,100 = 818,100), so no single
choice of signs was left and everything stayed as read.  A form prints its
sign before all its amounts or before none: with every amount of the entry
opening with one, the choice that reads them all as signs is taken."""

from decimal import Decimal

from tests.test_repair import ambiguous, entries, form, read, repairs

_LINES = "ค่าตอบแทนวิทยากร = {}\nค่าวัสดุอุปกรณ์ = {}\n"


def _third(rows: dict) -> tuple[Decimal, list[Decimal]]:
    paid = {r["seq"]: r["disbursed"] for r in rows["progress_reports"]}[3]
    return paid, [r["amount"] for r in rows["expenses"] if r["report_seq"] == 3]


def test_every_amount_of_the_entry_opening_with_a_sign_read_as_8_loses_it():
    rows = read(form(entries=entries(lines_3=_LINES.format("81,000", "817,100"), paid_3="818,100")))
    assert _third(rows) == (Decimal("18100.00"), [Decimal("1000.00"), Decimal("17100.00")])
    fields = {i["field"] for i in repairs(rows, "sum")}
    assert {"expenses.amount", "progress_reports.disbursed"} <= fields


def test_thai_digits_after_the_signs_are_kept_without_them_and_flagged():
    rows = read(form(entries=entries(lines_3=_LINES.format("8๑,๐๐๐", "817,100"), paid_3="818,๑๐๐")))
    assert _third(rows) == (Decimal("18100.00"), [Decimal("1000.00"), Decimal("17100.00")])
    assert any(i["field"] == "expenses.amount" for i in ambiguous(rows))


def _uniform(rows: dict) -> list[dict]:
    return [i for i in rows["issues"] if "before all its amounts or before none" in i["message"]]


def test_every_amount_read_as_a_sign_is_said_so():
    rows = read(form(entries=entries(lines_3=_LINES.format("81,000", "817,100"), paid_3="818,100")))
    assert len(_uniform(rows)) == 3


def test_refused_where_one_amount_opens_with_no_character_the_sign_is_read_as():
    # "17,100" opens with a 1: the 8s may be digits, nothing uniform to read (the sum's own repair of one
    # part decides, as before)
    rows = read(form(entries=entries(lines_3=_LINES.format("81,000", "17,100"), paid_3="818,100")))
    assert not _uniform(rows)
    # a lone line is the disbursement's copy: nothing to weigh
    rows = read(form(entries=entries(lines_3="ค่าวัสดุ = 817,100\n", paid_3="818,100")))
    assert not _uniform(rows)
    assert _third(rows)[1] == [Decimal("817100.00")]
