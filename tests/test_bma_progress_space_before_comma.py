"""An amount whose thousands comma OCR read with a space before it ("ค่าเช่ารถโดยสาร = ๑๓ ,๑๐๐ บาท.-":
fresh set s72b, bma_progress 004; "๑๕ ,๓๐๐ บาท.-", s71o 008): the expense line was not read at all, and in a
table run on in a paragraph the lines before it, standing with its text, went to no report (their group's
text after them looked like a description), the descriptions with them.  A space before the comma is read
through as one after it is ("๕, 4๐0"): parsers.bma_progress.clauses._NUMBER_OCR,
normalizers.confusions.read_amount."""

from decimal import Decimal

from normalizers.confusions import read_amount
from normalizers.numbers import parse_baht, thai_digits_to_arabic
from parsers.bma_progress.clauses import expenses_in
from parsers.bma_progress.transposed import untranspose_with_doubts
from schemas.document import Line
from tests.conftest import entries_by_header


def test_a_space_before_the_thousands_comma_is_read_through():
    assert parse_baht(read_amount("๑๓ ,๑๐๐")) == Decimal("13100.00")
    assert parse_baht(read_amount("๑๓, ๑๐๐")) == Decimal("13100.00")  # (after it: as before)
    text = "ค่าวัสดุอุปกรณ์ = ๕,๐๐๐ บาท.- ค่าเช่ารถโดยสาร =\n๑๓ ,๑๐๐ บาท.-"
    found = expenses_in(thai_digits_to_arabic(text), text, 0)
    assert [(e.value.item, parse_baht(read_amount(e.value.amount))) for _, _, e in found] == [
        ("ค่าวัสดุอุปกรณ์", Decimal("5000.00")), ("ค่าเช่ารถโดยสาร", Decimal("13100.00"))]


_TABLE = (
    "รายงานครั้งที่ ๕ รายงานครั้งที่ ๖ รายงานครั้งที่ ๗ รายงานครั้งที่ ๘",
    "วันที่รายงาน ๑๗/๒/๒๕๖๒ ๑๗/๓/๒๕๖๒ ๒๙/๔/๒๕๖๒ ๑๗/๕/๒๕๖๒ รายละเอียดการดำเนินงาน อยู่ระหว่างติดต่อประสานงาน",
    "สถานที่ศึกษาดูงาน (กิจกรรมที่ ๓) เวียนแจ้งประชาสัมพันธ์เชิญชวนให้",
    "ข้าราชการครูและบุคลากรทางการศึกษาส่งผลงานเข้าร่วมกิจกรรม",
    "อยู่ระหว่างขั้นตอน...พิจารณาเกณฑ์การคัดเลือกและตัดสินผลงาน",
    "อยู่ระหว่างการดำเนินการ ดังนี้ ๑) ขอรายชื่อผู้ร่วมกิจกรรมที่ ๒",
    "และกิจกรรมที่ ๕ ๒) เตรียมจัดทำคำสั่งผู้ร่วมกิจกรรม ค่าวัสดุ =",
    "๒,๐๐๐ บาท.- ค่าวัสดุอุปกรณ์ = ๔,๐๐๐ บาท.- ค่าเช่ารถโดยสาร =",
    "๑๓ ,๗๐๐ บาท.-  ความก้าวหน้าของงานฯ ๓๕.๐๐ % ๔๒.๐๐ % ๔๓.๐๐",
    "% ๖๘.๐๐ % งบประมาณที่เบิกใช้ ๐ บาท.- ๐ บาท.- ๐ บาท.-",
    "๑๙,๗๐๐ บาท.- ความสอดคล้องกับแผน เป็นไปตามแผน",
    "เป็นไปตามแผน เป็นไปตามแผน เป็นไปตามแผน",
    "ความสอดคล้องกับเป้าหมาย เป็นไปตามเป้าหมาย เป็นไปตามเป้าหมาย",
    "เป็นไปตามเป้าหมาย เป็นไปตามเป้าหมาย",
)


def test_a_run_on_tables_lines_with_such_an_amount_go_to_the_report_they_make_up():
    out, _ = untranspose_with_doubts([Line(no, t) for no, t in enumerate(_TABLE, 72)])
    got = entries_by_header(out)
    eighth = " ".join(got["รายงานครั้งที่ ๘"])
    assert "ค่าวัสดุ =" in eighth and "ค่าวัสดุอุปกรณ์" in eighth and "ค่าเช่ารถโดยสาร" in eighth
    assert not any("ค่า" in t for k in ("รายงานครั้งที่ ๕", "รายงานครั้งที่ ๖", "รายงานครั้งที่ ๗") for t in got[k])
