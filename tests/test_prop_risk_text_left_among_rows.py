"""A proposal's risk table read a cell a line, one row's scores and level
garbled past reading ("ะ๑ WO fF" for "๔ ๓ สูง"): the garbled text is placed in
no row, and each row after it takes the next row's cells (risk 2 read with
risk 3's scores, level and mitigation).  Before, only the garbled line was
said, at its own line, and risk 2's wrong cells had no issue naming them.
Text placed in no row that stands among the rows now says the table over
the rows after it (unread_cells, risks.read_risks_into); text after the
last row says only itself."""

from __future__ import annotations

from parsers.bma_proposal.risks import read_risks_into
from schemas.document import CopyReading, Line

HEAD = ["ความเสี่ยง", "โอกาสที่จะเกิด", "ผลกระทบ", "ระดับของความเสี่ยง", "แนวทางการบริหารความเสี่ยง"]
ROW1 = ["สภาพอากาศหรือสถานการณ์โรคระบาดทำให้ไม่สามารถจัดกิจกรรมได้", "ะ๑ WO fF",
        "ปรับรูปแบบการจัดกิจกรรมเป็นแบบออนไลน์"]
ROWS = ["ผู้เข้ารับการอบรมไม่ครบตามจำนวน", "3", "1", "น้อย", "ประสานโรงเรียนล่วงหน้า",
        "โรงเรียนไม่สามารถดำเนินการได้ตามเป้าหมาย", "3", "3", "ปานกลาง", "มีหนังสือแจ้งโรงเรียนเป็นระยะๆ"]


def _said(texts: list[str]) -> list:
    out = CopyReading(0, 1, 100)
    read_risks_into([Line(no, text) for no, text in enumerate(texts, start=1)], out)
    return [i for i in out.issues if i.code == "unread_cells" and "among its rows" in i.message]


def test_text_left_among_the_rows_says_the_rows_after_it():
    said = _said(HEAD + ROW1 + ROWS)
    assert len(said) == 1 and said[0].field == "findings"
    assert said[0].line_start == 7 and said[0].line_end >= len(HEAD + ROW1 + ROWS) - 1


def test_a_table_with_nothing_left_among_its_rows_is_not_said():
    assert _said(HEAD + ["สภาพอากาศหรือสถานการณ์โรคระบาด", "4", "3", "สูง", "ปรับรูปแบบการจัดกิจกรรม"] + ROWS) == []
