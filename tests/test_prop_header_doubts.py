"""BMA progress header amounts and phones OCR damaged where the document's
redundancy shows it: a ฿ read as 8 that only the expense lines' unit
amounts show as a sign (parsers.bma_progress.baht_sign), a document whose
few Thai digits lack every one the OCR model cannot write
(parsers.digits.unread_digits), an amount printed in millions
(pipeline.printed.value_pattern)."""

from __future__ import annotations

import json

from pipeline.stages import process_document


def _form(budget: str, spent: str, owner: str, body: str) -> str:
    return f"""แบบแสดงรายงานความก้าวหน้าและข้อมูลเกี่ยวกับโครงการ
1. ชื่อโครงการและหน่วยงานที่รับผิดชอบโครงการ
1.1 รหัสโครงการและชื่อโครงการ
ชื่อโครงการ/กิจกรรม : ส่งเสริมนิสัยรักการอ่านของนักเรียน
รหัสโครงการ : 09000000-7020    ปีงบประมาณ พ.ศ. : 2562
เริ่มต้นโครงการ : 1/10/2561    งบประมาณที่ได้รับ : {budget}
สิ้นสุดโครงการ : 30/9/2562    งบประมาณที่ใช้ไป : {spent}
1.2 หน่วยงานที่รับผิดชอบ
หน่วยงานที่รับผิดชอบ : สำนักการศึกษา / สำนักงานการศึกษาขั้นพื้นฐาน / กลุ่มงานส่งเสริมวิชาการ
ชื่อผู้รับผิดชอบ : {owner}
1.3 หลักการและเหตุผล
ความก้าวหน้าของเทคโนโลยีสารสนเทศ
1.4 วัตถุประสงค์ของโครงการ
1. เพื่อสร้างเครือข่ายความร่วมมือ
2. รายงานความก้าวหน้าของโครงการและการใช้จ่ายงบประมาณ
{body}
ขอรับรองว่า ข้อมูลที่ปรากฏในเอกสารฉบับนี้ หน่วยงานได้จัดพิมพ์จากระบบงานจริง เพื่อเป็นหลักฐานไว้ตรวจสอบ
"""


_SIGNED_BODY = """รายงานครั้งที่ 1 : 25/10/2561 : จัดซื้อวัสดุ ค่าอาหาร 147 คน x B250 = 836,750 ค่าตอบแทนวิทยากร 12 ชั่วโมง x B600 = 87,200
ความก้าวหน้าของงานฯ = 50 : งบประมาณที่เบิกใช้ (ครั้งที่ 1) = 843,950 บาท : เป็นไปตามแผน : เป็นไปตามเป้าหมาย"""


def _issues(rows, field):
    return [(i["code"], json.loads(i["evidence"]) if i["evidence"] else None) for i in rows["issues"]
            if i["field"] == field]


def test_a_sign_shown_only_before_unit_amounts_proves_the_headers_8_a_sign():
    # every ฿ after "=" read as 8; the two before the unit amounts ("x B250") read as a sign: the header's
    # leading 8s are the sign
    rows = process_document("x.txt", _form("871,200", "843,950", "นายสมชาย ใจดี โทร. 1200", _SIGNED_BODY)
                            .encode("utf-8"))
    [project] = rows["projects"]
    assert (str(project["budget_allocated"]), str(project["budget_spent"])) == ("71200.00", "43950.00")
    assert [e["rule"] for c, e in _issues(rows, "projects.budget_allocated") if c == "value_repaired"] == ["baht_sign"]


def test_an_x_before_a_sign_like_letter_in_running_text_proves_nothing_alone():
    # one such unit amount is not enough (SIGNS_SEEN): the 8s are kept as read.  (The other line's amount is
    # printed without the 8: "12 x 8600 = 87,200" would prove the sign by its product, baht_sign.proven_signs)
    body = _SIGNED_BODY.replace("x B600 = 87,200", "x 8600 = 7,200")
    rows = process_document("x.txt", _form("871,200", "843,950", "นายสมชาย ใจดี โทร. 1200", body).encode("utf-8"))
    [project] = rows["projects"]
    assert str(project["budget_allocated"]) == "871200.00"


_THAI_BODY = """รายงานครั้งที่ ๑ : ๒๕/๑๐/๒๕๖๑ : จัดประชุมคณะกรรมการ จำนวน ๒๐ คน ครั้งที่ ๑๒ ห้อง ๑๓๐๒ ชั้น ๕ อาคาร ๓
ความก้าวหน้าของงานฯ = ๕ : งบประมาณที่เบิกใช้ (ครั้งที่ ๑) = ๐.๐๐ บาท : เป็นไปตามแผน : เป็นไปตามเป้าหมาย
รายงานครั้งที่ ๒ : ๑๕/๑๑/๒๕๖๑ : ประชุมครั้งที่ ๒ ห้อง ๒๒๐๑ ชั้น ๓ อาคาร ๕
ความก้าวหน้าของงานฯ = ๑๐ : งบประมาณที่เบิกใช้ (ครั้งที่ ๒) = ๐.๐๐ บาท : เป็นไปตามแผน : เป็นไปตามเป้าหมาย"""


def _ocr_thai(text: str) -> str:
    """What the OCR model makes of Thai digits it cannot write (๔ ๘ ๙ as ๕, ๖ as ๒, ๗ as ๓)."""
    return text.translate(str.maketrans("๔๖๗๘๙", "๕๒๓๕๕"))


def test_a_few_thai_digits_lacking_every_digit_ocr_cannot_write_make_a_phone_doubtful():
    # about 40 Thai digits, none of ๔ ๖ ๗ ๘ ๙: the owner's phone "๓๒๕๒" may have been ๓๒๘๒ and is said so
    text = _ocr_thai(_form("71,200", "0", "นางปิยะนุช เจริญสุข โทร.๓๒๘๒", _THAI_BODY))
    rows = process_document("x.txt", text.encode("utf-8"))
    assert rows["projects"][0]["owner_phone"] == "3252"
    assert "ocr_digits_doubtful" in [c for c, _ in _issues(rows, "projects.owner_phone")]
    # the same with a ๘ the OCR did write somewhere: nothing says the engine cannot, the phone stands unsaid
    rows = process_document("x.txt", text.replace("ชั้น ๕ อาคาร ๓", "ชั้น ๘ อาคาร ๓").encode("utf-8"))
    assert "ocr_digits_doubtful" not in [c for c, _ in _issues(rows, "projects.owner_phone")]


def test_an_amount_printed_in_millions_with_doubtful_thai_digits_is_said():
    text = _ocr_thai(_form("๐.๔๑ ล้านบาท", "๐", "นางปิยะนุช เจริญสุข โทร.๓๒๘๒", _THAI_BODY))
    rows = process_document("x.txt", text.encode("utf-8"))
    assert str(rows["projects"][0]["budget_allocated"]) == "510000.00"
    assert "ocr_digits_doubtful" in [c for c, _ in _issues(rows, "projects.budget_allocated")]
