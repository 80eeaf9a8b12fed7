"""Numbers as OCR writes them: Thai digits, mixed digits, baht amounts,
percentages, and amounts written out in Thai words."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache

import regex
from pythainlp.util import thaiword_to_num

from normalizers.errors import ValueParseError

CENT = Decimal("0.01")

_THAI_DIGIT_SEARCH = re.compile("[๐-๙]")
_THAI_ARABIC = list(zip("๐๑๒๓๔๕๖๗๘๙", "0123456789"))


LINE_MEMO = 4096  # characters: a longer text (a whole document) is converted, not memoised


def thai_digits_to_arabic(text: str) -> str:
    """๐-๙ -> 0-9, leaving everything else alone ("๒๕69" -> "2569")."""
    # (a line's digits are asked for again by rule after rule and stage after stage: about three calls in five
    # repeat one of the document's; memoised per document, normalizers.text.clear_caches)
    return arabic_digits_of_line(text) if len(text) <= LINE_MEMO else _arabic_digits(text)


def _arabic_digits(text: str) -> str:
    # the same as pythainlp's thai_digit_to_arabic_digit (a per-character
    # table), but str.replace per digit runs at memory speed where translate
    # looks every character up, and most lines have no Thai digit at all
    if _THAI_DIGIT_SEARCH.search(text) is None:
        return text
    for thai, arabic in _THAI_ARABIC:
        text = text.replace(thai, arabic)
    return text


arabic_digits_of_line = lru_cache(maxsize=32768)(_arabic_digits)  # thai_digits_to_arabic's memo of lines


# One number: digits with optional thousands commas and an optional decimal
# part.  A space is not taken as a thousands separator ("2 100" is two numbers).  A leading sign is
# not accepted: amounts in these forms are never negative, so parse_decimal
# refuses "-500" rather than drop the sign.
NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
# The same for text whose Thai digits are not converted yet ("69,5๐๐").
NUMBER_ANY_DIGITS = NUMBER.replace(r"\d", r"[\d๐-๙]")
_NUMBER_RE = regex.compile(NUMBER)
# A digit of either script, as printed or as OCR read it (a Thai digit or an Arabic one): the one pattern every
# rule that asks whether a token or a line holds a figure uses.
ANY_DIGIT_RE = regex.compile(r"[\d๐-๙]")


_DOT_DASH_RE = regex.compile(r"\.\s*-")
# ".50": a decimal point with no digit before it, at the start of the number
_BARE_FRACTION_RE = regex.compile(r"(?<![\d.])\.\d\Z")
# "-500", "−500": a minus sign glued to the digits, not after a digit or a
# letter ("500-" and a dash set off by a space, "- 500", are not signs)
_MINUS_RE = regex.compile(r"(?<![\w.])[-\u2212]\d\Z")
# (standard re: regex's matches, faster; tests/test_speedups_exact.py)
_PERCENT_WORDS_RE = re.compile(r"ร้อยละ|%|เปอร์เซ็นต์")


def parse_decimal(text: str) -> Decimal:
    """The single number in `text` as a Decimal ("69,5๐๐.-" -> 69500).

    Accepts Thai or mixed digits, thousands commas, a trailing ".-" or "-"
    (the Thai way of writing a round amount), and a unit word around it.
    Raises ValueParseError when there is no number or more than one, for a
    minus sign glued to the digits ("-500") and for a decimal part with no
    whole number (".50"): a wrong value is worse than none.
    """
    if text is None:
        raise ValueParseError("number", text, "no value")
    src = thai_digits_to_arabic(text)
    # "15,100.-บาท": the ".-" closes the amount, it is not a decimal point.
    src = _DOT_DASH_RE.sub("", src)
    found = list(_NUMBER_RE.finditer(src))
    if not found:
        raise ValueParseError("number", text, "no digits")
    if len(found) > 1:
        raise ValueParseError("number", text, f"{len(found)} numbers where one was expected")
    if _BARE_FRACTION_RE.search(src, 0, found[0].start() + 1):
        raise ValueParseError("number", text, "a decimal part with no whole number before it (a digit lost?)")
    if _MINUS_RE.search(src, 0, found[0].start() + 1):
        raise ValueParseError("number", text, "a negative number (a minus sign before the digits)")
    try:
        return Decimal(found[0].group().replace(",", ""))
    except InvalidOperation as exc:  # pragma: no cover - the regex admits only digits
        raise ValueParseError("number", text, str(exc)) from exc


def zero_led(text: str) -> bool:
    """Whether a figure that is not zero opens with a zero before its first
    thousands comma ("00,700", "๐๕,๒๓๕.๕๕"): no figure is printed so, so a
    digit of it was misread as 0 (or as o, which normalizers.confusions.read_amount
    reads as 0).  "0,000" (zero) is not."""
    src = thai_digits_to_arabic(text)
    return (m := _ZERO_LED_RE.search(src)) is not None and _NONZERO_RE.search(m.group()) is not None


_ZERO_LED_RE = regex.compile(r"(?<![\d.,])0\d{0,2},\d{3}")  # a figure's first group opening with 0
_NONZERO_RE = regex.compile(r"[1-9]")


def parse_baht(text: str) -> Decimal:
    """A baht amount as Decimal with 2 places ("2,474,000", "4,000.-", "21,200 บาท");
    in millions when "ล้าน" follows the number ("0.35 ล้านบาท" is 350,000.00,
    also with the tone mark OCR dropped: "ลานบาท")."""
    value = parse_decimal(text)
    if _MILLION_RE.search(text):
        value *= 1_000_000
    elif _MILLION_APART_RE.search(text):
        raise ValueParseError("baht", text, "a letter or mark stands between the figure and ล้าน (a digit OCR read "
                              "as a letter?): neither the figure nor its unit can be told")
    elif value.as_tuple().exponent < -2:
        # ("๑๑.๐๒๒๕" for ๑๑,๖๒๕: the comma read as a point, ๖ as two digits): rounded, it would read 11.02, a
        # figure the text never printed
        raise ValueParseError("baht", text, "more than two digits after the point, where a baht amount has two at "
                              "most: its point is a separator OCR misread, or a digit was read as two")
    if _GROUP_AS_LETTERS_RE.search(text):
        # ("๑๐,ฒญ" of "๑๐,ฒญ์๕.๐๐" for ๑๐,๗๗๕.๐๐: read up to the comma, it would be 10.00)
        raise ValueParseError("baht", text, "letters stand right after a thousands comma: OCR wrote the digit group "
                              "after it as letters, so the figure is not its digits before the comma")
    if _GLUED_LOOKALIKE_RE.search(text):
        # ("๑๐๒.๕๓»" for ๑๖,๘๓๖: » is what OCR writes for a ๖): read without it, a digit would be lost
        raise ValueParseError("baht", text, "a mark or letter OCR writes for a digit stands glued to the figure: a "
                              "digit of it was lost or misread")
    return value.quantize(CENT)


# a thousands comma with a letter (Thai or Latin) right after it: the group after it written as letters
_GROUP_AS_LETTERS_RE = regex.compile(r"(?<=\d),(?=[^\W\d_])")
# a mark OCR writes for a Thai digit (normalizers.confusions.LOOKALIKES, its symbols: "@" for ๑ or ๗, "»" for ๖,
# "©" for ๓ or ๔, "«" for ๙, "¢" for ๔) glued after a figure's last digit (before its first it may be the ฿ sign
# OCR misread, "@11,100": the baht-sign readers' to weigh); \d is a Thai digit too (regex's Unicode classes)
# ... or a Thai letter of those (ฒ อ ซ ญ ส ฆ ๆ: "๕ซ.๕๐" for ๔๗.๕๐, "๓ฒ" for ๓๗), no word's first letter (a
# consonant after it: "๑๐๐สตางค์"): read without it, "๓ฒ" was 3.00, a figure the text never printed
THAI_LOOKALIKE_LETTERS = "ฒอซญสฆๆ"  # (normalizers.confusions.LOOKALIKES' own: tests/test_numbers_glued_letter.py)
_GLUED_LOOKALIKE_RE = regex.compile(rf"(?<=\d)(?:[@©«»¢]|[{THAI_LOOKALIKE_LETTERS}]++(?![\u0e01-\u0e2e]))")


# "ล้าน" right after an amount's digits: the amount is in millions (the number words of an amount
# written in letters, "สองล้าน", follow no digit)
_MILLION_RE = regex.compile(r"[\d๐-๙]\.?-?\s*ล\u0e49?าน")
# ... and "ล้าน" after a figure with a letter or two between ("๑.๑ซ ล้านบาท" for ๑.๑๗, "1.1 ซ ล้าน"): a digit OCR
# read as a letter; read as printed the figure would be a million times too small
_MILLION_APART_RE = regex.compile(r"[\d๐-๙](?:[^\s\d๐-๙]{1,3}\s*|\s+[^\s\d๐-๙]{1,2}\s+)ล\u0e49?าน")


def in_millions(text: str) -> bool:
    """Whether "ล้าน" follows an amount's figure in `text` (parse_baht then
    reads it in millions)."""
    return _MILLION_RE.search(text) is not None


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


# "(หกหมื่นเก้าพันห้าร้อยบาทถ้วน)": Thai number words, "บาท", then "ถ้วน"
# (exactly) or satang words and "สตางค์".  A wrapped line leaves spaces
# between the words ("หนึ่งล้าน สองแสนบาทถ้วน", "หก หมื่น เก้า พัน บาท"): they
# are read as one number.  Each run of letters that number words are made of
# is read whole, so a number glued to other text ("ทั้งสิ้นหกหมื่นบาท") is an
# error rather than a guess; a run set off by a space from the number
# ("เป็นเงิน สองร้อยบาท") is not part of it.
NUMBER_WORDS = ("ศูนย์", "หนึ่ง", "สอง", "สาม", "สี่", "ห้า", "หก", "เจ็ด", "แปด", "เก้า", "สิบ", "ยี่", "เอ็ด",
                "ร้อย", "พัน", "หมื่น", "แสน", "ล้าน")
_NUMBER_LETTERS = frozenset("".join(NUMBER_WORDS))
_WORDS = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
_NUMBER_WORDS_RE = regex.compile(rf"(?:{_WORDS})+")
_CHUNK_RE = regex.compile(r"\S+")
# number words after บาท, spaces allowed between them (matched at one place)
_SATANG_WORDS_RE = regex.compile(rf"\s*((?:{_WORDS})(?:\s*(?:{_WORDS}))*)")
# "สตางค์", also with its last letter or mark lost ("สตางค", "สตาง")
_SATANG_UNIT_RE = regex.compile(r"\s*สตางค?\u0e4c?")
_EVEN_RE = regex.compile(r"\s*ถ้?วน")
_BAHT_RE = regex.compile("บาท")
_THAI_LETTER_RE = regex.compile(r"[\u0e01-\u0e4e]")


@dataclass(frozen=True)
class AmountInWords:
    """One amount written in words: where it stands and its parts."""

    start: int
    end: int
    baht: str  # the number words before บาท, spaces removed
    satang: str | None  # the number words of the satang, if any
    satang_unit_lost: bool  # number words after บาท with no สตางค์ after them


def _words_before(text: str, at: int) -> tuple[int, str] | None:
    """(start, words) of the number words that end before position `at`."""
    j = at
    while j > 0 and (text[j - 1] in _NUMBER_LETTERS or text[j - 1].isspace()):
        j -= 1
    chunks = [(m.start() + j, m.group()) for m in _CHUNK_RE.finditer(text[j:at])]
    if not chunks:
        return None
    kept: list[tuple[int, str]] = []
    for start, chunk in reversed(chunks):
        if not _NUMBER_WORDS_RE.fullmatch(chunk):
            break
        kept.insert(0, (start, chunk))
    if not kept:
        # a word OCR or the page parted with a space ("หนึ่ง แสน...เก้าร้อ ยบาทถ้วน": its "ย" alone before บาท): the
        # chunks run together, from the furthest whose run with the rest is number words (before, "ย" was read
        # alone, respelled "ยี่", 2: fresh set s98p, bma_proposal_s98p001's total taken as 2.00 for 116,900);
        # else glued to other text: read whole, pythainlp refuses it
        joined = next((k for k in range(len(chunks))
                       if _NUMBER_WORDS_RE.fullmatch("".join(c for _, c in chunks[k:]))), None)
        kept = chunks[joined:] if joined is not None else [chunks[-1]]
    return kept[0][0], "".join(c for _, c in kept)


def amounts_in_words(text: str) -> Iterator[AmountInWords]:
    """Every amount written in Thai words in `text`, in order."""
    for m in _BAHT_RE.finditer(text):
        before = _words_before(text, m.start())
        if before is None:
            continue
        start, baht = before
        end, satang, lost = m.end(), None, False
        if even := _EVEN_RE.match(text, end):
            end = even.end()
        elif words := _SATANG_WORDS_RE.match(text, end):
            if unit := _SATANG_UNIT_RE.match(text, words.end()):
                end, satang = unit.end(), "".join(words.group(1).split())
            elif not _THAI_LETTER_RE.match(text, words.end()) or words.start(1) == end:
                # words, then nothing: the unit is lost; so too where number words glued to บาท run on into
                # other text ("...บาทห้าสิบจำนวนเงิน", the สตางค์ OCR set lines below): they are its satang
                end, satang, lost = words.end(), "".join(words.group(1).split()), True
        yield AmountInWords(start, end, baht, satang, lost)


def find_amount_in_words(text: str) -> str | None:
    """The first amount written in Thai words inside `text`, or None."""
    text = text.replace("\u0e4d\u0e32", "\u0e33")
    first = next(amounts_in_words(text), None)
    return text[first.start:first.end] if first else None


def thai_words_to_amount(text: str) -> Decimal:
    """An amount written in Thai words as Decimal baht, via pythainlp's
    thaiword_to_num ("หกหมื่นเก้าพันห้าร้อยบาทถ้วน" -> 69500.00, "หนึ่งล้าน
    สองแสนบาทถ้วน" -> 1200000.00).  Words whose tone marks or vowels OCR
    dropped ("สามหมืนสองพัน") are spelled again from their letters first
    (`respell_number_words`)."""
    found = next(amounts_in_words(text.replace("\u0e4d\u0e32", "\u0e33")), None)
    if found is None:
        raise ValueParseError("amount_in_words", text, "no Thai number words before บาท")
    if found.satang_unit_lost:
        raise ValueParseError("amount_in_words", text, f"number words {found.satang!r} after บาท with no สตางค์")
    try:
        baht = Decimal(_words_to_num(found.baht))
        satang = Decimal(_words_to_num(found.satang)) if found.satang else Decimal(0)
    except (ValueError, TypeError, IndexError, KeyError) as exc:
        raise ValueParseError("amount_in_words", text, f"pythainlp could not read it: {exc}") from exc
    if satang >= 100:
        raise ValueParseError("amount_in_words", text, f"{satang} satang is not less than one baht")
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
    if any(w == "ยี่" and out[k + 1: k + 2] != ["สิบ"] for k, w in enumerate(out)):
        return None  # (ยี่ is said only before สิบ: a lone "ย", a piece of another word, spells no two)
    return "".join(out)
