"""A BMA progress report's expense line OCR read past the copy's
certification (ขอรับรองว่า..., the signature block: furniture, read by no
entry): the line is lost, so the expenses table is said over it
(parsers.bma_progress.read.expenses_past_certification). Before, it was
lost with no issue naming the table."""

from __future__ import annotations

from tests.test_bma_progress_expenses import MATERIALS, SEED, _rows, sample_text

CERTIFICATION = "ขอรับรองว่า ข้อมูลที่ปรากฏในเอกสารฉบับนี้ หน่วยงานได้จัดพิมพ์จากระบบงานจริง เพื่อเป็นหลักฐานไว้ตรวจสอบ"
# the certification as OCR read it apart, its first words alone and its last line's under them (the table's lines
# read past it)
READ_APART = "ขอรับรองว่า\nระบบงานจริง เพื่อเป็นหลักฐานไว้ตรวจสอบ"


def _said(rows: dict) -> list[dict]:
    return [i for i in rows["issues"] if i["code"] == "unplaced_text" and i.get("field") == "expenses"]


def _moved(text: str) -> str:
    """The last copy's materials line moved past its certification, which OCR read apart, and a flag's
    cell after it (the entries' table read out of order)."""
    line = f"\t{MATERIALS}\t\t\n"
    at = text.rindex(line)
    text = text[:at] + text[at + len(line):]
    cert = text.rindex(CERTIFICATION)
    end = cert + len(CERTIFICATION)
    return text[:cert] + READ_APART + "\n\n" + MATERIALS + "\n\nเป็นไปตาม\nแผน" + text[end:]


def test_an_expense_line_past_the_certification_is_said():
    text = _moved(sample_text(SEED))
    said = _said(_rows(text))
    assert len(said) == 1 and "ค่าวัสดุ" in said[0]["message"]
    no = text[:text.rindex(MATERIALS)].count("\n") + 1
    assert said[0]["line_start"] == said[0]["line_end"] == no


def test_no_expense_line_past_the_certification_says_nothing():
    assert not _said(_rows(sample_text(SEED)))
    text = sample_text(SEED)
    at = text.rindex(CERTIFICATION)
    assert not _said(_rows(text[:at] + READ_APART + text[at + len(CERTIFICATION):]))
