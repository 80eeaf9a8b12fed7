"""A document printing too few Thai digits for parsers.digits.unread_digits
to tell, whose Thai figures of four digits or more (a phone, an amount) show
none of the five digits the OCR model cannot write: its Thai figures are in
doubt all the same (parsers.digits.doubt_digits), for the flags only (fresh
set s77o, bma_progress_s77o010: two phones ๓๑๒๓ and ๕๓๔๙ read ๓๑๒๑ and
๕๓๕๑, silently, in a document of 12 Thai digits)."""

from __future__ import annotations

from parsers.digits import doubt_digits, unread_digits
from pipeline.stages import process_document
from schemas.document import Line
from tests.test_doubtful_digits import doubtful
from tests.conftest import sample_text


def lines(*texts: str) -> list[Line]:
    return [Line(no, text) for no, text in enumerate(texts, 1)]


def test_few_thai_digits_tell_by_the_figures_they_print():
    items = ("๑. เพื่อพัฒนาบุคลากร", "๒. เพื่อยกระดับมาตรฐาน")
    # a list's item numbers alone say nothing
    assert doubt_digits(lines(*items)) == ""
    # a phone of four Thai digits showing none of ๔ ๖ ๗ ๘ ๙: the figures are in doubt
    assert doubt_digits(lines(*items, "นางสุภาพร ศรีวงศ์ (โทร. ๓๑๒๑)")) == "46789"
    assert doubt_digits(lines(*items, "งบประมาณ ๑๕,๐๐๐ บาท")) == "46789"
    # the parsers' own test is unchanged: their repairs do not weigh so few digits
    assert unread_digits(lines(*items, "นางสุภาพร ศรีวงศ์ (โทร. ๓๑๒๑)")) == ""
    # a figure showing one of them, or one anywhere in the text, and nothing is in doubt
    assert doubt_digits(lines(*items, "นางสุภาพร ศรีวงศ์ (โทร. ๓๑๒๓) (โทร. ๕๓๔๙)")) == ""
    assert doubt_digits(lines(*items, "๔. เพื่อเผยแพร่", "(โทร. ๓๑๒๑)")) == ""
    # a figure of three digits (a section number ๑๐.๒, a count) is no evidence
    assert doubt_digits(lines(*items, "ข้อ ๑๐.๒ จำนวน ๑๐๐ คน")) == ""


def bma_progress(phone: str) -> str:
    """Sample 003's first copy (16 Thai digits, ๐ ๑ ๒ ๓ ๕ only: item numbers ๒.๑ ..., a count ๑๐๐), its
    count printed in Arabic digits and its coordinator's phone printed `phone`."""
    text = sample_text("003_c0975e1d5f59aaa1.txt")
    text = text[: text.index("**1. ชื่อโครงการ", 100)]
    text = "\n".join(ln for ln in text.splitlines() if "๒.๔" not in ln)  # its only ๔
    text = text.replace("จำนวน ๑๐๐ คน", "จำนวน 100 คน")
    assert "โทร.1551" in text
    return text.replace("โทร.1551", f"โทร.{phone}")


def test_a_thai_phone_in_a_document_of_few_thai_digits_lacking_the_five_is_flagged():
    rows = process_document("003.txt", bma_progress("๕๓๕๑").encode("utf-8"))
    assert rows["projects"][0]["coordinator_phone"] == "5351"  # kept as read
    assert [i["field"] for i in doubtful(rows)] == ["projects.coordinator_phone"]


def test_the_same_phone_showing_a_digit_ocr_cannot_write_is_not():
    rows = process_document("003.txt", bma_progress("๕๓๔๙").encode("utf-8"))
    assert rows["projects"][0]["coordinator_phone"] == "5349"
    assert not doubtful(rows)
    rows = process_document("003.txt", bma_progress("1551").encode("utf-8"))  # no Thai figure: nothing to doubt
    assert not doubtful(rows)
