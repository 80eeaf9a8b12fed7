"""A baht amount OCR damaged into more than two digits after a point ("๑๑.๐๒๒๕" for ๑๑,๖๒๕: the comma read as a
point, ๖ as two digits) or with a mark OCR writes for a digit glued after its last digit ("๑๐๒.๕๓»" for ๑๖,๘๓๖:
» for ๖) is no amount: rounded, or read without the mark, it gave 11.02 and 102.53, figures the text never printed,
said only as Thai digits in doubt (fresh set s87a, obec_progress_s87a002's disbursements).  parse_baht refuses
them; an amount in millions keeps its decimals, and a mark before the figure may be a misread ฿ sign, the
baht-sign readers' to weigh."""

from decimal import Decimal

import pytest

from normalizers.errors import ValueParseError
from normalizers.numbers import parse_baht
from pipeline.stages import process_document


@pytest.mark.parametrize("text", ["๑๑.๐๒๒๕ บาท", "11.0225", "1,234.567 บาท", "๑๐๒.๕๓» บาท", "2,500@ บาท"])
def test_a_damaged_amount_is_refused(text):
    with pytest.raises(ValueParseError):
        parse_baht(text)


@pytest.mark.parametrize("text,value", [("0.355 ล้านบาท", "355000.00"), ("2,500.50 บาท", "2500.50"),
                                        ("๑๒,๕๐๐.- บาท", "12500.00"), ("@11,100", "11100.00")])
def test_amounts_as_printed_are_read(text, value):
    assert parse_baht(text) == Decimal(value)


_OBEC = """สำนักงานเขตพื้นที่การศึกษาประถมศึกษาชัยภูมิ เขต ๓
รายงานความก้าวหน้า การดำเนินงานตามแผนปฏิบัติการ ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ รอบ ๑๒ เดือน
๑. โครงการที่ดำเนินการเสร็จสิ้นแล้ว จำนวน ๑ โครงการ โดยมีรายละเอียด ดังนี้
๑. โครงการพัฒนาระบบการติดตาม ตรวจสอบ ประเมินผลและนิเทศการศึกษา
ความก้าวหน้าของกิจกรรมที่ดำเนินการ ประจำไตรมาสที่ ๓ ปีงบประมาณ ๒๕๖๘
กิจกรรมหลักที่ ๑ ประชุมคณะกรรมการดำเนินงาน
ดำเนินการครบทุกโรงเรียนตามแผนที่กำหนด
การเบิกจ่ายงบประมาณประจำไตรมาสที่ ๓ ปีงบประมาณ ๒๕๖๘
จำนวนเงินงบประมาณตามแผนการใช้จ่าย ๑๒,๕๐๐ บาท
จำนวนเงินงบประมาณที่เบิกจ่ายจริง ๑๑.๐๒๒๕ บาท
ผลการเบิกจ่ายงบประมาณ ไม่สามารถเบิกจ่ายงบประมาณได้ตามแผนการ
"""


def test_an_obec_disbursement_past_two_decimals_is_unread_and_said():
    rows = process_document("obec.txt", _OBEC.encode())
    disbursed = [r["disbursed"] for r in rows["quarterly_budgets"]]
    assert disbursed and all(d is None for d in disbursed)
    assert any(i["field"] == "quarterly_budgets.disbursed" and "๑๑.๐๒๒๕" in (i["message"] + (i["evidence"] or ""))
               for i in rows["issues"])
