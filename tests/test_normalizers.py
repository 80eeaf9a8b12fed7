"""Normalizers on the variants the real documents contain."""

from datetime import date
from decimal import Decimal

import pytest

from normalizers.dates import (
    be_to_ce,
    find_month_years,
    fiscal_year_be_of,
    fiscal_year_window,
    month_number,
    parse_date,
    parse_month_year,
)
from normalizers.errors import ValueParseError
from normalizers.numbers import (
    find_amount_in_words,
    parse_baht,
    parse_decimal,
    parse_int,
    parse_percent,
    thai_digits_to_arabic,
    thai_words_to_amount,
)


@pytest.mark.parametrize("text, expected", [
    ("๒๕69", "2569"),
    ("69,5๐๐.-", "69,500.-"),
    ("๓๗๒,๕๙๕.๐๐ บาท", "372,595.00 บาท"),
    ("no digits", "no digits"),
])
def test_thai_digits_to_arabic(text, expected):
    assert thai_digits_to_arabic(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("2,474,000", Decimal("2474000.00")),
    ("4,000.-", Decimal("4000.00")),
    ("21,200 บาท", Decimal("21200.00")),
    ("69,5๐๐.-", Decimal("69500.00")),
    ("15,100.-บาท", Decimal("15100.00")),
    ("๑๙๖,๘๓๖.๒๘ บาท", Decimal("196836.28")),
    ("0 บาท", Decimal("0.00")),
    # in millions (extra4 amount_million), also with the tone mark OCR dropped; number words after the
    # digits (the amount in letters) are no unit
    ("0.35 ล้านบาท", Decimal("350000.00")),
    ("1.41 ล้าน", Decimal("1410000.00")),
    ("๑.๒ ลานบาท", Decimal("1200000.00")),
    ("2,474,000 บาท (สองล้านสี่แสนเจ็ดหมื่นสี่พันบาทถ้วน)", Decimal("2474000.00")),
])
def test_parse_baht(text, expected):
    value = parse_baht(text)
    assert value == expected
    assert value.as_tuple().exponent == -2


@pytest.mark.parametrize("text", ["", "บาท", "2 โรงเรียน 15,100", "abc"])
def test_parse_baht_refuses(text):
    with pytest.raises(ValueParseError):
        parse_baht(text)


@pytest.mark.parametrize("text, expected", [
    ("5.00 %", 5.0), ("100.0%", 100.0), ("10.00", 10.0), ("ร้อยละ ๕๒.๘๓", 52.83), ("23.00", 23.0),
])
def test_parse_percent(text, expected):
    assert parse_percent(text) == expected


def test_parse_percent_out_of_range():
    with pytest.raises(ValueParseError):
        parse_percent("150 %")


def test_parse_int_refuses_fraction():
    assert parse_int("๔๐") == 40
    with pytest.raises(ValueParseError):
        parse_int("2.5")


def test_parse_decimal_mixed_digits_is_one_number():
    assert parse_decimal("๓๗๒,๕๙๕.๐๐") == Decimal("372595.00")


@pytest.mark.parametrize("text, expected", [
    ("31/10/2560", date(2017, 10, 31)),
    ("06/09/2566", date(2023, 9, 6)),
    ("8/12/2560", date(2017, 12, 8)),
    ("2018-2-10", date(2018, 2, 10)),
    ("2017-10-01 00:00:00", date(2017, 10, 1)),
    ("๒๖ ธันวาคม ๒๕๖๒", date(2019, 12, 26)),
    ("26 ธ.ค. 2562", date(2019, 12, 26)),
    ("1 ต.ค. 2566", date(2023, 10, 1)),
    ("1 ต.ค 2566", date(2023, 10, 1)),
    ("31 มีนาคม พ.ศ. 2567", date(2024, 3, 31)),
    ("วันที่ 2 มกราคม ๒๕๖๗", date(2024, 1, 2)),
    ("15 กรกฏาคม 2565", date(2022, 7, 15)),  # common misspelling of กรกฎาคม
    ("8/12/60", date(2017, 12, 8)),  # two-digit BE year
])
def test_parse_date(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", [
    "15 11 2565",  # no separators, no month name: thai_strptime reads this as January
    "31/02/2566",
    "",
    "ไม่มีวันที่",
    "10/11/2560 และ 8/12/2560",
])
def test_parse_date_refuses(text):
    with pytest.raises(ValueParseError):
        parse_date(text)


def test_near_miss_month_abbreviations():
    assert month_number("ม.ค.") == 1
    assert month_number("มี.ค.") == 3
    assert month_number("มนาคม") == 3  # marks dropped by OCR
    with pytest.raises(ValueParseError):
        month_number("ปีงบประมาณ")


def test_month_year_without_day():
    assert parse_month_year("ต.ค. 2566") == (2023, 10)
    found = find_month_years("ดำเนินการในเดือนพฤศจิกายน 2568 – กรกฎาคม 2569")
    assert [(y, m) for y, m, _ in found] == [(2025, 11), (2026, 7)]


def test_buddhist_era():
    assert be_to_ce(2561) == 2018
    assert be_to_ce(2018) == 2018
    assert be_to_ce(66) == 2023
    assert fiscal_year_window(2561) == (date(2017, 10, 1), date(2018, 9, 30))
    assert fiscal_year_be_of(date(2017, 10, 1)) == 2561
    assert fiscal_year_be_of(date(2018, 9, 30)) == 2561


def test_amount_in_words():
    text = "เป็นเงิน 69,5๐๐.-บาท     (หกหมื่นเก้าพันห้าร้อยบาทถ้วน) โดยจัดสรร"
    assert find_amount_in_words(text) == "หกหมื่นเก้าพันห้าร้อยบาทถ้วน"
    assert thai_words_to_amount(text) == Decimal("69500.00")
    assert thai_words_to_amount("หนึ่งร้อยบาทห้าสิบสตางค์") == Decimal("100.50")
    with pytest.raises(ValueParseError):
        thai_words_to_amount("ไม่มีจำนวนเงิน")


def test_amount_in_words_whose_marks_ocr_dropped():
    from normalizers.numbers import respell_number_words

    assert respell_number_words("สามหมืนสองพันหกสิบ") == "สามหมื่นสองพันหกสิบ"
    assert respell_number_words("สีสิบเอด") == "สี่สิบเอ็ด"
    assert respell_number_words("สามหมื่นบางอย่าง") is None  # letters of no number word
    assert thai_words_to_amount("(สามหมืนสองพันหกสิบบาทถ้วน)") == Decimal("32060.00")


def test_candidates_offer_what_thai_digits_are_misread_for():
    from normalizers.confusions import candidates, could_be

    variants = candidates("๒๕")
    assert variants[0] == "25"  # the printed reading first
    assert "65" in variants  # ๒ may have been ๖
    assert "24" in variants and "28" in variants and "29" in variants  # ๕ may have been ๔ ๘ ๙
    assert "64" in variants  # two characters changed
    assert candidates("25") == ["25"]  # Arabic digits are read reliably
    assert "6" in candidates("b") and "0" in candidates("o")  # Latin look-alikes
    assert "1540" in candidates("8๑,๕๔๐", baht=True)[0:1] or "1,540" in candidates("8๑,๕๔๐", baht=True)
    assert could_be("๒๕๒๓", "2563") and not could_be("๒๕๒๓", "2561")
    assert "72000" in candidates("ฒ๒๐๐๐") and "2600" in candidates("๒อ๐๐")  # Thai letters read for ๗ and ๖


def test_a_mark_ocr_put_between_a_number_s_digits_is_dropped():
    from normalizers.text import fix_line_and_explain, strip_marks_in_numbers

    assert strip_marks_in_numbers("77 เล่ม ๕่๐.- 6,1็60.-") == "77 เล่ม ๕๐.- 6,160.-"
    # marks on letters, and a mark after a number's last digit, are text's
    assert strip_marks_in_numbers("ที่ ๑๒ ก็ได้ 3่ คน") == "ที่ ๑๒ ก็ได้ 3่ คน"
    assert fix_line_and_explain("ราคา ๕่๐ บาท") == ("ราคา ๕๐ บาท", ("strip_marks_in_numbers",))


def test_marks_added_says_whether_only_marks_were_added():
    import regex
    from normalizers.text import marks_added
    assert marks_added("สำนักงานเขตหลักสี", "สำนักงานเขตหลักสี่")          # a tone mark OCR dropped
    assert not marks_added("สำนักงานเขตหลักสี่", "สำนักงานเขตหลักสี่")       # the same printing
    assert not marks_added("ค้นนายาว", "คันนายาว")                          # a mark changed, not added
    assert not marks_added("คนนายาว", "คันนายาวX")                          # a letter added too
    assert marks_added("cafe", "cafe\u0301", regex.compile(r"\p{Mn}"))      # another script's marks, when asked
    assert not marks_added("cafe", "cafe\u0301")                            # not Thai: not by default
