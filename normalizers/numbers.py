"""Numbers as OCR writes them: Thai digits, mixed digits, baht amounts,
percentages, and amounts written out in Thai words."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

import regex
from pythainlp.util import thai_digit_to_arabic_digit, thaiword_to_num

from normalizers.errors import ValueParseError

CENT = Decimal("0.01")

_THAI_DIGIT_RE = regex.compile("[๐-๙]+")


def thai_digits_to_arabic(text: str) -> str:
    """๐-๙ -> 0-9, leaving everything else alone ("๒๕69" -> "2569")."""
    # pythainlp converts each run of Thai digits; translating the whole text
    # character by character is much slower on long text with few digits
    return _THAI_DIGIT_RE.sub(_convert_run, text)


def _convert_run(match: regex.Match[str]) -> str:
    return thai_digit_to_arabic_digit(match.group())


# One number: digits with optional thousands commas and an optional decimal
# part.  A space is not taken as a thousands separator ("2 100" is two numbers).  A leading sign is
# not accepted: amounts in these forms are never negative.
NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
# The same for text whose Thai digits are not converted yet ("69,5๐๐").
NUMBER_ANY_DIGITS = NUMBER.replace(r"\d", r"[\d๐-๙]")
_NUMBER_RE = regex.compile(NUMBER)


_DOT_DASH_RE = regex.compile(r"\.\s*-")
_PERCENT_WORDS_RE = regex.compile(r"ร้อยละ|%|เปอร์เซ็นต์")


def parse_decimal(text: str) -> Decimal:
    """The single number in `text` as a Decimal ("69,5๐๐.-" -> 69500).

    Accepts Thai or mixed digits, thousands commas, a trailing ".-" or "-"
    (the Thai way of writing a round amount), and a unit word around it.
    Raises ValueParseError when there is no number or more than one.
    """
    if text is None:
        raise ValueParseError("number", text, "no value")
    src = thai_digits_to_arabic(text)
    # "15,100.-บาท": the ".-" closes the amount, it is not a decimal point.
    src = _DOT_DASH_RE.sub("", src)
    found = _NUMBER_RE.findall(src)
    if not found:
        raise ValueParseError("number", text, "no digits")
    if len(found) > 1:
        raise ValueParseError("number", text, f"{len(found)} numbers where one was expected")
    try:
        return Decimal(found[0].replace(",", ""))
    except InvalidOperation as exc:  # pragma: no cover - the regex admits only digits
        raise ValueParseError("number", text, str(exc)) from exc


def parse_baht(text: str) -> Decimal:
    """A baht amount as Decimal with 2 places ("2,474,000", "4,000.-", "21,200 บาท")."""
    return parse_decimal(text).quantize(CENT)


def parse_percent(text: str) -> float:
    """A percentage as float ("5.00 %", "100.0%", a bare "10.00", "ร้อยละ ๕๒.๘๓")."""
    value = float(parse_decimal(_PERCENT_WORDS_RE.sub(" ", text)))
    if not 0.0 <= value <= 100.0:
        raise ValueParseError("percent", text, f"{value} is outside 0-100")
    return value


def parse_int(text: str) -> int:
    """A whole number ("๔๐", "12")."""
    value = parse_decimal(text)
    if value != value.to_integral_value():
        raise ValueParseError("integer", text, "has a fraction")
    return int(value)


# "(หกหมื่นเก้าพันห้าร้อยบาทถ้วน)": Thai number words, "บาท", optional
# satang, closed by "ถ้วน" (exactly) or "สตางค์".
_THAI_NUMBER_WORDS = "ศูนย์หนึ่งสองสามสี่ห้าหกเจ็ดแปดเก้าสิบยี่เอ็ดร้อยพันหมื่นแสนล้าน"
_AMOUNT_WORDS_RE = regex.compile(
    rf"([{_THAI_NUMBER_WORDS}]+)\s*บาท(?:\s*(ถ้วน)|\s*([{_THAI_NUMBER_WORDS}]+)\s*สตางค์)?"
)


def find_amount_in_words(text: str) -> str | None:
    """The first amount written in Thai words inside `text`, or None."""
    text = text.replace("\u0e4d\u0e32", "\u0e33")
    match = _AMOUNT_WORDS_RE.search(text)
    return match.group(0) if match else None


def thai_words_to_amount(text: str) -> Decimal:
    """An amount written in Thai words as Decimal baht, via pythainlp's
    thaiword_to_num ("หกหมื่นเก้าพันห้าร้อยบาทถ้วน" -> 69500.00).  Words whose
    tone marks or vowels OCR dropped ("สามหมืนสองพัน") are spelled again
    from their letters first (`respell_number_words`)."""
    match = _AMOUNT_WORDS_RE.search(text.replace("\u0e4d\u0e32", "\u0e33"))
    if not match:
        raise ValueParseError("amount_in_words", text, "no Thai number words before บาท")
    try:
        baht = Decimal(_words_to_num(match.group(1)))
        satang = Decimal(_words_to_num(match.group(3))) if match.group(3) else Decimal(0)
    except (ValueError, TypeError, IndexError, KeyError) as exc:
        raise ValueParseError("amount_in_words", text, f"pythainlp could not read it: {exc}") from exc
    return (baht + satang / 100).quantize(CENT)


def _words_to_num(words: str) -> int:
    try:
        return thaiword_to_num(words)
    except (ValueError, TypeError, IndexError, KeyError):
        respelled = respell_number_words(words)
        if respelled is None:
            raise
        return thaiword_to_num(respelled)


# The number words by their letters without marks, longest first: OCR drops a
# mark but keeps the letters, and no two words share their bare letters.
_NUMBER_WORDS = ("ศูนย์", "หนึ่ง", "สอง", "สาม", "สี่", "ห้า", "หก", "เจ็ด", "แปด", "เก้า", "สิบ", "ยี่", "เอ็ด",
                 "ร้อย", "พัน", "หมื่น", "แสน", "ล้าน")
_BARE_RE = regex.compile("[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]")
_BY_LETTERS = sorted(((_BARE_RE.sub("", w), w) for w in _NUMBER_WORDS), key=lambda bw: -len(bw[0]))


def respell_number_words(words: str) -> str | None:
    """Thai number words spelled as the dictionary does, read from their
    letters alone ("สามหมืนสองพันหกสิบ" -> "สามหมื่นสองพันหกสิบ"); None if the
    letters are not all number words."""
    bare, out, pos = _BARE_RE.sub("", words), [], 0
    while pos < len(bare):
        hit = next((w for b, w in _BY_LETTERS if bare.startswith(b, pos)), None)
        if hit is None:
            return None
        out.append(hit)
        pos += len(_BARE_RE.sub("", hit))
    return "".join(out)
