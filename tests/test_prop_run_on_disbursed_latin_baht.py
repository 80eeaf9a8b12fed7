"""BMA progress entries as a table run on in a paragraph whose disbursement row OCR read with a บาท as Latin letters
("๒๐,๑๕๐.๐๐ UMN", "UM", "um", "WIN": fresh set s47o010): the row parted into fewer amounts than reports, so no
disbursement was read and the expense lines, placed by them, went to no report (three rows lost).  Where บาท alone
does not give one amount a report, an amount before one of OCR's Latin readings of the word is read too, when that
gives exactly one each."""

from parsers.bma_progress.transposed import untranspose_with_doubts
from schemas.document import Line
from tests.conftest import entries_by_header

_LATIN = (
    "ครั้งที่ ๑ ครั้งที่ ๒",
    "ครั้งที่ ๓ วันที่รายงาน ๒๐๒๓-๕-๒ ๒๐๒๓-๕-๓๑ ๒๐๒๓-๙-๒๙",
    "รายละเอียดการดำเนินงาน อยู่ระหว่างขั้นตอน...แต่งตั้งคณะกรรมการฯ",
    "จัดเตรียมข้อมูล/จัดทำโครงการ ค่าเกียรติบัตร ๕๐ ใบ x ๒๐.๐๐ บาท = ๑,๐๐๐.๐๐ บาท",
    "ค่าเช่ารถโดยสาร ๑ คัน x ๑๒,๐๐๐.๐๐ บาท = ๑๒,๐๐๐.๐๐ บาท",
    "ยกเลิกโครงการ เนื่องจากระยะเวลาการจัดกิจกรรมไม่สอดคล้องกับปฏิทินการศึกษา",
    "ความก้าวหน้าของงานฯ ๒๓ ๕๕ ๕๕ งบประมาณที่เบิกใช้ ๐.๐๐ บาท",
    "๑๓,๐๐๐.๐๐ UMN ๐.๐๐ UM ความสอดคล้องกับแผน เป็นไปตามแผน",
    "เป็นไปตามแผน เป็นไปตามแผน ความสอดคล้องกับเป้าหมาย",
    "เป็นไปตามเป้าหมาย เป็นไปตามเป้าหมาย เป็นไปตามเป้าหมาย",
)


def test_a_disbursement_row_with_baht_read_as_latin_letters_places_the_lines():
    out, _ = untranspose_with_doubts([Line(no, t) for no, t in enumerate(_LATIN, start=60)])
    got = entries_by_header(out)
    second = " ".join(got["รายงานครั้งที่ ๒"])
    assert "ค่าเกียรติบัตร" in second and "ค่าเช่ารถโดยสาร" in second
    assert "งบประมาณที่เบิกใช้ = ๑๓,๐๐๐.๐๐ บาท" in got["รายงานครั้งที่ ๒"]
    assert not any("ค่า" in t for t in got["รายงานครั้งที่ ๑"] + got["รายงานครั้งที่ ๓"])


def test_more_amounts_than_reports_before_latin_words_give_none():
    lines = list(_LATIN)
    lines[7] = "๑๓,๐๐๐.๐๐ UMN ๐.๐๐ UM 5 um ความสอดคล้องกับแผน เป็นไปตามแผน"
    out, issues = untranspose_with_doubts([Line(no, t) for no, t in enumerate(lines, start=60)])
    assert any("its row of disbursed does not part" in i.message for i in issues)


def test_the_latin_reading_keeps_every_amount_baht_gave():
    # (s40z004: "0.00 ปบาท 0.00 บาท ๐.๐๐ บาท ๐.๐๐ บาท" for three reports: บาท gives four, the Latin reading three
    # that leave out the first; not taken)
    lines = list(_LATIN)
    lines[7] = "0.00 ปบาท ๑๓,๐๐๐.๐๐ บาท ๐.๐๐ บาท ๐.๐๐ บาท ความสอดคล้องกับแผน เป็นไปตามแผน"
    lines[6] = "ความก้าวหน้าของงานฯ ๒๓ ๕๕ ๕๕ งบประมาณที่เบิกใช้"
    out, issues = untranspose_with_doubts([Line(no, t) for no, t in enumerate(lines, start=60)])
    assert any("its row of disbursed does not part" in i.message for i in issues)
