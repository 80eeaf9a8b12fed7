"""BMA progress form, the signature block printed beside the entries' table and read by OCR before the table's
last columns: "ขอรับรองว่า ข้อมูลที่ปรากฏ..." (the certification) / "ครั้งที่ 4" / its date, description, figures
and flags / "เพื่อเป็นหลักฐานไว้ตรวจสอบ" / "ลงชซอ.....(ผู้รับผิดชอบโครงการ)" / "ครั้งที่ 5" ...  The text after the
certification was set aside as furniture, the entries 4 and 5 lost (said, but unread).  Now an entry header past
the certification numbered past every header section 2 reads opens text that goes on as section 2's
(read.entries_on_past_certification), said on progress_reports (entry_cell_in_doubt); the signer's line stays
furniture.  A header numbered as one section 2 reads already moves nothing."""

from parsers.bma_progress.fields import FORM
from parsers.bma_progress.read import read_copy
from parsers.reader import scan, split_copies
from tests.lines import numbered_lines

HEAD = ["ชื่อโครงการ/กิจกรรม : ส่งเสริมการพัฒนาผลงานทางวิชาการ",
        "รหัสโครงการ : 09000000-8767    ปีงบประมาณ พ.ศ. : 2561",
        "2. รายงานความก้าวหน้าของโครงการและการใช้จ่ายงบประมาณ"]


def _entry(n: int, date: str, text: str, pct: str, spent: str) -> list[str]:
    return [f"ครั้งที่ {n}", date, "", text, "", pct, "", spent, "เป็นไปตามแผน", "", "เป็นไปตามเป้าหมาย", ""]


FIRST = (_entry(1, "5 มกราคม 2561", "จัดเตรียมข้อมูล", "10.00 %", "0 บาท.-")
         + _entry(2, "3 พฤษภาคม 2561", "อยู่ระหว่างการเตรียมจัดทำคำสั่ง", "49.00 %", "0 บาท.-"))
CERT = ["ขอรับรองว่า ข้อมูลที่ปรากฏในเอกสารฉบับนี้ หน่วยงานได้จั"]
LATER = (_entry(3, "24 กรกฎาคม 2561", "เวียนแจ้งประชาสัมพันธ์เชิญชวน", "78.50 %", "0 บาท.-")
         + ["เพื่อเป็นหลักฐานไว้ตรวจสอบ", "", "ลงชซอ.....(ผู้รับผิดชอบโครงการ)", ""]
         + _entry(4, "13 กันยายน 2561", "ดำเนินการจัดกิจกรรมครบทุกกิจกรรมตามแผน", "100.00 %", "0 บาท.-"))


def _read(lines: list[str]):
    copies = split_copies(scan(numbered_lines(*lines), FORM), FORM)
    assert len(copies) == 1
    return read_copy(copies[0])


def _descriptions(out) -> dict:
    return {key: rec["description"].value for key, rec in out.tables.get("progress_reports", {}).items()
            if rec.get("description") is not None}


def test_entries_printed_past_the_certification_are_read():
    out = _read(HEAD + FIRST + CERT + LATER)
    said = [i for i in out.issues if i.code == "entry_cell_in_doubt" and "certification" in i.message]
    assert len(said) == 1
    texts = _descriptions(out)
    assert [texts.get(n) for n in (3, 4)] == ["เวียนแจ้งประชาสัมพันธ์เชิญชวน", "ดำเนินการจัดกิจกรรมครบทุกกิจกรรมตามแผน"]
    assert not any("ลงชซอ" in t for t in texts.values())


def test_a_header_numbered_as_one_read_before_moves_nothing():
    out = _read(HEAD + FIRST + CERT + _entry(2, "3 พฤษภาคม 2561", "อยู่ระหว่างการเตรียม", "49.00 %", "0 บาท.-"))
    assert not [i for i in out.issues if i.code == "entry_cell_in_doubt" and "certification" in i.message]


# A page of the table read column by column whose headers OCR read before the certification and whose cells after
# it: "รายงาน" / "ครั้งที่ 3" / ... / "ขอรับรองว่า ..." / "date :" / description / ... / figures / flags
COLUMNS = ["รายงาน", "ครั้งที่ 3", "", "รายงาน", "ครั้งที่ 4", ""]
CELLS = ["24 กรกฎาคม 2561 :", "เวียนแจ้งประชาสัมพันธ์เชิญชวน", "", "13 กันยายน 2561 :",
         "ดำเนินการจัดกิจกรรมครบทุกกิจกรรมตามแผน", "",
         "ความก้าวหน้าของงานฯ = 78.50 %", "งบประมาณที่เบิกใช้ (ครั้งที่ 3) = 0 บาท",
         "ความก้าวหน้าของงานฯ = 100.00 %", "งบประมาณที่เบิกใช้ (ครั้งที่ 4) = 0 บาท", "",
         "เป็นไปตามแผน", "เป็นไปตามแผน", "", "เป็นไปตามเป้าหมาย", "เป็นไปตามเป้าหมาย"]


def test_cells_past_the_certification_of_the_headers_section_2_ends_with_are_read():
    out = _read(HEAD + FIRST + COLUMNS + CERT + ["หน่วยงานได้จัดพิมพ์จากระบบงานจริง เพื่อเ", ""] + CELLS)
    said = [i for i in out.issues if i.code == "entry_cell_in_doubt" and "certification" in i.message]
    assert len(said) == 1 and "[3, 4]" in said[0].message
    texts = _descriptions(out)
    assert [texts.get(n) for n in (3, 4)] == ["เวียนแจ้งประชาสัมพันธ์เชิญชวน", "ดำเนินการจัดกิจกรรมครบทุกกิจกรรมตามแผน"]


def test_text_past_the_certification_opening_no_cell_stays_furniture():
    # section 2 ends with headers, but what follows the certification holds no date cell nor figure clause
    out = _read(HEAD + FIRST + COLUMNS + CERT + ["หน่วยงานได้จัดพิมพ์จากระบบงานจริง", "",
                                                 "ลงชื่อ.....(ผู้รับผิดชอบโครงการ)", "ตำแหน่ง ผู้อำนวยการ"])
    assert not [i for i in out.issues if i.code == "entry_cell_in_doubt" and "certification" in i.message]
