"""An OBEC list of titles only (the group of projects not started) closing the report, the signature block under
its last title: the signature's dotted line OCR garbled ("RIGA โฟผู้รายงาน"), and the list's table read down its
columns, so its unit column stood after the signature and the page's footer.  The last title ran on past the
signature into the unit column (fresh set s110r, obec_progress_s110r001: "โครงการพัฒนาระบบ ... จัดการ ลุ่มที่
รับผิดชอบ ... กลุ่มนโยบายและ แผน"), and the project matched no printed one, silently.  The signature block's lines
(running.drop_signatures took them out) end the title (read._title_run)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.stages import process_document

pytestmark = pytest.mark.usefixtures("repair_on")

DOC = Path(__file__).resolve().parent / "corpus" / "clean" / "obec_progress_001.txt"
SIGNATURE = "ลงชื่อ..............................................ผู้รายงาน"
LAST = "จริยธรรมและธรรมาภิบาลในสถานศึกษาและเขตพื้นที่การศึกษา (โรงเรียนสุจริต) ประจำปีงบประมาณ ๒๕๖๓"
FOOTER = "พิมพ์จากระบบ ติดตามแผนปฏิบัติการ สพป.น่าน เขต ๓ เมื่อ ๑๗/๐๔/๒๕๖๓ ๑๐:๔๘"
UNITS = "\nกลุ่มนโยบายและ\nแผน\n\nกลุ่มส่งเสริมการจัด\nการศึกษา\n"


def test_the_last_title_ends_at_the_signature_however_ocr_garbled_its_dotted_line():
    text = DOC.read_text(encoding="utf-8")
    assert SIGNATURE in text and LAST in text and FOOTER in text
    text = text.replace(SIGNATURE, "RIGA โฟผู้รายงาน").replace(FOOTER, FOOTER + "\n" + UNITS)
    rows = process_document("doc.txt", text.encode("utf-8"))
    names = [p["name"] for p in rows["projects"] if "โรงเรียนสุจริต" in (p["name"] or "")]
    assert names and all("กลุ่มนโยบาย" not in n and "การจัด" not in n for n in names)
