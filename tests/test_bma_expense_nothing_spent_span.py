"""A BMA expense line of 0 baht under a report that spent nothing gives no
row (rows._nothing_spent), and the lines after it are numbered on without
it; each kept line's row keeps its own lines.  Before, the kept line's lines
were looked up under its new number: another line's lines, or, where no line
had that number, an internal error that failed the whole document (found by
an OCR-like digit mutation of a fresh-set form)."""

from __future__ import annotations

from tests.test_bma_progress_expenses import SEED, _rows, sample_text

DATE4 = "รายงานครั้งที่4\t:: 27/05/2566 : ประชุมผู้บริหารสถานศึกษาเพื่อกำหนดวันจัดสัมมนา\t\t\n"
ADDED = "\tจัดทำคำสั่งผู้ร่วมกิจกรรม = 0 บาท\t\t\n\tค่าถ่ายเอกสาร = 500.- บาท\t\t\n"


def test_a_line_after_one_of_nothing_spent_keeps_its_own_lines():
    text = sample_text(SEED)
    assert DATE4 in text
    text = text.replace(DATE4, DATE4 + ADDED)
    rows = _rows(text)
    assert rows["documents"][0]["status"] != "failed"
    lines = text.split("\n")
    kept = [r for r in rows["expenses"] if r["report_seq"] == 4]
    assert kept and all("ค่าถ่ายเอกสาร" in lines[r["line_start"] - 1] for r in kept)
