"""The values a reader of Thai would not accept (issue 14, part 7), each on
its exact input: amounts in words with spaces between their words, satang
whose unit lost its mark, times and ranges that are no date, a bare decimal
part and a minus sign."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from normalizers.dates import find_dates, parse_date
from normalizers.errors import ValueParseError
from normalizers.numbers import find_amount_in_words, parse_baht, parse_decimal, thai_words_to_amount


@pytest.mark.parametrize("text, expected", [
    ("หนึ่งล้าน สองแสนบาทถ้วน", Decimal("1200000.00")),  # a wrapped line
    ("หก หมื่น เก้า พัน ห้า ร้อย บาท ถ้วน", Decimal("69500.00")),
    ("(หนึ่งล้าน\nสองแสนบาทถ้วน)", Decimal("1200000.00")),
    ("หนึ่งร้อยบาทห้าสิบสตางค์", Decimal("100.50")),
    ("หนึ่งร้อยบาทห้าสิบสตางค", Decimal("100.50")),  # the unit's mark dropped
    ("หนึ่งร้อยบาท ห้าสิบ สตาง", Decimal("100.50")),
    ("เป็นเงิน สองร้อยบาท", Decimal("200.00")),  # a word set off by a space is not part of it
    ("เป็นเงิน 69,5๐๐.-บาท     (หกหมื่นเก้าพันห้าร้อยบาทถ้วน) โดยจัดสรร", Decimal("69500.00")),
])
def test_amount_in_words_with_spaces_and_satang(text, expected):
    assert thai_words_to_amount(text) == expected


@pytest.mark.parametrize("text", [
    "หนึ่งร้อยบาทห้าสิบ",  # satang words whose unit is lost: not silently dropped
    "หนึ่งร้อยบาทห้าร้อยสตางค์",  # 500 satang
    "เป็นเงินทั้งสิ้นหกหมื่นบาทถ้วน",  # glued to other text: no guess
    "หนึ่งหนึ่งบาท",
])
def test_amount_in_words_refused(text):
    with pytest.raises(ValueParseError):
        thai_words_to_amount(text)


def test_find_amount_in_words_keeps_the_spaced_words():
    assert find_amount_in_words("รวม หนึ่งล้าน สองแสนบาทถ้วน)") == "หนึ่งล้าน สองแสนบาทถ้วน"
    assert find_amount_in_words("ห้าร้อยบาท สองร้อยบาท") == "ห้าร้อยบาท"  # the next amount is no satang


@pytest.mark.parametrize("text, expected", [
    ("15 มิ.ย. 2565 09.30 น.", date(2022, 6, 15)),  # a date followed by a time reads as the date
    ("15/6/2565 21:10", date(2022, 6, 15)),
    ("15 มิ.ย. 65 เวลา 09.30 น.", date(2022, 6, 15)),
    ("ระหว่างวันที่ 8 มกราคม 2570 – 17 กันยายน 2570", None),  # two dates: an error, see below
])
def test_date_followed_by_a_time(text, expected):
    if expected is None:
        assert [d for d, _ in find_dates(text)] == [date(2027, 1, 8), date(2027, 9, 17)]
    else:
        assert parse_date(text) == expected


@pytest.mark.parametrize("text, reason", [
    ("15 มิ.ย. 09.30 น.", "time"),  # was 1966-06-15: the hour read as a two-digit year
    ("15 มิถุนายน 21:10", "time"),
    ("21:10", "time"),
    ("09.30 น.", "time"),
    ("8.10-9.10 น.", "time"),  # a time range, was 1967-09-10
    ("1-15 ม.ค. 2565", "range of days"),  # was 2022-01-15
    ("1 - 15 มกราคม 2565", "range of days"),
])
def test_times_and_ranges_are_no_date(text, reason):
    with pytest.raises(ValueParseError, match=reason):
        parse_date(text)


@pytest.mark.parametrize("text", [".50", "ราคา .50 บาท", "-500", "-1,000.00", "−20", "(-500)"])
def test_bare_fraction_and_minus_refused(text):
    with pytest.raises(ValueParseError):
        parse_decimal(text)


@pytest.mark.parametrize("text, expected", [
    ("0.50", Decimal("0.50")), ("500-", Decimal("500.00")), ("- 500", Decimal("500.00")),
    ("15,100.-บาท", Decimal("15100.00")), ("1.50", Decimal("1.50")),
])
def test_numbers_a_reader_accepts(text, expected):
    assert parse_baht(text) == expected
