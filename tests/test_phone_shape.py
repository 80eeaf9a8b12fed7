"""A phone OCR read with a digit too many or too few: the BMA forms print a
four-digit extension ("โทร 1546"), and a Thai telephone number has nine or
ten digits opening with 0; a phone of any other count of digits was misread
("51205" for 9168: a digit read as two) and is said (implausible_value on
its column), kept as read.  Fresh set s73a, bma_progress_s73a010: the
coordinator's phone read 51205, a wrong value no issue named."""

from __future__ import annotations

from parsers.values import phone_shape_issues
from schemas.document import Reading

HEADER = """แบบแสดงรายงานความก้าวหน้าและข้อมูลเกี่ยวกับโครงการ
1. ชื่อโครงการและหน่วยงานที่รับผิดชอบโครงการ
1.1 รหัสโครงการและชื่อโครงการ
ชื่อโครงการ/กิจกรรม : พัฒนาระบบการประกันคุณภาพภายในสถานศึกษา
รหัสโครงการ : 50330000-1234 ปีงบประมาณ พ.ศ. : 2565
1.2 หน่วยงานที่รับผิดชอบ
ชื่อผู้รับผิดชอบ : นางสาววรรณา บุญมา โทร {owner}
ผู้ประสานงาน สยป : นายธนพล บุญประเสริฐ โทร.{coordinator}
2. รายงานความก้าวหน้าของโครงการและการใช้จ่ายงบประมาณ
รายงานครั้งที่ 1 : 25/10/2564 : จัดกิจกรรม ความก้าวหน้าของงานฯ = 5 : งบประมาณที่เบิกใช้ (ครั้งที่ 1) = 0 บาท
"""


def _phone_issues(owner: str, coordinator: str) -> tuple[dict, list[dict]]:
    from pipeline.stages import process_document

    text = HEADER.format(owner=owner, coordinator=coordinator)
    rows = process_document("x.txt", text.encode("utf-8"))
    return rows["projects"][0], [i for i in rows["issues"] if (i["field"] or "").endswith("_phone")]


def test_a_phone_of_five_digits_is_said_and_kept_as_read():
    # (the owner's phone shows a ๔: a lone Thai phone of ๐ ๑ ๒ ๓ ๕ only is in doubt, parsers.digits.doubt_digits)
    project, issues = _phone_issues("๕๔๕๑", "51205")
    assert project["owner_phone"] == "5451" and project["coordinator_phone"] == "51205"
    assert [(i["code"], i["field"], i["line_start"]) for i in issues] == [
        ("implausible_value", "projects.coordinator_phone", 8)]
    assert "5 digits" in issues[0]["message"]


def test_extensions_and_telephone_numbers_are_not_said():
    project, issues = _phone_issues("1546", "๒๙๒๓")
    assert (project["owner_phone"], project["coordinator_phone"]) == ("1546", "2923") and issues == []
    for value in ("1546", "022241234", "0812345678"):
        assert phone_shape_issues({"owner_phone": Reading(value, value, 1, 1)}, ["owner_phone"]) == []


def test_a_number_of_nine_or_ten_digits_not_opening_with_0_or_of_three_is_said():
    for value in ("122241234", "812345678", "154", "15461"):
        found = phone_shape_issues({"owner_phone": Reading(value, value, 3, 3)}, ["owner_phone"])
        assert [(i.code, i.field, i.line_start) for i in found] == [("implausible_value", "projects.owner_phone", 3)]
    # a column not read, or read as no digits, is none of its business
    assert phone_shape_issues({}, ["owner_phone"]) == []
    assert phone_shape_issues({"owner_phone": Reading(None, "", 3, 3)}, ["owner_phone"]) == []
